"""The duplicate-detection keys of every person, computed again: three bare Thai consonants
whose first two are a cluster are also read as the cluster, o and the closing one (พรม: phrom),
and พรหม as Phrom (Phromma, Promma), so keys stored before would not meet the keys a search
computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0044_keys_of_tamil_gn")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
