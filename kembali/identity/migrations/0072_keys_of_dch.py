"""The duplicate-detection keys of every person, computed again: dch is spelled as tch is
(ชิดชอบ: Chitchop, Chidchob), so keys stored before would not meet the keys a search computes
now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0071_keys_of_burmese_hl")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
