"""The search index also holds each order's risk tier and status (SQLite only).

A search combined with a tier or status filter ("journalist", high risk) is then answered inside
the FTS5 index, which intersects the words' and the filters' lists, instead of testing tens of
thousands of orders of that tier against the words. ``proceed_with_conditions`` is indexed as
one token, ``proceedwithconditions`` (the tokenizer splits at "_"), so "proceed" finds only
"proceed": see ``store.search``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_OLD = "reference, customer_name, end_user_name, intended_use"
_NEW = _OLD + ", tier, status"
_TRIGGERS = ("orders_search_insert", "orders_search_delete", "orders_search_update")


def _values(prefix: str, columns: str) -> str:
    """The index's values for a row: the columns, status without its underscores."""
    return ", ".join(f"replace({prefix}{c}, '_', '')" if c == "status" else f"{prefix}{c}"
                     for c in columns.split(", "))


def _create(columns: str) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE order_search USING fts5({columns}, "
        "content='orders', content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
    op.execute(f"INSERT INTO order_search(rowid, {columns}) "
               f"SELECT id, {_values('', columns)} FROM orders")
    op.execute(
        "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN "
        f"INSERT INTO order_search(rowid, {columns}) VALUES (new.id, {_values('new.', columns)}); "
        "END")
    op.execute(
        "CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN "
        f"INSERT INTO order_search(order_search, rowid, {columns}) "
        f"VALUES ('delete', old.id, {_values('old.', columns)}); END")
    op.execute(
        f"CREATE TRIGGER orders_search_update AFTER UPDATE OF {columns} ON orders BEGIN "
        f"INSERT INTO order_search(order_search, rowid, {columns}) "
        f"VALUES ('delete', old.id, {_values('old.', columns)}); "
        f"INSERT INTO order_search(rowid, {columns}) VALUES (new.id, {_values('new.', columns)}); "
        "END")


def _drop() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS order_search")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop()
    _create(_NEW)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop()
    _create(_OLD)
