"""Printing a document as its PDF shows it: the same pages, page breaks, footers and signature
line as the PDF the company publishes or sends, never a second layout of the same text.

``PdfPrint`` takes the PDF (bytes, or a function that builds it for a paper size: the policy
is laid out on A4 or Letter, whichever the printer holds) and opens Qt's print preview; its
Print button prints. On a real printer each page is rendered with pypdfium2 (PDFium) at the
printer's resolution, capped at ``MAX_PRINT_DPI``, in bands so a 600 dpi page never needs one
huge image, and drawn at its actual size on the paper (shrunk to fit a smaller sheet, centred,
never stretched). Printing to a PDF file writes the document's own PDF (the chosen pages of
it): its text stays text, identical to the exported file.

The PDF is built, the preview rendered and the pages printed in the thread pool (``Job``):
QPainter may paint on a QPrinter outside the GUI thread, and PDFium calls are serialised by
``PDFIUM_LOCK``.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from reseller_app.services.errors import ServiceError
from reseller_app.ui.pdf_preview import PDFIUM_LOCK, render_pages
from reseller_app.ui.workers import CancelFn, Job, ProgressFn

PdfSource = bytes | Callable[[str], bytes]  # the PDF, or paper ("A4"/"Letter") -> the PDF

PREVIEW_DPI = 120  # sharp in the preview window at its usual zoom; ~5 MB a page
MAX_PRINT_DPI = 600  # office printers print 600 dpi; more only makes the spool file bigger
BAND_ROWS = 2048  # pixel rows rendered at once: a band of an A4 page at 600 dpi is ~40 MB
BAND_OVERLAP = 4  # rows of a band drawn again under the next one
# North American sizes are laid out on Letter (same width); every other paper gets A4.
LETTER_PAPERS = frozenset({QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.Legal,
                           QPageSize.PageSizeId.Executive, QPageSize.PageSizeId.Tabloid,
                           QPageSize.PageSizeId.Ledger})


def paper_name(printer: QPrinter) -> str:
    """"Letter" or "A4": the layout of the documents that suits the printer's paper."""
    paper = printer.pageLayout().pageSize().id()
    return "Letter" if paper in LETTER_PAPERS else "A4"


def pdf_page_count(pdf: bytes) -> int:
    # late: pdfium loads with the first PDF shown or printed
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def pdf_subset(pdf: bytes, pages: list[int]) -> bytes:
    """The PDF with only ``pages`` (0-based), copied as they are (text stays text)."""
    # late: pdfium loads with the first PDF shown or printed
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        source = pdfium.PdfDocument(pdf)
        target = pdfium.PdfDocument.new()
        try:
            target.import_pages(source, pages)
            buffer = io.BytesIO()
            target.save(buffer)
            return buffer.getvalue()
        finally:
            target.close()
            source.close()


def fit_rect(width_pt: float, height_pt: float, paper: QRectF, dpi_x: float,
             dpi_y: float) -> QRectF:
    """Where a page of ``width_pt`` x ``height_pt`` points goes on ``paper`` (device pixels):
    at its actual size, shrunk to fit a smaller sheet keeping its proportions, centred."""
    width, height = width_pt / 72 * dpi_x, height_pt / 72 * dpi_y
    scale = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - width) / 2,
                  paper.y() + (paper.height() - height) / 2, width, height)


def paint_pdf(printer: QPrinter, pdf: bytes, pages: list[int], *,
              is_cancelled: CancelFn = lambda: False,
              progress: ProgressFn | None = None) -> int:
    """Paint ``pages`` of ``pdf`` on ``printer``, one after the other; returns how many.

    Safe in a worker thread (QPainter on a QPrinter, QImage, PDFium under its lock)."""
    # late: pdfium loads with the first PDF shown or printed
    import pypdfium2 as pdfium

    printer.setFullPage(True)  # paint on the whole sheet: the PDF has its own margins
    dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError(QCoreApplication.translate(
            "PdfPrint", "The printer could not be opened. Check that it is switched on and "
            "chosen in the print dialog."))
    done = 0
    try:
        with PDFIUM_LOCK:
            document = pdfium.PdfDocument(pdf)
        try:
            for index in pages:
                if is_cancelled():
                    printer.abort()
                    break
                if done:
                    printer.newPage()
                _paint_page(painter, document, index, paper, dpi_x, dpi_y)
                done += 1
                if progress is not None:
                    progress(done, len(pages))
        finally:
            with PDFIUM_LOCK:
                document.close()
    finally:
        painter.end()
    return done


