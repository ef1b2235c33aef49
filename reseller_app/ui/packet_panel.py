"""A built packet (escalation or misuse report): the PDF as the distributor will see it, the
files with their sizes, and the ways out: Send (the outbox), or save as .eml, folder or zip.

The packet's bytes were fixed when it was built (``EscalationService``); this panel only shows
them and hands them on. Saving runs in the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import OutboxItem, PacketKind, PacketView
from reseller_app.services.errors import ServiceError
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.pdf_preview import PdfPreview
from reseller_app.ui.pdf_print import PdfPrint
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import Job, error_message


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def packet_printing(backend: Backend, packet: PacketView, parent: QWidget) -> PdfPrint:
    """Printing of a packet's stored PDF (escalation or misuse report), read in the pool."""
    service = backend.escalation
    packet_id = packet.id
    title = QCoreApplication.translate("PacketPanel", "Misuse report {0}") if \
        packet.kind == PacketKind.MISUSE else \
        QCoreApplication.translate("PacketPanel", "Due diligence report {0}") if \
        packet.kind == PacketKind.REPORT else \
        QCoreApplication.translate("PacketPanel", "Escalation packet {0}")
    return PdfPrint(lambda _paper: service.pdf(packet_id), title=title.format(packet.id[:8]),
                    file_name=f"{packet.file_stem}-{packet.id[:8]}.pdf", parent=parent)


