"""The duplicate-detection keys of every person, computed again: Abdur and Abdus are also read
Abdul (Abd and the article said as the letter after it: عبد الرحمن), a name before an article
written apart also without it (Abd al-Rahman), and Sinhala ඥ also gn and n (ඥානසිරි:
Gnanasiri), so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0056_keys_of_chandrabindu_closing_n")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
