"""Documents for any findable object, not only pages (decision 0013): keyed by (content type, object id), with a
surrogate integer id as the full-text index's row id, and the page kept as a nullable one-to-one (a page's
document still goes with the page).

The table is built anew and the documents are copied into it, each keeping its page id as its id, so no
document is lost and no ``update_index`` is needed: Django cannot turn a primary-key column into an ordinary one
in place on SQLite without rebuilding the table (which would drop the full-text triggers anyway). The full-text
index is rebuilt over the new row ids: on SQLite the FTS5 table (external content, ``content_rowid='id'``) and its
triggers, on PostgreSQL the generated vectors, their GIN indexes and the match function (which now returns
content type and object id)."""

import importlib

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

OLD, NEW, TABLE = "search_searchdocument", "search_searchdocumentnew", "search_searchdocument"
COLUMNS = "content_type_id, locale_id, title_words, title_stems, stems, lead_stems, facets"


def _previous(name):
    return importlib.import_module(f"search.migrations.{name}")


SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_document_au",
    "DROP TRIGGER IF EXISTS search_document_ad",
    "DROP TRIGGER IF EXISTS search_document_ai",
    "DROP TABLE IF EXISTS search_document_fts",
]
SQLITE_FULL_TEXT = [
    f"""CREATE VIRTUAL TABLE search_document_fts USING fts5(
        title_words, title_stems, stems,
        content='{TABLE}', content_rowid='id',
        prefix='2 3', tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER search_document_ai AFTER INSERT ON {TABLE} BEGIN
        INSERT INTO search_document_fts(rowid, title_words, title_stems, stems)
        VALUES (new.id, new.title_words, new.title_stems, new.stems); END""",
    f"""CREATE TRIGGER search_document_ad AFTER DELETE ON {TABLE} BEGIN
        INSERT INTO search_document_fts(search_document_fts, rowid, title_words, title_stems, stems)
        VALUES ('delete', old.id, old.title_words, old.title_stems, old.stems); END""",
    f"""CREATE TRIGGER search_document_au AFTER UPDATE ON {TABLE} BEGIN
        INSERT INTO search_document_fts(search_document_fts, rowid, title_words, title_stems, stems)
        VALUES ('delete', old.id, old.title_words, old.title_stems, old.stems);
        INSERT INTO search_document_fts(rowid, title_words, title_stems, stems)
        VALUES (new.id, new.title_words, new.title_stems, new.stems); END""",
    # The documents copied in before the index existed.
    "INSERT INTO search_document_fts(search_document_fts) VALUES ('rebuild')",
]

POSTGRES_DROP = [
    "DROP FUNCTION IF EXISTS search_document_matches(tsquery, integer, integer[], integer)",
    "DROP INDEX IF EXISTS search_document_title_vector",
    "DROP INDEX IF EXISTS search_document_vector",
]
# On the new table before the copy, so every copied row is written once, in the narrow layout (decision 0009).
POSTGRES_COLUMNS = [
    f"""ALTER TABLE {NEW} ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_stems), 'A') || setweight(to_tsvector('simple', stems), 'B')
    ) STORED""",
    f"ALTER TABLE {NEW} ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', title_words)) STORED",
    f"ALTER TABLE {NEW} ADD COLUMN head_vector tsvector GENERATED ALWAYS AS ("
    " setweight(to_tsvector('simple', title_stems), 'A') || setweight(to_tsvector('simple', lead_stems), 'B')"
    ") STORED",
    f"ALTER TABLE {NEW} ALTER COLUMN head_vector SET STORAGE MAIN",
    f"ALTER TABLE {NEW} ALTER COLUMN title_vector SET STORAGE MAIN",
    f"ALTER TABLE {NEW} SET (toast_tuple_target = 400)",
]
# The constraints and the identity made on the new table keep PostgreSQL's names for it ("..._pkey"); named
# after the table they now belong to (and back again before migrating back, where the old table takes them).
_RENAMED = ("pkey", "page_id_key", "object_id_check")


def _rename_constraints(before: str, after: str) -> str:
    suffixes = ", ".join(f"'{suffix}'" for suffix in _RENAMED)
    return f"""DO $$ DECLARE suffix text; BEGIN
        FOREACH suffix IN ARRAY ARRAY[{suffixes}] LOOP
            IF EXISTS (SELECT FROM pg_constraint WHERE conname = '{before}_' || suffix) THEN
                EXECUTE 'ALTER TABLE {TABLE} RENAME CONSTRAINT ' || quote_ident('{before}_' || suffix)
                    || ' TO ' || quote_ident('{after}_' || suffix);
            END IF;
        END LOOP;
        IF to_regclass('{before}_id_seq') IS NOT NULL THEN
            EXECUTE 'ALTER SEQUENCE {before}_id_seq RENAME TO {after}_id_seq';
        END IF;
    END $$"""