def page_bands(page: object, scale: float, band_rows: int | None = None
               ) -> Iterator[tuple[int, int, QImage]]:
    """(first row, rows of the page, image) of each band of a PDFium page rendered at
    ``scale`` pixels per point, top to bottom. Bands overlap by ``BAND_OVERLAP`` rows: where
    one ends part-way through a printer dot, the next covers it with the same picture, so no
    light seam shows."""
    band_rows = band_rows or BAND_ROWS
    with PDFIUM_LOCK:
        height_pt = page.get_height()  # type: ignore[attr-defined]
    rows = math.ceil(height_pt * scale)  # the page's height in pixels, as PDFium counts it

    def crop(pixels: int) -> float:
        """Points to cut so that PDFium (which rounds them up to pixels) cuts exactly
        ``pixels`` rows."""
        return (pixels - 0.5) / scale if pixels else 0.0

    for start in range(0, rows, band_rows):
        first, last = max(0, start - BAND_OVERLAP), min(rows, start + band_rows)
        with PDFIUM_LOCK:
            bitmap = page.render(scale=scale,  # type: ignore[attr-defined]
                                 crop=(0, crop(rows - last), 0, crop(first)),
                                 rev_byteorder=True, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888).copy()
            bitmap.close()
        yield first, rows, image


def _paint_page(painter: QPainter, document: object, index: int, paper: QRectF,
                dpi_x: float, dpi_y: float) -> None:
    """One page, rendered in bands of ``BAND_ROWS`` pixel rows and drawn one under the other."""
    with PDFIUM_LOCK:
        page = document[index]  # type: ignore[index]
        width_pt, height_pt = page.get_size()
    try:
        target = fit_rect(width_pt, height_pt, paper, dpi_x, dpi_y)
        # Pixels per point: the printer's own, at most MAX_PRINT_DPI.
        scale = min(target.width() / width_pt, MAX_PRINT_DPI / 72)
        for first, rows, image in page_bands(page, scale):
            row_height = target.height() / rows
            painter.drawImage(QRectF(target.x(), target.y() + first * row_height,
                                     target.width(), image.height() * row_height), image)
    finally:
        with PDFIUM_LOCK:
            page.close()


def paint_images(printer: QPrinter, images: list[QImage], dpi: float) -> None:
    """The preview: pages already rendered at ``dpi``, each fitted on the sheet."""
    printer.setFullPage(True)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            target = fit_rect(image.width() * 72 / dpi, image.height() * 72 / dpi, paper,
                              printer.logicalDpiX(), printer.logicalDpiY())
            painter.drawImage(target, image)
    finally:
        painter.end()


