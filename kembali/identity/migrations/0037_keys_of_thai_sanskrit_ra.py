"""The duplicate-detection keys of every person, computed again: a Thai closing stop and ร,
where Thai says the stop alone (มิตร: mit), is also read with the ร, as the Sanskrit is spelled
(Mitra; ภัทร: Bhadra), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0036_keys_of_bengali_chandrabindu")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
