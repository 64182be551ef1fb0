"""The duplicate-detection keys of every person, computed again: the engine reads Thaana as
spoken and keys the other readings of "dh" and "sri", so keys stored before would not meet
the keys a search computes now. Each change to the keys comes with a migration like this."""

from pathlib import Path
from typing import Any

from django.db import migrations
from django.db.migrations.recorder import MigrationRecorder

BATCH = 2000


def recompute(apps: Any, schema_editor: Any) -> None:
    """Every key migration computes with the engine as it is now, so of those one `migrate`
    runs, the last does the work and the others pass: a node upgraded across twelve of them
    would otherwise compute every person's keys twelve times. (A migrate to an earlier key
    migration leaves the keys as they were; the next full one computes them.)"""
    if len(_pending_key_migrations(schema_editor.connection)) > 1:
        return
    from kembali.identity.records import person_keys, person_record

    person_model = apps.get_model("cases", "Person")
    key_model = apps.get_model("identity", "PersonKey")
    ids = list(person_model.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        persons = list(
            person_model.objects.filter(pk__in=ids[start : start + BATCH]).prefetch_related(
                "names"
            )
        )
        rows = [
            key_model(person_id=person.pk, key=key)
            for person in persons
            for key in person_keys(person_record(person))
        ]
        key_model.objects.filter(person_id__in=[p.pk for p in persons]).delete()
        key_model.objects.bulk_create(rows, batch_size=5000)


def _pending_key_migrations(connection: Any) -> list[str]:
    """The key migrations not yet applied, the one running among them (Django records a
    migration once it has run)."""
    applied = {
        name for app, name in MigrationRecorder(connection).applied_migrations() if app == "identity"
    }
    names = sorted(path.stem for path in Path(__file__).parent.glob("[0-9]*_keys_of_*.py"))
    return [name for name in names if name not in applied]


class Migration(migrations.Migration):
    dependencies = [
        ("identity", "0001_initial"),
        ("cases", "0011_fitness_reception"),
    ]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
