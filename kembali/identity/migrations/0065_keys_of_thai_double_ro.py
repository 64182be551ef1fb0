"""The duplicate-detection keys of every person, computed again: Thai รร before a consonant
that carries a vowel is read an (จรรยา: chan-ya; ครรชิต: khan-chit), so keys stored before
would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0064_keys_of_thai_pieces_joined")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
