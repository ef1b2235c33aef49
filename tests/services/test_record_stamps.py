"""Record stamps in use: a normal session of work verifies intact (no false alarm), a database
from before the stamps is sealed once at its first open and then verifies intact, and the
stamps are taken of what the transaction commits."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services import escalation as escalation_module
from reseller_app.services import misuse as misuse_module
from reseller_app.services.answers import AnswerService
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import AnswerInput, Customer, Product
from reseller_app.services.escalation import EscalationService
from reseller_app.services.history import summarise
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.policy import PolicyService
from reseller_app.services.record_check import SEAL_PENDING
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app
from reseller_app.store import audit_log, db
from reseller_app.store.db import sqlite_path
from reseller_app.store.tables import DbOrder

from ..conftest import stepping_clock
from .conftest import Catalog, sample_profile
from .test_escalation import held_order
from .test_policy import ANSWERS, APPROVED, NEXT_YEAR


def _rows(ctx, sql: str) -> list[tuple]:
    con = sqlite3.connect(sqlite_path(ctx.db_url))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _work(ctx, catalog: Catalog, tmp_path: Path) -> None:
    """A normal session: import, save, edit, decide, escalate, answer, adopt the policy
    twice (the first version superseded)."""
    csv_file = tmp_path / "shop.csv"
    csv_file.write_text("Order No,Company,Country,SKU,Category,Qty\n"
                        "W-1,Acme,DE,LT-1,general_it,2\nW-2,Acme,DE,LT-1,general_it,3\n",
                        encoding="utf-8")
    imports = ImportService(ctx)
    imports.import_csv(csv_file, imports.suggest_mapping(imports.read_headers(csv_file)))
    orders = OrderService(ctx)
    laptop = orders.save(catalog.laptop_order("SO-1"))
    draft = catalog.laptop_order("SO-1")
    draft.id = laptop.id
    draft.intended_use = "Office work, now with more laptops"
    orders.save(draft)
    DecisionService(ctx).record(laptop.id, "proceed", "Ordinary office use.", decided_by="Tom")
    order_id = held_order(ctx, catalog)
    packet = EscalationService(ctx).build(
        order_id, recommendation="approve_with_conditions",
        recommendation_text="Plausible use; we propose limits.", conditions="No faces.")
    AnswerService(ctx).record(packet.id, AnswerInput(
        "rejected", [], "TD-1", ctx.clock().date() - dt.timedelta(days=1), "Dana Ruiz"))
    policy = PolicyService(ctx)
    for _ in range(2):
        version = policy.start_draft()
        policy.save_draft(version.id, {**version.values, **ANSWERS})
        policy.adopt(version.id, APPROVED, NEXT_YEAR)


def test_a_normal_session_of_work_verifies_intact(configured, catalog, tmp_path):
    _work(configured, catalog, tmp_path)
    result = AuditService(configured).verify()
    assert result.ok, result.reason_en
    kinds = {k for (k,) in _rows(configured, "SELECT DISTINCT kind FROM record_stamp")}
    assert kinds >= {"order", "screening", "decision", "answer", "packet", "pack", "policy",
                     "import_batch"}
    # Every record has its stamp, every stamp its event's digest.
    assert _rows(configured, "SELECT count(*) FROM orders WHERE CAST(id AS TEXT) NOT IN "
                             "(SELECT record_id FROM record_stamp WHERE kind = 'order')") == [(0,)]


def test_each_event_carries_the_digest_of_its_stamps(configured, catalog):
    view = OrderService(configured).save(catalog.laptop_order("SO-9"))
    [(details,)] = _rows(configured, f"SELECT details FROM audit_event WHERE entity = 'order' "
                                     f"AND entity_id = '{view.id}'")
    records = json.loads(details)["records"]
    stamps = _rows(configured, "SELECT kind, record_id FROM record_stamp WHERE event_seq = "
                               "(SELECT max(seq) FROM audit_event)")
    assert records["count"] == len(stamps) == 2  # the order (with its lines), its screening
    assert {k for k, _ in stamps} == {"order", "screening"}


def test_a_record_changed_after_its_event_is_caught_in_the_tests(configured, catalog):
    """The services append their event last; one that changed a record afterwards would
    leave a stamp of something else than what it committed."""
    view = OrderService(configured).save(catalog.laptop_order("SO-3"))
    with pytest.raises(RuntimeError, match="order"), configured.write_session() as s:
        row = s.get(DbOrder, view.id)
        row.intended_use = "changed first"
        audit_log.append(s, actor="tester", action=AuditAction.ORDER_UPDATED,
                         entity="order", entity_id=view.id, details={}, at=configured.clock())
        row.intended_use = "and changed again after the event"
        s.commit()


def test_the_history_says_what_the_seal_did():
    assert summarise(AuditAction.RECORDS_SEALED, {"sealed": 41}) == (
        "41 records stored before their hashes were kept were sealed with their SHA-256.")


def _open(path: Path):
    return open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")


def test_a_database_from_before_the_stamps_is_sealed_once_and_verifies(tmp_path, monkeypatch):
    """Written by a release without stamps (events without digests, no stamp table), then
    upgraded: the first open seals every record with one event; later opens add nothing."""
    path = tmp_path / "old.sqlite3"
    with monkeypatch.context() as m:  # the release before 0012 stamped nothing
        m.setattr(audit_log, "_stamps", lambda *_: [])
        # ...and signed no chain head (0013): its packets carried none.
        for module in (escalation_module, misuse_module):
            m.setattr(module, "head_signer", lambda _ctx: None)
        m.delenv("CD_STRICT_STAMPS")
        ctx = _open(path)
        SetupService(ctx).save_profile(sample_profile())
        cat = CatalogService(ctx)
        catalog = Catalog(
            police=cat.save_customer(Customer("Policía Regional", "VE", "government",
                                              government_function="law_enforcement")),
            office=cat.save_customer(Customer("Müller Steuerberatung", "DE", "private",
                                              sector="finance")),
            school=None,
            camera=cat.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                            "video_surveillance")),
            laptop=cat.save_product(Product("LT-14", "Business laptop", "Lenovo",
                                            "general_it")))
        _work(ctx, catalog, tmp_path)
    with db.write_engine(ctx.engine).begin() as conn:
        command.downgrade(db.alembic_config(conn), "0011")
    ctx.engine.dispose()

    upgraded = _open(path)
    try:
        assert db.current_revision(upgraded.engine) == db.HEAD_REVISION
        sealed = _rows(upgraded, "SELECT seq, details FROM audit_event "
                                 f"WHERE action = '{AuditAction.RECORDS_SEALED}'")
        assert len(sealed) == 1
        details = json.loads(sealed[0][1])
        assert details["sealed"] >= 10 and details["kinds"]["order"] == 4
        assert _rows(upgraded, f"SELECT count(*) FROM setting WHERE key = '{SEAL_PENDING}'") \
            == [(0,)]
        result = AuditService(upgraded).verify()
        assert result.ok, result.reason_en
        # From now on a changed record is named like any other.
        con = sqlite3.connect(path)
        con.execute("UPDATE decision SET outcome = 'decline'")
        con.commit()
        con.close()
        result = AuditService(upgraded).verify()
        assert not result.ok and "differs from what was recorded on" in result.reason_en
    finally:
        upgraded.engine.dispose()
    again = _open(path)
    try:
        assert len(_rows(again, "SELECT seq FROM audit_event "
                                f"WHERE action = '{AuditAction.RECORDS_SEALED}'")) == 1
    finally:
        again.engine.dispose()


def test_a_new_database_needs_no_seal(ctx):
    assert _rows(ctx, "SELECT action FROM audit_event") == [("pack.imported",)]
    assert _rows(ctx, f"SELECT count(*) FROM setting WHERE key = '{SEAL_PENDING}'") == [(0,)]


def test_records_not_sealed_yet_do_not_verify(configured):
    """An older database only ever opened read-only was never sealed: verify-audit says so
    instead of calling every record unrecorded (and a note slipped in by hand fails too)."""
    con = sqlite3.connect(sqlite_path(configured.db_url))
    con.execute("INSERT INTO setting (key, value) VALUES (?, 'true')", (SEAL_PENDING,))
    con.commit()
    con.close()
    result = AuditService(configured).verify()
    assert not result.ok and "never sealed" in result.reason_en
