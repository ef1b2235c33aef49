"""Customers and end users in the catalog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from reseller_app.services.dto import Customer
from reseller_app.ui.backend import Backend
from reseller_app.ui.catalog_dialogs import CustomerDialog
from reseller_app.ui.catalog_list import CatalogList
from reseller_app.ui.countries import country_name
from reseller_app.ui.labels import date_text, term_text
from reseller_app.ui.paged_model import Column
from reseller_app.ui.party_check_dialog import PartyCheckDialog
from reseller_app.ui.party_rescreen_dialog import verdict_text
from reseller_app.ui.workers import Job


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomersView", text)


class CustomersView(CatalogList):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        self.backend = backend
        self._checks: dict[int, Any] = {}  # customer id -> PartyStatus, of the pages loaded
        self._warmed = False

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
                Column(_tr("Sanctions"), self.sanctions_text, tooltip=self.sanctions_tip),
            ),
            lambda text: backend.catalog.customers(text),
            _tr("&New customer…"),
            parent,
        )
        for column, width in ((1, 160), (2, 320), (3, 260), (4, 130)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.check_button = QPushButton(_tr("Sanctions &check…"), self)
        self.check_button.setToolTip(_tr("The selected customer's sanctions check: each "
                                         "possible match, and its review"))
        self.top_row.addWidget(self.check_button)
        self.check_button.clicked.connect(self.open_check)

    def open_check(self) -> PartyCheckDialog | None:
        """The selected customer's sanctions check, to review its possible matches; the list
        shows the new results once the dialog is closed."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.error.show_message(_tr("Select a customer in the list first."))
            return None
        dialog = PartyCheckDialog(self.backend, self.model.row_object(index.row()), self)
        dialog.finished.connect(lambda _code: self._after_check(dialog))
        dialog.open()
        return dialog

    def _after_check(self, dialog: PartyCheckDialog) -> None:
        if dialog.reviewed:
            self.reload()
            self.changed.emit()

    # -- sanctions checks: read a page at a time, as the rows load --------------------------
    def source(self, items: list[Customer]) -> tuple[Callable[[], int],
                                                     Callable[[int, int], Sequence[Any]]]:
        self._checks = {}
        if self.backend.is_open and not self._warmed:
            # A new or renamed customer is checked as it is saved: the lists' name index is
            # built here, in the thread pool, rather than on that first save.
            self._warmed = True
            parties = self.backend.parties
            Job(lambda _progress, _cancelled: parties.warm()).start()

        def fetch(offset: int, limit: int) -> list[Customer]:
            page = items[offset:offset + limit]
            if self.backend.is_open:  # the first screen has no services yet: "not checked"
                self._checks.update(self.backend.parties.customer_checks(
                    [c.id for c in page if c.id is not None]))
            return page

        return (lambda: len(items)), fetch

    def sanctions_text(self, c: Customer) -> str:
        status = self._checks.get(c.id)  # type: ignore[arg-type]
        return verdict_text(None if status is None else status.verdict)

    def sanctions_tip(self, c: Customer) -> str:
        status = self._checks.get(c.id)  # type: ignore[arg-type]
        if status is None:
            return _tr("Not checked against the sanctions lists yet: no list was imported when "
                       "the customer was last saved. Importing a list checks every customer.")
        when = date_text(status.checked_at.date())
        if status.flagged:
            return _tr("{0} (checked on {1}): {2}").format(
                verdict_text(status.verdict), when, status.why())
        return _tr("No listed name resembles this customer (checked on {0}).").format(when)

    def edit_entry(self, entry: Customer | None) -> bool:
        dialog = CustomerDialog(self.backend, entry, self)
        return bool(dialog.exec())
