"""The human rights policy through the real widgets: the wizard (typing, autosave, resuming
after a restart, adopting only with a named approver), the policy window (versions, what
changed, communication, export and print) and the review reminder in the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from reseller_app.domain.policy import Approval
from reseller_app.services.context import AppContext
from reseller_app.services.startup import open_app
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import MainWindow
from reseller_app.ui.mnemonics import mnemonic_key, with_mnemonic
from reseller_app.ui.policy_window import COMMUNICATION_TAB, VERSIONS_TAB, PolicyWindow
from reseller_app.ui.policy_wizard import PolicyWizard, SectionPage

from ..conftest import START, stepping_clock

TODAY = START.date()
LEFT = Qt.MouseButton.LeftButton


# -- helpers ----------------------------------------------------------------------------------
def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT)


def wizard_button(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in the field and type ``text`` over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(widget, text)


def append_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` at the end of what the field holds."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)


def open_window(qtbot: QtBot, backend: Backend) -> PolicyWindow:
    window = PolicyWindow(backend)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_wizard(qtbot: QtBot, window: PolicyWindow) -> PolicyWizard:
    click(qtbot, window.overview.edit_button)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def page_of(wizard: PolicyWizard, section_id: str) -> int:
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        if isinstance(page, SectionPage) and page.section.id == section_id:
            return page_id
    raise AssertionError(section_id)


def adopt_directly(backend: Backend, *, internal: str = "Our sales team",
                   review: dt.date | None = None) -> int:
    """A complete, adopted policy through the service (for the tests of the window)."""
    service = backend.policy
    draft = service.start_draft()
    values = dict(draft.values, internal_expertise=internal,
                  published_at="on our website at https://nordlicht.example/policy")
    service.save_draft(draft.id, values)
    view = service.adopt(draft.id, Approval("Anna Weber", "Managing Director", TODAY),
                         review or TODAY.replace(year=TODAY.year + 1))
    return view.id


@pytest.fixture
def second_backend(db_url: str, app: object) -> Iterator[Backend]:
    """The app started again on the same database (a restart)."""
    ctx = open_app(db_url, clock=stepping_clock(), actor="tester")
    yield Backend(ctx)
    ctx.engine.dispose()


# -- the wizard -------------------------------------------------------------------------------
def test_wizard_walks_every_page_saves_as_you_type_and_resumes_after_a_restart(
        qtbot: QtBot, configured: Backend, second_backend: Backend) -> None:
    window = open_window(qtbot, configured)
    assert "No human rights policy is adopted yet" in window.overview.summary.text()
    wizard = open_wizard(qtbot, window)
    assert wizard.currentId() == 0
    # Pre-filled from the setup: the company and its senior approver.
    assert wizard.editor("company_name").widget.text() == "Nordlicht IT GmbH"
    assert wizard.panel.rows["senior_approval"].state.text() == "Ready"
    assert not wizard.panel.rows["public"].met

    # An empty required field is answered at the field, in words, and Next stays put.
    description = wizard.editor("company_description").widget
    replace_text(qtbot, description, "")
    wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    assert wizard.error_message_for("company_description") == (
        "Fill this in: it is needed before the policy can be adopted.")
    assert description.accessibleDescription().startswith("Fill this in")
    qtbot.keyClicks(description, "We sell laptops, networks and cameras to schools.")
    qtbot.waitUntil(lambda: wizard.error_message_for("company_description") == "")

    # Walk every page, typing where the template has nothing to offer yet.
    typed = {
        "commitment_own_words": "We would rather lose a sale than help anyone harm people.",
        "internal_expertise": "Our sales team and our technical lead",
        "published_at": "on our website at https://nordlicht.example/human-rights",
    }
    while wizard.currentId() != wizard.approval_id:
        page = wizard.currentPage()
        assert isinstance(page, SectionPage)
        assert page.guidance.text() and page.example is not None
        for field_id, text in typed.items():
            if field_id in page.editors:
                qtbot.keyClicks(page.editors[field_id].widget, text)
        before = wizard.currentId()
        wizard_button(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentId() == before + 1, page.section.title
    # (d) public and communicated: all a draft can do, the communication comes after adoption
    qtbot.waitUntil(lambda: wizard.panel.rows["public"].ready)
    assert wizard.panel.rows["public"].state.text() == "Ready"
    assert wizard.panel.rows["expertise"].met

    # Saved as typed (the debounce), without closing anything.
    append_text(qtbot, wizard.editor("approver_title").widget, " and Owner")
    qtbot.waitUntil(lambda: not wizard.is_dirty(), timeout=3000)
    saved = configured.policy.current_draft()
    assert saved is not None
    assert saved.values["approver_title"] == "Managing Director and Owner"
    assert saved.values["internal_expertise"] == typed["internal_expertise"]

    # Typed just before closing (no time for the debounce): kept all the same.
    wizard.back()
    page = wizard.currentPage()
    assert isinstance(page, SectionPage) and page.section.id == "communication"
    append_text(qtbot, wizard.editor("external_communication").widget, " Also at trade fairs.")
    wizard_button(qtbot, wizard, QWizard.WizardButton.CancelButton)  # "Save and close"
    assert window.wizard is None

    # The app starts again on the same database: the draft is resumed where it was left.
    window2 = open_window(qtbot, second_backend)
    assert "Continue the draft" in window2.overview.edit_button.text()
    wizard2 = open_wizard(qtbot, window2)
    assert wizard2.draft.id == saved.id
    assert wizard2.currentId() == page_of(wizard2, "communication")
    assert wizard2.editor("external_communication").widget.toPlainText().endswith(
        "Also at trade fairs.")
    assert wizard2.editor("internal_expertise").widget.toPlainText() == (
        typed["internal_expertise"])
    assert wizard2.editor("approver_title").widget.text() == "Managing Director and Owner"


def test_the_checklist_shows_the_five_elements_of_principle_16_lettered_a_to_e(
        qtbot: QtBot, configured: Backend) -> None:
    window = open_window(qtbot, configured)
    wizard = open_wizard(qtbot, window)
    panel = wizard.panel
    assert list(panel.rows) == ["senior_approval", "expertise", "expectations", "public",
                                "embedded"]
    titles = [row.title.text() for row in panel.rows.values()]
    assert titles == [
        "(a) Approved at the most senior level",
        "(b) Informed by relevant internal and/or external expertise",
        "(c) Stipulates expectations of personnel, business partners and other parties "
        "directly linked to the business",
        "(d) Publicly available and communicated internally and externally",
        "(e) Reflected in operational policies and procedures",
    ]
    # (e): the screening steps, escalation, contact and training the template fills in.
    assert panel.rows["embedded"].met
    wizard.go_to(page_of(wizard, "training"))
    replace_text(qtbot, wizard.editor("training_text").widget, "")
    qtbot.waitUntil(lambda: not panel.rows["embedded"].met)
    assert "who is trained" in panel.rows["embedded"].missing.text()


def test_undoing_an_edit_before_the_autosave_does_not_leave_the_label_at_saving(
        qtbot: QtBot, configured: Backend) -> None:
    window = open_window(qtbot, configured)
    wizard = open_wizard(qtbot, window)
    qtbot.waitUntil(lambda: not wizard.is_dirty(), timeout=3000)
    name = wizard.editor("company_name").widget
    name.setFocus()
    qtbot.keyClicks(name, "x")
    assert wizard.panel.save_state.text() == "Saving…"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert name.text() == "Nordlicht IT GmbH" and not wizard.is_dirty()
    assert wizard.panel.save_state.text().startswith("Draft saved ")


def test_adopt_is_refused_without_a_named_approver_then_adopted(
        qtbot: QtBot, configured: Backend) -> None:
    service = configured.policy
    draft = service.start_draft()
    service.save_draft(draft.id, dict(draft.values, internal_expertise="Our sales team",
                                      published_at="on our website"))
    window = open_window(qtbot, configured)
    wizard = open_wizard(qtbot, window)
    wizard.go_to(wizard.approval_id)
    assert wizard.currentId() == wizard.approval_id
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Adopt"
    # Defaults: approved today, reviewed a year later.
    assert wizard.editor("approved_on").value() == TODAY.isoformat()
    assert wizard.editor("next_review").value() == TODAY.replace(year=TODAY.year + 1).isoformat()

    name = wizard.editor("approver_name").widget
    replace_text(qtbot, name, "")
    wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert wizard.error_message_for("approver_name").startswith(
        "Enter the name of the senior person who approves the policy")
    assert wizard.focusWidget() is name
    assert service.adopted() is None
    assert wizard.panel.rows["senior_approval"].state.text() == "Missing"

    qtbot.keyClicks(name, "Anna Weber")
    qtbot.waitUntil(lambda: wizard.error_message_for("approver_name") == "")
    wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: window.wizard is None)

    adopted = service.adopted()
    assert adopted is not None and adopted.number == 1
    assert adopted.approval is not None and adopted.approval.name == "Anna Weber"
    overview = window.overview
    assert overview.values["status"].text() == "Adopted"
    assert overview.values["version"].text() == "1"
    assert overview.values["approved_by"].text() == "Anna Weber, Managing Director"
    assert overview.values["approved_on"].text() == TODAY.isoformat()
    assert window.badge.text() == "Next review in 365 days"
    assert "Edit the policy" in overview.edit_button.text()


def test_a_review_date_in_the_past_and_an_over_long_text_are_answered_at_the_field(
        qtbot: QtBot, configured: Backend) -> None:
    window = open_window(qtbot, configured)
    wizard = open_wizard(qtbot, window)
    wizard.go_to(page_of(wizard, "commitment"))
    own_words = wizard.editor("commitment_own_words").widget
    own_words.setFocus()
    own_words.insertPlainText("x" * 1600)  # pasted: far over the 1,500 characters allowed
    qtbot.waitUntil(lambda: "the limit is 1500" in wizard.error_message_for(
        "commitment_own_words"), timeout=3000)
    append_text(qtbot, wizard.editor("policy_owner").widget, " (owner)")
    qtbot.waitUntil(lambda: not wizard.is_dirty(), timeout=3000)
    saved = configured.policy.current_draft()
    assert saved is not None and saved.values["policy_owner"].endswith("(owner)")
    assert "shorten" in wizard.panel.save_state.text()

    wizard.show_error("next_review", "x")  # go to the last page the way an error would
    review = wizard.editor("next_review").widget
    review.setFocus()
    review.setDate(review.date().addYears(-2))
    qtbot.waitUntil(lambda: "is in the past" in wizard.error_message_for("next_review"))
    wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert configured.policy.adopted() is None


def test_mnemonics_do_not_clash_on_any_wizard_page(qtbot: QtBot, configured: Backend) -> None:
    window = open_window(qtbot, configured)
    wizard = open_wizard(qtbot, window)
    buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton,
                                          QWizard.WizardButton.NextButton,
                                          QWizard.WizardButton.FinishButton,
                                          QWizard.WizardButton.CancelButton)]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts = [w.text() for w in page.findChildren(QLabel) + buttons]
        keys = [k for k in map(mnemonic_key, texts) if k]
        assert len(keys) == len(set(keys)), (page.title(), texts)
    assert with_mnemonic("Next review by", {"n"}) == "Next &review by"
    assert with_mnemonic("R&D", set()) == "&R&&D"


# -- the policy window ------------------------------------------------------------------------
def test_edit_starts_version_2_and_compare_shows_what_changed(
        qtbot: QtBot, configured: Backend) -> None:
    adopt_directly(configured)
    window = open_window(qtbot, configured)
    assert window.overview.values["version"].text() == "1"
    wizard = open_wizard(qtbot, window)
    assert wizard.draft.number == 2
    assert "version 2" in wizard.windowTitle()
    wizard.go_to(page_of(wizard, "prohibited_uses"))
    uses = wizard.editor("prohibited_uses").widget
    append_text(qtbot, uses, "")
    qtbot.keyClick(uses, Qt.Key.Key_Return)
    qtbot.keyClicks(uses, "Tracking of trade union members")
    wizard_button(qtbot, wizard, QWizard.WizardButton.CancelButton)

    window.tabs.setCurrentIndex(VERSIONS_TAB)
    versions = window.versions_tab
    assert versions.model.rowCount() == 2
    assert versions.model.row_object(0).status == "draft"
    first = versions.model.row_object(1)
    assert first.status == "adopted" and first.approval.name == "Anna Weber"
    assert versions.old.currentText().startswith("Version 1")
    assert versions.new.currentText().startswith("Version 2")
    click(qtbot, versions.compare_button)
    text = versions.change_text()
    assert "Uses we will not sell for" in text
    assert "Tracking of trade union members" in text
    assert "About us" not in text  # unchanged sections are not listed


def test_communication_and_staff_acknowledgement_are_recorded(
        qtbot: QtBot, configured: Backend) -> None:
    version_id = adopt_directly(configured)
    window = open_window(qtbot, configured)
    window.tabs.setCurrentIndex(COMMUNICATION_TAB)
    tab = window.communication
    assert not window.overview.requirements.rows["public"].met

    click(qtbot, tab.record_button)  # nothing typed: said at the field
    assert tab.errors.error_for("recipient").message().startswith("Say to whom")

    tab.audience.setCurrentIndex(tab.audience.findData("staff"))
    qtbot.keyClicks(tab.recipient, "Jonas Klein (sales)")
    qtbot.keyClicks(tab.note_edit, "Handed over at the team meeting")
    click(qtbot, tab.record_button)
    rows = tab.rows()
    assert [(r.audience, r.recipient, r.on) for r in rows] == [
        ("staff", "Jonas Klein (sales)", TODAY)]
    assert window.overview.requirements.rows["public"].met

    tab.audience.setCurrentIndex(tab.audience.findData("website"))
    qtbot.keyClicks(tab.recipient, "https://nordlicht.example/human-rights")
    tab.channel.setCurrentText("Published on the website")
    click(qtbot, tab.record_button)
    assert len(tab.rows()) == 2

    assert not tab.ack_box.isEnabled()
    tab.table.selectRow(0)
    assert tab.ack_box.isEnabled()
    click(qtbot, tab.ack_button)
    staff = next(c for c in configured.policy.communications(version_id)
                 if c.audience == "staff")
    assert staff.acknowledged_on == TODAY
    assert tab.model.data(tab.model.index(0, 4)) == TODAY.isoformat()


def test_export_pdf_html_and_text_and_print(qtbot: QtBot, configured: Backend, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    adopt_directly(configured)
    window = open_window(qtbot, configured)
    targets = iter([tmp_path / "policy.pdf", tmp_path / "letter.pdf", tmp_path / "policy.html",
                    tmp_path / "policy"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(next(targets)), ""))

    click(qtbot, window.overview.pdf_button)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    pdf = tmp_path / "policy.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Nordlicht IT GmbH" in text and "Anna Weber" in text
    assert window.overview.message.text() == f"Saved {pdf}."
    assert round(float(PdfReader(pdf).pages[0].mediabox.width)) == 595  # A4: a German company

    window.overview.paper.setCurrentIndex(window.overview.paper.findData("Letter"))
    click(qtbot, window.overview.pdf_button)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert round(float(PdfReader(tmp_path / "letter.pdf").pages[0].mediabox.width)) == 612

    click(qtbot, window.overview.html_button)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    assert "Anna Weber" in (tmp_path / "policy.html").read_text(encoding="utf-8")
    click(qtbot, window.overview.text_button)
    qtbot.waitUntil(lambda: not window.busy(), timeout=10_000)
    assert "Nordlicht IT GmbH" in (tmp_path / "policy.txt").read_text(encoding="utf-8")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.print_to(printer) is not None and window.printing is not None
    with qtbot.waitSignal(window.printing.printed, timeout=20_000):  # printed in the pool
        pass
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_policy_window_mnemonics_do_not_clash(qtbot: QtBot, configured: Backend) -> None:
    adopt_directly(configured)
    window = open_window(qtbot, configured)
    tab_keys = [mnemonic_key(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        tab = window.tabs.currentWidget()
        widgets = [w for w in tab.findChildren(QLabel) + tab.findChildren(QAbstractButton)
                   if w.isVisibleTo(tab)]
        keys = tab_keys + [k for k in (mnemonic_key(w.text()) for w in widgets) if k]
        assert len(keys) == len(set(keys)), (window.tabs.tabText(i), keys)


# -- the reminder -----------------------------------------------------------------------------
def main_window(qtbot: QtBot, backend: Backend) -> MainWindow:
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.load_initial()
    return window


def test_reminder_when_no_policy_is_adopted_and_the_menu_opens_the_window(
        qtbot: QtBot, configured: Backend) -> None:
    window = main_window(qtbot, configured)
    qtbot.waitUntil(lambda: window.policy_reminder is not None
                    and window.policy_reminder.isVisible())
    assert "no human rights policy yet" in window.policy_reminder.text()
    assert "no human rights policy yet" in window.statusBar().currentMessage()
    assert window.policy_label.text() == "Policy: No policy adopted"
    assert window.policy_action in window._backend_actions
    window.policy_action.trigger()
    assert isinstance(window.policy_window, PolicyWindow)
    assert window.policy_window.isVisible()


def test_nothing_typed_is_lost_when_the_app_closes(qtbot: QtBot, configured: Backend) -> None:
    window = main_window(qtbot, configured)
    window.policy_action.trigger()
    policy = window.policy_window
    assert policy is not None
    wizard = open_wizard(qtbot, policy)
    wizard.go_to(page_of(wizard, "expertise"))
    qtbot.keyClicks(wizard.editor("internal_expertise").widget, "Our technical lead")
    assert wizard.is_dirty()
    window.close()  # at once: before the autosave would have run
    draft = configured.policy.current_draft()
    assert draft is not None and draft.values["internal_expertise"] == "Our technical lead"


def test_reminder_when_the_yearly_review_is_due(qtbot: QtBot, configured: Backend,
                                                db_url: str) -> None:
    adopt_directly(configured)
    window = main_window(qtbot, configured)
    qtbot.waitUntil(lambda: window.policy_reminder is not None)
    assert window.policy_reminder is not None and not window.policy_reminder.isVisible()
    assert window.policy_label.text().startswith("Policy: Next review in ")

    # A year and a day later, the app starts again: the review is due.
    later = START + dt.timedelta(days=366)
    ctx: AppContext = open_app(db_url, clock=stepping_clock(later), actor="tester")
    try:
        later_window = main_window(qtbot, Backend(ctx))
        qtbot.waitUntil(lambda: later_window.policy_reminder is not None
                        and later_window.policy_reminder.isVisible())
        assert "yearly review of your human rights policy is due" in (
            later_window.statusBar().currentMessage())
        assert later_window.policy_label.text() == "Policy: Review overdue by 1 day"
        policy = PolicyWindow(later_window.backend)
        qtbot.addWidget(policy)
        assert policy.badge.text() == "Review overdue by 1 day"
    finally:
        ctx.engine.dispose()
