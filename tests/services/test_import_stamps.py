"""An import stamps its orders and screenings from the values it wrote (nothing read back):
the stamps are exactly the hashes verify-audit recomputes from the tables."""

from __future__ import annotations

import sqlite3

from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.dto import Product
from reseller_app.services.imports import ImportService
from reseller_app.store import record_hash

from .test_imports import write

HEADER = ["Order No", "Date", "Company", "Country", "Type", "Ship to", "Purpose", "SKU",
          "Category", "Qty", "Price", "Channel"]
ROWS = [  # blanks (NULLs), names to escape, dates, a price with decimals, a catalog SKU
    ["W-1", "2026-11-02", "O'Brien & \"Söhne\"", "DE", "private", "DE", "Office\\laptops",
     "LT-1", "general_it", "3", "900.50", "assisted"],
    ["W-1", "2026-11-02", "O'Brien & \"Söhne\"", "DE", "private", "DE", "Office\\laptops",
     "", "", "1", "", "assisted"],
    ["W-2", "02.01.1999", "Policía ☃", "VE", "", "", "", "CAM-4K", "", "40", "0", "webshop"],
    ["W-3", "2026-11-04", "Webshop buyer", "", "", "FR", "Cameras", "X", "video_surveillance",
     "1", "1e3", ""],
]


def test_import_stamps_are_the_hashes_read_back(configured, tmp_path, monkeypatch):
    CatalogService(configured).save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                                    "video_surveillance"))
    given: list[object] = []
    real = record_hash.hash_import_batch

    def spy(conn, batch_id, inserted=None):
        given.append(inserted)
        return real(conn, batch_id, inserted)

    monkeypatch.setattr(record_hash, "hash_import_batch", spy)
    service = ImportService(configured)
    path = write(tmp_path / "shop.csv", ROWS, HEADER)
    report = service.import_csv(path, service.suggest_mapping(service.read_headers(path)))
    assert report.imported == 3 and not report.errors
    assert len(given) == 1 and given[0] is not None  # hashed from the values, not read back
    with configured.session() as s:
        conn = s.connection()
        stamped = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT kind, record_id, sha256 FROM record_stamp WHERE event_seq = "
            "(SELECT max(event_seq) FROM record_stamp) ORDER BY id")]
        assert stamped == real(conn, 1)  # read back: the same stamps, in the same order
    assert [k for k, _, _ in stamped] == ["import_batch"] + ["order"] * 3 + ["screening"] * 3
    assert AuditService(configured).verify().ok


def test_a_large_import_is_copied_into_the_database_file_later(configured, tmp_path):
    """The import's commit leaves its megabytes in the write-ahead log (the user does not wait
    for the copy); the orders are there for every reader and after a crash, and the next write
    copies them into the database file."""
    from reseller_app.store.db import sqlite_path

    rows = [[f"W-{i}", "2026-11-02", f"Customer {i % 300}", "DE", "private", "DE",
             f"Office laptops {i}", f"SKU-{i % 50}", "general_it", "2", "900", "assisted"]
            for i in range(3000)]
    service = ImportService(configured)
    path = write(tmp_path / "large.csv", rows, HEADER)
    assert service.import_csv(
        path, service.suggest_mapping(service.read_headers(path))).imported == 3000
    db_file = sqlite_path(str(configured.engine.url))
    assert db_file is not None
    wal = db_file.with_name(db_file.name + "-wal")
    assert wal.stat().st_size > 4 * 1024 * 1024 > db_file.stat().st_size  # not copied yet
    # As a crash leaves them: the database file and its log, opened elsewhere.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for f in (db_file, wal):
        (crashed / f.name).write_bytes(f.read_bytes())
    con = sqlite3.connect(crashed / db_file.name)
    assert con.execute("SELECT count(*) FROM orders").fetchone() == (3000,)
    con.close()
    CatalogService(configured).save_product(Product("X-1", "Mouse", "Logi", "general_it"))
    assert db_file.stat().st_size > 4 * 1024 * 1024  # the next write copied it
    assert AuditService(configured).verify().ok
