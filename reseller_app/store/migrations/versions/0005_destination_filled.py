"""Orders saved with a blank destination get the country they were screened for.

A blank destination means "the end user's country" (the customer's when there is no end user):
screening has always used that country, but the order kept no destination, so the orders list
showed an empty cell, the destination filter missed the order and its packet said "not given".
The country is read from the order as it was last screened (its snapshot).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _country(snapshot: str | None) -> str | None:
    try:
        order = json.loads(snapshot or "{}")
    except ValueError:
        return None
    if not isinstance(order, dict):
        return None
    user = order.get("end_user") or order.get("customer") or {}
    country = user.get("country") if isinstance(user, dict) else None
    return country if isinstance(country, str) and len(country) == 2 else None


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT o.id, s.order_snapshot FROM orders o JOIN screening s ON s.id = "
        "(SELECT max(id) FROM screening WHERE order_id = o.id) "
        "WHERE o.destination_country IS NULL")).all()
    updates = [{"id": order_id, "country": country} for order_id, snapshot in rows
               if (country := _country(snapshot)) is not None]
    if updates:
        conn.execute(sa.text("UPDATE orders SET destination_country = :country WHERE id = :id"),
                     updates)


def downgrade() -> None:
    # Which destinations were blank before is not kept: they stay filled in (the same country).
    pass
