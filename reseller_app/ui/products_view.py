"""Products in the catalog, each with the risk category the screening starts from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reseller_app.services.dto import Product
from reseller_app.ui.backend import Backend
from reseller_app.ui.catalog_dialogs import ProductDialog
from reseller_app.ui.catalog_list import CatalogList
from reseller_app.ui.labels import term_text
from reseller_app.ui.paged_model import Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProductsView", text)


class ProductsView(CatalogList):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        self.backend = backend
        super().__init__(
            _tr("Products"),
            _tr("What you sell. The risk category says what a product can do; "
                "surveillance-capable products are screened more closely."),
            (
                Column(_tr("Name"), lambda p: p.name),
                Column(_tr("SKU"), lambda p: p.sku),
                Column(_tr("Vendor"), lambda p: p.vendor),
                Column(_tr("Risk category"),
                       lambda p: term_text(backend.pack, "product_categories", p.category)),
            ),
            self._search,
            _tr("&New product…"),
            parent,
        )
        for column, width in ((1, 140), (2, 160), (3, 380)):
            self.table.horizontalHeader().resizeSection(column, width)

    def _search(self, text: str) -> list[Product]:
        return self.backend.catalog.products(text)

    def edit_entry(self, entry: Product | None) -> bool:
        dialog = ProductDialog(self.backend, entry, self)
        return bool(dialog.exec())
