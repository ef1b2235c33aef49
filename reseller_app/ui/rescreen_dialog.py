"""Screen again: the chosen orders (or every open one) screened with the current catalog and the
active criteria pack, in the thread pool, with progress, Cancel and what changed per order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import RescreenedOrder, RescreenReport
from reseller_app.ui.backend import Backend
from reseller_app.ui.labels import criterion_text, number_text, tier_label
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import heading, paragraph
from reseller_app.ui.work_pages import progress_page, read_only_table, result_page
from reseller_app.ui.workers import Job

START_PAGE, PROGRESS_PAGE, RESULT_PAGE = range(3)


class RescreenDialog(QDialog):
    """``order_ids`` None: every open order (all but the declined ones)."""

    rescreened = Signal(object)  # RescreenReport

    def __init__(self, backend: Backend, order_ids: list[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.order_ids = order_ids
        self._job: Job | None = None
        self.report: RescreenReport | None = None
        self.setWindowTitle(self.tr("Screen orders again"))
        self.resize(680, 480)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._result_page())
        self.start_button = QPushButton(self.tr("&Screen again"), self)
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self._go(START_PAGE)

    # -- pages -------------------------------------------------------------------------------
    def _start_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        if self.order_ids is None:
            title = self.tr("Screen all open orders again")
            which = self.tr("Every order that is not declined is screened again.")
        else:
            n = len(self.order_ids)
            title = self.tr("Screen the selected order again") if n == 1 else \
                self.tr("Screen {0} selected orders again").format(number_text(n))
            which = ""
        how = self.tr(
            "Each order is screened with the criteria pack in use and what the catalog knows "
            "now: product categories and customer types the order left blank are filled in "
            "from the catalog. The earlier screening stays in the order's history, with an "
            "entry saying what changed. A decision that no longer fits the new screening no "
            "longer applies, as after an edit.")
        self.intro_title = heading(title, page)
        layout.addWidget(self.intro_title)
        layout.addWidget(paragraph(" ".join(filter(None, (which, how))), page))
        layout.addStretch(1)
        return page

    def _progress_page(self) -> QWidget:
        progress = progress_page(
            self, self.tr("Screening again…"), self.tr("Starting…"),
            self.tr("Screening progress"),
            self.tr("You can cancel at any time: the orders screened so far keep their new "
                    "screening."))
        self.progress_label, self.progress = progress.label, progress.bar
        return progress.page

    def _result_page(self) -> QWidget:
        result = result_page(self)
        page = result.page
        self.result_title, self.result_text = result.title, result.text
        self.result_error = result.error
        self.changes_model = PagedTableModel((
            Column(self.tr("Order"), lambda r: r.reference),
            Column(self.tr("Risk"), self._tier_change),
            Column(self.tr("What changed"), self.change_text,
                   tooltip=self.change_text),
        ), page)
        self.changes_view = read_only_table(page, self.changes_model,
                                            self.tr("Orders whose screening changed"))
        self.changes_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        result.layout.addWidget(self.changes_view, 1)
        return page

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.start_button.setVisible(page == START_PAGE)
        self.cancel_button.setText(self.tr("Close") if page == RESULT_PAGE else self.tr("Cancel"))
        self.cancel_button.setEnabled(True)

    def current_page(self) -> int:
        return self.pages.currentIndex()

    # -- words -------------------------------------------------------------------------------
    def _tier_change(self, r: RescreenedOrder) -> str:
        if r.tier == r.previous_tier:
            return tier_label(r.tier)
        return self.tr("{0} → {1}").format(tier_label(r.previous_tier), tier_label(r.tier))

    def change_text(self, r: RescreenedOrder) -> str:
        pack = self.backend.pack
        parts = []
        if r.flags_added:
            parts.append(self.tr("new warnings: {0}").format(", ".join(dict.fromkeys(
                criterion_text(pack, c) for c in r.flags_added))))
        if r.flags_removed:
            parts.append(self.tr("warnings gone: {0}").format(", ".join(dict.fromkeys(
                criterion_text(pack, c) for c in r.flags_removed))))
        if r.hold != r.previous_hold:
            parts.append(self.tr("now on hold") if r.hold else self.tr("no longer on hold"))
        if r.decision_reset:
            parts.append(self.tr("the earlier decision no longer applies"))
        return "; ".join(parts) or self.tr("screened with the current pack, same result")

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        service = self.backend.rescreening
        order_ids = self.order_ids

        def work(progress: Any, is_cancelled: Any) -> RescreenReport:
            ids = service.open_order_ids() if order_ids is None else order_ids
            return service.rescreen(ids, progress=progress, is_cancelled=is_cancelled)

        self._job = Job(work)
        self._job.signals.progress.connect(self._progress)
        self._job.signals.finished.connect(self._finished)
        self._job.signals.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self._go(PROGRESS_PAGE)
        self.cancel_button.setFocus()
        self._job.start()

    def running(self) -> bool:
        return self._job is not None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress_label.setText(self.tr("{0} of {1} orders").format(number_text(done),
                                                                        number_text(total)))

    def _finished(self, report: RescreenReport) -> None:
        self._job = None
        self.report = report
        changed = report.changed
        if report.cancelled:
            self.result_title.setText(self.tr("Screening again stopped"))
        else:
            self.result_title.setText(self.tr("Screened again"))
        parts = [self.tr("1 order screened again.") if report.screened == 1 else
                 self.tr("{0} orders screened again.").format(number_text(report.screened))]
        if not changed:
            parts.append(self.tr("No screening result changed."))
        elif len(changed) == 1:
            parts.append(self.tr("1 changed (listed below)."))
        else:
            parts.append(self.tr("{0} changed (listed below).").format(
                number_text(len(changed))))
        if report.cancelled:
            parts.append(self.tr("The other orders were not screened again."))
        self.result_text.setText(" ".join(parts))
        self.changes_model.set_source(*list_source(changed))
        self.changes_view.setVisible(bool(changed))
        self._go(RESULT_PAGE)
        self.rescreened.emit(report)

    def _failed(self, message: str) -> None:
        self._job = None
        self.result_title.setText(self.tr("The orders could not be screened again"))
        self.result_text.setText("")
        self.result_error.show_message(message)
        self.changes_view.setVisible(False)
        self._go(RESULT_PAGE)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_label.setText(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        if self._job is not None:
            self.cancel()  # the result page follows when the service has stopped
            return
        super().reject()
