"""Import a criteria pack: read it, show who issued it and what it changes, then import."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.packs import CriteriaPack, PackChange, PackError
from reseller_app.services.errors import ServiceError
from reseller_app.services.packs import change_words, read_pack_file
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import date_text, local_time
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import error_message


class PackImportDialog(QDialog):
    imported = Signal(object)  # PackInfo

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._raw: bytes | None = None
        self._signature: bytes | None = None  # the .sig.json found beside the pack file
        self._new_pack: CriteriaPack | None = None  # the pack previewed (its fallback tier)
        self.setWindowTitle(self.tr("Import criteria pack"))
        self.resize(760, 560)

        file_row = self._file_row()
        self.error = FieldError(self)
        self.identity = paragraph("", self)
        self.signature = paragraph("", self)  # who signed it, or why that proves nothing
        self.signature.setAccessibleName(self.tr("Signature"))
        self.changes_title = paragraph("", self, bold=True)
        self.changes = PagedTableModel((
            Column(self.tr("Part of the pack"), lambda c: self._section(c.section)),
            Column(self.tr("Entry"), lambda c: c.item),
            Column(self.tr("Change"), lambda c: self._change(c)),
        ), self)
        self.changes_view = self._changes_view()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import and use this pack"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)

        kept_label, kept_row = self._kept_row()

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import a criteria pack"), self))
        layout.addWidget(paragraph(self.tr(
            "A criteria pack holds the rules the screening uses. Your distributor or an "
            "industry body may send you an updated one. Check who issued it and what it "
            "changes before you import it. Earlier screenings keep the pack they used."), self))
        layout.addLayout(file_row)
        layout.addWidget(self.error)
        layout.addWidget(self.identity)
        layout.addWidget(self.signature)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes_view, 1)
        layout.addStretch(0)  # keeps the rest together while there is no list of changes
        layout.addWidget(note(self.tr("The pack is checked completely before anything is "
                                      "changed."), self))
        layout.addWidget(kept_label)
        layout.addLayout(kept_row)
        layout.addWidget(self.buttons)
        self.changes_view.setVisible(False)

        self.browse.clicked.connect(self._browse)
        self.path.returnPressed.connect(lambda: self.load_file(self.path.text().strip()))
        self.buttons.accepted.connect(self.import_pack)
        self.buttons.rejected.connect(self.reject)
        self.kept.currentItemChanged.connect(self._kept_selected)
        self.kept.itemActivated.connect(lambda _item: self.review_kept())
        self.review_button.clicked.connect(self.review_kept)
        self.load_kept()

    # -- the parts, top to bottom -------------------------------------------------------------
    def _file_row(self) -> QHBoxLayout:
        """The pack file: typed in, or chosen."""
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Pack file"))
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("&Choose…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        return file_row

    def _changes_view(self) -> QTableView:
        """What the pack changes, one row per entry (hidden until a pack is read)."""
        view = QTableView(self)
        view.setModel(self.changes)
        view.setAccessibleName(self.tr("Changes"))
        view.verticalHeader().setVisible(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _kept_row(self) -> tuple[QLabel, QHBoxLayout]:
        """Every pack imported so far stays in the database (old screenings name the pack they
        used); one of them can be reviewed and put back into use."""
        self.kept = QListWidget(self)
        self.kept.setAccessibleName(self.tr("Packs kept in this database"))
        self.kept.setMaximumHeight(110)
        self.kept.setWordWrap(True)
        self.kept.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        kept_label = QLabel(self.tr("Packs &kept in this database (older screenings keep the "
                                    "pack they used):"), self)
        kept_label.setWordWrap(True)
        kept_label.setBuddy(self.kept)
        self.review_button = QPushButton(self.tr("&Review this pack to use it again"), self)
        self.review_button.setEnabled(False)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept, 1)
        kept_row.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        return kept_label, kept_row

    def _browse(self) -> None:
        start = options.PACK_IMPORT_FOLDER.last_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a criteria pack"), start,
                                              self.tr("Criteria packs (*.json);;All files (*)"))
        if path:
            options.PACK_IMPORT_FOLDER.remember(path)
            self.load_file(path)

    # -- packs kept ----------------------------------------------------------------------------
    def load_kept(self) -> None:
        self.kept.clear()
        try:
            packs = self.backend.packs.list_packs()
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        # The pack in use first, then the others, the most recently imported first.
        ordered = [i for i in packs if i.active] + [i for i in reversed(packs) if not i.active]
        for info in ordered:
            text = self.tr("Version {0} of {1}, issued on {2}; imported {3}").format(
                info.version, info.title, info.issued, local_time(info.imported_at))
            if info.signed_by:
                text = self.tr("{0}; signed by {1} (fingerprint {2})").format(
                    text, info.signed_by, info.signer_fingerprint)
            if info.active:
                text = self.tr("{0} (in use)").format(text)
            item = QListWidgetItem(text, self.kept)
            item.setData(Qt.ItemDataRole.UserRole, info.sha256)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.active)
            item.setToolTip(self.tr("SHA-256 {0}").format(info.sha256))

    def kept_packs(self) -> list[str]:
        return [self.kept.item(i).text() for i in range(self.kept.count())]

    def _kept_selected(self, item: QListWidgetItem | None) -> None:
        self.review_button.setEnabled(
            item is not None and not item.data(Qt.ItemDataRole.UserRole + 1))

    def review_kept(self) -> bool:
        """Show what putting the selected older pack back into use would change."""
        item = self.kept.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole + 1):
            return False
        try:
            raw = self.backend.packs.by_sha256(str(item.data(Qt.ItemDataRole.UserRole))).canonical
        except ServiceError as exc:
            self._reset()
            self.error.show_message(error_message(exc))
            return False
        self.path.clear()
        return self._preview(raw)

    # -- a pack file ---------------------------------------------------------------------------
    def _reset(self) -> None:
        self.error.clear()
        self.identity.clear()
        self.signature.clear()
        self.changes_title.clear()
        self.changes_view.setVisible(False)
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("&Import and use this pack"))
        self._raw = None
        self._signature = None

    def load_file(self, path: str) -> bool:
        """Read the pack file and the signature beside it (``PACK.sig.json``: choosing the
        signature reads the pack beside it), then show what importing it would do."""
        self.path.setText(path)
        self._reset()
        try:  # a file far larger than any pack is refused without reading it
            raw, signature = read_pack_file(path)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return False
        return self._preview(raw, signature)

    def _preview(self, raw: bytes, signature: bytes | None = None) -> bool:
        self._reset()
        try:  # a refused signature is a ValidationError in words, shown like any refusal
            preview = self.backend.packs.preview_import(raw, signature)
        except PackError as exc:
            self.error.show_message(self.tr("This pack cannot be used. {0}").format(exc))
            return False
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return False
        pack = preview.loaded.pack
        self._new_pack = pack
        self.identity.setText(self.tr(
            "{0}\nPack {1}, version {2}, issued by {3} on {4}.").format(
            pack.title, pack.id, pack.version, pack.issuer, date_text(pack.issued)))
        if preview.signature is not None:
            self.signature.setText(self.tr("Warning: {0}").format(preview.signature.message)
                                   if preview.signature.warning else
                                   preview.signature.message)
        if preview.refusal:  # the same id and version as an installed pack, other content
            self.error.show_message(preview.refusal)
            return False
        title = "\n".join([*preview.notes, preview.summary()])
        self.changes_title.setText(title)
        self.changes.set_source(*list_source(preview.changes))
        self.changes_view.setVisible(bool(preview.changes))
        if not preview.can_import:  # already the pack in use
            return False
        self.import_button.setText(
            self.tr("&Import and use this pack") if preview.activates else
            self.tr("&Import and keep it (not in use)"))
        self._raw, self._signature = raw, signature
        self.import_button.setEnabled(True)
        return True

    def import_pack(self) -> None:
        if self._raw is None:
            return
        try:
            info = self.backend.packs.import_pack(self._raw, activate=True,
                                                  signature=self._signature)
        except PackError as exc:
            self.error.show_message(self.tr("This pack cannot be used. {0}").format(exc))
            return
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return
        self.backend.reload_pack()
        self.imported.emit(info)
        self.accept()

    def _section(self, section: str) -> str:
        words = {
            "vocabulary.product_categories": self.tr("Product categories"),
            "vocabulary.customer_types": self.tr("Customer types"),
            "vocabulary.government_functions": self.tr("Government functions"),
            "vocabulary.sectors": self.tr("Sectors"),
            "vocabulary.use_cases": self.tr("Use cases"),
            "red_flags": self.tr("Warning phrases"),
            "checklist": self.tr("Checklist questions"),
            "mitigations": self.tr("Safeguards"),
            "rules": self.tr("Rules"),
            "geography": self.tr("Country tiers"),
            "missing_information": self.tr("Missing information"),
            "holds": self.tr("When orders are held"),
            "negation": self.tr("Negation words"),
        }
        return words.get(section, section)

    def _change(self, change: PackChange) -> str:
        if self._new_pack is None:
            return change.change
        return change_words(change, self._new_pack, self.backend.ctx.language)
