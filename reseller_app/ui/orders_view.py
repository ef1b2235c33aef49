"""The orders list: filters, a lazily paged table, and a count. Stays quick with 100,000 orders:
filtering and paging happen in the database (``OrderService.query`` / ``count``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.vocabulary import OrderStatus, RiskTier
from reseller_app.services.dto import OrderFilter, OrderRow
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.completeness_badge import list_text, list_tooltip
from reseller_app.ui.countries import CountryCombo, country_name
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import (
    STATUSES,
    TIERS,
    date_format,
    date_text,
    money_text,
    number_text,
    status_label,
    tier_label,
)
from reseller_app.ui.layouts import FlowLayout, side_by_side
from reseller_app.ui.paged_model import CENTRE, RIGHT, Column, PagedTableModel
from reseller_app.ui.party_combo import DROPDOWN_CUSTOMERS, PartyCombo
from reseller_app.ui.tier_badge import TierPillDelegate
from reseller_app.ui.typography import paragraph
from reseller_app.ui.workers import error_message

if TYPE_CHECKING:
    from reseller_app.ui.rescreen_dialog import RescreenDialog

SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)  # shown as "Any date" (QDateEdit has no empty value)
TIER_COLUMN = 4


def _money(row: OrderRow) -> str:
    return money_text(row.total or 0, row.currency)


# Counting stops here: the label says "more than 1,000" and counting costs the same for
# 100,000 orders as for 1,000 (the rows themselves load page by page, all of them).
COUNT_CAP = 1_000

# The filter combos are this many characters wide: with long items ("Needs attention (on hold,
# blocked, escalated)", country names) sized to their content, the filter bar alone made the
# main window wider than a 1280 px laptop screen. Their drop-down lists stay wide enough to
# show whole items.
FILTER_COMBO_CHARS = 10
SEARCH_CHARS = 24  # the search field's least width: room for a name or a reference
POPUP_MARGIN = 48  # the list's frame, item padding and scroll bar beside the text


def compact_combo(combo: QComboBox, chars: int = FILTER_COMBO_CHARS) -> None:
    """``combo`` about ``chars`` characters wide (long items are cut in the field), with a
    drop-down list as wide as its widest item, also after items are added later (the country
    list fills on first use, the customer list once loaded)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    # Measured once the items stop arriving (addItem one by one would measure every time).
    timer = QTimer(combo)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def fit_popup() -> None:
        # The texts measured: some styles' list items report a fixed width hint.
        metrics = combo.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(combo.itemText(i))
                      for i in range(combo.count())), default=0)
        view = combo.view()
        view.setMinimumWidth(max(view.sizeHintForColumn(0), widest) + POPUP_MARGIN)

    timer.timeout.connect(fit_popup)
    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                   model.dataChanged):
        signal.connect(timer.start)
    fit_popup()


