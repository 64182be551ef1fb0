"""The duplicate-detection keys of every person, computed again: a Sri Lankan's or a Thai's
name with a z in Latin letters is also read with s, as Tamil, Sinhala and Thai script write it
(Rizwana: රිස්වානා; Zakariya: ซาการียา), and Bengali র্য is also read rj (Surjo, Bhattacharjee),
so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0050_keys_of_sara_am_and_joiners")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
