"""The duplicate-detection keys of every person, computed again: Thai names are now read with
their unwritten vowels (สมพร: som-phon) and keyed under their common spellings too (จ as j,
a closing ล as l), Burmese and Tamil under theirs (Mar, Mahendran), and the Pashto and Urdu
letters that were dropped (ګ ځ ډ ښ …) are read, as are Bengali's joined ব and a ky inside a
word, and more of the region's titles are set aside (นาย, Ven., Ibu …), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0002_keys_of_this_version")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
