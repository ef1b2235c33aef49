"""The parties checked against the sanctions lists, in the window.

``PartyRescreenDialog``: after a new list version or another criteria pack, every catalog
customer and open order is checked again in the thread pool (``Backend.parties.rescreen``),
with progress and Cancel, without holding up the window (the dialog is not modal); then what
changed ("3 new possible matches, 1 match gone"), each customer or order opening its screen.

``FlaggedPartiesDialog``: the possible and confirmed matches to look at (the overview's line),
each opening its screen the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.ui.backend import Backend
from reseller_app.ui.labels import number_text
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import heading, paragraph
from reseller_app.ui.work_pages import progress_page, read_only_table, result_page
from reseller_app.ui.workers import Job

PROGRESS_PAGE, RESULT_PAGE = range(2)
# party_check.subject of a catalog customer (services.party_checks.CUSTOMER; the views do not
# import the services' modules at the top)
CUSTOMER = "customer"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartyChecks", text)


def role_text(role: str) -> str:
    words = {"customer": _tr("customer"), "end_user": _tr("end user"),
             "consignee": _tr("consignee")}
    return words.get(role, role)


def verdict_text(verdict: str | None) -> str:
    """A sanctions check's result in words; None: never checked."""
    words = {"match": _tr("match"), "possible_match": _tr("possible match"),
             "clear": _tr("clear")}
    return words.get(verdict or "", _tr("not checked"))


class PartyOpener:
    """Opens what a row is about: a customer's dialog or an order's window."""

    openCustomer: Any  # Signal(int)
    openOrder: Any  # Signal(int)

    def open_row(self, model: PagedTableModel, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = model.row_object(index.row())
        (self.openCustomer if row.subject == CUSTOMER else self.openOrder).emit(row.subject_id)

    def where(self, row: Any) -> str:
        """The customer's name, or the order's reference and which party of it."""
        if row.subject == CUSTOMER:
            return _tr("Customer {0}").format(row.label)
        return _tr("Order {0} ({1})").format(
            row.label, role_text(row.role))


def _table(parent: QWidget, opener: PartyOpener, columns: tuple[Column, ...], name: str
           ) -> tuple[PagedTableModel, QTableView]:
    model = PagedTableModel(columns, parent)
    view = read_only_table(parent, model, name)
    view.activated.connect(lambda index: opener.open_row(model, index))
    view.doubleClicked.connect(lambda index: opener.open_row(model, index))
    return model, view


class PartyRescreenDialog(QDialog, PartyOpener):
    """Starts at once; not modal: the window stays usable while it runs."""

    openCustomer = Signal(int)
    openOrder = Signal(int)
    rescreened = Signal(object)  # PartyRescreenReport

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._job: Job | None = None
        self.report: Any = None
        self.setWindowTitle(self.tr("Sanctions lists: checking again"))
        self.resize(680, 460)
        self.pages = QStackedWidget(self)
        progress = progress_page(
            self, self.tr("Checking customers and open orders again…"), self.tr("Starting…"),
            self.tr("Checking progress"),
            self.tr("A new sanctions list or criteria pack is in use, so every catalog customer "
                    "and every open order is checked again. You can keep working meanwhile. "
                    "Cancel keeps the customers' earlier checks."))
        self.progress_label, self.progress = progress.label, progress.bar
        self.pages.addWidget(progress.page)
        self.pages.addWidget(self._result_page())
        self.close_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)

    def _result_page(self) -> QWidget:
        result = result_page(self)
        self.result_title, self.result_text = result.title, result.text
        self.result_error = result.error
        self.changes_model, self.changes_view = _table(result.page, self, (
            Column(self.tr("What changed"), self.change_text),
            Column(self.tr("Customer or order"), self.where),
            Column(self.tr("Party"), lambda c: c.party_name, tooltip=lambda c: c.party_name),
        ), self.tr("What changed in the sanctions checks"))
        result.layout.addWidget(self.changes_view, 1)
        return result.page

    def change_text(self, change: Any) -> str:
        words = {"new_match": self.tr("new match"),
                 "new_possible_match": self.tr("new possible match"),
                 "match_gone": self.tr("match gone"),
                 "weaker": self.tr("now only a possible match")}
        return words.get(str(change.kind), str(change.kind))

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        parties = self.backend.parties
        self._job = Job(lambda progress, cancelled: parties.rescreen(progress, cancelled))
        self._job.signals.progress.connect(self._progress)
        self._job.signals.finished.connect(self._finished)
        self._job.signals.failed.connect(self._failed)
        self.pages.setCurrentIndex(PROGRESS_PAGE)
        self._job.start()

    def running(self) -> bool:
        return self._job is not None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress_label.setText(self.tr("{0} of {1} customers and orders").format(
            number_text(done), number_text(total)))

    def _finished(self, report: Any) -> None:
        self._job = None
        self.report = report
        self.result_title.setText(self.tr("Checking again stopped") if report.cancelled
                                  else self.tr("Checked again"))
        self.result_text.setText(report.summary())
        self.changes_model.set_source(*list_source(report.changes))
        self.changes_view.setVisible(bool(report.changes))
        self._show_result()
        self.rescreened.emit(report)

    def _failed(self, message: str) -> None:
        self._job = None
        self.result_title.setText(self.tr("The parties could not be checked again"))
        self.result_text.setText("")
        self.result_error.show_message(message)
        self.changes_view.setVisible(False)
        self._show_result()

    def _show_result(self) -> None:
        self.pages.setCurrentIndex(RESULT_PAGE)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)
        if self.report is not None and self.report.changes:
            self.show()  # something to look at: bring the result forward
            self.raise_()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_label.setText(self.tr("Stopping…"))
            self.close_button.setEnabled(False)

    def reject(self) -> None:
        if self._job is not None:
            self.cancel()  # the result page follows when the service has stopped
            return
        super().reject()


class FlaggedPartiesDialog(QDialog, PartyOpener):
    """The possible and confirmed sanctions matches to look at, confirmed ones first."""

    openCustomer = Signal(int)
    openOrder = Signal(int)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Sanctions matches to review"))
        self.resize(720, 440)
        self.intro = paragraph(self.tr(
            "The customers and the parties of open orders whose latest check found a listed "
            "name. Open one to see which list entry it resembles and why."), self)
        self.model, self.view = _table(self, self, (
            Column(self.tr("Result"), lambda f: verdict_text(f.status.verdict)),
            Column(self.tr("Customer or order"), self.where),
            Column(self.tr("Why"), lambda f: f.status.why(), tooltip=lambda f: f.status.why()),
        ), self.tr("Sanctions matches to review"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sanctions matches to review"), self))
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_source(*list_source(self.backend.parties.flagged()))
