"""Print what the PDF shows: every Print action prints the document's own PDF pages (the
policy laid out for the printer's paper), through a print preview, never a second layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import MisuseDraft, OrderView
from reseller_app.ui.backend import Backend
from reseller_app.ui.evidence_dialog import EvidenceDialog
from reseller_app.ui.follow_ups_view import FollowUpsPanel
from reseller_app.ui.order_detail import ESCALATION_TAB, OrderWindow
from reseller_app.ui.packet_panel import PacketPanel
from reseller_app.ui.pdf_preview import render_pages
from reseller_app.ui.pdf_print import PdfPrint, fit_rect, paper_name

from .test_policy import TODAY, adopt_directly, open_window


def pdf_printer(out: Path, paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> QPrinter:
    """A printer that writes a PDF file (the platform's "print to PDF")."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageSize(QPageSize(paper))
    return printer


def texts(pdf: Path | bytes) -> list[str]:
    import io

    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return [page.extract_text() for page in reader.pages]


def wait_printed(qtbot: QtBot, printing: PdfPrint, job: object) -> None:
    assert job is not None
    with qtbot.waitSignal(printing.printed, timeout=60_000):
        pass


def non_blank(image: QImage) -> bool:
    """Whether a rendered page has ink on it (a dark pixel in a grid over the page)."""
    step = max(1, image.width() // 120)
    return any(image.pixelColor(x, y).lightness() < 128
               for y in range(0, image.height(), step) for x in range(0, image.width(), step))


def test_policy_prints_the_pages_and_text_of_its_pdf(qtbot: QtBot, configured: Backend,
                                                     tmp_path: Path) -> None:
    adopt_directly(configured)
    window = open_window(qtbot, configured)
    exported = configured.policy.pdf(page_size="A4")

    window.print_to(pdf_printer(tmp_path / "printed.pdf"))
    assert window.printing is not None
    with qtbot.waitSignal(window.printing.printed, timeout=60_000):
        pass
    printed = texts(tmp_path / "printed.pdf")
    assert printed == texts(exported)
    assert len(printed) == 4
    # The running footer and the signature line are on the paper, as in the PDF.
    assert all("Page" in page and "Nordlicht IT GmbH" in page for page in printed)
    assert "Anna Weber" in printed[-1] and "Signature" in printed[-1]
    assert window.overview.message.text() == "Sent to the printer."


def test_policy_is_laid_out_for_the_printers_paper(qtbot: QtBot, configured: Backend,
                                                   tmp_path: Path) -> None:
    adopt_directly(configured)
    window = open_window(qtbot, configured)
    printer = pdf_printer(tmp_path / "letter.pdf", QPageSize.PageSizeId.Letter)
    assert paper_name(printer) == "Letter"
    window.print_to(printer)
    assert window.printing is not None
    with qtbot.waitSignal(window.printing.printed, timeout=60_000):
        pass
    page = PdfReader(tmp_path / "letter.pdf").pages[0]
    assert round(float(page.mediabox.width)) == 612
    assert texts(tmp_path / "letter.pdf") == texts(configured.policy.pdf(page_size="Letter"))


def test_pages_rendered_for_a_printer_match_the_pdf(qtbot: QtBot, configured: Backend,
                                                    tmp_path: Path) -> None:
    """The path of a real printer: each page rendered by PDFium at the printer's resolution
    and painted on the sheet, one printed page per PDF page, none blank."""
    adopt_directly(configured)
    exported = configured.policy.pdf(page_size="A4")
    printing = PdfPrint(exported, title="Policy", file_name="policy.pdf", parent=None)
    printer = pdf_printer(tmp_path / "raster.pdf")
    printer.setResolution(150)  # a quick test; the code caps real printers at 600 dpi
    statuses: list[str] = []
    printing.status.connect(statuses.append)
    wait_printed(qtbot, printing, printing.print_to(printer, as_images=True))
    assert statuses == [f"Printing page {n} of 4…" for n in (2, 3, 4)]
    reader = PdfReader(tmp_path / "raster.pdf")
    assert len(reader.pages) == len(texts(exported)) == 4
    assert round(float(reader.pages[0].mediabox.width)) == 595
    images = render_pages((tmp_path / "raster.pdf").read_bytes(), dpi=40)
    assert len(images) == 4 and all(non_blank(image) for image in images)


def test_printing_shows_its_pages_and_can_be_cancelled(qtbot: QtBot, configured: Backend,
                                                        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton, QWidget

    adopt_directly(configured)
    exported = configured.policy.pdf(page_size="A4")
    view = QWidget()
    qtbot.addWidget(view)
    printing = PdfPrint(exported, title="Policy", file_name="policy.pdf", parent=view)
    printer = pdf_printer(tmp_path / "cancelled.pdf")
    printer.setResolution(150)
    failures: list[str] = []
    printing.failed.connect(failures.append)

    def cancel_after_the_first_page(done: int, total: int) -> None:
        box = printing.progress_box
        assert box is not None and box.maximum() == total == 4
        if done == 1:
            box.findChild(QPushButton).click()  # the user presses Cancel

    printing.progress.connect(cancel_after_the_first_page)
    with qtbot.waitSignal(printing.failed, timeout=60_000):
        printing.print_to(printer, as_images=True)
    # The worker may have sent one more page before it saw the Cancel; never all four.
    assert failures and re.fullmatch(r"Printing was cancelled after [123] of 4 pages\.",
                                     failures[0]), failures
    assert printing.progress_box is None and not printing.busy()


def test_a_page_range_prints_those_pages(qtbot: QtBot, configured: Backend,
                                         tmp_path: Path) -> None:
    adopt_directly(configured)
    exported = configured.policy.pdf(page_size="A4")
    printing = PdfPrint(exported, title="Policy", file_name="policy.pdf", parent=None)
    printer = pdf_printer(tmp_path / "pages.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    wait_printed(qtbot, printing, printing.print_to(printer))
    assert texts(tmp_path / "pages.pdf") == texts(exported)[1:3]


def test_print_preview_shows_the_pdf_pages(qtbot: QtBot, configured: Backend,
                                           tmp_path: Path) -> None:
    adopt_directly(configured)
    window = open_window(qtbot, configured)
    window.overview.print_button.click()
    printing = window.printing
    assert printing is not None
    qtbot.waitUntil(lambda: printing.dialog is not None, timeout=60_000)
    dialog = printing.dialog
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 4, timeout=20_000)
    window.overview.print_button.click()  # again: the open preview comes forward
    assert window.printing is printing and printing.dialog is dialog
    assert len(window.findChildren(QPrintPreviewDialog)) == 1
    # Print in the preview: Qt asks for the pages again, on the printer itself this time.
    printer = printing.printer
    assert printer is not None
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "from-preview.pdf"))
    with qtbot.waitSignal(printing.printed, timeout=60_000):
        dialog.paintRequested.emit(printer)
    assert texts(tmp_path / "from-preview.pdf") == texts(configured.policy.pdf(
        page_size=paper_name(printer)))
    dialog.close()


@pytest.mark.parametrize(("sheet", "expected"), [
    ((595.0, 842.0), (0.0, 0.0, 595.0, 842.0)),  # A4 on A4: actual size
    ((612.0, 792.0), (26.166, 0.0, 559.667, 792.0)),  # A4 on Letter: shrunk, centred
    ((842.0, 1191.0), (123.5, 174.5, 595.0, 842.0)),  # A4 on A3: actual size, centred
])
def test_a_page_keeps_its_proportions_on_the_sheet(sheet: tuple[float, float],
                                                   expected: tuple[float, ...]) -> None:
    from PySide6.QtCore import QRectF

    rect = fit_rect(595.0, 842.0, QRectF(0, 0, *sheet), 72, 72)
    assert tuple(round(v, 3) for v in (rect.x(), rect.y(), rect.width(), rect.height())) \
        == expected


# -- the other documents ------------------------------------------------------------------------
def print_and_compare(qtbot: QtBot, printing: PdfPrint, expected: bytes, out: Path) -> None:
    """The preview (asked for) shows the PDF's pages; the PDF printer gets its pages and
    text."""
    qtbot.waitUntil(lambda: printing.dialog is not None, timeout=60_000)
    dialog = printing.dialog
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    pages = len(texts(expected))
    qtbot.waitUntil(lambda: preview.pageCount() == pages, timeout=20_000)
    dialog.close()
    wait_printed(qtbot, printing, printing.print_to(pdf_printer(out)))
    assert texts(out) == texts(expected)


def test_the_escalation_packet_and_the_misuse_report_print_as_sent(
        qtbot: QtBot, configured: Backend, held_order: OrderView, tmp_path: Path) -> None:
    packet = configured.escalation.build(held_order.id, recommendation="no_recommendation",
                                         recommendation_text="Please decide.")
    misuse = configured.misuse.report(MisuseDraft(
        "Cameras seen at a protest.", TODAY, order_id=held_order.id))
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    assert window.open_order(held_order.id)
    window.show()
    window.tabs.setCurrentIndex(ESCALATION_TAB)
    tab = window.escalation
    assert tab.print_button.isEnabled()
    assert tab.print_packet() is not None  # none selected: the latest, the misuse report
    assert tab.printing is not None
    qtbot.waitUntil(lambda: tab.printing is not None and tab.printing.dialog is not None,
                    timeout=60_000)
    tab.printing.dialog.close()
    wait_printed(qtbot, tab.printing, tab.printing.print_to(pdf_printer(tmp_path / "m.pdf")))
    assert texts(tmp_path / "m.pdf") == texts(configured.escalation.pdf(misuse.id))

    panel = PacketPanel(configured)
    qtbot.addWidget(panel)
    panel.load(packet)
    assert panel.print_button.isEnabled()
    assert panel.print_pdf() is not None
    printing = panel.printing
    assert printing is not None
    print_and_compare(qtbot, printing, configured.escalation.pdf(packet.id),
                      tmp_path / "packet.pdf")
    assert panel.message.text() == "Sent to the printer."


def test_the_guidance_prints_as_its_pdf(qtbot: QtBot, configured: Backend,
                                        held_order: OrderView, tmp_path: Path) -> None:
    panel = FollowUpsPanel(configured, for_order=True)
    qtbot.addWidget(panel)
    panel.load_order(held_order.id, held_order.draft.reference)
    assert panel.print_guidance_button.isEnabled()
    assert panel.print_guidance() is not None
    printing = panel.printing
    assert printing is not None
    qtbot.waitUntil(lambda: printing.dialog is not None, timeout=60_000)
    printing.dialog.close()
    wait_printed(qtbot, printing, printing.print_to(pdf_printer(tmp_path / "guidance.pdf")))
    assert texts(tmp_path / "guidance.pdf") == texts(
        configured.followups.guidance_pdf(held_order.id))
    assert panel.message.text().startswith("Sent to the printer.")
    # On a Letter printer the guidance is laid out for Letter paper, not shrunk from A4.
    wait_printed(qtbot, printing, printing.print_to(
        pdf_printer(tmp_path / "letter.pdf", QPageSize.PageSizeId.Letter)))
    assert round(float(PdfReader(tmp_path / "letter.pdf").pages[0].mediabox.width)) == 612
    assert texts(tmp_path / "letter.pdf") == texts(
        configured.followups.guidance_pdf(held_order.id, "Letter"))


def test_the_evidence_summary_prints_as_in_the_bundle(qtbot: QtBot, configured: Backend,
                                                      held_order: OrderView,
                                                      tmp_path: Path) -> None:
    import zipfile

    dialog = EvidenceDialog(configured)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isEnabled()
    dialog.out.setText(str(tmp_path / "evidence.zip"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.print_button.isEnabled()
    with zipfile.ZipFile(tmp_path / "evidence.zip") as zf:
        summary = zf.read("summary.pdf")
    assert dialog.print_summary() is not None
    assert dialog.printing is not None
    print_and_compare(qtbot, dialog.printing, summary, tmp_path / "summary.pdf")
    assert dialog.result.text() == "The summary was sent to the printer."


def test_bands_of_a_page_join_into_the_whole_page(configured: Backend) -> None:
    """A page is rendered in bands (memory); put one under the other they make the page as
    PDFium renders it whole: no row lost, shifted or doubled at a seam."""
    import pypdfium2 as pdfium

    from reseller_app.ui.pdf_print import page_bands

    adopt_directly(configured)
    page = pdfium.PdfDocument(configured.policy.pdf(page_size="A4"))[0]
    scale = 2.0
    (_, rows, whole), = page_bands(page, scale, band_rows=100_000)
    joined = QImage(whole.size(), whole.format())
    joined.fill(0)
    bands = list(page_bands(page, scale, band_rows=97))  # seams at odd rows
    assert len(bands) == -(-rows // 97) and whole.height() == rows
    painter = QPainter(joined)
    for first, _rows, image in bands:
        painter.drawImage(0, first, image)
    painter.end()
    step = 3
    worst = max(abs(joined.pixelColor(x, y).lightness() - whole.pixelColor(x, y).lightness())
                for y in range(rows) for x in range(0, whole.width(), step))
    assert worst <= 16  # the same picture, up to PDFium's anti-aliasing of a cut edge
