"""The overview (home) page: what needs attention today, each with a way to it, and a small
chart of orders by tier over the last twelve months.

The numbers come from ``OverviewService.summary`` in the thread pool, so the page never holds
up the window; it loads after the first page of orders and again each time it is shown.
"""

from __future__ import annotations

import re
from html import escape, unescape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.vocabulary import OrderStatus
from reseller_app.services.dto import OverviewSummary
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import date_text, list_name, number_text
from reseller_app.ui.policy_reminder import review_badge
from reseller_app.ui.tier_chart import TierChart
from reseller_app.ui.typography import heading, make_note, note
from reseller_app.ui.workers import Job

MAX_WIDTH = 920  # a calm column, also on a wide screen


class AttentionRow:
    """One line: the number, a plain sentence, and a button to the list behind it."""

    def __init__(self, page: OverviewView, grid: QGridLayout, row: int, button_text: str,
                 tooltip: str) -> None:
        self.count = QLabel(page)
        font = QFont(self.count.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.count.setFont(font)
        self.count.setMinimumWidth(QLabel("0000", page).fontMetrics().horizontalAdvance("0000")
                                   * 2)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.text = QLabel(page)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.button = QPushButton(button_text, page)
        self.button.setToolTip(tooltip)
        self.button.setAccessibleName(button_text.replace("&", ""))
        grid.addWidget(self.count, row, 0)
        grid.addWidget(self.text, row, 1)
        grid.addWidget(self.button, row, 2)
        self._grid, self._row = grid, row

    def show(self, count: int | None, sentence: str) -> None:
        """``count`` None: a status line without a number (the policy), its words from the
        number's column on (no empty gap before them)."""
        self.count.setText("" if count is None else number_text(count))
        self._grid.removeWidget(self.text)
        self._grid.addWidget(self.text, self._row, 0 if count is None else 1, 1,
                             2 if count is None else 1)
        self.text.setText(sentence)
        plain = unescape(re.sub(r"<[^>]+>", "", sentence))
        if count is not None:  # the number is in its own column; read with the words
            plain = f"{number_text(count)} {plain}"
        self.count.setAccessibleName(plain)
        self.text.setAccessibleName(plain)
        self.set_visible(True)

    def set_visible(self, visible: bool) -> None:
        for widget in (self.count, self.text, self.button):
            widget.setVisible(visible)
        if visible and not self.count.text():
            self.count.setVisible(False)  # the words take its place


class OverviewView(QWidget):
    showOrders = Signal(str)  # a status id: the orders list filtered to it
    showOutbox = Signal()
    showFollowUps = Signal()
    openPolicy = Signal()
    openApprovals = Signal()  # the approver's desk: "Waiting for your approval"
    openLists = Signal()  # the sanctions lists window: none imported, or too old
    openOrder = Signal(int)
    showSanctionMatches = Signal()  # the possible and confirmed matches to look at
    loaded = Signal(object)  # OverviewSummary, once it is on the page
    failed = Signal(str)  # the numbers could not be counted: the page says why

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.summary: OverviewSummary | None = None
        self._job: Job | None = None
        self._again = False

        body = QWidget(self)
        body.setMaximumWidth(MAX_WIDTH)
        self.title = heading(self.tr("What needs your attention"), body, scale=1.3)
        self.date = note("", body)
        self.error = FieldError(body)
        self.all_clear = QLabel(self.tr("Nothing needs your attention today."), body)
        self.all_clear.setWordWrap(True)
        self.all_clear.hide()

        rows = self._attention_rows()
        self.chart_title = heading(self.tr("Orders by risk tier"), body, scale=1.1)
        self.chart_note = note(self.tr("The last 12 months, by order date. Hover over a "
                                       "month for its numbers."), body)
        self.chart = TierChart(body)
        self.chart.setMaximumHeight(300)

        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.date)
        column.addWidget(self.error)
        column.addSpacing(6)
        column.addWidget(self.all_clear)
        column.addLayout(rows)
        column.addSpacing(18)
        column.addWidget(line)
        column.addSpacing(10)
        column.addWidget(self.chart_title)
        column.addWidget(self.chart_note)
        column.addWidget(self.chart, 1)
        column.addStretch(1)

        self._centre(body)

        self.held.button.clicked.connect(lambda: self.showOrders.emit(OrderStatus.HELD))
        self.blocked.button.clicked.connect(lambda: self.showOrders.emit(OrderStatus.BLOCKED))
        self.escalated.button.clicked.connect(lambda: self.showOrders.emit(OrderStatus.ESCALATED))
        self.answers.button.clicked.connect(self._open_newest_answer)
        self.answers.text.linkActivated.connect(self._link)
        self.follow_ups.button.clicked.connect(self.showFollowUps)
        self.outbox.button.clicked.connect(self.showOutbox)
        self.policy.button.clicked.connect(self.openPolicy)
        self.approvals.button.clicked.connect(self.openApprovals)
        self.lists.button.clicked.connect(self.openLists)
        self.possible_matches.button.clicked.connect(self.showSanctionMatches)
        self.confirmed_matches.button.clicked.connect(self.showSanctionMatches)

    def _attention_rows(self) -> QGridLayout:
        """One ``AttentionRow`` per thing that can need the user, hidden until counted."""
        rows = QGridLayout()
        rows.setHorizontalSpacing(16)
        rows.setVerticalSpacing(10)
        rows.setColumnStretch(1, 1)
        self.held = AttentionRow(self, rows, 0, self.tr("Show orders on h&old"), self.tr(
            "The orders list, filtered to orders on hold"))
        self.blocked = AttentionRow(self, rows, 1, self.tr("Show &blocked orders"), self.tr(
            "The orders list, filtered to blocked orders"))
        self.escalated = AttentionRow(self, rows, 2, self.tr("Show es&calated orders"),
                                      self.tr("The orders list, filtered to orders waiting "
                                              "for the distributor"))
        self.answers = AttentionRow(self, rows, 3, self.tr("Open the &answered order"),
                                    self.tr("The order the newest answer is about"))
        self.follow_ups = AttentionRow(self, rows, 4, self.tr("Show follo&w-ups"),
                                       self.tr("The follow-ups page"))
        self.outbox = AttentionRow(self, rows, 5, self.tr("Open the o&utbox"),
                                   self.tr("The outbox page, with the server's reasons"))
        self.policy = AttentionRow(self, rows, 6, self.tr("Open the polic&y"),
                                   self.tr("The human rights policy window"))
        self.approvals = AttentionRow(self, rows, 7, self.tr("Open app&rovals"),
                                      self.tr("The decisions waiting for your approval"))
        self.lists = AttentionRow(self, rows, 8, self.tr("Open sanctions &lists"),
                                  self.tr("The sanctions lists window: import or update them"))
        self.possible_matches = AttentionRow(
            self, rows, 9, self.tr("Review &matches"),
            self.tr("The customers and orders whose sanctions check found a possible match"))
        self.confirmed_matches = AttentionRow(
            self, rows, 10, self.tr("Show confirmed ma&tches"),
            self.tr("The customers and orders whose name is on a sanctions list"))
        self.rows = {OrderStatus.HELD: self.held, OrderStatus.BLOCKED: self.blocked,
                     OrderStatus.ESCALATED: self.escalated,
                     "answers": self.answers, "follow_ups": self.follow_ups,
                     "outbox": self.outbox, "policy": self.policy,
                     "approvals": self.approvals, "lists": self.lists,
                     "possible_matches": self.possible_matches,
                     "confirmed_matches": self.confirmed_matches}
        width = max(row.button.sizeHint().width() for row in self.rows.values())
        for row in self.rows.values():
            row.button.setMinimumWidth(width)  # one column of equal buttons
            row.set_visible(False)
        return rows

    def _centre(self, body: QWidget) -> None:
        """``body`` at the left of a frameless scroll area that fills the page."""
        holder = QWidget(self)
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(body, 1)
        centre.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> Job | None:
        """Count again in the background (once more after the running count, if one runs)."""
        if self._job is not None:
            self._again = True
            return None
        service = self.backend.overview
        job = Job(lambda _progress, _cancelled: service.summary())
        job.signals.finished.connect(self._loaded)
        job.signals.failed.connect(self._failed)
        self._job = job
        return job.start()

    def busy(self) -> bool:
        return self._job is not None

    def _loaded(self, summary: object) -> None:
        self._job = None
        assert isinstance(summary, OverviewSummary)
        self.show_summary(summary)
        self.loaded.emit(summary)
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, message: str) -> None:
        self._job = None
        self.error.show_message(message)
        self.failed.emit(message)

    # -- showing -----------------------------------------------------------------------------
    def show_summary(self, s: OverviewSummary) -> None:
        self.summary = s
        self.error.clear()
        self.date.setText(self.tr("Today, {0}").format(date_text(s.today)))
        # The number stands in its own column: the words follow it ("8 | orders are on hold").
        self._count(self.held, s.held,
                    self.tr("order is on hold, waiting for your decision."),
                    self.tr("orders are on hold, waiting for your decision."))
        self._count(self.blocked, s.blocked,
                    self.tr("order is blocked (a prohibited use or a confirmed sanctions "
                            "match): it can only be declined."),
                    self.tr("orders are blocked (a prohibited use or a confirmed sanctions "
                            "match): they can only be declined."))
        self._count(self.escalated, s.escalated,
                    self.tr("escalation is waiting for the distributor's answer."),
                    self.tr("escalations are waiting for the distributor's answer."))
        self._answers(s)
        due = s.follow_ups_due
        if due:
            overdue = s.follow_ups_overdue
            if due == 1:
                text = self.tr("follow-up is due, and overdue.") if overdue else \
                    self.tr("follow-up is due today.")
            elif overdue:
                text = self.tr("follow-ups are due, {0} of them overdue.").format(overdue)
            else:
                text = self.tr("follow-ups are due today.")
            self.follow_ups.show(due, escape(text))
        else:
            self.follow_ups.set_visible(False)
        self._count(self.outbox, s.outbox_failed,
                    self.tr("message in the outbox could not be sent."),
                    self.tr("messages in the outbox could not be sent."))
        self._policy(s)
        lists_warning = self._lists(s)
        waiting = self._approvals()
        self._sanctions(s)
        attention = s.held + s.blocked + s.escalated + s.answers_recent + due + s.outbox_failed \
            + waiting + s.possible_matches + s.confirmed_matches
        # Said whenever no order, answer, follow-up or message waits (also on a new database,
        # where the policy line may be all there is): the page never shows a heading over
        # nothing.
        if s.policy.due or lists_warning:
            self.all_clear.setText(self.tr(
                "No orders, answers, follow-ups or messages need you now. Orders that need a "
                "decision show up here."))
        else:
            self.all_clear.setText(self.tr("Nothing needs your attention today."))
        self.all_clear.setVisible(not attention)
        self.chart.set_months(s.months)

    def _sanctions(self, s: OverviewSummary) -> None:
        self._count(self.possible_matches, s.possible_matches,
                    self.tr("possible sanctions match to review: a customer or an order's "
                            "party resembles a listed name."),
                    self.tr("possible sanctions matches to review: customers or orders' "
                            "parties resemble listed names."))
        self._count(self.confirmed_matches, s.confirmed_matches,
                    self.tr("confirmed sanctions match: the name is on a sanctions list."),
                    self.tr("confirmed sanctions matches: the names are on sanctions lists."))

    def _count(self, row: AttentionRow, count: int, one: str, many: str) -> None:
        if not count:
            row.set_visible(False)
            return
        row.show(count, escape(one if count == 1 else many))

    def _approvals(self) -> int:
        """How many decisions wait for the approval of the person signed in here (counted
        here, not in the summary: it is the person's own, and the first screen has none)."""
        person = self.backend.ctx.person if self.backend.is_open else None
        try:
            count = self.backend.approvals.count_waiting(person.id) if person else 0
        except Exception:  # a courtesy count must never stop the overview
            count = 0
        self._count(self.approvals, count,
                    self.tr("decision is waiting for your approval."),
                    self.tr("decisions are waiting for your approval."))
        return count

    def _answers(self, s: OverviewSummary) -> None:
        if not s.answers_recent:
            self.answers.set_visible(False)
            return
        if s.answers_recent == 1:
            text = self.tr("answer from the distributor in the last {0} days:").format(
                s.recent_days)
        else:
            text = self.tr("answers from the distributor in the last {0} days:").format(
                s.recent_days)
        text = escape(text)
        links = ", ".join(f'<a href="order:{a.order_id}">{escape(a.order_reference)}</a>'
                          for a in s.latest_answers)
        self.answers.show(s.answers_recent, f"{text} {links}")
        self.answers.button.setEnabled(bool(s.latest_answers))

    def _policy(self, s: OverviewSummary) -> None:
        status = s.policy
        _tier, words = review_badge(status)
        if not status.adopted:
            text = self.tr("Your company has no human rights policy yet. The policy wizard "
                           "writes it with you.")
        elif status.due:
            text = self.tr("{0}: check your human rights policy is still right and adopt it "
                           "again.").format(words)
        else:
            text = self.tr("Your human rights policy is adopted. {0}.").format(words)
        self.policy.show(None, escape(text))
        # Calm (small, grey) while nothing is due; ordinary words when it is.
        self.policy.text.setFont(self.held.text.font())
        self.policy.text.setForegroundRole(QPalette.ColorRole.WindowText)
        if not status.due:
            make_note(self.policy.text)

    def _lists(self, s: OverviewSummary) -> bool:
        """A warning when no sanctions list is imported, or the newest of one is too old (a
        stale list misses the parties listed since); True when one is shown."""
        lists = s.lists
        if lists is None or (lists.imported and not lists.stale):
            self.lists.set_visible(False)
            return False
        if not lists.imported:
            text = self.tr("No sanctions list imported: customers are not checked against "
                           "sanctions lists. Import the lists you must check, or update them "
                           "from their publishers.")
        else:
            old = []
            for age in lists.stale:
                when = self.tr("published {0}") if age.published else self.tr("imported {0}")
                old.append(self.tr("{0} is {1} days old ({2})").format(
                    list_name(age.source), number_text(age.days),
                    when.format(date_text(age.as_of))))
            text = self.tr("{0}. A list older than {1} days misses the parties listed since: "
                           "update it.").format("; ".join(old), number_text(lists.stale_days))
        self.lists.show(None, escape(text))
        return True

    def _open_newest_answer(self) -> None:
        if self.summary is not None and self.summary.latest_answers:
            self.openOrder.emit(self.summary.latest_answers[0].order_id)

    def _link(self, href: str) -> None:
        if href.startswith("order:"):
            self.openOrder.emit(int(href.split(":", 1)[1]))

    def counts(self) -> dict[str, str]:
        """The number shown on each visible line (for tests and screenshots)."""
        return {key: row.count.text() for key, row in self.rows.items()
                if not row.count.isHidden()}
