"""The duplicate-detection keys of every person, computed again: the joint of a Thai name's
Pali or Sanskrit compound is also read with its closing consonant starting the next syllable
and a ร or ว after it a syllable of its own (ภัทรประสิทธิ์: Phattharaprasit, วัชรพล:
Watcharaphon, อัศวนนท์: Atsawanon, ราชโคตร: Ratchakhot) — so keys stored before would not
meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0025_keys_of_marks")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
