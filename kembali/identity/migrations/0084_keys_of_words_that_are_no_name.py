"""The duplicate-detection keys of every person, computed again: what is no name is read as
none (FNU, Late, Al-Haj, a form's label before a parent's name, the kind of a place: Dist:,
জেলা, จังหวัด), a patronymic marker with a full stop (bt.) gives the father, and a Latin c is
also read k (Canagaratnam), so keys stored before would not meet the keys a search computes
now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0083_keys_of_thai_unsaid_stops")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
