"""A PDF shown in the app, page under page, before it is sent.

PySide6-Essentials has no QtPdf, so the pages are rendered with pypdfium2 (PDFium, the PDF
engine of Chromium) into QImages in the thread pool, and shown as pixmaps in a scroll area.
PDFium is not thread-safe: one lock serialises every call into it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from reseller_app.ui.workers import Job

PDFIUM_LOCK = threading.Lock()
PREVIEW_DPI = 110  # sharp on an ordinary screen, small enough to render a page in a blink
LETTER_WIDTH_PT = 612  # the wider of A4 (595 pt) and Letter


def render_pages(pdf: bytes, *, dpi: float = PREVIEW_DPI,
                 is_cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[int, int], None] | None = None) -> list[QImage]:
    """Every page of ``pdf`` as a QImage (safe in a worker thread: no QPixmap here)."""
    # late: pdfium loads with the first PDF shown or printed
    import pypdfium2 as pdfium

    images: list[QImage] = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            total = len(document)
            for i in range(total):
                if is_cancelled():
                    break
                page = document[i]
                try:
                    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
                    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGBX8888)
                    images.append(image.copy())  # detach from PDFium's buffer
                    bitmap.close()
                finally:
                    page.close()
                if progress is not None:
                    progress(i + 1, total)
        finally:
            document.close()
    return images


class PdfPreview(QScrollArea):
    """The pages of one PDF; ``rendered(pages)`` once they are on screen."""

    rendered = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Preview of the PDF"))
        self.setBackgroundRole(self.backgroundRole())
        self._holder = QWidget(self)
        self._layout = QVBoxLayout(self._holder)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self._message = QLabel(self._holder)
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._message)
        self.setWidget(self._holder)
        self._pages: list[QLabel] = []
        self._images: list[QImage] = []
        self._job: Job | None = None

    def show_pdf(self, pdf: bytes) -> Job:
        """Render ``pdf`` in the background; the pages replace what is shown."""
        self.cancel()
        self.clear(self.tr("Preparing the preview…"))
        dpi = self.fitting_dpi()
        job = Job(lambda progress, cancelled: render_pages(pdf, dpi=dpi,
                                                           is_cancelled=cancelled,
                                                           progress=progress))
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(self._failed)
        self._job = job
        return job.start()

    def cancel(self) -> None:
        """Stop the render under way, and cut it off from this view: its late result (or its
        failure) reaches nothing, also once the view is deleted (a dialog closed while its
        preview renders)."""
        job, self._job = self._job, None
        if job is None:
            return
        job.cancel()
        for signal, slot in ((job.signals.finished, self._show),
                             (job.signals.failed, self._failed)):
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with the job
                signal.disconnect(slot)

    def fitting_dpi(self) -> float:
        """A resolution at which a Letter or A4 page fits the width of the view (72-110)."""
        room = self.viewport().width() - 2 * self._layout.contentsMargins().left() - 8
        return max(72.0, min(float(PREVIEW_DPI), room * 72 / LETTER_WIDTH_PT))

    def clear(self, message: str = "") -> None:
        for label in self._pages:
            label.deleteLater()
        self._pages, self._images = [], []
        self._message.setText(message)
        self._message.setVisible(bool(message))

    def _current(self) -> bool:
        """Whether the signal being handled comes from the job of the latest PDF."""
        return self._job is not None and self.sender() is self._job.signals

    def _show(self, images: list[QImage]) -> None:
        if not self._current():
            return  # an older PDF finished after a newer one was asked for
        self._job = None
        self.clear()
        self._images = list(images)
        for n, image in enumerate(self._images, start=1):
            label = QLabel(self._holder)
            pixmap = QPixmap.fromImage(image)
            label.setPixmap(pixmap)
            label.setFrameShape(QFrame.Shape.Box)
            # A page keeps its size: the scroll area scrolls, it never squeezes a page.
            frame = 2 * label.frameWidth()
            label.setFixedSize(pixmap.width() + frame, pixmap.height() + frame)
            label.setAccessibleName(self.tr("Page {0} of {1}").format(n, len(self._images)))
            self._layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._pages.append(label)
        self.rendered.emit(len(self._images))

    def _failed(self, message: str) -> None:
        if not self._current():
            return
        self._job = None
        self.clear(self.tr("The preview could not be shown: {0}").format(message))
        self.failed.emit(message)

    def page_count(self) -> int:
        return len(self._pages)

    def page_image(self, index: int) -> QImage:
        return self._images[index]

    def busy(self) -> bool:
        return self._job is not None
