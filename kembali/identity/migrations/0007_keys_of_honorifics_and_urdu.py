"""The duplicate-detection keys of every person, computed again: a Burmese name's first
syllable romanised like an honorific (မာ, Mar) is kept as the name it is, a syllable said twice
(Ko Ko) is a name, Urdu's final heh is read as the vowel it is said as, and Haji and Bibi in
Arabic script are set aside as titles — so keys stored before would not meet the keys a search
computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0006_keys_of_neighbours_scripts")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
