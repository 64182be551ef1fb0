"""The duplicate-detection keys of every person, computed again: a Thai leading vowel before
three consonants is also read as two syllables (เกษม: ka-sem; เกษร: ke-son), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0066_keys_of_thai_linking_syllable")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
