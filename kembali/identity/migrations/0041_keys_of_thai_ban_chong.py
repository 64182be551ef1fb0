"""The duplicate-detection keys of every person, computed again: Thai รร before two consonants
that end the word is read an (บรรจง: ban-chong, Banjong), and two consonants ending a word after
a long a are a syllable of their own (มานพ: ma-nop), so keys stored before would not meet the
keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0040_keys_of_tamil_zh")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
