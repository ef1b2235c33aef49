"""Record a decision on a screened order: outcome, mitigations, rationale, who, and approval.

Which outcomes are offered comes from ``DecisionService.allowed``; the service also checks the
decision when it is recorded, so this panel only explains and collects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.screening import ScreeningResult
from reseller_app.services.dto import (
    Approval,
    ApprovalRequestView,
    ApprovalState,
    DecisionOutcome,
    DecisionRecord,
    OrderStatus,
    OrderView,
)
from reseller_app.services.errors import OrderChanged, ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.conflict_bar import ConflictBar
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.labels import local_time, outcome_label, status_explanation, status_label
from reseller_app.ui.screening_panel import Banner
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import error_message

OUTCOMES = tuple(DecisionOutcome)


def allowed_outcomes(allowed: Any) -> list[str]:
    """The outcome ids in an ``AllowedDecisions`` (read defensively: see the report)."""
    for name in ("outcomes", "allowed", "options"):
        value = getattr(allowed, name, None)
        if value is not None:
            return [str(v) for v in value]
    try:
        return [str(v) for v in allowed]
    except TypeError:
        return [str(o) for o in OUTCOMES]


class OutcomeChoice(QGroupBox):
    """The "Decision" box: one radio button per outcome, each with a line saying what it
    means, and the error line when none is chosen."""

    @staticmethod
    def tr(text: str) -> str:  # the panel's texts: they keep the DecisionPanel context
        return QCoreApplication.translate("DecisionPanel", text)

    def __init__(self, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Decision"), parent)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        hints = {
            DecisionOutcome.PROCEED: self.tr("The order may go ahead as it is."),
            DecisionOutcome.PROCEED_WITH_CONDITIONS: self.tr(
                "The order goes ahead only with the safeguards ticked below."),
            DecisionOutcome.ESCALATE: self.tr(
                "Ask the distributor to decide; the order waits for the answer."),
            DecisionOutcome.DECLINE: self.tr("Do not sell. The reasons are recorded."),
        }
        mnemonic = {DecisionOutcome.PROCEED: self.tr("&Proceed"),
                    DecisionOutcome.PROCEED_WITH_CONDITIONS: self.tr("Proceed &with conditions"),
                    DecisionOutcome.ESCALATE: self.tr("&Escalate to distributor"),
                    DecisionOutcome.DECLINE: self.tr("&Decline")}
        self.buttons: dict[str, QRadioButton] = {}
        self.hints: dict[str, QLabel] = {}
        for outcome in OUTCOMES:
            button = QRadioButton(mnemonic[outcome], self)
            button.setAccessibleName(outcome_label(outcome))
            hint = note(hints[outcome], self)
            hint.setContentsMargins(24, 0, 0, 4)
            self.group.addButton(button)
            self.buttons[outcome] = button
            self.hints[outcome] = hint
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(hint)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        errors.register("outcome", self.error, None)

    def offer(self, outcomes: list[str]) -> None:
        """Show only ``outcomes``, none chosen; a single one is chosen already."""
        for outcome, button in self.buttons.items():
            visible = outcome in outcomes
            button.setVisible(visible)
            self.hints[outcome].setVisible(visible)
            button.setAutoExclusive(False)
            button.setChecked(False)
            button.setAutoExclusive(True)
        if len(outcomes) == 1:
            self.buttons[outcomes[0]].setChecked(True)


class ConditionsBox(QGroupBox):
    """The "Conditions" box shown for "proceed with conditions": the pack's safeguards to tick
    and other conditions in the user's words."""

    @staticmethod
    def tr(text: str) -> str:  # the panel's texts: they keep the DecisionPanel context
        return QCoreApplication.translate("DecisionPanel", text)

    def __init__(self, backend: Backend, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Conditions"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Tick the safeguards the customer agrees to. They become part of the record."),
            self))
        self.mitigations: dict[str, QCheckBox] = {}
        for mitigation in backend.pack.mitigations:
            box = QCheckBox(mitigation.label, self)
            box.setToolTip(mitigation.description)
            box.setAccessibleDescription(mitigation.description)
            self.mitigations[mitigation.id] = box
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(_indented(note(mitigation.description, self)))
        self.mitigations_error = FieldError(self)
        layout.addWidget(self.mitigations_error)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(60)
        self.conditions.setPlaceholderText(self.tr("Other conditions, in your own words"))
        conditions_label = QLabel(self.tr("O&ther conditions:"), self)
        conditions_label.setBuddy(self.conditions)
        self.conditions.setAccessibleName(self.tr("Other conditions"))
        layout.addWidget(conditions_label)
        layout.addWidget(self.conditions)
        self.conditions_error = FieldError(self)
        layout.addWidget(self.conditions_error)
        errors.register("mitigations", self.mitigations_error, None)
        errors.register("conditions", self.conditions_error, self.conditions)

    def clear(self) -> None:
        self.conditions.clear()
        for box in self.mitigations.values():
            box.setChecked(False)

    def ticked(self) -> list[str]:
        return [mid for mid, box in self.mitigations.items() if box.isChecked()]


