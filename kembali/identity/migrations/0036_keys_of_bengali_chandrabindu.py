"""The duplicate-detection keys of every person, computed again: Bengali chandrabindu is read
n, as names write it (চাঁদ: Chand), and also not at all (বাঁধন: Badhon), where it was read m,
so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0035_keys_of_thai_wa_and_linking")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
