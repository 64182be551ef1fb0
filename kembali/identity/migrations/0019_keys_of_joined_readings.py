"""The duplicate-detection keys of every person, computed again: two parts joined are keyed
with either part's other readings (ဇာနည်, za-ni: Zarni), a Thai consonant after a closed
syllable before a closing ร starts a syllable (อัมพร: Amphon), and Pashto ږ is read g too
(سپوږمۍ: Spogmai) — so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0018_keys_of_voiced_stops")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
