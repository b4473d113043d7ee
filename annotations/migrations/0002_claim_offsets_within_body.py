"""Enforce in the database that a claim's end offset lies within its article body.

The rule spans two tables, so a CHECK constraint cannot express it: triggers do,
on SQLite and PostgreSQL (length() counts code points on both, like Python).
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE TRIGGER claim_offsets_within_body_insert
    BEFORE INSERT ON annotations_claim
    WHEN NEW."end" > (SELECT length(body) FROM annotations_article WHERE id = NEW.article_id)
    BEGIN SELECT RAISE(ABORT, 'claim offsets outside the article body'); END;
    """,
    """
    CREATE TRIGGER claim_offsets_within_body_update
    BEFORE UPDATE OF "start", "end", article_id ON annotations_claim
    WHEN NEW."end" > (SELECT length(body) FROM annotations_article WHERE id = NEW.article_id)
    BEGIN SELECT RAISE(ABORT, 'claim offsets outside the article body'); END;
    """,
    """
    CREATE TRIGGER article_body_covers_claims
    BEFORE UPDATE OF body ON annotations_article
    WHEN EXISTS (SELECT 1 FROM annotations_claim
                 WHERE article_id = NEW.id AND "end" > length(NEW.body))
    BEGIN SELECT RAISE(ABORT, 'article body shorter than its claims'); END;
    """,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS claim_offsets_within_body_insert;",
    "DROP TRIGGER IF EXISTS claim_offsets_within_body_update;",
    "DROP TRIGGER IF EXISTS article_body_covers_claims;",
]

POSTGRES_FORWARD = [
    """
    CREATE FUNCTION annotations_claim_within_body() RETURNS trigger AS $$
    BEGIN
        IF NEW."end" > (SELECT char_length(body) FROM annotations_article
                        WHERE id = NEW.article_id) THEN
            RAISE EXCEPTION 'claim offsets outside the article body'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER claim_offsets_within_body
    BEFORE INSERT OR UPDATE OF "start", "end", article_id ON annotations_claim
    FOR EACH ROW EXECUTE FUNCTION annotations_claim_within_body();
    """,
    """
    CREATE FUNCTION annotations_article_covers_claims() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM annotations_claim
                   WHERE article_id = NEW.id AND "end" > char_length(NEW.body)) THEN
            RAISE EXCEPTION 'article body shorter than its claims'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END; $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER article_body_covers_claims
    BEFORE UPDATE OF body ON annotations_article
    FOR EACH ROW EXECUTE FUNCTION annotations_article_covers_claims();
    """,
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS article_body_covers_claims ON annotations_article;",
    "DROP FUNCTION IF EXISTS annotations_article_covers_claims();",
    "DROP TRIGGER IF EXISTS claim_offsets_within_body ON annotations_claim;",
    "DROP FUNCTION IF EXISTS annotations_claim_within_body();",
]


def forward(apps, schema_editor):
    statements = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def reverse(apps, schema_editor):
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("annotations", "0001_initial")]

    operations = [migrations.RunPython(forward, reverse)]
