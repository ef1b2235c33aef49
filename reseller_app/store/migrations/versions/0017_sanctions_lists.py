"""Restricted-party screening: imported sanctions list versions, their entries, reviews of
possible matches and the latest check of each party.

New tables only: nothing stored before changes meaning. Downgrading drops them (the imported
lists, reviews and checks go; their audit events stay).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _ts(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "sanction_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("published", sa.String(10), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("name_count", sa.Integer(), nullable=False),
        sa.Column("skipped_names", sa.Integer(), nullable=False),
        sa.Column("skipped_entries", sa.Integer(), nullable=False),
        _ts("imported_at"),
        sa.Column("imported_by", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sanction_list"),
    )
    op.create_index("ix_sanction_list_source", "sanction_list", ["source", "id"])
    op.create_table(
        "sanction_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["list_id"], ["sanction_list.id"],
                                name="fk_sanction_entry_list_id_sanction_list"),
        sa.PrimaryKeyConstraint("id", name="pk_sanction_entry"),
    )
    op.create_index("ix_sanction_entry_list", "sanction_entry", ["list_id", "entry_id"])
    op.create_table(
        "party_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_key", sa.String(1000), nullable=False),
        sa.Column("party_name", sa.Text(), nullable=False),
        sa.Column("subject", sa.String(20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("party_country", sa.String(2), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("entry_id", sa.String(100), nullable=False),
        sa.Column("entry_sha256", sa.String(64), nullable=False),
        sa.Column("listed_name", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewed_by", sa.String(200), nullable=False),
        sa.Column("reviewed_by_person_id", sa.Integer(), nullable=True),
        _ts("reviewed_at"),
        sa.ForeignKeyConstraint(["reviewed_by_person_id"], ["person.id"],
                                name="fk_party_review_reviewed_by_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_party_review"),
    )
    op.create_index("ix_party_review_pair", "party_review", ["party_key", "source", "entry_id"])
    op.create_table(
        "party_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("party_name", sa.Text(), nullable=False),
        sa.Column("party_country", sa.String(2), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("matches", sa.Text(), nullable=False),
        sa.Column("lists", sa.Text(), nullable=False),
        _ts("checked_at"),
        sa.PrimaryKeyConstraint("id", name="pk_party_check"),
        sa.UniqueConstraint("subject", "subject_id", "role", name="uq_party_check_subject"),
    )
    op.create_index("ix_party_check_verdict", "party_check", ["verdict"])


def downgrade() -> None:
    op.drop_index("ix_party_check_verdict", table_name="party_check")
    op.drop_table("party_check")
    op.drop_index("ix_party_review_pair", table_name="party_review")
    op.drop_table("party_review")
    op.drop_index("ix_sanction_entry_list", table_name="sanction_entry")
    op.drop_table("sanction_entry")
    op.drop_index("ix_sanction_list_source", table_name="sanction_list")
    op.drop_table("sanction_list")
