"""The duplicate-detection keys of every person, computed again: Abd in Latin letters, as
Malaysia's identity cards write Abdul short (Nik Abd Aziz), is read Abdul, so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0037_keys_of_thai_sanskrit_ra")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
