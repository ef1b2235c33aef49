"""A database that cannot save (full disk, read-only file, another writer holding the lock):
the services raise a ``StorageError`` in words, and nothing is half-written.

Real SQLite errors on real files. Tests may run as root, where ``chmod a-w`` does not stop
writes, so the read-only file is SQLite's own read-only mode (``PRAGMA query_only``: the same
"attempt to write a readonly database" error) and the full disk is ``PRAGMA max_page_count``
(the real "database or disk is full" error).
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from reseller_app.services.audit import AuditService
from reseller_app.services.backups import BackupNotRecorded, BackupService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer, OrderFilter
from reseller_app.services.errors import ServiceError, StorageError, storage_error
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.store.locations import sqlite_file


@contextmanager
def pragmas(ctx: AppContext, *statements: str) -> Iterator[None]:
    """Every new connection of the app runs ``statements``; lifted again at the end."""

    def on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        for statement in statements:
            dbapi_conn.execute(statement)

    ctx.engine.dispose()  # the pooled connections were opened without them
    event.listen(ctx.engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(ctx.engine, "connect", on_connect)
        ctx.engine.dispose()


def db_file(ctx: AppContext) -> Path:
    path = sqlite_file(ctx.db_url)
    assert path is not None
    return path


def customer_names(ctx: AppContext) -> list[str]:
    return [c.name for c in CatalogService(ctx).customers()]


def assert_in_words(exc: StorageError, ctx: AppContext) -> None:
    text = str(exc)
    assert str(db_file(ctx)) in text
    assert "SQL" not in text and "INSERT" not in text and "OperationalError" not in text


def write_orders_csv(path: Path, n: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Order No", "Date", "Company", "Country", "Type", "Ship to", "Purpose",
                         "SKU", "Category", "Qty", "Price"])
        for i in range(n):
            writer.writerow([f"FULL-{i:05d}", "2026-11-02", f"Customer {i}", "DE", "private",
                             "DE", "Laptops for the accounting team " * 4, "LT-14",
                             "general_it", "3", "900"])
    return path


def test_a_full_disk_during_the_import_saves_nothing_and_says_so(configured: AppContext,
                                                                  tmp_path: Path) -> None:
    service = ImportService(configured)
    path = write_orders_csv(tmp_path / "orders.csv", 2000)
    mapping = service.suggest_mapping(service.read_headers(path))
    # The file may not grow: every new page is "database or disk is full".
    with pragmas(configured, "PRAGMA max_page_count=1"), \
            pytest.raises(StorageError) as exc:
        service.import_csv(path, mapping)
    assert exc.value.cause == "full"
    assert str(exc.value).startswith("The disk is full, so nothing was saved.")
    assert_in_words(exc.value, configured)
    # The driver's own error (the import's fast path) or SQLAlchemy's wrapper of it.
    cause = exc.value.__cause__
    assert "database or disk is full" in str(getattr(cause, "orig", None) or cause)
    # Rolled back as a whole: no order, no customer, the mapping not remembered, chain intact.
    assert OrderService(configured).count(OrderFilter()) == 0
    assert not [n for n in customer_names(configured) if n.startswith("Customer ")]
    assert AuditService(configured).verify().ok
    # With room again, the same import goes through.
    assert service.import_csv(path, mapping).imported == 2000


def test_a_read_only_database_refuses_a_save_in_words(configured: AppContext) -> None:
    with pragmas(configured, "PRAGMA query_only=ON"):
        assert configured.read_only()
        with pytest.raises(ServiceError) as exc:  # what every `except ServiceError` catches
            CatalogService(configured).save_customer(Customer("Acme", "DE", "private"))
        # Reading still works.
        assert customer_names(configured) == []
    assert isinstance(exc.value, StorageError) and exc.value.cause == "readonly"
    assert "is read-only, so nothing was saved" in str(exc.value)
    assert_in_words(exc.value, configured)
    assert not configured.read_only()
    assert customer_names(configured) == []
    CatalogService(configured).save_customer(Customer("Acme", "DE", "private"))
    assert customer_names(configured) == ["Acme"]


def test_a_database_locked_by_another_program_says_so(configured: AppContext) -> None:
    other = sqlite3.connect(db_file(configured), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pragmas(configured, "PRAGMA busy_timeout=200"), \
                pytest.raises(StorageError) as exc:
            CatalogService(configured).save_customer(Customer("Acme", "DE", "private"))
        # A writer is no read-only file.
        assert not configured.read_only()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert exc.value.cause == "locked"
    assert str(exc.value).startswith("Another program is writing to the database")
    assert_in_words(exc.value, configured)
    assert customer_names(configured) == []


def test_the_daily_backup_of_a_read_only_database_is_not_a_failed_backup(
        configured: AppContext) -> None:
    backups = BackupService(configured)
    with pragmas(configured, "PRAGMA query_only=ON"), \
            pytest.raises(BackupNotRecorded) as exc:
        backups.ensure_daily()
    made = exc.value.backup
    assert made.path.exists() and backups.list()[0].path == made.path  # the copy is good
    con = sqlite3.connect(made.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    text = str(exc.value)
    assert text == (f"The backup was saved as {made.path}, but it could not be noted in the "
                    "audit log: the database is read-only.")
    assert "SQL" not in text
    assert backups.ensure_daily() is None  # made today: not again at the next start


def test_constraint_and_other_errors_are_not_storage_errors(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "x.sqlite3")
    try:
        con.execute("CREATE TABLE t (x UNIQUE)")
        con.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError) as integrity:
            con.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.OperationalError) as syntax:
            con.execute("SELEKT 1")
        con.execute("PRAGMA max_page_count=1")
        with pytest.raises(sqlite3.OperationalError) as full:
            con.execute("INSERT INTO t VALUES (randomblob(100000))")
    finally:
        con.close()
    assert storage_error(integrity.value) is None
    assert storage_error(syntax.value) is None
    assert storage_error(ValueError("database or disk is full")) is None
    error = storage_error(full.value, "/data/app.sqlite3")
    assert error is not None and error.cause == "full" and "/data/app.sqlite3" in str(error)
