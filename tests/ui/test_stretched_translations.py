"""Every screen and dialog still fits a 1024 x 700 window, with nothing cut off, when every
translated text is twice as long (as Vorta's TRANS_SCALE does): German and French run a third
longer than English, and a layout that holds at twice the length holds for them.

The screens are the ones the screenshots show (``ui.screenshots.walk``) and the dialogs they do
not reach; a wizard is checked page by page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from reseller_app.domain import texts
from reseller_app.services.dto import OrderFilter
from reseller_app.services.packs import default_pack_bytes
from reseller_app.ui.backend import Backend
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.screenshots import walk
from reseller_app.ui.tier_badge import TierPillDelegate, tier_colours
from reseller_app.ui.typography import ElidedLabel

WIDTH, HEIGHT = 1024, 700
SLACK = 1  # px: rounding in the styles' size hints


def stretch(text: str) -> str:
    """``text`` twice, the second time without its mnemonic (one ``&`` per text, or Qt warns
    of an ambiguous shortcut). Placeholders (``{0}``, ``{name}``, ``%1``, ``%n``) stay valid:
    they appear twice and are filled twice. Empty and blank texts stay as they are."""
    if not text.strip():
        return text
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&&")
    return f"{text} {plain}"


class StretchingTranslator(QTranslator):
    """Translates every text of the app, and of Qt's own dialogs, into a twice-as-long one."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def stretched(app: QApplication) -> Iterator[None]:
    translator = StretchingTranslator(app)
    app.installTranslator(translator)
    texts.install(QCoreApplication.translate)  # the services' and the domain's words too
    yield
    app.removeTranslator(translator)
    texts.install(None)


# -- what "fits" means ---------------------------------------------------------------------------
def _scrolls(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area or an item view: it may reach beyond what is on screen."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        outer = parent.parentWidget()
        if isinstance(outer, QAbstractScrollArea) and outer.viewport() is parent:
            return True
        parent = outer
    return False


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QPushButton | QCheckBox | QRadioButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__} {text[:70]!r} in {where}"


def _text_cut(widget: QWidget) -> str | None:
    """Why ``widget``'s own text does not fit its size, or None."""
    width, height = widget.width(), widget.height()
    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        if not widget.text().strip() or (pixmap is not None and not pixmap.isNull()):
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(width)
            if needed > height + SLACK:
                return f"wrapped text needs {needed} px height, has {height}"
            return None
        needed = widget.minimumSizeHint().width()
        return f"needs {needed} px width, has {width}" if needed > width + SLACK else None
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
        if not widget.text().strip():
            return None
        needed = widget.sizeHint().width()
        return f"needs {needed} px width, has {width}" if needed > width + SLACK else None
    if isinstance(widget, QGroupBox) and widget.title().strip():
        needed = widget.minimumSizeHint().width()
        return f"needs {needed} px width, has {width}" if needed > width + SLACK else None
    return None


