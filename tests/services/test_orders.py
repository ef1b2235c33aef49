"""Orders through the service: save (screened, audited), edit, find, history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from reseller_app.services.audit import AuditService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import (
    ChecklistAnswer,
    LineDraft,
    OrderFilter,
    OrderStatus,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.packs import PackService
from reseller_app.store.db import sqlite_path

from .conftest import APPROVER, refs


def test_save_screens_stores_and_records_the_pack(configured, orders, catalog):
    view = orders.save(catalog.camera_order())
    assert view.id > 0
    assert view.status == OrderStatus.HELD
    assert view.screening.tier == "high" and view.screening.hold
    assert "category.video_surveillance" in [f.criterion for f in view.screening.flags]
    assert view.customer is not None and view.customer.name == "Policía Regional"
    assert view.draft.lines[0].unit_price == Decimal("310")
    assert view.draft.lines[0].product_id == catalog.camera.id
    assert view.screened_at.tzinfo is not None

    active = PackService(configured).active().ref
    assert view.screening.pack.id == active.id
    assert view.screening.pack.version == active.version
    assert view.screening.pack.sha256 == active.sha256 and len(active.sha256) == 64
    # ...and in the database row of the screening itself.
    con = sqlite3.connect(sqlite_path(configured.db_url))
    try:
        rows = con.execute("SELECT pack_id, pack_version, pack_sha256, tier, hold FROM screening"
                           " WHERE order_id = ?", (view.id,)).fetchall()
    finally:
        con.close()
    assert rows == [(active.id, active.version, active.sha256, "high", 1)]

    again = orders.get(view.id)
    assert again.draft == view.draft and again.screening == view.screening
    assert orders.get_by_reference(" SO-2001 ").id == view.id
    assert orders.get_by_reference("SO-9999") is None


def test_preview_writes_nothing(configured, orders, catalog):
    before = AuditService(configured).verify().checked
    result = orders.preview(catalog.camera_order())
    assert result.tier == "high"
    assert orders.count(OrderFilter()) == 0
    assert AuditService(configured).verify().checked == before


def test_update_screens_again_and_keeps_one_order(configured, orders, catalog):
    view = orders.save(catalog.laptop_order())
    assert view.status == OrderStatus.CLEARED and view.screening.tier == "low"
    edited = dataclasses.replace(
        view.draft, intended_use="Laptops to track journalists",
        lines=[*view.draft.lines, LineDraft("CAM-4K", "Camera", "video_surveillance", 2,
                                            Decimal("100.50"))])
    after = orders.save(edited)
    assert after.id == view.id
    assert after.screening.tier != "low"
    assert after.status in (OrderStatus.HELD, OrderStatus.BLOCKED)
    assert [ln.sku for ln in after.draft.lines] == ["LT-14", "CAM-4K"]
    assert orders.count(OrderFilter()) == 1
    [row] = orders.query(OrderFilter(), 0, 10)
    assert row.total == Decimal("9201.00") and row.tier == after.screening.tier
    history = orders.history(view.id)
    assert [h.action for h in history] == ["order.created", "order.updated"]
    assert history[-1].details["previous_tier"] == "low"
    assert AuditService(configured).verify().ok


@pytest.mark.parametrize(("change", "field"), [
    ({"reference": "  "}, "reference"),
    ({"reference": "R" * 101}, "reference"),
    ({"reference": "SO-1\nBcc: x"}, "reference"),  # what the editor's paste can bring
    ({"date": None}, "date"),
    ({"lines": []}, "lines"),
    ({"currency": "EURO"}, "currency"),
    ({"destination_country": "ZZ"}, "destination_country"),
    ({"sales_model": "x"}, "sales_model"),
    ({"lines": [LineDraft("LT-14", "Laptop", "general_it", 0)]}, "lines[0].quantity"),
    ({"lines": [LineDraft("LT-14", "Laptop", "general_it", 1, Decimal("-1"))]},
     "lines[0].unit_price"),
    ({"customer_id": 9999}, "customer_id"),
])
def test_validation_errors_name_the_field(configured, orders, catalog, change, field):
    draft = dataclasses.replace(catalog.laptop_order(), **change)
    with pytest.raises(ValidationError) as exc:
        orders.save(draft)
    assert exc.value.field == field
    assert exc.value.message
    assert orders.count(OrderFilter()) == 0


def test_duplicate_reference_is_refused(orders, catalog):
    orders.save(catalog.laptop_order("SO-1"))
    with pytest.raises(ValidationError) as exc:
        orders.save(catalog.camera_order("SO-1"))
    assert exc.value.field == "reference" and "already exists" in exc.value.message
    # Renaming an order to another's reference is refused the same way.
    other = orders.save(catalog.laptop_order("SO-2"))
    with pytest.raises(ValidationError):
        orders.save(dataclasses.replace(other.draft, reference="SO-1"))


def test_unknown_orders(orders):
    with pytest.raises(NotFound):
        orders.get(12345)
    with pytest.raises(NotFound):
        orders.history(12345)


def test_query_newest_first_with_paging(orders, many):
    assert refs(orders, OrderFilter()) == [
        "SO-2026-0005", "SO-2026-0004", "SO-2026-0003", "SO-2026-0002", "SO-2026-0001"]
    page = orders.query(OrderFilter(), 1, 2)
    assert [r.reference for r in page] == ["SO-2026-0004", "SO-2026-0003"]
    assert orders.query(OrderFilter(), 10, 5) == []


def test_query_filters(orders, catalog, many):
    assert refs(orders, OrderFilter(statuses=["held"])) == ["SO-2026-0001"]
    assert refs(orders, OrderFilter(statuses=["blocked", "held"])) == [
        "SO-2026-0004", "SO-2026-0001"]
    assert refs(orders, OrderFilter(tiers=["low"])) == [
        "SO-2026-0005", "SO-2026-0003", "SO-2026-0002"]
    assert refs(orders, OrderFilter(tiers=["prohibited"])) == ["SO-2026-0004"]
    assert refs(orders, OrderFilter(customer_id=catalog.school.id)) == ["SO-2026-0003"]
    assert refs(orders, OrderFilter(country="fr")) == ["SO-2026-0003"]
    assert refs(orders, OrderFilter(date_from=dt.date(2026, 10, 15),
                                    date_to=dt.date(2026, 11, 1))) == [
        "SO-2026-0003", "SO-2026-0002"]
    assert refs(orders, OrderFilter(date_from=dt.date(2026, 11, 2))) == [
        "SO-2026-0005", "SO-2026-0004"]
    assert refs(orders, OrderFilter(tiers=["low"], country="DE",
                                    date_to=dt.date(2026, 10, 31))) == ["SO-2026-0002"]
    assert refs(orders, OrderFilter(statuses=["declined"])) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("SO-2026-0003", ["SO-2026-0003"]),
    ("0004", ["SO-2026-0004"]),
    ("policia", ["SO-2026-0004", "SO-2026-0001"]),  # accents folded
    ("POLICÍA regional", ["SO-2026-0004", "SO-2026-0001"]),
    ("muller", ["SO-2026-0005", "SO-2026-0002"]),
    ("ecole", ["SO-2026-0003"]),
    ("eleves", ["SO-2026-0003"]),  # intended use, accents folded
    ("protest", ["SO-2026-0004"]),  # word prefix
    ("traffic junctions", ["SO-2026-0001"]),  # every word must match
    ("buchhaltung accounting", []),
    ("  ", None),  # nothing typed: every order
    ("\"*)(", None),  # only punctuation: no FTS syntax error, every order
])
def test_search_box(orders, many, text, expected):
    found = refs(orders, OrderFilter(text=text))
    if expected is None:
        assert len(found) == len(many)
    else:
        assert found == expected


def test_search_follows_edits(orders, many):
    view = orders.get(many["SO-2026-0002"])
    orders.save(dataclasses.replace(view.draft, intended_use="Printers for reception"))
    assert refs(orders, OrderFilter(text="printers")) == ["SO-2026-0002"]
    assert refs(orders, OrderFilter(text="accounting")) == []


def test_history_lists_changes_screenings_checklist_and_decisions(configured, orders,
                                                                   catalog):
    view = orders.save(catalog.camera_order())
    assert view.screening.checklist, "a high-risk camera order asks checklist questions"
    qid = view.screening.checklist[0]
    orders.save_checklist(view.id, [ChecklistAnswer(qid, "yes", "  signed  ")])
    orders.save(dataclasses.replace(view.draft, intended_use="Traffic counting"))
    DecisionService(configured).record(view.id, "proceed", "Traffic only.", decided_by="Tom",
                                       approved_by=APPROVER)
    history = orders.history(view.id)
    assert [h.action for h in history] == [
        "order.created", "checklist.answered", "order.updated", "decision.recorded"]
    seqs = [h.seq for h in history]
    assert seqs == sorted(seqs)
    assert [h.at for h in history] == sorted(h.at for h in history)
    assert all(h.actor == "tester" and h.summary for h in history)
    assert "SO-2001" in history[0].summary and "high risk" in history[0].summary
    assert history[1].details["answers"] == {qid: "yes"}
    assert orders.get(view.id).checklist_answers[0].note == "signed"
    # Another order's events are not in this history.
    other = orders.save(catalog.laptop_order())
    assert [h.action for h in orders.history(other.id)] == ["order.created"]


def test_checklist_answers_are_validated(orders, catalog):
    view = orders.save(catalog.camera_order())
    with pytest.raises(ValidationError) as exc:
        orders.save_checklist(view.id, [ChecklistAnswer("q", "maybe")])
    assert exc.value.field == "answers[0].answer"
    with pytest.raises(ValidationError) as exc:
        orders.save_checklist(view.id, [ChecklistAnswer("no_such_question", "yes")])
    assert exc.value.field == "answers[0].question_id"


def test_next_reference(orders, catalog):
    assert orders.next_reference() == "SO-2026-0001"
    orders.save(catalog.laptop_order("SO-2026-0007"))
    assert orders.next_reference() == "SO-2026-0008"


@pytest.mark.parametrize(("action", "details", "sentence"), [
    ("packet.built", {"packet_id": "3f2a9c1d-0000", "to": "risk@distri.example"},
     "Escalation packet 3f2a9c1d prepared for risk@distri.example."),
    ("outbox.queued", {"to": "risk@distri.example"},
     "Escalation packet put in the outbox to risk@distri.example; it is sent as soon as "
     "possible."),
    ("distributor.answered", {"outcome": "approved_with_conditions", "person": "J. Ortega",
                              "organisation": "TechDistri"},
     "The distributor approved the order with conditions (J. Ortega, TechDistri)."),
    ("followup.added", {"due_on": "2027-02-01", "text": "Call the customer"},
     "Follow-up due 2027-02-01: Call the customer"),
    ("followup.done", {"text": "Call the customer", "note": "all fine"},
     "Follow-up done: Call the customer (all fine)"),
    ("misuse.reported", {"to": "risk@distri.example"},
     "Misuse report sent to risk@distri.example."),
])
def test_history_sentences_for_escalation_events(action, details, sentence):
    from reseller_app.services.orders import summarise

    assert summarise(action, details) == sentence


def test_search_combined_with_tier_and_status_filters(configured, orders, many):
    """Tier and status live in the search index too (migration 0004): the combination is
    answered there, and a decision that changes the status is reflected at once."""
    police = "policia"
    assert refs(orders, OrderFilter(text=police, tiers=["high"])) == ["SO-2026-0001"]
    assert refs(orders, OrderFilter(text=police, tiers=["high", "prohibited"])) == [
        "SO-2026-0004", "SO-2026-0001"]
    assert refs(orders, OrderFilter(text=police, statuses=["blocked"])) == ["SO-2026-0004"]
    assert refs(orders, OrderFilter(text=police, tiers=["low"])) == []
    assert refs(orders, OrderFilter(text="muller", tiers=["low"], country="DE")) == [
        "SO-2026-0005", "SO-2026-0002"]
    DecisionService(configured).record(many["SO-2026-0001"], "proceed_with_conditions",
                                       "Traffic junctions only.", decided_by="Tom",
                                       approved_by=APPROVER,
                                       mitigations=["acceptable_use_clause"])
    # "proceed" must not find "proceed_with_conditions" (one token in the index).
    assert refs(orders, OrderFilter(text=police, statuses=["proceed"])) == []
    assert refs(orders, OrderFilter(text=police, statuses=["proceed_with_conditions"])) == [
        "SO-2026-0001"]
    assert refs(orders, OrderFilter(text=police, statuses=["held"])) == []
