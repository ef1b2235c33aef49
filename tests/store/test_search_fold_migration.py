"""Migration 0008: an older database's orders are found by their names typed without the
letters the index kept whole before (ø, ł, ß, æ, ...), and a CSV import indexes them so too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from reseller_app.services.startup import open_app
from reseller_app.store import db

from ..conftest import stepping_clock


def _match(path: Path, q: str) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(
            "SELECT o.reference FROM order_search s JOIN orders o ON o.id = s.rowid "
            "WHERE order_search MATCH ? ORDER BY o.reference", (q,))]
    finally:
        con.close()


def test_0008_folds_the_index_of_orders_stored_before(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    ctx = open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")
    try:
        with db.write_engine(ctx.engine).begin() as conn:
            command.downgrade(db.alembic_config(conn), "0007")
            conn.exec_driver_sql(
                "INSERT INTO orders (reference, order_date, sales_model, customer_name, "
                "end_user_name, intended_use, use_cases, currency, tier, status, hold, "
                "blocked, total, created_at, updated_at) VALUES "
                "('SO-1', '2026-11-01', 'assisted', 'Søren Ørsted ApS', '', 'Œuvre Straße', "
                "'[]', 'EUR', 'low', 'proceed', 0, 0, '0', '2026-11-01', '2026-11-01')")
            assert _match(path, '"soren"*') == []  # as 0004 indexed it
            command.upgrade(db.alembic_config(conn), "head")
    finally:
        ctx.engine.dispose()
    assert _match(path, '"soren"*') == _match(path, '"orsted"*') == ["SO-1"]
    assert _match(path, '"oeuvre"* AND "strasse"*') == ["SO-1"]
    # The triggers fold an edit too, also on a connection that knows nothing of the app.
    con = sqlite3.connect(path)
    con.execute("UPDATE orders SET customer_name = 'Łukasz Kraków' WHERE reference = 'SO-1'")
    con.commit()
    con.close()
    assert _match(path, '"soren"*') == []
    assert _match(path, '"lukasz"*') == ["SO-1"]
