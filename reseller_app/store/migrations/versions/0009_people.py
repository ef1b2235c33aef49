"""The people who use the app: name, e-mail, role, active, and their passphrase's hash.

Written by hand to match ``store/tables.py`` (a test compares the two). Only the hash of a
passphrase is stored, with the parameters it was made with (``services/passphrases.py``).
A database from before has no people yet: the first start after the upgrade asks for the
administrator and the senior approver. Downgrading drops the table (and with it the hashes).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("passphrase_hash", sa.String(300), nullable=False),
        sa.Column("failed_tries", sa.Integer(), nullable=False),
        _ts("locked_until", nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
        sa.UniqueConstraint("email", name="uq_person_email"),
    )


def downgrade() -> None:
    op.drop_table("person")
