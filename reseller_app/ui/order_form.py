"""The left side of the order editor, in the boxes a user sees from top to bottom: the order
itself (``OrderBox``), who buys and uses it and where it goes (``PartiesBox``), the products
(``ProductsBox``) and what it is for (``UseBox``), stacked in one ``OrderForm``.

The boxes only build and hold their controls; ``OrderEditor`` fills them, reads them, and
sets the tab order across them. Their texts keep the ``OrderEditor`` translation context they
had when the editor built them itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.packs import CriteriaPack
from reseller_app.ui.countries import CountryCombo
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.labels import date_format, sales_model_label
from reseller_app.ui.order_lines import (
    CATEGORY,
    DESCRIPTION,
    PRICE,
    QUANTITY,
    CategoryDelegate,
    LinesModel,
    NumberDelegate,
)
from reseller_app.ui.party_combo import PartyCombo
from reseller_app.ui.tier_badge import level_icon
from reseller_app.ui.typography import note

USE_CASE_ROLE = Qt.ItemDataRole.UserRole + 1


def form_row(form: QFormLayout, errors: FieldErrors, text: str, widget: QWidget, *fields: str,
             extra: QWidget | None = None, hint: str = "") -> None:
    """A row of ``form``: the label ``text`` (buddy of ``widget``, which it also names), then
    ``widget`` (with ``extra`` beside it), the ``hint`` under it and one error line that
    ``errors`` shows for each of ``fields``."""
    parent = form.parentWidget()
    label = QLabel(text, parent)  # before its field: screen readers go in this order
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if extra is not None:
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        line.addWidget(extra)
        layout.addLayout(line)
    else:
        layout.addWidget(widget)
    if hint:
        layout.addWidget(note(hint, box))
    error = FieldError(box)
    layout.addWidget(error)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(label, box)
    for field in fields:
        errors.register(field, error, widget)


class OrderBox(QGroupBox):
    """"Order": the reference, the date and the sales model."""

    @staticmethod
    def tr(text: str) -> str:  # the editor's texts: they keep the OrderEditor context
        return QCoreApplication.translate("OrderEditor", text)

    def __init__(self, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Order"), parent)
        self.reference = QLineEdit(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.sales_model = QComboBox(self)
        for model in ("assisted", "self_service"):
            self.sales_model.addItem(sales_model_label(model), model)
        form = QFormLayout(self)
        form_row(form, errors, self.tr("R&eference:"), self.reference, "reference")
        form_row(form, errors, self.tr("&Date:"), self.date, "date")
        form_row(form, errors, self.tr("Sales &model:"), self.sales_model, "sales_model",
                 hint=self.tr("Risky sales are never left to self-service: they are held "
                              "for a conversation with the customer."))


class PartiesBox(QGroupBox):
    """"Who buys it, who uses it, where it goes": customer and end user (each with a button
    for a new one), the destination country and, one line until ticked, the consignee."""

    @staticmethod
    def tr(text: str) -> str:  # the editor's texts: they keep the OrderEditor context
        return QCoreApplication.translate("OrderEditor", text)

    def __init__(self, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("Who buys it, who uses it, where it goes"), parent)
        self.customer = PartyCombo(self.tr("Choose a customer…"), self)
        self.new_customer = QPushButton(self.tr("Ne&w customer…"), self)
        self.end_user = PartyCombo(self.tr("Same as the customer"), self)
        self.new_end_user = QPushButton(self.tr("New end use&r…"), self)
        self.destination = CountryCombo(self, none_text=self.tr("Same as the end user's country"))
        form = QFormLayout(self)
        form_row(form, errors, self.tr("&Customer:"), self.customer, "customer_id", "customer",
                 extra=self.new_customer)
        form_row(form, errors, self.tr("End &user:"), self.end_user, "end_user_id", "end_user",
                 extra=self.new_end_user,
                 hint=self.tr("Who will actually use the products, if not the customer."))
        form_row(form, errors, self.tr("Des&tination:"), self.destination,
                 "destination_country", "destination")
        self._add_consignee(form, errors)

    def _add_consignee(self, form: QFormLayout, errors: FieldErrors) -> None:
        """Who receives the goods when neither the customer nor the end user does (a freight
        forwarder, a warehouse). Most orders have none: unticked, the consignee is one line;
        ticking it shows the party field (a catalog entry, as for the end user) in line with
        the others, unticking it empties the field."""
        self.consignee_box = QCheckBox(
            self.tr("Consignee (if another part&y receives the goods)"), self)
        self.consignee = PartyCombo(self.tr("Choose who receives the goods…"), self)
        self.new_consignee = QPushButton(self.tr("New consignee…"), self)
        form.addRow(self.consignee_box)
        form_row(form, errors, self.tr("Received &by:"), self.consignee, "consignee_id",
                 "consignee", extra=self.new_consignee,
                 hint=self.tr("A freight forwarder, a warehouse or an installer that takes "
                              "the goods for the customer or end user. It is screened like "
                              "them, and a high-risk country counts as where the goods go."))
        self._form, self._consignee_row = form, form.rowCount() - 1
        form.setRowVisible(self._consignee_row, False)
        self.consignee_box.toggled.connect(self._consignee_toggled)

    def _consignee_toggled(self, on: bool) -> None:
        self._form.setRowVisible(self._consignee_row, on)
        if not on:
            self.consignee.set_customer_id(None)

    def consignee_id(self) -> int | None:
        """The consignee chosen, None when it is unticked or nothing is chosen."""
        return self.consignee.customer_id() if self.consignee_box.isChecked() else None

    def set_consignee_id(self, customer_id: int | None) -> None:
        self.consignee_box.setChecked(customer_id is not None)
        self.consignee.set_customer_id(customer_id)


class ProductsBox(QGroupBox):
    """"Products": a catalog picker with Add, the lines table (editable in place), a line
    without a catalog entry, Remove, and the total."""

    @staticmethod
    def tr(text: str) -> str:  # the editor's texts: they keep the OrderEditor context
        return QCoreApplication.translate("OrderEditor", text)

    def __init__(self, lines: LinesModel, pack: CriteriaPack, errors: FieldErrors,
                 parent: QWidget) -> None:
        super().__init__(self.tr("Products"), parent)
        # Made in the order a screen reader has always gone through them.
        picker_label = QLabel(self.tr("&Product:"), self)
        self.product_picker = self._picker()
        picker_label.setBuddy(self.product_picker)
        self.add_product = QPushButton(self.tr("&Add product"), self)
        self.lines_view = self._lines_view(lines, pack)
        self.total_label = QLabel(self)
        self.add_free_line = QPushButton(self.tr("Add line without catalo&g entry"), self)
        self.remove_line = QPushButton(self.tr("Remo&ve line"), self)

        layout = QVBoxLayout(self)
        picker_row = QHBoxLayout()
        picker_row.addWidget(picker_label)
        picker_row.addWidget(self.product_picker, 1)
        picker_row.addWidget(self.add_product)
        layout.addLayout(picker_row)
        layout.addWidget(self.lines_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_free_line)
        buttons.addWidget(self.remove_line)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout.addLayout(buttons)
        lines_error = FieldError(self)
        layout.addWidget(lines_error)
        errors.register("lines", lines_error, self.lines_view)

    def _lines_view(self, lines: LinesModel, pack: CriteriaPack) -> QTableView:
        view = QTableView(self)
        view.setModel(lines)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setItemDelegateForColumn(
            CATEGORY, CategoryDelegate(pack.vocabulary.product_categories, view))
        view.setItemDelegateForColumn(QUANTITY, NumberDelegate(decimals=0, parent=view))
        view.setItemDelegateForColumn(PRICE, NumberDelegate(decimals=2, parent=view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.setTabKeyNavigation(False)
        view.setMinimumHeight(140)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Description and category share the room (long category names must not squeeze the
        # description to nothing); the full text is in each cell's tooltip.
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        view.setAccessibleName(self.tr("Order lines"))
        return view

    def _picker(self) -> QComboBox:
        picker = QComboBox(self)
        picker.setEditable(True)
        picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        picker.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        picker.completer().setCompletionMode(picker.completer().CompletionMode.PopupCompletion)
        picker.lineEdit().setPlaceholderText(self.tr("Type a SKU or product name"))
        picker.setAccessibleName(self.tr("Product from the catalog"))
        picker.setMinimumContentsLength(28)
        return picker


class UseBox(QGroupBox):
    """"What it is for": the intended use in the customer's words and the pack's use cases
    to tick (a prohibited one says so)."""

    @staticmethod
    def tr(text: str) -> str:  # the editor's texts: they keep the OrderEditor context
        return QCoreApplication.translate("OrderEditor", text)

    def __init__(self, pack: CriteriaPack, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(self.tr("What it is for"), parent)
        self.intended_use = QPlainTextEdit(self)
        self.intended_use.setTabChangesFocus(True)
        self.intended_use.setPlaceholderText(self.tr(
            "In the customer's own words: what will they use it for, where, and who will "
            "use it?"))
        self.intended_use.setMinimumHeight(70)
        self.use_cases = self._use_cases(pack)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form_row(form, errors, self.tr("&Intended use:"), self.intended_use, "intended_use",
                 hint=self.tr("Write it down as the customer said it. The screening looks "
                              "for warning signs in these words."))
        form_row(form, errors, self.tr("Use cases (tick all that app&ly):"), self.use_cases,
                 "use_cases")

    def _use_cases(self, pack: CriteriaPack) -> QListWidget:
        use_cases = QListWidget(self)
        use_cases.setAccessibleName(self.tr("Use cases"))
        for term in pack.vocabulary.use_cases:
            text = term.label
            if term.level == "prohibited":
                text = self.tr("{0} (prohibited: cannot be sold for this)").format(term.label)
            item = QListWidgetItem(level_icon(term.level), text, use_cases)
            item.setData(USE_CASE_ROLE, term.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            tip = term.description or term.reason
            if tip:
                item.setToolTip(tip)
        use_cases.setMinimumHeight(120)
        # Long labels wrap rather than hide behind a sideways scroll bar.
        use_cases.setWordWrap(True)
        use_cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        use_cases.setResizeMode(QListWidget.ResizeMode.Adjust)
        return use_cases


class OrderForm(QWidget):
    """The four boxes one under the other (the editor puts them in a scroll area)."""

    def __init__(self, lines: LinesModel, pack: CriteriaPack, errors: FieldErrors,
                 parent: QWidget) -> None:
        super().__init__(parent)
        side = QVBoxLayout(self)
        self.order = OrderBox(errors, self)
        side.addWidget(self.order)
        self.parties = PartiesBox(errors, self)
        side.addWidget(self.parties)
        self.products = ProductsBox(lines, pack, errors, self)
        side.addWidget(self.products)
        self.use = UseBox(pack, errors, self)
        side.addWidget(self.use)
        side.addStretch(1)
