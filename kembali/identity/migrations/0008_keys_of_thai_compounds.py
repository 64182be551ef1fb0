"""The duplicate-detection keys of every person, computed again: a Thai compound name is read a
word at a time (วงศ์มณี: Wongmani, not Wangomni), a syllable's unwritten a read in more places
(มณี: Mani), and the common spellings of Thai names read more widely (Kaew, Pornthip, Si for
ศรี) — so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0007_keys_of_honorifics_and_urdu")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
