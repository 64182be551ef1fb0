"""The duplicate-detection keys of every person, computed again: Thai ว between a word's first
consonant and another is the vowel ua, after a silent ห too (หลวง: luang, หนวด: nuat); ย
after a long vowel and ว after ia close their syllable (ประกายดาว: pra-kai-dao, เขียวจันทร์:
khiao-chan); ใ and ไ leave theirs open (ใจช่วย: chai-chuai) — so keys stored before would
not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0026_keys_of_pali_joints")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
