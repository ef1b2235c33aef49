"""The human rights policy: the adopted version, its review date, exports and print, the
versions with what changed between them, and to whom the policy was communicated.

Everything goes through ``PolicyService`` (``backend.policy``); PDF and other exports run in
the thread pool (``ui.workers.Job``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.policy import PAGE_SIZES
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.labels import date_format, date_text, from_qdate, local_time, to_qdate
from reseller_app.ui.layouts import FlowLayout, side_by_side
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.pdf_print import PdfPrint
from reseller_app.ui.policy_reminder import review_badge
from reseller_app.ui.policy_wizard import PolicyWizard, RequirementsPanel
from reseller_app.ui.theme import text_colour
from reseller_app.ui.tier_badge import TierBadge
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job, error_message

if TYPE_CHECKING:
    from reseller_app.services.dto import PolicyCommunication, PolicyVersionView

OVERVIEW_TAB, VERSIONS_TAB, COMMUNICATION_TAB = range(3)
FORMATS = {"pdf": ("PDF", "pdf"), "html": ("HTML", "html"), "txt": ("text", "txt")}
AUDIENCES = ("staff", "distributor", "vendor", "customer", "website", "other")


def _table(parent: QWidget, name: str, model: PagedTableModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return local_time(value)
    return date_text(value)


class PolicyWindow(QWidget):
    """One window for the policy; ``changed`` after every write (adopt, communicate...)."""

    changed = Signal()
    closed = Signal()

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backend = backend
        self.wizard: PolicyWizard | None = None
        self.adopted: PolicyVersionView | None = None
        self.open_draft: PolicyVersionView | None = None
        self.versions: list[PolicyVersionView] = []
        self._job: Job | None = None
        self.printing: PdfPrint | None = None
        self._just_adopted = False
        self.setWindowTitle(self.tr("Human rights policy — Channel Diligence"))

        self.title = heading(self.tr("Human rights policy"), self, scale=1.4)
        self.badge = TierBadge(self)
        self.error = FieldError(self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.badge)
        top.addStretch(1)

        self.overview = OverviewTab(self)
        self.versions_tab = VersionsTab(self)
        self.communication = CommunicationTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.versions_tab, self.tr("&Versions"))
        self.tabs.addTab(self.communication, self.tr("Co&mmunication"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence.StandardKey.Print, self, self._print_shortcut)
        self._restore()
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.backend.policy
        self.error.clear()
        try:
            self.versions = service.versions()
            self.adopted = service.adopted()
            self.open_draft = service.current_draft()
            status = service.review_status()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        tier, words = review_badge(status)
        self.badge.set_tier(tier, words)
        self.badge.setAccessibleName(words)
        self.overview.load(self.adopted, self.open_draft, status)
        self.versions_tab.load(self.versions)
        self.communication.load(self.adopted)

    # -- edit -------------------------------------------------------------------------------
    def edit(self) -> PolicyWizard | None:
        """Open the wizard on the open draft, or on a new draft of the adopted version."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        try:
            draft = self.backend.policy.start_draft()
            wizard = PolicyWizard(self.backend, draft, self)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowModality(Qt.WindowModality.NonModal)
        wizard.adopted.connect(self._adopted)
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.show()
        wizard.resume()
        self.reload()  # the new draft shows in the versions list
        return wizard

    def _adopted(self, view: PolicyVersionView) -> None:
        self._just_adopted = True
        self.overview.message.setText(self.tr(
            "Version {0} is adopted. Next: print or publish it, and record to whom you "
            "sent it (Communication).").format(view.number))
        self.changed.emit()

    def _wizard_closed(self, _result: int) -> None:
        self.wizard = None
        message = self.overview.message.text() if self._just_adopted else ""
        self._just_adopted = False
        self.reload()
        self.overview.message.setText(message)

    # -- export and print -------------------------------------------------------------------
    def _export_target(self) -> tuple[int | None, bool, int | None]:
        """(version id, draft?, version number) of what export and print produce."""
        if self.adopted is not None:
            return self.adopted.id, False, self.adopted.number
        if self.open_draft is not None:
            return None, True, self.open_draft.number
        return None, False, None

    def export(self, fmt: str) -> Job | None:
        """Ask where to save, then export in the background."""
        _version_id, draft, number = self._export_target()
        if number is None:
            self.overview.message.setText(self.tr(
                "There is nothing to export yet: write the policy first."))
            return None
        name, ext = FORMATS[fmt]
        folder = options.POLICY_EXPORT_FOLDER.last_folder()
        suffix = "-draft" if draft else ""
        suggested = str(Path(str(folder)) / f"human-rights-policy-v{number}{suffix}.{ext}")
        filters = {"pdf": self.tr("PDF documents (*.pdf)"),
                   "html": self.tr("Web pages (*.html *.htm)"),
                   "txt": self.tr("Text files (*.txt)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the policy as {0}").format(name), suggested, filters[fmt])
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix("." + ext)
        options.POLICY_EXPORT_FOLDER.remember(target)
        return self.export_to(fmt, target)

    def export_to(self, fmt: str, out: Path) -> Job | None:
        if self._job is not None:
            return None
        version_id, draft, number = self._export_target()
        if number is None:
            return None
        service = self.backend.policy
        paper = self.overview.paper.currentData() if fmt == "pdf" else None
        self._job = Job(lambda _progress, _cancelled: service.export(
            fmt, out, version_id=version_id, draft=draft, page_size=paper))
        self._job.signals.finished.connect(self._exported)
        self._job.signals.failed.connect(self._export_failed)
        self.overview.set_busy(True)
        self.overview.message.setText(self.tr("Writing {0}…").format(out.name))
        return self._job.start()

    def _exported(self, path: object) -> None:
        self._job = None
        self.overview.set_busy(False)
        draft = self.adopted is None
        text = self.tr("Saved {0}.").format(str(path))
        if draft:
            text += " " + self.tr("It is the draft, marked DRAFT: adopt the policy before you "
                                  "publish it.")
        self.overview.message.setText(text)
        self.overview.last_export = Path(str(path))

    def _export_failed(self, message: str) -> None:
        self._job = None
        self.overview.set_busy(False)
        self.overview.message.setText("")
        self.error.show_message(self.tr("The policy could not be exported: {0}").format(
            message))

    def busy(self) -> bool:
        return self._job is not None

    def policy_html(self) -> str:
        version_id, draft, number = self._export_target()
        if number is None:
            return ""
        return self.backend.policy.html(version_id, draft=draft)

    def _print_shortcut(self) -> None:
        if self.overview.print_button.isEnabled():
            self.print_policy()

    def print_policy(self) -> Job | None:
        """The print preview of the policy's PDF, laid out for the printer's paper; its Print
        button prints those pages."""
        printing = self._printing()
        return printing.preview() if printing is not None else None

    def print_to(self, printer: Any) -> Job | None:
        """Print the policy's PDF on ``printer`` (a QPrinter) without asking."""
        printing = self._printing()
        return printing.print_to(printer) if printing is not None else None

    def _printing(self) -> PdfPrint | None:
        """The policy's PDF to print: the adopted version, else the draft (marked DRAFT)."""
        version_id, draft, number = self._export_target()
        if number is None:
            return None
        if self.printing is not None and self.printing.in_use():
            return self.printing
        service = self.backend.policy
        suffix = "-draft" if draft else ""
        if self.printing is not None:
            self.printing.deleteLater()  # done with: it holds a PDF
        printing = PdfPrint(
            lambda paper: service.pdf(version_id, draft=draft, page_size=paper),
            title=self.tr("Human rights policy, version {0}").format(number),
            file_name=f"human-rights-policy-v{number}{suffix}.pdf", parent=self)
        printing.printed.connect(self._printed)
        printing.status.connect(self.overview.message.setText)
        printing.failed.connect(self._print_failed)
        self.printing = printing
        return printing

    def _printed(self, _pages: int) -> None:
        self.overview.message.setText(self.tr("Sent to the printer."))

    def _print_failed(self, message: str) -> None:
        self.error.show_message(self.tr("The policy was not printed: {0}").format(message))

    # -- window -----------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = options.POLICY_WINDOW_GEOMETRY.value()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None and not self.wizard.close():
            event.ignore()
            return
        options.POLICY_WINDOW_GEOMETRY.set(self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()


class OverviewTab(QWidget):
    """The adopted version at a glance, the open draft, the buttons, and a preview."""

    def __init__(self, window: PolicyWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.last_export: Path | None = None
        self.summary = paragraph("", self, bold=True)
        self.values: dict[str, QLabel] = {}
        facts = QFormLayout()
        for key, text in (("status", self.tr("Status")), ("version", self.tr("Version")),
                          ("approved_by", self.tr("Approved by")),
                          ("approved_on", self.tr("Approved on")),
                          ("next_review", self.tr("Next review")),
                          ("draft", self.tr("Open draft"))):
            label = paragraph("", self)
            label.setAccessibleName(text)
            self.values[key] = label
            facts.addRow(QLabel(self.tr("{0}:").format(text), self), label)
        self.edit_button = QPushButton(self)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"), self)
        self.html_button = QPushButton(self.tr("Export &HTML…"), self)
        self.text_button = QPushButton(self.tr("Export &text…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        for button, name in ((self.pdf_button, self.tr("Export the policy as PDF")),
                             (self.html_button, self.tr("Export the policy as a web page")),
                             (self.text_button, self.tr("Export the policy as plain text")),
                             (self.print_button, self.tr("Print the policy"))):
            button.setAccessibleName(name)
        self.html_button.setToolTip(self.tr("A web page to publish on your company website."))
        self.pdf_button.setToolTip(self.tr("A PDF to print, sign or send."))
        self.print_button.setToolTip(self.tr("Print the policy (Ctrl+P)"))
        self.message = paragraph("", self)
        self.message.setAccessibleName(self.tr("Result"))

        buttons = FlowLayout()  # wraps rather than widen the window in a longer language
        buttons.addWidget(self.edit_button)
        for button in (self.pdf_button, self.html_button, self.text_button, self.print_button):
            buttons.addWidget(button)
        # Paper for the PDF: automatic follows the company's country (Letter in the Americas
        # and the Philippines, else A4); the choice is remembered.
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("Paper: automatic"), None)
        for size in PAGE_SIZES:
            self.paper.addItem(self.tr("Paper: {0}").format(size), size)
        self.paper.setAccessibleName(self.tr("Paper size for the PDF"))
        saved = options.POLICY_PAPER.value()
        self.paper.setCurrentIndex(max(self.paper.findData(saved), 0) if saved else 0)
        self.paper.currentIndexChanged.connect(
            lambda _i: options.POLICY_PAPER.set(self.paper.currentData() or ""))
        buttons.addWidget(self.paper)

        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the policy"))
        self.preview.setOpenExternalLinks(False)
        self.requirements = RequirementsPanel(self)

        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addLayout(facts)
        left.addLayout(buttons)
        left.addWidget(self.message)
        left.addWidget(paragraph(self.tr("Preview"), self, bold=True))
        left.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.requirements)

        self.edit_button.clicked.connect(window.edit)
        self.pdf_button.clicked.connect(lambda: window.export("pdf"))
        self.html_button.clicked.connect(lambda: window.export("html"))
        self.text_button.clicked.connect(lambda: window.export("txt"))
        self.print_button.clicked.connect(window.print_policy)

    def load(self, adopted: PolicyVersionView | None, draft: PolicyVersionView | None,
             status: Any) -> None:
        v = self.values
        if adopted is None:
            self.summary.setText(self.tr(
                "No human rights policy is adopted yet. The wizard writes it with you, step by "
                "step, in about half an hour; your draft is saved as you type."))
            for key in ("status", "version", "approved_by", "approved_on", "next_review"):
                v[key].setText(self.tr("—"))
            v["status"].setText(self.tr("Not adopted"))
        else:
            approval = adopted.approval
            self.summary.setText(self.tr(
                "Version {0} is your company's adopted human rights policy.").format(
                adopted.number))
            v["status"].setText(self.tr("Adopted"))
            v["version"].setText(str(adopted.number))
            v["approved_by"].setText(self.tr("{0}, {1}").format(approval.name, approval.title)
                                     if approval else self.tr("—"))
            v["approved_on"].setText(_day(approval.approved_on) if approval else self.tr("—"))
            _tier, words = review_badge(status)
            when = _day(adopted.next_review)
            v["next_review"].setText(self.tr("{0} — {1}").format(when, words) if when
                                     else words)
        if draft is not None:
            v["draft"].setText(self.tr("Version {0}, last saved {1}").format(
                draft.number, _day(draft.updated_at)))
            self.edit_button.setText(self.tr("&Continue the draft…"))
            self.edit_button.setAccessibleName(self.tr("Continue the draft"))
        elif adopted is not None:
            v["draft"].setText(self.tr("None"))
            self.edit_button.setText(self.tr("&Edit the policy…"))
            self.edit_button.setAccessibleName(self.tr("Edit the policy (starts a new draft)"))
        else:
            v["draft"].setText(self.tr("None"))
            self.edit_button.setText(self.tr("&Write the policy…"))
            self.edit_button.setAccessibleName(self.tr("Write the policy"))
        has_document = adopted is not None or draft is not None
        for button in (self.pdf_button, self.html_button, self.text_button, self.print_button):
            button.setEnabled(has_document)
            button.setToolTip("" if adopted is not None or not has_document else self.tr(
                "No version is adopted yet: this produces the draft, marked DRAFT."))
        self._load_preview(adopted, draft)

    def _load_preview(self, adopted: PolicyVersionView | None,
                      draft: PolicyVersionView | None) -> None:
        service = self.window_.backend.policy
        shown = adopted or draft
        if shown is None:
            self.preview.setPlainText(self.tr("The policy appears here once you start it."))
            self.requirements.set_requirements([])
            self.requirements.summary.setText(self.tr("Nothing written yet."))
            return
        try:
            self.requirements.set_requirements(
                service.check(shown.values, shown.approval, version_id=shown.id),
                adopted=adopted is not None)
            self.preview.setHtml(service.html(shown.id, draft=adopted is None))
        except Exception as exc:  # a preview that fails must not take the window down
            self.preview.setPlainText(error_message(exc))
        self.requirements.set_save_state("")

    def set_busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.html_button, self.text_button):
            button.setEnabled(not busy)


