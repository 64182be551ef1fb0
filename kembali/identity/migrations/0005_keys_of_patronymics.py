"""The duplicate-detection keys of every person, computed again: a father's name given with a
marker (Ahmad bin Ismail, Kumari a/p Muthu) is keyed as the family name it is written as
elsewhere (Ahmad Ismail), and an Arabic name is keyed with its article left out too (الحسن,
Alhassan: Hassan), and Bengali's মোঃ and Thai titles joined to a name are read as Md. and as
titles, so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0004_keys_of_thai_syllables")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
