"""The duplicate-detection keys of every person, computed again: Tamil ழ is also read zh, as
India and many in Sri Lanka write it (அருள்மொழி: Arulmozhi beside Arulmoli), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0039_keys_of_pashto_kh_and_titles")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
