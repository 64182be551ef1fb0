"""The duplicate-detection keys of every person, computed again: Thai รร is read a (พรรณี:
Phanni, Pannee), the first of an odd run of bare consonants after a short vowel closes it
(บุญส่ง: Bunsong), a closing s or j written for t (Prapas, Pairoj); a stop after a nasal is
read voiced in Tamil and Sinhala (ரஞ்சனி: Ranjani; ප්‍රියංකා: Priyanga) and Tamil ட்ச as
tch or ksh (மீனாட்சி: Meenatchi, Meenakshi) — so keys stored before would not meet the keys
a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0017_keys_of_linking_syllables")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
