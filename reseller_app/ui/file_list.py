"""Files the user adds to a packet (a signed end-user statement, a contract excerpt, evidence).

Only the paths are kept here; the service reads the files when it builds the packet.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.ui import options
from reseller_app.ui.packet_panel import size_text


class FileList(QWidget):
    changed = Signal()

    def __init__(self, name: str, add_text: str, remove_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setMinimumHeight(56)
        self.list.setMaximumHeight(96)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", "").rstrip("…"))
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.setAccessibleName(remove_text.replace("&", ""))
        self.remove_button.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.ask_add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._row_changed)

    def _row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)

    def ask_add(self) -> None:
        folder = options.ATTACHMENTS_FOLDER.last_folder()
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), folder)
        if paths:
            options.ATTACHMENTS_FOLDER.remember(paths[0])
            self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path in known:
                continue
            try:
                size = size_text(path.stat().st_size)
            except OSError:
                size = self.tr("cannot be read")
            item = QListWidgetItem(f"{path.name} ({size})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            known.add(path)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def paths(self) -> list[Path]:
        role = Qt.ItemDataRole.UserRole
        return [Path(self.list.item(i).data(role)) for i in range(self.list.count())]

    def clear(self) -> None:
        self.list.clear()
        self.changed.emit()
