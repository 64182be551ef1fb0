"""The duplicate-detection keys of every person, computed again: a Thai consonant and ร before
a syllable are also read o-ra (วรเทพ: Worathep, นรวัฒน์: Norawat, อรทัย: Orathai), ร after a
short vowel starts a syllable before a bare run (สุรพล: su-ra-phon), and a leading vowel
belongs to the consonant after it (บรรเลง: ban-leng) — so keys stored before would not meet
the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0022_keys_of_thai_syllables")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
