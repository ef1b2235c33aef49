"""The human rights policy: its versions and to whom each was communicated.

Written by hand to match ``store/tables.py`` (a test compares the two). Besides the tables, a
trigger keeps an adopted version frozen: once its status is no longer ``draft`` its text,
approval and review date cannot change and it cannot be deleted (the services refuse that
already; the trigger makes the record trustworthy even against a hand-edited database).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FROZEN_COLUMNS = ("number", "language", "template_version", "field_values", "approver_name",
                   "approver_title", "approved_on", "next_review", "adopted_at", "adopted_by")
_MESSAGE = "an adopted policy version cannot be changed"


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "policy_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("template_version", sa.String(50), nullable=False),
        sa.Column("field_values", sa.Text(), nullable=False),
        sa.Column("approver_name", sa.String(200), nullable=True),
        sa.Column("approver_title", sa.String(200), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("adopted_at", nullable=True),
        sa.Column("adopted_by", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_policy_version"),
        sa.UniqueConstraint("number", name="uq_policy_version_number"),
    )
    op.create_index("ix_policy_version_status", "policy_version", ["status", "number"])
    op.create_table(
        "policy_communication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(20), nullable=False),
        sa.Column("recipient", sa.String(300), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        _ts("recorded_at"),
        sa.PrimaryKeyConstraint("id", name="pk_policy_communication"),
        sa.ForeignKeyConstraint(["version_id"], ["policy_version.id"],
                                name="fk_policy_communication_version_id_policy_version"),
    )
    op.create_index("ix_policy_communication_version", "policy_communication",
                    ["version_id", "id"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        columns = ", ".join(_FROZEN_COLUMNS)
        op.execute(
            f"CREATE TRIGGER policy_version_frozen BEFORE UPDATE OF {columns} ON policy_version "
            f"WHEN OLD.status <> 'draft' BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER policy_version_no_delete BEFORE DELETE ON policy_version "
            f"WHEN OLD.status <> 'draft' BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
        )
    elif dialect == "postgresql":
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in _FROZEN_COLUMNS)
        op.execute(
            "CREATE FUNCTION policy_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF OLD.status <> 'draft' THEN "
            f"IF TG_OP = 'DELETE' OR {changed} THEN RAISE EXCEPTION '{_MESSAGE}'; END IF; "
            "END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
            "RETURN NEW; END; $$"
        )
        op.execute(
            "CREATE TRIGGER policy_version_frozen BEFORE UPDATE OR DELETE ON policy_version "
            "FOR EACH ROW EXECUTE FUNCTION policy_version_frozen()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS policy_version_frozen")
        op.execute("DROP TRIGGER IF EXISTS policy_version_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS policy_version_frozen ON policy_version")
        op.execute("DROP FUNCTION IF EXISTS policy_version_frozen()")
    op.drop_index("ix_policy_communication_version", table_name="policy_communication")
    op.drop_table("policy_communication")
    op.drop_index("ix_policy_version_status", table_name="policy_version")
    op.drop_table("policy_version")
