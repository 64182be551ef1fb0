"""The duplicate-detection keys of every person, computed again: a short Burmese name written in
Zawgyi's order (ေ after a vowel sign or at a word's start, ္ closing a syllable: ယုေမမာ) is
read as Zawgyi where the detector was not sure enough, so keys stored before would not meet
the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0075_keys_of_zawgyi_ha")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
