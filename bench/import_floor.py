"""How close can any import get to the import target? The floor, part by part.

    python bench/import_floor.py

The import target (``bench/run.py``: a 10,000-row CSV imported, screened and stored in at most
6x a raw ``sqlite3.executemany`` of the same rows into one table) is compared here with what the
parts the issue requires cost on their own, each measured against the same baseline in this run:

- store: the exact rows a real import stores (customers, orders with the indexes the list
  filters need, lines, screenings with their pack id, version and hash, the search index, the
  audit event and the stamp of each order and screening it wrote), precomputed, written with
  plain sqlite3 ``executemany`` in one transaction, foreign keys checked as on every connection
  of the app: no parsing, no screening, no Python logic at all;
- store (lean): the same with each screening reduced to its tier, hold and flags (no texts, no
  snapshot of the order): the least a screening record can be and still be explained later;
- store (orders only): nothing but the orders rows, their indexes and the search index (no
  lines, screenings, customers, stamps or audit event): far less than the issue requires;
- read + build: the CSV read and its rows turned into orders (``orders_from_rows``), nothing
  screened or stored;
- screen: the engine on those orders (the ``engine`` measure of run.py);
- stamps: the SHA-256 of each order (with its lines) and screening, as the import event stamps
  them for verify-audit, hashed from rows read beforehand.

The sum of a store, read + build, screen and stamps is a lower bound for any import that
screens every order in this process and keeps those rows: what is left of the target beyond it
is all the import's own code may take (the rows' values, the audit event, progress, freeing
memory). If the sum is over the target, making that code faster cannot meet it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import workload  # noqa: E402
from run import raw_import  # noqa: E402

TABLES = ("customer", "import_batch", "orders", "order_line", "screening", "audit_event",
          "record_stamp")
SEARCH = ("INSERT INTO order_search(rowid, reference, customer_name, end_user_name, "
          "intended_use, tier, status) SELECT id, reference, customer_name, end_user_name, "
          "intended_use, tier, replace(status, '_', '') FROM orders")


def _real_import(csv_path: Path, db: Path) -> None:
    from reseller_app.services.imports import ImportService
    from reseller_app.services.startup import open_app

    ctx = open_app(f"sqlite:///{db}")
    service = ImportService(ctx)
    report = service.import_csv(csv_path, service.suggest_mapping(service.read_headers(csv_path)))
    assert report.imported and not report.errors
    ctx.engine.dispose()


def _rows(db: Path, lean: bool) -> dict[str, tuple[list[str], list[list]]]:
    con = sqlite3.connect(db)
    data = {}
    for table in TABLES:
        cur = con.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cur.description]
        data[table] = (columns, [list(r) for r in cur.fetchall()])
    con.close()
    columns, events = data["audit_event"]
    data["audit_event"] = (columns, events[-1:])  # the import's; the others came with setup
    seq = columns.index("seq")
    columns, stamps = data["record_stamp"]  # the import event's, their ids given by SQLite
    event = columns.index("event_seq")
    data["record_stamp"] = (columns[1:], [r[1:] for r in stamps
                                          if r[event] == events[-1][seq]])
    if lean:
        columns, rows = data["screening"]
        result, snapshot = columns.index("result"), columns.index("order_snapshot")
        for row in rows:
            full = json.loads(row[result])
            row[result] = json.dumps([full["tier"], full["hold"], full["flags"]],
                                     separators=(",", ":"))
            row[snapshot] = ""
    return data


def _store(empty: Path, target: Path, data: dict, keys: bool = True) -> float:
    shutil.copy(empty, target)
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    # As the app's connections (the orders alone name customers and a batch not stored).
    con.execute(f"PRAGMA foreign_keys={'ON' if keys else 'OFF'}")
    trigger = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                          "AND name = 'orders_search_insert'").fetchone()[0]
    t = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute("DROP TRIGGER orders_search_insert")
    for table, (columns, rows) in data.items():
        con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})", rows)
    con.execute(SEARCH)
    con.execute(trigger)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def _read(csv_path: Path) -> float:
    import csv

    t = time.perf_counter()
    with csv_path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows
    return time.perf_counter() - t


def _read_build(csv_path: Path, db: Path) -> tuple[float, list]:
    from reseller_app.domain.order_rows import BadRow, orders_from_rows
    from reseller_app.services.imports import ImportService
    from reseller_app.services.startup import open_app

    ctx = open_app(f"sqlite:///{db}")
    service = ImportService(ctx)
    mapping = service.suggest_mapping(service.read_headers(csv_path))
    t = time.perf_counter()
    _, rows, _ = service._read(csv_path)
    headers = [h.strip() for h in rows[0]]
    index = {key: headers.index(h) for key, h in mapping.items() if h}
    numbered = ((n, r) for n, r in enumerate(rows[1:], start=2) if "".join(r).strip())
    orders = [p.order for p in orders_from_rows(numbered, index) if not isinstance(p, BadRow)]
    elapsed = time.perf_counter() - t
    ctx.engine.dispose()
    return elapsed, orders


def _hash(db: Path) -> float:
    """The SHA-256 stamps of the import's orders (with their lines) and screenings, from rows
    read beforehand: the text each is hashed as, and the hash (``store/record_hash.py``)."""
    from sqlalchemy import create_engine

    from reseller_app.store import record_hash as rh

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        orders = rh.fetch(conn, rh._select(rh.ORDER)).fetchall()
        lines = rh.fetch(conn, rh._parts_select(rh.ORDER)).fetchall()
        screenings = rh.fetch(conn, rh._select(rh.SCREENING)).fetchall()
        t = time.perf_counter()
        stamps = [*rh._hash_rows(conn, rh.ORDER, orders, lines),
                  *rh._hash_rows(conn, rh.SCREENING, screenings)]
        elapsed = time.perf_counter() - t
    engine.dispose()
    assert len(stamps) == len(orders) + len(screenings)
    return elapsed


def _screen(orders: list) -> float:
    from reseller_app.domain.packs import load_pack
    from reseller_app.domain.screening import Screener
    from reseller_app.services.packs import default_pack_bytes

    screener = Screener(load_pack(default_pack_bytes()))
    screener.screen(orders[0])
    screener._red_flag_cache.clear()
    t = time.perf_counter()
    for order in orders:
        screener.screen(order)
    return time.perf_counter() - t


def main() -> int:
    import gc

    from reseller_app.services.startup import open_app

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        csv_path = tmp / "orders.csv"
        workload.write_csv(csv_path, 10_000)
        _real_import(csv_path, tmp / "full.db")
        open_app(f"sqlite:///{tmp / 'empty.db'}").engine.dispose()
        full, lean = _rows(tmp / "full.db", lean=False), _rows(tmp / "full.db", lean=True)
        gc.disable()  # as the import runs
        runs = 7
        base = min(raw_import(csv_path, tmp / f"raw{i}.db") for i in range(runs))
        store = min(_store(tmp / "empty.db", tmp / "s.db", full) for _ in range(runs))
        store_lean = min(_store(tmp / "empty.db", tmp / "s.db", lean) for _ in range(runs))
        stamps_lean = min(_hash(tmp / "s.db") for _ in range(runs))  # the lean rows stored
        bare = {"orders": full["orders"]}
        store_bare = min(_store(tmp / "empty.db", tmp / "s.db", bare, False) for _ in range(runs))
        builds = [_read_build(csv_path, tmp / "empty.db") for _ in range(runs)]
        build = min(b for b, _ in builds)
        screen = min(_screen(builds[0][1]) for _ in range(runs))
        read = min(_read(csv_path) for _ in range(runs))
        stamps = min(_hash(tmp / "full.db") for _ in range(runs))
        gc.enable()
    n_orders = len(full["orders"][1])
    for label, value in (
            ("baseline: raw executemany of the 10000 CSV rows", base),
            (f"store: the rows a real import keeps, precomputed ({n_orders} orders)", store),
            ("store (lean): the same, screenings as tier, hold and flags only", store_lean),
            ("store (orders only): the orders rows and their search index, nothing else",
             store_bare),
            ("read: csv.reader over the file, as the baseline does", read),
            ("read + build: the CSV read and turned into orders", build),
            ("screen: the engine on those orders", screen),
            ("stamps: the SHA-256 of each order and screening, from their rows", stamps)):
        print(f"{label}: {value * 1000:.0f} ms, {value / base:.2f}x the baseline")
    target = 6
    for label, stored, hashed in (("as stored today", store, stamps),
                                  ("with lean screenings", store_lean, stamps_lean)):
        floor = stored + build + screen + hashed
        left = target * base - floor
        print(f"floor {label}: store + read + build + screen + stamps = {floor / base:.2f}x "
              f"the baseline "
              f"(target <= {target}x); left for the import's own code: {left * 1000:.0f} ms, "
              f"{left / n_orders * 1e6:.1f} us an order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
