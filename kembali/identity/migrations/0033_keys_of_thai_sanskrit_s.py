"""The duplicate-detection keys of every person, computed again: a Thai name spelled as its
Sanskrit is writes a closing ส before a said stop as s (สวัสดิ์: Sawasdi), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0032_keys_of_thai_said_silent")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
