"""File > Back up now, and File > Restore from backup… (the backups listed with date and size).

Both run in the thread pool and call ``BackupService`` only. After a restore the dialog says
what happened; the main window then starts again on the restored database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.backups import SERVER_DATABASE, BackupNotRecorded
from reseller_app.services.dto import BackupInfo, RestoreReport
from reseller_app.ui.backend import Backend
from reseller_app.ui.labels import local_time
from reseller_app.ui.workers import Job


def when(info: BackupInfo) -> str:
    """The backup's time in the user's time zone and date format."""
    return local_time(info.taken_at)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def backup_now(backend: Backend, parent: QMainWindow) -> Job:
    """Back up now in the background; the status bar says where, a dialog says what failed."""
    parent.statusBar().showMessage(_t("Backing up the database…"))

    def run(_progress: object, _cancelled: object) -> BackupInfo | str:
        try:
            return backend.backups.backup_now()
        except BackupNotRecorded as exc:  # the copy is good; only its audit note failed
            return str(exc)

    job = Job(run)

    def done(info: BackupInfo | str) -> None:
        if isinstance(info, str):
            parent.statusBar().showMessage(info, 15000)
            return
        parent.statusBar().showMessage(_t("Backed up to {0} ({1}).").format(
            str(info.path), size_text(info.size)), 15000)

    def failed(message: str) -> None:
        parent.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, _t("Back up now"),
                          _t("The database was not backed up: {0}").format(message),
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.start()
    return job


class RestoreDialog(QDialog):
    """The backups of this database, newest first; Restore asks, then replaces the data."""

    restoredTo = Signal(object)  # RestoreReport

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.restored: RestoreReport | None = None
        # Set by the main window: closes the other windows first; False when one stays open.
        self.closeOthers: Callable[[], bool] = lambda: True
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(620, 420)
        service = backend.backups
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Kind")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnWidth(0, 220)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.file_button = QPushButton(self.tr("Restore from a &file…"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._restore_file)
        self.list.itemDoubleClicked.connect(lambda *_: self._restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if not service.available:
            self.intro.setText(QCoreApplication.translate("Services", SERVER_DATABASE))
            for widget in (self.list, self.restore_button, self.file_button):
                widget.setEnabled(False)
            return
        self.intro.setText(self.tr(
            "A copy of the database is made every day you use the app and kept for 14 days, in "
            "{0}. Restoring replaces all current data with the copy; the data as it is now is "
            "copied aside first, so a restore can itself be undone.").format(
                str(service.folder)))
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for info in self.backend.backups.list():
            kind = self.tr("before a restore") if info.kind == "before-restore" else \
                self.tr("backup")
            item = QTreeWidgetItem([when(info), size_text(info.size), kind])
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self.message.setText(self.tr("There are no backups yet: File > Back up now makes "
                                         "one."))
        self.restore_button.setEnabled(self.list.topLevelItemCount() > 0)

    def _restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self._job is not None:
            return
        if self._confirm(item.text(0)):
            self.start_restore(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    def _restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(self.backend.backups.folder),
            self.tr("Channel Diligence backups (*.sqlite3 *.db);;All files (*)"))
        if name and self._confirm(Path(name).name):
            self.start_restore(Path(name))

    def _confirm(self, what: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Replace all current data with the backup {0}?\n\nThe data as it is now "
                    "is copied aside first. Open order and policy windows are closed, and the "
                    "app then opens the restored data.").format(what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def start_restore(self, path: Path) -> Job | None:
        """Restore ``path`` (already confirmed) in the background."""
        if not self.closeOthers():
            self.message.setText(self.tr("Nothing was restored: close the open windows first."))
            return None
        for widget in (self.list, self.restore_button, self.file_button, self.close_button):
            widget.setEnabled(False)
        self.message.setText(self.tr("Checking and restoring {0}…").format(path.name))
        backups = self.backend.backups
        self._job = job = Job(lambda _progress, _cancelled: backups.restore(path))
        job.signals.finished.connect(self._restored)
        job.signals.failed.connect(self._failed)
        job.start()
        return job

    def _restored(self, report: RestoreReport) -> None:
        self._job = None
        self.restored = report
        self.message.setText(self.tr(
            "Restored from {0}. The data as it was before is kept in {1}. Close this window: "
            "the app opens the restored data.").format(report.restored_from.name,
                                                       str(report.safety_copy)))
        self.close_button.setEnabled(True)
        self.close_button.setFocus()
        self.restoredTo.emit(report)

    def _failed(self, message: str) -> None:
        self._job = None
        self.message.setText(self.tr("Nothing was restored: {0}").format(message))
        for widget in (self.list, self.file_button, self.close_button):
            widget.setEnabled(True)
        self.restore_button.setEnabled(self.list.topLevelItemCount() > 0)

    def reject(self) -> None:
        """Close (or Escape): not while a restore runs; after one, the app reopens."""
        if self._job is not None:
            return
        if self.restored is not None:
            self.accept()
            return
        super().reject()
