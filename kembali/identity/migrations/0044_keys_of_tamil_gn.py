"""The duplicate-detection keys of every person, computed again: Tamil ஞ before a vowel is also
read gn, as Sri Lanka writes it (ஞானசேகரன்: Gnanasekaran; சிவஞானம்: Sivagnanam), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0043_keys_of_sinhala_na_ga")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
