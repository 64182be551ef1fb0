"""The duplicate-detection keys of every person, computed again: a Thai syllable between a
closed one and the next is read with its unwritten vowel (กาญจนา: kan-cha-na), and a Thai
national's name written in Latin letters is keyed under the other spellings common in
Thailand too (Chanpen and Janpen, Kamol and Kamon), so keys stored before would not meet the
keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0003_keys_of_thai_readings")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
