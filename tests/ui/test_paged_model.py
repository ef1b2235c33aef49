"""The read-only paged table model, headless: no view, no widget. It loads a page of rows,
fetches the next page when asked, reports a failed load in words, and keeps Qt's item-model
contract (checked by ``QAbstractItemModelTester`` on every change)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, qInstallMessageHandler
from PySide6.QtGui import QBrush
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import FollowUpView, OrderFilter, OrderRow
from reseller_app.services.errors import ServiceError
from reseller_app.ui.backend import Backend
from reseller_app.ui.follow_ups_view import FollowUpModel
from reseller_app.ui.labels import date_text, money_text, status_label, tier_label
from reseller_app.ui.orders_view import OrdersTableModel
from reseller_app.ui.paged_model import RIGHT, ROW_ROLE, Column, PagedTableModel, list_source
from reseller_app.ui.theme import text_colour
from reseller_app.ui.tier_badge import TIER_ROLE

from .conftest import Catalog, camera_order, laptop_order

DISPLAY = Qt.ItemDataRole.DisplayRole
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@pytest.fixture
def contract(qtlog: object) -> Iterator[list[QAbstractItemModelTester]]:
    """Attach ``QAbstractItemModelTester`` to a model with ``check_contract``; the test fails if
    the tester reported a broken contract. Warning mode, not Fatal: a Fatal report aborts the
    whole pytest process, a warning fails just this test with the tester's words.

    The tester reads every page itself (it calls ``fetchMore`` on each change), so paging is
    watched without it. And it calls ``fetchMore`` from its own ``modelReset`` slot before it
    marks the reset as finished, so the first page, which the model loads just after a reset,
    would be reported as rows inserted during the reset: it is attached after the last reset
    (a view asks for more rows later, from its layout, never from inside the reset)."""
    testers: list[QAbstractItemModelTester] = []
    yield testers
    failures = [r.message for r in qtlog.records  # type: ignore[attr-defined]
                if "FAIL!" in r.message or "QAbstractItemModelTester" in r.message]
    assert failures == []


def check_contract(testers: list[QAbstractItemModelTester], model: object) -> None:
    testers.append(QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning))


# -- a table in a real SQLite file, paged with the real page size -------------------------------
@pytest.fixture
def parts(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A SQLite file with two and a half pages of rows."""
    db = sqlite3.connect(tmp_path / "parts.sqlite")
    db.execute("CREATE TABLE part (id INTEGER PRIMARY KEY, name TEXT, price REAL)")
    db.executemany("INSERT INTO part (id, name, price) VALUES (?, ?, ?)",
                   [(i, f"Part {i:03d}", i * 1.5) for i in range(1, 2 * 200 + 51)])
    db.commit()
    yield db
    db.close()


def parts_model(db: sqlite3.Connection, fetched: list[tuple[int, int]]) -> PagedTableModel:
    model = PagedTableModel((
        Column("Name", lambda r: r[1], tooltip=lambda r: f"Part number {r[0]}"),
        Column("Price", lambda r: f"{r[2]:.2f}", align=RIGHT),
    ))

    def fetch(offset: int, limit: int) -> list[tuple[int, str, float]]:
        fetched.append((offset, limit))
        return db.execute("SELECT id, name, price FROM part ORDER BY id LIMIT ? OFFSET ?",
                          (limit, offset)).fetchall()

    model.set_source(lambda: db.execute("SELECT COUNT(*) FROM part").fetchone()[0], fetch)
    return model


