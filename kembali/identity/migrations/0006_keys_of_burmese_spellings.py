"""The duplicate-detection keys of every person, computed again: a Burmese name in Latin
letters is keyed under its other common spellings too (Mar / Ma / Mah, Shwe / Shway), so
keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0005_keys_of_patronymics")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
