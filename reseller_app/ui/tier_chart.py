"""A small stacked bar chart of orders per month by risk tier, drawn with QPainter.

PySide6-Essentials has no QtCharts; twelve bars and a legend are a few dozen lines. The tier
colours are the pills' (``tier_badge.TIER_COLOURS``). The chart says the same in words for
screen readers (``accessibleDescription``) and per bar in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reseller_app.domain.chart_scale import nice_step
from reseller_app.services.dto import TierMonth
from reseller_app.ui.labels import TIERS, number_text, tier_label
from reseller_app.ui.tier_badge import tier_colours

LEGEND_SWATCH = 10


class TierChart(QWidget):
    """Orders per month, stacked by tier (low at the bottom), oldest month on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[TierMonth] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(200)
        self.setAccessibleName(self.tr("Orders by risk tier, last 12 months"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach the text

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def set_months(self, months: list[TierMonth]) -> None:
        self.months = list(months)
        self.setAccessibleDescription(self.description())
        self.update()

    # -- words -------------------------------------------------------------------------------
    def month_name(self, month: TierMonth, *, long: bool = False) -> str:
        locale = QLocale()
        fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
        return locale.standaloneMonthName(month.month.month, fmt)

    def month_text(self, month: TierMonth) -> str:
        """"August 2026: 5 orders (3 Low, 2 High)"."""
        name = f"{self.month_name(month, long=True)} {month.month.year}"
        if not month.total:
            return self.tr("{0}: no orders").format(name)
        parts = ", ".join(f"{month.counts[t]} {tier_label(t)}" for t in TIERS
                          if month.counts.get(t))
        total = self.tr("1 order") if month.total == 1 else \
            self.tr("{0} orders").format(month.total)
        return self.tr("{0}: {1} ({2})").format(name, total, parts)

    def description(self) -> str:
        if not any(m.total for m in self.months):
            return self.tr("No orders in the last 12 months.")
        return "; ".join(self.month_text(m) for m in self.months) + "."

    # -- drawing -----------------------------------------------------------------------------
    def _plot_area(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance("0000") + 10
        top = metrics.height() + 14  # the legend
        bottom = metrics.height() + 8  # the month names
        return QRectF(left, top, max(10.0, self.width() - left - 4),
                      max(10.0, self.height() - top - bottom))

    def _bar_rects(self) -> list[QRectF]:
        area = self._plot_area()
        n = max(1, len(self.months))
        slot = area.width() / n
        width = min(36.0, slot * 0.6)
        return [QRectF(area.left() + slot * i + (slot - width) / 2, area.top(), width,
                       area.height()) for i in range(n)]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(90)
        metrics = QFontMetrics(self.font())
        area = self._plot_area()

        self._draw_legend(painter, metrics, text)
        top = max((m.total for m in self.months), default=0)
        step = nice_step(max(top, 1))
        scale_top = step * max(1, -(-max(top, 1) // step))
        # Grid lines with their numbers on the left.
        value = 0
        while value <= scale_top:
            y = area.bottom() - area.height() * value / scale_top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(faint)
            painter.drawText(QRectF(0, y - metrics.height() / 2, area.left() - 6,
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             number_text(value))
            value += step
        if not top:
            painter.setPen(faint)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.description())
        # The bars, low risk at the bottom.
        painter.setPen(Qt.PenStyle.NoPen)
        for month, rect in zip(self.months, self._bar_rects(), strict=False):
            y = area.bottom()
            for tier in TIERS:
                count = month.counts.get(tier, 0)
                if not count:
                    continue
                height = area.height() * count / scale_top
                painter.setBrush(tier_colours(tier)[0])
                painter.drawRect(QRectF(rect.left(), y - height, rect.width(), height))
                y -= height
        # Month names under the bars (the year under January and the first month).
        painter.setPen(text)
        slot = area.width() / max(1, len(self.months))
        for i, month in enumerate(self.months):
            label = self.month_name(month)
            if i == 0 or month.month.month == 1:
                label = f"{label} {month.month.year % 100:02d}"
            painter.drawText(QRectF(area.left() + slot * i, area.bottom() + 4, slot,
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             label)
        painter.end()

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics, text: object) -> None:
        x = self._plot_area().left()
        y = 2.0
        for tier in TIERS:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tier_colours(tier)[0])
            painter.drawRoundedRect(QRectF(x, y + (metrics.height() - LEGEND_SWATCH) / 2,
                                           LEGEND_SWATCH, LEGEND_SWATCH), 2, 2)
            x += LEGEND_SWATCH + 5
            painter.setPen(text)  # type: ignore[arg-type]
            label = tier_label(tier)
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(label) + 2,
                                    metrics.height()), int(Qt.AlignmentFlag.AlignVCenter), label)
            x += metrics.horizontalAdvance(label) + 18

    # -- tooltips ----------------------------------------------------------------------------
    def month_at(self, x: float) -> TierMonth | None:
        area = self._plot_area()
        if not self.months or not area.left() <= x <= area.right():
            return None
        index = int((x - area.left()) / (area.width() / len(self.months)))
        return self.months[min(index, len(self.months) - 1)]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            month = self.month_at(event.pos().x())
            if month is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.month_text(month), self)
            return True
        return super().event(event)
