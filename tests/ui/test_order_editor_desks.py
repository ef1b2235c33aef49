"""Two desks on one database, seen in the order window: a save or a decision refused because
someone changed the order after it was opened says who and what, keeps what the user typed
until they choose "Reload the order", and then shows the order as saved now."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.context import AppContext
from reseller_app.services.dto import OrderView
from reseller_app.services.orders import OrderService
from reseller_app.services.startup import open_app
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import DECISION_TAB, OrderWindow

from ..conftest import stepping_clock
from .test_escalation import no_duplicate_mnemonics


@pytest.fixture
def other_desk(configured: Backend) -> Iterator[AppContext]:
    """A second desk on the same database file (its own engine), working as "anna"."""
    ctx = open_app(configured.ctx.db_url, clock=stepping_clock(), actor="anna")
    yield ctx
    ctx.engine.dispose()


def change_destination(desk: AppContext, order_id: int, country: str) -> None:
    service = OrderService(desk)
    view = service.get(order_id)
    service.save(dataclasses.replace(view.draft, destination_country=country))


def open_window(qtbot: QtBot, backend: Backend, order_id: int) -> OrderWindow:
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(order_id)
    window.show()
    return window


def test_a_refused_save_keeps_the_typed_text_until_reload(qtbot: QtBot, configured: Backend,
                                                          held_order: OrderView,
                                                          other_desk: AppContext) -> None:
    window = open_window(qtbot, configured, held_order.id)
    editor = window.editor
    assert not editor.conflict.isVisible()
    change_destination(other_desk, held_order.id, "CO")  # saved at the other desk meanwhile

    editor.intended_use.clear()
    qtbot.keyClicks(editor.intended_use, "Parking garage entrances")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.conflict.isVisible()
    no_duplicate_mnemonics(window)
    message = editor.conflict.message()
    assert "anna changed order SO-2001" in message and "(destination)" in message
    assert "nothing was saved" in message
    # What the user typed is still there, unsaved; the stored order is the other desk's.
    assert editor.intended_use.toPlainText() == "Parking garage entrances"
    assert editor.is_dirty()
    stored = configured.orders.get(held_order.id)
    assert stored.draft.destination_country == "CO"
    assert stored.draft.intended_use == held_order.draft.intended_use

    # "Keep my text for now": the bar goes, the text stays, and saving is still refused.
    qtbot.mouseClick(editor.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert not editor.conflict.isVisible()
    assert editor.intended_use.toPlainText() == "Parking garage entrances"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.conflict.isVisible()

    # "Reload the order": the order as saved now, and the next save goes through.
    with qtbot.waitSignal(editor.reloaded):
        qtbot.mouseClick(editor.conflict.reload_button, Qt.MouseButton.LeftButton)
    assert not editor.conflict.isVisible()
    assert editor.destination.code() == "CO"
    assert editor.intended_use.toPlainText() == held_order.draft.intended_use
    assert window.view is not None and window.view.draft.destination_country == "CO"
    editor.intended_use.clear()
    qtbot.keyClicks(editor.intended_use, "Parking garage entrances")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.conflict.isVisible()
    saved = configured.orders.get(held_order.id)
    assert (saved.draft.destination_country, saved.draft.intended_use) == \
        ("CO", "Parking garage entrances")


def test_a_refused_decision_keeps_the_rationale_until_reload(qtbot: QtBot,
                                                             configured: Backend,
                                                             held_order: OrderView,
                                                             other_desk: AppContext) -> None:
    window = open_window(qtbot, configured, held_order.id)
    window.tabs.setCurrentIndex(DECISION_TAB)
    panel = window.decision
    change_destination(other_desk, held_order.id, "CO")

    qtbot.mouseClick(panel.outcome_buttons["decline"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.rationale, "Declined: no end-use statement.")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)

    assert panel.conflict.isVisible()
    no_duplicate_mnemonics(window)
    assert "anna changed order SO-2001" in panel.conflict.message()
    assert panel.rationale.toPlainText() == "Declined: no end-use statement."
    assert configured.orders.get(held_order.id).decisions == []

    qtbot.mouseClick(panel.conflict.reload_button, Qt.MouseButton.LeftButton)
    assert not panel.conflict.isVisible()
    assert window.view is not None and window.view.draft.destination_country == "CO"
    assert window.editor.destination.code() == "CO"  # nothing typed there: it follows
    assert window.tabs.currentIndex() == DECISION_TAB

    qtbot.mouseClick(panel.outcome_buttons["decline"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.rationale, "Declined: no end-use statement.")
    with qtbot.waitSignal(window.orderChanged):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert configured.orders.get(held_order.id).status == "declined"
