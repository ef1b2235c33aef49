"""An answer only counts for the order as it was escalated: not for a blocked or changed
order, not for an older packet, not twice, not dated before the packet, not for a packet that
never left the app, and conditions only with an approval with conditions. The e-mail of a
misuse report does not ask for a decision."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from reseller_app.services.answers import AnswerService
from reseller_app.services.dto import AnswerInput, OrderStatus, PacketStatus
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService, mail_body
from reseller_app.services.followups import FollowUpService
from reseller_app.services.misuse import MisuseService
from reseller_app.services.orders import OrderService

from .test_answers import TODAY, audit_count, decision, raw, sent
from .test_escalation import build, held_order


def refused(ctx, data: dict, **kw) -> ValidationError:
    before = audit_count(ctx)
    with pytest.raises(ValidationError) as exc:
        AnswerService(ctx).import_file(raw(data), **kw)
    assert audit_count(ctx) == before  # nothing recorded
    return exc.value


def test_an_approval_cannot_unblock_an_order_changed_to_a_prohibited_use(configured, catalog):
    orders = OrderService(configured)
    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    view = orders.get(order_id)
    blocked = orders.save(dataclasses.replace(
        view.draft, intended_use="Facial recognition of protesters"))
    assert blocked.status == OrderStatus.BLOCKED
    error = refused(configured, decision(packet, outcome="approved", conditions=[]))
    assert "prohibited use" in error.message and "nobody can approve" in error.message
    assert orders.get(order_id).status == OrderStatus.BLOCKED
    assert AnswerService(configured).answers() == []


def test_an_answer_for_an_order_screened_differently_since_needs_a_new_packet(configured,
                                                                              catalog):
    orders = OrderService(configured)
    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    view = orders.get(order_id)
    laptops = dataclasses.replace(view.draft, lines=catalog.laptop_order().lines,
                                  destination_country="DE", customer_id=catalog.office.id)
    changed = orders.save(laptops)
    assert changed.screening.tier != "high"
    error = refused(configured, decision(packet))
    assert "changed after packet" in error.message and "new packet" in error.message
    # The same order, saved again without another outcome: the packet still describes it.
    orders.save(dataclasses.replace(changed.draft, lines=view.draft.lines,
                                    destination_country="VE", customer_id=catalog.police.id))
    answer = AnswerService(configured).import_file(raw(decision(packet)))
    assert answer.order_status == OrderStatus.PROCEED_WITH_CONDITIONS


def test_only_the_latest_packet_is_answered_and_only_once(configured, catalog):
    order_id = held_order(configured, catalog)
    older = sent(configured, build(configured, order_id))
    newer = sent(configured, build(configured, order_id))
    answers = AnswerService(configured)
    assert answers.awaiting(order_id) == newer.id
    error = refused(configured, decision(older, outcome="rejected", conditions=[]))
    assert "not the latest escalation" in error.message and newer.id in error.message
    answers.import_file(raw(decision(newer, outcome="approved", conditions=[])))
    assert answers.awaiting(order_id) is None
    # The older packet, rejected with a date six years before it existed: refused.
    error = refused(configured, decision(older, outcome="rejected", conditions=[],
                                         answered_on="2020-11-04"))
    assert error.field == "packet_id"
    with pytest.raises(ValidationError) as exc:
        answers.record(older.id, AnswerInput("rejected", [], "R-9", TODAY, "Someone"))
    assert exc.value.field == "packet_id"
    assert OrderService(configured).get(order_id).status == OrderStatus.PROCEED
    assert [a.packet_id for a in answers.answers(order_id)] == [newer.id]


def test_an_answer_dated_before_its_packet_is_refused(configured, catalog):
    packet = sent(configured, build(configured, held_order(configured, catalog)))
    error = refused(configured, decision(packet, answered_on="2020-11-04"))
    assert error.field == "answered_on" and "before packet" in error.message
    with pytest.raises(ValidationError) as exc:
        AnswerService(configured).record(packet.id, AnswerInput(
            "approved", [], "R-1", dt.date(2020, 11, 4), "Dana Ruiz"))
    assert exc.value.field == "answered_on"


def test_an_answered_order_is_not_escalated_again_by_any_way(configured, catalog):
    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    escalation = EscalationService(configured)
    assert escalation.draft(order_id).can_escalate
    AnswerService(configured).import_file(raw(decision(packet)))
    draft = escalation.draft(order_id)
    assert not draft.can_escalate and "already answered" in draft.reason
    with pytest.raises(ValidationError) as exc:  # what the CLI's escalate calls
        build(configured, order_id)
    assert exc.value.message == draft.reason
    assert len(escalation.packets(order_id=order_id)) == 1


def test_a_decision_file_for_a_packet_that_never_left_is_refused(configured, catalog):
    order_id = held_order(configured, catalog)
    packet = build(configured, order_id)
    assert packet.status == PacketStatus.BUILT
    error = refused(configured, decision(packet))
    assert error.field == "packet_id" and "never sent" in error.message
    assert OrderService(configured).get(order_id).status == OrderStatus.HELD


def test_conditions_go_only_with_an_approval_with_conditions(configured, catalog):
    order_id = held_order(configured, catalog)
    packet = sent(configured, build(configured, order_id))
    error = refused(configured, decision(packet, outcome="rejected"))
    assert error.field == "conditions" and "rejected" in error.message
    with pytest.raises(ValidationError) as exc:
        AnswerService(configured).record(packet.id, AnswerInput(
            "rejected", ["Disable face matching"], "R-1", TODAY, "Dana Ruiz"))
    assert exc.value.field == "conditions"
    answer = AnswerService(configured).import_file(raw(decision(packet, outcome="rejected",
                                                                conditions=[])))
    assert answer.order_status == OrderStatus.DECLINED
    assert FollowUpService(configured).open(order_id) == []


def test_the_misuse_e_mail_asks_to_act_not_to_decide(configured, catalog):
    from reseller_app.services.dto import MisuseDraft

    order = OrderService(configured).save(catalog.camera_order())
    packet = MisuseService(configured).report(MisuseDraft(
        what_seen="Cameras pointed at a union office.", seen_on=dt.date(2026, 11, 1),
        order_id=order.id))
    body = EscalationService(configured).message(packet.id).get_body(
        ("plain",)).get_content()
    assert "possible misuse" in body and "SO-2001" in body and packet.id in body
    assert "approved with conditions" not in body and "decision file" not in body
    assert "acknowledge" in body
    assert "Anna Weber" in body and "anna.weber@example.com" in body
    escalation = build(configured, held_order(configured, catalog, "SO-2002"))
    assert "approved with conditions" in mail_body(escalation)
