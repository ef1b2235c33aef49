"""The bar that says someone at another desk changed the order after it was opened.

Shown above the order form when a save (or a decision) was refused with ``OrderChanged``: the
service's sentence (who changed what, and when), and the user's choice. What the user typed
stays in the form until they choose "Reload the order", so they can copy it first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from reseller_app.ui.typography import paragraph


class ConflictBar(QFrame):
    """A framed warning with "Reload the order" and "Keep my text for now"; hidden until a
    refusal is shown."""

    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderConflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = paragraph("", self)
        # No Alt+letter for Reload: every letter of it is taken on the order's pages; the
        # button has the focus while the bar shows, so Space or Enter chooses it.
        self.reload_button = QPushButton(self.tr("Reload the order"), self)
        self.reload_button.setToolTip(self.tr(
            "Show the order as it is saved now. What you typed here is replaced."))
        self.keep_button = QPushButton(self.tr("Keep my te&xt for now"), self)
        self.keep_button.setToolTip(self.tr(
            "Hide this message and keep what you typed, to copy it before you reload. "
            "Saving stays refused until you reload."))
        self.reload_button.clicked.connect(self._reload)
        self.keep_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def show_refusal(self, message: str) -> None:
        self.label.setText(message + "\n" + self.tr(
            "What you typed is still in the form: copy what you need, then reload."))
        self.setAccessibleDescription(self.label.text())
        self.show()
        self.reload_button.setFocus()

    def message(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _reload(self) -> None:
        self.hide()
        self.reloadRequested.emit()
