"""The duplicate-detection keys of every person, computed again: the ย that Thai ไชย and ไทย
write and do not say is left out (ไชยวงศ์: chai-wong, was chai-i-wong; ศรีไทย: si-thai), and
a syllable with no written vowel after ใ or ไ is read as one (ไชยมงคล: chai-mong-khon,
ไพรพล: phrai-phon) — so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0027_keys_of_thai_glides")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
