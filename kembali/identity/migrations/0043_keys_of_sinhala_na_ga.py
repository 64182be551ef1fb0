"""The duplicate-detection keys of every person, computed again: a Sinhala bare න or ණ before ග
is read with its a (ලියනගේ: Liyanage), not as the one sound ng, and Thaana ޘ is also read th
(ޢުޘްމާން: Uthman beside Usman), so keys stored before would not meet the keys a search computes
now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0042_keys_of_mosammat")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
