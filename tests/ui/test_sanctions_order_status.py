"""An order blocked or held only by the sanctions check says so in its header, its decision tab
and its screening summary, not that it asks for a prohibited use or may go ahead as normal."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Customer
from reseller_app.services.sanctions_lists import import_list
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import DECISION_TAB, OrderWindow

from .conftest import Catalog, laptop_order

OFAC = Path(__file__).resolve().parents[1] / "data" / "sanctions" / "ofac" / "sdn.csv"


def _window(qtbot: QtBot, backend: Backend, catalog: Catalog, name: str) -> OrderWindow:
    import_list(backend.ctx, OFAC)
    customer = backend.catalog.save_customer(Customer(name, "PA", "private", sector="finance"))
    draft = dataclasses.replace(laptop_order(catalog, "SO-SANCTIONS-LONG-REFERENCE"),
                                customer_id=customer.id, destination_country="PA")
    view = backend.orders.save(draft)
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(view.id)
    window.show()
    return window


def test_a_sanctions_block_is_explained_as_one(qtbot: QtBot, configured: Backend,
                                               catalog: Catalog) -> None:
    window = _window(qtbot, configured, catalog, "BANCO NACIONAL DE CUBA")
    header = window.status.text()
    assert "sanctions list" in header and "prohibited use" not in header
    assert window.title.text() == "Order SO-SANCTIONS-LONG-REFERENCE"
    assert not window.title.wordWrap()
    panel = window.editor.panel
    assert "sanctions list" in panel._summary.text()
    assert "go ahead as normal" not in panel._summary.text()
    window.tabs.setCurrentIndex(DECISION_TAB)
    assert "sanctions list" in window.decision.status_note.text()


def test_a_possible_match_says_what_holds_the_order(qtbot: QtBot, configured: Backend,
                                                    catalog: Catalog) -> None:
    window = _window(qtbot, configured, catalog, "Banco Nacionall de Cuba S.A.")
    assert "waits for a decision" in window.status.text()
    assert "resembles a name on a sanctions list" in window.editor.panel._summary.text()


def test_the_escalation_tab_and_the_overview_name_the_sanctions_block(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    from reseller_app.services.escalation import EscalationService  # late: only this test

    from .test_overview import started

    window = _window(qtbot, configured, catalog, "BANCO NACIONAL DE CUBA")
    order_id = window.view.id
    draft = EscalationService(configured.ctx).draft(order_id)
    assert not draft.can_escalate and "sanctions list" in draft.reason
    assert "prohibited use" not in draft.reason
    main = started(qtbot, configured)
    assert "confirmed sanctions match" in main.overview.blocked.text.text()
