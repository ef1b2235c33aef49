"""Approvals from the approver's own desk.

``approval_request``: a decision proposed for an order that needs the senior approver, waiting
for an approver to approve it (with their own passphrase) at their own desk, sent back with a
reason, or stale because the order changed after the request (``screening_id`` and
``order_updated_at`` are the order as it was when approval was asked).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
# The lead merges 0012-0014 first: then this is "0014". In the approvals branch alone it runs
# on 0011, the newest revision there.
down_revision = "0014"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _person(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=True)


def upgrade() -> None:
    op.create_table(
        "approval_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("screening_id", sa.Integer(), nullable=False),
        _ts("order_updated_at"),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("mitigations", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(200), nullable=False),
        _person("requested_by_person_id"),
        _person("approver_person_id"),
        _ts("requested_at"),
        sa.Column("state", sa.String(20), nullable=False),
        _ts("resolved_at", nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=False),
        _person("resolved_by_person_id"),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name="fk_approval_request_order_id_orders"),
        sa.ForeignKeyConstraint(["screening_id"], ["screening.id"],
                                name="fk_approval_request_screening_id_screening"),
        sa.ForeignKeyConstraint(["requested_by_person_id"], ["person.id"],
                                name="fk_approval_request_requested_by_person_id_person"),
        sa.ForeignKeyConstraint(["approver_person_id"], ["person.id"],
                                name="fk_approval_request_approver_person_id_person"),
        sa.ForeignKeyConstraint(["resolved_by_person_id"], ["person.id"],
                                name="fk_approval_request_resolved_by_person_id_person"),
        sa.ForeignKeyConstraint(["decision_id"], ["decision.id"],
                                name="fk_approval_request_decision_id_decision"),
        sa.PrimaryKeyConstraint("id", name="pk_approval_request"),
    )
    op.create_index("ix_approval_request_state", "approval_request", ["state", "requested_at"])
    op.create_index("ix_approval_request_order", "approval_request", ["order_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_approval_request_order", table_name="approval_request")
    op.drop_index("ix_approval_request_state", table_name="approval_request")
    op.drop_table("approval_request")
