"""The outbox also carries a plain e-mail that is no packet: the daily digest.

``outbox_message.kind``: what the message is when it carries no packet and no desk decision
(``digest``); NULL for every message stored before, which keep their meaning (a packet's e-mail,
or a desk's decision file when ``received_packet_id`` is set). ``outbox_message.body``: the
plain text such a message sends, fixed when it is queued (every attempt sends the same words);
NULL for the packets' messages, whose text is made from their packet.

Outbox messages carry no record stamp (``store/record_hash.py`` stamps the packets, not their
e-mails), so no stored hash changes.

Added and dropped in place (as 0018): two nullable columns, no rebuild of the table. Downgrading
deletes the plain messages first (the older schema cannot send them): their audit events stay.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_message", sa.Column("kind", sa.String(20), nullable=True))
    op.add_column("outbox_message", sa.Column("body", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM outbox_message WHERE kind IS NOT NULL")
    op.drop_column("outbox_message", "body")
    op.drop_column("outbox_message", "kind")
