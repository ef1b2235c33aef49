"""The audit check also finds records whose events were deleted: a whole log emptied (its
chain is trivially intact), or the last events cut off while their orders stay."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from reseller_app.services.audit import AuditService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import ChecklistAnswer
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.store.db import sqlite_path

from .conftest import Catalog
from .test_audit import events, tamper


@pytest.fixture
def busy(configured, catalog: Catalog, tmp_path: Path):
    """Orders entered by hand (one declined) and one imported from a CSV file."""
    orders = OrderService(configured)
    view = orders.save(catalog.camera_order("SO-1"))
    orders.save(catalog.laptop_order("SO-2"))
    orders.save_checklist(view.id, [ChecklistAnswer(view.screening.checklist[0], "no")])
    DecisionService(configured).record(view.id, "decline", "No.", decided_by="Tom")
    csv_file = tmp_path / "shop.csv"
    csv_file.write_text("Order No,Company,Country,SKU,Category,Qty\n"
                        "W-1,Acme,DE,LT-1,general_it,2\n", encoding="utf-8")
    service = ImportService(configured)
    service.import_csv(csv_file, service.suggest_mapping(service.read_headers(csv_file)))
    return configured


def last_seq(ctx) -> int:
    return events(ctx)[-1][0]


def test_an_intact_log_with_imported_orders_checks_out(busy):
    result = AuditService(busy).verify()
    assert result.ok, result.reason
    assert result.checked == len(events(busy))


def test_an_emptied_log_next_to_orders_is_tampering(busy):
    tamper(busy, "DELETE FROM audit_event")
    result = AuditService(busy).verify()
    assert not result.ok
    assert result.checked == 0
    assert result.reason_en == ("order SO-1 has no audit event (nor do 2 more like it): "
                                "events were deleted")
    assert "SO-1" in result.reason and "events were deleted" in result.reason


def test_the_last_event_cut_off_while_its_order_stays_is_found(busy, catalog):
    OrderService(busy).save(catalog.laptop_order("SO-LAST"))
    tamper(busy, f"DELETE FROM audit_event WHERE seq = {last_seq(busy)}")
    result = AuditService(busy).verify()
    assert not result.ok
    assert result.first_bad_seq is None
    assert result.reason_en == "order SO-LAST has no audit event: events were deleted"


def test_a_decision_without_its_event_is_found(busy, catalog):
    orders = OrderService(busy)
    view = orders.save(catalog.camera_order("SO-DEC"))
    DecisionService(busy).record(view.id, "decline", "Not for us.", decided_by="Tom")
    tamper(busy, f"DELETE FROM audit_event WHERE seq = {last_seq(busy)}")
    result = AuditService(busy).verify()
    assert not result.ok
    assert result.reason_en == ("a decision on order SO-DEC has no audit event: events were "
                                "deleted")


def test_an_imported_order_needs_its_import_event(busy):
    seq = next(e[0] for e in events(busy) if e[1] == "orders.imported")
    assert seq == last_seq(busy)
    tamper(busy, f"DELETE FROM audit_event WHERE seq = {seq}")
    result = AuditService(busy).verify()
    assert not result.ok and "order W-1 has no audit event" in result.reason_en


def test_a_pack_without_its_event_is_found(configured):
    tamper(configured, "DELETE FROM audit_event")  # only the default pack's and the profile's
    result = AuditService(configured).verify()
    assert not result.ok and result.reason_en.startswith("criteria pack channel-diligence")


def test_the_check_stays_quick_with_many_orders(busy):
    """The records are checked with one query per kind: 100,000 orders take well under the
    few seconds the chain itself takes."""
    con = sqlite3.connect(sqlite_path(busy.db_url))
    try:
        row = con.execute("SELECT * FROM orders WHERE reference = 'SO-2'").fetchone()
        names = [d[0] for d in con.execute("SELECT * FROM orders LIMIT 0").description]
        values = dict(zip(names, row, strict=True))
        values.pop("id")
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        rows = []
        for i in range(100_000):
            values["reference"] = f"BULK-{i:06d}"
            rows.append(tuple(values.values()))
        con.executemany(f"INSERT INTO orders ({columns}) VALUES ({marks})", rows)
        con.commit()
    finally:
        con.close()
    start = time.perf_counter()
    result = AuditService(busy).verify()
    elapsed = time.perf_counter() - start
    assert not result.ok
    assert result.reason_en == ("order BULK-000000 has no audit event (nor do 99999 more like "
                                "it): events were deleted")
    assert elapsed < 5, elapsed
