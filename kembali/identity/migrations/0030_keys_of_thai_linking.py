"""The duplicate-detection keys of every person, computed again: a Thai consonant that closes
one syllable of a Pali or Sanskrit word and starts the next is also read as starting it only,
as Latin letters often write it (บุษบา: Busaba; รัชนี: Rachanee), so keys stored before would
not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0029_keys_of_tamil_ksh")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
