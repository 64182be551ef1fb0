"""The duplicate-detection keys of every person, computed again: a Thai closing ช, said t, is
also read ch, as it is often written (ปิยะนุช: Piyanuch beside Piyanut), so keys stored before
would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0045_keys_of_thai_clusters")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
