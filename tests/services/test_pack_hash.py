"""A stored criteria pack is checked against its SHA-256 whenever it is loaded: a pack edited in
the database (every "prohibited" set to "standard") stops screening instead of clearing orders
it would have blocked, and ``verify-audit`` names it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from reseller_app.services.audit import AuditService
from reseller_app.services.context import AppContext
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService, PackTampered
from reseller_app.services.startup import open_app
from reseller_app.store.db import sqlite_path

from ..conftest import stepping_clock
from .conftest import Catalog

PROTEST = "Facial recognition of protesters"


def weaken_pack(ctx: AppContext) -> None:
    """What the issue's tamperer did: every "prohibited" in the stored pack set to "standard"."""
    con = sqlite3.connect(sqlite_path(ctx.db_url))
    try:
        with con:
            con.execute("UPDATE pack SET content = replace(content, '\"prohibited\"', "
                        "'\"standard\"') WHERE active")
    finally:
        con.close()


@pytest.fixture
def reopened(catalog: Catalog, configured: AppContext) -> Iterator[AppContext]:
    """The app started again on the database after the pack was edited behind its back."""
    weaken_pack(configured)
    context = open_app(configured.db_url, clock=stepping_clock(), actor="tester")
    yield context
    context.engine.dispose()


def count(ctx: AppContext, table: str) -> int:
    con = sqlite3.connect(sqlite_path(ctx.db_url))
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_an_untouched_pack_loads_and_screens_as_before(catalog, configured):
    fresh = open_app(configured.db_url, clock=stepping_clock(), actor="tester")
    try:
        view = OrderService(fresh).save(catalog.camera_order(use=PROTEST))
        assert view.screening.blocked
        assert PackService(fresh).active().ref.id == "channel-diligence-default"
        assert AuditService(fresh).verify().ok
    finally:
        fresh.engine.dispose()


def test_an_edited_pack_stops_screening_with_a_clear_message(catalog, reopened):
    packs = PackService(reopened)
    ref = packs.list_packs()[0]
    with pytest.raises(PackTampered) as err:
        packs.active()
    message = str(err.value)
    assert f"({ref.pack_id} {ref.version}) was changed in the database" in message
    assert "Screening is stopped so that no order is screened with altered rules" in message
    with pytest.raises(PackTampered):
        packs.screener()
    orders_before = count(reopened, "orders")
    with pytest.raises(PackTampered):
        OrderService(reopened).save(catalog.camera_order("SO-9", use=PROTEST))
    assert count(reopened, "orders") == orders_before


def test_the_compiled_pack_of_this_process_does_not_hide_an_edit(catalog, configured):
    # The screener of the genuine pack is compiled and kept for the process: a context opened
    # after the edit still checks the stored pack before screening with it.
    OrderService(configured).preview(catalog.camera_order())
    weaken_pack(configured)
    fresh = open_app(configured.db_url, clock=stepping_clock(), actor="tester")
    try:
        with pytest.raises(PackTampered):
            PackService(fresh).screener()
    finally:
        fresh.engine.dispose()


def test_an_import_stores_nothing_with_an_edited_pack(reopened, tmp_path):
    csv_file = tmp_path / "shop.csv"
    csv_file.write_text("Order No,Company,Country,SKU,Category,Qty,Purpose\n"
                        f"W-1,Acme,DE,LT-1,general_it,2,{PROTEST}\n", encoding="utf-8")
    orders_before, events_before = count(reopened, "orders"), count(reopened, "audit_event")
    service = ImportService(reopened)
    with pytest.raises(PackTampered):
        service.import_csv(csv_file, service.suggest_mapping(service.read_headers(csv_file)))
    assert count(reopened, "orders") == orders_before
    assert count(reopened, "audit_event") == events_before


def test_verify_audit_names_the_edited_pack(reopened):
    ref = PackService(reopened).list_packs()[0]
    result = AuditService(reopened).verify()
    assert not result.ok
    assert result.first_bad_seq is None
    assert f"criteria pack {ref.pack_id} {ref.version} was changed after it was imported" \
        in result.reason_en
    assert result.reason  # in the user's language too
