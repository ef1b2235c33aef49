"""The coloured tier pill: a badge widget and a delegate that draws it in table cells.

The tier colours are the only fixed colours in the app: they carry meaning and must look the
same in light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reseller_app.domain.vocabulary import RiskTier
from reseller_app.ui.labels import tier_label

# background, text
TIER_COLOURS: dict[str, tuple[str, str]] = {
    RiskTier.LOW: ("#2e7d32", "#ffffff"),
    RiskTier.ELEVATED: ("#f0a500", "#1f1300"),
    RiskTier.HIGH: ("#c62828", "#ffffff"),
    RiskTier.PROHIBITED: ("#5d0a0a", "#ffffff"),
}
_FALLBACK = ("#757575", "#ffffff")

TIER_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw tier id in a model's tier column


def tier_colours(tier: str) -> tuple[QColor, QColor]:
    bg, fg = TIER_COLOURS.get(tier, _FALLBACK)
    return QColor(bg), QColor(fg)


class TierBadge(QLabel):
    """A rounded, coloured label saying the tier ("High risk")."""

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self._large = large
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setBold(True)
        if large:
            font.setPointSizeF(font.pointSizeF() * 1.5)
        self.setFont(font)
        self.set_tier(None)

    def set_tier(self, tier: str | None, text: str | None = None) -> None:
        if tier is None:
            self.setText(text or "")
            self.setStyleSheet("")
            self.setVisible(bool(text))
            return
        bg, fg = tier_colours(tier)
        pad = "6px 18px" if self._large else "1px 8px"
        radius = 14 if self._large else 8
        self.setStyleSheet(
            f"QLabel {{ background: {bg.name()}; color: {fg.name()}; border-radius: {radius}px;"
            f" padding: {pad}; }}"
        )
        self.setText(text or tier_label(tier))
        self.setAccessibleName(self.tr("Risk tier: {0}").format(text or tier_label(tier)))
        self.setVisible(True)


class TierPillDelegate(QStyledItemDelegate):
    """Draws a model's tier cell (``TIER_ROLE``) as a small coloured pill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        tier = index.data(TIER_ROLE)
        if not tier:
            super().paint(painter, option, index)
            return
        # Draw the selection / background as the style does, without the text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bg, fg = tier_colours(tier)
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(text) + 16
        room = max(option.rect.width() - 8, 0)
        if width > room:  # a narrow column or a long word: cut short, never over the next cell
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room - 16, 0))
            width = room
        height = min(option.rect.height() - 4, metrics.height() + 4)
        rect = QRect(option.rect.left() + 4, option.rect.center().y() - height // 2 + 1,
                     width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(fg)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), QFontMetrics(option.font).height() + 8))


def level_icon(level: str, size: int = 12) -> QIcon:
    """A small dot in the colour of a vocabulary level (none for "standard")."""
    tier = {"standard": RiskTier.LOW}.get(level, level)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if level != "standard":
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tier_colours(tier)[0])
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
    return QIcon(pixmap)
