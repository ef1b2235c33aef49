"""Export the evidence bundle for a partner audit ("right to verify"): a date range and an
output file; ``EvidenceService.bundle`` runs in the thread pool with its progress shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import EvidenceReport
from reseller_app.services.errors import ValidationError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.key_unlock_dialog import KeyUnlockDialog, ask_key_first
from reseller_app.ui.labels import date_format, from_qdate, to_qdate
from reseller_app.ui.pdf_print import PdfPrint
from reseller_app.ui.typography import heading, paragraph
from reseller_app.ui.workers import Job


class EvidenceDialog(QDialog):
    exported = Signal(object)  # EvidenceReport

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.report: EvidenceReport | None = None
        self._job: Job | None = None
        self.key_dialog: KeyUnlockDialog | None = None  # asking the signing key's passphrase
        self.setWindowTitle(self.tr("Export evidence for audit"))

        today = backend.ctx.clock().astimezone(dt.UTC).date()
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        self.date_from.setDate(to_qdate(today.replace(month=1, day=1)))
        self.date_to.setDate(to_qdate(today))
        self.out = QLineEdit(self)
        folder = options.EVIDENCE_FOLDER.last_folder()
        self.out.setText(str(Path(folder) / self.suggested_name()))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the output file"))
        out_row = QWidget(self)
        row = QHBoxLayout(out_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.out, 1)
        row.addWidget(self.browse)

        self.general_error = FieldError(self)
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        for field, text, widget, focus in (
            ("date_from", self.tr("&From:"), self.date_from, self.date_from),
            ("date_to", self.tr("&To:"), self.date_to, self.date_to),
            ("out", self.tr("&Save as:"), out_row, self.out),
        ):
            add_field_row(form, self.errors, field, text, widget, parent=self, focus=focus)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress of the export"))
        self.progress.setVisible(False)
        self.result = paragraph("", self)
        self.result.setAccessibleName(self.tr("Result"))
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button = QPushButton(self.tr("&Print the summary…"), self)
        self.print_button.setAccessibleName(self.tr("Print the PDF summary of the bundle"))
        self.print_button.setEnabled(False)
        self.printing: PdfPrint | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Export evidence for audit"), self, scale=1.2))
        layout.addWidget(paragraph(self.tr(
            "One zip file for a distributor's or vendor's audit: a PDF summary, the adopted "
            "policy versions, every screening and decision, the packets sent and the answers, "
            "the follow-ups, the sanctions lists imported with the reviews of possible matches, "
            "and the check of the audit log, with the SHA-256 of every file."),
            self))
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)

        self.browse.clicked.connect(self.ask_target)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.close)
        self.print_button.clicked.connect(self.print_summary)

    def suggested_name(self) -> str:
        start = from_qdate(self.date_from.date()).isoformat()
        end = from_qdate(self.date_to.date()).isoformat()
        return f"evidence-{start}-{end}.zip"

    def ask_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the evidence bundle"), self.out.text(),
            self.tr("Zip archives (*.zip)"))
        if path:
            self.out.setText(path if Path(path).suffix else path + ".zip")

    def export(self) -> Job | None:
        if self._job is not None:
            return None
        self.errors.clear()
        self.result.clear()
        date_from, date_to = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        if date_to < date_from:
            self.errors.show("date_to", self.tr("The end date is before the start date."))
            return None
        text = self.out.text().strip()
        if not text:
            self.errors.show("out", self.tr("Choose where to save the zip file."))
            return None
        out = Path(text)
        options.EVIDENCE_FOLDER.remember(out, is_folder=out.is_dir())
        # Where the key is in its encrypted file, its passphrase first (then this again).
        self.key_dialog = ask_key_first(self, self.backend.ctx, self.export)
        if self.key_dialog is not None:
            return None
        service = self.backend.evidence

        def work(progress: object, _cancelled: object) -> EvidenceReport | ValidationError:
            try:
                return service.bundle(date_from, date_to, out, progress=progress)  # type: ignore[arg-type]
            except ValidationError as exc:
                return exc

        job = Job(work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._job = job
        self._set_busy(True)
        return job.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, result: EvidenceReport | ValidationError) -> None:
        self._job = None
        self._set_busy(False)
        if isinstance(result, ValidationError):
            self.errors.show(result.field, result.message)
            return
        self.report = result
        audit = self.tr("The audit log is intact ({0} events checked).").format(
            result.audit.checked) if result.audit.ok else self.tr(
            "The audit log check FAILED: {0}").format(result.audit.reason)
        policy = result.policy_note or self.tr("{0} adopted policy versions.").format(
            result.policy_versions)
        lists = self.tr("Sanctions list versions: {0}, reviews of possible matches: {1}.").format(
            result.list_versions, result.party_reviews)
        self.result.setText(self.tr(
            "Saved {0}. Screenings: {1}, decisions: {2}, packets: {3}, answers: {4}. {5} {6}")
            .format(str(result.path), result.screenings, result.decisions, result.packets,
                    result.answers, policy, audit) + " " + lists)
        self.print_button.setEnabled(bool(result.summary_pdf))
        self.exported.emit(result)

    def print_summary(self) -> Job | None:
        """The print preview of summary.pdf, as it is in the zip just written."""
        if self.report is None or not self.report.summary_pdf:
            return None
        if self.printing is not None and self.printing.in_use():
            return self.printing.preview()
        self.general_error.clear()
        report = self.report
        if self.printing is not None:
            self.printing.deleteLater()  # done with: it holds a PDF
        self.printing = PdfPrint(
            report.summary_pdf, title=self.tr("Evidence summary {0} to {1}").format(
                report.date_from.isoformat(), report.date_to.isoformat()),
            file_name=f"{report.path.stem}-summary.pdf", parent=self)
        self.printing.printed.connect(lambda _pages: self.result.setText(self.tr(
            "The summary was sent to the printer.")))
        self.printing.status.connect(self.result.setText)
        self.printing.failed.connect(lambda message: self.general_error.show_message(
            self.tr("The summary was not printed: {0}").format(message)))
        return self.printing.preview()

    def _failed(self, message: str) -> None:
        self._job = None
        self._set_busy(False)
        self.general_error.show_message(self.tr("The bundle was not written: {0}").format(
            message))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        for w in (self.export_button, self.close_button, self.browse, self.date_from,
                  self.date_to, self.out):
            w.setEnabled(not busy)
        self.print_button.setEnabled(not busy and self.report is not None)

    def busy(self) -> bool:
        return self._job is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            event.ignore()  # the zip is being written: it takes a moment
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._job is None:
            super().reject()
