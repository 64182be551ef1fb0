"""The duplicate-detection keys of every person, computed again: Thai syllables where no vowel
is written are also read the other ways they fall (พงศกร: Pongsakorn; ธนพล: Thanaphon), วร
beginning a name as wo-ra (วรวุฒิ: Worawut), Pashto ځ as dz (Dzadran) and Thaana ޟ and ޛ as
dh (ރިޟާ: Ridha) — so keys stored before would not meet the keys a search computes now."""

from importlib import import_module

from django.db import migrations

recompute = import_module("kembali.identity.migrations.0002_keys_of_this_version").recompute


class Migration(migrations.Migration):
    dependencies = [("identity", "0015_keys_of_more_spellings")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
