"""The duplicate-detection keys of every person, computed again: Tamil ற்ற is read tr and ற்
before another consonant t too (வெற்றிவேல்: Vetrivel; சற்குணம்: Satkunam), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0062_keys_of_thai_stems_linked")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
