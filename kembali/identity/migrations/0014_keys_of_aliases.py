"""The duplicate-detection keys of every person, computed again: names joined by an alias word
or set in brackets ("Aung Kyaw @ Mohammed Ismail", "Rahim Uddin (Babul)") are names of their
own, keyed as such — so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0013_keys_of_thai_english_spellings")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
