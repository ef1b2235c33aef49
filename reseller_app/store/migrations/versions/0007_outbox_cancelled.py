"""A message the user chose not to send is "cancelled" (a final state), with who and when.

Until now a cancelled message was marked failed with a note; now the outbox keeps it apart
from the messages the server refused, which can still be retried. A message cancelled by an
earlier version (failed, with the note "Cancelled by the user.") becomes cancelled, who and
when unknown (NULL: the audit log has them); downgrading turns cancelled back into that.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_message") as batch:
        batch.add_column(sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("cancelled_by", sa.String(200), nullable=True))
    op.execute("UPDATE outbox_message SET state = 'cancelled' "
               "WHERE state = 'failed' AND last_error = 'Cancelled by the user.'")


def downgrade() -> None:
    op.execute("UPDATE outbox_message SET state = 'failed', last_error = "
               "'Cancelled by the user.' WHERE state = 'cancelled'")
    with op.batch_alter_table("outbox_message") as batch:
        batch.drop_column("cancelled_by")
        batch.drop_column("cancelled_at")
