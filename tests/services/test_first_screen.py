"""The first screen's quick reads (standard sqlite3, before the ORM) answer exactly as the
services do: the same orders list rows and counts, the same overview numbers."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from decimal import Decimal

import pytest

from reseller_app.services.answers import AnswerService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.demo import load_demo_data
from reseller_app.services.dto import AnswerInput, Customer, LineDraft, OrderDraft, OrderFilter
from reseller_app.services.first_screen import TIERS as QUICK_TIERS
from reseller_app.services.first_screen import (
    FirstScreen,
)
from reseller_app.services.orders import OrderService
from reseller_app.services.overview import OverviewService
from reseller_app.services.policy import PolicyService
from reseller_app.store import db
from reseller_app.store.quick_read import QuickReader
from reseller_app.store.schema_version import HEAD_REVISION

from ..conftest import START
from .test_escalation import build, held_order

TODAY = START.date()


def _edge_orders(ctx) -> tuple[list[int], int]:
    """Orders the demo lacks: no destination, names beyond ASCII, a total with cents, and one
    whose screening rows are gone (an order saved by an older version)."""
    catalog = CatalogService(ctx)
    kunde = catalog.save_customer(Customer("Ærø Økologisk Læge Ltd – Straße İstanbul", "DK",
                                           "private", sector="health"))
    polic = catalog.save_customer(Customer("Policía Nacional ŁÓDŹ", "PL", "government",
                                           government_function="law_enforcement"))
    orders = OrderService(ctx)
    ids = []
    for ref, customer, country, price in (
            ("EDGE-1 blank destination", kunde, None, Decimal("1234.56")),
            ("EDGE-2 ü/ł", polic, "PL", Decimal("0.10")),
            ("EDGE-3", polic, "VE", Decimal("99"))):
        view = orders.save(OrderDraft(
            ref, dt.date(2026, 10, 30), "assisted", customer.id, None, country,
            "Überwachung des Stadtzentrums: reconnaissance faciale", [],
            [LineDraft("CAM-X", "Kamera ø 4K", None, 2, price)]))
        ids.append(view.id)
    con = sqlite3.connect(db.sqlite_path(ctx.db_url))
    with con:
        con.execute("DELETE FROM screening WHERE order_id = ?", (ids[2],))
        # Saved before destinations were filled from the customer (migration 0005).
        con.execute("UPDATE orders SET destination_country = NULL WHERE id = ?", (ids[0],))
    con.close()
    return ids, polic.id


FILTERS = [
    OrderFilter(),
    OrderFilter(statuses=["held", "blocked", "escalated"]),
    OrderFilter(statuses=["cleared"]),
    OrderFilter(tiers=["high", "prohibited"]),
    OrderFilter(tiers=["low"], statuses=["cleared"]),
    OrderFilter(country="ve"),
    OrderFilter(country="PL", tiers=["high"]),
    OrderFilter(date_from=dt.date(2026, 9, 1), date_to=dt.date(2026, 10, 31)),
    OrderFilter(date_to=dt.date(2026, 8, 15)),
    OrderFilter(text="policia"),
    OrderFilter(text="Überwachung", statuses=["held"]),
    OrderFilter(text="camera", tiers=["high", "prohibited"], country="VE"),
    OrderFilter(text="no such word anywhere"),
]


@pytest.fixture
def filled(ctx):
    load_demo_data(ctx)
    return (ctx, *_edge_orders(ctx))


def test_both_paths_list_the_same_rows(filled) -> None:
    ctx, _ids, customer_id = filled
    quick = FirstScreen.open(ctx.db_url)
    assert quick is not None
    orders = OrderService(ctx)
    for f in [*FILTERS, OrderFilter(customer_id=customer_id),
              OrderFilter(customer_id=customer_id, text="EDGE")]:
        for offset, limit in ((0, 200), (0, 7), (7, 7), (30, 200), (500, 10)):
            assert quick.orders.query(f, offset, limit) == orders.query(f, offset, limit), f
        for cap in (None, 5, 1000):
            assert quick.orders.count(f, cap) == orders.count(f, cap), (f, cap)
    everything = quick.orders.query(OrderFilter(), 0, 200)
    assert len(everything) == 37
    blank = next(r for r in everything if r.reference.startswith("EDGE-1"))
    assert blank.country is None and blank.total == Decimal("2469.12")
    assert any(r.customer.startswith("Ærø Økologisk") for r in everything)
    assert any(r.reference == "EDGE-3" for r in everything)  # no screening: still listed


def test_both_paths_count_the_same_overview(filled) -> None:
    ctx, _ids, _customer = filled
    quick = FirstScreen(QuickReader.open_current(ctx.db_url), clock=ctx.clock)  # type: ignore[arg-type]
    service = OverviewService(ctx)
    for today in (TODAY, TODAY + dt.timedelta(days=40), dt.date(2027, 1, 3)):
        assert quick.overview.summary(today) == service.summary(today)
    assert quick.policy.review_status() == PolicyService(ctx).review_status()


def test_answers_follow_ups_and_no_policy_count_alike(configured, catalog) -> None:
    order_id = held_order(configured, catalog)
    packet = build(configured, order_id)
    quick = FirstScreen.open(configured.db_url)
    assert quick is not None
    quick = FirstScreen(quick.reader, clock=configured.clock)
    assert quick.overview.summary().policy.adopted is False
    AnswerService(configured).record(packet.id, AnswerInput(
        "approved_with_conditions", ["Disable face matching before delivery"], "TD-2026-118",
        dt.date(2026, 11, 4), "Dana Ruiz", "TechDistri Europe"))
    service = OverviewService(configured)
    summary = service.summary()
    assert summary.answers_recent == 1 and summary.follow_ups_due == 1
    assert quick.overview.summary(summary.today) == summary


def test_the_constants_are_the_services_own() -> None:
    from reseller_app.domain.packs import TIER_RANK

    assert list(QUICK_TIERS) == sorted(TIER_RANK, key=TIER_RANK.__getitem__)
    assert HEAD_REVISION == db.HEAD_REVISION


def test_other_databases_take_the_orm_path(ctx, tmp_path) -> None:
    assert FirstScreen.open(ctx.db_url) is None  # not set up yet: the setup wizard first
    assert FirstScreen.open(None) is None
    assert FirstScreen.open(f"sqlite:///{tmp_path / 'none.sqlite3'}") is None
    assert not (tmp_path / "none.sqlite3").exists()  # nothing created
    assert FirstScreen.open("postgresql://user@localhost/channel") is None
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    assert FirstScreen.open(str(broken)) is None
    load_demo_data(ctx)
    assert FirstScreen.open(ctx.db_url) is not None
    con = sqlite3.connect(db.sqlite_path(ctx.db_url))
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0005'")  # needs a migration
    con.close()
    assert FirstScreen.open(ctx.db_url) is None


def test_a_switched_first_screen_reads_through_the_services(filled) -> None:
    ctx, _ids, _customer = filled
    quick = FirstScreen.open(ctx.db_url)
    assert quick is not None
    services = {"orders": OrderService(ctx), "overview": OverviewService(ctx),
                "policy": PolicyService(ctx), "catalog": CatalogService(ctx)}
    quick.switch(services.__getitem__)
    quick.reader.path = tmp = quick.reader.path.with_name("gone.sqlite3")  # quick reads fail
    assert not tmp.exists()
    assert quick.orders.count(OrderFilter()) == 37
    assert len(quick.catalog.customers()) > 0


def test_the_quick_path_imports_no_orm() -> None:
    code = ("import sys, reseller_app.services.first_screen, reseller_app.services.dto; "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic')]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_the_filters_compared_do_find_orders(filled) -> None:
    ctx, _ids, customer_id = filled
    quick = FirstScreen.open(ctx.db_url)
    assert quick is not None
    found = [quick.orders.count(f) for f in FILTERS]
    assert sum(1 for n in found if n) >= len(FILTERS) - 2, found  # not all trivially empty
    assert quick.orders.count(OrderFilter(text="policia")) > 0
    assert quick.orders.count(OrderFilter(customer_id=customer_id)) == 2


def test_a_database_the_quick_reads_cannot_read_takes_the_orm_path(ctx) -> None:
    load_demo_data(ctx)
    con = sqlite3.connect(db.sqlite_path(ctx.db_url))
    with con:  # a table the first screen reads is not what this version expects
        con.execute("ALTER TABLE follow_up RENAME TO follow_up_old")
    con.close()
    assert QuickReader.open_current(ctx.db_url) is not None  # current and set up, but:
    assert FirstScreen.open(ctx.db_url) is None


def test_both_paths_warn_alike_of_old_or_missing_lists(configured) -> None:
    from reseller_app.domain.sanctions.entries import ListSource
    from reseller_app.services.sanctions_lists import import_list
    from reseller_app.services.settings import SettingsService
    from tests.list_server import DATA

    quick = FirstScreen(QuickReader.open_current(configured.db_url),  # type: ignore[arg-type]
                        clock=configured.clock)
    service = OverviewService(configured)
    none = service.summary(TODAY)
    assert none.lists is not None and not none.lists.imported and not none.lists.stale
    assert quick.overview.summary(TODAY) == none

    import_list(configured, DATA / "ofac" / "sdn.csv")  # states no date: its import day counts
    import_list(configured, DATA / "un-consolidated-excerpt.xml")  # published 2026-02-27
    SettingsService(configured).save_lists_settings(None, 90)
    for today, stale in ((TODAY, [ListSource.UN]),
                         (dt.date(2027, 6, 1), [ListSource.OFAC, ListSource.UN])):
        summary = service.summary(today)
        assert quick.overview.summary(today) == summary
        assert summary.lists is not None and summary.lists.imported
        assert summary.lists.stale_days == 90
        assert [age.source for age in summary.lists.stale] == stale
        un = summary.lists.stale[-1]
        assert un.published and un.as_of == dt.date(2026, 2, 27)
        assert un.days == (today - un.as_of).days > 90
    ofac = service.summary(dt.date(2027, 6, 1)).lists.stale[0]  # type: ignore[union-attr]
    assert not ofac.published and ofac.as_of == TODAY
