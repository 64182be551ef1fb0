"""Substring search over names in any script and over references, on PostgreSQL.

pg_trgm's GIN indexes serve LIKE '%…%' for multibyte text (Bengali, Burmese, Arabic …) in a
UTF-8 database. SQLite scans instead, which is fine at the sizes it is meant for.
"""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS cases_personname_search_trgm "
        "ON cases_personname USING gin (search_key gin_trgm_ops)"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS cases_case_reference_trgm "
        "ON cases_case USING gin (reference gin_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS cases_personname_search_trgm")
    schema_editor.execute("DROP INDEX IF EXISTS cases_case_reference_trgm")


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
