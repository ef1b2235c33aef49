"""Approval from the approver's own desk (real widgets, real SQLite, two desks on one file):
the staff member asks on the Decision tab, the approver sees "Waiting for your approval",
approves with their passphrase or sends it back, and the staff member reads the reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from html import escape

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.domain.people import Role
from reseller_app.services.context import WorkingPerson
from reseller_app.services.dto import ApprovalState, OrderView
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService, Person
from reseller_app.services.startup import open_app
from reseller_app.ui.approvals_dialog import ApprovalsDialog
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import DECISION_TAB, OrderWindow
from reseller_app.ui.overview_view import OverviewView

from ..conftest import START, stepping_clock
from .conftest import camera_order

FAST = PassphraseHasher(n=2**4, r=8, p=1)
APPROVER_PASS = "seven quiet harbour lamps"
RATIONALE = "Traffic use only; end-use statement signed."


@pytest.fixture
def team(configured: Backend) -> dict[str, Person]:
    people = PeopleService(configured.ctx, hasher=FAST)
    admin, approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", "violet kettle on the moon"),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com",
                                        "paper boats in April rain", Role.STAFF))
    configured.ctx.person = WorkingPerson(staff.id, staff.name)
    return {"admin": admin, "approver": approver, "staff": staff}


@pytest.fixture
def approver_desk(configured: Backend, team: dict[str, Person]) -> Iterator[Backend]:
    """Jonas's own computer on the same database, Jonas signed in."""
    ctx = open_app(configured.ctx.db_url, clock=stepping_clock(START + dt.timedelta(hours=1)),
                   actor="jonas")
    ctx.person = WorkingPerson(team["approver"].id, team["approver"].name)
    yield Backend(ctx)
    ctx.engine.dispose()


def decision_tab(qtbot: QtBot, backend: Backend, order_id: int) -> OrderWindow:
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(order_id)
    window.show()
    window.tabs.setCurrentIndex(DECISION_TAB)
    return window


def ask(qtbot: QtBot, window: OrderWindow, approver: str = "Any approver") -> None:
    panel = window.decision
    qtbot.mouseClick(panel.outcome_buttons["proceed"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.rationale, RATIONALE)
    panel.ask.approver.setCurrentIndex(panel.ask.approver.findText(approver))
    qtbot.mouseClick(panel.ask.button, Qt.MouseButton.LeftButton)


def approvals(qtbot: QtBot, backend: Backend) -> ApprovalsDialog:
    dialog = ApprovalsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_staff_asks_and_the_approver_approves_from_the_waiting_list(
        qtbot: QtBot, configured: Backend, team: dict[str, Person], held_order: OrderView,
        approver_desk: Backend) -> None:
    window = decision_tab(qtbot, configured, held_order.id)
    panel = window.decision
    assert panel.ask.isVisible()
    assert [panel.ask.approver.itemText(i) for i in range(panel.ask.approver.count())] == [
        "Any approver", "Anna Weber", "Jonas Berg"]
    with qtbot.waitSignal(panel.approvalRequested):
        ask(qtbot, window)
    assert panel.request_note.isVisible()
    assert panel.request_note.text().startswith("Awaiting approval by any approver: Lea Kim")
    assert not panel.ask.isEnabled()  # one request at a time
    assert any("asked any approver for approval" in line  # the history says so at once
               for line in window.history.summaries())
    assert configured.orders.get(held_order.id).status == "held"

    dialog = approvals(qtbot, approver_desk)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 0)) == "SO-2001"
    details = dialog.details.text()
    assert "Order SO-2001, High risk" in details and RATIONALE in details
    flags = approver_desk.orders.get(held_order.id).screening.flags
    assert flags and all(escape(f.reason) in details for f in flags)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    qtbot.keyClicks(dialog.passphrase, APPROVER_PASS)
    with qtbot.waitSignal(dialog.approved) as approved:  # Enter after the passphrase
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert approved.args == [held_order.id]
    assert dialog.model.rowCount() == 0
    assert dialog.intro.text() == "Nothing is waiting for your approval, Jonas Berg."
    decision = configured.orders.get(held_order.id).decisions[-1]
    assert (decision.decided_by, decision.approved_by) == (
        f"Lea Kim ({configured.actor})", "Jonas Berg")


def test_a_wrong_passphrase_is_said_at_the_field(
        qtbot: QtBot, configured: Backend, team: dict[str, Person], held_order: OrderView,
        approver_desk: Backend) -> None:
    ask(qtbot, decision_tab(qtbot, configured, held_order.id))
    dialog = approvals(qtbot, approver_desk)
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    error = dialog.errors.error_for("approver_passphrase")
    assert error is not None and error.message().startswith("Wrong passphrase for Jonas Berg")
    assert dialog.passphrase.text() == ""  # not kept in the widget
    assert dialog.model.rowCount() == 1
    assert configured.orders.get(held_order.id).status == "held"


def test_sent_back_with_a_reason_the_staff_member_reads_on_the_order(
        qtbot: QtBot, configured: Backend, team: dict[str, Person], held_order: OrderView,
        approver_desk: Backend) -> None:
    ask(qtbot, decision_tab(qtbot, configured, held_order.id))
    dialog = approvals(qtbot, approver_desk)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    error = dialog.errors.error_for("reason")
    assert error is not None and "Say why it goes back" in error.message()
    qtbot.keyClicks(dialog.reason, "Get the signed end-use certificate first.")
    with qtbot.waitSignal(dialog.returned):
        qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0

    window = decision_tab(qtbot, configured, held_order.id)
    note = window.decision.request_note
    assert note.isVisible() and note.text().startswith("Sent back by Jonas Berg")
    assert note.text().endswith(": Get the signed end-use certificate first.")
    assert window.decision.ask.isEnabled()  # ask again once it is mended


def test_an_order_changed_after_the_request_cannot_be_approved_in_the_list(
        qtbot: QtBot, configured: Backend, team: dict[str, Person], held_order: OrderView,
        approver_desk: Backend, catalog) -> None:
    ask(qtbot, decision_tab(qtbot, configured, held_order.id))
    draft = camera_order(catalog, use="Traffic monitoring, and more junctions")
    configured.orders.save(dataclasses.replace(draft, id=held_order.id))
    dialog = approvals(qtbot, approver_desk)
    assert dialog.model.data(dialog.model.index(0, 0)) == "SO-2001 (changed since)"
    assert "cannot be approved" in dialog.details.text()
    qtbot.keyClicks(dialog.passphrase, APPROVER_PASS)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert "stale" in dialog.general_error.message()
    assert dialog.model.rowCount() == 0  # marked stale: no longer waiting
    assert approver_desk.approvals.for_order(held_order.id).state == ApprovalState.STALE


def test_the_overview_counts_what_waits_for_the_approver(
        qtbot: QtBot, configured: Backend, team: dict[str, Person], held_order: OrderView,
        approver_desk: Backend) -> None:
    ask(qtbot, decision_tab(qtbot, configured, held_order.id))
    page = OverviewView(approver_desk)
    qtbot.addWidget(page)
    page.show_summary(approver_desk.overview.summary())
    assert page.counts()["approvals"] == "1"
    with qtbot.waitSignal(page.openApprovals):
        qtbot.mouseClick(page.approvals.button, Qt.MouseButton.LeftButton)
    staff_page = OverviewView(configured)  # staff: nothing waits for them
    qtbot.addWidget(staff_page)
    staff_page.show_summary(configured.overview.summary())
    assert "approvals" not in staff_page.counts()
