"""Decision rules through the services: who may decide what, and what is kept about it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import Customer, DecisionOutcome, OrderStatus
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.orders import OrderService

from .conftest import APPROVER, Catalog

RATIONALE = "Checked the end-use statement."


@pytest.fixture
def orders(configured) -> OrderService:
    return OrderService(configured)


@pytest.fixture
def decisions(configured) -> DecisionService:
    return DecisionService(configured)


def prohibited(orders: OrderService, catalog: Catalog) -> int:
    view = orders.save(catalog.camera_order("SO-BAD", use="Facial recognition of protesters"))
    assert view.screening.tier == "prohibited" and view.status == OrderStatus.BLOCKED
    return view.id


def high(orders: OrderService, catalog: Catalog) -> int:
    view = orders.save(catalog.camera_order("SO-HIGH"))
    assert view.screening.tier == "high" and view.status == OrderStatus.HELD
    return view.id


def self_service_elevated(orders: OrderService, catalog: Catalog) -> int:
    draft = dataclasses.replace(
        catalog.camera_order("SO-WEB", sales_model="self_service", country="FR",
                             use="Entrance camera for the school"),
        customer_id=catalog.school.id)
    view = orders.save(draft)
    assert view.screening.tier == "elevated"
    return view.id


# -- prohibited ---------------------------------------------------------------------------------
@pytest.mark.parametrize("outcome", ["proceed", "proceed_with_conditions", "escalate"])
def test_nobody_can_approve_a_prohibited_order(orders, decisions, catalog, outcome):
    order_id = prohibited(orders, catalog)
    allowed = decisions.allowed(order_id)
    assert allowed.blocked and allowed.outcomes == [DecisionOutcome.DECLINE]
    assert "prohibited" in allowed.reason
    with pytest.raises(ValidationError) as exc:
        # Even the senior approver, with safeguards and conditions, cannot approve it.
        decisions.record(order_id, outcome, RATIONALE, decided_by=APPROVER,
                         mitigations=["end_user_statement"], conditions="Only traffic",
                         approved_by=APPROVER)
    assert exc.value.field == "outcome"
    assert "prohibited" in exc.value.message and "decline" in exc.value.message
    view = orders.get(order_id)
    assert view.status == OrderStatus.BLOCKED and view.decisions == []


def test_a_prohibited_order_can_be_declined(orders, decisions, catalog):
    order_id = prohibited(orders, catalog)
    record = decisions.record(order_id, "decline", "Prohibited use.", decided_by="Tom Seller")
    assert record.outcome == DecisionOutcome.DECLINE
    assert orders.get(order_id).status == OrderStatus.DECLINED


# -- high tier: the senior approver -----------------------------------------------------------
def test_high_tier_needs_the_senior_approver_by_name(orders, decisions, catalog):
    order_id = high(orders, catalog)
    allowed = decisions.allowed(order_id)
    assert allowed.needs_senior_approval and allowed.approver_name == APPROVER
    assert APPROVER in allowed.reason
    for approved_by in (None, "", "Tom Seller"):
        with pytest.raises(ValidationError) as exc:
            decisions.record(order_id, "proceed", RATIONALE, decided_by="Tom Seller",
                             approved_by=approved_by)
        assert exc.value.field == "approved_by"
        assert APPROVER in exc.value.message
    assert orders.get(order_id).status == OrderStatus.HELD

    # Spaces and case do not matter: it is the same person.
    record = decisions.record(order_id, "proceed", RATIONALE, decided_by="Tom  Seller",
                              approved_by="  anna   WEBER ")
    assert record.approved_by == "anna WEBER" and record.decided_by == "Tom Seller"
    assert orders.get(order_id).status == OrderStatus.PROCEED


def test_high_tier_may_be_escalated_or_declined_without_the_approver(orders, decisions,
                                                                     catalog):
    order_id = high(orders, catalog)
    decisions.record(order_id, "escalate", "Ask the distributor.", decided_by="Tom Seller")
    assert orders.get(order_id).status == OrderStatus.ESCALATED
    decisions.record(order_id, DecisionOutcome.DECLINE, "The distributor said no.",
                     decided_by="Tom Seller")
    assert orders.get(order_id).status == OrderStatus.DECLINED


def test_a_low_order_needs_no_approver(orders, decisions, catalog):
    view = orders.save(catalog.laptop_order())
    assert view.status == OrderStatus.CLEARED
    assert not decisions.allowed(view.id).needs_senior_approval
    record = decisions.record(view.id, "proceed", "Office laptops.", decided_by="Tom Seller")
    assert record.approved_by is None
    assert orders.get(view.id).status == OrderStatus.PROCEED


# -- conditions ---------------------------------------------------------------------------------
def test_proceed_with_conditions_needs_a_safeguard_or_conditions(orders, decisions, catalog):
    order_id = high(orders, catalog)
    with pytest.raises(ValidationError) as exc:
        decisions.record(order_id, "proceed_with_conditions", RATIONALE, decided_by="Tom",
                         mitigations=["  "], conditions="   ", approved_by=APPROVER)
    assert exc.value.field == "conditions"

    with pytest.raises(ValidationError) as exc:
        decisions.record(order_id, "proceed_with_conditions", RATIONALE, decided_by="Tom",
                         mitigations=["a_safeguard_nobody_offers"], approved_by=APPROVER)
    assert exc.value.field == "mitigations"
    assert orders.get(order_id).decisions == []

    with_text = decisions.record(order_id, "proceed_with_conditions", RATIONALE,
                                 decided_by="Tom", conditions="No facial recognition licence.",
                                 approved_by=APPROVER)
    assert with_text.conditions == "No facial recognition licence." and not with_text.mitigations
    with_ids = decisions.record(order_id, "proceed_with_conditions", RATIONALE, decided_by="Tom",
                                mitigations=["end_user_statement", "feature_limitation",
                                             "end_user_statement"], approved_by=APPROVER)
    assert with_ids.mitigations == ["end_user_statement", "feature_limitation"]
    view = orders.get(order_id)
    assert view.status == OrderStatus.PROCEED_WITH_CONDITIONS
    assert [d.id for d in view.decisions] == [with_text.id, with_ids.id]


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"rationale": "  "}, "rationale"),
    ({"decided_by": " "}, "decided_by"),
    ({"outcome": "approve"}, "outcome"),
])
def test_a_decision_says_what_why_and_who(orders, decisions, catalog, kwargs, field):
    view = orders.save(catalog.laptop_order())
    args = {"outcome": "proceed", "rationale": RATIONALE, "decided_by": "Tom"} | kwargs
    with pytest.raises(ValidationError) as exc:
        decisions.record(view.id, **args)
    assert exc.value.field == field


def test_unknown_order(decisions):
    with pytest.raises(NotFound):
        decisions.allowed(999)
    with pytest.raises(NotFound):
        decisions.record(999, "decline", RATIONALE, decided_by="Tom")


# -- self-service -------------------------------------------------------------------------------
def test_self_service_elevated_order_is_held_until_a_sales_assisted_review(orders, decisions,
                                                                          catalog):
    order_id = self_service_elevated(orders, catalog)
    view = orders.get(order_id)
    assert view.status == OrderStatus.HELD and view.screening.hold

    # The same order sold with a salesperson involved is not held.
    assisted = dataclasses.replace(view.draft, id=None, reference="SO-SHOP",
                                   sales_model="assisted")
    assert orders.save(assisted).status == OrderStatus.CLEARED

    allowed = decisions.allowed(order_id)
    assert allowed.self_service_review and not allowed.needs_senior_approval
    assert "sales-assisted" in allowed.reason
    record = decisions.record(order_id, "proceed", "Called the school: entrance camera only.",
                              decided_by="Tom Seller")
    assert record.sales_review
    after = orders.get(order_id)
    assert after.status == OrderStatus.PROCEED
    assert after.draft.sales_model == "assisted"
    assert "sales-assisted review" in orders.history(order_id)[-1].summary


def test_declining_a_self_service_order_is_no_review(orders, decisions, catalog):
    order_id = self_service_elevated(orders, catalog)
    record = decisions.record(order_id, "decline", "Not for the web shop.", decided_by="Tom")
    assert not record.sales_review
    assert orders.get(order_id).draft.sales_model == "self_service"


# -- what is kept -------------------------------------------------------------------------------
def test_status_and_history_record_who_when_and_why(configured, orders, decisions, catalog):
    order_id = high(orders, catalog)
    record = decisions.record(order_id, "proceed_with_conditions", "Traffic use only.",
                              decided_by="Tom Seller", mitigations=["end_user_statement"],
                              conditions="No facial recognition.", approved_by=APPROVER)
    view = orders.get(order_id)
    assert view.status == OrderStatus.PROCEED_WITH_CONDITIONS
    [kept] = view.decisions
    assert kept == record
    assert kept.decided_at.tzinfo is not None and kept.decided_at > view.screened_at
    assert kept.rationale == "Traffic use only." and kept.decided_by == "Tom Seller"

    history = orders.history(order_id)
    assert [h.action for h in history] == ["order.created", "decision.recorded"]
    entry = history[-1]
    assert entry.actor == "tester" and entry.at == kept.decided_at
    assert "proceed with conditions" in entry.summary and "Tom Seller" in entry.summary
    assert APPROVER in entry.summary
    assert entry.details["rationale"] == "Traffic use only."
    assert entry.details["previous_status"] == "held"
    assert entry.details["status"] == "proceed_with_conditions"
    assert entry.details["mitigations"] == ["end_user_statement"]
    assert AuditService(configured).verify().ok


def test_a_refused_decision_writes_nothing(configured, orders, decisions, catalog):
    order_id = high(orders, catalog)
    before = AuditService(configured).verify().checked
    with pytest.raises(ValidationError):
        decisions.record(order_id, "proceed", RATIONALE, decided_by="Tom")
    assert AuditService(configured).verify().checked == before
    assert orders.get(order_id).decisions == []


def test_editing_after_a_decision_keeps_it_unless_the_risk_changes(orders, decisions, catalog):
    order_id = high(orders, catalog)
    decisions.record(order_id, "proceed", RATIONALE, decided_by="Tom", approved_by=APPROVER)
    view = orders.get(order_id)
    [line] = view.draft.lines
    # A corrected price, description or date: the decision still stands.
    tidied = dataclasses.replace(
        view.draft, date=view.draft.date - dt.timedelta(days=1),
        intended_use=view.draft.intended_use.upper() + ".",
        lines=[dataclasses.replace(line, unit_price=Decimal("299"), description="Dome camera")])
    assert orders.save(tidied).status == OrderStatus.PROCEED
    assert orders.history(order_id)[-1].details["decision_reset"] is False

    # From the order as now saved: the first draft is stale once the tidied one is saved.
    worse = dataclasses.replace(orders.get(order_id).draft,
                                intended_use="Facial recognition of protesters")
    after = orders.save(worse)
    assert after.status == OrderStatus.BLOCKED
    last = orders.history(order_id)[-1]
    assert last.details["decision_reset"] is True
    assert "no longer applies" in last.summary
    assert decisions.allowed(order_id).outcomes == [DecisionOutcome.DECLINE]


@pytest.mark.parametrize("change", ["quantity", "customer", "intended_use", "destination"])
def test_a_decision_no_longer_applies_when_what_was_decided_changes(configured, orders, decisions,
                                                                    catalog, change):
    """Not the order that was approved any more: a new decision is needed."""
    agency = CatalogService(configured).save_customer(
        Customer("Dirección de Inteligencia", "VE", "government", "security", "intelligence"))
    order_id = high(orders, catalog)
    decisions.record(order_id, "proceed", RATIONALE, decided_by="Tom", approved_by=APPROVER)
    draft = orders.get(order_id).draft
    [line] = draft.lines
    edited = {
        "quantity": dataclasses.replace(draft, lines=[dataclasses.replace(line, quantity=4000)]),
        "customer": dataclasses.replace(draft, customer_id=agency.id),
        "intended_use": dataclasses.replace(draft, intended_use="Watching the port entrance"),
        "destination": dataclasses.replace(draft, destination_country="EG"),
    }[change]
    after = orders.save(edited)
    assert after.screening.hold and after.status in (OrderStatus.HELD, OrderStatus.BLOCKED)
    last = orders.history(order_id)[-1]
    assert last.details["decision_reset"] is True and "no longer applies" in last.summary


def test_decisions_use_the_pack_that_screened_the_order(configured, orders, decisions,
                                                        catalog):
    """A newer pack with other holds does not change the rules for an order screened before."""
    import json

    from reseller_app.services.packs import PackService, default_pack_bytes

    order_id = high(orders, catalog)
    data = json.loads(default_pack_bytes())
    data["version"] = "2099.1.0"
    data["holds"]["senior_approval_from_tier"] = "prohibited"
    PackService(configured).import_pack(json.dumps(data).encode())
    assert decisions.allowed(order_id).needs_senior_approval
