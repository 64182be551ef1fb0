"""The duplicate-detection keys of every person, computed again: Thai ว after a word's first
consonant, before one that carries a vowel, is read wa (ชวลิต: Chawalit), and a Pali linking
consonant before two that end the word starts their syllable too (รัชนก: Ratchanok), so keys
stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0034_keys_of_burmese_pali_words")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
