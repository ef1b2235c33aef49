"""The main window: navigation (Orders, Customers, Products), menus and the status bar.

Start-up is measured against a bare Qt window, so the window can be built and shown before the
database is open (``MainWindow()``: navigation, menus, a "Opening…" page); ``attach(backend)``
then builds the pages. Or in two steps: ``attach_first_screen`` builds the overview and the
orders list on a backend still reading with plain sqlite3, ``finish_pages`` the rest once the
services are there. This module imports only Qt at the top: the views, and through them the
services and the ORM, are imported when the pages are built.

Built in short steps: the frame (``_build_navigation``, ``_build_central``,
``_build_status_bar``), the menus from a table (``_menu_actions``, one ``MenuAction`` each), the
pages (``_build_first_pages``, ``_build_other_pages``) and their signals by topic
(``_connect_first_screen``, ``_connect_signals``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reseller_app import __version__
from reseller_app.ui import options
from reseller_app.ui.app_icons import named_icon
from reseller_app.ui.theme import text_colour
from reseller_app.ui.typography import ElidedLabel

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QCloseEvent

    from reseller_app.ui.backend import Backend
    from reseller_app.ui.customers_view import CustomersView
    from reseller_app.ui.desk_window import DeskWindow
    from reseller_app.ui.follow_ups_view import FollowUpsPanel
    from reseller_app.ui.order_detail import OrderWindow
    from reseller_app.ui.orders_view import OrdersView
    from reseller_app.ui.outbox_sender import OutboxSender
    from reseller_app.ui.outbox_view import OutboxView
    from reseller_app.ui.overview_view import OverviewView
    from reseller_app.ui.policy_reminder import PolicyReminderBar
    from reseller_app.ui.policy_window import PolicyWindow
    from reseller_app.ui.products_view import ProductsView
    from reseller_app.ui.screen_help import HelpDialog
    from reseller_app.ui.sign_in import WhoIsWorking
    from reseller_app.ui.tray import ReminderTray

OVERVIEW_PAGE, ORDERS_PAGE, CUSTOMERS_PAGE, PRODUCTS_PAGE, OUTBOX_PAGE, FOLLOW_UPS_PAGE = range(6)
DEFAULT_SIZE = (1280, 780)  # the first start's window size (shrunk to fit a small screen)
MIN_SIZE = (640, 400)  # a restored window smaller than this is a mistake: the default instead
# The in-app help (F1) of each page, in ``resources/help/<language>.json``.
PAGE_HELP = ("overview", "orders", "customers", "products", "outbox", "follow_ups")
# What ``attach`` imports: a start-up thread may import them ahead, off the GUI thread.
PAGE_MODULES = ("reseller_app.ui.orders_view", "reseller_app.ui.customers_view",
                "reseller_app.ui.products_view", "reseller_app.ui.order_detail",
                "reseller_app.ui.overview_view")


@dataclass(frozen=True)
class MenuAction:
    """One entry of the main window's menus (``MainWindow._menu_actions``)."""

    menu: str  # "file", "view", "policy", "escalation" or "help"
    text: str  # translated, with its mnemonic
    slot: str  # the MainWindow method it calls
    shortcut: QKeySequence.StandardKey | str | None = None
    name: str | None = None  # kept as this attribute of the window (tests, enabling)
    role: QAction.MenuRole | None = None  # where macOS puts it (Preferences, Quit, About)
    needs_database: bool = True  # disabled until the database is open
    args: tuple[Any, ...] = ()  # passed to the slot


