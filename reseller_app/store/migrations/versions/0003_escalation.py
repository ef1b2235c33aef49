"""Escalation packets, the e-mail outbox, distributor answers and follow-ups.

Written by hand to match ``store/tables.py`` (a test compares the two).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "packet",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("distributor_name", sa.String(200), nullable=False),
        sa.Column("recipient", sa.String(320), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("file_stem", sa.String(200), nullable=False),
        sa.Column("json_name", sa.String(250), nullable=False),
        sa.Column("json_content", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_name", sa.String(250), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("manifest", sa.LargeBinary(), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_packet"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name="fk_packet_order_id_orders"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"],
                                name="fk_packet_customer_id_customer"),
    )
    op.create_index("ix_packet_order", "packet", ["order_id", "created_at"])
    op.create_index("ix_packet_created", "packet", ["created_at"])
    op.create_table(
        "packet_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(250), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_packet_attachment"),
        sa.ForeignKeyConstraint(["packet_id"], ["packet.id"],
                                name="fk_packet_attachment_packet_id_packet"),
        sa.UniqueConstraint("packet_id", "name", name="uq_packet_attachment_packet_name"),
    )
    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(36), nullable=False),
        sa.Column("recipient", sa.String(320), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("message_id", sa.String(250), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _ts("next_attempt_at"),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("server_reply", sa.Text(), nullable=False),
        _ts("created_at"),
        _ts("sent_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outbox_message"),
        sa.ForeignKeyConstraint(["packet_id"], ["packet.id"],
                                name="fk_outbox_message_packet_id_packet"),
        sa.UniqueConstraint("message_id", name="uq_outbox_message_message_id"),
    )
    op.create_index("ix_outbox_message_state", "outbox_message", ["state", "next_attempt_at"])
    op.create_index("ix_outbox_message_packet", "outbox_message", ["packet_id"])
    op.create_table(
        "distributor_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("packet_id", sa.String(36), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=True),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        _ts("recorded_at"),
        sa.PrimaryKeyConstraint("id", name="pk_distributor_answer"),
        sa.ForeignKeyConstraint(["packet_id"], ["packet.id"],
                                name="fk_distributor_answer_packet_id_packet"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name="fk_distributor_answer_order_id_orders"),
        sa.UniqueConstraint("packet_id", name="uq_distributor_answer_packet_id"),
    )
    op.create_index("ix_distributor_answer_order", "distributor_answer", ["order_id"])
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=False),
        _ts("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_follow_up"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name="fk_follow_up_order_id_orders"),
        sa.ForeignKeyConstraint(["answer_id"], ["distributor_answer.id"],
                                name="fk_follow_up_answer_id_distributor_answer"),
    )
    op.create_index("ix_follow_up_due", "follow_up", ["done_on", "due_on"])
    op.create_index("ix_follow_up_order", "follow_up", ["order_id"])


def downgrade() -> None:
    for table in ("follow_up", "distributor_answer", "outbox_message", "packet_attachment",
                  "packet"):
        op.drop_table(table)
