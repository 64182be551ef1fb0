"""The duplicate-detection keys of every person, computed again: a Thai compound name is
also read a word at a time, as a Thai dictionary cuts it (วิมลศิริ: wimon-siri; ศรีสมบัติ:
si-sombat), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0060_keys_of_burmese_syllables_and_thai_readings")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
