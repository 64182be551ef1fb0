"""The duplicate-detection keys of every person, computed again: Bengali's Mosammat written out
(মোছাম্মৎ, মোসাম্মাৎ) is set aside as an honorific, as its short form মোছাঃ is, so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0041_keys_of_thai_ban_chong")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
