"""The duplicate-detection keys of every person, computed again: a Thai consonant and ย
before a syllable are also read as Pali's a-ya (ชยธร: cha-ya-thon, Chayathon), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0080_keys_of_thai_pali_ira")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
