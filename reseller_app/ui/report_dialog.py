"""The due diligence report up the chain: pick the distributor and the quarter, say
whether names of customers and people go in, then see the PDF before it goes out and send it
(the outbox) or save it (``PacketPanel``), like an escalation packet.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import PacketView
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.packet_dialog import FORM, PacketDialog
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job, error_message

NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the distributor's name beside its id


class ReportDialog(PacketDialog):
    """``built(PacketView)`` once the report is stored; ``queued(OutboxItem)`` after Send."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(backend, parent)
        self.setWindowTitle(self.tr("Due diligence report"))
        form_page = QWidget(self)
        self.general_error = FieldError(form_page)
        self.errors = FieldErrors(self.general_error)
        self._make_fields(form_page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field, text, widget in (
                ("distributor_id", self.tr("Send &to:"), self.distributor),
                ("period", self.tr("&Quarter:"), self.period),
                ("include_names", self.tr("Names:"), self.include_names)):
            add_field_row(form, self.errors, field, text, widget, parent=form_page,
                          labelled=widget is not self.include_names)

        page_layout = QVBoxLayout(form_page)
        page_layout.addWidget(heading(self.tr("Due diligence report"), form_page, scale=1.3))
        page_layout.addWidget(paragraph(self.tr(
            "What you screened in a quarter, for your distributor: orders by risk tier, "
            "product category and destination, what was held, declined and escalated, "
            "follow-ups, your policy and the criteria pack and lists you used. The guidance "
            "asks resellers to share this up the chain regularly."), form_page))
        page_layout.addLayout(form)
        self.gone_note = note("", form_page)
        self.gone_note.setAccessibleName(self.tr("Report already sent"))
        page_layout.addWidget(self.gone_note)
        page_layout.addWidget(note(self.tr(
            "You see the report as a PDF before anything is sent. Without the tick, it names "
            "no customers and no people: only counts."), form_page))
        page_layout.addWidget(self.general_error)
        page_layout.addStretch(1)
        self._add_pages(form_page, self.tr("Build the report and preview the PDF"))
        self._show_page(FORM)
        self.resize(900, 720)
        self.period.currentIndexChanged.connect(self._say_if_gone)
        self.distributor.currentIndexChanged.connect(self._say_if_gone)
        self._say_if_gone()
        if self.distributor.count() == 0:
            self.general_error.show_message(self.tr(
                "Add a distributor with an escalation e-mail address in the company profile "
                "first."))
            self.build_button.setEnabled(False)

    def _make_fields(self, form_page: QWidget) -> None:
        """The distributor (from the company profile), the quarter (the last one ended by
        default, the one under way and earlier ones selectable) and the names tick box."""
        service = self.backend.chain_reports
        self.distributor = QComboBox(form_page)
        try:
            distributors = service.distributors()
            periods, default = service.periods(), service.default_period()
        except ServiceError as exc:
            distributors, periods, default = [], [], ""
            self.general_error.show_message(error_message(exc))
        for d in distributors:
            self.distributor.addItem(f"{d.name} <{d.email}>", d.id)
            self.distributor.setItemData(self.distributor.count() - 1, d.name, NAME_ROLE)
        self.period = QComboBox(form_page)
        for i, period in enumerate(periods):
            shown = self.quarter_name(period)
            text = self.tr("{0} (under way)").format(shown) if i == 0 else shown
            self.period.addItem(text, period)
        if default:
            self.period.setCurrentIndex(max(self.period.findData(default), 0))
        self.include_names = QCheckBox(
            self.tr("&Include names of customers and people"), form_page)
        self.include_names.setChecked(False)  # counts only, unless the user ticks it

    def quarter_name(self, period: str) -> str:
        """"Q3 2026" as the PDF names it, for the stored "2026Q3" (other periods as they are)."""
        match = re.fullmatch(r"(\d{4})Q([1-4])", period)
        return self.tr("Q{0} {1}").format(match[2], match[1]) if match else period

    def _say_if_gone(self, *_: object) -> None:
        """Whether this quarter's report already went to this distributor (built again, it
        is a new report: the distributor then has two)."""
        period, index = self.period.currentData(), self.distributor.currentIndex()
        text = ""
        if period and index >= 0:
            name = self.distributor.itemData(index, NAME_ROLE)
            try:
                gone = self.backend.chain_reports.already_gone(name, period)
            except ServiceError:
                gone = False
            if gone:
                text = self.tr("The {0} report was already sent or saved for {1}: building it "
                               "again makes a new one.").format(self.quarter_name(period), name)
        self.gone_note.setText(text)

    def back(self) -> None:
        super().back()
        self._say_if_gone()  # sent or saved meanwhile

    def build(self) -> Job | None:
        if self._job is not None:
            return None
        self.errors.clear()
        period = self.period.currentData()
        if not period:
            self.errors.show("period", self.tr("Choose the quarter."))
            return None
        service = self.backend.chain_reports
        distributor_id = self.distributor.currentData()
        names = self.include_names.isChecked()

        def work(_progress: object, _cancelled: object) -> PacketView | ValidationError:
            try:
                return service.build(period, distributor_id, include_names=names)
            except ValidationError as exc:
                return exc

        return self._start(work, self.tr("Counting the quarter and building the report…"))

    def _failure_text(self, message: str) -> str:
        return self.tr("The report was not built: {0}").format(
            error_message(ServiceError(message)))