POSTGRES_FULL_TEXT = [
    _rename_constraints(NEW, TABLE),
    f"CREATE INDEX search_document_vector ON {TABLE} USING GIN (vector)",
    f"CREATE INDEX search_document_title_vector ON {TABLE} USING GIN (title_vector)",
    # As in migration 0004 (the GIN index always answers; locale and kind filter its hits), returning what a
    # hit is: its content type and object id. Ties (the same rank) in object order.
    f"""CREATE OR REPLACE FUNCTION search_document_matches(tsquery, integer, integer[], integer)
    RETURNS TABLE (content_type_id integer, object_id bigint, facets text)
    LANGUAGE sql STABLE
    SET enable_seqscan = off
    AS $$
        SELECT d.content_type_id, d.object_id, d.facets
        FROM {TABLE} d
        WHERE d.vector @@ $1 AND d.locale_id + 0 = $2 AND d.content_type_id + 0 = ANY($3)
        ORDER BY ts_rank(d.head_vector, $1) DESC, d.object_id, d.content_type_id
        LIMIT $4
    $$""",
    f"ANALYZE {TABLE}",
]


def _run(forward_by_vendor, backward_by_vendor):
    def run(statements_by_vendor):
        def execute(apps, schema_editor):
            for statement in statements_by_vendor().get(schema_editor.connection.vendor, []):
                schema_editor.execute(statement)

        return execute

    return run(forward_by_vendor), run(backward_by_vendor)


def _old_full_text():
    """The full-text index over the page-keyed table, as migrations 0003 and 0004 made it (to migrate back)."""
    m3, m4 = _previous("0003_site_documents"), _previous("0004_documents_carry_facets")
    return {
        "sqlite": [*m3.SQLITE_FORWARD, "INSERT INTO search_document_fts(search_document_fts) VALUES ('rebuild')"],
        "postgresql": [*m3.POSTGRES_FORWARD, *m4.POSTGRES_FORWARD],
    }


drop_old_full_text = _run(lambda: {"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}, _old_full_text)
new_table_columns = _run(lambda: {"postgresql": POSTGRES_COLUMNS}, lambda: {})
new_full_text = _run(
    lambda: {"sqlite": SQLITE_FULL_TEXT, "postgresql": POSTGRES_FULL_TEXT},
    lambda: {"sqlite": SQLITE_DROP, "postgresql": [*POSTGRES_DROP, _rename_constraints(TABLE, NEW)]},
)


def copy_documents(apps, schema_editor):
    """Every page's document into the new table, its id the page id (existing rows keep their full-text row id)."""
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {NEW} (id, object_id, page_id, {COLUMNS}) SELECT page_id, page_id, page_id, {COLUMNS} FROM {OLD}"
        )
        if connection.vendor == "postgresql":  # the identity continues after the copied ids
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{NEW}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {NEW}"
            )


def copy_documents_back(apps, schema_editor):
    """Back to one document per page: the pages' documents return, other objects' go (``update_index`` after
    migrating forward again writes them)."""
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {OLD} (page_id, {COLUMNS}) SELECT page_id, {COLUMNS} FROM {NEW} WHERE page_id IS NOT NULL"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("search", "0004_documents_carry_facets"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(*drop_old_full_text),
        migrations.RemoveIndex(model_name="searchdocument", name="search_doc_locale_kind"),
        migrations.CreateModel(
            name="SearchDocumentNew",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="contenttypes.contenttype"
                    ),
                ),
                ("object_id", models.PositiveBigIntegerField(help_text="The page's or other object's id.")),
                (
                    "page",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.locale"
                    ),
                ),
                ("title_words", models.TextField(help_text="The title's folded words, for suggestions by prefix.")),
                ("title_stems", models.TextField(help_text="Every word form of the title (weighed above the rest).")),
                ("stems", models.TextField(help_text="Every word form of the page's text.")),
                (
                    "lead_stems",
                    models.TextField(
                        blank=True,
                        default="",
                        help_text="Every word form of the page's summary or introduction (ranked second).",
                    ),
                ),
                (
                    "facets",
                    models.TextField(
                        blank=True, default="", help_text="The facet values the page carries, one 'facet=value' per line."
                    ),
                ),
            ],
        ),
        migrations.RunPython(*new_table_columns),
        migrations.RunPython(copy_documents, copy_documents_back),
        migrations.DeleteModel(name="SearchDocument"),
        migrations.RenameModel(old_name="SearchDocumentNew", new_name="SearchDocument"),
        migrations.AddIndex(
            model_name="searchdocument",
            index=models.Index(fields=["locale", "content_type"], name="search_doc_locale_kind"),
        ),
        migrations.AddConstraint(
            model_name="searchdocument",
            constraint=models.UniqueConstraint(fields=("content_type", "object_id"), name="search_doc_object"),
        ),
        migrations.RunPython(*new_full_text),
    ]
