"""Choose a customer or end user from the catalog by typing part of the name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from reseller_app.services.dto import Customer
from reseller_app.services.errors import ServiceError
from reseller_app.ui.countries import country_name

SearchFn = Callable[[str, int], Sequence[Customer]]  # (typed text, at most n) -> matches
LookupFn = Callable[[int], Customer]
MATCHES = 50  # suggestions shown while typing
DROPDOWN_CUSTOMERS = 300  # entries in the drop-down list (the first by name)


class PartyCombo(QComboBox):
    """Catalog entries by name (with their country).

    An empty field means "none"; ``none_text`` says what that means ("All customers", "Same as
    the customer", "Choose a customer…") as the field's placeholder.

    The drop-down holds the entries given to ``set_customers`` (the first few hundred by name).
    With ``set_search``, typing searches the whole catalog (so a catalog of 50,000 customers
    costs no more than one of 50) and a chosen match joins the drop-down.
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
        self._search: SearchFn | None = None
        self._lookup: LookupFn | None = None
        self._matches = QStandardItemModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._suggest)

    def set_search(self, search: SearchFn, lookup: LookupFn) -> None:
        """Search the catalog while typing; ``lookup`` fetches an entry to select by id."""
        first = self._search is None
        self._search, self._lookup = search, lookup
        if not first:
            return
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._match_chosen)
        self.setCompleter(None)  # the combo's own completer would only know the drop-down
        self.lineEdit().setCompleter(completer)
        self.lineEdit().textEdited.connect(lambda _text: self._search_timer.start())

    def _label(self, c: Customer) -> str:
        where = country_name(c.country)
        return f"{c.name} ({where})" if where else c.name

    def _suggest(self) -> None:
        text = self.lineEdit().text().strip()
        if self._search is None or not text:
            return
        self._matches.clear()
        for c in self._search(text, MATCHES):
            if c.id is None:
                continue
            self._customers[c.id] = c
            item = QStandardItem(self._label(c))
            item.setData(c.id, Qt.ItemDataRole.UserRole)
            self._matches.appendRow(item)
        completer = self.lineEdit().completer()
        if completer is not None and self._matches.rowCount() and self.lineEdit().hasFocus():
            completer.complete()

    def _match_chosen(self, index: QModelIndex) -> None:
        cid = index.data(Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.set_customer_id(int(cid))

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
        selected = self.currentIndex()
        self.blockSignals(True)
        self.addItem(text, customer.id)  # the first item of an empty combo becomes current
        self.setCurrentIndex(selected)
        self.blockSignals(False)

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
        if index < 0 and customer_id is not None:
            known = self._customers.get(customer_id)
            if known is None and self._lookup is not None:
                try:
                    known = self._lookup(customer_id)
                except ServiceError:
                    known = None
            if known is not None:
                self.add_customer(known)
                index = self.findData(customer_id)
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
        if not matches and self._search is not None:
            found = [c for c in self._search(text, MATCHES) if c.id is not None]
            found.sort(key=lambda c: not self._label(c).casefold().startswith(folded))
            if found:
                self._customers[found[0].id] = found[0]  # type: ignore[index]
                self.set_customer_id(found[0].id)
                return
        self.set_customer_id(self.itemData(matches[0]) if matches else None)
