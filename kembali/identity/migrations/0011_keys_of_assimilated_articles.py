"""The duplicate-detection keys of every person, computed again: a name joined to the next by
the Arabic article is keyed with the article said as the next name's first letter (Abdul
Rahman: Abdurrahman; Abdul Salam: Abdus Salam) — so keys stored before would not meet the keys
a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0010_keys_of_initials_of_glides")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