def test_rows_load_a_page_at_a_time_from_a_sqlite_file(
        app: QApplication, parts: sqlite3.Connection) -> None:
    fetched: list[tuple[int, int]] = []
    model = parts_model(parts, fetched)
    page = PagedTableModel.PAGE_SIZE
    assert page == 200
    assert fetched == [(0, page)]  # only the first page is read at first
    assert model.rowCount() == page and model.loaded() == page
    assert model.total == 450  # counted, since more rows wait
    assert model.columnCount() == 2
    assert model.canFetchMore(QModelIndex())

    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * page and model.canFetchMore()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())  # the short page was the last one
    assert inserted == [(200, 399), (400, 449)]
    assert fetched == [(0, page), (200, page), (400, page)]

    model.fetchMore(QModelIndex())  # asked anyway: an empty page, no rows, no signal
    assert model.rowCount() == 450 and len(inserted) == 2

    last = model.index(449, 0)
    assert model.data(last) == "Part 450"
    assert model.data(last, Qt.ItemDataRole.AccessibleTextRole) == "Part 450"
    assert model.data(last, Qt.ItemDataRole.ToolTipRole) == "Part number 450"
    assert model.data(last, ROW_ROLE) == (450, "Part 450", 675.0)
    assert model.row_object(449) == (450, "Part 450", 675.0)
    price = model.index(449, 1)
    assert model.data(price) == "675.00"
    assert model.data(price, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(price, Qt.ItemDataRole.ToolTipRole) is None  # no tooltip on that column
    assert model.data(last, TIER_ROLE) is None  # not a tier column
    assert model.data(last, Qt.ItemDataRole.DecorationRole) is None


def test_the_model_keeps_the_item_model_contract_while_pages_load(
        app: QApplication, parts: sqlite3.Connection,
        contract: list[QAbstractItemModelTester]) -> None:
    fetched: list[tuple[int, int]] = []
    model = parts_model(parts, fetched)
    check_contract(contract, model)  # it scrolls to the end: every page, checked as it comes
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert fetched == [(0, 200), (200, 200), (400, 200)]
    assert model.data(model.index(449, 1)) == "675.00"


def test_a_table_has_no_children_and_no_cells_outside_its_rows(
        app: QApplication, parts: sqlite3.Connection) -> None:
    model = parts_model(parts, [])
    cell = model.index(3, 0)
    assert model.rowCount(cell) == 0 and model.columnCount(cell) == 0
    assert not model.canFetchMore(cell)
    model.fetchMore(cell)
    assert model.rowCount() == 200
    assert model.data(QModelIndex()) is None
    assert model.data(QPersistentModelIndex(cell)) == "Part 004"
    assert not model.index(200, 0).isValid()  # only loaded rows have indexes


def test_headers_name_and_align_the_columns(app: QApplication,
                                            parts: sqlite3.Connection) -> None:
    model = parts_model(parts, [])
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(2)] == ["Name", "Price"]
    assert model.headerData(0, horizontal, Qt.ItemDataRole.TextAlignmentRole) == LEFT
    assert model.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(2, horizontal) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_refresh_starts_again_from_the_first_page(
        app: QApplication, parts: sqlite3.Connection) -> None:
    fetched: list[tuple[int, int]] = []
    model = parts_model(parts, fetched)
    model.fetchMore()
    parts.execute("DELETE FROM part WHERE id > 150")
    parts.commit()
    resets, totals = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.totalChanged.connect(totals.append)
    model.refresh()
    assert resets == [True]
    assert totals == [150]  # a short first page: everything is loaded, no count needed
    assert model.rowCount() == 150 and not model.canFetchMore()
    assert fetched[-1] == (0, 200)


# -- failures are reported in words and the rows already loaded stay -----------------------------
def test_a_page_that_fails_to_load_is_reported_and_the_loaded_rows_stay(
        app: QApplication) -> None:
    rows = [f"row {i}" for i in range(5)]
    failing = {"now": False}

    def fetch(offset: int, limit: int) -> list[str]:
        if failing["now"]:
            raise ServiceError("The database is locked by another program.")
        return rows[offset: offset + limit]

    model = PagedTableModel((Column("Text", str),))
    model.PAGE_SIZE = 2
    errors: list[str] = []
    model.loadFailed.connect(errors.append)
    model.set_source(lambda: len(rows), fetch)
    assert model.rowCount() == 2 and model.total == 5 and errors == []

    failing["now"] = True
    model.fetchMore()
    assert errors == ["The database is locked by another program."]
    assert model.rowCount() == 2  # what was shown stays shown
    assert not model.canFetchMore()  # no retry loop while the view scrolls

    failing["now"] = False
    model.refresh()  # the user's next refresh reads again
    model.fetchMore()
    model.fetchMore()
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == rows


def test_a_failed_first_page_and_a_failed_count_say_so(app: QApplication) -> None:
    model = PagedTableModel((Column("Text", str),))
    errors: list[str] = []
    totals: list[int] = []
    model.loadFailed.connect(errors.append)
    model.totalChanged.connect(totals.append)

    def broken_fetch(offset: int, limit: int) -> list[str]:
        raise RuntimeError("disk I/O error")

    model.set_source(lambda: 3, broken_fetch)
    assert model.rowCount() == 0
    assert len(errors) == 1 and "RuntimeError" in errors[0] and "try again" in errors[0]
    assert "Traceback" not in errors[0]
    assert totals == [3]  # the count still answers

    def broken_count() -> int:
        raise ServiceError("Counting the orders failed.")

    model.PAGE_SIZE = 2
    model.set_source(broken_count, list_source(["a", "b", "c"])[1])
    assert errors[-1] == "Counting the orders failed."
    assert model.total == 2 and totals[-1] == 2  # the rows loaded so far


