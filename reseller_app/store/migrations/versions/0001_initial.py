"""The first schema: company, catalog, orders with screenings and decisions, packs, audit log.

Written by hand to match ``store/tables.py`` (a test compares the two). Besides the tables it
creates what SQLModel cannot describe:

- on SQLite, ``order_search``: an FTS5 index over the order reference, customer and end-user
  names and the intended use, kept in step with ``orders`` by triggers (the list's search box;
  on PostgreSQL the repository uses ILIKE instead);
- triggers that make ``audit_event`` append-only (UPDATE and DELETE are refused).

A later batch migration that rebuilds ``orders`` or ``audit_event`` on SQLite drops their
triggers with the old table: it must create them again (call ``_sqlite_triggers``).

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("size", sa.String(20), nullable=False),
        sa.Column("sales_model", sa.String(20), nullable=False),
        sa.Column("approver_name", sa.String(200), nullable=False),
        sa.Column("approver_title", sa.String(200), nullable=False),
        sa.Column("approver_email", sa.String(320), nullable=False),
        _ts("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_company"),
    )
    op.create_table(
        "distributor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("contact_name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_distributor"),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("type", sa.String(50), nullable=False),
        sa.Column("sector", sa.String(50), nullable=True),
        sa.Column("government_function", sa.String(50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_customer"),
    )
    op.create_index("ix_customer_name", "customer", ["name"])
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(100), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("vendor", sa.String(200), nullable=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_product"),
        sa.UniqueConstraint("sku", name="uq_product_sku"),
    )
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        _ts("imported_at"),
        sa.PrimaryKeyConstraint("id", name="pk_import_batch"),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("sales_model", sa.String(20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("end_user_id", sa.Integer(), nullable=True),
        sa.Column("customer_name", sa.String(300), nullable=False),
        sa.Column("end_user_name", sa.String(300), nullable=False),
        sa.Column("destination_country", sa.String(2), nullable=True),
        sa.Column("intended_use", sa.Text(), nullable=False),
        sa.Column("use_cases", sa.Text(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("hold", sa.Boolean(), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("total", sa.String(40), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_orders"),
        sa.UniqueConstraint("reference", name="uq_orders_reference"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"],
                                name="fk_orders_customer_id_customer"),
        sa.ForeignKeyConstraint(["end_user_id"], ["customer.id"],
                                name="fk_orders_end_user_id_customer"),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batch.id"],
                                name="fk_orders_import_batch_id_import_batch"),
    )
    op.create_index("ix_orders_date_id", "orders", ["order_date", "id"])
    op.create_index("ix_orders_status_date", "orders", ["status", "order_date", "id"])
    op.create_index("ix_orders_tier_date", "orders", ["tier", "order_date", "id"])
    op.create_index("ix_orders_customer", "orders", ["customer_id", "order_date", "id"])
    op.create_index("ix_orders_country", "orders", ["destination_country", "order_date", "id"])
    op.create_index("ix_orders_import_batch", "orders", ["import_batch_id"])
    op.create_table(
        "order_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(100), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("category", sa.String(50), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.String(40), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_order_line"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name="fk_order_line_order_id_orders"),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"],
                                name="fk_order_line_product_id_product"),
    )
    op.create_index("ix_order_line_order", "order_line", ["order_id", "position"])
    op.create_table(
        "screening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        _ts("created_at"),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("hold", sa.Boolean(), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("order_snapshot", sa.Text(), nullable=False),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("pack_version", sa.String(50), nullable=False),
        sa.Column("pack_sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name="fk_screening_order_id_orders"),
    )
    op.create_index("ix_screening_order", "screening", ["order_id", "id"])
    op.create_table(
        "checklist_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("answer", sa.String(10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(200), nullable=False),
        _ts("answered_at"),
        sa.PrimaryKeyConstraint("id", name="pk_checklist_answer"),
        sa.UniqueConstraint("order_id", "question_id",
                            name="uq_checklist_answer_order_question"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name="fk_checklist_answer_order_id_orders"),
    )
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("screening_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("mitigations", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("approved_by", sa.String(200), nullable=True),
        sa.Column("sales_review", sa.Boolean(), nullable=False),
        _ts("decided_at"),
        sa.PrimaryKeyConstraint("id", name="pk_decision"),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"],
                                name="fk_decision_order_id_orders"),
        sa.ForeignKeyConstraint(["screening_id"], ["screening.id"],
                                name="fk_decision_screening_id_screening"),
    )
    op.create_index("ix_decision_order", "decision", ["order_id", "id"])
    op.create_table(
        "pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("version", sa.String(50), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("issuer", sa.String(300), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("issued", sa.String(10), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        _ts("imported_at"),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pack"),
        sa.UniqueConstraint("sha256", name="uq_pack_sha256"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(100), nullable=False),
        sa.Column("entity", sa.String(50), nullable=False),
        sa.Column("entity_id", sa.String(100), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_event"),
    )
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id", "seq"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_search()
        _sqlite_triggers()
    elif dialect == "postgresql":
        _postgresql_triggers()


_SEARCH_COLUMNS = "reference, customer_name, end_user_name, intended_use"


def _sqlite_search() -> None:
    # External content: the index stores only tokens, the text stays in ``orders``.
    # unicode61 with remove_diacritics folds case and accents ("Policía" finds "policia").
    op.execute(
        f"CREATE VIRTUAL TABLE order_search USING fts5({_SEARCH_COLUMNS}, "
        "content='orders', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )


def _sqlite_triggers() -> None:
    new = ", ".join(f"new.{c}" for c in _SEARCH_COLUMNS.split(", "))
    old = ", ".join(f"old.{c}" for c in _SEARCH_COLUMNS.split(", "))
    op.execute(
        "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN "
        f"INSERT INTO order_search(rowid, {_SEARCH_COLUMNS}) VALUES (new.id, {new}); END"
    )
    op.execute(
        "CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN "
        f"INSERT INTO order_search(order_search, rowid, {_SEARCH_COLUMNS}) "
        f"VALUES ('delete', old.id, {old}); END"
    )
    # Only when searched text changes: status and tier updates leave the index alone.
    op.execute(
        f"CREATE TRIGGER orders_search_update AFTER UPDATE OF {_SEARCH_COLUMNS} ON orders BEGIN "
        f"INSERT INTO order_search(order_search, rowid, {_SEARCH_COLUMNS}) "
        f"VALUES ('delete', old.id, {old}); "
        f"INSERT INTO order_search(rowid, {_SEARCH_COLUMNS}) VALUES (new.id, {new}); END"
    )
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def _postgresql_triggers() -> None:
    op.execute(
        "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()"
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("orders_search_insert", "orders_search_delete", "orders_search_update",
                     "audit_event_no_update", "audit_event_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS order_search")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    for table in ("audit_event", "setting", "pack", "decision", "checklist_answer", "screening",
                  "order_line", "orders", "import_batch", "product", "customer", "distributor",
                  "company"):
        op.drop_table(table)
