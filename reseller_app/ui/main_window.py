"""The main window: navigation (Orders, Customers, Products), menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from reseller_app.ui.app_icons import named_icon
from reseller_app.ui.backend import Backend
from reseller_app.ui.customers_view import CustomersView
from reseller_app.ui.order_detail import OrderWindow
from reseller_app.ui.orders_view import OrdersView
from reseller_app.ui.products_view import ProductsView

ORDERS_PAGE, CUSTOMERS_PAGE, PRODUCTS_PAGE = range(3)


class MainWindow(QMainWindow):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.order_windows: dict[int, OrderWindow] = {}
        self.new_order_windows: list[OrderWindow] = []
        self.setWindowTitle(self.tr("Channel Diligence"))

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(170)
        for text, icon in ((self.tr("Orders"), "orders"), (self.tr("Customers"), "customers"),
                           (self.tr("Products"), "products")):
            QListWidgetItem(named_icon(icon), text, self.nav)
        self.orders = OrdersView(backend, self)
        self.customers = CustomersView(backend, self)
        self.products = ProductsView(backend, self)
        self.pages = QStackedWidget(self)
        for page in (self.orders, self.customers, self.products):
            self.pages.addWidget(page)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.pack_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.pack_label)
        self._build_menus()

        self.nav.currentRowChanged.connect(self._show_page)
        self.orders.openOrder.connect(self.open_order)
        self.orders.newOrder.connect(self.new_order)
        self.customers.changed.connect(self.orders.reload_customers)
        self.nav.setCurrentRow(ORDERS_PAGE)
        self._catalog_loaded: set[int] = set()
        self._restore()

    # -- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None
                ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_order_action = self._action(self.tr("&New order"), self.new_order,
                                             QKeySequence.StandardKey.New)
        file_menu.addAction(self.new_order_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Import orders from CSV…"),
                                         self.import_orders))
        file_menu.addAction(self._action(self.tr("Import criteria &pack…"), self.import_pack))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Company &profile…"), self.edit_profile))
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for row, (text, key) in enumerate(((self.tr("&Orders"), "Ctrl+1"),
                                           (self.tr("&Customers"), "Ctrl+2"),
                                           (self.tr("&Products"), "Ctrl+3"))):
            view_menu.addAction(self._action(text, lambda _=False, r=row: self.nav.setCurrentRow(r),
                                             key))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Refresh"), self.refresh,
                                         QKeySequence.StandardKey.Refresh))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Data sources and licences…"),
                                         self.show_data_sources))
        help_menu.addAction(self._action(self.tr("&Verify audit log…"), self.verify_audit))
        help_menu.addSeparator()
        about = self._action(self.tr("&About Channel Diligence"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # -- start-up ------------------------------------------------------------------------------
    def load_initial(self) -> None:
        """Called right after the window is shown: the first page of orders, the pack."""
        self._update_pack_label()
        self.orders.load()

    def _update_pack_label(self) -> None:
        try:
            ref = self.backend.loaded_pack.ref
        except Exception:  # the window stays usable; the pack problem shows in the status bar
            self.pack_label.setText(self.tr("No criteria pack loaded"))
            return
        self.pack_label.setText(self.tr("Criteria pack: {0} {1}").format(ref.id, ref.version))
        self.pack_label.setToolTip(self.tr("SHA-256 {0}").format(ref.sha256))

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if row in (CUSTOMERS_PAGE, PRODUCTS_PAGE) and row not in self._catalog_loaded:
            self._catalog_loaded.add(row)
            (self.customers if row == CUSTOMERS_PAGE else self.products).reload()

    def refresh(self) -> None:
        self.orders.reload_customers()
        self.orders.refresh()
        for row in self._catalog_loaded:
            (self.customers if row == CUSTOMERS_PAGE else self.products).reload()

    # -- orders ------------------------------------------------------------------------------
    def new_order(self) -> OrderWindow:
        window = OrderWindow(self.backend, self)
        self.new_order_windows.append(window)
        window.orderChanged.connect(self._order_changed)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.start_new()
        window.show()
        return window

    def open_order(self, order_id: int) -> OrderWindow:
        window = self.order_windows.get(order_id)
        if window is not None:
            window.raise_()
            window.activateWindow()
            return window
        window = OrderWindow(self.backend, self)
        window.orderChanged.connect(self._order_changed)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.open_order(order_id)
        self.order_windows[order_id] = window
        window.show()
        return window

    def _order_changed(self, order_id: int) -> None:
        window = self.sender()
        if isinstance(window, OrderWindow) and window in self.new_order_windows:
            self.new_order_windows.remove(window)
            self.order_windows[order_id] = window
        self.orders.refresh()

    def _forget(self, window: OrderWindow) -> None:
        if window in self.new_order_windows:
            self.new_order_windows.remove(window)
        for key, value in list(self.order_windows.items()):
            if value is window:
                del self.order_windows[key]

    # -- dialogs -------------------------------------------------------------------------------
    def import_orders(self) -> None:
        from reseller_app.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.backend, self)
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.exec()

    def import_pack(self) -> None:
        from reseller_app.ui.pack_import_dialog import PackImportDialog

        dialog = PackImportDialog(self.backend, self)
        dialog.imported.connect(lambda _info: self._update_pack_label())
        if dialog.exec():
            self.statusBar().showMessage(self.tr(
                "The new criteria pack is in use. Earlier screenings keep the pack they used."),
                10000)

    def edit_profile(self) -> None:
        from reseller_app.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.backend, profile=self.backend.profile(), parent=self)
        if wizard.exec():
            self.statusBar().showMessage(self.tr("Company profile saved."), 5000)

    def show_data_sources(self) -> None:
        from reseller_app.ui.data_sources_dialog import DataSourcesDialog

        DataSourcesDialog(self.backend, self).exec()

    def verify_audit(self) -> None:
        from reseller_app.ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.backend, self)
        dialog.start()
        dialog.exec()

    def show_about(self) -> None:
        from reseller_app import __version__ as version

        QMessageBox.about(self, self.tr("About Channel Diligence"), self.tr(
            "<h3>Channel Diligence {0}</h3>"
            "<p>Human rights due diligence of sales for small IT resellers: every order is "
            "screened for the risk that what you sell is misused against people, every "
            "warning says why and what to do, and every decision is recorded.</p>"
            "<p>The screening follows the end-use risk framework of the BSR brief <i>Sales "
            "Partners and Human Rights Due Diligence in the Technology Sector</i> (2022) and "
            "the UN Guiding Principles on Business and Human Rights. It supports your "
            "judgement; it is not legal advice.</p>"
            "<p>Licensed under the Apache License 2.0. See Help &gt; Data sources and "
            "licences for the data and libraries used.</p>").format(version))

    # -- window state --------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        self.orders.restore_layout(settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in [*self.order_windows.values(), *self.new_order_windows]:
            if not window.close():
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        self.orders.save_layout(settings)
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None and event.isAccepted():
            app.closeAllWindows()


