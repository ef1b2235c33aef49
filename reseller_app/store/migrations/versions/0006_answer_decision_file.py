"""A distributor's answer imported from a decision file keeps the file itself, as received.

Until now only the file's SHA-256 was stored; the evidence bundle for a partner audit puts the
file beside its hash, so an auditor can read what the distributor sent and check it against
the hash recorded when it was imported. Answers imported before this have no file (NULL).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("distributor_answer") as batch:
        batch.add_column(sa.Column("source_file", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("distributor_answer") as batch:
        batch.drop_column("source_file")
