"""The duplicate-detection keys of every person, computed again: a Thai's name in Latin
letters that spells the letters Thai leaves unsaid at its end is also read without them
(Wongse: วงศ์; Chandra: จันทร์), and Thai รร before ม and a vowel as am (ธรรมะ: tham-ma), so
keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0081_keys_of_thai_pali_aya")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
