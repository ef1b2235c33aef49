"""Add / edit dialogs for catalog entries: customers (and end users) and products."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import Customer, Product
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.ui.backend import Backend
from reseller_app.ui.countries import CountryCombo
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.term_combo import TermCombo
from reseller_app.ui.typography import note
from reseller_app.ui.workers import error_message


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogDialog", text)


def add_row(form: QFormLayout, text: str, widget: QWidget, errors: FieldErrors,
            *fields: str) -> QLabel:
    """A labelled row with a mnemonic and an error line under the field."""
    box = QWidget(form.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    error = FieldError(box)
    layout.addWidget(error)
    label = QLabel(text, form.parentWidget())
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, box)
    for field in fields:
        errors.register(field, error, widget)
    return label


class CatalogDialog(QDialog):
    """Shared frame: a form, an error line for problems without a field, OK / Cancel."""

    def __init__(self, backend: Backend, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.general_error = FieldError(self)
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        self.errors.clear()
        try:
            self.save()
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except ServiceError as exc:
            self.general_error.show_message(error_message(exc))
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError


class CustomerDialog(CatalogDialog):
    """A customer or end user: who they are decides much of the risk."""

    def __init__(self, backend: Backend, customer: Customer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(backend, _tr("Edit customer") if customer else
                         _tr("New customer"), parent)
        self.customer = customer
        self.saved_customer: Customer | None = None
        vocabulary = backend.pack.vocabulary
        self.name = QLineEdit(self)
        self.country = CountryCombo(self, none_text=self.tr("Not known"))
        self.type = TermCombo(vocabulary.customer_types, self, show_levels=True)
        self.sector = TermCombo(vocabulary.sectors, self, none_text=self.tr("Not given"),
                                show_levels=True)
        self.function = TermCombo(vocabulary.government_functions, self,
                                  none_text=self.tr("Not said"), show_levels=True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        add_row(self.form, self.tr("&Name:"), self.name, self.errors, "name")
        add_row(self.form, self.tr("C&ountry:"), self.country, self.errors, "country")
        add_row(self.form, self.tr("&Type:"), self.type, self.errors, "type")
        add_row(self.form, self.tr("&Sector:"), self.sector, self.errors, "sector")
        self.function_label = add_row(self.form, self.tr("&Government function:"),
                                      self.function, self.errors, "government_function")
        self.function_hint = note(self.tr(
            "For a public body, say what it does: police, military and intelligence services "
            "carry more risk than, say, a school authority."), self)
        self.form.addRow("", self.function_hint)
        add_row(self.form, self.tr("Not&es:"), self.notes, self.errors, "notes")
        self.type.currentIndexChanged.connect(self._type_changed)

        if customer is not None:
            self.name.setText(customer.name)
            self.country.set_code(customer.country)
            self.type.set_term_id(customer.type)
            self.sector.set_term_id(customer.sector)
            self.function.set_term_id(customer.government_function)
            self.notes.setPlainText(customer.notes)
        else:
            self.type.set_term_id("private")
        self._type_changed()

    def _type_changed(self) -> None:
        government = self.type.term_id() == "government"
        self.form.setRowVisible(self.function_label, government)
        self.form.setRowVisible(self.function_hint, government)

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            raise ValidationError("name", self.tr("Enter the customer's name."))
        ctype = self.type.term_id() or "unknown"
        customer = Customer(
            name=name,
            country=self.country.code(),
            type=ctype,
            sector=self.sector.term_id(),
            government_function=self.function.term_id() if ctype == "government" else None,
            notes=self.notes.toPlainText().strip(),
            id=self.customer.id if self.customer else None,
        )
        self.saved_customer = self.backend.catalog.save_customer(customer)


class ProductDialog(CatalogDialog):
    """A product: its risk category is what the screening starts from."""

    def __init__(self, backend: Backend, product: Product | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(backend, _tr("Edit product") if product else
                         _tr("New product"), parent)
        self.product = product
        self.saved_product: Product | None = None
        self.sku = QLineEdit(self)
        self.vendor = QLineEdit(self)
        self.name = QLineEdit(self)
        self.category = TermCombo(backend.pack.vocabulary.product_categories, self,
                                  show_levels=True)
        add_row(self.form, self.tr("&SKU:"), self.sku, self.errors, "sku")
        add_row(self.form, self.tr("&Vendor:"), self.vendor, self.errors, "vendor")
        add_row(self.form, self.tr("&Name:"), self.name, self.errors, "name")
        add_row(self.form, self.tr("Risk &category:"), self.category, self.errors, "category")
        self.form.addRow("", note(self.tr(
            "The category says what the product can do. Surveillance-capable products "
            "(cameras, biometrics, analytics, network monitoring) are screened more closely."),
            self))
        if product is not None:
            self.sku.setText(product.sku)
            self.vendor.setText(product.vendor)
            self.name.setText(product.name)
            self.category.set_term_id(product.category)
        else:
            self.category.set_term_id("general_it")

    def save(self) -> None:
        sku = self.sku.text().strip()
        name = self.name.text().strip()
        if not sku:
            raise ValidationError("sku", self.tr("Enter the product's SKU."))
        if not name:
            raise ValidationError("name", self.tr("Enter the product's name."))
        product = Product(
            sku=sku,
            name=name,
            vendor=self.vendor.text().strip(),
            category=self.category.term_id() or "general_it",
            id=self.product.id if self.product else None,
        )
        self.saved_product = self.backend.catalog.save_product(product)
