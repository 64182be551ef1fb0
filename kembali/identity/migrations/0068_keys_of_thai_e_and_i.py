"""The duplicate-detection keys of every person, computed again: Thai เ and ◌ิ around two
consonants are also read as two vowels (เนวิน: ne-win), and so where no consonant closes the
◌ิ (เนติ: ne-ti), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0067_keys_of_thai_two_syllables_led")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
