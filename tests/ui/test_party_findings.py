"""An order whose customer resembles a listed entry, as the order window shows it: the screening
panel and the checklist explain each finding; a confirmed match leaves only "decline" and
offers the misuse report to tell the distributor."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import Customer
from reseller_app.services.sanctions_lists import import_list
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import CHECKLIST_TAB, DECISION_TAB, OrderWindow
from reseller_app.ui.party_review_dialog import PartyReviewDialog

from .conftest import Catalog, laptop_order

OFAC = Path(__file__).resolve().parents[1] / "data" / "sanctions" / "ofac" / "sdn.csv"


def _window(qtbot: QtBot, backend: Backend, catalog: Catalog, name: str) -> OrderWindow:
    import_list(backend.ctx, OFAC)
    customer = backend.catalog.save_customer(Customer(name, "PA", "private", sector="finance"))
    draft = dataclasses.replace(laptop_order(catalog), customer_id=customer.id,
                                destination_country="PA")
    view = backend.orders.save(draft)
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(view.id)
    window.show()
    return window


def test_a_listed_customer_blocks_the_order_and_offers_the_misuse_report(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    window = _window(qtbot, configured, catalog, "BANCO NACIONAL DE CUBA")
    panel = window.editor.panel
    assert panel.banner_text().startswith("Blocked:")
    (item,) = panel.parties.items()
    text = item.text()
    assert "Confirmed match" in text
    assert "OFAC SDN list entry 306" in text
    assert "Matched name: BANCO NACIONAL DE CUBA; score 1.00" in text
    assert "Why: words matched" in text
    assert "Corroborates: the country PA" in text
    assert ("Checked against: OFAC SDN list, publication date not stated (version 1)"
            in panel.parties.text())

    window.tabs.setCurrentIndex(DECISION_TAB)
    decision = window.decision
    offered = [o for o, b in decision.outcome_buttons.items() if b.isVisibleTo(decision)]
    assert offered == ["decline"]
    assert "sanctions list" in decision.blocked.text()
    assert decision.misuse_button.isVisibleTo(decision)
    qtbot.mouseClick(decision.misuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible()
                                and type(w).__name__ == "MisuseDialog"
                                for w in window.findChildren(QDialog)))
    (dialog,) = [w for w in window.findChildren(QDialog) if type(w).__name__ == "MisuseDialog"]
    said = dialog.what_seen.toPlainText()
    assert said.startswith("Customer BANCO NACIONAL DE CUBA is on the OFAC SDN list (entry 306")


def test_a_close_variant_is_held_and_explained_in_the_checklist(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    window = _window(qtbot, configured, catalog, "Banco Nacionall de Cuba S.A.")
    assert window.editor.panel.banner_text().startswith("On hold:")
    assert "Possible restricted party" in window.editor.panel.banner_text()
    window.tabs.setCurrentIndex(CHECKLIST_TAB)
    box = window.checklist.parties
    assert box is not None
    (item,) = box.items()
    assert "Possible match" in item.text()
    assert "typing error forgiven" in item.text()
    assert not window.decision.misuse_button.isVisibleTo(window.decision)


def _answer(same: bool, reason: str) -> None:
    """Fill in and save the review dialog once it is open (it is modal)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartyReviewDialog)
        (dialog.same if same else dialog.not_same).setChecked(True)
        dialog.reason.setPlainText(reason)
        dialog.record_button.click()
    QTimer.singleShot(0, answer)


def test_reviewing_a_possible_match_not_the_same_lifts_the_hold(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    window = _window(qtbot, configured, catalog, "Banco Nacionall de Cuba S.A.")
    panel = window.editor.panel
    assert panel.banner_text().startswith("On hold:")
    (item,) = panel.parties.items()
    assert item.review_button is not None and item.review_button.text() == "Review…"
    assert "OFAC SDN list entry 306" in item.review_button.accessibleName()
    _answer(False, "Other country of registration")
    qtbot.mouseClick(item.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reviewed: not the same" in panel.parties.text())
    assert "Possible restricted party" not in panel.banner_text()
    (item,) = panel.parties.items()
    assert item.review_button is None and "Other country of registration" in item.text()
    window.tabs.setCurrentIndex(CHECKLIST_TAB)
    assert window.checklist.parties is not None
    assert "Reviewed: not the same" in window.checklist.parties.text()


def test_a_possible_match_confirmed_blocks_the_order(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    window = _window(qtbot, configured, catalog, "Banco Nacionall de Cuba S.A.")
    panel = window.editor.panel
    (item,) = panel.parties.items()
    _answer(True, "Same address in Panama")
    qtbot.mouseClick(item.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.banner_text().startswith("Blocked:"))
    assert "Confirmed match" in panel.parties.text()
    window.tabs.setCurrentIndex(DECISION_TAB)
    decision = window.decision
    offered = [o for o, b in decision.outcome_buttons.items() if b.isVisibleTo(decision)]
    assert offered == ["decline"]


def test_without_lists_the_panel_shows_no_restricted_party_section(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    view = configured.orders.save(laptop_order(catalog))
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    assert window.open_order(view.id)
    window.show()
    assert not window.editor.panel.parties.isVisibleTo(window.editor.panel)
    assert window.checklist.parties is None


def test_screening_again_names_a_sanctions_finding_in_words(configured: Backend) -> None:
    from reseller_app.ui.labels import criterion_text

    pack = configured.pack
    assert criterion_text(pack, "restricted_party.confirmed.ofac.306") == \
        "Sanctions list, confirmed match: OFAC entry 306"
    assert criterion_text(pack, "restricted_party.possible.un.QDi.001") == \
        "Sanctions list, possible match: UN entry QDi.001"