class PdfPrint(QObject):
    """One document to print. ``preview()`` opens the print preview (its Print button
    prints); ``print_to(printer)`` prints without asking. ``printed(pages)`` once the pages
    are with the printer (or in the PDF file); ``failed(message)`` in plain words."""

    progress = Signal(int, int)
    status = Signal(str)  # "Printing page 2 of 9…", for the view's message line
    printed = Signal(int)
    failed = Signal(str)

    def __init__(self, source: PdfSource, *, title: str, file_name: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self._source = source
        self._title = title
        self._file_name = file_name
        self._parent = parent
        self._pdfs: dict[str, bytes] = {}  # by paper, for a source that lays out per paper
        self._previews: dict[str, list[QImage]] = {}
        self._job: Job | None = None
        self.printer: QPrinter | None = None
        self.dialog: QPrintPreviewDialog | None = None
        self.progress_box: QProgressDialog | None = None

    # -- the document ------------------------------------------------------------------------
    def pdf_for(self, paper: str) -> bytes:
        """The PDF for ``paper`` (built once per paper; runs in a worker)."""
        key = paper if callable(self._source) else ""
        if key not in self._pdfs:
            self._pdfs[key] = self._source(paper) if callable(self._source) else self._source
        return self._pdfs[key]

    def busy(self) -> bool:
        return self._job is not None

    def in_use(self) -> bool:
        """Working, or its preview is open: a view asks it again rather than start another."""
        return self._job is not None or self.dialog is not None

    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        printer.setFullPage(True)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # No printer installed: Qt offers to save a PDF; suggest the document's name.
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            printer.setOutputFileName(str(Path(folder) / self._file_name))
        return printer

    # -- preview -----------------------------------------------------------------------------
    def preview(self) -> Job | None:
        """Build the PDF for the printer's paper and render its pages in the background, then
        show the print preview."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return None
        if self._job is not None:
            return None
        self.printer = self.printer or self._new_printer()
        paper = paper_name(self.printer)

        def work(_progress: ProgressFn, cancelled: CancelFn) -> tuple[str, list[QImage]]:
            return paper, render_pages(self.pdf_for(paper), dpi=PREVIEW_DPI,
                                       is_cancelled=cancelled)

        return self._start(Job(work), self._show_preview)

    def _show_preview(self, result: tuple[str, list[QImage]]) -> None:
        self._job = None
        paper, images = result
        self._previews[paper] = images
        assert self.printer is not None
        dialog = QPrintPreviewDialog(self.printer, self._parent)
        dialog.setWindowTitle(self.tr("Print preview: {0}").format(self._title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(self._paint)
        dialog.finished.connect(self._preview_closed)
        self.dialog = dialog
        dialog.open()

    def _preview_closed(self, _result: int) -> None:
        self.dialog = None
        self._previews.clear()  # printing needs the PDF, not the preview's pictures

    def _paint(self, printer: QPrinter) -> None:
        """Qt asks for the pages: for the preview (its engine records pictures), or to print
        when Print was pressed."""
        if printer.paintEngine().type() != QPaintEngine.Type.Picture:
            self.print_to(printer)
            return
        paper = paper_name(printer)
        images = self._previews.get(paper)
        if images is None:  # another paper chosen in Page setup: the layout for it
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                images = render_pages(self.pdf_for(paper), dpi=PREVIEW_DPI)
            except Exception as exc:  # the preview stays empty; say why
                self.failed.emit(str(exc))
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._previews[paper] = images
        paint_images(printer, images, PREVIEW_DPI)

    # -- printing ----------------------------------------------------------------------------
    def print_to(self, printer: QPrinter, *, as_images: bool = False) -> Job | None:
        """Print on ``printer`` in the background. A PDF file as output gets the document's own
        PDF (its chosen pages), unless ``as_images``: then the pages are rendered as for a
        real printer."""
        if self._job is not None:
            return None
        self.printer = printer
        paper = paper_name(printer)
        out = printer.outputFileName()
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(out) \
            and not as_images
        ranged = (printer.printRange() == QPrinter.PrintRange.PageRange,
                  printer.fromPage(), printer.toPage())

        def work(progress: ProgressFn, cancelled: CancelFn) -> int:
            pdf = self.pdf_for(paper)
            total = pdf_page_count(pdf)
            pages = _pages(ranged, total)
            if not to_file:
                done = paint_pdf(printer, pdf, pages, is_cancelled=cancelled,
                                 progress=progress)
                if done < len(pages):  # Cancel pressed: the printer's job was aborted
                    raise ServiceError(PdfPrint.tr(
                        "Printing was cancelled after {0} of {1} pages.").format(
                            done, len(pages)))
                return done
            data = pdf if len(pages) == total else pdf_subset(pdf, pages)
            try:
                Path(out).write_bytes(data)
            except OSError as exc:
                raise ServiceError(PdfPrint.tr("Cannot write {0}: {1}").format(
                    out, exc.strerror or exc)) from None
            return len(pages)

        job = Job(work)
        job.signals.progress.connect(self._progress)
        if not to_file:
            self._show_progress()
        return self._start(job, self._printed)

    def _show_progress(self) -> None:
        """A small window with the pages sent so far and Cancel, when printing takes a while
        (a long document on a slow printer)."""
        box = QProgressDialog(self.tr("Printing {0}…").format(self._title), self.tr("Cancel"),
                              0, 0, self._parent)
        box.setWindowTitle(self.tr("Printing"))
        box.setMinimumDuration(500)
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.canceled.connect(self.cancel)
        self.progress_box = box

    def _close_progress(self) -> None:
        if self.progress_box is not None:
            self.progress_box.canceled.disconnect(self.cancel)
            self.progress_box.close()
            self.progress_box.deleteLater()
            self.progress_box = None

    def _progress(self, done: int, total: int) -> None:
        text = self.tr("Printing page {0} of {1}…").format(done + 1, total) \
            if done < total else ""
        if self.progress_box is not None:
            self.progress_box.setMaximum(total)
            self.progress_box.setValue(done)
            if text:
                self.progress_box.setLabelText(text)
        self.progress.emit(done, total)
        if text:
            self.status.emit(text)

    def _printed(self, pages: int) -> None:
        self._job = None
        self._close_progress()
        self.printed.emit(pages)

    def _start(self, job: Job, done: Callable[..., None]) -> Job:
        job.signals.finished.connect(done)
        job.signals.failed.connect(self._failed)
        self._job = job
        return job.start()

    def _failed(self, message: str) -> None:
        self._job = None
        self._close_progress()
        self.failed.emit(message)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()


def _pages(ranged: tuple[bool, int, int], total: int) -> list[int]:
    """The pages (0-based) the print dialog asked for: a range "from .. to", else all
    (``ranged``: range chosen?, from, to, as the printer said in the GUI thread)."""
    is_range, first, last = ranged
    if not is_range or first <= 0:
        return list(range(total))
    last = min(last if last > 0 else total, total)
    return list(range(first - 1, last))
