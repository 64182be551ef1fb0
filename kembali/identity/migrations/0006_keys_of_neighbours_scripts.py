"""The duplicate-detection keys of every person, computed again: names in Khmer and Lao, which
were read as nothing, are read; Chinese and Korean names are read a syllable a part; Gurmukhi
and Gujarati names without the final vowel they leave unsaid — so keys stored before would not
meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0005_keys_of_patronymics")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
