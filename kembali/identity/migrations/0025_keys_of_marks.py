"""The duplicate-detection keys of every person, computed again: Arabic-script names are read
without their vowel signs, shadda, sukun and tatweel (مُحَمَّد as محمد), and a Thai ำ typed as
its two pieces (ํ and า) as the one vowel it is — so keys stored before would not meet the
keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0024_keys_of_thai_wo")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
