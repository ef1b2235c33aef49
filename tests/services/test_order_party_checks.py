"""The parties of every order keep their latest sanctions check in ``party_check`` (subject
"order"), written with the order's screening and stamped by its event: saved from the editor,
imported from a CSV file, screened again. The overview counts them (on both of its paths) and
the re-screen tells which order changed; without lists nothing is written."""

from __future__ import annotations

import csv
import dataclasses
import json
import sqlite3
from pathlib import Path

from reseller_app.domain.sanctions.matching import Verdict
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import Customer, DecisionOutcome, OrderStatus
from reseller_app.services.first_screen import FirstScreen
from reseller_app.services.imports import ImportService
from reseller_app.services.overview import OverviewService
from reseller_app.services.party_rescreen import ChangeKind, rescreen_parties
from reseller_app.services.sanctions_lists import import_list
from reseller_app.store.quick_read import QuickReader

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
OFAC = DATA / "ofac" / "sdn.csv"
CLOSE = "Banco Nacionall de Cuba S.A."  # a possible match of entry 306
LISTED = "BANCO NACIONAL DE CUBA"


def _rows(ctx, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _order_checks(ctx) -> list[tuple]:
    return _rows(ctx, "SELECT subject_id, role, party_name, verdict FROM party_check "
                      "WHERE subject = 'order' ORDER BY subject_id, role")


def _counts(ctx) -> tuple[int, int]:
    """(possible, confirmed) matches of the overview, the same on both of its paths."""
    summary = OverviewService(ctx).summary()
    quick = FirstScreen(QuickReader.open_current(ctx.db_url),  # type: ignore[arg-type]
                        clock=ctx.clock)
    assert quick.overview.summary(summary.today) == summary
    return summary.possible_matches, summary.confirmed_matches


def _customer(ctx, name: str, country: str = "PA") -> Customer:
    return CatalogService(ctx).save_customer(Customer(name, country, "private",
                                                      sector="finance"))


def test_a_saved_orders_possible_match_is_counted_until_the_order_is_declined(
        configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    customer = _customer(configured, CLOSE)
    before = _counts(configured)  # the catalog customer's own check counts already
    view = orders.save(catalog.laptop_order("SO-2200", customer=customer, country="PA"))
    assert view.status == OrderStatus.HELD
    [(order_id, role, name, verdict)] = _order_checks(configured)
    assert (order_id, role, name, verdict) == (view.id, "customer", CLOSE,
                                               Verdict.POSSIBLE_MATCH.value)
    [(matches,)] = _rows(configured, "SELECT matches FROM party_check WHERE subject = 'order'")
    assert json.loads(matches)[0]["entry_id"] == "306"
    assert _counts(configured) == (before[0] + 1, before[1])
    assert AuditService(configured).verify().ok

    DecisionService(configured).record(view.id, DecisionOutcome.DECLINE,
                                       "the end customer would not say who they are", "Max")
    assert _counts(configured) == before
    assert AuditService(configured).verify().ok


def test_saving_an_order_again_updates_its_rows_and_drops_a_party_it_no_longer_has(
        configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    bank = _customer(configured, LISTED)
    other = _customer(configured, "Nordlicht IT Solutions GmbH", "DE")
    draft = dataclasses.replace(catalog.laptop_order("SO-2201", customer=other, country="PA"),
                                end_user_id=bank.id)
    view = orders.save(draft)
    assert view.status == OrderStatus.BLOCKED
    assert [(r[1], r[3]) for r in _order_checks(configured)] == [
        ("customer", Verdict.CLEAR.value), ("end_user", Verdict.MATCH.value)]
    orders.save(dataclasses.replace(draft, id=view.id, end_user_id=None))
    assert [(r[1], r[3]) for r in _order_checks(configured)] == [
        ("customer", Verdict.CLEAR.value)]
    assert AuditService(configured).verify().ok


def test_without_lists_an_order_writes_no_check(configured, orders, catalog) -> None:
    orders.save(catalog.laptop_order("SO-2202", customer=_customer(configured, LISTED),
                                     country="PA"))
    assert _order_checks(configured) == []


def test_the_rescreen_after_a_list_import_names_the_order_that_changed(
        configured, orders, catalog) -> None:
    view = orders.save(catalog.laptop_order("SO-2203", customer=_customer(configured, LISTED),
                                            country="PA"))
    assert view.status == OrderStatus.CLEARED and _order_checks(configured) == []
    import_list(configured, OFAC)
    report = rescreen_parties(configured)
    [change] = [c for c in report.changes if c.subject == "order"]
    assert (change.kind, change.subject_id, change.label, change.role) == (
        ChangeKind.NEW_MATCH, view.id, "SO-2203", "customer")
    assert "new match" in report.summary()
    assert [(r[1], r[3]) for r in _order_checks(configured)] == [
        ("customer", Verdict.MATCH.value)]
    assert _counts(configured)[1] >= 1
    assert AuditService(configured).verify().ok
    # Nothing changed since: nothing to tell, nothing written.
    again = rescreen_parties(configured)
    assert [c for c in again.changes if c.subject == "order"] == []


HEADER = ["Order No", "Date", "Company", "Country", "Type", "Ship to", "Purpose", "SKU",
          "Category", "Qty", "Price"]


def _csv(path: Path, customers: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for n, name in enumerate(customers, start=1):
            w.writerow([f"W-{n}", "2026-11-02", name, "PA", "private", "PA", "Office laptops",
                        "LT-1", "general_it", "3", "900"])
    return path


def _import(ctx, path: Path):
    service = ImportService(ctx)
    return service.import_csv(path, service.suggest_mapping(service.read_headers(path)))


def test_a_csv_import_writes_each_orders_check_and_checks_the_customers_it_adds(
        configured, tmp_path) -> None:
    import_list(configured, OFAC)
    report = _import(configured, _csv(tmp_path / "shop.csv", ["Acme GmbH", LISTED, CLOSE]))
    assert report.imported == 3
    by_order = {ref: verdict for ref, verdict in _rows(
        configured, "SELECT o.reference, c.verdict FROM party_check c JOIN orders o "
             "ON o.id = c.subject_id WHERE c.subject = 'order' AND c.role = 'customer'")}
    assert by_order == {"W-1": "clear", "W-2": "match", "W-3": "possible_match"}
    # The customers the import added to the catalog are checked in the same import.
    customers = dict(_rows(configured, "SELECT p.party_name, p.verdict FROM party_check p JOIN "
                                "customer c ON c.id = p.subject_id WHERE p.subject = "
                                "'customer'"))
    assert customers[LISTED] in ("match", "possible_match")
    assert customers["Acme GmbH"] == "clear"
    assert _counts(configured)[0] >= 1 and _counts(configured)[1] >= 1
    assert AuditService(configured).verify().ok
    # Screened again against the same lists: the rows stand, nothing changes.
    assert [c for c in rescreen_parties(configured).changes if c.subject == "order"] == []
    assert AuditService(configured).verify().ok


def test_a_csv_import_without_lists_writes_no_check(configured, tmp_path) -> None:
    assert _import(configured, _csv(tmp_path / "shop.csv", ["Acme GmbH", LISTED])).imported == 2
    assert _rows(configured, "SELECT count(*) FROM party_check") == [(0,)]


def test_an_order_screened_before_its_checks_were_kept_gets_them_at_the_next_rescreen(
        configured, orders, catalog) -> None:
    from reseller_app.domain.vocabulary import AuditAction
    from reseller_app.store import audit_log
    from reseller_app.store.tables import DbPartyCheck

    import_list(configured, OFAC)
    view = orders.save(catalog.laptop_order("SO-2204", customer=_customer(configured, CLOSE),
                                            country="PA"))
    with configured.write_session() as s:  # as a database from before the rows were written
        for row in s.execute(DbPartyCheck.__table__.select().where(
                DbPartyCheck.subject == "order")).all():
            s.delete(s.get(DbPartyCheck, row.id))
        s.flush()
        audit_log.append(s, actor="test", action=AuditAction.PARTIES_RESCREENED,
                         entity="party_check", entity_id="all", details={}, at=configured.clock())
        s.commit()
    assert _order_checks(configured) == []
    rescreen_parties(configured)
    assert [(r[0], r[3]) for r in _order_checks(configured)] == [
        (view.id, Verdict.POSSIBLE_MATCH.value)]
    assert AuditService(configured).verify().ok
