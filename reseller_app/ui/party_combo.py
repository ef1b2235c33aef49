"""Choose a customer or end user from the catalog by typing part of the name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from reseller_app.services.dto import Customer
from reseller_app.ui.countries import country_name


class PartyCombo(QComboBox):
    """Catalog entries by name (with their country).

    An empty field means "none"; ``none_text`` says what that means ("All customers", "Same as
    the customer", "Choose a customer…") as the field's placeholder.
    """

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._customers: dict[int, Customer] = {}
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._snap)
        self.lineEdit().setPlaceholderText(none_text)
        self.lineEdit().setClearButtonEnabled(True)

    def set_customers(self, customers: Sequence[Customer], select: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        self._customers = {c.id: c for c in customers if c.id is not None}
        for c in customers:
            where = country_name(c.country)
            self.addItem(f"{c.name} ({where})" if where else c.name, c.id)
        self.blockSignals(False)
        self.set_customer_id(select)

    def add_customer(self, customer: Customer) -> None:
        if customer.id is None:
            return
        existing = self.findData(customer.id)
        where = country_name(customer.country)
        text = f"{customer.name} ({where})" if where else customer.name
        self._customers[customer.id] = customer
        if existing >= 0:
            self.setItemText(existing, text)
            return
        selected = self.customer_id()
        self.blockSignals(True)
        self.addItem(text, customer.id)  # the first item of an empty combo becomes current
        self.blockSignals(False)
        self.set_customer_id(selected)

    def customer_id(self) -> int | None:
        self._snap()
        if self.currentIndex() < 0:
            return None
        data = self.currentData()
        return int(data) if data is not None else None

    def customer(self) -> Customer | None:
        cid = self.customer_id()
        return self._customers.get(cid) if cid is not None else None

    def set_customer_id(self, customer_id: int | None) -> None:
        index = self.findData(customer_id) if customer_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def _snap(self) -> None:
        """Typed text matching an entry selects it; other text is cleared (meaning "none")."""
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text:
            return
        if not text:
            if self.currentIndex() >= 0:
                self.set_customer_id(None)
            return
        folded = text.casefold()
        matches = [i for i in range(self.count())
                   if self.itemText(i).casefold().startswith(folded)]
        if not matches:
            matches = [i for i in range(self.count()) if folded in self.itemText(i).casefold()]
        self.set_customer_id(self.itemData(matches[0]) if matches else None)
