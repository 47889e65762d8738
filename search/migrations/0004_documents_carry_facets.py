"""Documents carry their facet values (one column instead of a table: the hits' facets come with the match, no
second query) and their summary's word forms, and on PostgreSQL a narrow heap, a small vector of the title's
and summary's forms to rank by and a match function that always uses the GIN index (decision 0009,
"PostgreSQL at 20,000"). Existing documents get their summary forms at the next ``update_index``."""

from django.db import migrations, models

POSTGRES_FORWARD = [
    # The forms of the title (weight A) and of the summary (B): small enough to stay in the row, so ranking by
    # them reads no TOAST.
    "ALTER TABLE search_searchdocument ADD COLUMN head_vector tsvector GENERATED ALWAYS AS ("
    " setweight(to_tsvector('simple', title_stems), 'A') || setweight(to_tsvector('simple', lead_stems), 'B')"
    ") STORED",
    "ALTER TABLE search_searchdocument ALTER COLUMN head_vector SET STORAGE MAIN",
    "ALTER TABLE search_searchdocument ALTER COLUMN title_vector SET STORAGE MAIN",
    # Long values (the page's forms and their vector) move out of the row, so a match reads few heap pages.
    "ALTER TABLE search_searchdocument SET (toast_tuple_target = 400)",
    # The planner overestimates matches (every document holds all forms of a word, which its statistics take
    # for independent words) and then scans the table, or the locale's index, reading every vector: this
    # function plans its query with the sequential scan off and hides locale and kind from their indexes
    # ("+ 0"), so the GIN index answers and the other conditions filter its hits.
    """CREATE OR REPLACE FUNCTION search_document_matches(tsquery, integer, integer[], integer)
    RETURNS TABLE (page_id integer, content_type_id integer, facets text)
    LANGUAGE sql STABLE
    SET enable_seqscan = off
    AS $$
        SELECT d.page_id, d.content_type_id, d.facets
        FROM search_searchdocument d
        WHERE d.vector @@ $1 AND d.locale_id + 0 = $2 AND d.content_type_id + 0 = ANY($3)
        ORDER BY ts_rank(d.head_vector, $1) DESC, d.page_id
        LIMIT $4
    $$""",
    # Every row again, so the existing ones get the narrow layout too.
    "UPDATE search_searchdocument SET stems = stems",
]
POSTGRES_BACKWARD = [
    "DROP FUNCTION IF EXISTS search_document_matches(tsquery, integer, integer[], integer)",
    "ALTER TABLE search_searchdocument RESET (toast_tuple_target)",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS head_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


def copy_facet_values(apps, schema_editor):
    """The facet values of the old table into the new column, so search keeps its filters without a re-index."""
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchFacetValue = apps.get_model("search", "SearchFacetValue")
    lines: dict[int, list[str]] = {}
    for document_id, facet, value in SearchFacetValue.objects.order_by("document_id", "facet", "value").values_list(
        "document_id", "facet", "value"
    ):
        lines.setdefault(document_id, []).append(f"{facet}={value}")
    changed = []
    for document in SearchDocument.objects.filter(pk__in=list(lines)).only("pk"):
        document.facets = "\n".join(lines[document.pk])
        changed.append(document)
    SearchDocument.objects.bulk_update(changed, ["facets"], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [("search", "0003_site_documents")]

    operations = [
        # Added in SQL on both databases: Django's SQLite schema editor would rebuild the table for a NOT NULL
        # column and drop the full-text triggers of migration 0003 with it.
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE search_searchdocument ADD COLUMN facets text NOT NULL DEFAULT ''",
                    "ALTER TABLE search_searchdocument DROP COLUMN facets",
                ),
                migrations.RunSQL(
                    "ALTER TABLE search_searchdocument ADD COLUMN lead_stems text NOT NULL DEFAULT ''",
                    "ALTER TABLE search_searchdocument DROP COLUMN lead_stems",
                ),
            ],
            state_operations=[
                migrations.AddField(
                    model_name="searchdocument",
                    name="lead_stems",
                    field=models.TextField(
                        blank=True,
                        default="",
                        help_text="Every word form of the page's summary or introduction (ranked second).",
                    ),
                ),
                migrations.AddField(
                    model_name="searchdocument",
                    name="facets",
                    field=models.TextField(
                        blank=True,
                        default="",
                        help_text="The facet values the page carries, one 'facet=value' per line.",
                    ),
                )
            ],
        ),
        migrations.RunPython(copy_facet_values, migrations.RunPython.noop),
        migrations.DeleteModel(name="SearchFacetValue"),
        migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD)),
    ]