class VersionsTab(QWidget):
    """Every version with who approved it and when; what changed between two versions."""

    def __init__(self, window: PolicyWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.model = PagedTableModel((
            Column(self.tr("Version"), lambda v: str(v.number)),
            Column(self.tr("Status"), lambda v: self.status_text(v.status)),
            Column(self.tr("Approved by"), lambda v: self.tr("{0}, {1}").format(
                v.approval.name, v.approval.title) if v.approval else ""),
            Column(self.tr("Approved on"), lambda v: _day(v.approval.approved_on)
                   if v.approval else ""),
            Column(self.tr("Adopted in the app by"), lambda v: v.adopted_by or ""),
            Column(self.tr("Next review"), lambda v: _day(v.next_review)),
            Column(self.tr("Last changed"), lambda v: _day(v.updated_at)),
        ), self)
        self.table = _table(self, self.tr("Policy versions"), self.model)
        self.old = QComboBox(self)
        self.new = QComboBox(self)
        self.old.setAccessibleName(self.tr("Compare from version"))
        self.new.setAccessibleName(self.tr("Compare to version"))
        old_label = QLabel(self.tr("Compare &from:"), self)
        old_label.setBuddy(self.old)
        new_label = QLabel(self.tr("&to:"), self)
        new_label.setBuddy(self.new)
        self.compare_button = QPushButton(self.tr("&Show what changed"), self)
        self.changes = QTextBrowser(self)
        self.changes.setAccessibleName(self.tr("What changed"))
        self.error = FieldError(self)

        row = FlowLayout()  # each label with its version, wrapping in a longer language
        for label, combo in ((old_label, self.old), (new_label, self.new)):
            row.addWidget(side_by_side(self, label, combo))
        row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "An adopted version is frozen: editing starts a new draft. Each version keeps who "
            "approved it and when."), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.changes, 3)
        self.compare_button.clicked.connect(self.compare)

    def status_text(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "adopted": self.tr("Adopted"),
                "superseded": self.tr("Replaced by a later version")}.get(status, status)

    def load(self, versions: list[PolicyVersionView]) -> None:
        self.model.set_source(*list_source(versions))
        for combo in (self.old, self.new):
            combo.clear()
            for v in versions:
                combo.addItem(self.tr("Version {0} ({1})").format(
                    v.number, self.status_text(v.status)), v.id)
        # Newest first: compare the one before the newest with the newest.
        self.new.setCurrentIndex(0 if versions else -1)
        self.old.setCurrentIndex(1 if len(versions) > 1 else 0 if versions else -1)
        enough = len(versions) > 1
        self.compare_button.setEnabled(enough)
        self.changes.setPlainText("" if enough else self.tr(
            "Once there are two versions, choose them above to see what changed."))

    def compare(self) -> None:
        self.error.clear()
        old_id, new_id = self.old.currentData(), self.new.currentData()
        if old_id is None or new_id is None:
            return
        if old_id == new_id:
            self.error.show_message(self.tr("Choose two different versions."))
            return
        try:
            changes = self.window_.backend.policy.diff(old_id, new_id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        old_text, new_text = self.old.currentText(), self.new.currentText()
        if not changes:
            self.changes.setPlainText(self.tr("No differences between {0} and {1}.").format(
                old_text, new_text))
            return
        kinds = {"added": self.tr("new section"), "removed": self.tr("section removed"),
                 "changed": self.tr("changed")}
        summary = (self.tr("From {0} to {1}: 1 section changed.") if len(changes) == 1 else
                   self.tr("From {0} to {1}: {2} sections changed.")).format(
            old_text, new_text, len(changes))
        legend = self.tr("Lines marked − were taken out, lines marked + were put in.")
        parts = [f"<p>{html.escape(summary)} {html.escape(legend)}</p>"]
        for change in changes:
            parts.append(f"<h3>{html.escape(change.title)} — "
                         f"{html.escape(kinds.get(change.kind, change.kind))}</h3>")
            parts.append(self._line_changes(change.old, change.new))
        self.changes.setHtml("".join(parts))

    @staticmethod
    def _line_changes(old: str, new: str) -> str:
        """The lines taken out (red, struck through) and put in (green) of one section."""
        removed, added = text_colour("bad").name(), text_colour("good").name()
        rows = []
        for line in difflib.ndiff(str(old or "").splitlines(), str(new or "").splitlines()):
            mark, text = line[:1], line[2:]
            if text.startswith("- "):  # a bullet of the section's text
                text = "• " + text[2:]
            text = html.escape(text)
            if not text.strip():
                continue
            if mark == "-":
                rows.append(f"<p style='color:{removed}'>− <s>{text}</s></p>")
            elif mark == "+":
                rows.append(f"<p style='color:{added}'><b>+ {text}</b></p>")
        return "".join(rows)

    def change_text(self) -> str:
        return self.changes.toPlainText()


class CommunicationTab(QWidget):
    """To whom and when the adopted policy was sent or shown; staff acknowledgements."""

    def __init__(self, window: PolicyWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.version: PolicyVersionView | None = None
        self.audience_words = {
            "staff": self.tr("Staff"), "distributor": self.tr("Distributor"),
            "vendor": self.tr("Vendor"), "customer": self.tr("Customer"),
            "website": self.tr("Website (public)"), "other": self.tr("Other"),
        }
        self.model = PagedTableModel((
            Column(self.tr("Date"), lambda c: _day(c.on)),
            Column(self.tr("Audience"), lambda c: self.audience_words.get(c.audience,
                                                                          c.audience)),
            Column(self.tr("To whom"), lambda c: c.recipient),
            Column(self.tr("How"), lambda c: c.channel),
            Column(self.tr("Acknowledged on"), lambda c: _day(c.acknowledged_on)),
            Column(self.tr("Note"), lambda c: c.note),
        ), self)
        self.table = _table(self, self.tr("Communications of the policy"), self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # to whom
        self.intro = note("", self)

        self._make_fields()
        self.form_box = self._record_box()
        self.ack_box = self._acknowledgement_box()

        # Side by side where they fit, one above the other in a longer language.
        below = FlowLayout(justify=True)
        for box in (self.form_box, self.ack_box):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            below.addWidget(box)
        below.itemAt(1).setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)

        self.record_button.clicked.connect(self.record)
        self.ack_button.clicked.connect(self.acknowledge)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)

    # -- the boxes under the table ---------------------------------------------------------
    def _make_fields(self) -> None:
        """The fields of a communication (audience, to whom, how, when, a note) and Record."""
        self.audience = QComboBox(self)
        for key in AUDIENCES:
            self.audience.addItem(self.audience_words[key], key)
        self.recipient = QLineEdit(self)
        self.recipient.setPlaceholderText(self.tr(
            "For example: all staff, TechDistri Europe, www.example.com"))
        self.channel = QComboBox(self)
        self.channel.setEditable(True)
        self.channel.addItems([self.tr("E-mail"), self.tr("Printed copy"), self.tr("Intranet"),
                               self.tr("Published on the website"), self.tr("Meeting"),
                               self.tr("Attached to the contract")])
        self.on = QDateEdit(self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        self.note_edit = QLineEdit(self)
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setAccessibleName(self.tr("Record the communication"))

    def _record_box(self) -> QGroupBox:
        """"Record that the policy was sent or shown": the fields, each with its error line,
        and the Record button."""
        self.form_box = QGroupBox(self.tr("Record that the policy was sent or shown"), self)
        form = QFormLayout(self.form_box)
        self.general_error = FieldError(self.form_box)
        self.errors = FieldErrors(self.general_error)
        for field, text, widget in (
            ("audience", self.tr("&Audience:"), self.audience),
            ("recipient", self.tr("To &whom:"), self.recipient),
            ("channel", self.tr("&How:"), self.channel),
            ("on", self.tr("&Date:"), self.on),
            ("note", self.tr("&Note (optional):"), self.note_edit),
        ):
            box = QWidget(self.form_box)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = FieldError(box)
            column.addWidget(error)
            label = QLabel(text, self.form_box)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, box)
            self.errors.register(field, error, widget)
        record_row = QHBoxLayout()
        record_row.addStretch(1)
        record_row.addWidget(self.record_button)
        form.addRow(record_row)
        form.addRow(self.general_error)
        return self.form_box

    def _acknowledgement_box(self) -> QGroupBox:
        """"Staff acknowledgement": the day the selected member of staff confirmed reading."""
        self.ack_box = QGroupBox(self.tr("Staff acknowledgement"), self)
        self.ack_on = QDateEdit(self.ack_box)
        self.ack_on.setCalendarPopup(True)
        self.ack_on.setDisplayFormat(date_format())
        self.ack_on.setAccessibleName(self.tr("Acknowledged on"))
        ack_label = QLabel(self.tr("Ac&knowledged on:"), self.ack_box)
        ack_label.setBuddy(self.ack_on)
        self.ack_button = QPushButton(self.tr("Record &staff acknowledgement"), self.ack_box)
        self.ack_button.setAccessibleName(self.tr(
            "Record that the selected person acknowledged the policy"))
        self.ack_error = FieldError(self.ack_box)
        ack = QGridLayout(self.ack_box)
        ack.addWidget(note(self.tr(
            "Select a row sent to a member of staff, then record the day they confirmed they "
            "read the policy."), self.ack_box), 0, 0, 1, 3)
        ack.addWidget(ack_label, 1, 0)
        ack.addWidget(self.ack_on, 1, 1)
        ack.addWidget(self.ack_button, 1, 2)
        ack.addWidget(self.ack_error, 2, 0, 1, 3)
        ack.setColumnStretch(3, 1)
        return self.ack_box

    def _today(self) -> QDate:
        return to_qdate(self.window_.backend.ctx.clock().astimezone().date())

    def load(self, version: PolicyVersionView | None) -> None:
        self.version = version
        today = self._today()
        self.on.setDate(today)
        self.ack_on.setDate(today)
        self.form_box.setEnabled(version is not None)
        communications: list[PolicyCommunication] = []
        if version is None:
            self.intro.setText(self.tr(
                "Adopt the policy first; then record here to whom you sent or showed it: "
                "staff, distributors, vendors, customers and your website."))
        else:
            self.intro.setText(self.tr(
                "Version {0}: the UN Guiding Principles ask that the policy is communicated "
                "inside the company and to business partners, and publicly available. Record "
                "each time you send or show it.").format(version.number))
            try:
                communications = self.window_.backend.policy.communications(version.id)
            except ServiceError as exc:
                self.general_error.show_message(error_message(exc))
        self.model.set_source(*list_source(communications))
        self._selection_changed()

    def selected(self) -> PolicyCommunication | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.loaded():
            return None
        return self.model.row_object(index.row())

    def _selection_changed(self, *_: object) -> None:
        row = self.selected()
        self.ack_box.setEnabled(row is not None and row.acknowledged_on is None)

    def record(self) -> PolicyCommunication | None:
        self.errors.clear()
        if self.version is None:
            return None
        recipient = self.recipient.text().strip()
        if not recipient:
            self.errors.show("recipient", self.tr(
                "Say to whom: a person, a company or the web address."))
            return None
        channel = self.channel.currentText().strip()
        if not channel:
            self.errors.show("channel", self.tr("Say how: e-mail, printed copy, website…"))
            return None
        try:
            record = self.window_.backend.policy.record_communication(
                self.version.id, self.audience.currentData(), recipient, channel,
                from_qdate(self.on.date()), note=self.note_edit.text().strip())
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            return None
        except ServiceError as exc:
            self.general_error.show_message(error_message(exc))
            return None
        self.recipient.clear()
        self.note_edit.clear()
        self.load(self.version)
        self.window_.changed.emit()
        self.window_.overview.load(self.window_.adopted, self.window_.open_draft,
                                   self.window_.backend.policy.review_status())
        return record

    def acknowledge(self) -> PolicyCommunication | None:
        self.ack_error.clear()
        row = self.selected()
        if row is None:
            self.ack_error.show_message(self.tr("Select the person in the list first."))
            return None
        try:
            record = self.window_.backend.policy.acknowledge(row.id, from_qdate(
                self.ack_on.date()))
        except ServiceError as exc:
            self.ack_error.show_message(error_message(exc))
            return None
        self.load(self.version)
        self.window_.changed.emit()
        return record

    def rows(self) -> list[PolicyCommunication]:
        return [self.model.row_object(i) for i in range(self.model.loaded())]
