"""The duplicate-detection keys of every person, computed again: a name and the Allah that
closes it, written as two words (ذبیح الله, Zabih Ullah), are one name, Zabihullah — so keys
stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0011_keys_of_assimilated_articles")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