class OpeningPage(QWidget):
    """Shown while the database opens (a second or so on an ordinary PC)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (No Qt.AlignmentFlag here: the first use of the Qt namespace costs 40 ms at start.)
        self.label = QLabel(self.tr("Opening your orders…"), self)
        self.label.setWordWrap(True)
        self.bar = bar = QProgressBar(self)
        bar.setRange(0, 0)  # busy
        bar.setFixedWidth(320)
        bar.setAccessibleName(self.tr("Opening"))
        column = QVBoxLayout()
        column.addWidget(self.label)
        column.addWidget(bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    # Emitted once the overview's numbers and the first page of orders are in their widgets
    # (``load_initial``, ``load_first_screen`` or ``show_first_screen_now``).
    ready = Signal()
    # The page shown when the pages are built: the overview (what needs attention today).
    START_PAGE = OVERVIEW_PAGE
    # The database was replaced by a backup: the app starts a new window on it.
    restartRequested = Signal()

    def __init__(self, backend: Backend | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend: Backend | None = None
        self.order_windows: dict[int, OrderWindow] = {}
        self.new_order_windows: list[OrderWindow] = []
        self.policy_window: PolicyWindow | None = None
        self.desk_window: DeskWindow | None = None
        self.policy_reminder: PolicyReminderBar | None = None
        self.who_is_working: WhoIsWorking | None = None  # once the services are open
        self.tray: ReminderTray | None = None  # the tray icon, once the services are open
        self._closing_for_good = False  # close_for_good: not hidden in the tray
        self._restarting = False  # closed for a restart on a restored database: no quit
        self._catalog_loaded: set[int] = set()
        self.help_dialog: HelpDialog | None = None
        self._started = False  # load_initial ran: the overview may count
        self._finished = False  # finish_pages ran: every page is built, the services open
        self._waiting: list[Callable[[], object]] = []  # clicks waiting for finish_pages
        self._ready_sent = False
        self.setWindowTitle(self.tr("Channel Diligence"))
        self._build_navigation()
        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self._set_actions_enabled(False)
        self._restore_geometry()
        if backend is not None:
            self.attach(backend)

    # -- the frame (before the database is open) ------------------------------------------------
    def _build_navigation(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(170)
        for text, icon, tip in (
                (self.tr("Overview"), "overview", self.tr("What needs your attention today")),
                (self.tr("Orders"), "orders", self.tr("Every order with its screening")),
                (self.tr("Customers"), "customers", self.tr("Your customers and end users")),
                (self.tr("Products"), "products", self.tr("Your catalog and its categories")),
                (self.tr("Outbox"), "outbox", self.tr("Messages to the distributor")),
                (self.tr("Follow-ups"), "follow-ups", self.tr("What to check after a sale"))):
            item = QListWidgetItem(named_icon(icon), text, self.nav)
            item.setToolTip(tip)
        self.nav.setEnabled(False)

    def _build_central(self) -> None:
        """The navigation beside the pages (an "Opening…" page until the pages are built)."""
        self.opening: OpeningPage | None = OpeningPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.opening)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        # The pages, under a reminder bar (the policy review) added once something is due.
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.addWidget(self.pages, 1)
        layout.addLayout(self.content, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.policy_label = ElidedLabel(self)  # "…" rather than a status bar wider than
        self.statusBar().addPermanentWidget(self.policy_label)  # the screen
        self.pack_label = ElidedLabel(self)
        self.statusBar().addPermanentWidget(self.pack_label)

    # -- the pages -----------------------------------------------------------------------------
    def attach(self, backend: Backend) -> None:
        """Build the pages on the open database (called once)."""
        self.attach_first_screen(backend)
        self.finish_pages()

    def attach_first_screen(self, backend: Backend) -> None:
        """Build the first screen's pages, the overview and the orders list, on ``backend``
        (which may still read through ``services.first_screen``: see ``finish_pages``)."""
        self.backend = backend
        self._build_first_pages(backend)
        self._connect_first_screen()
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        self.opening = None
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(self.START_PAGE)
        self._show_page(self.START_PAGE)
        self.orders.restore_layout(QSettings())

    def finish_pages(self) -> None:
        """The other pages and everything that needs the services (the database is open)."""
        assert self.backend is not None
        self._build_other_pages(self.backend)
        self._connect_signals()
        self._set_actions_enabled(True)
        # F1 from any of the app's windows (an order, the policy): the help is about that one.
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._restore_table_layouts(QSettings())
        self._finished = True
        waiting, self._waiting = self._waiting, []
        if self.nav.currentRow() != self.pages.currentIndex():  # chosen while they were built
            self._show_page(self.nav.currentRow())
        for action in waiting:
            action()

    def _build_first_pages(self, backend: Backend) -> None:
        # Imported here, as the other pages are: they import the services' data classes, which
        # a window shown before the database is open does not need yet.
        from reseller_app.ui.orders_view import OrdersView
        from reseller_app.ui.overview_view import OverviewView

        self.overview: OverviewView = OverviewView(backend, self)
        self.orders: OrdersView = OrdersView(backend, self)
        for page in (self.overview, self.orders):
            self.pages.addWidget(page)

    def _build_other_pages(self, backend: Backend) -> None:
        # Imported here: these import the services (and so the ORM) at the top.
        from reseller_app.ui.customers_view import CustomersView
        from reseller_app.ui.follow_ups_view import FollowUpsPanel
        from reseller_app.ui.outbox_sender import DIGEST_INTERVAL_MS, OutboxSender
        from reseller_app.ui.outbox_view import OutboxView
        from reseller_app.ui.products_view import ProductsView

        self.customers: CustomersView = CustomersView(backend, self)
        self.products: ProductsView = ProductsView(backend, self)
        self.outbox: OutboxView = OutboxView(backend, self)
        self.follow_ups: FollowUpsPanel = FollowUpsPanel(backend, self)
        for page in (self.customers, self.products, self.outbox, self.follow_ups):
            self.pages.addWidget(page)
        # Sends the outbox in the background: started by finish_start, stopped on close.
        self.outbox_sender: OutboxSender = OutboxSender(
            backend, self, digest_interval_ms=DIGEST_INTERVAL_MS)  # and the daily digest

    # -- signals -------------------------------------------------------------------------------
    def _connect_first_screen(self) -> None:
        """The first screen's signals; what needs the services waits for them (``_when_open``)."""
        # navigation
        self.nav.currentRowChanged.connect(self._show_page)
        # overview
        self.overview.showOrders.connect(self.show_orders_with_status)
        self.overview.showOutbox.connect(lambda: self.show_page(OUTBOX_PAGE))
        self.overview.showFollowUps.connect(lambda: self.show_page(FOLLOW_UPS_PAGE))
        self.overview.openPolicy.connect(lambda: self._when_open(self.open_policy))
        self.overview.openApprovals.connect(lambda: self._when_open(self.open_approvals))
        self.overview.openLists.connect(lambda: self._when_open(self.open_lists))
        self.overview.openOrder.connect(self._open_order_when_open)
        self.overview.showSanctionMatches.connect(
            lambda: self._when_open(self.show_sanction_matches))
        self.overview.loaded.connect(self._first_screen_loaded)
        self.overview.failed.connect(self._first_screen_loaded)
        # orders
        self.orders.openOrder.connect(self._open_order_when_open)
        self.orders.newOrder.connect(lambda: self._when_open(self.new_order))
        self.orders.rescreened.connect(self._refresh_overview)

    def _connect_signals(self) -> None:
        """The other pages' signals, by topic (the database is open)."""
        # outbox: sending in the background, and its page
        sender = self.outbox_sender
        sender.sent.connect(self._outbox_sent)
        sender.passwordNeeded.connect(self._ask_smtp_password)
        sender.waiting.connect(self._outbox_waiting)
        sender.failed.connect(self._outbox_waiting)
        sender.problem.connect(self._outbox_problem)
        sender.digestProblem.connect(self._outbox_waiting)
        sender.busyChanged.connect(self.outbox.set_busy)
        self.outbox.sendNow.connect(sender.send_now)
        self.outbox.openSettings.connect(self.open_settings)
        # follow-ups
        self.follow_ups.openOrder.connect(self.open_order)
        self.follow_ups.changed.connect(self._refresh_overview)
        self.follow_ups.changed.connect(self._update_follow_ups_count)
        self.follow_ups.guidance.saved.connect(lambda path: self.statusBar().showMessage(
            self.tr("Saved {0}.").format(str(path)), 10000))
        # catalog
        self.customers.changed.connect(self.orders.reload_customers)

    def _open_order_when_open(self, order_id: int) -> None:
        self._when_open(lambda: self.open_order(order_id))

    def _when_open(self, action: Callable[[], object]) -> None:
        """Run ``action`` now when the services are there, else as soon as they are (a click
        on the first screen while the database still opens behind it)."""
        if self._finished:
            action()
        else:
            self._waiting.append(action)

    def show_read_only(self, message: str) -> None:
        """The database cannot be written: say so in the status bar for as long as the window
        is open (a passing message would be gone before the first save fails); ``message``,
        the whole story, is its tooltip."""
        label = QLabel(self.tr("Read-only: changes cannot be saved"), self)
        label.setObjectName("readOnlyLabel")
        label.setToolTip(message)
        label.setStyleSheet(f"QLabel {{ color: {text_colour('bad').name()}; "
                            "font-weight: bold; }")
        label.setAccessibleName(message)
        self.statusBar().insertPermanentWidget(0, label)
        self.read_only_label = label

    def show_open_error(self, message: str) -> None:
        """The database could not be opened: say why on the page (the caller may quit)."""
        if self.opening is None:  # the first screen is up: the caller's message box says it
            return
        self.opening.label.setText(message)
        self.opening.bar.hide()

    # -- menus ---------------------------------------------------------------------------------
    def _menus(self) -> list[tuple[str, str]]:
        """The menu bar, left to right: (key, title)."""
        return [("file", self.tr("&File")), ("view", self.tr("&View")),
                ("policy", self.tr("&Policy")), ("escalation", self.tr("&Escalation")),
                ("help", self.tr("&Help"))]

    def _menu_actions(self) -> list[MenuAction | None]:
        """Every menu entry, in menu order; ``None`` is a separator."""
        keys = QKeySequence.StandardKey
        pages = ((self.tr("O&verview"), "Ctrl+1"), (self.tr("&Orders"), "Ctrl+2"),
                 (self.tr("&Customers"), "Ctrl+3"), (self.tr("&Products"), "Ctrl+4"),
                 (self.tr("O&utbox"), "Ctrl+5"), (self.tr("Follo&w-ups"), "Ctrl+6"))
        return [
            MenuAction("file", self.tr("&New order"), "new_order", keys.New,
                       name="new_order_action"),
            None,
            MenuAction("file", self.tr("&Import orders from CSV…"), "import_orders"),
            MenuAction("file", self.tr("Import criteria &pack…"), "import_pack"),
            MenuAction("file", self.tr("San&ctions lists…"), "open_lists", name="lists_action"),
            None,
            MenuAction("file", self.tr("&Back up now"), "backup_now", name="backup_action"),
            MenuAction("file", self.tr("&Restore from backup…"), "restore_backup",
                       name="restore_action"),
            None,
            MenuAction("file", self.tr("Compan&y profile…"), "edit_profile"),
            MenuAction("file", self.tr("&Settings…"), "open_settings", keys.Preferences,
                       role=QAction.MenuRole.PreferencesRole),
            MenuAction("file", self.tr("Peop&le…"), "open_people", name="people_action"),
            None,
            # The one printable document of the main window: the policy (its window prints too).
            MenuAction("file", self.tr("Prin&t the policy…"), "print_policy", keys.Print,
                       name="print_action"),
            # The report up the chain: for a quarter, not an order.
            MenuAction("file", self.tr("Due &diligence report…"), "open_report",
                       name="chain_report_action"),
            None,
            MenuAction("file", self.tr("&Quit"), "quit_app", "Ctrl+Q",
                       role=QAction.MenuRole.QuitRole, needs_database=False),
            *(MenuAction("view", text, "show_page", key, args=(row,))
              for row, (text, key) in enumerate(pages)),
            None,
            MenuAction("view", self.tr("&Find orders"), "find_orders", keys.Find,
                       name="find_action"),
            MenuAction("view", self.tr("&Refresh"), "refresh", keys.Refresh),
            MenuAction("policy", self.tr("Human rights &policy…"), "open_policy",
                       name="policy_action"),
            MenuAction("escalation", self.tr("&Waiting for your approval…"), "open_approvals",
                       name="approvals_action"),
            MenuAction("escalation", self.tr("&Report misuse…"), "report_misuse",
                       name="misuse_action"),
            MenuAction("escalation", self.tr("&Import distributor's decision file…"),
                       "import_decision_file", name="decision_file_action"),
            MenuAction("escalation", self.tr("Responsible-use &guidance PDF…"),
                       "save_guidance", name="guidance_action"),
            MenuAction("escalation", self.tr("Export &evidence for audit…"),
                       "export_evidence", name="evidence_action"),
            None,
            MenuAction("escalation", self.tr("&Distributor desk…"), "open_desk",
                       name="desk_action"),
            # Works before the database is open too: the help is data, not a service.
            MenuAction("help", self.tr("&Help for this screen"), "show_help",
                       keys.HelpContents, name="help_action", needs_database=False),
            None,
            MenuAction("help", self.tr("&Data sources and licences…"), "show_data_sources"),
            MenuAction("help", self.tr("&Verify audit log…"), "verify_audit"),
            None,
            MenuAction("help", self.tr("&About Channel Diligence"), "show_about",
                       role=QAction.MenuRole.AboutRole, needs_database=False),
        ]

    def _build_menus(self) -> None:
        """The menu bar from ``_menu_actions``; the entries that need the database are
        disabled until it is open (``_set_actions_enabled``)."""
        bar = self.menuBar()
        menus = {key: bar.addMenu(title) for key, title in self._menus()}
        self._backend_actions: list[QAction] = []
        menu = menus["file"]
        for entry in self._menu_actions():
            if entry is None:  # a separator in the menu of the entry before it
                menu.addSeparator()
                continue
            menu = menus[entry.menu]
            action = self._action(entry)
            menu.addAction(action)
            if entry.name:
                setattr(self, entry.name, action)
            if entry.needs_database:
                self._backend_actions.append(action)

    def _action(self, entry: MenuAction) -> QAction:
        action = QAction(entry.text, self)
        if entry.shortcut is not None:
            # setShortcuts(list), not setShortcut(): the latter's first call costs ~40 ms of
            # PySide6 overload set-up, and start-up is measured against a bare window.
            keys = QKeySequence.keyBindings(entry.shortcut) \
                if isinstance(entry.shortcut, QKeySequence.StandardKey) \
                else [QKeySequence(entry.shortcut)]
            action.setShortcuts(keys)
        if entry.role is not None:
            action.setMenuRole(entry.role)
        slot = getattr(self, entry.slot)
        if entry.args:
            action.triggered.connect(lambda _=False, f=slot, a=entry.args: f(*a))
        else:
            action.triggered.connect(slot)
        return action

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in self._backend_actions:
            action.setEnabled(enabled)

    # -- start-up ------------------------------------------------------------------------------
    def load_initial(self) -> None:
        """Called right after the pages are built: the first screen, then the rest."""
        self.load_first_screen()
        self.finish_start()

    def load_first_screen(self) -> None:
        """The first page of orders and the overview's numbers; ``ready`` once both are in
        their widgets (the numbers count in the thread pool)."""
        self._update_pack_label()
        self.orders.load()
        self._started = True
        self.overview.reload()

    def show_first_screen_now(self) -> None:
        """As ``load_first_screen``, the numbers counted here (a few milliseconds on the
        first screen's plain sqlite3): the window then shows them from its first paint."""
        self._update_pack_label()
        self.orders.load()
        self._started = True
        try:
            summary = self.backend.overview.summary()  # type: ignore[union-attr]
        except Exception:  # counted again in the thread pool, which explains a failure
            self.overview.reload()
            return
        self.overview.show_summary(summary)
        self.check_policy_review()
        QTimer.singleShot(0, self._first_screen_loaded)  # once painted

    def _first_screen_loaded(self, *_: object) -> None:
        if self._ready_sent or not self._started:
            return
        self._ready_sent = True
        self.ready.emit()

    def finish_start(self) -> None:
        """Once the services are there: everything after the first screen."""
        if not self._finished:
            self.finish_pages()
            self.orders.reload_customers()
            self._update_pack_label()  # the same words, unless the first screen found none
        # After the first page is on screen: start-up does not wait for the policy services.
        QTimer.singleShot(0, self.check_policy_review)
        # Who is working: asked (or remembered) once the first screen is up.
        QTimer.singleShot(0, self.ask_who_is_working)
        # The outbox: what a crash left half-sent goes back in the queue, then every minute.
        QTimer.singleShot(0, self.outbox_sender.start)
        QTimer.singleShot(0, self._update_follow_ups_count)
        QTimer.singleShot(0, self.start_tray)

    def start_tray(self) -> ReminderTray | None:
        """The tray icon with the reminders' notifications (once the services are open)."""
        if self.tray is not None or self.backend is None or not self.backend.is_open:
            return self.tray
        # Here: the reminders load after the first screen, off the start-up path.
        from reseller_app.ui.tray import ReminderTray

        self.tray = ReminderTray(self)
        self.tray.start()
        return self.tray

    def ask_who_is_working(self) -> None:
        """Take the remembered person or ask who is working (a database with people only)."""
        if self.backend is None or not self.backend.is_open or self.who_is_working is not None:
            return
        # Here: the sign-in loads after the first screen, off the start-up path.
        from reseller_app.ui.sign_in import WhoIsWorking

        self.who_is_working = WhoIsWorking(self, self.backend)
        self.who_is_working.start()

    def check_policy_review(self) -> str | None:
        """Remind, without a dialog, when no policy is adopted or its yearly review is due."""
        if self.backend is None:
            return None
        # Here: it loads with the overview page, after the window's frame.
        from reseller_app.ui.policy_reminder import PolicyReminderBar, review_badge

        try:
            status = self.backend.policy.review_status()
        except Exception:  # a courtesy reminder must never stop the app
            return None
        if self.policy_reminder is None:
            self.policy_reminder = PolicyReminderBar(self)
            self.policy_reminder.openPolicy.connect(self.open_policy)
            self.content.insertWidget(0, self.policy_reminder)
        text = self.policy_reminder.show_status(status)
        if text:
            self.statusBar().showMessage(text)
        # Always in view: the policy's review state, next to the criteria pack.
        _tier, words = review_badge(status)
        self.policy_label.setText(self.tr("Policy: {0}").format(words))
        self.policy_label.setToolTip(self.tr("Human rights policy (Policy menu)"))
        return text

    def _update_pack_label(self) -> None:
        assert self.backend is not None
        try:
            pack_id, version, sha256 = self.backend.pack_ref()
        except Exception:  # the window stays usable; the pack problem shows in the status bar
            self.pack_label.setText(self.tr("No criteria pack loaded"))
            return
        self.pack_label.setText(self.tr("Criteria pack: {0} {1}").format(pack_id, version))
        self.pack_label.setToolTip(self.tr("SHA-256 {0}").format(sha256))

    def show_page(self, row: int) -> None:
        """The page ``row`` (``OVERVIEW_PAGE``...), chosen as from the navigation."""
        self.nav.setCurrentRow(row)

    def show_named_page(self, name: str) -> None:
        """A page by its name in ``PAGE_HELP`` ("follow_ups", "outbox"...: the tray's)."""
        self.show_page(PAGE_HELP.index(name) if name in PAGE_HELP else OVERVIEW_PAGE)

    def _show_page(self, row: int) -> None:
        if row >= self.pages.count():  # built once the database is open (finish_pages)
            return
        self.pages.setCurrentIndex(row)
        if row == OVERVIEW_PAGE:
            self._refresh_overview()
        elif row == OUTBOX_PAGE:
            self.outbox.reload()
        elif row == FOLLOW_UPS_PAGE:
            self.follow_ups.reload()
        if row in (CUSTOMERS_PAGE, PRODUCTS_PAGE) and row not in self._catalog_loaded:
            self._catalog_loaded.add(row)
            (self.customers if row == CUSTOMERS_PAGE else self.products).reload()

    def refresh(self) -> None:
        self.orders.reload_customers()
        self.orders.refresh()
        for row in self._catalog_loaded:
            (self.customers if row == CUSTOMERS_PAGE else self.products).reload()
        self._refresh_overview()

    def _refresh_overview(self) -> None:
        """Count again when the overview is in view (it counts each time it is shown)."""
        if self._started and self.pages.currentIndex() == OVERVIEW_PAGE:
            self.overview.reload()
        if self.tray is not None:  # something changed: the reminders too, maybe
            self.tray.soon()

    def help_key(self) -> str:
        """The in-app help of the page in view (``screen_help.help_key_for``)."""
        if self.backend is None:
            return "overview"
        return PAGE_HELP[self.pages.currentIndex()] \
            if 0 <= self.pages.currentIndex() < len(PAGE_HELP) else "overview"

    def show_help(self) -> HelpDialog:
        """F1: the why of the screen in front of the user (this window, an order, the policy)."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.screen_help import HelpDialog, active_window, help_key_for

        window = active_window()
        if self.help_dialog is not None and window is self.help_dialog:
            key = self.help_dialog.key
        else:
            key = help_key_for(window) or self.help_key()
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show_for(key)
        return self.help_dialog

    def find_orders(self) -> None:
        """Ctrl+F: the orders list, with the cursor in its search box."""
        self.nav.setCurrentRow(ORDERS_PAGE)
        search = self.orders.filters.search
        search.setFocus()
        search.selectAll()

    def show_orders_with_status(self, status: str) -> None:
        """The orders list filtered to one status (from the overview)."""
        self.orders.show_status(status)
        self.nav.setCurrentRow(ORDERS_PAGE)
        self.orders.table.setFocus()

    def print_policy(self) -> None:
        """Ctrl+P: print the adopted policy (or the open draft) from its window."""
        window = self.open_policy()
        if window.overview.print_button.isEnabled():
            window.print_policy()
        else:
            self.statusBar().showMessage(self.tr(
                "There is no policy to print yet: write it with the policy wizard."), 10000)

    # -- orders ------------------------------------------------------------------------------
    def new_order(self) -> OrderWindow:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.order_detail import OrderWindow

        window = OrderWindow(self.backend, self)
        self.new_order_windows.append(window)
        window.orderChanged.connect(self._order_changed)
        window.packetQueued.connect(self._packet_queued)
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
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.order_detail import OrderWindow

        window = OrderWindow(self.backend, self)
        window.orderChanged.connect(self._order_changed)
        window.packetQueued.connect(self._packet_queued)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.open_order(order_id)
        self.order_windows[order_id] = window
        window.show()
        return window

    def _order_changed(self, order_id: int) -> None:
        window = self.sender()
        if window in self.new_order_windows:
            self.new_order_windows.remove(window)
            self.order_windows[order_id] = window
        self.orders.refresh()
        self._update_follow_ups_count()
        self._refresh_overview()

    # -- escalation, outbox and follow-ups ---------------------------------------------------------
    def _packet_queued(self, _item: object) -> None:
        self.outbox_sender.send_now()
        if self.pages.currentIndex() == OUTBOX_PAGE:
            self.outbox.reload()

    def _outbox_sent(self, report: object) -> None:
        # Here: the services' data classes load with the pages, not before the frame.
        from reseller_app.services.dto import SendReport

        assert isinstance(report, SendReport)
        if self.pages.currentIndex() == OUTBOX_PAGE:
            self.outbox.reload()
        self.orders.refresh()
        for window in self.order_windows.values():
            if window.view is not None:
                window.escalation.load(window.view)
        if report.stopped:  # said by _outbox_problem (once); the counts would mislead
            self._refresh_overview()
            return
        self.outbox.clear_problem()
        parts = []
        if report.sent:
            parts.append(self.tr("{0} sent").format(report.sent))
        if report.retry_later:
            parts.append(self.tr("{0} waiting to be tried again").format(report.retry_later))
        if report.failed:
            parts.append(self.tr("{0} failed (see the Outbox)").format(report.failed))
        if parts:
            text = self.tr("Outbox: {0}.").format(", ".join(parts))
            self.statusBar().showMessage(text, 15000)
            self.outbox.show_message(text)
        self._refresh_overview()

    def _outbox_waiting(self, message: str) -> None:
        text = self.tr("Outbox: {0}").format(message)
        self.statusBar().showMessage(text, 15000)
        self.outbox.show_message(text)
        if self.pages.currentIndex() == OUTBOX_PAGE:
            self.outbox.reload()

    def _outbox_problem(self, message: str) -> None:
        """A send stopped at a refused login or an unreachable server: said once, in the
        status bar and on the outbox page, with the way to Settings."""
        self.statusBar().showMessage(self.tr("Outbox: {0}").format(message), 30000)
        self.outbox.show_problem(message)

    def _ask_smtp_password(self, message: str) -> str | None:
        """A send the user started needs the server's password: ask, then send again."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.password_dialog import PasswordDialog

        settings = self.backend.settings.smtp_settings() if self.backend else None
        account = f"{settings.user}@{settings.host}" if settings else ""
        password = PasswordDialog.ask(message, account, self)
        if password:
            self.outbox_sender.set_password(password)
            self.outbox_sender.send_now()
        else:
            self._outbox_waiting(self.tr("not sent: the mail server needs the password."))
        return password

    def _update_follow_ups_count(self) -> int:
        count = self.follow_ups.due_count()
        item = self.nav.item(FOLLOW_UPS_PAGE)
        text = self.tr("Follow-ups ({0})").format(count) if count else self.tr("Follow-ups")
        item.setText(text)
        item.setToolTip(self.tr("{0} follow-ups are due").format(count) if count
                        else self.tr("What to check after a sale"))
        return count

    def open_settings(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.backend, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
            if self.tray is not None:  # the tray's settings or the reminders' days changed
                self.tray.check()
            if self.pages.currentIndex() == OUTBOX_PAGE:
                self.outbox.reload()
            self.outbox_sender.resume()  # the settings may fix what stopped the sending
            self.outbox.clear_problem()
            self.outbox_sender.run(only_due=True, interactive=False)

    def open_people(self) -> QWidget:
        """The list of people (an administrator changes it; others see it read-only)."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.people_window import PeopleWindow

        window = PeopleWindow(self.backend, self)  # type: ignore[arg-type]
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.firstSetUp.connect(self.ask_who_is_working)
        window.show()
        return window

    def open_lists(self) -> QWidget:
        """The sanctions lists: their versions, importing and updating them."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.lists_window import ListsWindow

        window = ListsWindow(self.backend, self)  # type: ignore[arg-type]
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.changed.connect(self._lists_changed)
        window.show()
        return window

    def _lists_changed(self) -> None:
        """A new list version was imported (a file or Update lists): the overview counts anew
        and every customer and open order is checked against it in the background."""
        self._refresh_overview()
        self.rescreen_parties()

    def report_misuse(self) -> QWidget:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.misuse_dialog import MisuseDialog

        dialog = MisuseDialog(self.backend, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(self._packet_queued)
        dialog.show()
        return dialog

    def open_report(self) -> QWidget:
        """The due diligence report for a distributor and quarter: previewed, sent or saved."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.backend, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(self._packet_queued)
        dialog.show()
        return dialog

    def open_approvals(self) -> QWidget:
        """The approver's desk: the decisions colleagues asked them to approve."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.approvals_dialog import ApprovalsDialog

        dialog = ApprovalsDialog(self.backend, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.approved.connect(self._approval_answered)
        dialog.returned.connect(self._approval_answered)
        dialog.show()
        return dialog

    def _approval_answered(self, order_id: int) -> None:
        """An approval or a request sent back: the lists, and the order if it is open here."""
        window = self.order_windows.get(order_id)
        if window is not None:
            window.open_order(order_id)
        self.orders.refresh()
        self._refresh_overview()

    def import_decision_file(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.answer_dialog import import_decision_file

        view = import_decision_file(self.backend, self)
        if view is not None:
            self.orders.refresh()
            self._update_follow_ups_count()
            window = self.order_windows.get(view.order_id)
            if window is not None:
                window.open_order(view.order_id)

    def export_evidence(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.evidence_dialog import EvidenceDialog

        EvidenceDialog(self.backend, self).exec()

    def save_guidance(self) -> None:
        self.follow_ups.guidance.ask(None)

    def _forget(self, window: OrderWindow) -> None:
        if window in self.new_order_windows:
            self.new_order_windows.remove(window)
        for key, value in list(self.order_windows.items()):
            if value is window:
                del self.order_windows[key]

    # -- dialogs -------------------------------------------------------------------------------
    def open_policy(self) -> PolicyWindow:
        """The human rights policy window (one at a time)."""
        if self.policy_window is not None:
            self.policy_window.raise_()
            self.policy_window.activateWindow()
            return self.policy_window
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.policy_window import PolicyWindow

        window = PolicyWindow(self.backend, self)
        window.changed.connect(self.check_policy_review)
        window.changed.connect(self._refresh_overview)
        window.closed.connect(self._policy_window_closed)
        self.policy_window = window
        window.show()
        return window

    def open_desk(self) -> DeskWindow:
        """The distributor's answer desk (one window at a time)."""
        if self.desk_window is not None:
            self.desk_window.raise_()
            self.desk_window.activateWindow()
            return self.desk_window
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.desk_window import DeskWindow

        window = DeskWindow(self.backend, self, sender=self.outbox_sender)
        window.closed.connect(self._desk_window_closed)
        self.desk_window = window
        window.show()
        return window

    def _desk_window_closed(self) -> None:
        self.desk_window = None

    def _policy_window_closed(self, *_: object) -> None:
        self.policy_window = None
        self.check_policy_review()

    def import_orders(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.backend, self)
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.exec()

    def import_pack(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.pack_import_dialog import PackImportDialog

        dialog = PackImportDialog(self.backend, self)
        imported: list[Any] = []
        try:
            in_use: str | None = self.backend.packs.active_sha256()
        except Exception:  # no pack in use yet
            in_use = None
        dialog.imported.connect(imported.append)
        dialog.imported.connect(lambda _info: self._update_pack_label())
        if dialog.exec() and imported:
            if imported[-1].active:
                text = self.tr("The new criteria pack is in use. Earlier screenings keep the "
                               "pack they used.")
            else:
                text = self.tr("The criteria pack was kept but is not in use: the pack in use "
                               "is unchanged.")
            self.statusBar().showMessage(text, 10000)
            if imported[-1].active and imported[-1].sha256 != in_use:
                self.rescreen_parties()  # another pack: every customer and open order again

    # -- sanctions checks of the parties ------------------------------------------------------
    def rescreen_parties(self) -> Any:
        """Check every catalog customer and open order again in the background (after a new
        sanctions list version or another criteria pack); the result shows what changed."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.party_rescreen_dialog import PartyRescreenDialog

        running = self._rescreen_running()
        if running is not None:  # it may have read the lists before this change: once more
            self._rescreen_pending = True
            return running
        dialog = PartyRescreenDialog(self.backend, self)
        self._party_dialogs(dialog)
        dialog.rescreened.connect(lambda _report: self._parties_checked())
        dialog.show()
        dialog.start()
        self._rescreen_dialog = dialog
        return dialog

    def _rescreen_running(self) -> Any:
        """The re-check dialog while its work runs, else None."""
        dialog = getattr(self, "_rescreen_dialog", None)
        try:
            return dialog if dialog is not None and dialog.running() else None
        except RuntimeError:  # closed, and deleted with it
            return None

    def show_sanction_matches(self) -> Any:
        """The possible and confirmed sanctions matches to look at (the overview's lines)."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.party_rescreen_dialog import FlaggedPartiesDialog

        dialog = FlaggedPartiesDialog(self.backend, self)
        self._party_dialogs(dialog)
        dialog.show()
        return dialog

    def _party_dialogs(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openOrder.connect(self.open_order)
        dialog.openCustomer.connect(self.open_customer)

    def _parties_checked(self) -> None:
        if getattr(self, "_rescreen_pending", False):  # a list came in while it ran
            self._rescreen_pending = False
            self._rescreen_dialog = None
            QTimer.singleShot(0, self.rescreen_parties)
        self._refresh_overview()
        self.orders.refresh()  # orders screened again may have changed their status
        if self.pages.currentIndex() == CUSTOMERS_PAGE:
            self.customers.reload()

    def open_customer(self, customer_id: int) -> None:
        """A customer's dialog, from a list of sanctions checks."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.catalog_dialogs import CustomerDialog
        from reseller_app.ui.workers import error_message

        try:
            customer = self.backend.catalog.customer(customer_id)
        except Exception as exc:  # removed meanwhile, or the database cannot be read
            self.statusBar().showMessage(error_message(exc), 10000)
            return
        if customer is not None and CustomerDialog(self.backend, customer, self).exec():
            self.customers.reload()
            self.orders.reload_customers()
            self._refresh_overview()

    def edit_profile(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.backend, profile=self.backend.profile(), parent=self)
        if wizard.exec():
            self.statusBar().showMessage(self.tr("Company profile saved."), 5000)

    def show_data_sources(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.data_sources_dialog import DataSourcesDialog

        DataSourcesDialog(self.backend, self).exec()

    def verify_audit(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.backend, self)
        dialog.start()
        dialog.exec()

    def about_text(self) -> str:
        """Version, licence and the attributions the data we ship asks for (rich text)."""
        wgi = ""
        if self.backend is not None:
            try:
                wgi = self.backend.loaded_pack.pack.geography.attribution
            except Exception:  # the About box must open even when the pack does not load
                wgi = ""
        text = self.tr(
            "<h3>Channel Diligence {0}</h3>"
            "<p>Human rights due diligence of sales for small IT resellers: every order is "
            "screened for the risk that what you sell is misused against people, every "
            "warning says why and what to do, and every decision is recorded.</p>"
            "<p>The screening follows the end-use risk framework of the BSR brief <i>Sales "
            "Partners and Human Rights Due Diligence in the Technology Sector</i> (2022) and "
            "the UN Guiding Principles on Business and Human Rights. It supports your "
            "judgement; it is not legal advice.</p>"
            "<p>Licensed under the Apache License 2.0. See Help &gt; Data sources and "
            "licences for the data and libraries used.</p>").format(escape(__version__))
        text += self.tr("<p><b>Country data:</b> {0}</p>").format(escape(
            wgi or self.tr("The World Bank, Worldwide Governance Indicators (CC BY 4.0); "
                           "no endorsement implied.")))
        text += self.tr(
            "<p><b>Fonts:</b> DejaVu Sans, © Bitstream, Inc. (Bitstream Vera Fonts licence); "
            "DejaVu changes are in the public domain.</p>")
        return text

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Channel Diligence"), self.about_text())

    # -- backups ---------------------------------------------------------------------------------
    def backup_now(self) -> None:
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.backup_dialog import backup_now

        self._backup_job = backup_now(self.backend, self)  # kept until it reports

    def restore_backup(self) -> None:
        """Pick a backup; after the restore the window starts again on the restored data."""
        # Here, not at the top: a window or dialog loads when first opened, not at start-up.
        from reseller_app.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.backend, self)
        dialog.closeOthers = self._close_other_windows
        if dialog.exec() and dialog.restored is not None:
            self.restartRequested.emit()

    def _close_other_windows(self) -> bool:
        """Close the order and policy windows (they may ask to save); False when one stays."""
        others = [*self.order_windows.values(), *self.new_order_windows]
        if self.policy_window is not None:
            others.append(self.policy_window)
        if not all(window.close() for window in others):
            return False
        if self.backend is not None:
            self.outbox_sender.stop()
        return True

    # -- window state --------------------------------------------------------------------------
    def _table_pages(self) -> dict[str, QWidget]:
        """The pages with a table whose columns the user arranges (the orders keep their own)."""
        return {"customersView": self.customers, "productsView": self.products,
                "outboxView": self.outbox, "followUpsView": self.follow_ups}

    def _save_table_layouts(self, settings: QSettings) -> None:
        for key, page in self._table_pages().items():
            table = getattr(page, "table", None)
            if table is not None:
                header = table.horizontalHeader().saveState()
                settings.setValue(options.table_header(key).key, header)

    def _restore_table_layouts(self, settings: QSettings) -> None:
        for key, page in self._table_pages().items():
            table = getattr(page, "table", None)
            state = settings.value(options.table_header(key).key)
            if table is not None and state is not None:
                table.horizontalHeader().restoreState(state)

    def _restore_geometry(self) -> None:
        """The size and place of the last session, unless it no longer fits: saved on a bigger
        monitor, a screen since unplugged, or squashed (1280x282 was seen) gives the default
        size, centred on the screen."""
        geometry = options.MAIN_WINDOW_GEOMETRY.value()
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_screen():
            self._default_geometry()
        state = options.MAIN_WINDOW_STATE.value()
        if state is not None:
            self.restoreState(state)

    def _available(self) -> QRect | None:
        """The usable area (without task bars) of the window's screen, else the primary's."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    def _fits_screen(self) -> bool:
        """The restored frame lies within the screen and is not absurdly small."""
        area = self._available()
        if area is None:
            return True
        frame = self.frameGeometry() if not self.isMaximized() else area
        small = frame.width() < MIN_SIZE[0] or frame.height() < MIN_SIZE[1]
        # A few pixels of frame beyond the edge are normal (shadows, a snapped window).
        return not small and area.adjusted(-16, -16, 16, 16).contains(frame)

    def _default_geometry(self) -> None:
        """The default size, shrunk to fit the screen, centred on it."""
        area = self._available()
        width, height = DEFAULT_SIZE
        if area is None:
            self.resize(width, height)
            return
        width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2,
                  area.y() + max(0, (area.height() - height) // 2 - 20))

    def quit_app(self) -> bool:
        """File > Quit, the tray's Quit: the app ends, also when it keeps running in the tray."""
        return self.close_for_good()

    def close_for_good(self, *, restarting: bool = False) -> bool:
        """Close the window even when the tray would keep it (Quit, a restart); False when
        an order window stays open (it asked to save)."""
        self._closing_for_good, self._restarting = True, restarting
        closed = self.close()
        if not closed:
            self._closing_for_good = self._restarting = False
        return closed

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray is not None and not self._closing_for_good and self.tray.keeps_window():
            event.ignore()  # "Keep running in the tray": hidden, the app goes on
            self.tray.hide_window()
            return
        for window in [*self.order_windows.values(), *self.new_order_windows]:
            if not window.close():
                event.ignore()
                return
        settings = QSettings()
        options.MAIN_WINDOW_GEOMETRY.set(self.saveGeometry())
        options.MAIN_WINDOW_STATE.set(self.saveState())
        if self.backend is not None:
            self.orders.save_layout(settings)
        if self._finished:
            self._save_table_layouts(settings)
            # No new sends; the one under way (if any) finishes or its lease covers it.
            self.outbox_sender.stop()
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None and event.isAccepted():
            app.closeAllWindows()
            if self.tray is not None:
                # With the icon shown the app may not quit by itself (hidden windows).
                shown = self.tray.icon is not None
                self.tray.stop()
                if shown and not self._restarting:
                    app.quit()