class OrdersTableModel(PagedTableModel):
    """Orders, newest first, 200 at a time from ``OrderService.query``."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Date"), lambda r: date_text(r.date)),
                Column(self.tr("Customer"), lambda r: r.customer),
                Column(self.tr("Destination"), lambda r: country_name(r.country)),
                Column(self.tr("Risk"), lambda r: tier_label(r.tier), tier=lambda r: r.tier,
                       tooltip=lambda r: tier_label(r.tier)),  # whole, when the pill is cut
                Column(self.tr("Status"), lambda r: status_label(r.status)),
                Column(self.tr("Total"), _money, align=RIGHT),
                # How complete the order's information is ("4/6"); the tooltip says what is
                # missing.
                Column(self.tr("Information"), lambda r: list_text(r.completeness),
                       align=CENTRE, tooltip=lambda r: list_tooltip(r.completeness)),
            ),
            parent,
        )
        self.backend = backend
        self._filter = OrderFilter()

    def set_filter(self, f: OrderFilter) -> None:
        self._filter = f
        orders = self.backend.orders
        self.set_source(lambda: orders.count(f, COUNT_CAP),
                        lambda offset, limit: orders.query(f, offset, limit))

    def order_filter(self) -> OrderFilter:
        return self._filter


class OrdersFilterBar(QWidget):
    """Status, tier, customer, country, dates and a search box; emits ``filterChanged``."""

    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Item data: the status / tier ids, comma-separated ("" for all).
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Needs attention (on hold, blocked, escalated)"),
                            ",".join((OrderStatus.HELD, OrderStatus.BLOCKED,
                                      OrderStatus.ESCALATED)))
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.tier = QComboBox(self)
        self.tier.addItem(self.tr("All risk tiers"), "")
        self.tier.addItem(self.tr("High or prohibited"),
                          ",".join((RiskTier.HIGH, RiskTier.PROHIBITED)))
        for tier in TIERS:
            self.tier.addItem(tier_label(tier), tier)
        self.customer = PartyCombo(self.tr("All customers"), self)
        self.country = CountryCombo(self, none_text=self.tr("All countries"))
        for combo in (self.status, self.tier, self.customer, self.country):
            compact_combo(combo)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search reference, customer or intended use"))
        self.search.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.search.setToolTip(self.tr("Find orders by reference, customer or end-user name, or "
                                       "words of the intended use (Ctrl+F)"))
        self.status.setToolTip(self.tr("Where the order stands: on hold and blocked orders "
                                       "wait for a decision"))
        self.tier.setToolTip(self.tr("The risk tier from the screening"))
        self.clear_button.setToolTip(self.tr("Show every order again"))

        # Rows of label-and-field pairs that wrap (search and dates, then the four combos,
        # the Clear button after the dates): a fixed grid made the window too wide for a
        # 1024 px screen in a longer language. The search field takes the spare width.
        rows = FlowLayout(self, justify=True)
        rows.setContentsMargins(0, 0, 0, 0)
        fields: list[tuple[str, QWidget, int]] = [
            (self.tr("&Search:"), self.search, SEARCH_CHARS),
            (self.tr("Fro&m:"), self.date_from, 0),
            (self.tr("T&o:"), self.date_to, 0),
            (self.tr("S&tatus:"), self.status, 0),
            (self.tr("&Risk:"), self.tier, 0),
            (self.tr("C&ustomer:"), self.customer, 0),
            (self.tr("&Destination:"), self.country, 0),
        ]
        for text, widget, chars in fields:
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            together = [label, widget, self.clear_button] if widget is self.date_to \
                else [label, widget]
            if chars:  # a text field: it grows with the window, from this many characters
                widget.setMinimumWidth(widget.fontMetrics().averageCharWidth() * chars)
            rows.addWidget(side_by_side(self, *together, grows=widget if chars else None))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filterChanged)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.status, self.tier, self.customer, self.country):
            combo.currentIndexChanged.connect(self.filterChanged)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.filterChanged)
        self.clear_button.clicked.connect(self.clear)

        for a, b in ((self.search, self.date_from), (self.date_from, self.date_to),
                     (self.date_to, self.status), (self.status, self.tier),
                     (self.tier, self.customer), (self.customer, self.country),
                     (self.country, self.clear_button)):
            QWidget.setTabOrder(a, b)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any date"))
        edit.setDate(NO_DATE)
        return edit

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.filterChanged.emit()

    def search_pending(self) -> bool:
        return self._search_timer.isActive()

    def set_customers(self, customers: list) -> None:
        selected = self.customer.customer_id()
        self.customer.blockSignals(True)
        self.customer.set_customers(customers, selected)
        self.customer.blockSignals(False)

    def clear(self) -> None:
        widgets = (self.status, self.tier, self.customer, self.country, self.date_from,
                   self.date_to, self.search)
        for w in widgets:
            w.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.tier.setCurrentIndex(0)
        self.customer.set_customer_id(None)
        self.country.set_code(None)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.search.clear()
        for w in widgets:
            w.blockSignals(False)
        self._search_timer.stop()
        self.filterChanged.emit()

    def show_only_status(self, status: str) -> None:
        """Every other filter cleared, the status set to ``status``; one ``filterChanged``."""
        self.blockSignals(True)
        try:
            self.clear()
            index = self.status.findData(status)
            self.status.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)
        self.filterChanged.emit()

    def current_filter(self) -> OrderFilter:
        return OrderFilter(
            statuses=_ids(self.status.currentData()),
            tiers=_ids(self.tier.currentData()),
            customer_id=self.customer.customer_id(),
            country=self.country.code(),
            date_from=_date(self.date_from),
            date_to=_date(self.date_to),
            text=self.search.text().strip(),
        )

    def is_filtered(self) -> bool:
        return self.current_filter() != OrderFilter()


def _ids(data: object) -> list[str]:
    return [part for part in str(data or "").split(",") if part]


def _date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    if value == NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


class OrdersView(QWidget):
    """The first screen: every order, with what needs attention easy to find."""

    openOrder = Signal(int)
    newOrder = Signal()
    rescreened = Signal()  # orders were screened again: other views may show their old state

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.filters = OrdersFilterBar(self)
        self.model = OrdersTableModel(backend, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Orders"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once, for "Screen again" (Enter / double click open the current one).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        self.table.setItemDelegateForColumn(TIER_COLUMN, TierPillDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 100), (3, 150), (4, 110), (5, 200), (6, 130),
                              (7, 90)):
            header.resizeSection(column, width)

        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)  # a long count sentence wraps beside the buttons
        self.empty = paragraph("", self)
        self.error = FieldError(self)
        self.new_button = QPushButton(self.tr("&New order"), self)
        self.new_button.setToolTip(self.tr("Create an order (Ctrl+N)"))
        self.rescreen_button = QPushButton(self.tr("Screen &again"), self)
        self.rescreen_button.setToolTip(self.tr(
            "Screen the selected orders again with the current catalog and criteria pack"))
        self.rescreen_button.setEnabled(False)
        self.rescreen_all_button = QPushButton(self.tr("Screen all open orders a&gain"), self)
        self.rescreen_all_button.setToolTip(self.tr(
            "Screen every order that is not declined again, for example after the catalog "
            "learnt product categories that imported orders left blank"))

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.rescreen_button)
        top.addWidget(self.rescreen_all_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.filters.filterChanged.connect(self.apply_filter)
        self.model.totalChanged.connect(self._update_count)
        self.model.loadFailed.connect(self.error.show_message)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.new_button.clicked.connect(self.newOrder)
        self.rescreen_button.clicked.connect(lambda: self.screen_again(self.selected_ids()))
        self.rescreen_all_button.clicked.connect(lambda: self.screen_again(None))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._loaded = False
        self._shown_filter: OrderFilter | None = None
        self.model.loadFailed.connect(self._forget_filter)
        self._update_count(0)

    # -- data ----------------------------------------------------------------------------------
    def load(self) -> None:
        """First load (called right after the main window is shown)."""
        self._loaded = True
        self.reload_customers()
        self.apply_filter()

    def reload_customers(self) -> None:
        try:
            catalog = self.backend.catalog
            self.filters.customer.set_search(lambda text, n: catalog.customers(text, n),
                                             catalog.customer)
            self.filters.set_customers(catalog.customers(limit=DROPDOWN_CUSTOMERS))
        except Exception as exc:  # the list itself can still work without the combo
            self.error.show_message(error_message(exc))

    def apply_filter(self) -> None:
        """Show the orders matching the filter bar; the same filter again is not re-queried
        (a combo's signal and an explicit call often arrive together). ``refresh`` reloads."""
        f = self.filters.current_filter()
        if f == self._shown_filter and not self.error.message():
            return
        self.error.clear()
        self._shown_filter = f
        self.model.set_filter(f)

    def _forget_filter(self, _message: str = "") -> None:
        self._shown_filter = None

    def show_status(self, status: str) -> None:
        """The list filtered to one status (the overview's "Show orders on hold")."""
        self._loaded = True
        self.filters.show_only_status(status)

    def refresh(self) -> None:
        """Reload with the same filter (after an order was saved or imported)."""
        if self._loaded:
            self.model.set_filter(self.model.order_filter())

    def _update_count(self, total: int) -> None:
        filtered = self.filters.is_filtered()
        if total > COUNT_CAP:
            text = self.tr("More than {0} orders").format(number_text(COUNT_CAP))
        else:
            text = self.tr("1 order") if total == 1 else \
                self.tr("{0} orders").format(number_text(total))
        if filtered:
            text = self.tr("{0} match the filters").format(text)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        if total == 0 and self._loaded:
            self.empty.setText(self.tr("No orders match these filters.") if filtered else self.tr(
                "No orders yet. Create one with New order (Ctrl+N), or import your orders from "
                "a CSV file (File menu)."))
            self.empty.setVisible(True)
        else:
            self.empty.setVisible(False)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openOrder.emit(self.model.row_object(index.row()).id)

    # -- screen again --------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_object(row).id for row in rows]

    def _selection_changed(self, *_args: object) -> None:
        self.rescreen_button.setEnabled(self.table.selectionModel().hasSelection())

    def screen_again(self, order_ids: list[int] | None) -> RescreenDialog:
        """The Screen again window for these orders (None: every open order), shown."""
        # Imported here: the dialog is rarely used and the list must appear fast at start.
        from reseller_app.ui.rescreen_dialog import RescreenDialog

        dialog = RescreenDialog(self.backend, order_ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rescreened.connect(self._after_rescreen)
        dialog.show()
        return dialog

    def _after_rescreen(self, _report: object) -> None:
        self.refresh()
        self.rescreened.emit()

    def references(self) -> list[str]:
        return [self.model.row_object(i).reference for i in range(self.model.loaded())]

    # -- layout --------------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(options.ORDERS_HEADER.key, self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value(options.ORDERS_HEADER.key)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

