"""The audit log: every write appends a hash-chained event; tampering is found and named."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from reseller_app.domain.audit import GENESIS
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import ChecklistAnswer, Customer, Product
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService
from reseller_app.services.setup import SetupService
from reseller_app.store.db import sqlite_path

from .conftest import APPROVER, Catalog, sample_profile


def events(ctx) -> list[tuple]:
    con = sqlite3.connect(sqlite_path(ctx.db_url))
    try:
        return con.execute("SELECT seq, action, entity, entity_id, prev_hash, hash, actor "
                           "FROM audit_event ORDER BY seq").fetchall()
    finally:
        con.close()


def tamper(ctx, *statements: str) -> None:
    """What a tamperer with the file would do: drop the append-only triggers, then edit."""
    con = sqlite3.connect(sqlite_path(ctx.db_url))
    try:
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for sql in statements:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


@pytest.fixture
def busy(configured, catalog: Catalog, tmp_path: Path):
    """A database after one of each kind of write."""
    orders = OrderService(configured)
    view = orders.save(catalog.camera_order())
    qid = view.screening.checklist[0]  # the id of a question relevant to the flags
    orders.save_checklist(view.id, [ChecklistAnswer(qid, "no")])
    DecisionService(configured).record(view.id, "decline", "No.", decided_by="Tom")
    csv_file = tmp_path / "shop.csv"
    csv_file.write_text("Order No,Company,Country,SKU,Category,Qty\n"
                        "W-1,Acme,DE,LT-1,general_it,2\n", encoding="utf-8")
    service = ImportService(configured)
    service.import_csv(csv_file, service.suggest_mapping(service.read_headers(csv_file)))
    return configured


def test_every_service_write_appends_one_chained_event(ctx, tmp_path):
    # The context's start imported the default pack: the first event.
    seen = [e[1] for e in events(ctx)]
    assert seen == ["pack.imported"]

    def added(write) -> list[str]:
        before = len(events(ctx))
        write()
        return [e[1] for e in events(ctx)[before:]]

    setup = SetupService(ctx)
    # The first save also makes the company's signing key, with its own event.
    assert added(lambda: setup.save_profile(sample_profile())) == ["company.created",
                                                                   "key.created"]
    assert added(lambda: setup.save_profile(sample_profile())) == ["company.updated"]
    cat = CatalogService(ctx)
    police = cat.save_customer(Customer("Policía", "VE", "government",
                                        government_function="law_enforcement"))
    assert added(lambda: cat.save_customer(Customer("Acme", "DE", "private"))) == [
        "customer.created"]
    assert added(lambda: cat.save_customer(police)) == ["customer.updated"]
    assert added(lambda: cat.save_product(Product("CAM", "Camera", "", "video_surveillance"))
                 ) == ["product.created"]
    catalog = Catalog(police, police, police, cat.product_by_sku("CAM"),
                      cat.product_by_sku("CAM"))
    orders = OrderService(ctx)
    holder = {}
    assert added(lambda: holder.setdefault("v", orders.save(catalog.camera_order()))) == [
        "order.created"]
    view = holder["v"]
    assert added(lambda: orders.save(view.draft)) == ["order.updated"]
    qid = view.screening.checklist[0]  # the id of a question relevant to the flags
    assert added(lambda: orders.save_checklist(view.id, [ChecklistAnswer(qid, "yes")])) == [
        "checklist.answered"]
    assert added(lambda: DecisionService(ctx).record(
        view.id, "proceed", "Fine.", decided_by="Tom", approved_by=APPROVER)) == [
        "decision.recorded"]
    packs = PackService(ctx)
    from reseller_app.services.packs import default_pack_bytes
    assert added(lambda: packs.import_pack(default_pack_bytes())) == ["pack.activated"]
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("Order No,Company,Country,SKU,Category,Qty\n"
                        "W-1,Acme,DE,LT-1,general_it,2\nW-2,Beta,DE,LT-1,general_it,1\n",
                        encoding="utf-8")
    imports = ImportService(ctx)
    mapping = imports.suggest_mapping(imports.read_headers(csv_file))
    assert added(lambda: imports.import_csv(csv_file, mapping)) == ["orders.imported"]

    chain = events(ctx)
    assert [e[0] for e in chain] == list(range(1, len(chain) + 1))
    assert chain[0][4] == GENESIS
    for before, after in itertools.pairwise(chain):
        assert after[4] == before[5]  # each event names the hash of the one before it
    assert len({e[5] for e in chain}) == len(chain)
    assert all(e[6] == "tester" for e in chain)
    result = AuditService(ctx).verify()
    assert result.ok and result.checked == len(chain) and result.first_bad_seq is None


def test_a_refused_write_appends_nothing(configured):
    before = events(configured)
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        CatalogService(configured).save_customer(Customer("X", "ZZ", "private"))
    assert events(configured) == before


def test_triggers_refuse_update_and_delete(busy):
    path = sqlite_path(busy.db_url)
    con = sqlite3.connect(path)
    try:
        for sql in ("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2",
                    "DELETE FROM audit_event WHERE seq = 3",
                    "DELETE FROM audit_event"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(sql)
        con.rollback()
    finally:
        con.close()
    assert AuditService(busy).verify().ok


@pytest.mark.parametrize("statement", [
    "UPDATE audit_event SET actor = 'mallory' WHERE seq = {n}",
    "UPDATE audit_event SET details = replace(details, '\"decline\"', '\"proceed\"') "
    "WHERE seq = {n}",
    "UPDATE audit_event SET at = '2020-01-01T00:00:00.000000+00:00' WHERE seq = {n}",
    "UPDATE audit_event SET hash = '" + "a" * 64 + "' WHERE seq = {n}",
    "UPDATE audit_event SET prev_hash = '" + "b" * 64 + "' WHERE seq = {n}",
    "UPDATE audit_event SET details = 'not json at all' WHERE seq = {n}",
    "UPDATE audit_event SET details = '[1, 2]' WHERE seq = {n}",
])
def test_tampering_names_the_first_tampered_event(busy, statement):
    chain = events(busy)
    decision = next(e[0] for e in chain if e[1] == "decision.recorded")
    assert decision < len(chain)  # an event in the middle
    later = chain[-1][0]
    tamper(busy, statement.format(n=later), statement.format(n=decision))
    result = AuditService(busy).verify()
    assert not result.ok
    assert result.first_bad_seq == decision
    assert result.checked == decision - 1
    assert result.reason


def test_deleting_an_event_in_the_middle_is_detected(busy):
    n = len(events(busy))
    assert n >= 5
    tamper(busy, "DELETE FROM audit_event WHERE seq = 3")
    result = AuditService(busy).verify()
    assert not result.ok and result.first_bad_seq == 3 and "missing" in result.reason


def test_deleting_and_renumbering_is_detected(busy):
    """Closing the gap by renumbering the later events still breaks the links."""
    n = len(events(busy))
    statements = ["DELETE FROM audit_event WHERE seq = 3"]
    statements += [f"UPDATE audit_event SET seq = {k - 1} WHERE seq = {k}"
                   for k in range(4, n + 1)]
    tamper(busy, *statements)
    result = AuditService(busy).verify()
    assert not result.ok and result.first_bad_seq == 3


def test_writes_after_tampering_do_not_hide_it(busy, catalog):
    tamper(busy, "UPDATE audit_event SET actor = 'mallory' WHERE seq = 2")
    OrderService(busy).save(catalog.laptop_order("SO-LATER"))
    result = AuditService(busy).verify()
    assert not result.ok and result.first_bad_seq == 2