def clipped(window: QWidget) -> list[str]:
    """What does not fit in ``window``: the window itself over 1024 x 700, a visible widget
    reaching outside it, or a text cut short."""
    problems = []
    if window.width() > WIDTH or window.height() > HEIGHT:
        problems.append(f"the window is {window.width()} x {window.height()} px "
                        f"(at least {window.minimumSizeHint().width()} wide)")
    area = window.rect()
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), QAbstractItemView):
            continue  # an item view's editors and headers: the view scrolls them
        if not _scrolls(widget, window):
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), QWidget.size(widget))
            if not area.contains(rect):
                problems.append(f"{_name(widget)} reaches outside the window")
        if (why := _text_cut(widget)) is not None:
            problems.append(f"{_name(widget)}: {why}")
    return problems


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{name}:\n  " + "\n  ".join(problems) for name, problems in found.items())


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def check(app: QApplication, found: dict[str, list[str]], name: str, window: QWidget) -> None:
    """``window`` at 1024 x 700, and each tab of its tab widgets in turn."""
    window.resize(WIDTH, HEIGHT)
    window.show()
    _settle(app)
    problems = clipped(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == shown or not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            _settle(app)
            problems += [f"tab {tabs.tabText(index)!r}: {p}" for p in clipped(window)]
        tabs.setCurrentIndex(shown)
    if problems:
        found[name] = list(dict.fromkeys(problems))


def check_wizard(app: QApplication, found: dict[str, list[str]], name: str,
                 wizard: QWizard) -> None:
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        check(app, found, f"{name}, page {page_id}", wizard)


# -- the screens -------------------------------------------------------------------------------
@pytest.fixture
def demo(configured: Backend) -> Backend:
    configured.load_demo_data()
    configured.reload_profile()
    return configured


def test_every_screen_fits_1024_by_700_with_texts_twice_as_long(
        qtbot: QtBot, demo: Backend, app: QApplication, stretched: None) -> None:
    found: dict[str, list[str]] = {}
    visited: list[str] = []

    def visit(name: str, widget: QWidget, size: tuple[int, int] | None) -> None:
        visited.append(name)
        if isinstance(widget, QWizard):
            check_wizard(app, found, name, widget)
        else:
            check(app, found, name, widget)

    walk(demo, app, visit)
    assert len(visited) >= 20
    assert found == {}, report(found)


def first_order(backend: Backend, status: str) -> int:
    rows = backend.orders.query(OrderFilter(statuses=[status]), 0, 1)
    assert rows, status
    return rows[0].id


def other_dialogs(backend: Backend) -> list[tuple[str, Callable[[], QWidget]]]:
    """The dialogs ``walk`` does not open, each built as the app builds it."""
    from reseller_app.ui.answer_dialog import AnswerDialog
    from reseller_app.ui.backup_dialog import RestoreDialog
    from reseller_app.ui.catalog_dialogs import CustomerDialog, ProductDialog
    from reseller_app.ui.escalation_dialog import EscalationDialog
    from reseller_app.ui.evidence_dialog import EvidenceDialog
    from reseller_app.ui.misuse_dialog import MisuseDialog
    from reseller_app.ui.pack_import_dialog import PackImportDialog
    from reseller_app.ui.password_dialog import PasswordDialog
    from reseller_app.ui.policy_wizard import PolicyWizard
    from reseller_app.ui.report_dialog import ReportDialog
    from reseller_app.ui.rescreen_dialog import RescreenDialog

    held = first_order(backend, "held")
    customer = backend.catalog.customers()[0]
    product = backend.catalog.products()[0]
    return [
        ("escalation", lambda: EscalationDialog(backend, held)),
        ("distributor's answer", lambda: AnswerDialog(backend, held)),
        ("misuse report", lambda: MisuseDialog(backend, order_id=held)),
        ("evidence bundle", lambda: EvidenceDialog(backend)),
        ("due diligence report", lambda: ReportDialog(backend)),
        ("restore a backup", lambda: RestoreDialog(backend)),
        ("new customer", lambda: CustomerDialog(backend)),
        ("edit customer", lambda: CustomerDialog(backend, customer)),
        ("new product", lambda: ProductDialog(backend)),
        ("edit product", lambda: ProductDialog(backend, product)),
        ("criteria pack import", lambda: PackImportDialog(backend)),
        ("mail password", lambda: PasswordDialog(
            QCoreApplication.translate("Outbox", "The mail server asks for a password."),
            "tom.sales@example.com")),
        ("screen again", lambda: RescreenDialog(backend)),
        ("policy wizard", lambda: PolicyWizard(backend)),
    ]


def dialogs_with_a_file(qtbot: QtBot, backend: Backend, folder: Path
                        ) -> list[tuple[str, Callable[[], QWidget]]]:
    """Dialogs on their second page, once a file is chosen: the import's column mapping and
    the criteria pack's list of changes."""
    from reseller_app.ui.pack_import_dialog import PackImportDialog

    from .test_import_dialog import open_dialog, row, write
    from .test_pack_import_dialog import pack_file

    def mapping() -> QWidget:
        return open_dialog(qtbot, backend, write(folder / "orders.csv", [row("IMP-1")]))

    def pack_changes() -> QWidget:
        data = json.loads(default_pack_bytes())
        dialog = PackImportDialog(backend)
        path = pack_file(folder, "newer.json", version="2099.1.0",
                         title=data["title"] + " (revised)")
        assert dialog.load_file(str(path))
        return dialog

    return [("import, column mapping", mapping), ("criteria pack import, changes", pack_changes)]


def test_every_dialog_fits_1024_by_700_with_texts_twice_as_long(
        qtbot: QtBot, demo: Backend, app: QApplication, stretched: None,
        tmp_path: Path) -> None:
    found: dict[str, list[str]] = {}
    for name, build in other_dialogs(demo) + dialogs_with_a_file(qtbot, demo, tmp_path):
        dialog = build()
        qtbot.addWidget(dialog)
        if isinstance(dialog, QWizard):
            check_wizard(app, found, name, dialog)
        else:
            check(app, found, name, dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()
    assert found == {}, report(found)


# -- the check itself ------------------------------------------------------------------------------
def test_stretched_texts_keep_one_mnemonic_and_their_placeholders() -> None:
    assert stretch("&Save") == "&Save Save"
    assert stretch("Save && close") == "Save && close Save && close"
    assert stretch("{0} orders").format(3) == "3 orders 3 orders"
    assert stretch("Hello {name}").format(name="Anna") == "Hello Anna Hello Anna"
    assert stretch("%1 of %2") == "%1 of %2 %1 of %2"
    assert stretch("") == "" and stretch(" ") == " "


def test_the_translator_stretches_the_apps_texts(app: QApplication, stretched: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&Orders") == "&Orders Orders"
    assert QWidget().tr("") == ""


def test_a_cut_label_a_cut_button_and_a_widget_outside_are_found(
        qtbot: QtBot, app: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("A sentence far too long for the room it is given on this page", window)
    label.setMaximumWidth(60)
    wrapped = QLabel("A wrapped sentence far too long for its height " * 4, window)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton("A button with a long name", window)
    button.setMaximumWidth(50)
    layout.addWidget(label)
    layout.addWidget(wrapped)
    layout.addWidget(button)
    outside = QLabel("x", window)
    outside.setGeometry(900, 10, 400, 20)
    window.resize(1000, 300)
    window.show()
    app.processEvents()
    problems = "\n".join(clipped(window))
    assert "A sentence far too long" in problems
    assert "A wrapped sentence" in problems and "height" in problems
    assert "A button with a long name" in problems
    assert "'x' in QWidget reaches outside the window" in problems
    assert "1000 x 300" not in problems


def test_a_window_wider_than_1024_is_found(qtbot: QtBot, app: QApplication) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    wide = QLabel("wide", window)
    wide.setMinimumWidth(1200)
    layout.addWidget(wide)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    assert any("the window is" in p for p in clipped(window))


# -- what the stretched texts found, fixed -------------------------------------------------------
def test_a_tier_pill_wider_than_its_column_is_cut_short_not_drawn_over_the_next(
        qtbot: QtBot, app: QApplication) -> None:
    model = PagedTableModel((
        Column("Risk", lambda r: r, tier=lambda r: "prohibited", tooltip=lambda r: r),
        Column("Status", lambda r: ""),
    ))
    model.set_source(*list_source([stretch("Prohibited")]))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, TierPillDelegate(view))
    view.setColumnWidth(0, 70)
    view.resize(400, 120)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    pill = tier_colours("prohibited")[0]
    row = view.rowViewportPosition(0) + view.rowHeight(0) // 2
    next_column = range(view.columnViewportPosition(1) + 1, view.viewport().width())
    assert not [x for x in next_column if image.pixelColor(x, row) == pill]
    assert any(image.pixelColor(x, row) == pill for x in range(4, 60))  # the pill is there
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == stretch("Prohibited")


def test_a_status_bar_text_too_long_ends_in_an_ellipsis_and_shows_whole_on_hover(
        qtbot: QtBot, app: QApplication) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setToolTip("Human rights policy (Policy menu)")
    label.setText("Policy: " + stretch("Next review in 344 days") * 3)
    assert label.minimumSizeHint().width() < label.sizeHint().width() // 2
    label.resize(120, label.sizeHint().height())
    label.show()
    assert label.is_elided()
    assert label.toolTip() == f"{label.text()}\nHuman rights policy (Policy menu)"
    label.resize(label.sizeHint())
    assert not label.is_elided()
    assert label.toolTip() == "Human rights policy (Policy menu)"
