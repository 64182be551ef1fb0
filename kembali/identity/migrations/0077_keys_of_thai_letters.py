"""The duplicate-detection keys of every person, computed again: Thai names are read with อ as
the vowel of a cluster before it (พร้อม: phrom), with a linking ส and a linking ล that closes
a syllable with no written vowel (ผุสดี: phut-sa-di; พลวัฒน์: phon-la-wat), and with a closing
consonant said t also written as its letter (เพชร: Petch; จรัสพงษ์: Charaspong), so keys
stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0076_keys_of_zawgyi_order")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
