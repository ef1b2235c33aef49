"""Record stamps: the SHA-256 of each record as its audit event wrote it.

``record_stamp``: event, kind, record id, SHA-256 (see ``store.record_hash``), append-only like
``audit_event`` (triggers refuse UPDATE and DELETE), indexed to find a record's newest stamp.

A database from before has records without stamps: the migration leaves the setting
``records.seal_pending``, and the first open after it (``services.record_check.seal``) stamps
them all with one "records sealed" event. The migration itself cannot: the hashes are the app's.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SEAL_PENDING = "records.seal_pending"


def upgrade() -> None:
    op.create_table(
        "record_stamp",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(100), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_record_stamp"),
    )
    op.create_index("ix_record_stamp_record", "record_stamp",
                    ["kind", "record_id", "event_seq"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER record_stamp_no_{verb.lower()} BEFORE {verb} ON record_stamp "
                "BEGIN SELECT RAISE(ABORT, 'the record stamps are append-only'); END")
    elif dialect == "postgresql":
        op.execute(
            "CREATE TRIGGER record_stamp_no_change BEFORE UPDATE OR DELETE ON record_stamp "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")
        op.execute(
            "CREATE TRIGGER record_stamp_no_truncate BEFORE TRUNCATE ON record_stamp "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()")
    op.execute(sa.text("INSERT INTO setting (key, value) VALUES (:k, 'true')").bindparams(
        k=SEAL_PENDING))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS record_stamp_no_{verb}")
    op.execute(sa.text("DELETE FROM setting WHERE key = :k").bindparams(k=SEAL_PENDING))
    op.drop_index("ix_record_stamp_record", table_name="record_stamp")
    op.drop_table("record_stamp")
