"""The orders' search index folds letters as catalog search and screening do (SQLite only).

Until now the index kept ø, ł, đ, ħ, ı, ŧ, ß, æ and œ as typed, so "soren" did not find "Søren"
in the orders list while it did in the customers list. The index is rebuilt with those letters
replaced as ``domain.text_fold.fold`` writes them (``store/text_search.py``), and its triggers
index new and changed orders the same way. No stored value changes: only the
index. Downgrading rebuilds the index as 0004 made it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

from reseller_app.store.text_search import search_value

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = "reference, customer_name, end_user_name, intended_use, tier, status"
_TEXT = ("reference", "customer_name", "end_user_name", "intended_use")
_TRIGGERS = ("orders_search_insert", "orders_search_delete", "orders_search_update")


def _values(prefix: str, folded: bool) -> str:
    """The index's values for a row: the texts (folded), status without its underscores."""
    out = []
    for c in _COLUMNS.split(", "):
        if c == "status":
            out.append(f"replace({prefix}status, '_', '')")
        elif folded and c in _TEXT:
            out.append(search_value(f"{prefix}{c}"))
        else:
            out.append(f"{prefix}{c}")
    return ", ".join(out)


def _create(folded: bool) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE order_search USING fts5({_COLUMNS}, "
        "content='orders', content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
    op.execute(f"INSERT INTO order_search(rowid, {_COLUMNS}) "
               f"SELECT id, {_values('', folded)} FROM orders")
    insert = (f"INSERT INTO order_search(rowid, {_COLUMNS}) "
              f"VALUES (new.id, {_values('new.', folded)}); ")
    delete = (f"INSERT INTO order_search(order_search, rowid, {_COLUMNS}) "
              f"VALUES ('delete', old.id, {_values('old.', folded)}); ")
    op.execute(f"CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN {insert}END")
    op.execute(f"CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN {delete}END")
    op.execute(f"CREATE TRIGGER orders_search_update AFTER UPDATE OF {_COLUMNS} ON orders "
               f"BEGIN {delete}{insert}END")


def _drop() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS order_search")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop()
    _create(folded=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop()
    _create(folded=False)
