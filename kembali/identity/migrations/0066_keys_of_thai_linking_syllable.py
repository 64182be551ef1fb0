"""The duplicate-detection keys of every person, computed again: a Thai linking consonant
left bare after a syllable a leading vowel leaves open is also read as a syllable with a
(เจษฎา: chet-sa-da), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0065_keys_of_thai_double_ro")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
