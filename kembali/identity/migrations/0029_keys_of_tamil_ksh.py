"""The duplicate-detection keys of every person, computed again: a name written with ks or x
(Lakshmi, Laxmi) is also keyed as the tch that Malaysia and Sri Lanka write for the same
Tamil letters (Letchumi), so keys stored before would not meet the keys a search computes
now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0028_keys_of_thai_ai")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
