"""The duplicate-detection keys of every person, computed again: a Zawgyi medial ha typed after
the next consonant's ya-yit is read with its own consonant (လျွမြင့်: လှမြင့်, Hla Myint), as
a medial wa already was, so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0074_keys_of_thai_ro")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
