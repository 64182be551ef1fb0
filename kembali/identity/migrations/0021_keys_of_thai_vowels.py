"""The duplicate-detection keys of every person, computed again: Thai vowels written around
their consonant are read as one (เมือง: mueang, เชียง: chiang, บัว: bua), a silent ห before a
low consonant is not said (หมื่น: muen), ฤ is read ri or rue, and a cluster after a leading
vowel takes the vowel after both (ไตร: trai) — so keys stored before would not meet the keys a
search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0020_keys_of_family_sheikh")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
