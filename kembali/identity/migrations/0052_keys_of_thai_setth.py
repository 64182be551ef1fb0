"""The duplicate-detection keys of every person, computed again: Thai เศรษฐ is also read set,
as the royal system writes it (เศรษฐา: Settha beside Srettha), so keys stored before would not
meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0051_keys_of_z_as_s_and_r_jo")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
