"""The review dialog: the party beside the listed entry, two choices with a required reason, the
confirmed match's warning, a refusal shown in the dialog; the screening panel's "Review…"
button opens it (real widgets, a real database with the OFAC excerpt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton, QWidget

from reseller_app.domain.sanctions.reviews import ReviewVerdict
from reseller_app.services.dto import Customer
from reseller_app.services.party_reviews import all_reviews
from reseller_app.services.sanctions_lists import import_list
from reseller_app.ui.backend import Backend
from reseller_app.ui.customers_view import CustomersView
from reseller_app.ui.mnemonics import mnemonic_key
from reseller_app.ui.party_check_dialog import PartyCheckDialog
from reseller_app.ui.party_review_dialog import (
    PartyReviewDialog,
    ReviewSubject,
    recorder,
    subject_for,
)
from reseller_app.ui.screening_panel import review_button

from .test_accessibility import focusable_controls, tab_chain, unnamed
from .test_stretched_translations import check, report, stretched  # noqa: F401 (a fixture)

OFAC = Path(__file__).resolve().parents[1] / "data" / "sanctions" / "ofac" / "sdn.csv"
MATCH = {"source": "ofac", "entry_id": "306", "listed_name": "BANCO NACIONAL DE CUBA",
         "matched_name": "BANCO NACIONAL DE CUBA", "score": 0.82,
         "why": "'banco', 'nacional' equal; 'cubano' ~ 'cuba'"}


@pytest.fixture
def bank(configured: Backend) -> Customer:
    import_list(configured.ctx, OFAC)
    return configured.catalog.save_customer(
        Customer("Banco Nacional Cubano SA", "ES", "private", sector="finance"))


@pytest.fixture
def subject(configured: Backend, bank: Customer) -> ReviewSubject:
    return subject_for(configured.ctx, bank.name, bank.country, "customer", MATCH)


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def _dialog(qtbot, configured: Backend, bank: Customer,
            subject: ReviewSubject) -> PartyReviewDialog:
    dialog = PartyReviewDialog(subject, recorder(configured.ctx, "customer", bank.id, subject))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_party_beside_the_listed_entry(qtbot, configured, bank,
                                                            subject) -> None:
    dialog = _dialog(qtbot, configured, bank, subject)
    shown = _texts(dialog)
    assert "Banco Nacional Cubano SA" in shown and "Spain" in shown
    assert "BANCO NACIONAL DE CUBA\nNATIONAL BANK OF CUBA" in shown  # primary name, then aka
    assert "CUBA" in shown  # the programme
    assert "0.82" in shown and "'cubano' ~ 'cuba'" in shown


def test_the_entry_box_is_titled_with_the_list_and_the_entry(qtbot, configured, bank,
                                                              subject) -> None:
    dialog = _dialog(qtbot, configured, bank, subject)
    assert "OFAC SDN entry 306" in [b.title() for b in dialog.findChildren(QGroupBox)]


def test_a_choice_and_a_reason_are_required(qtbot, configured, bank, subject) -> None:
    dialog = _dialog(qtbot, configured, bank, subject)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "Choose: not the same party" in dialog.error.message()
    dialog.not_same.setChecked(True)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.error.message().startswith("Say why: e.g. other date of birth")
    assert dialog.isVisible() and all_reviews(configured.ctx) == []


def test_not_the_same_party_is_recorded_and_the_dialog_closes(qtbot, configured, bank,
                                                               subject) -> None:
    dialog = _dialog(qtbot, configured, bank, subject)
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.not_same.setChecked(True)
    qtbot.keyClicks(dialog.reason, "Other country, other registration")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PartyReviewDialog.DialogCode.Accepted
    (review,) = all_reviews(configured.ctx)
    assert dialog.review == review and review.verdict is ReviewVerdict.NOT_SAME
    assert review.reason == "Other country, other registration"
    assert (review.subject, review.subject_id) == ("customer", bank.id)


def test_the_confirmed_match_warns_that_the_order_will_be_blocked(qtbot, configured, bank,
                                                                  subject) -> None:
    dialog = _dialog(qtbot, configured, bank, subject)
    dialog.same.setChecked(True)
    assert dialog.warning.isVisible()
    assert "only declining it will remain possible" in dialog.warning.text()
    qtbot.keyClicks(dialog.reason, "Same address in Madrid")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert all_reviews(configured.ctx)[0].verdict is ReviewVerdict.SAME


def test_a_refusal_of_the_service_is_shown_in_the_dialog(qtbot, configured, bank,
                                                         subject) -> None:
    gone = ReviewSubject(**{**{f: getattr(subject, f) for f in subject.__slots__},
                            "entry_id": "999999"})
    dialog = _dialog(qtbot, configured, bank, gone)
    dialog.not_same.setChecked(True)
    qtbot.keyClicks(dialog.reason, "Other country")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "Entry 999999 is not on the newest OFAC SDN list" in dialog.error.message()
    assert dialog.isVisible() and all_reviews(configured.ctx) == []


def test_the_review_button_opens_the_dialog_and_reports_the_review(qtbot, configured, bank,
                                                                   subject) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    done: list[object] = []
    button = review_button(host, subject,
                           recorder(configured.ctx, "customer", bank.id, subject), done.append)
    assert button.text() == "Review…" and "OFAC SDN entry 306" in button.accessibleName()
    host.show()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartyReviewDialog)
        dialog.not_same.setChecked(True)
        dialog.reason.setPlainText("Other date of registration")
        dialog.record_button.click()
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(done) == 1 and done[0] == all_reviews(configured.ctx)[0]


def test_every_control_is_named_and_reached_by_tab(qtbot, configured, bank, subject) -> None:
    dialog = _dialog(qtbot, configured, bank, subject)
    dialog.same.setChecked(True)
    assert unnamed(dialog) == []
    chain = tab_chain(dialog)
    assert [w for w in focusable_controls(dialog) if w not in chain] == []
    assert {mnemonic_key(b.text()) for b in (dialog.not_same, dialog.same,
                                             dialog.record_button)} == {"n", "t", "s"}


@pytest.mark.usefixtures("stretched")
def test_the_dialog_fits_1024_by_700_with_texts_twice_as_long(
        qtbot, configured, bank, app) -> None:
    long_entry = subject_for(configured.ctx, bank.name, bank.country, "customer", MATCH)
    found: dict[str, list[str]] = {}
    for verdict in ("not_same", "same"):
        dialog = PartyReviewDialog(long_entry, lambda v, r: None)
        qtbot.addWidget(dialog)
        (dialog.same if verdict == "same" else dialog.not_same).setChecked(True)
        check(app, found, f"review, {verdict}", dialog)
        dialog.reject()
    assert found == {}, report(found)


def test_a_customers_possible_match_is_reviewed_from_the_customers_list(qtbot,
                                                                        configured) -> None:
    """Customers > Sanctions check…: the customer's matches, each with Review…; once reviewed
    not the same party the check is clear, in the dialog and in the list."""
    import_list(configured.ctx, OFAC)
    configured.catalog.save_customer(Customer("Banco Nacional de Cuba SA", "ES", "private"))
    view = CustomersView(configured)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 4).data() == "possible match"
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    (dialog,) = view.findChildren(PartyCheckDialog)
    assert dialog.summary.text().startswith("possible match")
    assert "OFAC SDN list entry 306: BANCO NACIONAL DE CUBA" in _texts(dialog)
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Review…"]

    def answer() -> None:
        review = QApplication.activeModalWidget()
        assert isinstance(review, PartyReviewDialog)
        review.not_same.setChecked(True)
        review.reason.setPlainText("Other registration in Madrid")
        review.record_button.click()
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("clear"))
    assert "Reviewed by tester: not the same party. Other registration in Madrid" in \
        _texts(dialog)
    assert not [b for b in dialog.findChildren(QPushButton) if b.text() == "Review…"]
    (review,) = all_reviews(configured.ctx)
    assert (review.subject, review.role) == ("customer", "customer")
    dialog.reject()
    qtbot.waitUntil(lambda: view.model.index(0, 4).data() == "clear")


def test_the_sanctions_check_needs_a_selected_customer(qtbot, configured) -> None:
    view = CustomersView(configured)
    qtbot.addWidget(view)
    assert view.open_check() is None
    assert "Select a customer" in view.error.message()
