"""The real services on a real PostgreSQL server (see conftest.py; skipped without one).

Everything the SQLite tests check that depends on the database is checked here again: the
migration (tables, indexes, the append-only trigger), the timestamps (the server runs in a
time zone other than UTC), booleans, ids from sequences and RETURNING, the ILIKE search with
accents folded, the CSV import through ``_CoreWriter``, the demo data and the audit chain, and
the command line with ``--db postgresql://...``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from reseller_app.cli import EXIT_FAILED, EXIT_OK
from reseller_app.domain.vocabulary import HeadOccasion
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.chain_head import ChainHeadService
from reseller_app.services.context import ENV_DB
from reseller_app.services.decisions import DecisionService
from reseller_app.services.demo import CUSTOMERS, ORDERS, PRODUCTS, load_demo_data
from reseller_app.services.dto import (
    ChecklistAnswer,
    CompanySalesModel,
    Customer,
    DecisionOutcome,
    OrderFilter,
    OrderStatus,
    Product,
)
from reseller_app.services.errors import ValidationError
from reseller_app.services.imports import MAPPING_SETTING, ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app
from reseller_app.store import bulk, db
from reseller_app.store.tables import metadata
from tests.services.conftest import refs
from tests.services.test_imports import ROWS
from tests.services.test_imports import write as write_csv

from ..conftest import START, stepping_clock
from ..services.conftest import APPROVER, Catalog, sample_profile
from .conftest import PgCluster, create_database

REPO = Path(__file__).resolve().parents[2]


def open_pg(url: str, actor: str = "tester"):
    return open_app(url, clock=stepping_clock(), actor=actor)


def scalar(ctx, sql: str, **params):
    with ctx.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def audit_count(ctx) -> int:
    return int(scalar(ctx, "SELECT count(*) FROM audit_event"))


# -- URLs -----------------------------------------------------------------------------------------
def test_postgres_urls_select_the_psycopg_driver():
    assert db.normalise_url("postgresql://u@h:5433/d") == "postgresql+psycopg://u@h:5433/d"
    assert db.normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.normalise_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.sqlite_path(db.normalise_url("postgres://u@h/d")) is None
    shown = db.display_url(db.normalise_url("postgresql://u:secret@h/d"))
    assert "secret" not in shown and "@h/d" in shown


# -- schema ---------------------------------------------------------------------------------------
def test_open_app_migrates_an_empty_database(ctx):
    assert ctx.backup_path is None  # a server database is the administrator's to back up
    assert ctx.engine.dialect.name == "postgresql"
    assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    tables = set(inspect(ctx.engine).get_table_names())
    assert set(metadata.tables) | {"alembic_version"} == tables
    indexes = {ix["name"] for name in metadata.tables
               for ix in inspect(ctx.engine).get_indexes(name)}
    expected = {ix.name for t in metadata.tables.values() for ix in t.indexes}
    assert expected and expected <= indexes
    assert scalar(ctx, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass "
                       "AND NOT tgisinternal") == 2
    # First run: the default pack is imported and active, and that is the first event.
    assert [p.active for p in PackService(ctx).list_packs()] == [True]
    assert AuditService(ctx).verify().checked == 1


def test_the_audit_log_refuses_update_delete_and_truncate(configured):
    before = audit_count(configured)
    for sql in ("UPDATE audit_event SET actor = 'mallory'",
                "DELETE FROM audit_event WHERE seq = 1",
                "TRUNCATE audit_event"):
        with pytest.raises(DBAPIError, match="append-only"), configured.engine.begin() as conn:
            conn.execute(text(sql))
    assert audit_count(configured) == before
    assert scalar(configured, "SELECT count(*) FROM audit_event WHERE actor = 'mallory'") == 0
    assert AuditService(configured).verify().ok


def test_signed_heads_are_kept_append_only_and_checked(configured, catalog):
    """The chain's signed heads on PostgreSQL: kept, refused an UPDATE or DELETE like the
    audit log, and checked by verify-audit (the outer join of heads and events)."""
    OrderService(configured).save(catalog.camera_order())
    head = ChainHeadService(configured).sign_if_grown(HeadOccasion.CLOSING)
    assert head is not None and head.seq == audit_count(configured)
    for sql in ("UPDATE chain_head SET seq = 1", "DELETE FROM chain_head"):
        with pytest.raises(DBAPIError, match="append-only"), configured.engine.begin() as conn:
            conn.execute(text(sql))
    result = AuditService(configured).verify()
    assert result.ok and f"(event {head.seq}) holds" in result.head
    with configured.engine.begin() as conn:  # the tamperer, owner of the tables
        conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change"))
        conn.execute(text(f"DELETE FROM audit_event WHERE seq = {head.seq}"))
        conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change"))
    assert AuditService(configured).verify().reason_en.startswith(
        f"events after {head.seq - 1} were deleted")


def _include(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name == "alembic_version")


def test_the_migration_matches_the_tables_module(ctx):
    """Autogenerate finds nothing to do on PostgreSQL either (types, nullability, indexes)."""
    with ctx.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={
            "compare_type": True, "include_object": _include, "compare_server_default": True})
        assert compare_metadata(mc, metadata) == []


def test_opening_again_changes_nothing(pg_url):
    first = open_pg(pg_url)
    first.engine.dispose()
    second = open_pg(pg_url)
    try:
        assert db.upgrade(second.engine) is None
        assert len(PackService(second).list_packs()) == 1  # not imported twice
        assert AuditService(second).verify().checked == 1
    finally:
        second.engine.dispose()


def test_downgrade_and_upgrade_again(ctx):
    with db.write_engine(ctx.engine).begin() as conn:
        command.downgrade(db.alembic_config(conn), "base")
    assert set(inspect(ctx.engine).get_table_names()) <= {"alembic_version"}
    assert db.current_revision(ctx.engine) is None
    assert scalar(ctx, "SELECT count(*) FROM pg_proc WHERE proname = 'audit_event_append_only'"
                  ) == 0
    assert db.upgrade(ctx.engine) is None
    assert db.current_revision(ctx.engine) == db.HEAD_REVISION
    PackService(ctx).ensure_default()
    assert AuditService(ctx).verify().checked == 1


def test_a_database_that_cannot_be_upgraded_is_left_as_it_was(pg_cluster: PgCluster):
    """Tables but no revision stamp: the upgrade fails in words and, DDL being transactional
    on PostgreSQL, nothing of it is left behind."""
    url = pg_cluster.url(create_database(pg_cluster))
    engine = db.open_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE company (id serial PRIMARY KEY, name text)"))
            conn.execute(text("INSERT INTO company (name) VALUES ('hand made')"))
        with pytest.raises(db.DatabaseError, match="could not be upgraded"):
            open_pg(url)
        assert set(inspect(engine).get_table_names()) == {"company"}
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM company")).scalars().all() == [
                "hand made"]
    finally:
        engine.dispose()


def test_an_unreachable_server_is_a_database_error(pg_cluster: PgCluster):
    url = f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/no_such_database"
    with pytest.raises(db.DatabaseError, match="no_such_database"):
        open_pg(url)


# -- setup and catalog ----------------------------------------------------------------------------
def test_company_profile_round_trip(configured):
    setup = SetupService(configured)
    assert setup.is_configured()
    profile = setup.profile()
    assert profile == dataclasses.replace(
        sample_profile(), distributors=[dataclasses.replace(
            sample_profile().distributors[0], id=profile.distributors[0].id)])
    changed = dataclasses.replace(sample_profile(), approver_name="Jonas Berg",
                                  sales_model=CompanySalesModel.SELF_SERVICE)
    setup.save_profile(changed)
    again = setup.profile()
    assert again.approver_name == "Jonas Berg"
    assert again.sales_model == CompanySalesModel.SELF_SERVICE
    assert len(again.distributors) == 1  # replaced, not added
    assert bulk.default_sales_model(configured) == "self_service"
    history = scalar(configured, "SELECT details FROM audit_event WHERE action = "
                                 "'company.updated'")
    assert '"previous_approver":"Anna Weber"' in history
    assert AuditService(configured).verify().ok


def test_catalog_on_postgres(configured, catalog: Catalog):
    cat = CatalogService(configured)
    # Sorted by name in the database's collation (which depends on the server's locale).
    assert sorted(c.name for c in cat.customers()) == sorted(
        ["École Jules Ferry", "Müller Steuerberatung", "Policía Regional"])
    assert [c.name for c in cat.customers("MÜLLER")] == ["Müller Steuerberatung"]
    assert [c.name for c in cat.customers("école")] == ["École Jules Ferry"]
    assert [c.name for c in cat.customers("reg", limit=1)] == ["Policía Regional"]
    assert cat.customers("%") == [] and cat.customers("_") == []  # no LIKE wildcards
    assert cat.customer(catalog.police.id) == catalog.police
    edited = cat.save_customer(dataclasses.replace(catalog.office, notes=" Tax advisers "))
    assert edited.id == catalog.office.id and cat.customer(edited.id).notes == "Tax advisers"

    assert [p.sku for p in cat.products()] == ["CAM-4K", "LT-14"]
    assert [p.sku for p in cat.products("dome")] == ["CAM-4K"]
    assert cat.product_by_sku(" LT-14 ") == catalog.laptop
    with pytest.raises(ValidationError) as exc:
        cat.save_product(Product("CAM-4K", "Another camera", "X", "video_surveillance"))
    assert exc.value.field == "sku"
    added = cat.save_product(Product("SW_8%", "Switch", "Cisco", "general_it"))
    assert [p.sku for p in cat.products("w_8%")] == ["SW_8%"]
    assert added.id is not None and added.id > catalog.laptop.id
    assert AuditService(configured).verify().ok


# -- orders (fixtures and data shared with tests/services) ------------------------------------
def test_save_and_read_an_order(configured, orders, catalog: Catalog):
    before = configured.clock()  # the stepping clock: the save reads the next second
    view = orders.save(catalog.camera_order())
    assert view.status == OrderStatus.HELD and view.screening.tier == "high"
    assert view.screening.hold and not view.screening.blocked
    # TIMESTAMP WITH TIME ZONE comes back aware and in UTC (the server runs in another zone).
    assert view.screened_at.utcoffset() == dt.timedelta(0)
    assert view.screened_at == before + dt.timedelta(seconds=1)
    assert view.customer == catalog.police
    assert view.draft.lines[0].unit_price == 310 and view.draft.lines[0].quantity == 40
    assert orders.get_by_reference(" SO-2001 ").id == view.id
    assert orders.get_by_reference("nope") is None
    stored = scalar(configured, "SELECT hold FROM orders WHERE id = :i", i=view.id)
    assert stored is True  # a real boolean column

    low = orders.save(catalog.laptop_order())
    assert low.status == OrderStatus.CLEARED and low.screening.tier == "low"
    assert low.id > view.id

    with pytest.raises(ValidationError) as exc:
        orders.save(catalog.laptop_order("SO-2001"))
    assert exc.value.field == "reference"

    # Editing screens again and keeps one order.
    edited = orders.save(dataclasses.replace(low.draft, intended_use="Laptops for the "
                                             "accounting team and their printers"))
    assert edited.id == low.id and orders.count(OrderFilter()) == 2
    assert [h.action for h in orders.history(low.id)] == ["order.created", "order.updated"]
    assert AuditService(configured).verify().ok


def test_query_and_count_with_filters(orders, catalog: Catalog, many):
    assert refs(orders, OrderFilter()) == [
        "SO-2026-0005", "SO-2026-0004", "SO-2026-0003", "SO-2026-0002", "SO-2026-0001"]
    assert [r.reference for r in orders.query(OrderFilter(), 1, 2)] == [
        "SO-2026-0004", "SO-2026-0003"]
    assert orders.query(OrderFilter(), 10, 5) == []
    assert refs(orders, OrderFilter(statuses=["blocked", "held"])) == [
        "SO-2026-0004", "SO-2026-0001"]
    assert refs(orders, OrderFilter(tiers=["low"])) == [
        "SO-2026-0005", "SO-2026-0003", "SO-2026-0002"]
    assert refs(orders, OrderFilter(customer_id=catalog.school.id)) == ["SO-2026-0003"]
    assert refs(orders, OrderFilter(country="fr")) == ["SO-2026-0003"]
    assert refs(orders, OrderFilter(date_from=dt.date(2026, 10, 15),
                                    date_to=dt.date(2026, 11, 1))) == [
        "SO-2026-0003", "SO-2026-0002"]
    assert refs(orders, OrderFilter(tiers=["low"], country="DE",
                                    date_to=dt.date(2026, 10, 31))) == ["SO-2026-0002"]
    assert orders.count(OrderFilter(), cap=2) == 3  # "more than 2"
    row = orders.query(OrderFilter(text="SO-2026-0001"), 0, 1)[0]
    assert (row.date, row.customer, row.country, row.tier, row.status, str(row.total)) == (
        dt.date(2026, 10, 1), "Policía Regional", "VE", "high", "held", "12400")


@pytest.mark.parametrize(("text_", "expected"), [
    ("SO-2026-0003", ["SO-2026-0003"]),
    ("0004", ["SO-2026-0004"]),
    ("policia", ["SO-2026-0004", "SO-2026-0001"]),  # accents folded
    ("POLICÍA regional", ["SO-2026-0004", "SO-2026-0001"]),  # case folded, every word
    ("muller", ["SO-2026-0005", "SO-2026-0002"]),
    ("MÜLLER", ["SO-2026-0005", "SO-2026-0002"]),
    ("ecole", ["SO-2026-0003"]),
    ("eleves", ["SO-2026-0003"]),  # intended use, accents folded
    ("élèves", ["SO-2026-0003"]),
    ("protest", ["SO-2026-0004"]),
    ("traffic junctions", ["SO-2026-0001"]),
    ("buchhaltung accounting", []),
    ("so_2026", []),  # "_" is a letter here, not a LIKE wildcard
    ("  ", None),  # nothing typed: every order
    ("\"*)(%", None),  # only punctuation: every order
])
def test_search_box_on_postgres(orders, many, text_, expected):
    found = refs(orders, OrderFilter(text=text_))
    if expected is None:
        assert len(found) == len(many)
    else:
        assert found == expected


def test_checklist_history_and_next_reference(configured, orders, catalog: Catalog):
    view = orders.save(catalog.camera_order())
    qid = view.screening.checklist[0]
    orders.save_checklist(view.id, [ChecklistAnswer(qid, "yes", "  signed  ")])
    orders.save_checklist(view.id, [ChecklistAnswer(qid, "no")])  # replaces the answer
    answers = orders.get(view.id).checklist_answers
    assert [(a.question_id, a.answer) for a in answers] == [(qid, "no")]
    history = orders.history(view.id)
    assert [h.action for h in history] == [
        "order.created", "checklist.answered", "checklist.answered"]
    assert all(h.at.utcoffset() == dt.timedelta(0) for h in history)
    assert history[0].at == START + dt.timedelta(seconds=history[0].at.second)

    assert orders.next_reference() == "SO-2026-0001"
    orders.save(catalog.laptop_order("SO-2026-0007"))
    orders.save(catalog.laptop_order("SO-2026-0010"))
    assert orders.next_reference() == "SO-2026-0011"


# -- decisions ------------------------------------------------------------------------------------
def test_decisions_on_postgres(configured, orders, catalog: Catalog):
    decisions = DecisionService(configured)
    view = orders.save(catalog.camera_order("SO-HIGH"))
    allowed = decisions.allowed(view.id)
    assert allowed.needs_senior_approval and allowed.approver_name == APPROVER
    with pytest.raises(ValidationError):
        decisions.record(view.id, "proceed", "Traffic only.", decided_by="Tom")
    before = configured.clock()
    record = decisions.record(view.id, DecisionOutcome.PROCEED_WITH_CONDITIONS, "Traffic only.",
                              decided_by="Tom", mitigations=["acceptable_use_clause"],
                              conditions="No faces.", approved_by=APPROVER)
    assert record.decided_at == before + dt.timedelta(seconds=1)
    assert record.decided_at.utcoffset() == dt.timedelta(0)
    assert record.sales_review is False and record.id is not None
    saved = orders.get(view.id)
    assert saved.status == OrderStatus.PROCEED_WITH_CONDITIONS
    assert saved.decisions == [record]

    bad = orders.save(catalog.camera_order("SO-BAD", use="Facial recognition of protesters"))
    assert bad.status == OrderStatus.BLOCKED and bad.screening.blocked
    assert decisions.allowed(bad.id).outcomes == [DecisionOutcome.DECLINE]
    decisions.record(bad.id, "decline", "Prohibited use.", decided_by="Tom")
    assert orders.get(bad.id).status == OrderStatus.DECLINED

    # A self-service order held for review: proceeding records the sales-assisted review.
    web = orders.save(dataclasses.replace(
        catalog.camera_order("SO-WEB", sales_model="self_service", country="FR",
                             use="Entrance camera for the school"),
        customer_id=catalog.school.id))
    assert decisions.allowed(web.id).self_service_review
    review = decisions.record(web.id, "proceed", "Called the school.", decided_by="Tom",
                              approved_by=APPROVER)
    assert review.sales_review is True
    assert orders.get(web.id).draft.sales_model == "assisted"
    assert scalar(configured, "SELECT count(*) FROM decision WHERE sales_review") == 1
    assert AuditService(configured).verify().ok


# -- CSV import (the _CoreWriter path) ------------------------------------------------------------
def test_csv_import_stores_screens_and_lists_bad_rows(configured, catalog: Catalog,
                                                       tmp_path):
    service = ImportService(configured)
    orders = OrderService(configured)
    path = write_csv(tmp_path / "shop.csv", ROWS)
    mapping = service.suggest_mapping(service.read_headers(path))
    progress: list[tuple[int, int]] = []
    report = service.import_csv(path, mapping, progress=lambda d, t: progress.append((d, t)))
    assert not report.cancelled and report.imported == 4
    assert [e.row for e in report.errors] == [6, 7]
    assert "Narnia" in report.errors[0].reason and "zero" in report.errors[1].reason
    assert report.blocked == 1 and report.held >= 2
    assert progress[-1][0] == progress[-1][1]

    w2 = orders.get_by_reference("W-2")
    assert w2.screening.tier == "high" and w2.status == OrderStatus.HELD
    # The catalog customer with the same name and country is reused; new ones are added.
    assert w2.customer.id == catalog.police.id
    assert w2.screened_at.utcoffset() == dt.timedelta(0)
    w1 = orders.get_by_reference("W-1")
    assert [ln.sku for ln in w1.draft.lines] == ["LT-1", "MS-1"]
    assert w1.customer.name == "Acme GmbH" and w1.customer.id is not None
    assert orders.get_by_reference("W-3").draft.sales_model == "self_service"
    assert orders.get_by_reference("W-6").status == OrderStatus.BLOCKED
    assert orders.get_by_reference("W-4") is None
    assert refs(orders, OrderFilter(text="acme")) == ["W-1"]
    assert refs(orders, OrderFilter(text="policia")) == ["W-2"]
    assert refs(orders, OrderFilter(statuses=["blocked"])) == ["W-6"]
    assert any(h.action == "orders.imported" for h in orders.history(w2.id))
    assert bulk.get_setting(configured, MAPPING_SETTING) == mapping
    # Ids keep coming from the sequences after the bulk insert.
    after = orders.save(catalog.laptop_order("SO-AFTER"))
    assert after.id > max(orders.get_by_reference(r).id for r in ("W-1", "W-2", "W-3", "W-6"))
    assert CatalogService(configured).save_customer(Customer("New Co", "DE", "private")).id

    again = service.import_csv(path, mapping)  # every good order is already there
    assert again.imported == 0
    assert again.already_imported == 5 and [e.row for e in again.errors] == [6, 7]
    assert AuditService(configured).verify().ok


def test_a_cancelled_import_leaves_nothing(configured, tmp_path, monkeypatch):
    service = ImportService(configured)
    path = write_csv(tmp_path / "shop.csv", ROWS)
    mapping = service.suggest_mapping(service.read_headers(path))
    events, customers = audit_count(configured), len(CatalogService(configured).customers())
    inserted: list[int] = []
    real_insert = bulk._CoreWriter.insert

    def insert(self, *args, **kwargs):  # the real insert, noting that storing has begun
        inserted.append(1)
        return real_insert(self, *args, **kwargs)

    monkeypatch.setattr(bulk._CoreWriter, "insert", insert)
    # Cancelled once rows are inserted: the check after the first chunk stops it.
    report = service.import_csv(path, mapping, is_cancelled=lambda: bool(inserted))
    assert report.cancelled and report.imported == 0 and inserted
    assert OrderService(configured).count(OrderFilter()) == 0
    assert scalar(configured, "SELECT count(*) FROM import_batch") == 0
    assert scalar(configured, "SELECT count(*) FROM order_line") == 0
    assert scalar(configured, "SELECT count(*) FROM screening") == 0
    assert len(CatalogService(configured).customers()) == customers
    assert audit_count(configured) == events
    assert bulk.get_setting(configured, MAPPING_SETTING) is None
    # The same file imports afterwards.
    assert service.import_csv(path, mapping).imported == 4
    assert AuditService(configured).verify().ok


def test_a_bigger_import_in_several_chunks(configured, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 7)  # several chunks with a handful of orders
    rows = [[f"B-{i:03d}", "2026-11-02", f"Kunde {i % 5}", "DE", "private", "", "DE",
             "Office laptops", "LT-1", "general_it", "1", "900", "assisted"] for i in range(30)]
    service = ImportService(configured)
    path = write_csv(tmp_path / "big.csv", rows)
    chunks: list[int] = []
    report = service.import_csv(path, service.suggest_mapping(service.read_headers(path)),
                                progress=lambda d, t: chunks.append(d))
    assert report.imported == 30 and report.errors == []
    orders = OrderService(configured)
    assert orders.count(OrderFilter()) == 30
    assert orders.count(OrderFilter(text="kunde 3")) == 6
    assert len(CatalogService(configured).customers("kunde")) == 5
    assert scalar(configured, "SELECT count(DISTINCT order_id) FROM screening") == 30
    assert AuditService(configured).verify().ok


# -- demo data and concurrent writers -------------------------------------------------------------
def test_load_demo_data(ctx):
    load_demo_data(ctx)
    orders = OrderService(ctx)
    assert orders.count(OrderFilter()) == len(ORDERS)
    assert len(CatalogService(ctx).customers()) == len(CUSTOMERS)
    assert len(CatalogService(ctx).products()) == len(PRODUCTS)
    assert orders.count(OrderFilter(statuses=["declined"])) == 2
    assert refs(orders, OrderFilter(text="periodistas oposicion")) == ["DEMO-0028"]
    assert refs(orders, OrderFilter(text="etrangers")) == ["DEMO-0030"]
    verdict = AuditService(ctx).verify()
    assert verdict.ok and verdict.checked == audit_count(ctx)
    # The demo adopts a policy: the PostgreSQL trigger of migration 0002 keeps it frozen.
    adopted = scalar(ctx, "SELECT id FROM policy_version WHERE status <> 'draft'")
    assert adopted is not None
    for sql in ("UPDATE policy_version SET field_values = '{}' WHERE id = :i",
                "DELETE FROM policy_version WHERE id = :i"):
        with pytest.raises(DBAPIError, match="cannot be changed"), ctx.engine.begin() as conn:
            conn.execute(text(sql), {"i": adopted})


def test_two_apps_writing_at_once_keep_one_chain(configured, catalog: Catalog):
    """Two processes' worth of writers (two engines) on one database: the advisory lock
    keeps the hash chain linear."""
    other = open_pg(configured.db_url, actor="colleague")
    errors: list[BaseException] = []

    def write(ctx, prefix: str) -> None:
        try:
            service = OrderService(ctx)
            for i in range(15):
                service.save(catalog.laptop_order(f"{prefix}-{i:02d}"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        threads = [threading.Thread(target=write, args=(c, p))
                   for c, p in ((configured, "A"), (other, "B"))]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert errors == []
        assert OrderService(configured).count(OrderFilter()) == 30
        verdict = AuditService(configured).verify()
        assert verdict.ok and verdict.checked == audit_count(configured)
        assert scalar(configured, "SELECT count(DISTINCT prev_hash) FROM audit_event") == \
            audit_count(configured)
    finally:
        other.engine.dispose()


def test_tampering_is_detected(configured, catalog: Catalog):
    OrderService(configured).save(catalog.camera_order())
    with configured.engine.begin() as conn:  # what a superuser could do behind the app's back
        conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change"))
        conn.execute(text("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2"))
        conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change"))
    verdict = AuditService(configured).verify()
    assert not verdict.ok and verdict.first_bad_seq == 2


def test_a_record_changed_behind_the_apps_back_is_named(configured, catalog: Catalog):
    """Record hashes on PostgreSQL: a desk whose connection has another time zone reads the
    same hashes (timestamps reduced to UTC), and an edited decision is named."""
    view = OrderService(configured).save(catalog.camera_order())
    DecisionService(configured).record(view.id, "decline", "No.", decided_by="Tom")
    with configured.engine.begin() as conn:
        conn.execute(text("ALTER DATABASE " + configured.engine.url.database
                          + " SET timezone TO 'America/Caracas'"))
    other = open_pg(configured.db_url, actor="colleague")
    try:
        assert AuditService(other).verify().ok
        with other.engine.begin() as conn:
            conn.execute(text("UPDATE decision SET outcome = 'proceed'"))
        verdict = AuditService(other).verify()
        assert not verdict.ok
        assert verdict.reason_en.startswith("decision 1 of order SO-2001 differs from what was "
                                            "recorded on ")
    finally:
        other.engine.dispose()


# -- the command line -----------------------------------------------------------------------------
def run_cli(tmp_path: Path, *args: str, env_db: str | None = None
            ) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != ENV_DB}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONIOENCODING="utf-8")
    if env_db:
        env[ENV_DB] = env_db
    return subprocess.run([sys.executable, "-m", "reseller_app", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=REPO, timeout=120)


def test_cli_import_orders_and_verify_audit(pg_url, tmp_path):
    path = write_csv(tmp_path / "shop.csv", ROWS)
    proc = run_cli(tmp_path, "--db", pg_url, "import-orders", str(path))
    assert proc.returncode == EXIT_FAILED, proc.stderr  # two rows were refused
    assert "Imported 4 orders from shop.csv" in proc.stdout
    assert "row 6:" in proc.stdout and "row 7:" in proc.stdout
    assert proc.stderr == ""

    proc = run_cli(tmp_path, "--db", pg_url, "verify-audit")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "Audit log OK: 2 events" in proc.stdout  # the default pack, the import

    # The environment variable, with the short postgres:// scheme, names the same database.
    proc = run_cli(tmp_path, "verify-audit", env_db=pg_url.replace("postgresql://",
                                                                    "postgres://"))
    assert proc.returncode == EXIT_OK and "2 events" in proc.stdout, proc.stderr

    ctx = open_pg(pg_url)
    try:
        assert OrderService(ctx).count(OrderFilter()) == 4
    finally:
        ctx.engine.dispose()


def test_cli_with_an_unreachable_database_is_one_line(pg_cluster: PgCluster, tmp_path):
    url = f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/no_such_database"
    proc = run_cli(tmp_path, "--db", url, "verify-audit")
    assert proc.returncode == EXIT_FAILED
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "no_such_database" in proc.stderr


def _at_once(*calls):
    """Run the calls in threads released together; their results (or exceptions)."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except Exception as exc:  # handed back to the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results


