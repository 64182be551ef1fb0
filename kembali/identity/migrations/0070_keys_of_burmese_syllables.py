"""The duplicate-detection keys of every person, computed again: each Burmese syllable is
keyed by the syllable it is (နွယ်, Nway: nw/e), which weighs it, so keys stored before would
lack what a search weighs now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0069_keys_of_burmese_gy")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
