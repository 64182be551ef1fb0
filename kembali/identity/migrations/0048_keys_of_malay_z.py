"""The duplicate-detection keys of every person, computed again: a Malaysian's or Indonesian's
name with a z between vowels is also read with s, as many write Arabic's ص (Faizal: Faisal), so
keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0047_keys_of_burmese_titles")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