def test_first_starts_at_once_migrate_once(pg_url, tmp_path):
    """Several people start on a new server database at the same moment (separate processes:
    Alembic's context is per process): one migrates and imports the default pack, the others
    wait for it and find both done."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != ENV_DB}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONIOENCODING="utf-8")
    procs = [subprocess.Popen([sys.executable, "-m", "reseller_app", "--db", pg_url, "packs",
                               "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, encoding="utf-8", env=env, cwd=REPO)
             for _ in range(4)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [EXIT_OK] * 4, outputs
    assert all(out.startswith("* channel-diligence-default") for out, _ in outputs), outputs
    ctx = open_pg(pg_url)
    try:
        assert db.current_revision(ctx.engine) == db.HEAD_REVISION
        assert [p.active for p in PackService(ctx).list_packs()] == [True]
        assert AuditService(ctx).verify().ok
    finally:
        ctx.engine.dispose()


def test_writers_at_once_check_before_they_write(configured):
    """The same SKU saved by two writers at once: one product, and the other writer is told
    why in words (no database error)."""
    other = open_pg(configured.db_url, actor="colleague")
    try:
        def save(c):
            return lambda: CatalogService(c).save_product(
                Product("SW-48", "48-port switch", "Cisco", "general_it"))

        results = _at_once(*(save(c) for c in (configured, other, configured, other)))
        products = [r for r in results if isinstance(r, Product)]
        refused = [r for r in results if isinstance(r, ValidationError)]
        assert len(products) == 1 and len(refused) == 3, results
        assert all(r.field == "sku" for r in refused)
        assert AuditService(configured).verify().ok
    finally:
        other.engine.dispose()
