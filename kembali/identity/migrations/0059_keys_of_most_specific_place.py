"""The duplicate-detection keys of every person, computed again: a town of birth is the most
specific place written (Teknaf, Cox's Bazar: Teknaf; Dhaka, Bangladesh: Dhaka), so "Dhaka,
Bangladesh" and "Dhaka" are one town, and keys stored before would not meet the keys a search
computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0058_keys_of_rakhine_towns")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
