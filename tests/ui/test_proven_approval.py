"""The Decision tab with people: who decides is the working person, and a high-risk order is
approved only when an approver types their own passphrase in the same form (real widgets,
real SQLite)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.domain.people import Role
from reseller_app.services.context import WorkingPerson
from reseller_app.services.dto import OrderView
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService, Person
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import DECISION_TAB, OrderWindow

FAST = PassphraseHasher(n=2**4, r=8, p=1)
APPROVER_PASS = "seven quiet harbour lamps"
STAFF_PASS = "paper boats in April rain"


@pytest.fixture
def team(configured: Backend) -> dict[str, Person]:
    people = PeopleService(configured.ctx, hasher=FAST)
    admin, approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", "violet kettle on the moon"),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    configured.ctx.person = WorkingPerson(staff.id, staff.name)
    return {"admin": admin, "approver": approver, "staff": staff}


def decision_tab(qtbot: QtBot, backend: Backend, order_id: int) -> OrderWindow:
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(order_id)
    window.show()
    window.tabs.setCurrentIndex(DECISION_TAB)
    return window


def proceed(qtbot: QtBot, window: OrderWindow, approver: str, passphrase: str) -> None:
    panel = window.decision
    qtbot.mouseClick(panel.outcome_buttons["proceed"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.rationale, "Traffic use only; end-use statement signed.")
    panel.form.approver.setCurrentIndex(panel.form.approver.findText(approver,
                                                                      Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(panel.form.approver_passphrase, passphrase)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)


def test_the_approver_confirms_with_their_passphrase_in_the_form(
        qtbot: QtBot, configured: Backend, team: dict[str, Person],
        held_order: OrderView) -> None:
    window = decision_tab(qtbot, configured, held_order.id)
    panel = window.decision
    assert panel.needs_approval()
    assert panel.form.approver.isVisible() and panel.form.approver_passphrase.isVisible()
    assert not panel.approved_by.isVisible()  # a typed name is no longer asked
    assert panel.decided_by.text() == f"Lea Kim ({configured.actor})"
    assert panel.decided_by.isReadOnly()
    assert panel.form.approver_passphrase.echoMode() == panel.form.approver_passphrase.EchoMode\
        .Password
    names = [panel.form.approver.itemText(i) for i in range(panel.form.approver.count())]
    assert names == ["Anna Weber <anna.weber@example.com>", "Jonas Berg <jonas.berg@example.com>"]

    with qtbot.waitSignal(window.orderChanged):
        proceed(qtbot, window, "Jonas Berg", APPROVER_PASS)
    decision = configured.orders.get(held_order.id).decisions[-1]
    assert decision.approved_by == "Jonas Berg"
    assert decision.decided_by == f"Lea Kim ({configured.actor})"


def test_a_wrong_passphrase_is_shown_at_the_field_and_nothing_is_recorded(
        qtbot: QtBot, configured: Backend, team: dict[str, Person],
        held_order: OrderView) -> None:
    window = decision_tab(qtbot, configured, held_order.id)
    proceed(qtbot, window, "Jonas Berg", "not the passphrase")
    panel = window.decision
    assert panel.error_text("approver_passphrase").startswith("Wrong passphrase for Jonas Berg")
    assert panel.form.approver_passphrase.text() == ""  # not kept in the widget
    assert configured.orders.get(held_order.id).status == "held"


def test_staff_choosing_themself_as_approver_is_refused(
        qtbot: QtBot, configured: Backend, team: dict[str, Person],
        held_order: OrderView) -> None:
    window = decision_tab(qtbot, configured, held_order.id)
    panel = window.decision
    panel.form.approver.addItem("Lea Kim <lea.kim@example.com>", team["staff"].id)  # forced
    proceed(qtbot, window, "Lea Kim", STAFF_PASS)
    assert "needs the role approver" in panel.error_text("approver")
    assert configured.orders.get(held_order.id).status == "held"


def test_an_empty_passphrase_is_asked_for(qtbot: QtBot, configured: Backend,
                                          team: dict[str, Person],
                                          held_order: OrderView) -> None:
    window = decision_tab(qtbot, configured, held_order.id)
    proceed(qtbot, window, "Jonas Berg", "")
    assert "own passphrase" in window.decision.error_text("approver_passphrase")
    assert configured.orders.get(held_order.id).status == "held"


def test_without_people_the_panel_says_people_make_approvals_proven(
        qtbot: QtBot, configured: Backend, held_order: OrderView) -> None:
    window = decision_tab(qtbot, configured, held_order.id)
    panel = window.decision
    assert panel.approved_by.isVisible() and not panel.form.approver.isVisible()
    assert "makes approvals proven" in panel.approval_note.text()
    assert not panel.decided_by.isReadOnly()
