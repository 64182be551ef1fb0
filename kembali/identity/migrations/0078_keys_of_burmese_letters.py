"""The duplicate-detection keys of every person, computed again: a Burmese independent vowel
closed by a final is read as the carrier with that vowel's sign (ဥမ္မာ: ohn-mar, Ohnmar), a
retroflex final as the dental one (ထွဋ်: Htut), and သျှ as ရှ (သျှမ်း: Shan), so keys stored
before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0077_keys_of_thai_letters")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
