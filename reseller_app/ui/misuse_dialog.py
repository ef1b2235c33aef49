"""Report possible misuse (BSR 2022 §6.2): a short, non-punitive form (which order or customer,
what was seen, when, evidence files) that makes the same PDF + JSON + manifest as an
escalation, previewed in the app and sent or saved the same way (``PacketPanel``).
"""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import CompanyProfile, MisuseDraft, OrderView, PacketView
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.file_list import FileList
from reseller_app.ui.labels import date_format, from_qdate, to_qdate
from reseller_app.ui.packet_dialog import FORM, PacketDialog
from reseller_app.ui.party_combo import PartyCombo
from reseller_app.ui.party_findings import role_label, source_label
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job, error_message


class MisuseDialog(PacketDialog):
    """``built(PacketView)`` once the report is stored; ``queued(OutboxItem)`` after Send."""

    def __init__(self, backend: Backend, parent: QWidget | None = None, *,
                 order_id: int | None = None, customer_id: int | None = None) -> None:
        super().__init__(backend, parent)
        self.setWindowTitle(self.tr("Report possible misuse"))

        form_page = QWidget(self)
        self.general_error = FieldError(form_page)
        self.errors = FieldErrors(self.general_error)
        about = self._about_choice(form_page)
        profile = self._make_fields(form_page)
        form = self._build_form(form_page, about)

        page_layout = QVBoxLayout(form_page)
        page_layout.addWidget(heading(self.tr("Report possible misuse"), form_page, scale=1.3))
        page_layout.addWidget(paragraph(self.tr(
            "This report is shared with the distributor to solve a problem together, not to "
            "blame anyone: not the customer, not your staff. Say plainly what you saw and "
            "when; add photos, e-mails or documents if you have them."), form_page))
        page_layout.addLayout(form)
        page_layout.addWidget(note(self.tr(
            "You see the report as a PDF before anything is sent."), form_page))
        page_layout.addWidget(self.general_error)
        page_layout.addStretch(1)

        self._add_pages(form_page, self.tr("Build the report and preview the PDF"))
        self.about_order.toggled.connect(self._about_changed)
        self._load(order_id, customer_id)
        self._show_page(FORM)
        self.resize(900, 720)
        if not profile or not profile.distributors:
            self.general_error.show_message(self.tr(
                "Add a distributor with an escalation e-mail address in the company profile "
                "first."))
            self.build_button.setEnabled(False)

    # -- the form, top to bottom -------------------------------------------------------------
    def _about_choice(self, form_page: QWidget) -> QWidget:
        """An order (by its reference) or a customer (from the catalog)."""
        self.about_order = QRadioButton(self.tr("An &order"), form_page)
        self.about_customer = QRadioButton(self.tr("A &customer"), form_page)
        group = QButtonGroup(self)
        group.addButton(self.about_order)
        group.addButton(self.about_customer)
        self.order_reference = QLineEdit(form_page)
        self.order_reference.setPlaceholderText(self.tr("the order reference, e.g. SO-1042"))
        self.order_reference.setAccessibleName(self.tr("Order reference"))
        self.customer = PartyCombo(self.tr("Choose a customer…"), form_page)
        self.customer.setAccessibleName(self.tr("Customer"))
        about = QWidget(form_page)
        about_layout = QVBoxLayout(about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.about_order)
        row.addWidget(self.order_reference, 1)
        about_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.about_customer)
        row.addWidget(self.customer, 1)
        about_layout.addLayout(row)
        return about

    def _make_fields(self, form_page: QWidget) -> CompanyProfile | None:
        """What was seen, when, the evidence files and the distributor to send it to; the
        company profile the distributors come from."""
        backend = self.backend
        self.what_seen = QPlainTextEdit(form_page)
        self.what_seen.setTabChangesFocus(True)
        self.what_seen.setMinimumHeight(110)
        self.what_seen.setPlaceholderText(self.tr(
            "What did you see or hear, and where? For example: the cameras we delivered "
            "for traffic monitoring are pointed at the entrance of a union office."))
        self.seen_on = QDateEdit(form_page)
        self.seen_on.setCalendarPopup(True)
        self.seen_on.setDisplayFormat(date_format())
        today = backend.ctx.clock().astimezone(dt.UTC).date()
        self.seen_on.setDate(to_qdate(today))
        self.seen_on.setMaximumDate(to_qdate(today))
        self.evidence = FileList(self.tr("Evidence files"), self.tr("Add &files…"),
                                 self.tr("Re&move"), form_page)
        self.distributor = QComboBox(form_page)
        profile = backend.profile()
        for d in profile.distributors if profile else []:
            self.distributor.addItem(f"{d.name} <{d.email}>", d.id)
        return profile

    def _build_form(self, form_page: QWidget, about: QWidget) -> QFormLayout:
        """One labelled row per field, each with its error line."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field, text, widget in (
            ("order_id", self.tr("It is about:"), about),
            ("what_seen", self.tr("&What was seen:"), self.what_seen),
            ("seen_on", self.tr("Wh&en:"), self.seen_on),
            ("evidence", self.tr("Evi&dence:"), self.evidence),
            ("distributor_id", self.tr("Send &to:"), self.distributor),
        ):
            focus = widget.list if isinstance(widget, FileList) else widget
            _label, _box, error = add_field_row(form, self.errors, field, text, widget,
                                                parent=form_page, focus=focus,
                                                labelled=widget is not about)
            if isinstance(widget, FileList):  # an error there marks the list with its buttons
                self.errors.register(field, error, widget)
            if field == "order_id":
                self.errors.register("customer_id", error, None)
        return form

    def _load(self, order_id: int | None, customer_id: int | None) -> None:
        catalog = self.backend.catalog
        with contextlib.suppress(ServiceError):  # the search still works
            self.customer.set_customers(catalog.customers()[:300])
        self.customer.set_search(lambda text, n: catalog.customers(text)[:n],
                                 catalog.customer)
        if order_id is not None:
            view = self.backend.orders.get(order_id)
            self.order_reference.setText(view.draft.reference)
            self.about_order.setChecked(True)
            if view.draft.customer_id is not None:
                self.customer.set_customer_id(view.draft.customer_id)
            self._sanctions_text(view)
        elif customer_id is not None:
            self.customer.set_customer_id(customer_id)
            self.about_customer.setChecked(True)
        else:
            self.about_order.setChecked(True)
        self._about_changed()

    def _sanctions_text(self, view: OrderView) -> None:
        """An order blocked by a sanctions list: what the screening found, for the distributor
        (the person reporting may add to it)."""
        parties = view.screening.parties
        confirmed = parties.confirmed if parties is not None else ()
        if not confirmed:
            return
        self.what_seen.setPlainText("\n".join(self.tr(
            "{role} {party} is on the {list} (entry {entry}: {listed}; matched name {name}, "
            "score {score}). The order is blocked and will be declined.").format(
                role=role_label(f.role), party=f.party_name, list=source_label(f.source),
                entry=f.entry_id, listed=f.listed_name, name=f.matched_name,
                score=f"{f.score:.2f}") for f in confirmed))

    def _about_changed(self, *_: object) -> None:
        by_order = self.about_order.isChecked()
        self.order_reference.setEnabled(by_order)
        self.customer.setEnabled(not by_order)

    # -- building ----------------------------------------------------------------------------
    def draft(self) -> MisuseDraft | None:
        self.errors.clear()
        order_id = customer_id = None
        if self.about_order.isChecked():
            reference = self.order_reference.text().strip()
            view = self.backend.orders.get_by_reference(reference) if reference else None
            if view is None:
                self.errors.show("order_id", self.tr(
                    "There is no order {0}: type its reference, or choose the customer "
                    "instead.").format(reference) if reference else self.tr(
                    "Type the order reference, or choose the customer instead."))
                self.order_reference.setFocus()
                return None
            order_id = view.id
        else:
            customer_id = self.customer.customer_id()
            if customer_id is None:
                self.errors.show("customer_id", self.tr("Choose the customer."))
                return None
        return MisuseDraft(
            what_seen=self.what_seen.toPlainText().strip(),
            seen_on=from_qdate(self.seen_on.date()), order_id=order_id,
            customer_id=customer_id, evidence=list(self.evidence.paths()),
            distributor_id=self.distributor.currentData())

    def build(self) -> Job | None:
        if self._job is not None:
            return None
        draft = self.draft()
        if draft is None:
            return None
        if not draft.what_seen:
            self.errors.show("what_seen", self.tr("Describe what you saw, in a few "
                                                  "sentences."))
            return None
        service = self.backend.misuse

        def work(_progress: object, _cancelled: object) -> PacketView | ValidationError:
            try:
                return service.report(draft)
            except ValidationError as exc:
                return exc

        return self._start(work, self.tr("Building the report…"))

    def _failure_text(self, message: str) -> str:
        return self.tr("The report was not built: {0}").format(
            error_message(ServiceError(message)))
