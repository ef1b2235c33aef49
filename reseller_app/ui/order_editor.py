"""Create or edit an order, with the screening updated live as the user types."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Mapping

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.completeness import Completeness
from reseller_app.domain.packs import CriteriaPack, PackRef
from reseller_app.domain.sanctions.party_findings import PartyFinding
from reseller_app.domain.sanctions.reviews import PartySubject
from reseller_app.services.catalog import fold
from reseller_app.services.completeness import draft_completeness
from reseller_app.services.dto import OrderDraft, OrderView
from reseller_app.services.errors import OrderChanged, ServiceError, ValidationError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.catalog_dialogs import CustomerDialog
from reseller_app.ui.conflict_bar import ConflictBar
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.labels import (
    local_time,
    money_text,
    term_text,
    unrecognised_label,
)
from reseller_app.ui.order_form import USE_CASE_ROLE, OrderForm
from reseller_app.ui.order_lines import (
    DESCRIPTION,
    QUANTITY,
    LinesModel,
)
from reseller_app.ui.party_combo import DROPDOWN_CUSTOMERS, PartyCombo
from reseller_app.ui.party_review_dialog import recorder, review_match, subject_for
from reseller_app.ui.screening_panel import ScreeningPanel
from reseller_app.ui.tier_badge import level_icon
from reseller_app.ui.workers import Job, error_message

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 200
MATCHES_LISTED = 5  # products named when what was typed matches several


class OrderEditor(QWidget):
    """The order form on the left, the live screening on the right."""

    saved = Signal(object)  # OrderView
    reloaded = Signal(object)  # OrderView: as saved now, after another desk changed it
    changed = Signal()
    screened = Signal()  # the screening shown changed (a preview, a save, an order loaded)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._order_id: int | None = None
        self._version: int | None = None  # the saved order's version shown (None: new)
        self._currency = "EUR"
        self._dirty = False
        self._loading = False
        self._imported = False  # the order came from an import file (see domain/completeness)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.preview_now)

        self._general_error = FieldError(self)
        self._errors = FieldErrors(self._general_error)
        self.conflict = ConflictBar(self)
        pack = backend.pack
        self.panel = ScreeningPanel(self._tier_label, self, pack_of=self._pack_of)
        self.panel.parties.set_reviewer(self.review_finding)

        self.lines = LinesModel(self._category_label, self)
        self.form = OrderForm(self.lines, pack, self._errors, self)
        # The form's controls under the names the editor (and its tests) always used.
        order, parties = self.form.order, self.form.parties
        products, use = self.form.products, self.form.use
        self.reference, self.date, self.sales_model = order.reference, order.date, \
            order.sales_model
        self.customer, self.new_customer = parties.customer, parties.new_customer
        self.end_user, self.new_end_user = parties.end_user, parties.new_end_user
        self.destination = parties.destination
        self.consignee_box, self.consignee = parties.consignee_box, parties.consignee
        self.new_consignee = parties.new_consignee
        self.lines_view, self.product_picker = products.lines_view, products.product_picker
        self.add_product, self.add_free_line = products.add_product, products.add_free_line
        self.remove_line, self.total_label = products.remove_line, products.total_label
        self.intended_use, self.use_cases = use.intended_use, use.use_cases

        self.save_button = QPushButton(self.tr("&Save order"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save and screen the order (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._build_layout()
        self._connect()
        self._warm_lists()

    # -- layout ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.panel.setMinimumWidth(340)
        self.splitter.setSizes([700, 500])
        self.splitter.setChildrenCollapsible(False)

        footer = QHBoxLayout()
        footer.addWidget(self._general_error, 1)
        footer.addStretch(1)
        footer.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

        order = (self.reference, self.date, self.sales_model, self.customer, self.new_customer,
                 self.end_user, self.new_end_user, self.destination, self.consignee_box,
                 self.consignee, self.new_consignee, self.product_picker,
                 self.add_product, self.lines_view, self.add_free_line, self.remove_line,
                 self.intended_use, self.use_cases, self.save_button)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _warm_lists(self) -> None:
        """Build the sanctions lists' name index in the background (a second or two for the
        OFAC and UN lists, once per run): the preview checks the parties once it is there."""
        if not self.backend.is_open:
            return
        orders = self.backend.orders
        self._warm_job = Job(lambda _progress, _cancelled: orders.warm_lists())
        self._warm_job.signals.finished.connect(self._lists_ready)
        self._warm_job.start()

    def _lists_ready(self, imported: object) -> None:
        if imported and self._dirty:  # the preview shown was made without the lists
            self._preview_timer.start()

    def _connect(self) -> None:
        for signal in (
            self.reference.textChanged, self.date.dateChanged,
            self.customer.currentIndexChanged, self.end_user.currentIndexChanged,
            self.destination.currentIndexChanged, self.sales_model.currentIndexChanged,
            self.consignee.currentIndexChanged, self.consignee_box.toggled,
            self.intended_use.textChanged, self.use_cases.itemChanged,
            self.lines.linesChanged,
        ):
            signal.connect(self._on_change)
        self.lines.linesChanged.connect(self._update_total)
        self.new_customer.clicked.connect(lambda: self._new_party(self.customer))
        self.new_end_user.clicked.connect(lambda: self._new_party(self.end_user))
        self.new_consignee.clicked.connect(lambda: self._new_party(self.consignee))
        self.add_product.clicked.connect(self._add_product)
        self.product_picker.lineEdit().returnPressed.connect(self._add_product)
        self.add_free_line.clicked.connect(self._add_free_line)
        self.remove_line.clicked.connect(self._remove_line)
        self.save_button.clicked.connect(self.save)
        self.conflict.reloadRequested.connect(self.reload)

    # -- loading -----------------------------------------------------------------------------
    def _load_catalog(self, customer_id: int | None, end_user_id: int | None,
                      consignee_id: int | None = None) -> None:
        catalog = self.backend.catalog
        customers = catalog.customers(limit=DROPDOWN_CUSTOMERS)
        for combo in (self.customer, self.end_user, self.consignee):
            combo.set_search(lambda text, n: catalog.customers(text, n), catalog.customer)
        self.customer.set_customers(customers, customer_id)
        self.end_user.set_customers(customers, end_user_id)
        self.consignee.set_customers(customers, consignee_id)
        self.product_picker.clear()
        for product in self.backend.catalog.products():
            vendor = f" ({product.vendor})" if product.vendor else ""
            self.product_picker.addItem(level_icon(self._category_level(product.category)),
                                        f"{product.sku} — {product.name}{vendor}", product)
        self.product_picker.setCurrentIndex(-1)

    def start_new(self) -> None:
        """An empty order with the next free reference and today's date."""
        self._loading = True
        try:
            self._order_id = None
            self._version = None
            self._imported = False
            self.conflict.hide()
            self._load_catalog(None, None)
            self.reference.setText(self.backend.orders.next_reference())
            today = self.backend.ctx.clock().date()
            self.date.setDate(QDate(today.year, today.month, today.day))
            profile = self.backend.profile()
            model = "self_service" if profile and profile.sales_model == "self_service" \
                else "assisted"
            self.sales_model.setCurrentIndex(self.sales_model.findData(model))
            self.destination.set_code(None)
            self.form.parties.set_consignee_id(None)
            self.lines.set_lines([])
            self.intended_use.clear()
            self._set_use_cases([])
            self._errors.clear()
        finally:
            self._loading = False
        self._dirty = False
        self.preview_now()

    def load(self, view: OrderView) -> None:
        draft = view.draft
        self._loading = True
        try:
            self._order_id = view.id
            self._version = view.version
            self._imported = view.imported
            self.conflict.hide()
            self._currency = draft.currency
            self._load_catalog(draft.customer_id, draft.end_user_id, draft.consignee_id)
            for party, combo in ((view.customer, self.customer), (view.end_user, self.end_user),
                                 (view.consignee, self.consignee)):
                if party is not None and combo.findData(party.id) < 0:
                    combo.add_customer(party)
            self.customer.set_customer_id(draft.customer_id)
            self.end_user.set_customer_id(draft.end_user_id)
            self.form.parties.set_consignee_id(draft.consignee_id)
            self.reference.setText(draft.reference)
            self.date.setDate(QDate(draft.date.year, draft.date.month, draft.date.day))
            self.sales_model.setCurrentIndex(max(self.sales_model.findData(draft.sales_model),
                                                 0))
            self.destination.set_code(draft.destination_country)
            self.lines.set_lines(draft.lines)
            self.intended_use.setPlainText(draft.intended_use)
            self._set_use_cases(draft.use_cases)
            self._errors.clear()
        finally:
            self._loading = False
        self._dirty = False
        self._preview_timer.stop()
        self.panel.show_result(view.screening)
        self.panel.set_state(self._saved_state(view))
        self.screened.emit()

    def _saved_state(self, view: OrderView) -> str:
        pack = view.screening.pack
        return self.tr("Saved screening, {0}, pack {1} {2}").format(
            local_time(view.screened_at), pack.id, pack.version)

    def _set_use_cases(self, ids: list[str]) -> None:
        wanted = set(ids)
        known = {self.use_cases.item(i).data(USE_CASE_ROLE)
                 for i in range(self.use_cases.count())}
        for term_id in ids:
            if term_id not in known:
                # From an import or an older pack: keep it (saving must not drop it) and say
                # that the pack does not know it.
                item = QListWidgetItem(unrecognised_label(term_id), self.use_cases)
                item.setData(USE_CASE_ROLE, term_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(self.tr("The criteria pack does not know this use case, so "
                                        "the screening counts it as missing information."))
                known.add(term_id)
        for i in range(self.use_cases.count()):
            item = self.use_cases.item(i)
            state = Qt.CheckState.Checked if item.data(USE_CASE_ROLE) in wanted \
                else Qt.CheckState.Unchecked
            item.setCheckState(state)

    # -- the draft ---------------------------------------------------------------------------
    def order_id(self) -> int | None:
        return self._order_id

    def is_dirty(self) -> bool:
        return self._dirty

    def draft(self) -> OrderDraft:
        qdate = self.date.date()
        return OrderDraft(
            reference=self.reference.text().strip(),
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            sales_model=str(self.sales_model.currentData()),
            customer_id=self.customer.customer_id(),
            end_user_id=self.end_user.customer_id(),
            destination_country=self.destination.code(),
            intended_use=self.intended_use.toPlainText().strip(),
            use_cases=self.checked_use_cases(),
            lines=self.lines.lines(),
            currency=self._currency,
            id=self._order_id,
            version=self._version,
            consignee_id=self.form.parties.consignee_id(),
        )

    def checked_use_cases(self) -> list[str]:
        return [
            str(item.data(USE_CASE_ROLE))
            for item in (self.use_cases.item(i) for i in range(self.use_cases.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def completeness(self, answers: Mapping[str, str]) -> Completeness:
        """How complete the order's information is as typed, with the checklist questions of
        the screening shown and ``answers`` (question id -> "yes" / "no" / "unknown")."""
        result = self.panel.result()
        return draft_completeness(
            self.draft(), self.customer.customer(), self.end_user.customer(),
            imported=self._imported, asked=result.checklist if result is not None else (),
            answers=answers)

    # -- live screening ----------------------------------------------------------------------
    def _on_change(self, *args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self.changed.emit()
        self._preview_timer.start()

    def preview_pending(self) -> bool:
        return self._preview_timer.isActive()

    def preview_now(self) -> None:
        self._preview_timer.stop()
        self._preview()
        self.screened.emit()

    def _preview(self) -> None:
        draft = self.draft()
        if draft.customer_id is None and not draft.lines and not draft.intended_use \
                and not draft.use_cases:
            self.panel.show_message(self.tr(
                "Choose the customer, add the products and write down what they are for: the "
                "screening appears here as you type.\n\n"
                "It looks at four things: the product and what it will be used for, who buys "
                "and uses it, where it goes, and what is still unknown. Each warning says why, "
                "and what to do about it."))
            self.panel.set_state("")
            return
        try:
            result = self.backend.orders.preview(draft)
        except ValidationError as exc:
            self.panel.show_message(self.tr("Cannot screen this yet: {0}").format(exc.message))
            return
        except ServiceError as exc:
            self.panel.show_message(error_message(exc))
            return
        self.panel.show_result(result)
        self.panel.set_state(self.tr("Not saved yet: updates as you type"))

    # -- actions -----------------------------------------------------------------------------
    def save(self) -> OrderView | None:
        self._preview_timer.stop()
        self._errors.clear()
        draft = self.draft()
        if not draft.reference:
            self._errors.show("reference", self.tr("Enter a reference for the order."))
            return None
        try:
            view = self.backend.orders.save(draft)
        except ValidationError as exc:
            self._errors.show(exc.field, exc.message)
            return None
        except OrderChanged as exc:  # another desk saved it since: the typed text stays
            self.conflict.show_refusal(exc.message)
            return None
        except ServiceError as exc:
            self._general_error.show_message(error_message(exc))
            return None
        self._order_id, self._version = view.id, view.version
        self._imported = view.imported
        self._dirty = False
        self.panel.show_result(view.screening)
        self.panel.set_state(self._saved_state(view))
        self.screened.emit()
        self.saved.emit(view)
        return view

    def reload(self) -> OrderView | None:
        """The order as saved now (after another desk changed it), replacing what was typed."""
        if self._order_id is None:
            return None
        try:
            view = self.backend.orders.get(self._order_id)
        except ServiceError as exc:
            self._general_error.show_message(error_message(exc))
            return None
        self.load(view)
        self.reloaded.emit(view)
        return view

    def review_finding(self, finding: PartyFinding) -> object | None:
        """A possible match of the saved order reviewed in the review dialog; the order is then
        shown again as its new screening has it (the hold lifted, or blocked)."""
        if self._order_id is None or self._dirty:
            self._general_error.show_message(self.tr(
                "Save the order before reviewing its possible matches: the review is about "
                "the parties as saved."))
            return None
        ctx = self.backend.ctx
        try:
            subject = subject_for(ctx, finding.party_name, finding.party_country, finding.role,
                                  finding.as_dict())
        except ServiceError as exc:  # the entry is no longer on the newest list
            self._general_error.show_message(error_message(exc))
            return None
        review = review_match(self, subject, recorder(ctx, PartySubject.ORDER,
                                                      self._order_id, subject))
        if review is not None:
            self.reload()
        return review

    def error_text(self, field: str) -> str:
        error = self._errors.error_for(field)
        return error.message() if error is not None else ""

    def general_error_text(self) -> str:
        return self._general_error.message()

    def _new_party(self, combo: PartyCombo) -> None:
        dialog = CustomerDialog(self.backend, parent=self)
        if dialog.exec() and dialog.saved_customer is not None:
            for each in (self.customer, self.end_user, self.consignee):
                each.add_customer(dialog.saved_customer)
            combo.set_customer_id(dialog.saved_customer.id)

    def _picked_products(self) -> list[int]:
        """The picker's items meant by what was typed: the item chosen in the list; else the
        product whose SKU was typed (any case); else the items holding every typed word in
        their SKU, name or vendor ("4K dome", "dôme 4k"), case and accents ignored."""
        picker = self.product_picker
        text = picker.currentText().strip()
        index = picker.currentIndex()
        if index >= 0 and picker.itemText(index) == text:
            return [index]
        typed = fold(text)
        words = typed.split()
        if not words:
            return []
        exact = [i for i in range(picker.count()) if fold(picker.itemData(i).sku) == typed]
        if exact:
            return exact[:1]
        return [i for i in range(picker.count())
                if all(word in fold(picker.itemText(i)) for word in words)]

    def _add_product(self) -> None:
        text = self.product_picker.currentText().strip()
        if not text:
            self._errors.show("lines", self.tr(
                "Type a SKU or part of a product name first, or pick a product from the list."))
            return
        indexes = self._picked_products()
        if len(indexes) > 1:
            shown = [self.product_picker.itemText(i) for i in indexes[:MATCHES_LISTED]]
            if len(indexes) > MATCHES_LISTED:
                shown.append(self.tr("and {0} more").format(len(indexes) - MATCHES_LISTED))
            self._errors.show("lines", self.tr(
                "“{0}” matches several products: {1}. Type more of the SKU or name, or pick "
                "one from the list.").format(text, "; ".join(shown)))
            return
        if indexes:
            product = self.product_picker.itemData(indexes[0])
        else:  # saved under Products after this order was opened
            product = self.backend.catalog.product_by_sku(text)
        if product is None:
            self._errors.show("lines", self.tr(
                "No product in the catalog matches “{0}”. Check the SKU or name, add the "
                "product under Products, or add a line without a catalog entry and choose "
                "its category.").format(text))
            return
        self._errors.error_for("lines").clear()  # type: ignore[union-attr]
        row = self.lines.add_product(product)
        self.lines_view.setCurrentIndex(self.lines.index(row, QUANTITY))
        self.product_picker.setCurrentIndex(-1)
        self.product_picker.clearEditText()

    def _add_free_line(self) -> None:
        row = self.lines.add_free_line()
        index = self.lines.index(row, DESCRIPTION)
        self.lines_view.setCurrentIndex(index)
        self.lines_view.setFocus()
        self.lines_view.edit(index)

    def _remove_line(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            self.lines.remove(index.row())

    def _update_total(self) -> None:
        total = self.lines.total()
        self.total_label.setText(self.tr("Total: {0}").format(money_text(total, self._currency)))

    # -- words from the pack --------------------------------------------------------------
    def _pack_of(self, ref: PackRef) -> CriteriaPack | None:
        """The pack that screened a result, for the sources its flags cite."""
        try:
            return self.backend.packs.localized(ref.sha256)
        except ServiceError:
            return None

    def _tier_label(self, tier: str) -> str:
        text = self.backend.pack.tiers.get(tier)  # type: ignore[call-overload]
        return text.label if text is not None else tier

    def _category_label(self, category: str | None) -> str:
        return term_text(self.backend.pack, "product_categories", category)

    def _category_level(self, category: str) -> str:
        term = self.backend.pack.term("product_categories", category)
        return term.level if term is not None else "standard"

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(options.ORDER_EDITOR_SPLITTER.key, self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value(options.ORDER_EDITOR_SPLITTER.key)
        if state is not None:
            self.splitter.restoreState(state)

