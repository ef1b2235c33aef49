"""The desk's decision files go out through the outbox the packets use.

``outbox_message.received_packet_id``: the received packet (``received_packet``) whose signed
decision file the message sends back to the reseller; such a message has no ``packet_id`` (the
packet it answers was built in another installation), so ``packet_id`` may now be NULL. Every
message stored before keeps its packet and means what it meant.

Downgrading deletes the desk's messages (the older schema cannot hold them): their audit
events stay.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite rebuilds the table to let packet_id be NULL (nothing refers to it).
    with op.batch_alter_table("outbox_message") as batch:
        batch.alter_column("packet_id", existing_type=sa.String(36), nullable=True)
        batch.add_column(sa.Column("received_packet_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_outbox_message_received_packet_id_received_packet",
                                 "received_packet", ["received_packet_id"], ["id"])
        batch.create_index("ix_outbox_message_received", ["received_packet_id"])


def downgrade() -> None:
    op.execute("DELETE FROM outbox_message WHERE packet_id IS NULL")
    with op.batch_alter_table("outbox_message") as batch:
        batch.drop_index("ix_outbox_message_received")
        batch.drop_constraint("fk_outbox_message_received_packet_id_received_packet",
                              type_="foreignkey")
        batch.drop_column("received_packet_id")
        batch.alter_column("packet_id", existing_type=sa.String(36), nullable=False)
