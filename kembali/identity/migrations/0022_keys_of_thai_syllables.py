"""The duplicate-detection keys of every person, computed again: Thai syllables where no vowel
is written are read as they fall after a vowel (ดิลก: di-lok, ประจบ: pra-chop, ชญาธร:
cha-ya-thon), อ between two consonants as their vowel (มีสอน: mi-son), and two consonants
after a closed syllable as one of their own (มั่นคง: man-khong, กองพร: kong-phon) — so keys
stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0021_keys_of_thai_vowels")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
