"""Name search moves onto the case row (see the comment on Case.search_names).

The keys already computed per name are joined per person, in name order, then the per-name
key and its trigram index are dropped.
"""

from django.db import migrations, models


def fill(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            "UPDATE cases_case SET search_names = keys.joined FROM ("
            "  SELECT person_id, string_agg(search_key, ' | ' ORDER BY position, id) AS joined"
            "  FROM cases_personname GROUP BY person_id"
            ") AS keys WHERE keys.person_id = cases_case.person_id"
        )
        schema_editor.execute("DROP INDEX IF EXISTS cases_personname_search_trgm")
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS cases_case_search_names_trgm "
            "ON cases_case USING gin (search_names gin_trgm_ops)"
        )
    else:
        schema_editor.execute(
            "UPDATE cases_case SET search_names = COALESCE(("
            "  SELECT group_concat(search_key, ' | ') FROM ("
            "    SELECT search_key FROM cases_personname n"
            "    WHERE n.person_id = cases_case.person_id ORDER BY position, id"
            "  )"
            "), '')"
        )


def unfill(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS cases_case_search_names_trgm")


class Migration(migrations.Migration):
    dependencies = [("cases", "0003_person_created_index")]

    operations = [
        migrations.AddField(
            model_name="case",
            name="search_names",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fill, unfill),
        migrations.RemoveField(model_name="personname", name="search_key"),
    ]