class RecordForm(QGroupBox):
    """The "Record" box: the rationale, who decided and, for a high-risk order, the senior
    approver with a note saying why they must approve.

    Without people in the database the approver's name is typed (``approved_by``); with
    people, the approver is chosen (``approver``) and types their own passphrase
    (``approver_passphrase``) in this same form, which the service checks."""

    @staticmethod
    def tr(text: str) -> str:  # the panel's texts: they keep the DecisionPanel context
        return QCoreApplication.translate("DecisionPanel", text)

    def __init__(self, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Record"), parent)
        self.errors = errors
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(80)
        self.rationale.setPlaceholderText(self.tr(
            "Why this decision? What did you check, what did the customer say?"))
        self.decided_by = QLineEdit(self)
        self.approved_by = QLineEdit(self)
        self.approval_note = paragraph("", self)
        self._add(self.tr("&Rationale (required):"), self.rationale, "rationale")
        self._add(self.tr("Decided &by:"), self.decided_by, "decided_by")
        self.approval_label = self._add(self.tr("Approved b&y:"), self.approved_by,
                                        "approved_by", above=self.approval_note)
        self.approver = QComboBox(self)
        self.approver_passphrase = QLineEdit(self)
        self.approver_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.approver_label = self._add(self.tr("Appro&ver:"), self.approver, "approver")
        self.passphrase_label = self._add(self.tr("Appr&over's passphrase:"),
                                          self.approver_passphrase, "approver_passphrase")
        self._proven = False

    def _add(self, text: str, widget: QWidget, field: str,
             above: QWidget | None = None) -> QLabel:
        label, _box, _error = add_field_row(self.form, self.errors, field, text, widget,
                                            above=() if above is None else (above,),
                                            spacing=-1)  # the style's spacing
        return label

    def show_approval(self, visible: bool, proven: bool = False) -> None:
        """Show the approval rows: a typed name, or (``proven``) approver and passphrase."""
        self._proven = proven
        self.form.setRowVisible(self.approval_label, visible and not proven)
        self.form.setRowVisible(self.approver_label, visible and proven)
        self.form.setRowVisible(self.passphrase_label, visible and proven)

    def offer_approvers(self, approvers: list[Any]) -> None:
        self.approver.clear()
        for person in approvers:
            self.approver.addItem(f"{person.name} <{person.email}>", person.id)
        self.approver_passphrase.clear()


def centred_page(owner: QWidget, max_width: int = 900) -> QWidget:
    """A page body at most ``max_width`` wide, in a frameless scroll area filling ``owner``."""
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    holder = QWidget(scroll)
    scroll.setWidget(holder)
    centre = QHBoxLayout(holder)
    body = QWidget(holder)
    body.setMaximumWidth(max_width)
    centre.addWidget(body, 1)
    centre.addStretch(0)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return body


class DecisionPanel(QWidget):
    """The Decision tab: the order's status and earlier decisions, then an
    ``OutcomeChoice``, a ``ConditionsBox``, the escalation hint and packet button, a
    ``RecordForm`` and the record button."""

    recorded = Signal(object)  # DecisionRecord
    escalateRequested = Signal()  # open the escalation packet dialog
    misuseRequested = Signal()  # open the misuse report (a party on a sanctions list)
    approvalRequested = Signal(object)  # ApprovalRequestView: asked at the approver's desk
    reloadRequested = Signal()  # another desk changed the order: show it as saved now

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._view: OrderView | None = None
        self._needs_approval = False
        self._proven = False  # the database has people: approvals need a passphrase
        self._approver = ""

        body = centred_page(self)
        layout = QVBoxLayout(body)
        self.status = heading("", body, scale=1.1)
        self.status_note = paragraph("", body)
        layout.addWidget(self.status)
        layout.addWidget(self.status_note)
        self.request_note = paragraph("", body, bold=True)  # awaiting approval, sent back
        layout.addWidget(self.request_note)
        self.history = QLabel(body)
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        self.blocked = Banner(body)
        layout.addWidget(self.blocked)
        self.explanation = paragraph("", body)
        layout.addWidget(self.explanation)

        self.general_error = FieldError(body)
        self.errors = FieldErrors(self.general_error)

        self.choice = OutcomeChoice(self.errors, body)
        for button in self.choice.buttons.values():
            button.toggled.connect(self._outcome_changed)
        layout.addWidget(self.choice)
        self.conditions_box = ConditionsBox(backend, self.errors, body)
        layout.addWidget(self.conditions_box)

        self.escalation = paragraph("", body)
        layout.addWidget(self.escalation)
        self.packet_button = QPushButton(self.tr("Prepare the escalation p&acket…"), body)
        self.packet_button.setAccessibleName(self.tr("Prepare the escalation packet"))
        self.packet_button.setToolTip(self.tr(
            "What the distributor receives: a PDF and a JSON file with the order, the flags, "
            "the checklist and your recommendation, and your attachments. You see the PDF "
            "before it is sent."))
        self.packet_button.clicked.connect(self.escalateRequested)
        layout.addWidget(self.packet_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.misuse_button = QPushButton(self.tr("Tell the distributor: &misuse report…"), body)
        self.misuse_button.setAccessibleName(self.tr("Report to the distributor"))
        self.misuse_button.clicked.connect(self.misuseRequested)
        self.misuse_button.setVisible(False)  # for an order blocked by a sanctions list
        layout.addWidget(self.misuse_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.form = RecordForm(self.errors, body)
        layout.addWidget(self.form)

        self.record_button = QPushButton(self.tr("Re&cord decision"), body)
        self.ask = AskApproval(body)
        self.conflict = ConflictBar(body)
        self.conflict.reloadRequested.connect(self.reloadRequested)
        layout.addWidget(self.conflict)
        layout.addWidget(self.general_error)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.ask)
        footer.addWidget(self.record_button)
        layout.addLayout(footer)
        layout.addStretch(1)
        self.record_button.clicked.connect(self.record)
        self.ask.button.clicked.connect(self.ask_approval)

    # The parts' controls under the names the tests and the order window know them by.
    @property
    def outcome_buttons(self) -> dict[str, QRadioButton]:
        return self.choice.buttons

    @property
    def mitigations(self) -> dict[str, QCheckBox]:
        return self.conditions_box.mitigations

    @property
    def conditions(self) -> QPlainTextEdit:
        return self.conditions_box.conditions

    @property
    def rationale(self) -> QPlainTextEdit:
        return self.form.rationale

    @property
    def decided_by(self) -> QLineEdit:
        return self.form.decided_by

    @property
    def approved_by(self) -> QLineEdit:
        return self.form.approved_by

    @property
    def approval_note(self) -> QLabel:
        return self.form.approval_note

    # -- loading -----------------------------------------------------------------------------
    def load(self, view: OrderView) -> None:
        self._view = view
        self.errors.clear()
        self.conflict.hide()
        result = view.screening
        self.status.setText(self.tr("Status: {0}").format(status_label(view.status)))
        self.status_note.setText(status_explanation(view.status, view.screening))
        self.history.setText(self._decisions_text(view.decisions))
        self.history.setVisible(bool(view.decisions))

        try:
            allowed = self.backend.decisions.allowed(view.id)
        except ServiceError as exc:
            allowed = None
            self.general_error.show_message(error_message(exc))
        outcomes = allowed_outcomes(allowed) if allowed is not None else []
        if result.blocked:
            outcomes = [o for o in outcomes if o == DecisionOutcome.DECLINE] or \
                [DecisionOutcome.DECLINE]
        self.choice.offer(outcomes)
        self.record_button.setEnabled(bool(outcomes))

        self.blocked.setVisible(False)
        explanation = str(getattr(allowed, "reason", "") or getattr(allowed, "explanation", "")
                          or "")
        self._show_block(result)
        if not result.blocked and not outcomes:
            explanation = explanation or self.tr("No decision can be recorded for this order "
                                                 "now.")
        if result.blocked:
            explanation = ""  # the banner above already says it
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))

        profile = self.backend.profile()
        self._approver = str(getattr(allowed, "approver_name", "") or
                             getattr(allowed, "approver", "") or
                             (profile.approver_name if profile else ""))
        needs = getattr(allowed, "needs_senior_approval", None)
        self._needs_approval = bool(result.needs_senior_approval if needs is None else needs)
        self._needs_approval = self._needs_approval and not result.blocked
        title = profile.approver_title if profile else ""
        who = f"{self._approver} ({title})" if title else self._approver
        self.approval_note.setText(self.tr(
            "This is a high-risk order. The UN Guiding Principles (principle 16) ask that such "
            "decisions are approved at the most senior level of the company: here, {0}. Type "
            "their name to confirm they approved it.").format(who or self.tr("your senior "
                                                                             "approver")))
        self.approved_by.setPlaceholderText(self.tr("The senior approver's name"))
        self._load_proof(allowed)

        self.rationale.clear()
        self.conditions_box.clear()
        self.approved_by.clear()
        # With people, who decides is the person working (with the OS login as evidence).
        self.decided_by.setText(self.backend.who)
        self.decided_by.setReadOnly(self._proven)
        distributors = profile.distributors if profile else []
        if distributors:
            names = "; ".join(f"{d.name} <{d.email}>" for d in distributors)
            self.escalation.setText(self.tr(
                "Escalating records the decision; then send the packet with the order's "
                "details to your distributor ({0}) and record their answer on the "
                "Escalation tab.").format(names))
        else:
            self.escalation.setText(self.tr(
                "Escalating records the decision. No distributor is set up yet: add one in "
                "the company profile."))
        self._outcome_changed()

    def _show_block(self, result: ScreeningResult) -> None:
        """The banner of a blocked order: a prohibited use, or a party on a sanctions list (then
        the distributor must be told: the misuse report is offered beside the packet)."""
        sanctioned = result.parties is not None and bool(result.parties.confirmed)
        self.misuse_button.setVisible(result.blocked and sanctioned)
        if not result.blocked:
            return
        if sanctioned:
            self.blocked.show_banner(result.tier, self.tr(
                "A party of this order is on a sanctions list (a confirmed match). Nobody in "
                "the company can approve it: the only possible decision is to decline, and the "
                "distributor must be told: report it with the misuse report."), critical=True)
            return
        self.blocked.show_banner(result.tier, self.tr(
            "This order asks for a use that is prohibited. Nobody in the company can "
            "approve it, not even the senior approver: the only possible decision is to "
            "decline."), critical=True)

    def _load_proof(self, allowed: Any) -> None:
        """With people, the approver is chosen and proves it with their passphrase; without,
        the note says that setting people up makes approvals proven."""
        self._proven = bool(getattr(allowed, "approval_proven", False))
        if self._proven:
            self.approval_note.setText(self.tr(
                "This is a high-risk order. The UN Guiding Principles (principle 16) ask that "
                "such decisions are approved at the most senior level of the company. The "
                "approver confirms here with their own passphrase: choose them and let them "
                "type it."))
            self.form.offer_approvers(list(getattr(allowed, "approvers", [])))
        elif self._needs_approval:
            self.approval_note.setText(self.approval_note.text() + " " + self.tr(
                "Setting up the people who use the app makes approvals proven: the approver "
                "then confirms with their own passphrase."))
        self.form.show_approval(self._needs_approval, self._proven)
        self._load_request(allowed)

    def _load_request(self, allowed: Any) -> None:
        """With people, a high-risk decision may also wait for the approver at their own
        desk: offer to ask, and say where the order's latest request stands."""
        request = None
        if self._proven and self._view is not None:
            try:
                request = self.backend.approvals.for_order(self._view.id)
            except ServiceError as exc:
                self.general_error.show_message(error_message(exc))
        self.ask.offer(list(getattr(allowed, "approvers", [])))
        waiting = request is not None and request.state == ApprovalState.WAITING and \
            request.current
        self.ask.setVisible(self._proven and self._needs_approval)
        self.ask.setEnabled(not waiting)
        self.show_request(request)

    def show_request(self, r: ApprovalRequestView | None) -> None:
        """The order's latest request for approval, in a sentence (none: hidden)."""
        text = ""
        if r is not None and r.state == ApprovalState.WAITING and r.current:
            text = self.tr("Awaiting approval by {0}: {1} asked on {2} to approve \"{3}\".").format(
                r.approver_name or self.tr("any approver"), r.requested_by,
                local_time(r.requested_at), outcome_label(r.outcome))
        elif r is not None and r.state == ApprovalState.RETURNED:
            text = self.tr("Sent back by {0} on {1}: {2}").format(
                r.resolved_by, local_time(r.resolved_at or r.requested_at), r.reason)
        elif r is not None and r.state in (ApprovalState.WAITING, ApprovalState.STALE) and \
                self._view is not None and self._view.status == OrderStatus.HELD:
            text = self.tr("The request for approval that {0} made on {1} cannot be "
                           "approved: the order changed after it. Ask again.").format(
                r.requested_by, local_time(r.requested_at))
        self.request_note.setText(text)
        self.request_note.setVisible(bool(text))

    def _decisions_text(self, decisions: list[DecisionRecord]) -> str:
        lines = []
        for d in sorted(decisions, key=lambda d: d.decided_at, reverse=True):
            when = local_time(d.decided_at)
            approved = self.tr(", approved by {0}").format(d.approved_by) if d.approved_by \
                else ""
            lines.append(self.tr("{0}: {1} by {2}{3}. {4}").format(
                when, outcome_label(d.outcome), d.decided_by, approved, d.rationale))
        return self.tr("Earlier decisions:") + "\n" + "\n".join(lines) if lines else ""

    def _outcome_changed(self, *args: object) -> None:
        outcome = self.outcome()
        self.conditions_box.setVisible(outcome == DecisionOutcome.PROCEED_WITH_CONDITIONS)
        self.escalation.setVisible(outcome == DecisionOutcome.ESCALATE)
        escalated = self._view is not None and self._view.status == OrderStatus.ESCALATED
        self.packet_button.setVisible(outcome == DecisionOutcome.ESCALATE or escalated)

    # -- values ------------------------------------------------------------------------------
    def outcome(self) -> str | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked() and button.isVisibleTo(self):
                return outcome
        return None

    def offered_outcomes(self) -> list[str]:
        return [o for o, b in self.outcome_buttons.items() if not b.isHidden()]

    def needs_approval(self) -> bool:
        return self._needs_approval

    def record(self) -> DecisionRecord | None:
        if self._view is None:
            return None
        self.errors.clear()
        outcome = self.outcome()
        rationale = self.rationale.toPlainText().strip()
        approved_by = self.approved_by.text().strip() or None
        if outcome is None:
            self.errors.show("outcome", self.tr("Choose a decision."))
            return None
        if not rationale:
            self.errors.show("rationale", self.tr(
                "Say in a sentence or two why: it is what an auditor or the distributor will "
                "read."))
            return None
        approval = None
        if self._proven and self._needs_approval and outcome in (
                DecisionOutcome.PROCEED, DecisionOutcome.PROCEED_WITH_CONDITIONS):
            if self.form.approver.currentIndex() < 0:
                self.errors.show("approver", self.tr("Choose the approver."))
                return None
            passphrase = self.form.approver_passphrase.text()
            if not passphrase:
                self.errors.show("approver_passphrase", self.tr(
                    "The approver types their own passphrase to confirm the approval."))
                return None
            approval = Approval(self.form.approver.currentData(), passphrase)
            self.form.approver_passphrase.clear()  # typed once, for this record only
        elif self._needs_approval and outcome != DecisionOutcome.DECLINE and \
                approved_by is None:
            self.errors.show("approved_by", self.tr(
                "This decision needs the senior approver. Type the name of {0} once they have "
                "approved it.").format(self._approver or self.tr("your senior approver")))
            return None
        conditions = self.conditions.toPlainText().strip()
        mitigations = self.conditions_box.ticked()
        if outcome != DecisionOutcome.PROCEED_WITH_CONDITIONS:
            mitigations, conditions = [], ""
        try:
            record = self.backend.decisions.record(
                self._view.id,
                DecisionOutcome(outcome),
                rationale,
                self.decided_by.text().strip() or self.backend.actor,
                mitigations=mitigations,
                conditions=conditions,
                approved_by=approved_by if self._needs_approval else None,
                approval=approval,
                expected_version=self._view.version,
            )
        except OrderChanged as exc:  # another desk changed the order: what was typed stays
            self.conflict.show_refusal(exc.message)
            return None
        except ServiceError as exc:
            self.errors.show_error(exc)
            return None
        self.recorded.emit(record)
        return record

    def ask_approval(self) -> ApprovalRequestView | None:
        """Ask the approver (the one chosen, or any) to approve this decision at their own
        desk: the order then waits for them, and nothing is decided yet."""
        if self._view is None:
            return None
        self.errors.clear()
        outcome = self.outcome()
        rationale = self.rationale.toPlainText().strip()
        if outcome not in (DecisionOutcome.PROCEED, DecisionOutcome.PROCEED_WITH_CONDITIONS):
            self.errors.show("outcome", self.tr(
                "Choose the decision to proceed (or proceed with conditions) that the approver "
                "is to approve."))
            return None
        if not rationale:
            self.errors.show("rationale", self.tr(
                "Say in a sentence or two why: it is what the approver will read."))
            return None
        conditions, mitigations = "", []
        if outcome == DecisionOutcome.PROCEED_WITH_CONDITIONS:
            conditions = self.conditions.toPlainText().strip()
            mitigations = self.conditions_box.ticked()
        try:
            request = self.backend.approvals.request(
                self._view.id, DecisionOutcome(outcome), rationale, mitigations=mitigations,
                conditions=conditions, approver=self.ask.approver.currentData())
        except ServiceError as exc:
            self.errors.show_error(exc)
            return None
        self.ask.setEnabled(False)
        self.show_request(request)
        self.approvalRequested.emit(request)
        return request

    def error_text(self, field: str) -> str:
        error = self.errors.error_for(field)
        return error.message() if error is not None else ""


class AskApproval(QWidget):
    """Beside "Record decision": the approver to ask (or any) and "Ask for approval", for
    when the approver is not at this desk but signed in at their own."""

    @staticmethod
    def tr(text: str) -> str:  # the panel's texts: they keep the DecisionPanel context
        return QCoreApplication.translate("DecisionPanel", text)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.approver = QComboBox(self)
        self.approver.setAccessibleName(self.tr("Approver to ask"))
        self.button = QPushButton(self.tr("As&k for approval"), self)
        self.button.setToolTip(self.tr(
            "The approver approves this decision at their own desk, with their passphrase "
            "(Escalation menu, \"Waiting for your approval\"). Nothing is decided until then."))
        row.addWidget(self.approver)
        row.addWidget(self.button)
        self.hide()

    def offer(self, approvers: list[Any]) -> None:
        self.approver.clear()
        self.approver.addItem(self.tr("Any approver"), None)
        for person in approvers:
            self.approver.addItem(person.name, person.id)


def _indented(widget: QWidget) -> QWidget:
    widget.setContentsMargins(24, 0, 0, 2)
    return widget
