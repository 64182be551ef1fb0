"""The duplicate-detection keys of every person, computed again: Sk. and Chy., as Bangladesh
writes Sheikh and Chowdhury, are read as those names (Sheikh before a name a title, set
aside; a family name after one), and the Malay titles Hajah and Ustaz are set aside, so keys
stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0030_keys_of_thai_linking")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