# -- the models the views use ----------------------------------------------------------------------
def test_orders_model_pages_through_orders_newest_first(
        qtbot: QtBot, configured: Backend, catalog: Catalog,
        contract: list[QAbstractItemModelTester]) -> None:
    for i in range(4):
        draft = laptop_order(catalog, f"LAP-{i}")
        draft.date = dt.date(2026, 11, 10 + i)
        configured.orders.save(draft)
    configured.orders.save(camera_order(catalog, "CAM-1"))  # 2 November: the oldest
    model = OrdersTableModel(configured)
    model.PAGE_SIZE = 2
    model.set_filter(OrderFilter())
    assert model.total == 5 and model.rowCount() == 2
    while model.canFetchMore():
        model.fetchMore()
    references = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert references == ["LAP-3", "LAP-2", "LAP-1", "LAP-0", "CAM-1"]

    row = model.data(model.index(4, 0), ROW_ROLE)
    assert isinstance(row, OrderRow) and row.reference == "CAM-1"
    cells = [model.data(model.index(4, c)) for c in range(model.columnCount())]
    assert cells == ["CAM-1", date_text(dt.date(2026, 11, 2)), "Policía Regional", "Venezuela",
                     tier_label(row.tier), status_label("held"),
                     money_text(row.total, row.currency), "4/6"]
    assert model.data(model.index(4, 4), TIER_ROLE) == row.tier
    assert model.data(model.index(4, 0), TIER_ROLE) is None
    assert model.data(model.index(4, 6), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Reference", "Date", "Customer", "Destination", "Risk", "Status", "Total"]
    check_contract(contract, model)


def test_orders_model_filters_in_the_database(
        qtbot: QtBot, configured: Backend, catalog: Catalog,
        contract: list[QAbstractItemModelTester]) -> None:
    configured.orders.save(camera_order(catalog, "CAM-1"))
    configured.orders.save(laptop_order(catalog, "LAP-1"))
    model = OrdersTableModel(configured)
    model.set_filter(OrderFilter())
    assert model.rowCount() == 2
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    held = OrderFilter(statuses=["held"])
    model.set_filter(held)
    assert resets == [True]
    assert model.order_filter() is held
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["CAM-1"]
    check_contract(contract, model)
    model.set_filter(OrderFilter(text="no such order"))
    assert model.rowCount() == 0 and model.total == 0


def follow_up(number: int, *, overdue: bool) -> FollowUpView:
    return FollowUpView(number, 1, "SO-1", "contact", dt.date(2026, 11, number), f"Call {number}",
                        None, "", overdue)


def test_follow_up_model_shows_overdue_rows_in_the_themes_warning_colour(
        app: QApplication, contract: list[QAbstractItemModelTester]) -> None:
    model = FollowUpModel((Column("Text", lambda f: f.text),))
    model.set_source(*list_source([follow_up(1, overdue=True), follow_up(2, overdue=False)]))
    check_contract(contract, model)
    late = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(late, QBrush) and late.color() == text_colour("bad")
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 0)) == "Call 1"
    assert model.data(QModelIndex(), Qt.ItemDataRole.ForegroundRole) is None


class ChildrenEverywhere(PagedTableModel):
    """A broken model: every cell claims rows of its own, as a table must not."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1


def test_the_contract_check_can_fail(app: QApplication, qtlog: object) -> None:
    model = ChildrenEverywhere((Column("Text", str),))
    model.set_source(*list_source(["a", "b"]))
    reports: list[str] = []
    # pytest-qt fails any test the tester complains in: its capture is paused, ours listens.
    with qtlog.disabled():  # type: ignore[attr-defined]
        previous = qInstallMessageHandler(lambda _kind, _context, text: reports.append(text))
        try:
            check_contract([], model)
        finally:
            qInstallMessageHandler(previous)
    assert any("FAIL!" in text and "hasChildren" in text for text in reports)
