"""The duplicate-detection keys of every person, computed again: a Burmese syllable closed by a
final that Burmese does not close with is read as written after its vowel (ရုလ်: rul), as
Burmese script writes Arabic names (နူရုလ်အမင်: Nurul Amin), so keys stored before would not
meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0053_keys_of_thai_tr_as_s")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
