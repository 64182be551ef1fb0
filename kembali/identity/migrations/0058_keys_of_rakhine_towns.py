"""The duplicate-detection keys of every person, computed again: the towns of Rakhine State
(ရသေ့တောင်: Rathedaung; Sandoway: Thandwe; Myohaung: Mrauk-U), Satkhira and Bhasan Char are in
the gazetteer, so a town of birth written in Latin letters and in its own script is one town,
and keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0057_keys_of_abd_and_sinhala_gna")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
