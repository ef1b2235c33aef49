"""Orders get a save counter (``orders.version``): several desks on one database.

Every write of an order row adds 1 to it, and a save or a decision made on an order that
someone changed after it was opened is refused instead of overwriting the change. Orders
already stored start at 1 (the server default, also what the import relies on: it inserts new
orders without naming the column). Downgrading drops the column.

Added and dropped in place, not through a batch copy of the table: SQLite adds a column with a
constant default (and drops an unindexed one, 3.35+) without rebuilding ``orders``, which keeps
its search-index triggers and costs nothing on a database of 100,000 orders.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("version", sa.Integer(), nullable=False,
                                      server_default="1"))


def downgrade() -> None:
    op.drop_column("orders", "version")
