"""Every party of every order checked against the imported sanctions lists: saved from the
editor, imported from a CSV file, screened again; a confirmed match blocks the order, a possible
one holds it, a reviewed pair stays quiet until the entry or the party's name changes."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event, select

from reseller_app.domain.sanctions.names import party_key
from reseller_app.domain.sanctions.party_findings import (
    CONFIRMED,
    ENTRY_CHANGED,
    NAME_CHANGED,
    POSSIBLE,
    REVIEWED_NOT_SAME,
)
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import Customer, DecisionOutcome, OrderStatus
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.imports import ImportService
from reseller_app.services.rescreening import RescreenService
from reseller_app.services.sanctions_lists import import_list
from reseller_app.store import audit_log
from reseller_app.store.tables import DbPartyReview, DbSanctionEntry, DbScreening

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "sanctions"
OFAC = DATA / "ofac" / "sdn.csv"


def _customer(ctx, name: str, country: str = "PA") -> Customer:
    return CatalogService(ctx).save_customer(Customer(name, country, "private",
                                                      sector="finance"))


def _entry_sha(ctx, entry_id: str = "306") -> str:
    with ctx.session() as s:
        return s.execute(select(DbSanctionEntry.sha256)
                         .where(DbSanctionEntry.entry_id == entry_id)
                         .order_by(DbSanctionEntry.id.desc())).scalars().first()


def _review(ctx, name: str, country: str = "PA", *, sha: str, verdict: str = "not_same",
            order_id: int | None = None) -> None:
    """A review as the party-review service stores it (written here: that service is built
    apart)."""
    with ctx.write_session() as s:
        row = DbPartyReview(
            party_key=party_key(name, country), party_name=name, party_country=country,
            subject="order" if order_id else "", subject_id=order_id, role="customer",
            source="ofac", entry_id="306", entry_sha256=sha,
            listed_name="BANCO NACIONAL DE CUBA", verdict=verdict,
            reason="a savings bank in Panama City, not the Cuban state bank",
            reviewed_by="Ana Compliance", reviewed_at=dt.datetime(2026, 2, 1, 10, 0))
        s.add(row)
        s.flush()
        audit_log.append(s, actor="test", action=AuditAction.SANCTIONS_LIST_IMPORTED,
                         entity="party_review", entity_id=row.id, details={}, at=ctx.clock())
        s.commit()


def _order(orders, catalog, customer: Customer, reference: str = "SO-2100"):
    return orders.save(catalog.laptop_order(reference, customer=customer, country="PA"))


def test_an_order_whose_customer_is_on_the_ofac_list_is_blocked(configured, orders,
                                                                  catalog) -> None:
    version = import_list(configured, OFAC)
    view = _order(orders, catalog, _customer(configured, "BANCO NACIONAL DE CUBA"))
    assert view.status == OrderStatus.BLOCKED
    result = view.screening
    assert result.blocked and result.hold and result.tier == "low"
    (f,) = result.parties.findings
    assert (f.source, f.entry_id, f.verdict, f.role) == ("ofac", "306", CONFIRMED, "customer")
    assert f.score == 1.0 and "banco" in f.why
    assert any(e.startswith("Corroborates: the country PA") for e in f.evidence)
    assert [v.id for v in result.parties.lists] == [version.id]
    assert result.parties.lists[0].published == version.published
    assert "confirmed match" in result.hold_reasons[-1]

    decisions = DecisionService(configured)
    allowed = decisions.allowed(view.id)
    assert allowed.blocked and allowed.outcomes == [DecisionOutcome.DECLINE]
    assert "sanctions list" in allowed.reason and "misuse report" in allowed.reason
    with pytest.raises(ValidationError, match="sanctions list"):
        decisions.record(view.id, DecisionOutcome.PROCEED, "looks fine", "Max")
    assert AuditService(configured).verify().ok


def test_a_close_variant_is_held_and_says_why(configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    view = _order(orders, catalog, _customer(configured, "Banco Nacionall de Cuba S.A."))
    assert view.status == OrderStatus.HELD and not view.screening.blocked
    (f,) = view.screening.parties.findings
    assert f.verdict == POSSIBLE and f.alerts
    assert f.matched_name == "BANCO NACIONAL DE CUBA"
    assert "typing error" in f.why
    assert "Possible restricted party" in view.screening.hold_reasons[-1]


def test_a_reviewed_not_same_pair_is_not_alerted(configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    name = "Banco Nacionall de Cuba S.A."
    _review(configured, name, sha=_entry_sha(configured))
    view = _order(orders, catalog, _customer(configured, name))
    assert view.status == OrderStatus.CLEARED and not view.screening.hold
    (f,) = view.screening.parties.findings
    assert f.review == REVIEWED_NOT_SAME and not f.alerts
    assert f.review_note.startswith("Reviewed: not the same party, by Ana Compliance on "
                                    "2026-02-01: a savings bank")


def test_a_changed_entry_alerts_again(configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    name = "Banco Nacionall de Cuba S.A."
    _review(configured, name, sha="0" * 64)  # the entry as it was listed then
    view = _order(orders, catalog, _customer(configured, name))
    assert view.status == OrderStatus.HELD
    (f,) = view.screening.parties.findings
    assert f.review == ENTRY_CHANGED and f.alerts
    assert "The listed entry changed since it was reviewed on 2026-02-01 by Ana Compliance" \
        in f.review_note


def test_a_renamed_party_alerts_saying_what_its_name_was(configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    customer = _customer(configured, "Banco Nacionall de Cuba S.A.")
    view = _order(orders, catalog, customer)
    _review(configured, customer.name, sha=_entry_sha(configured), order_id=view.id)
    assert orders.save(view.draft).status == OrderStatus.CLEARED  # reviewed: quiet

    renamed = CatalogService(configured).save_customer(
        dataclasses.replace(customer, name="Banco Nacionall de Cuba Panama S.A."))
    again = orders.save(dataclasses.replace(orders.get(view.id).draft,
                                            customer_id=renamed.id))
    assert again.status == OrderStatus.HELD
    (f,) = again.screening.parties.findings
    assert f.review == NAME_CHANGED
    assert "when the party was Banco Nacionall de Cuba S.A. (PA)" in f.review_note


def test_a_confirmed_review_blocks_the_order(configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    name = "Banco Nacionall de Cuba S.A."
    _review(configured, name, sha=_entry_sha(configured), verdict="same")
    view = _order(orders, catalog, _customer(configured, name))
    assert view.status == OrderStatus.BLOCKED
    assert "Confirmed the same party by Ana Compliance" in \
        view.screening.parties.findings[0].review_note


def test_without_lists_orders_screen_as_before(configured, orders, catalog) -> None:
    view = _order(orders, catalog, _customer(configured, "BANCO NACIONAL DE CUBA"))
    assert view.screening.parties is None and not view.screening.blocked
    with configured.session() as s:
        stored = s.execute(select(DbScreening.result)).scalar()
    assert "restricted_parties" not in stored


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


def _statements(ctx, run) -> list[str]:
    seen: list[str] = []

    def note(conn, cursor, statement, *args) -> None:
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        run()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    return seen


def _import(ctx, path: Path):
    service = ImportService(ctx)
    return service.import_csv(path, service.suggest_mapping(service.read_headers(path)))


def test_a_csv_import_checks_every_party_with_one_read_of_the_matches(ctx, tmp_path) -> None:
    import_list(ctx, OFAC)
    path = _csv(tmp_path / "shop.csv", ["Acme GmbH", "BANCO NACIONAL DE CUBA", "Acme GmbH",
                                         "Banco Nacionall de Cuba", "Zeta Ltd"])
    reports = []
    sql = _statements(ctx, lambda: reports.append(_import(ctx, path)))
    (report,) = reports
    assert report.imported == 5 and report.blocked == 1 and report.held == 1
    # The lists, the matched entries and their reviews read once for the whole file.
    assert sum("FROM sanction_list" in q and "sanction_entry" not in q for q in sql) == 1
    # The reviews: one read for the orders' parties, one for the customers the import adds to
    # the catalog, one for the orders' kept checks: per import, however many rows it has.
    assert sum("FROM party_review" in q for q in sql) <= 3
    with ctx.session() as s:
        results = [json.loads(r) for r in s.execute(select(DbScreening.result)
                                                     .order_by(DbScreening.id)).scalars()]
    parties = [r["restricted_parties"] for r in results]
    assert [len(p["findings"]) for p in parties] == [0, 1, 0, 1, 0]
    assert all(p["lists"][0]["source"] == "ofac" for p in parties)
    assert parties[1]["findings"][0]["verdict"] == CONFIRMED
    assert AuditService(ctx).verify().ok


def test_a_csv_import_without_lists_asks_once_and_screens_as_before(ctx, tmp_path) -> None:
    path = _csv(tmp_path / "shop.csv", ["Acme GmbH", "BANCO NACIONAL DE CUBA", "Zeta Ltd"])
    reports = []
    sql = _statements(ctx, lambda: reports.append(_import(ctx, path)))
    assert reports[0].imported == 3 and reports[0].blocked == 0
    assert sum("sanction_list" in q for q in sql) == 1
    assert not any("party_review" in q or "sanction_entry" in q for q in sql)
    with ctx.session() as s:
        assert not any("restricted_parties" in r
                       for r in s.execute(select(DbScreening.result)).scalars())


def test_screening_again_after_a_list_import_blocks_a_listed_customer(configured, orders,
                                                                      catalog) -> None:
    view = _order(orders, catalog, _customer(configured, "BANCO NACIONAL DE CUBA"))
    assert view.status == OrderStatus.CLEARED
    import_list(configured, OFAC)
    service = RescreenService(configured)
    report = service.rescreen(service.open_order_ids())
    (item,) = report.renewed
    assert item.blocked and item.status == OrderStatus.BLOCKED
    assert item.flags_added == ["restricted_party.confirmed.ofac.306"]
    assert orders.get(view.id).status == OrderStatus.BLOCKED
    # Nothing new found: screening again records nothing.
    assert service.rescreen(service.open_order_ids()).renewed == []


def test_the_escalation_packet_carries_the_findings_in_its_json_and_its_pdf(configured, orders,
                                                                            catalog) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import_list(configured, OFAC)
    view = _order(orders, catalog, _customer(configured, "Banco Nacionall de Cuba S.A."))
    assert view.status == OrderStatus.HELD
    service = EscalationService(configured)
    packet = service.build(view.id, recommendation="no_recommendation",
                           recommendation_text="A possible sanctions match: please assess.")
    files = service.files(packet.id)
    data = json.loads(files[packet.json_name])
    schema = json.loads((REPO / "resources/schemas/escalation-packet-v1.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    parties = data["screening"]["restricted_parties"]
    assert parties["lists"][0]["source"] == "ofac"
    (f,) = parties["findings"]
    assert (f["entry_id"], f["verdict"], f["alerts"]) == ("306", POSSIBLE, True)

    reader = PdfReader(io.BytesIO(service.pdf(packet.id)))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for words in ("Restricted-party screening",
                  "Checked against: OFAC SDN list, publication date not stated",
                  "Possible match: Customer Banco Nacionall de Cuba S.A. resembles OFAC SDN "
                  "list entry 306: BANCO NACIONAL DE CUBA",
                  "Matched name: BANCO NACIONAL DE CUBA; score", "typing error forgiven",
                  "Corroborates: the country PA"):
        assert words in text, (words, text)


def test_without_lists_the_packet_has_no_restricted_party_section(configured, orders,
                                                                  catalog) -> None:
    view = orders.save(catalog.camera_order())
    service = EscalationService(configured)
    packet = service.build(view.id, recommendation="no_recommendation",
                           recommendation_text="Please assess.")
    data = json.loads(service.files(packet.id)[packet.json_name])
    assert "restricted_parties" not in data["screening"]
    reader = PdfReader(io.BytesIO(service.pdf(packet.id)))
    assert "Restricted-party" not in "".join(p.extract_text() for p in reader.pages)


def test_the_preview_checks_the_parties_once_the_lists_index_is_built(configured, orders,
                                                                      catalog) -> None:
    assert orders.warm_lists() is False  # no list imported
    import_list(configured, OFAC)
    assert orders.warm_lists() is True
    customer = _customer(configured, "BANCO NACIONAL DE CUBA")
    result = orders.preview(catalog.laptop_order(customer=customer, country="PA"))
    assert result.blocked and result.parties.confirmed


def test_a_review_recorded_after_the_save_clears_the_order_when_screened_again(
        configured, orders, catalog) -> None:
    import_list(configured, OFAC)
    name = "Banco Nacionall de Cuba S.A."
    view = _order(orders, catalog, _customer(configured, name))
    assert view.status == OrderStatus.HELD
    _review(configured, name, sha=_entry_sha(configured), order_id=view.id)
    (item,) = RescreenService(configured).rescreen([view.id]).renewed
    assert item.flags_removed == ["restricted_party.possible.ofac.306"]
    assert item.status == OrderStatus.CLEARED and not item.hold
    assert orders.get(view.id).screening.parties.findings[0].review == REVIEWED_NOT_SAME
