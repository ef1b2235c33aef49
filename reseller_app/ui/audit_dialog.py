"""Verify the audit log: the hash chain is checked in the background and the result said in
words; "Check against a head file…" checks a signed head kept elsewhere (a chain-head.json, or a
packet or evidence bundle holding one) against the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.chain_head import HeadVerdict
from reseller_app.services.dto import AuditVerification
from reseller_app.ui.backend import Backend
from reseller_app.ui.labels import number_text
from reseller_app.ui.typography import heading, paragraph
from reseller_app.ui.workers import Job


class AuditDialog(QDialog):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.result: AuditVerification | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Verify audit log"))
        self.resize(560, 260)
        self.icon = QLabel(self)
        self.title = heading(self.tr("Checking the audit log…"), self)
        self.text = paragraph(self.tr(
            "Every change and decision is written to a log in which each entry is sealed "
            "with the one before it. This check recomputes every seal."), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Checking"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.against_button = self.buttons.addButton(
            self.tr("Check against a head file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.against_button.setToolTip(self.tr(
            "Choose a chain-head.json, or a packet or evidence bundle that holds one (for "
            "example the one your distributor received), to check that no entry written before "
            "it was removed or rewritten since."))
        self.against_button.clicked.connect(self.choose_head_file)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        audit = self.backend.audit
        self._job = Job(lambda progress, cancelled: audit.verify())
        self._job.signals.finished.connect(self._done)
        self._job.signals.failed.connect(self._failed)
        self._job.start()

    def running(self) -> bool:
        return self._job is not None

    def _set_icon(self, pixmap: QStyle.StandardPixmap) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size))

    def _done(self, result: AuditVerification) -> None:
        self._job = None
        self.result = result
        self.busy.setVisible(False)
        if result.ok:
            self._set_icon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.title.setText(self.tr("The audit log is intact"))
            self.text.setText(self.tr(
                "All {0} entries check out: nothing has been changed or removed since it was "
                "written.").format(number_text(result.checked))
                + (f" {result.head}" if result.head else ""))
        else:
            self._set_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            self.title.setText(self.tr("The audit log has been altered"))
            if result.first_bad_seq is None:  # the chain holds, but events are missing
                self.text.setText(self.tr(
                    "{0}. Someone or something deleted entries outside the app. Keep a copy of "
                    "the database file as it is and tell whoever looks after your IT."
                ).format(result.reason))
            else:
                reason = f" ({result.reason})" if result.reason else ""
                self.text.setText(self.tr(
                    "Entry {0} does not match what was recorded{1}. The {2} entries before it "
                    "check out. Someone or something changed the database outside the app. Keep "
                    "a copy of the database file as it is and tell whoever looks after your IT."
                ).format(result.first_bad_seq, reason, number_text(result.checked)))
        self.text.setAccessibleName(self.text.text())

    # -- against a head kept elsewhere -------------------------------------------------------------
    def choose_head_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check against a head file"), "",
            self.tr("Signed heads, packets and bundles (*.json *.zip *.eml);;All files (*)"))
        if path:
            self.check_against(Path(path))

    def check_against(self, path: Path) -> None:
        """Check the signed head in ``path`` against the log, in the background."""
        audit = self.backend.audit
        self.busy.setVisible(True)
        self.title.setText(self.tr("Checking against {0}…").format(path.name))
        self._job = Job(lambda progress, cancelled: audit.against(path))
        self._job.signals.finished.connect(self._against_done)
        self._job.signals.failed.connect(self._failed)
        self._job.start()

    def _against_done(self, verdict: HeadVerdict) -> None:
        self._job = None
        self.busy.setVisible(False)
        if verdict.ok:
            self._set_icon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.title.setText(self.tr("The head file matches the audit log"))
            self.text.setText(self.tr(
                "{0}: the audit log still holds that entry with the seal signed then, so "
                "nothing written before it was removed or rewritten.").format(
                verdict.message[:1].upper() + verdict.message[1:]))
        else:
            self._set_icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            self.title.setText(self.tr("The audit log has been altered"))
            self.text.setText(self.tr(
                "{0}. Someone or something changed the database outside the app. Keep a copy "
                "of the database file as it is and tell whoever looks after your IT."
            ).format(verdict.message[:1].upper() + verdict.message[1:]))
        self.text.setAccessibleName(self.text.text())

    def _failed(self, message: str) -> None:
        self._job = None
        self.busy.setVisible(False)
        self._set_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.title.setText(self.tr("The check could not run"))
        self.text.setText(message)
