"""The duplicate-detection keys of every person, computed again: a Bengali chandrabindu is also
read as an n after the word's last vowel, as the name is often written (ভূঁইয়া: Bhuiyan beside
Bhuiya), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0055_keys_of_burmese_arabic_syllables")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