def ask_packet_target(parent: QWidget, packet: PacketView, fmt: str) -> Path | None:
    """The file (eml, zip) or folder to save ``packet`` in, from the file dialog: in the folder
    used last, under the suggested name (``escalation-REF-ID8.eml``). ``None``: cancelled."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("PacketPanel", text)

    folder = options.PACKETS_FOLDER.last_folder()
    stem = f"{packet.file_stem}-{packet.id[:8]}"
    if fmt == "folder":
        chosen = QFileDialog.getExistingDirectory(
            parent, tr("Choose the folder to save the packet in"), folder)
        target = Path(chosen) if chosen else None
    else:
        filters = {"eml": tr("E-mail files (*.eml)"), "zip": tr("Zip archives (*.zip)")}
        chosen, _ = QFileDialog.getSaveFileName(
            parent, tr("Save the packet"), str(Path(folder) / f"{stem}.{fmt}"), filters[fmt])
        target = Path(chosen) if chosen else None
        if target is not None and not target.suffix:
            target = target.with_suffix("." + fmt)
    if target is not None:
        options.PACKETS_FOLDER.remember(target, is_folder=fmt == "folder")
    return target


class PacketPanel(QWidget):
    """``queued(OutboxItem)`` after Send; ``saved(Path)`` after a save."""

    queued = Signal(object)
    saved = Signal(object)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.packet: PacketView | None = None
        self._job: Job | None = None
        self._fmt = ""
        self.printing: PdfPrint | None = None

        self.summary = paragraph("", self, bold=True)
        self.files = note("", self)
        self.files.setAccessibleName(self.tr("Files in the packet"))
        self.preview = PdfPreview(self)
        self.pages_note = note("", self)
        self.preview.rendered.connect(self._rendered)
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.setAccessibleName(self.tr("Send the packet by e-mail"))
        self.send_button.setToolTip(self.tr(
            "Puts the packet in the outbox; it is sent at once, or as soon as the mail server "
            "can be reached."))
        self.eml_button = QPushButton(self.tr("Save as .em&l…"), self)
        self.eml_button.setAccessibleName(self.tr("Save as an e-mail file"))
        self.eml_button.setToolTip(self.tr("An e-mail file your mail program opens, ready to "
                                           "send."))
        self.folder_button = QPushButton(self.tr("Save as fol&der…"), self)
        self.folder_button.setAccessibleName(self.tr("Save the files in a folder"))
        self.zip_button = QPushButton(self.tr("Save as &zip…"), self)
        self.zip_button.setAccessibleName(self.tr("Save the files as a zip archive"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the PDF of the packet"))
        self.mail_hint = note("", self)
        self.mail_hint.setAccessibleName(self.tr("How to send it"))
        self.message = paragraph("", self)
        self.message.setAccessibleName(self.tr("Result"))
        self.error = FieldError(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addSpacing(12)
        for button in (self.eml_button, self.folder_button, self.zip_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.files)
        layout.addWidget(self.pages_note)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.mail_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.error)

        self.send_button.clicked.connect(self.send)
        self.eml_button.clicked.connect(self._save_eml)
        self.folder_button.clicked.connect(self._save_folder)
        self.zip_button.clicked.connect(self._save_zip)
        self.print_button.clicked.connect(self.print_pdf)

    # -- showing -----------------------------------------------------------------------------
    def load(self, packet: PacketView) -> Job:
        self.packet = packet
        self.error.clear()
        self.message.clear()
        self.pages_note.clear()
        self.summary.setText(self.tr(
            "Packet {0} for {1} <{2}>. Check the PDF below: it is what the distributor "
            "reads.").format(packet.id[:8], packet.recipient_name, packet.recipient_email))
        lines = [f"{f.name} ({size_text(f.size)})" for f in packet.files]
        self.files.setText(self.tr("Files: {0}. manifest.json holds the SHA-256 of every other "
                                   "file, so the distributor can check that nothing changed.")
                           .format("; ".join(lines)))
        self._set_enabled(True)
        self.suggest_eml_without_mail()
        return self.preview.show_pdf(self.backend.escalation.pdf(packet.id))

    def suggest_eml_without_mail(self) -> bool:
        """Without mail settings, "Save as .eml…" is the suggested way out (focused, in bold,
        with a sentence saying how it goes on); Send still queues the packet for later.
        Returns whether it is suggested."""
        try:
            missing = self.backend.settings.smtp_settings() is None
        except ServiceError:  # the settings cannot be read now: Send says why when pressed
            missing = False
        font = self.eml_button.font()
        font.setBold(missing)
        self.eml_button.setFont(font)
        self.mail_hint.setVisible(missing)
        self.mail_hint.setText(self.tr(
            "E-mail sending is not set up in this app yet. Save as .eml…, then open the file "
            "in your mail program: it opens as a message to the distributor with every file "
            "attached, and you send it from there.") if missing else "")
        if missing:
            self.eml_button.setFocus()
        return missing

    def _rendered(self, pages: int) -> None:
        self.pages_note.setText(self.tr("The PDF has 1 page.") if pages == 1 else
                                self.tr("The PDF has {0} pages: scroll to read them all.")
                                .format(pages))

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.send_button, self.eml_button, self.folder_button, self.zip_button,
                       self.print_button):
            button.setEnabled(enabled and self.packet is not None)

    # -- sending -----------------------------------------------------------------------------
    def send(self) -> OutboxItem | None:
        if self.packet is None:
            return None
        self.error.clear()
        try:
            item = self.backend.outbox.queue(self.packet.id)
        except ServiceError as exc:
            self.error.show_message(error_message(exc))
            return None
        if self.backend.settings.smtp_settings() is None:
            self.message.setText(self.tr(
                "The packet is in the outbox. E-mail sending is not set up yet: open File > "
                "Settings to enter your mail server, and it goes out."))
        else:
            self.message.setText(self.tr(
                "The packet is in the outbox and is being sent to {0}. The Outbox page shows "
                "when the server has taken it.").format(item.to))
        self.send_button.setEnabled(False)
        self.queued.emit(item)
        return item

    # -- printing ----------------------------------------------------------------------------
    def print_pdf(self) -> Job | None:
        """The print preview of the packet's PDF, the very file the distributor gets."""
        printing = self.printing_for()
        return printing.preview() if printing is not None else None

    def printing_for(self) -> PdfPrint | None:
        if self.packet is None:
            return None
        if self.printing is not None and self.printing.in_use():
            return self.printing
        self.error.clear()
        if self.printing is not None:
            self.printing.deleteLater()  # done with: it holds a PDF
        self.printing = packet_printing(self.backend, self.packet, self)
        self.printing.printed.connect(
            lambda _pages: self.message.setText(self.tr("Sent to the printer.")))
        self.printing.status.connect(self.message.setText)
        self.printing.failed.connect(lambda message: self.error.show_message(
            self.tr("The PDF was not printed: {0}").format(message)))
        return self.printing

    # -- saving ------------------------------------------------------------------------------
    def _save_eml(self) -> None:
        self.ask_save("eml")

    def _save_folder(self) -> None:
        self.ask_save("folder")

    def _save_zip(self) -> None:
        self.ask_save("zip")

    def ask_save(self, fmt: str) -> Job | None:
        if self.packet is None:
            return None
        target = ask_packet_target(self, self.packet, fmt)
        return self.save_to(fmt, target) if target is not None else None

    def save_to(self, fmt: str, target: Path) -> Job | None:
        """Save the packet in the background (``fmt``: eml, folder or zip)."""
        if self.packet is None or self._job is not None:
            return None
        service = self.backend.escalation
        packet_id = self.packet.id
        save: Callable[[str, Path], Path] = {"eml": service.save_eml,
                                             "folder": service.save_folder,
                                             "zip": service.save_zip}[fmt]
        self.error.clear()
        self.message.setText(self.tr("Saving…"))
        self._set_enabled(False)
        job = Job(lambda _progress, _cancelled: save(packet_id, target))
        self._fmt = fmt
        job.signals.finished.connect(self._saved)
        job.signals.failed.connect(self._save_failed)
        self._job = job
        return job.start()

    def _saved(self, path: object) -> None:
        self._job = None
        fmt = self._fmt
        self._set_enabled(True)
        texts = {"eml": self.tr("Saved {0}. Open it in your mail program and send it."),
                 "folder": self.tr("Saved the files in {0}."),
                 "zip": self.tr("Saved {0}.")}
        self.message.setText(texts[fmt].format(str(path)))
        self.saved.emit(Path(str(path)))

    def _save_failed(self, message: str) -> None:
        self._job = None
        self._set_enabled(True)
        self.message.clear()
        self.error.show_message(self.tr("The packet was not saved: {0}").format(message))

    def busy(self) -> bool:
        return self._job is not None or self.preview.busy() or (
            self.printing is not None and self.printing.busy())

    def cancel_preview(self) -> None:
        """Stop rendering the preview (the window closes)."""
        self.preview.cancel()
