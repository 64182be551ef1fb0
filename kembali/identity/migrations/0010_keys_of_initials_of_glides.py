"""The duplicate-detection keys of every person, computed again: an initial is keyed by the
glide or h its name begins with (V. and W. for Vijay, H. for Hasan), which the consonant
skeleton sets aside — so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0009_keys_of_malay_spellings")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
