"""The duplicate-detection keys of every person, computed again: a Burmese name of
one-syllable parts is keyed by each two parts' onsets (Cho Nwe, Nway Cho: ch and nw), ဟတ် is
read Haq too, and Thai words are read anew (ภราดร: pha-ra-don; อมร: a-mon; what comes before
a leading vowel also as a word of its own), so keys stored before would not meet the keys a
search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0059_keys_of_most_specific_place")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
