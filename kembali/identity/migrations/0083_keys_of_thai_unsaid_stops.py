"""The duplicate-detection keys of every person, computed again: a Thai's name in Latin
letters that spells a stop Thai leaves unsaid after its n is also read without it
(Sittipunt: สิทธิพันธุ์; Anant: อนันต์), so keys stored before would not meet the keys a search
computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0082_keys_of_thai_unsaid_letters")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
