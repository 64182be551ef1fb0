"""The duplicate-detection keys of every person, computed again: Burmese titles of more than
one syllable before a name (ဆရာ Saya, ဆရာမ Sayama, ဒေါက်တာ Doctor, ဗိုလ်ချုပ် Bogyoke,
ဆရာတော် Sayadaw) are set aside as honorifics, so keys stored before would not meet the keys a
search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0046_keys_of_thai_closing_ch")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
