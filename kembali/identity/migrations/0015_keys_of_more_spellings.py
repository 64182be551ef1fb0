"""The duplicate-detection keys of every person, computed again: ভ inside a Bengali name is also
read v (তানভীর: Tanvir), two parts joined are keyed with the second part's other readings
(စန္ဒာ: Sandar), and a Thai long a written ar is read without the r (อนุชา: Anuchar) — so
keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0014_keys_of_aliases")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
