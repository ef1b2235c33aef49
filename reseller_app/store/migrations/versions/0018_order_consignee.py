"""Orders get an optional consignee: who receives the goods when neither the customer nor the
end user does (a freight forwarder, a warehouse), stored like the end user.

``consignee_id`` links the catalog entry, ``consignee_name`` keeps a copy of its name. Orders
already stored get NULL in both: no consignee, which is what they had. Their record stamps
still fit: the hash of an order leaves these two columns out while both are NULL
(``record_hash.Kind.optional_tail``). Downgrading drops the columns (a consignee entered since
is then no longer part of its order; the audit events and screenings that named it stay).

Added and dropped in place, not through a batch copy of the table (as 0014): SQLite adds a
column whose default is NULL, even with a reference, without rebuilding ``orders``, which keeps
its search-index triggers and costs nothing on a database of 100,000 orders.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_FK = "fk_orders_consignee_id_customer"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot add a constraint to a table, but adds a column with its reference.
        op.execute(f"ALTER TABLE orders ADD COLUMN consignee_id INTEGER "
                   f"CONSTRAINT {_FK} REFERENCES customer (id)")
    else:
        op.add_column("orders", sa.Column("consignee_id", sa.Integer(), nullable=True))
        op.create_foreign_key(_FK, "orders", "customer", ["consignee_id"], ["id"])
    op.add_column("orders", sa.Column("consignee_name", sa.String(300), nullable=True))


def downgrade() -> None:
    op.drop_column("orders", "consignee_name")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(_FK, "orders", type_="foreignkey")
    op.drop_column("orders", "consignee_id")
