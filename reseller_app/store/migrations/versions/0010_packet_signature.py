"""A packet keeps the detached signature of its manifest (manifest.sig.json) as built.

The company key signs each new packet's manifest; the signature is stored beside the manifest
so that every export and e-mail of the packet carries the same bytes, also on a computer (or a
scheduled send) without the key. Packets built before stay unsigned (NULL).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch copy of the table: outbox messages and attachments refer to
# their packet, and copying the packet table with foreign keys on would fail where they exist
# (SQLite adds and, since 3.35, drops a column in place).
def upgrade() -> None:
    op.add_column("packet", sa.Column("manifest_signature", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE packet DROP COLUMN manifest_signature")
