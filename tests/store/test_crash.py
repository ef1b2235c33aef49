"""A kill -9 in the middle of an import leaves a consistent database: all of it or none.

The import is one write transaction (WAL mode). These tests kill a real process while it is
inside that transaction, then open the file again as the app would.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from reseller_app.services.audit import AuditService
from reseller_app.services.dto import OrderFilter
from reseller_app.services.orders import OrderService
from reseller_app.services.startup import open_app

N_ORDERS = 2500
HEADER = ["Order No", "Date", "Company", "Country", "Type", "Purpose", "SKU", "Category", "Qty",
          "Price", "Channel"]


def big_csv(path: Path, n: int = N_ORDERS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(n):
            cat = "video_surveillance" if i % 3 == 0 else "general_it"
            w.writerow([f"K-{i:05d}", "2026-11-02", f"Customer {i % 400}", "DE", "private",
                        "Cameras for the warehouse" if i % 3 == 0 else "Office equipment",
                        f"SKU-{i % 50}", cat, str(1 + i % 7), "99.90", "assisted"])
    return path


def prepare(tmp_path: Path) -> tuple[str, int]:
    """A database with some committed history before the import starts."""
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    ctx = open_app(url, actor="tester")
    try:
        small = tmp_path / "small.csv"
        big_csv(small, 3)
        from reseller_app.services.imports import ImportService

        service = ImportService(ctx)
        report = service.import_csv(small, service.suggest_mapping(service.read_headers(small)))
        assert report.imported == 3
        events = AuditService(ctx).verify().checked
    finally:
        ctx.engine.dispose()
    return url, events


def check_after_crash(url: str, events_before: int) -> int:
    """Open as the app does; returns how many of the big import's orders are there."""
    path = url.removeprefix("sqlite:///")
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("INSERT INTO order_search(order_search) VALUES ('integrity-check')")
    finally:
        con.close()
    ctx = open_app(url, actor="tester")
    try:
        orders = OrderService(ctx)
        imported = orders.count(OrderFilter(text="K")) - 3
        total = orders.count(OrderFilter())
        assert total - 3 == imported
        verdict = AuditService(ctx).verify()
        assert verdict.ok, verdict
        expected_events = events_before + (1 if imported else 0)
        assert verdict.checked == expected_events
        with ctx.engine.connect() as conn:
            lines = conn.exec_driver_sql("SELECT count(*) FROM order_line").scalar()
            screenings = conn.exec_driver_sql("SELECT count(*) FROM screening").scalar()
            batches = conn.exec_driver_sql("SELECT count(*) FROM import_batch").scalar()
        assert lines == screenings == total  # one line and one screening per order
        assert batches == (2 if imported else 1)
        assert orders.get_by_reference("K-00001") is not None  # the earlier import survives
    finally:
        ctx.engine.dispose()
    assert imported in (0, N_ORDERS)
    return imported


CHILD = textwrap.dedent("""
    import sys, time
    from reseller_app.services.startup import open_app
    from reseller_app.services.imports import ImportService

    ctx = open_app(sys.argv[1], actor="tester")
    service = ImportService(ctx)
    path = sys.argv[2]
    mapping = service.suggest_mapping(service.read_headers(path))

    def progress(done, total):
        # Past the screening half: chunks of orders are being written in the transaction.
        if total // 2 < done < total:
            print("storing", flush=True)
            time.sleep(600)

    service.import_csv(path, mapping, progress=progress)
    print("finished", flush=True)
""")


def test_kill_during_the_import_transaction_leaves_none_of_it(tmp_path):
    url, events = prepare(tmp_path)
    csv_file = big_csv(tmp_path / "big.csv")
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(csv_file)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        assert line == "storing", child.stderr.read()
        # The writer holds the write lock with part of the import written: kill it there.
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert check_after_crash(url, events) == 0


def test_kill_of_the_cli_import_at_any_moment_leaves_all_or_nothing(tmp_path):
    """The real command, killed once its transaction has started spilling into the WAL (or
    when it has finished, if it was faster): either outcome is consistent."""
    url, events = prepare(tmp_path)
    db = Path(url.removeprefix("sqlite:///"))
    wal = db.with_name(db.name + "-wal")
    csv_file = big_csv(tmp_path / "big.csv")
    env = {k: v for k, v in os.environ.items() if k != "CHANNEL_DILIGENCE_DB"}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    child = subprocess.Popen(
        [sys.executable, "-m", "reseller_app", "--db", str(db), "import-orders", str(csv_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        while child.poll() is None:
            if wal.exists() and wal.stat().st_size > 512 * 1024:
                os.kill(child.pid, signal.SIGKILL)
                break
            time.sleep(0.005)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    imported = check_after_crash(url, events)
    if child.returncode == 0:
        assert imported == N_ORDERS
