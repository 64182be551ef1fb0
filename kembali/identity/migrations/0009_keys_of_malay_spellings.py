"""The duplicate-detection keys of every person, computed again: a Malaysian, Indonesian,
Bruneian or Singaporean name in Latin letters is keyed in its Dutch-era and 1972 spellings too
(Djoko and Joko, Tjahjono and Cahyono; Syafiq and Shafiq) — so keys stored before would not
meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0008_keys_of_thai_compounds")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
