"""The duplicate-detection keys of every person, computed again: Thai consonants written bare
after ำ are read as a syllable of their own (น้ำฝน: Namfon, not "namf"), and joiners at the
edge of a word or marks of writing direction, which copied text carries, are not read, so keys
stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0049_keys_of_letter_initials")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
