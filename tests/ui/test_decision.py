"""Recording decisions on a held order: conditions, the senior approver, and blocked orders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import OrderView
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import CHECKLIST_TAB, DECISION_TAB, OrderWindow

from .conftest import APPROVER, Catalog, camera_order


def open_window(qtbot: QtBot, backend: Backend, order_id: int) -> OrderWindow:
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(order_id)
    window.show()
    window.tabs.setCurrentIndex(DECISION_TAB)
    return window


def test_decision_with_conditions_and_senior_approval(qtbot: QtBot, configured: Backend,
                                                      held_order: OrderView) -> None:
    window = open_window(qtbot, configured, held_order.id)
    panel = window.decision
    assert panel.needs_approval()
    assert "principle 16" in panel.approval_note.text()
    assert APPROVER in panel.approval_note.text()
    assert panel.decided_by.text() == configured.actor

    qtbot.mouseClick(panel.outcome_buttons["proceed_with_conditions"],
                     Qt.MouseButton.LeftButton)
    assert panel.conditions_box.isVisible()
    chosen = list(panel.mitigations)[:2]
    for mitigation in chosen:
        panel.mitigations[mitigation].click()
    qtbot.keyClicks(panel.conditions, "No facial recognition licence.")
    qtbot.keyClicks(panel.rationale, "Traffic use only; the police signed an end-use statement.")
    qtbot.keyClicks(panel.approved_by, APPROVER)

    with qtbot.waitSignal(window.orderChanged):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)

    view = configured.orders.get(held_order.id)
    assert view.status == "proceed_with_conditions"
    decision = view.decisions[-1]
    assert decision.outcome == "proceed_with_conditions"
    assert sorted(decision.mitigations) == sorted(chosen)
    assert decision.approved_by == APPROVER
    assert window.view is not None and window.view.status == "proceed_with_conditions"
    actions = [window.history.model.row_object(i).action
               for i in range(window.history.model.loaded())]
    assert any(a.startswith("decision") for a in actions)
    seqs = [window.history.model.row_object(i).seq for i in range(window.history.model.loaded())]
    assert seqs == sorted(seqs, reverse=True)


def test_decision_without_the_senior_approver_is_refused(qtbot: QtBot, configured: Backend,
                                                         held_order: OrderView) -> None:
    window = open_window(qtbot, configured, held_order.id)
    panel = window.decision
    qtbot.mouseClick(panel.outcome_buttons["proceed"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.rationale, "Looks fine to me.")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)

    assert "senior approver" in panel.error_text("approved_by")
    assert configured.orders.get(held_order.id).status == "held"

    qtbot.keyClicks(panel.approved_by, "Sam from sales")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.error_text("approved_by")  # the service names who may approve
    assert configured.orders.get(held_order.id).status == "held"


def test_rationale_is_required(qtbot: QtBot, configured: Backend,
                               held_order: OrderView) -> None:
    window = open_window(qtbot, configured, held_order.id)
    panel = window.decision
    qtbot.mouseClick(panel.outcome_buttons["decline"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.error_text("rationale")
    assert configured.orders.get(held_order.id).status == "held"


def test_blocked_order_can_only_be_declined(qtbot: QtBot, configured: Backend,
                                            catalog: Catalog) -> None:
    use_case = configured.pack.prohibited_use_cases[0].id
    draft = camera_order(catalog, "SO-2100", use="Cameras for the town square")
    draft.use_cases = [use_case]
    view = configured.orders.save(draft)
    assert view.status == "blocked"

    window = open_window(qtbot, configured, view.id)
    panel = window.decision
    assert panel.offered_outcomes() == ["decline"]
    assert "Nobody in the company can approve it" in panel.blocked.text()
    assert not panel.needs_approval()

    qtbot.keyClicks(panel.rationale, "Prohibited use: declined and the customer told why.")
    with qtbot.waitSignal(window.orderChanged):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert configured.orders.get(view.id).status == "declined"


def test_checklist_answers_are_saved(qtbot: QtBot, configured: Backend,
                                     held_order: OrderView) -> None:
    window = open_window(qtbot, configured, held_order.id)
    window.tabs.setCurrentIndex(CHECKLIST_TAB)
    checklist = window.checklist
    assert checklist.questions() == [q for q in held_order.screening.checklist
                                     if q in {c.id for c in configured.pack.checklist}]
    assert checklist.items
    first = checklist.items[0]
    qtbot.mouseClick(first.buttons[first.question.risky_answer], Qt.MouseButton.LeftButton)
    assert first.risk.isVisibleTo(checklist)
    qtbot.keyClicks(first.note, "Asked on the phone.")
    with qtbot.waitSignal(checklist.saved):
        qtbot.mouseClick(checklist.save_button, Qt.MouseButton.LeftButton)

    answers = {a.question_id: a for a in configured.orders.get(held_order.id).checklist_answers}
    assert answers[first.question.id].answer == first.question.risky_answer
    assert answers[first.question.id].note == "Asked on the phone."
