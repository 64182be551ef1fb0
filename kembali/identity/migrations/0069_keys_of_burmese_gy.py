"""The duplicate-detection keys of every person, computed again: a Burmese onset gy is keyed
as ky and ch are (ကြီး: Gyi, Kyi), so keys stored before would not meet the keys a search
computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0068_keys_of_thai_e_and_i")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
