"""The audit chain's signed heads.

``chain_head``: each head of the audit chain signed with the company's key (the event's number
and hash, when, by which key), kept when the app closes, after a command that wrote events and
in every export. Append-only, like ``audit_event`` (triggers refuse UPDATE and DELETE).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("event_hash", sa.String(64), nullable=False),
        sa.Column("signed_at", sa.String(40), nullable=False),
        sa.Column("signer", sa.String(200), nullable=False),
        sa.Column("key_fingerprint", sa.String(60), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("occasion", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_chain_head"),
    )
    op.create_index("ix_chain_head_seq", "chain_head", ["seq"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER chain_head_no_{verb.lower()} BEFORE {verb} ON chain_head "
                "BEGIN SELECT RAISE(ABORT, 'the signed heads are append-only'); END")
    elif dialect == "postgresql":  # the audit log's function (0001) refuses the change
        op.execute("CREATE TRIGGER chain_head_no_change BEFORE UPDATE OR DELETE ON chain_head "
                   "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("chain_head_no_update", "chain_head_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS chain_head_no_change ON chain_head")
    op.drop_index("ix_chain_head_seq", table_name="chain_head")
    op.drop_table("chain_head")
