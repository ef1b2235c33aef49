"""The sanctions lists window: every imported version, newest first (the newest of each list
is the one parties are checked against), "Import list file…" and "Update lists".

Reading a list file takes about a second for OFAC's set and storing its entries a few more, so
both run in the thread pool with a progress bar and Cancel (``ui/workers.py``); a cancelled or
refused import stores nothing, and the refusal is shown in the reader's words. Update lists
fetches each list from its publisher's address (Settings, "Sanctions lists") and imports it
the same way; a list that cannot be fetched is named with the reason, and the lists already
imported stay in use. Only a person whose role may manage lists gets the two buttons; others
see the versions and the role it needs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.people import Action, role_label, role_needed
from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.services.errors import ServiceError
from reseller_app.services.list_updates import UpdateResult, update_lists
from reseller_app.services.sanctions_lists import (
    ListImportCancelled,
    ListVersion,
    all_versions,
    import_list,
)
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import date_text, list_name, local_time, number_text
from reseller_app.ui.layouts import FlowLayout
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.work_pages import read_only_table
from reseller_app.ui.workers import Job, error_message

Index = QModelIndex | QPersistentModelIndex


class VersionsModel(QAbstractTableModel):
    """The imported versions as rows, newest first; the newest of each list in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[ListVersion] = []
        self.newest: set[int] = set()
        self.headers = [self.tr("List"), self.tr("Version"), self.tr("Published"),
                        self.tr("Entries"), self.tr("Names"), self.tr("Imported"),
                        self.tr("Imported by"), self.tr("File"), self.tr("SHA-256")]

    def set_versions(self, versions: list[ListVersion]) -> None:
        self.beginResetModel()
        self.versions = versions
        seen: set[ListSource] = set()
        self.newest = set()
        for v in versions:  # newest first: the first of each source is the one in use
            if v.source not in seen:
                seen.add(v.source)
                self.newest.add(v.id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.versions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v = self.versions[index.row()]
        if role == Qt.ItemDataRole.FontRole and v.id in self.newest:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 8:
            return v.file_sha256
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(v, index.column())

    def _text(self, v: ListVersion, column: int) -> str:
        in_use = self.tr("{0} (in use)").format(v.id) if v.id in self.newest else str(v.id)
        published = date_text(dt.date.fromisoformat(v.published)) if v.published else \
            self.tr("not stated")
        return (list_name(v.source), in_use, published, number_text(v.entry_count),
                number_text(v.name_count), local_time(v.imported_at), v.imported_by,
                v.file_name, v.file_sha256[:12])[column]


class ListsWindow(QDialog):
    """The versions of the sanctions lists; importing and updating them."""

    changed = Signal()  # a new version was imported: the overview counts again
    stageChanged = Signal(str, str)  # from the update's thread: (list, "download" | "import")

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Sanctions lists"))
        self.model = VersionsModel(self)
        self.table = read_only_table(self, self.model, self.tr("Imported versions"))
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long file name
        self.empty = note(self.tr(
            "No sanctions list is imported yet: import the files you downloaded from the "
            "publishers, or let Update lists fetch them."), self)
        self.access = paragraph("", self)
        self.result = paragraph("", self)
        self.result.setAccessibleName(self.tr("Result"))
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sanctions lists"), self, scale=1.3))
        layout.addWidget(paragraph(self.tr(
            "Customers, end users and consignees are checked against the newest version of "
            "each list (in bold). Every import is kept as a version: earlier checks name the "
            "version they used."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self._actions())
        layout.addWidget(self.access)
        layout.addWidget(self._busy_row())
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        layout.addWidget(self.close_box)
        self.stageChanged.connect(self._stage)
        self.resize(1120, 520)
        self.reload()

    def _actions(self) -> QWidget:
        """Import list file…, Update lists, and where the addresses are set."""
        self.import_button = QPushButton(self.tr("&Import list file…"), self)
        self.import_button.setToolTip(self.tr(
            "OFAC SDN (sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it), the UN "
            "consolidated list (XML), the EU financial sanctions list (XML 1.1) or the UK "
            "sanctions list (CSV)"))
        self.import_button.clicked.connect(self.choose_file)
        self.update_button = QPushButton(self.tr("&Update lists"), self)
        self.update_button.setToolTip(self.tr(
            "Fetch each list from its publisher's address and import it (needs the internet)"))
        self.update_button.clicked.connect(self.update_lists)
        actions = QWidget(self)
        column = QVBoxLayout(actions)
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QWidget(actions)
        row = FlowLayout(buttons)  # wraps in a longer language: the window does not widen
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_button)
        row.addWidget(self.update_button)
        column.addWidget(buttons)
        column.addWidget(note(self.tr(
            "Update lists fetches the official files from the publishers' addresses (Settings, "
            "Sanctions lists). Without the internet the lists already imported stay in use."),
            actions))
        return actions

    def _busy_row(self) -> QWidget:
        """What the import is doing, its bar and Cancel; hidden while nothing runs."""
        self.busy = QWidget(self)
        column = QVBoxLayout(self.busy)
        column.setContentsMargins(0, 0, 0, 0)
        self.progress_label = paragraph("", self.busy)
        self.progress = QProgressBar(self.busy)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), self.busy)
        self.cancel_button.clicked.connect(self.cancel)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        column.addWidget(self.progress_label)
        column.addLayout(bar)
        self.busy.setVisible(False)
        return self.busy

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """The versions as stored now, and what the working person may do with them."""
        try:
            self.model.set_versions(all_versions(self.backend.ctx))
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
        self.empty.setVisible(not self.model.versions)
        self.table.resizeColumnsToContents()
        self.manager = self._may_manage()
        self._enable()

    def _may_manage(self) -> bool:
        working = self.backend.ctx.person
        if working is None:  # nobody signed in (a database without people): not checked
            self.access.clear()
            self.access.setVisible(False)
            return True
        try:
            person = self.backend.people.get(working.id)
        except ServiceError:  # removed meanwhile: treated as nobody allowed
            person = None
        self.access.setVisible(True)
        if person is not None and person.may(Action.MANAGE_LISTS):
            self.access.setText(self.tr("You are working as {0}: you can import and update "
                                        "the lists.").format(person.name))
            return True
        name = person.name if person is not None else working.name
        role = role_label(person.role) if person is not None else "?"
        self.access.setText(self.tr(
            "Importing and updating lists needs the role {0}; {1} has the role {2}. You can "
            "look at the versions; an {0} imports them.").format(
                role_label(role_needed(Action.MANAGE_LISTS)), name, role))
        return False

    def _enable(self) -> None:
        idle = self._job is None
        self.import_button.setEnabled(self.manager and idle)
        self.update_button.setEnabled(self.manager and idle)

    # -- importing -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a sanctions list file"), options.LISTS_FOLDER.last_folder(),
            self.tr("Sanctions lists (*.csv *.xml);;All files (*)"))
        if path:
            options.LISTS_FOLDER.remember(path)
            self.import_file(path)

    def import_file(self, path: str | Path) -> Job | None:
        """Read and import ``path`` in the thread pool (None: something runs already)."""
        if self._job is not None or not self.manager:
            return None
        ctx, path = self.backend.ctx, Path(path)

        def work(progress: Any, cancelled: Any) -> tuple[str, object]:
            try:
                return "imported", import_list(ctx, path, progress=progress, cancelled=cancelled)
            except ListImportCancelled:
                return "cancelled", None

        return self._start(work, self.tr("Reading {0}…").format(path.name))

    def update_lists(self) -> Job | None:
        """Fetch and import every list in the thread pool (None: something runs already)."""
        if self._job is not None or not self.manager:
            return None
        ctx = self.backend.ctx

        def stage(source: ListSource, what: str) -> None:
            # RuntimeError: the window is gone; the job stops at its next check
            with contextlib.suppress(RuntimeError):
                self.stageChanged.emit(source.value, what)

        def work(progress: Any, cancelled: Any) -> tuple[str, object]:
            try:
                return "updated", update_lists(ctx, progress=progress, cancelled=cancelled,
                                               stage=stage)
            except ListImportCancelled:
                return "cancelled", None

        return self._start(work, self.tr("Connecting to the publishers…"))

    def _start(self, work: Any, starting: str) -> Job:
        self.error.clear()
        self.result.clear()
        self.progress.setRange(0, 0)
        self.progress_label.setText(starting)
        self.cancel_button.setEnabled(True)
        self.busy.setVisible(True)
        job = Job(work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._job = job
        self._enable()
        self.cancel_button.setFocus()
        return job.start()

    def running(self) -> bool:
        return self._job is not None

    def _stage(self, source: str, what: str) -> None:
        self.progress.setRange(0, 0)
        name = list_name(source)
        self.progress_label.setText(self.tr("Downloading {0}…").format(name) if
                                    what == "download" else
                                    self.tr("Reading and storing {0}…").format(name))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_label.setText(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)

    def _done(self) -> None:
        self._job = None
        self.busy.setVisible(False)
        self.reload()

    def _finished(self, outcome: tuple[str, Any]) -> None:
        self._done()
        kind, value = outcome
        if kind == "cancelled":
            self.result.setText(self.tr(
                "Cancelled: nothing of the list being imported was stored. The lists already "
                "imported stay in use."))
            return
        versions = [value] if kind == "imported" else value
        self.result.setText("\n".join(
            self._version_text(v) if isinstance(v, ListVersion) else self._update_text(v)
            for v in versions))
        if kind == "updated" and versions and all(not r.ok for r in versions):
            self.error.show_message(self.tr("No list was updated."))
        new = [v.version if isinstance(v, UpdateResult) else v for v in versions]
        if any(v is not None and not v.already for v in new):
            self.changed.emit()

    def _failed(self, message: str) -> None:
        self._done()
        self.error.show_message(self.tr("Nothing was imported: {0}").format(message))

    # -- words -----------------------------------------------------------------------------
    def _version_text(self, v: ListVersion) -> str:
        if v.already:
            return self.tr("{0} was imported already on {1}, as version {2} of {3}: nothing "
                           "changed.").format(v.file_name, local_time(v.imported_at), v.id,
                                              list_name(v.source))
        published = date_text(dt.date.fromisoformat(v.published)) if v.published else \
            self.tr("date not stated in the file")
        text = self.tr("Imported {0}, published {1}: {2} entries, {3} names.").format(
            list_name(v.source), published, number_text(v.entry_count),
            number_text(v.name_count))
        if v.skipped_entries or v.skipped_names:
            text += " " + self.tr("Left out: {0} entries without a name, {1} empty "
                                  "names.").format(number_text(v.skipped_entries),
                                                   number_text(v.skipped_names))
        return text

    def _update_text(self, result: UpdateResult) -> str:
        if result.version is not None:
            return self._version_text(result.version)
        return self.tr("{0}: {1}").format(list_name(result.source), result.error)

    def reject(self) -> None:
        if self._job is not None:  # Escape or Close while it runs: stop it first
            self.cancel()
            return
        super().reject()
