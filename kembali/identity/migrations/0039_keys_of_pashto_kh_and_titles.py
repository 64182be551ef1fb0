"""The duplicate-detection keys of every person, computed again: Pashto ښ is read kh too, as
the north says it (ښایسته: Khaista beside Shaista), and a doctor's, engineer's or teacher's
title in Arabic script (ډاکټر, انجنیر, استاد) is set aside as an honorific, so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0038_keys_of_abd")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
