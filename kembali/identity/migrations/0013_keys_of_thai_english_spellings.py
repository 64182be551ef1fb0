"""The duplicate-detection keys of every person, computed again: a Thai name written in Latin
letters is also keyed without the r that English spelling puts before a closing n (Karnjana:
Kanjana, กาญจนา), and ญ after a long vowel is read as closing it (ชาญชัย: Chanchai) — so keys
stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0012_keys_of_names_closing_with_allah")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
