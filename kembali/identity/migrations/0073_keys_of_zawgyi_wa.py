"""The duplicate-detection keys of every person, computed again: a Zawgyi medial wa typed after
the next consonant's ya-yit is read with its own consonant (ေဆျြဖဴ: ဆွေဖြူ), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0072_keys_of_dch")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
