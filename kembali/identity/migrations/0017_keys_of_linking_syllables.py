"""The duplicate-detection keys of every person, computed again: a Thai name's Pali closing
consonant is also read as starting the next syllable (วัฒนา: Watthana; รัชนี: Ratchanee),
Tamil ங்க as ng (இளங்கோ: Ilango), and an English r before any closing consonant of a Thai
name in Latin letters is read without it (Amnart: Amnat) — so keys stored before would not
meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0016_keys_of_unwritten_thai_vowels")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
