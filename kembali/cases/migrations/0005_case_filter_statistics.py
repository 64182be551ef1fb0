"""Extended statistics over the case list's filter columns, on PostgreSQL.

Holder, track, origin and stage are strongly correlated (an IOM mission holds voluntary
cases, an immigration authority enforced ones). Without these statistics the planner
multiplies their selectivities, expects many rows where there are none, and walks a holder's
whole index; with them it starts from the name's trigram index (0.25 s → 0.04 s at a million
cases, docs/PERFORMANCE.md).
"""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE STATISTICS IF NOT EXISTS cases_case_filters_stats (mcv, dependencies) "
            "ON holder_id, track, origin_country, stage FROM cases_case"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP STATISTICS IF EXISTS cases_case_filters_stats")


class Migration(migrations.Migration):
    dependencies = [("cases", "0004_search_names_on_case")]
    operations = [migrations.RunPython(create, drop)]
