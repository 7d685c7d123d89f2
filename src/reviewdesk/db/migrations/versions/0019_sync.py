"""Team work (branch sync): every annotation row gets a UUID, a version and per-field lineages.

``uuid`` names a row across stores (a laptop's copy, a bundle, the team
server), so merging matches rows by it, never by local ids. ``version``
counts the row's writes: a write that expected another version is stale
(optimistic locking). ``stamps`` is, per field, the list of the edits that
set it (short random ids, oldest first): two copies of one row changed the
same field independently exactly when neither list is a prefix of the other.

Triggers keep two tables whatever writes (this program, the CLI, another
client of the team store): ``tombstone`` holds the UUID of every deleted
annotation (a merge never brings it back; inserting the UUID again, as an
undo does, removes it), and ``change_log`` one row per insert, update or
delete with the case it belongs to (and, on PostgreSQL, the writing client's
``application_name``, so a window can tell its own writes), which open windows poll to show what
others changed (PostgreSQL also NOTIFYs ``reviewdesk_changes``).
``sync_meta`` holds the store's own id (made when first needed, so two fresh
stores compare equal) and what it was checked out from;
``sync_conflict`` the conflicts a merge found, until the reviewer resolves them.

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# Each synced table and the SQL giving the case of one of its rows (``{row}`` is NEW or OLD).
_DOCUMENT_CASE = '(SELECT d.case_id FROM document d WHERE d.id = {row}.document_id)'
_TABLES = {
    "tag": _DOCUMENT_CASE,
    "answer_link": _DOCUMENT_CASE,
    "verdict": "(SELECT d.case_id FROM question q JOIN document d ON d.id = q.document_id "
               "WHERE q.id = {row}.question_id)",
    "grade": "{row}.case_id",
    "field_correction": "COALESCE({row}.case_id, " + _DOCUMENT_CASE + ")",
    "redaction": "{row}.case_id",
}


def _sqlite_uuid() -> str:
    return "lower(hex(randomblob(16)))"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    new_uuid = "replace(gen_random_uuid()::text, '-', '')" if postgres else _sqlite_uuid()
    for name in _TABLES:
        # Added in place with constant defaults (no SQLite table rebuild), then filled.
        op.add_column(name, sa.Column("uuid", sa.String(32), nullable=False, server_default=""))
        op.add_column(name, sa.Column("version", sa.Integer, nullable=False, server_default="1"))
        op.add_column(name, sa.Column("stamps", sa.JSON, nullable=False, server_default="{}"))
        op.execute(f'UPDATE "{name}" SET uuid = {new_uuid}')
        op.create_index(f"uq_{name}_uuid", name, ["uuid"], unique=True)
    op.create_table(
        "tombstone",
        sa.Column("uuid", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("case_id", sa.Integer, nullable=True, index=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("row_uuid", sa.String(32), nullable=False),
        sa.Column("case_id", sa.Integer, nullable=True),
        sa.Column("operation", sa.String(6), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(64), nullable=True),  # the writing client's application_name (PostgreSQL)
    )
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("row_uuid", sa.String(32), nullable=False),
        sa.Column("case_id", sa.Integer, nullable=True, index=True),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("kept", sa.JSON, nullable=True),  # the value the store holds now
        sa.Column("other", sa.JSON, nullable=True),  # the value from the other side
        sa.Column("kept_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("kept_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("other_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("other_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source", sa.String(500), nullable=False, server_default=""),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("row_uuid", "field", name="uq_sync_conflict_field"),
    )
    for name, case_sql in _TABLES.items():
        (_postgres_triggers if postgres else _sqlite_triggers)(name, case_sql)


def _sqlite_triggers(name: str, case_sql: str) -> None:
    now = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
    for operation, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        case = case_sql.format(row=row)
        if operation == "DELETE":
            keep = (f"INSERT OR REPLACE INTO tombstone (uuid, kind, case_id, deleted_at) "
                    f"VALUES (OLD.uuid, '{name}', {case}, {now});")
        else:
            keep = f"DELETE FROM tombstone WHERE uuid = {row}.uuid;" if operation == "INSERT" else ""
        op.execute(f"CREATE TRIGGER {name}_sync_{operation.lower()} AFTER {operation} ON \"{name}\" BEGIN {keep} "
                   f"INSERT INTO change_log (kind, row_uuid, case_id, operation, at) "
                   f"VALUES ('{name}', {row}.uuid, {case}, '{operation.lower()}', {now}); END")


def _postgres_triggers(name: str, case_sql: str) -> None:
    new_case, old_case = case_sql.format(row="NEW"), case_sql.format(row="OLD")
    op.execute(f"""
CREATE FUNCTION {name}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE owner integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    owner := {old_case};
    INSERT INTO tombstone (uuid, kind, case_id, deleted_at) VALUES (OLD.uuid, '{name}', owner, now())
      ON CONFLICT (uuid) DO UPDATE SET deleted_at = EXCLUDED.deleted_at, case_id = EXCLUDED.case_id;
    INSERT INTO change_log (kind, row_uuid, case_id, operation, at, origin)
      VALUES ('{name}', OLD.uuid, owner, 'delete', now(), current_setting('application_name', true));
    PERFORM pg_notify('reviewdesk_changes', coalesce(owner::text, ''));
    RETURN OLD;
  END IF;
  owner := {new_case};
  IF TG_OP = 'INSERT' THEN
    DELETE FROM tombstone WHERE uuid = NEW.uuid;
  END IF;
  INSERT INTO change_log (kind, row_uuid, case_id, operation, at, origin)
    VALUES ('{name}', NEW.uuid, owner, lower(TG_OP), now(), current_setting('application_name', true));
  PERFORM pg_notify('reviewdesk_changes', coalesce(owner::text, ''));
  RETURN NEW;
END $$""")
    op.execute(f'CREATE TRIGGER {name}_sync AFTER INSERT OR UPDATE OR DELETE ON "{name}" '
               f"FOR EACH ROW EXECUTE FUNCTION {name}_sync()")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in reversed(list(_TABLES)):
        if postgres:
            op.execute(f'DROP TRIGGER {name}_sync ON "{name}"')
            op.execute(f"DROP FUNCTION {name}_sync()")
        else:
            for operation in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER {name}_sync_{operation}")
        op.drop_index(f"uq_{name}_uuid", name)
        for column in ("stamps", "version", "uuid"):
            op.execute(f'ALTER TABLE "{name}" DROP COLUMN "{column}"')
    for table in ("sync_conflict", "sync_meta", "change_log", "tombstone"):
        op.drop_table(table)
