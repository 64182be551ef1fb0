"""The duplicate-detection keys of every person, computed again: a Thai name closing on ร after
i is also read with its a, as a Pali stem is said (วชิร: wa-chi-ra, Wachira), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0079_keys_of_thai_pali_stems")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
