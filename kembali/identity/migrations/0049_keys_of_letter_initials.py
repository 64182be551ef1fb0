"""The duplicate-detection keys of every person, computed again: initials written in Tamil,
Sinhala or Bengali script as the English letters' names (ஏ. ஆர். ரகுமான்: A. R. Rahman) are
read as initials, and Bengali Md. and Mst. written with a colon or a dot (মো:) as Md. and Mst.,
so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0048_keys_of_malay_z")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
