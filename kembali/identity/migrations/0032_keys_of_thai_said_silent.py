"""The duplicate-detection keys of every person, computed again: a Thai name is also read with
the letters its Sanskrit spelling says and Thai writes silent (ศักดิ์ชัย: Sakdichai; อนันต์:
Anant), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0031_keys_of_sheikh_short")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
