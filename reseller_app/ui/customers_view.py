"""Customers and end users in the catalog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reseller_app.services.dto import Customer
from reseller_app.ui.backend import Backend
from reseller_app.ui.catalog_dialogs import CustomerDialog
from reseller_app.ui.catalog_list import CatalogList
from reseller_app.ui.countries import country_name
from reseller_app.ui.labels import term_text
from reseller_app.ui.paged_model import Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomersView", text)


class CustomersView(CatalogList):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        self.backend = backend

        def label(group: str, term_id: str | None) -> str:
            return term_text(backend.pack, group, term_id)

        def kind(c: Customer) -> str:
            text = label("customer_types", c.type)
            if c.government_function:
                text += f": {label('government_functions', c.government_function)}"
            return text

        super().__init__(
            _tr("Customers"),
            _tr("The organisations and people you sell to, and the end users of what you "
                     "sell. Who they are and what they do is part of the screening."),
            (
                Column(_tr("Name"), lambda c: c.name),
                Column(_tr("Country"), lambda c: country_name(c.country)),
                Column(_tr("Type"), kind),
                Column(_tr("Sector"), lambda c: label("sectors", c.sector)),
            ),
            lambda text: backend.catalog.customers(text),
            _tr("&New customer…"),
            parent,
        )
        for column, width in ((1, 160), (2, 320), (3, 260)):
            self.table.horizontalHeader().resizeSection(column, width)

    def edit_entry(self, entry: Customer | None) -> bool:
        dialog = CustomerDialog(self.backend, entry, self)
        return bool(dialog.exec())
