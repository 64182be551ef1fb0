"""The duplicate-detection keys of every person, computed again: Thai ทร is also read s, as
Thai words say it (ทรงพล: Songphon; ทรัพย์: Sap), and ร after a first ส also left out (สระแก้ว:
Sakaeo), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0052_keys_of_thai_setth")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
