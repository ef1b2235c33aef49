"""The compose page of the escalation dialog, in the parts a user sees from top to bottom:
what goes in the packet (``PacketContents``), the recommendation (``RecommendationBox``), the
safeguards proposed (``SafeguardsBox``) and the attachments (``AttachmentsBox``), all in one
scrolling ``ComposePage``.

The parts only build and hold their controls; ``EscalationDialog`` fills them from the draft
and reads them when it builds the packet. Their texts keep the ``EscalationDialog``
translation context they had when the dialog built them itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reseller_app.ui.field_errors import FieldError, FieldErrors, field_with_error
from reseller_app.ui.file_list import FileList
from reseller_app.ui.typography import heading, note, paragraph

RECOMMENDATIONS = ("approve", "approve_with_conditions", "reject", "no_recommendation")


class PacketContents(QGroupBox):
    """"What goes in the packet": a read-only summary the dialog fills with HTML."""

    @staticmethod
    def tr(text: str) -> str:  # the dialog's texts: they keep the EscalationDialog context
        return QCoreApplication.translate("EscalationDialog", text)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("What goes in the packet"), parent)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("What goes in the packet"))
        self.browser.setOpenLinks(False)
        self.browser.setMinimumHeight(200)
        layout.addWidget(self.browser)


class RecommendationBox(QGroupBox):
    """"Your recommendation": the distributor it goes to, approve / with conditions / reject /
    none, and why (required)."""

    @staticmethod
    def tr(text: str) -> str:  # the dialog's texts: they keep the EscalationDialog context
        return QCoreApplication.translate("EscalationDialog", text)

    def __init__(self, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Your recommendation"), parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.distributor = QComboBox(self)
        self.distributor.setAccessibleName(self.tr("Distributor"))
        box, error = field_with_error(self, self.distributor)
        label = QLabel(self.tr("&Distributor:"), self)
        label.setBuddy(self.distributor)
        form.addRow(label, box)
        errors.register("distributor_id", error, self.distributor)

        choices = self._choices()
        box, error = field_with_error(self, choices)
        form.addRow(QLabel(self.tr("We recommend:"), self), box)
        errors.register("recommendation", error, None)

        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        self.text.setPlaceholderText(self.tr(
            "Why? What did you check, what did the customer say or sign?"))
        self.text.setAccessibleName(self.tr("Why we recommend this"))
        box, error = field_with_error(self, self.text)
        label = QLabel(self.tr("W&hy (required):"), self)
        label.setBuddy(self.text)
        form.addRow(label, box)
        errors.register("recommendation_text", error, self.text)

    def _choices(self) -> QWidget:
        """The four recommendations as radio buttons, one under the other."""
        choices = QWidget(self)
        layout = QVBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        texts = {"approve": self.tr("&Approve"),
                 "approve_with_conditions": self.tr("Approve &with conditions"),
                 "reject": self.tr("&Reject"),
                 "no_recommendation": self.tr("&No recommendation: we ask you to decide")}
        self.buttons: dict[str, QRadioButton] = {}
        for key in RECOMMENDATIONS:
            button = QRadioButton(texts[key], choices)
            button.setAccessibleName(texts[key].replace("&", ""))
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return choices

    def recommendation(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return "no_recommendation"


class SafeguardsBox(QGroupBox):
    """"Safeguards we propose": the criteria pack's mitigations the draft offers, each with its
    description as a tooltip, and other conditions in the user's words."""

    @staticmethod
    def tr(text: str) -> str:  # the dialog's texts: they keep the EscalationDialog context
        return QCoreApplication.translate("EscalationDialog", text)

    def __init__(self, available: Iterable[tuple[str, str]], descriptions: dict[str, str],
                 errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Safeguards we propose"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "From the criteria pack. The distributor sees each one with its description."),
            self))
        self.mitigations: dict[str, QCheckBox] = {}
        for mid, label_text in available:
            check = QCheckBox(label_text, self)
            check.setToolTip(descriptions.get(mid, ""))
            check.setAccessibleDescription(descriptions.get(mid, ""))
            self.mitigations[mid] = check
            layout.addWidget(check, 0, Qt.AlignmentFlag.AlignLeft)
        self.mitigations_error = FieldError(self)
        layout.addWidget(self.mitigations_error)
        errors.register("mitigations", self.mitigations_error, None)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(60)
        self.conditions.setPlaceholderText(self.tr("Other conditions, in your own words"))
        self.conditions.setAccessibleName(self.tr("Other conditions"))
        label = QLabel(self.tr("&Other conditions:"), self)
        label.setBuddy(self.conditions)
        layout.addWidget(label)
        layout.addWidget(self.conditions)
        self.conditions_error = FieldError(self)
        layout.addWidget(self.conditions_error)
        errors.register("conditions", self.conditions_error, self.conditions)

    def ticked(self) -> list[str]:
        return [m for m, box in self.mitigations.items() if box.isChecked()]


class AttachmentsBox(QGroupBox):
    """"Attachments": the user's own files that go into the packet."""

    @staticmethod
    def tr(text: str) -> str:  # the dialog's texts: they keep the EscalationDialog context
        return QCoreApplication.translate("EscalationDialog", text)

    def __init__(self, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Attachments"), parent)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "For example the signed end-user statement or an excerpt of the contract (20 MB "
            "at most together)."), self))
        self.files = FileList(self.tr("Attachments"), self.tr("Add &files…"),
                              self.tr("Re&move"), self)
        layout.addWidget(self.files)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        errors.register("attachments", self.error, None)


class ComposePage(QScrollArea):
    """The first page of the escalation dialog: a title and what escalating means, why the
    order cannot be escalated (if so), then the four boxes and the general error line."""

    @staticmethod
    def tr(text: str) -> str:  # the dialog's texts: they keep the EscalationDialog context
        return QCoreApplication.translate("EscalationDialog", text)

    def __init__(self, reference: str, available: Iterable[tuple[str, str]],
                 descriptions: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = heading(self.tr("Escalate order {0} to your distributor").format(
            reference), body, scale=1.3)
        layout.addWidget(self.title)
        layout.addWidget(paragraph(self.tr(
            "The distributor decides whether this sale goes ahead: approved, approved with "
            "conditions, or rejected. The packet gives their compliance person everything they "
            "need: a PDF to read, the same content as JSON for their systems, your files, and "
            "a manifest with the SHA-256 of every file. Nothing is sent until you press Send "
            "after the preview."), body))
        self.reason = FieldError(body)
        layout.addWidget(self.reason)
        self.contents = PacketContents(body)
        layout.addWidget(self.contents)

        self.general_error = FieldError(body)
        self.errors = FieldErrors(self.general_error)
        self.recommendation = RecommendationBox(self.errors, body)
        layout.addWidget(self.recommendation)
        self.safeguards = SafeguardsBox(available, descriptions, self.errors, body)
        layout.addWidget(self.safeguards)
        self.attachments = AttachmentsBox(self.errors, body)
        layout.addWidget(self.attachments)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
