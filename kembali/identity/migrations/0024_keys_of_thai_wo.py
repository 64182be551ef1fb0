"""The duplicate-detection keys of every person, computed again: Thai ว after a leading vowel
starts its syllable (คีรีเวช: khi-ri-wet, was khi-ri-wo-che) and อ between two consonants is
their vowel after a closed syllable too (คล้ายสอน: khlai-son) — so keys stored before would
not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0023_keys_of_thai_ro")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
