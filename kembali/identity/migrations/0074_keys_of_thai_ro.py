"""The duplicate-detection keys of every person, computed again: Thai ร between า and ถ is
unsaid (สามารถ: Samart; ปรารถนา: Prathana), so keys stored before would not meet the keys a
search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0073_keys_of_zawgyi_wa")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
