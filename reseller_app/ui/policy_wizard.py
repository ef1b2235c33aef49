"""The human rights policy wizard: one page per section of the template, approval last.

Everything typed is kept: the draft is saved half a second after the user stops typing
(``PolicyService.save_draft``) and again when the wizard closes, and opening the wizard again
resumes the open draft (``PolicyService.start_draft``) on the page where the user left it. A
side panel shows the five elements (a) to (e) of UN Guiding Principle 16, met or missing, as the
user types (``PolicyService.check``); errors appear at their field, in words
(``PolicyService.errors`` and ``ValidationError.field``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reseller_app.domain.dates import date_of, one_year_after
from reseller_app.domain.policy import (
    Approval,
    PolicyField,
    PolicySection,
    PolicyTemplate,
    Requirement,
)
from reseller_app.domain.vocabulary import RiskTier
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.labels import date_format, from_qdate, local_time, to_qdate
from reseller_app.ui.mnemonics import mnemonic_key, with_mnemonic
from reseller_app.ui.tier_badge import tier_colours
from reseller_app.ui.typography import heading, make_note, note, paragraph
from reseller_app.ui.workers import error_message

if TYPE_CHECKING:
    from reseller_app.services.dto import PolicyVersionView

SAVE_DELAY_MS = 500  # autosave after the user stops typing this long
CHECK_DELAY_MS = 150  # the checklist and field errors follow a little faster
NO_DATE = QDate(2000, 1, 1)  # an empty optional date (QDateEdit has no empty value)
# The template's sections shown together on the last page, where the policy is adopted.
LAST_PAGE_SECTIONS = ("approval", "review")
# The wizard's buttons take these letters; the fields of a page get the others.
BUTTON_KEYS = frozenset("bnas")


def _t(text: str) -> str:
    return QCoreApplication.translate("PolicyWizard", text)


# -- dates -------------------------------------------------------------------------------------
to_date = date_of  # a stored date value (``date`` or ISO text) as a date, else None


def date_edit(parent: QWidget, *, optional: bool = False) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 60)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(_t("Not set"))
        edit.setDate(NO_DATE)
    return edit


# -- one field ---------------------------------------------------------------------------------
class BulletEdit(QTextEdit):
    """A bulleted list to type in: one item per paragraph, Enter starts the next item.

    Plain text only; a long item wraps under its own bullet, so items stay easy to tell
    apart (they are sentences, not words).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.document().setIndentWidth(self.fontMetrics().horizontalAdvance("0") * 2)
        self._fixing = False
        self.textChanged.connect(self._bullet_every_item)

    def items(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_items(self, items: Sequence[str]) -> None:
        self.setPlainText("\n".join(items))
        self._bullet_every_item()

    def _bullet_every_item(self) -> None:
        if self._fixing:
            return
        document = self.document()
        if document.isEmpty():
            return
        self._fixing = True
        try:
            block = document.begin()
            bullets = next((b.textList() for b in self._blocks() if b.textList()), None)
            while block.isValid():
                if block.textList() is None:
                    if bullets is None:
                        bullets = QTextCursor(block).createList(
                            QTextListFormat.Style.ListDisc)
                    else:
                        bullets.add(block)
                block = block.next()
        finally:
            self._fixing = False

    def _blocks(self) -> Iterable[Any]:
        block = self.document().begin()
        while block.isValid():
            yield block
            block = block.next()


class FieldEditor(QObject):
    """The input widget for one ``PolicyField``, with its value in the draft's terms.

    text -> QLineEdit (str), multiline -> QPlainTextEdit (str), list -> QPlainTextEdit with one
    item per line (list[str]), date -> QDateEdit with a calendar (ISO text, or None when an
    optional date is not set), choice -> QComboBox (one of the field's choices, "" for none).
    """

    changed = Signal()

    def __init__(self, field: PolicyField, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self._loading = False
        kind = field.kind
        if kind in ("multiline", "list"):
            edit: QPlainTextEdit | BulletEdit
            if kind == "list":
                edit = BulletEdit(parent)
            else:
                edit = QPlainTextEdit(parent)
                edit.setTabChangesFocus(True)
            lines = 4 if kind == "multiline" else 5
            height = edit.fontMetrics().lineSpacing() * lines + 14
            edit.setMinimumHeight(height)
            edit.setMaximumHeight(height + edit.fontMetrics().lineSpacing() * 3)
            if field.example:
                edit.setPlaceholderText(self._example_text())
            edit.textChanged.connect(self._emit)
            self.widget: QWidget = edit
        elif kind == "date":
            date = date_edit(parent, optional=not field.required)
            date.dateChanged.connect(self._emit)
            self.widget = date
        elif kind == "choice":
            combo = QComboBox(parent)
            if not field.required:
                combo.addItem(_t("(none)"), "")
            for choice in field.choices:
                combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(self._emit)
            self.widget = combo
        else:  # "text", and any kind this version does not know yet
            line = QLineEdit(parent)
            if field.example:
                line.setPlaceholderText(self._example_text())
            line.textChanged.connect(self._emit)
            self.widget = line

    def _example_text(self) -> str:
        example = self.field.example
        if self.field.kind == "list":
            return _t("One per line, for example: {0}").format(example)
        return _t("For example: {0}").format(example)

    def _emit(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, BulletEdit):
            return w.items()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QDateEdit):
            if w.date() == NO_DATE and w.minimumDate() == NO_DATE:
                return None
            return from_qdate(w.date()).isoformat()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            w = self.widget
            if isinstance(w, BulletEdit):
                items = [str(v) for v in value] if isinstance(value, list | tuple) else \
                    [line for line in str(value or "").splitlines() if line.strip()]
                if items != w.items():
                    w.set_items(items)
            elif isinstance(w, QPlainTextEdit):
                if isinstance(value, list | tuple):
                    text = "\n".join(str(v) for v in value)
                else:
                    text = "" if value is None else str(value)
                if text != w.toPlainText():
                    w.setPlainText(text)
            elif isinstance(w, QDateEdit):
                day = to_date(value)
                if day is not None:
                    w.setDate(to_qdate(day))
                elif w.minimumDate() == NO_DATE:
                    w.setDate(NO_DATE)
            elif isinstance(w, QComboBox):
                index = w.findData("" if value is None else str(value))
                if index < 0 and value:
                    w.addItem(str(value), str(value))  # a value from an older template
                    index = w.count() - 1
                w.setCurrentIndex(max(index, 0))
            else:
                assert isinstance(w, QLineEdit)
                text = "" if value is None else str(value)
                if text != w.text():
                    w.setText(text)
        finally:
            self._loading = False


# -- pages -------------------------------------------------------------------------------------
class FieldsForm(QWidget):
    """Rows of label, input, one-sentence help and an error line, with clash-free mnemonics."""

    def __init__(self, used_keys: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used_keys = used_keys
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: template labels can be long sentences.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(4)
        self.general_error = FieldError(self)
        self.errors = FieldErrors(self.general_error)
        self.labels: dict[str, QLabel] = {}

    def add_row(self, field_id: str, text: str, widget: QWidget, *, help_text: str = "",
                optional: bool = False) -> QLabel:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if help_text:
            layout.addWidget(note(help_text, box))
        error = FieldError(box)
        layout.addWidget(error)
        optional_words = _t("(optional)")
        shown = text
        if optional and optional_words.lower() not in text.lower():
            shown = f"{text} {optional_words}"
        text = text.replace(optional_words, "").strip()
        label = QLabel(with_mnemonic(shown, self.used_keys) + ":", self)
        label.setBuddy(widget)
        if self.form.rowCount():
            label.setContentsMargins(0, 6, 0, 0)
        widget.setAccessibleName(text)
        if help_text:
            widget.setToolTip(help_text)
        self.form.addRow(label, box)
        self.errors.register(field_id, error, widget)
        self.labels[field_id] = label
        return label


class ExampleBox(QFrame):
    """The section's example paragraph, framed and labelled as an example."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("example")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        title = paragraph(self.tr("Example"), self, bold=True)
        self.text = paragraph(text, self)
        font = QFont(self.text.font())
        font.setItalic(True)
        self.text.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.text)
        self.setAccessibleName(self.tr("Example: {0}").format(text))


class ScrollingPage(QWizardPage):
    """A wizard page whose content scrolls when the window is small."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)


class SectionPage(ScrollingPage):
    """One section of the template: why it matters, an example, and its fields."""

    changed = Signal(str)  # the field id

    def __init__(self, section: PolicySection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setTitle(section.title)
        self.guidance = paragraph(section.guidance, self.content)
        self.body.addWidget(self.guidance)
        self.example = ExampleBox(section.example, self.content) if section.example else None
        if self.example is not None:
            self.body.addWidget(self.example)
        self.fields = FieldsForm(set(BUTTON_KEYS), self.content)
        self.editors: dict[str, FieldEditor] = {}
        for field in section.fields:
            self.add_field(field)
        if not section.fields:
            self.body.addWidget(note(self.tr(
                "Nothing to fill in here: this section of the policy is standard text. Read "
                "it in the preview of the draft."), self.content))
        self.body.addWidget(self.fields)
        self.body.addWidget(self.fields.general_error)
        self.body.addStretch(1)

    def add_field(self, field: PolicyField) -> FieldEditor:
        editor = FieldEditor(field, self.fields)
        help_text = field.help
        if field.kind == "list":
            help_text = (help_text + " " + self.tr("Press Enter to start the next item.")
                         ).strip()
        self.fields.add_row(field.id, field.label, editor.widget, help_text=help_text,
                            optional=not field.required)
        editor.changed.connect(lambda f=field.id: self.changed.emit(f))
        self.editors[field.id] = editor
        return editor

    def field_ids(self) -> list[str]:
        return list(self.editors)


class ApprovalPage(ScrollingPage):
    """The last page: who approves the policy, when, and when it is reviewed next.

    It holds the fields of the template's "approval" and "review" sections.
    """

    changed = Signal(str)

    def __init__(self, sections: Sequence[PolicySection], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = tuple(sections)
        self.setTitle(self.tr("Approve and adopt"))
        for section in self.sections:
            self.body.addWidget(paragraph(section.guidance, self.content))
        self.fields = FieldsForm(set(BUTTON_KEYS), self.content)
        self.editors: dict[str, FieldEditor] = {}
        for section in self.sections:
            for field in section.fields:
                editor = FieldEditor(field, self.fields)
                self.fields.add_row(field.id, field.label, editor.widget,
                                    help_text=field.help, optional=not field.required)
                editor.changed.connect(lambda f=field.id: self.changed.emit(f))
                self.editors[field.id] = editor
        self.body.addWidget(self.fields)
        self.body.addWidget(note(self.tr(
            "Adopting freezes this version: later changes start a new draft. The policy is "
            "then ready to print, publish and send."), self.content))
        self.body.addWidget(self.fields.general_error)
        self.body.addStretch(1)

    def field_ids(self) -> list[str]:
        return list(self.editors)


# -- the side panel ----------------------------------------------------------------------------
class RequirementRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QLabel(self)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = QFont(self.state.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.state.setFont(font)
        width = max(self.state.fontMetrics().horizontalAdvance(text) for text in
                    (self.tr("Met"), self.tr("Ready"), self.tr("Missing"))) + 14
        self.state.setFixedWidth(width)
        self.title = paragraph("", self, bold=True)
        self.missing = paragraph("", self)
        make_note(self.missing)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.state, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.missing, 1, 1)
        grid.setColumnStretch(1, 1)
        self.met = False
        self.ready = False

    def set_requirement(self, requirement: Requirement, *, pending: str = "") -> None:
        """``pending``: met once something still to come happens (adopting), in words."""
        self.met = requirement.met
        ready = bool(pending)
        self.ready = ready
        # Ready (met once adopted) is grey, met green, missing amber.
        bg, fg = tier_colours("" if ready else RiskTier.LOW if requirement.met
                              else RiskTier.ELEVATED)
        self.state.setText(self.tr("Ready") if ready else self.tr("Met") if requirement.met
                           else self.tr("Missing"))
        self.state.setStyleSheet(f"QLabel {{ background: {bg.name()}; color: {fg.name()}; "
                                 "border-radius: 4px; padding: 1px 4px; }")
        # "(a) Approved at the most senior level": lettered as Principle 16 words them.
        title = (self.tr("({0}) {1}").format(requirement.letter, requirement.title)
                 if requirement.letter else requirement.title)
        self.title.setText(title)
        still = "\n".join(f"• {m}" for m in requirement.missing) if not requirement.met else ""
        if ready:
            still = pending
        self.missing.setText(still)
        self.missing.setVisible(bool(still))
        state = (self.tr("ready") if ready else self.tr("met") if requirement.met
                 else self.tr("missing"))
        self.setAccessibleName(self.tr("{0}: {1}").format(title, state))
        self.setAccessibleDescription(" ".join(requirement.missing))


class RequirementsPanel(QFrame):
    """The five requirements of UNGP Principle 16, met or missing, and the draft's save state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(250)
        self.setMaximumWidth(300)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Principle 16 checklist"))
        # The checklist scrolls when its texts are taller than the window (a narrow column in
        # a longer language), rather than being cut off at the bottom.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(heading(self.tr("Principle 16 checklist"), self, scale=1.1))
        layout.addWidget(note(self.tr(
            "Principle 16 of the UN Guiding Principles lists five elements, (a) to (e), of a "
            "human rights policy statement."), self))
        self.summary = paragraph("", self, bold=True)
        layout.addWidget(self.summary)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        layout.addStretch(1)
        self.save_state = note("", self)
        self.save_state.setAccessibleName(self.tr("Draft saved"))
        layout.addWidget(self.save_state)
        self.rows: dict[str, RequirementRow] = {}

    def set_requirements(self, requirements: Sequence[Requirement], *,
                         adopted: bool = True) -> None:
        """``adopted=False`` (a draft): an approval typed in shows as ready, not yet met, and so
        does a requirement that misses only what comes after adoption (its communication)."""
        approval = "" if adopted else self.tr("Met when the policy is adopted on the last page.")
        later = "" if adopted else self.tr(
            "Met once the adopted policy is recorded as sent or shown to staff or partners "
            "(the Communication tab of the policy window).")
        for requirement in requirements:
            row = self.rows.get(requirement.id)
            if row is None:
                row = RequirementRow(self)
                self.rows[requirement.id] = row
                self.rows_box.addWidget(row)
            pending = ""
            if requirement.id == "senior_approval" and requirement.met:
                pending = approval
            elif (not requirement.met and requirement.after_adoption
                    and requirement.missing == requirement.after_adoption):
                pending = later
            row.set_requirement(requirement, pending=pending)
        met = sum(1 for r in requirements
                  if r.met and (adopted or r.id != "senior_approval"))
        self.summary.setText(self.tr("{0} of {1} met").format(met, len(requirements)))

    def set_save_state(self, text: str) -> None:
        self.save_state.setText(text)


# -- the wizard --------------------------------------------------------------------------------
class PolicyWizard(QWizard):
    """Writes the open draft of the policy with ``PolicyService``; Adopt adopts it.

    ``PolicyWizard(backend)`` resumes the open draft or starts one; ``adopted(view)`` is
    emitted after a successful adoption, ``saved(view)`` after each autosave.
    """

    adopted = Signal(object)  # PolicyVersionView
    saved = Signal(object)  # PolicyVersionView

    def __init__(self, backend: Backend, draft: PolicyVersionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        service = backend.policy
        self.template: PolicyTemplate = service.template()
        self.draft: PolicyVersionView = draft if draft is not None else service.start_draft()
        self.values: dict[str, Any] = dict(self.draft.values)
        self._saved_values: dict[str, Any] = dict(self.values)
        self._dirty = False
        self._touched: set[str] = set()
        self._closing = False
        self.adopted_view: PolicyVersionView | None = None
        self._proof: Any = None  # the senior approver's passphrase, for the next adopt only
        self.proof_dialog: Any = None  # ApproverProofDialog, while open

        self.setWindowTitle(self.tr("Human rights policy — version {0} (draft)").format(
            self.draft.number))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Adopt"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Save and close"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(self.tr(
            "Your draft is saved as you type; you can continue it later."))
        self.button(QWizard.WizardButton.FinishButton).setToolTip(self.tr(
            "Adopt the policy as approved by the senior person named on this page."))

        self.panel = RequirementsPanel(self)
        self.setSideWidget(self.panel)

        self.section_pages: list[SectionPage] = []
        self.field_page: dict[str, int] = {}
        last = [s for s in self.template.sections if s.id in LAST_PAGE_SECTIONS]
        sections = [s for s in self.template.sections if s.id not in LAST_PAGE_SECTIONS]
        total = len(sections) + 1
        for number, section in enumerate(sections, start=1):
            page = SectionPage(section, self)
            page.setSubTitle(self.tr("Step {0} of {1}").format(number, total))
            self._add(page)
            self.section_pages.append(page)
        self.approval_page = ApprovalPage(last, self)
        self.approval_page.setSubTitle(self.tr("Step {0} of {1}: the senior approver adopts "
                                               "the policy").format(total, total))
        self.approval_id = self._add(self.approval_page)
        self.approval_page.setFinalPage(True)

        self._load_values()

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.refresh_checks)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)

        self.resize(1040, 740)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))
        self.panel.set_save_state(self.tr("Draft saved {0}.").format(
            self._time(self.draft.updated_at)))
        if self._dirty:  # defaults filled in on opening (the approval dates)
            self._save_timer.start()
        self.refresh_checks()

    def _add(self, page: SectionPage | ApprovalPage) -> int:
        page_id = self.addPage(page)
        page.changed.connect(self._edited)
        for field_id in page.field_ids():
            self.field_page[field_id] = page_id
        return page_id

    # -- values ------------------------------------------------------------------------------
    def _today(self) -> dt.date:
        return self.backend.ctx.clock().astimezone().date()

    @staticmethod
    def _time(at: dt.datetime) -> str:
        return local_time(at)

    def editors(self) -> Iterable[FieldEditor]:
        for page in self.section_pages:
            yield from page.editors.values()
        yield from self.approval_page.editors.values()

    def editor(self, field_id: str) -> FieldEditor | None:
        for editor in self.editors():
            if editor.field.id == field_id:
                return editor
        return None

    def _load_values(self) -> None:
        # A required date starts at today (approval) or a year after approval (review).
        approved = to_date(self.values.get("approved_on")) or self._today()
        defaults = {"approved_on": approved.isoformat(),
                    "next_review": one_year_after(approved).isoformat()}
        for editor in self.editors():
            field = editor.field
            value = self.values.get(field.id)
            if field.kind == "date" and field.required and to_date(value) is None:
                value = defaults.get(field.id, self._today().isoformat())
            elif field.id == "next_review" and (to_date(value) or approved) < self._today():
                # Copied from the version under review: a date gone by is never wanted.
                value = defaults["next_review"]
            editor.set_value(value)
        self.values = self.current_values()
        self._dirty = self.values != self._saved_values

    def current_values(self) -> dict[str, Any]:
        """The draft's values as typed."""
        values = dict(self.values)
        for editor in self.editors():
            values[editor.field.id] = editor.value()
        return values

    def _edited(self, field_id: str) -> None:
        self._touched.add(field_id)
        self.values = self.current_values()
        self._dirty = self.values != self._saved_values
        if self._dirty:
            self.panel.set_save_state(self.tr("Saving…"))
            self._save_timer.start()
        elif self._save_timer.isActive():
            # Back to what is saved (an undo before the save was due): nothing is left to
            # save, so the label must not stay at "Saving…".
            self._save_timer.stop()
            self.panel.set_save_state(self.tr("Draft saved {0}.").format(
                self._time(self.draft.updated_at)))
        self._check_timer.start()

    # -- autosave ----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def save_now(self) -> bool:
        """Save what is typed now; an over-long field keeps its last saved text (shown)."""
        self._save_timer.stop()
        if not self._dirty or self.adopted_view is not None:
            return True
        values = self.current_values()
        refused: dict[str, str] = {}
        for _attempt in range(len(values) + 1):
            try:
                view = self.backend.policy.save_draft(self.draft.id, values)
            except ValidationError as exc:
                if exc.field in values and exc.field not in refused:
                    refused[exc.field] = exc.message
                    if exc.field in self._saved_values:
                        values[exc.field] = self._saved_values[exc.field]
                    else:
                        values.pop(exc.field)
                    continue
                self.panel.set_save_state(self.tr("Not saved: {0}").format(exc.message))
                return False
            except ServiceError as exc:
                self.panel.set_save_state(self.tr("Not saved: {0}").format(error_message(exc)))
                return False
            break
        else:  # pragma: no cover - every field refused in turn
            return False
        self.draft = view
        self._saved_values = values
        self._dirty = False
        for field_id, message in refused.items():
            self._touched.add(field_id)
            self._show_at_field(field_id, message, focus=False)
        if refused:
            labels = ", ".join(self._label(f) for f in refused)
            self.panel.set_save_state(self.tr(
                "Saved, except {0}: shorten the text to save it.").format(labels))
        else:
            self.panel.set_save_state(self.tr("Draft saved {0}.").format(
                self._time(view.updated_at)))
        self.saved.emit(view)
        return not refused

    def _label(self, field_id: str) -> str:
        editor = self.editor(field_id)
        return f"\u201c{editor.field.label}\u201d" if editor is not None else field_id

    # -- checks ------------------------------------------------------------------------------
    def field_errors(self, values: dict[str, Any] | None = None) -> dict[str, str]:
        """``PolicyService.errors``, with the approver's fields in the approval's own words."""
        values = self.current_values() if values is None else values
        errors = dict(self.backend.policy.errors(values))
        if not str(values.get("approver_name") or "").strip():
            errors["approver_name"] = self.tr(
                "Enter the name of the senior person who approves the policy: the owner, "
                "managing director or a board member.")
        if not str(values.get("approver_title") or "").strip():
            errors["approver_title"] = self.tr(
                "Enter the approver's job title, for example Managing Director.")
        return errors

    def refresh_checks(self) -> None:
        """The Principle 16 panel and the errors of the fields the user has touched."""
        self._check_timer.stop()
        values = self.current_values()
        try:
            # No approval yet: the domain reads the approver typed on the last page.
            self.panel.set_requirements(self.backend.policy.check(values, None), adopted=False)
            errors = self.field_errors(values)
        except ServiceError as exc:
            self.panel.set_save_state(error_message(exc))
            return
        for field_id in self._touched:
            self._show_at_field(field_id, errors.get(field_id, ""), focus=False)

    def page_for(self, field_id: str) -> int | None:
        return self.field_page.get(field_id)

    def _form_for(self, field_id: str) -> FieldsForm | None:
        page_id = self.page_for(field_id)
        if page_id is None:
            return None
        page = self.page(page_id)
        return page.fields if isinstance(page, SectionPage | ApprovalPage) else None

    def _show_at_field(self, field_id: str, message: str, *, focus: bool = True) -> None:
        form = self._form_for(field_id)
        if form is None:
            return
        error = form.errors.error_for(field_id)
        if not message:
            if error is not None:
                error.clear()
            editor = self.editor(field_id)
            if editor is not None:
                editor.widget.setAccessibleDescription("")
            return
        if focus:
            form.errors.show(field_id, message)
        elif error is not None:
            error.show_message(message)
            editor = self.editor(field_id)
            if editor is not None:
                editor.widget.setAccessibleDescription(message)

    def error_message_for(self, field_id: str) -> str:
        """The message shown at a field now ("" when none), for tests and accessibility."""
        form = self._form_for(field_id)
        error = form.errors.error_for(field_id) if form is not None else None
        return error.message() if error is not None else ""

    def _check_page(self, page: SectionPage | ApprovalPage) -> bool:
        """Show every error of the page at its field; focus the first. True when none."""
        errors = self.field_errors()
        first = None
        for field_id in page.field_ids():
            self._touched.add(field_id)
            message = errors.get(field_id, "")
            self._show_at_field(field_id, message, focus=False)
            if message and first is None:
                first = field_id
        if first is not None:
            self._show_at_field(first, errors[first])
            return False
        return True

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if isinstance(page, SectionPage) and not self._check_page(page):
            self.save_now()  # what is typed is kept, even when the page is not finished
            return False
        self.save_now()
        self.refresh_checks()
        return super().validateCurrentPage()

    def go_to(self, page_id: int) -> None:
        """Step back (or forward, while pages are valid) to ``page_id``."""
        while self.currentId() > page_id:
            self.back()
        while self.currentId() < page_id:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def resume(self) -> None:
        """Go to the page the user left this draft on (stops earlier at a page to fix)."""
        target = options.policy_wizard_page(self.draft.id).value()
        if target > 0:
            self.go_to(min(target, self.approval_id))

    # -- adopt and close ---------------------------------------------------------------------
    def accept(self) -> None:
        """Adopt: refused, at the field, without a named approver and title."""
        if self.adopted_view is not None:
            super().accept()
            return
        page = self.approval_page
        page.fields.general_error.clear()
        self.refresh_checks()
        if not self._check_page(page):
            return
        self.save_now()
        proof = self._proof
        self._proof = None  # a passphrase is used for one try only
        if proof is None and self.backend.people.is_set_up():
            self._ask_proof()
            return
        values = self.current_values()
        approval = Approval(name=" ".join(str(values["approver_name"]).split()),
                            title=" ".join(str(values["approver_title"]).split()),
                            approved_on=to_date(values.get("approved_on")) or self._today())
        next_review = to_date(values.get("next_review")) or one_year_after(
            approval.approved_on)
        try:
            view = self.backend.policy.adopt(self.draft.id, approval, next_review, proof)
        except ValidationError as exc:
            if exc.field in ("approver", "approver_passphrase"):  # the proof, not a field
                page.fields.general_error.show_message(exc.message)
                return
            self.show_error(exc.field, exc.message)
            return
        except ServiceError as exc:
            page.fields.general_error.show_message(error_message(exc))
            return
        self.adopted_view = view
        self.draft = view
        self._dirty = False
        options.policy_wizard_page(view.id).remove()
        self.adopted.emit(view)
        super().accept()

    def _ask_proof(self) -> None:
        """With people, the senior approver confirms the adoption with their passphrase."""
        # Here: the sign-in dialogs load only when people are set up.
        from reseller_app.ui.sign_in import ApproverProofDialog

        self.proof_dialog = dialog = ApproverProofDialog(self.backend, self.tr(
            "Adopting the policy needs the senior approver's confirmation: choose the "
            "approver, and let them type their own passphrase."), self)
        dialog.accepted.connect(lambda: self._proven(dialog))
        dialog.open()

    def _proven(self, dialog: Any) -> None:
        self._proof = dialog.proof()
        self.proof_dialog = None
        self.accept()

    def show_error(self, field_id: str, message: str) -> None:
        """A service error: go to its page and show it at the field."""
        page_id = self.page_for(field_id)
        if page_id is None:
            self.approval_page.fields.general_error.show_message(message)
            return
        self._touched.add(field_id)
        self.go_to(page_id)
        if self.currentId() != page_id:  # an earlier page stopped us: its errors show
            return
        self._show_at_field(field_id, message)

    def done(self, result: int) -> None:
        if not self._closing:
            self._closing = True
            self.save_now()
            if self.adopted_view is None:
                options.policy_wizard_page(self.draft.id).set(max(self.currentId(), 0))
            app = QApplication.instance()
            if app is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    app.aboutToQuit.disconnect(self.save_now)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)


def mnemonic_clashes(widget: QWidget) -> list[str]:
    """Letters used by more than one visible label or button under ``widget`` (for tests)."""
    seen: dict[str, str] = {}
    clashes: list[str] = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisibleTo(widget):
            continue
        key = mnemonic_key(child.text())
        if key is None:
            continue
        if key in seen:
            clashes.append(f"{key}: {seen[key]!r} / {child.text()!r}")
        else:
            seen[key] = child.text()
    return clashes
