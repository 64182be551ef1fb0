"""The duplicate-detection keys of every person, computed again: three Burmese syllables of a
Pali name are keyed as the one word Latin letters write for them (ရတနာ: Yadanar), and ရ after
another syllable as r too (သီရိ: Thiri), and an Arabic-script name whose letters romanise as a
Latin abbreviation is a name (عمر, Omar: no Mr), so keys stored before would not meet the keys
a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0033_keys_of_thai_sanskrit_s")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
