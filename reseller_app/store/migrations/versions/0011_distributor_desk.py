"""The distributor's answer desk and pinned keys.

``pinned_key``: a public key pinned by hand (from a key file, its fingerprint compared over the
phone): a distributor's (role ``distributor``, named as in the company profile: decision files
are checked against it) or a reseller's (role ``reseller``, named as its key file names it: the
desk checks received packets against it), with the per-distributor "accept unsigned decision
files" choice. Keyed by name, not by ``distributor.id``: saving the profile replaces the
distributor rows.

``received_packet``: the packets the desk received, in order, waiting or answered, with the
files as received and the signed decision written for each.

``distributor_answer.source_signature``: the detached signature that came with an imported
decision file (NULL: unsigned, typed in, or imported before).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "pinned_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.String(60), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        _ts("pinned_at"),
        sa.Column("pinned_by", sa.String(200), nullable=False),
        sa.Column("accept_unsigned", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pinned_key"),
        sa.UniqueConstraint("role", "name_key", name="uq_pinned_key_role"),
    )
    op.create_table(
        "received_packet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(36), nullable=False),
        sa.Column("reseller", sa.String(200), nullable=False),
        sa.Column("order_reference", sa.String(200), nullable=False),
        sa.Column("signed_by", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.String(60), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("files", sa.LargeBinary(), nullable=False),
        _ts("received_at"),
        sa.Column("received_by", sa.String(200), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(30), nullable=True),
        sa.Column("answer_reference", sa.String(200), nullable=False),
        sa.Column("answered_by", sa.String(200), nullable=False),
        _ts("answered_at", nullable=True),
        sa.Column("decision", sa.LargeBinary(), nullable=True),
        sa.Column("decision_signature", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_received_packet"),
        sa.UniqueConstraint("packet_id", name="uq_received_packet_packet_id"),
    )
    op.create_index("ix_received_packet_state", "received_packet", ["state", "received_at"])
    # Plain ALTER TABLE (as in 0010): answers are referred to by follow-ups.
    op.add_column("distributor_answer",
                  sa.Column("source_signature", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE distributor_answer DROP COLUMN source_signature")
    op.drop_index("ix_received_packet_state", table_name="received_packet")
    op.drop_table("received_packet")
    op.drop_table("pinned_key")
