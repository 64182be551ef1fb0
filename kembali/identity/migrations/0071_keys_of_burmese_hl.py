"""The duplicate-detection keys of every person, computed again: a Burmese onset's h before
l, m, n or w is kept (လှ: Hla is not La), so keys stored before would not meet the keys a
search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0070_keys_of_burmese_syllables")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
