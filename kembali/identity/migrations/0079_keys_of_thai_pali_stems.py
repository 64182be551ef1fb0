"""The duplicate-detection keys of every person, computed again: a Thai run of three or more
consonants with no written vowel is also read with a after each but the last two, as a Pali
stem joined to a syllable is said (พชรพล: pha-cha-ra-phon, Pacharapol), so keys stored before
would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0078_keys_of_burmese_letters")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
