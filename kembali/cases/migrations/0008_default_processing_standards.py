"""A starting regional standard per stage (days); administrators adjust it in the admin."""

from django.db import migrations

DEFAULTS = {
    "registered": 7,
    "screening": 14,
    "counselling": 14,
    "return_decision": 30,
    "identity_verification": 30,
    "travel_documents": 21,
    "travel_planning": 14,
    "departed": 3,
    "arrived": 7,
    "on_hold": 90,
}


def create(apps, schema_editor):
    standard = apps.get_model("cases", "ProcessingStandard")
    for stage, days in DEFAULTS.items():
        standard.objects.get_or_create(stage=stage, defaults={"days": days})


class Migration(migrations.Migration):
    dependencies = [("cases", "0007_processing_standards")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
