"""The duplicate-detection keys of every person, computed again: a Burmese syllable closed by
two finals, or by m, r or l, is also read as Burmese script writes Arabic names, the last final
said and the one before marking the vowel (ကာရင်မ်: Karim; ဇူဘိုင်ရ်: Zubair), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0054_keys_of_burmese_written_finals")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
