"""The duplicate-detection keys of every person, computed again: a Pali or Sanskrit stem in a
Thai compound name is also said with the linking a (ทัศนพงษ์: that-sa-na-phong; ธีรโชติ:
thi-ra-chot), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0061_keys_of_thai_compounds_by_word")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
