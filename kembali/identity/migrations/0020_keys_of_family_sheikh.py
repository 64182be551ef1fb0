"""The duplicate-detection keys of every person, computed again: Sheikh after a name is the
family name it is in Bangladesh (Saiful Sheikh, সাইফুল শেখ), no longer a title set aside — so
keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0019_keys_of_joined_readings")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
