"""The duplicate-detection keys of every person, computed again: a piece of a Thai compound
that a dictionary leaves and that is no word is read with the piece before it (กาญจนวรรณ:
kan-cha-na-wan), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0063_keys_of_tamil_ra")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
