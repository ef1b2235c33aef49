"""File > Due diligence report…: pick the distributor and the quarter, preview the PDF (built
and rendered in the thread pool), save it as a folder (PDF + JSON), send it to a real SMTP
server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reseller_app.domain.vocabulary import AuditAction, PacketKind, PacketStatus
from reseller_app.services.dto import SmtpSettings
from reseller_app.store import audit_log
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import OUTBOX_PAGE
from reseller_app.ui.packet_dialog import FORM, PREVIEW
from reseller_app.ui.report_dialog import ReportDialog

from ..smtp_server import SmtpServer
from .conftest import Catalog, camera_order, laptop_order
from .test_escalation import WAIT, click, has_ink, main_window, no_duplicate_mnemonics

SENDER = "orders@nordlicht.example"
DISTRIBUTOR = "compliance@techdistri.example"


@pytest.fixture
def reports(configured: Backend, catalog: Catalog) -> Backend:
    """Orders in 2026Q3 (the last quarter ended on the test clock's 5 November 2026)."""
    for draft, day in ((laptop_order(catalog, "SO-Q3-1"), dt.date(2026, 8, 3)),
                       (camera_order(catalog, "SO-Q3-2"), dt.date(2026, 9, 2))):
        draft.date = day
        configured.orders.save(draft)
    return configured


def open_dialog(qtbot: QtBot, backend: Backend) -> ReportDialog:
    window = main_window(qtbot, backend)
    window.chain_report_action.trigger()
    dialog = next(w for w in window.findChildren(ReportDialog) if w.isVisible())
    return dialog


def build_preview(qtbot: QtBot, dialog: ReportDialog) -> None:
    click(qtbot, dialog.build_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.panel.preview.page_count() >= 1, timeout=WAIT)


def test_pick_preview_and_save_the_quarter_s_report(qtbot: QtBot, reports: Backend,
                                                    tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, reports)
    assert dialog.pages.currentIndex() == FORM
    assert dialog.distributor.currentText() == f"TechDistri Europe <{DISTRIBUTOR}>"
    # The last quarter that has ended, by default; the running one and older ones to pick.
    assert dialog.period.currentData() == "2026Q3"
    periods = [dialog.period.itemData(i) for i in range(dialog.period.count())]
    assert periods[:3] == ["2026Q4", "2026Q3", "2026Q2"]
    assert dialog.period.itemText(0) == "Q4 2026 (under way)"
    assert dialog.period.itemText(1) == "Q3 2026"  # named as the PDF names it
    assert not dialog.include_names.isChecked()  # counts only, unless ticked
    no_duplicate_mnemonics(dialog)

    dialog.period.setCurrentIndex(periods.index("2026Q2"))
    dialog.period.setCurrentIndex(periods.index("2026Q3"))
    build_preview(qtbot, dialog)
    packet = dialog.packet
    assert packet is not None and packet.kind == PacketKind.REPORT
    assert packet.status == PacketStatus.BUILT and packet.order_id is None
    assert has_ink(dialog.panel.preview.page_image(0))
    assert packet.json_name in dialog.panel.files.text()

    dialog.panel.save_to("folder", tmp_path)
    qtbot.waitUntil(lambda: not dialog.panel.busy(), timeout=WAIT)
    folder = tmp_path / f"{packet.file_stem}-{packet.id[:8]}"
    assert (folder / packet.pdf_name).read_bytes().startswith(b"%PDF")
    data = json.loads((folder / packet.json_name).read_bytes())
    assert data["period"]["label"] == "2026Q3" and data["orders"]["screened"] == 2
    assert "named_orders" not in data or data["named_orders"] is None
    assert str(folder) in dialog.panel.message.text()
    assert reports.escalation.get(packet.id).status == PacketStatus.EXPORTED
    # Back on the form, the quarter's report is said to be gone already.
    assert dialog.gone_note.text() == ""
    click(qtbot, dialog.back_button)
    assert "Q3 2026 report was already sent or saved for TechDistri Europe" in \
        dialog.gone_note.text()
    dialog.period.setCurrentIndex(periods.index("2026Q2"))
    assert dialog.gone_note.text() == ""
    with reports.ctx.session() as s:
        actions = [e.action for e in audit_log.events_for(s, "packet", [packet.id])]
    assert actions == [AuditAction.REPORT_BUILT, AuditAction.PACKET_EXPORTED]
    dialog.close()


def test_the_dialog_s_save_and_the_command_line_give_the_same_files(
        qtbot: QtBot, reports: Backend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One writer: "Save as folder…" in the dialog and ``reseller-app report --out`` save the
    same signed packet's files for the same quarter, each with one event for the build and
    one for the export."""
    from reseller_app import cli
    from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME

    dialog = open_dialog(qtbot, reports)
    build_preview(qtbot, dialog)
    packet = dialog.packet
    assert packet is not None
    (tmp_path / "app").mkdir()
    (tmp_path / "cli").mkdir()
    dialog.panel.save_to("folder", tmp_path / "app")
    qtbot.waitUntil(lambda: not dialog.panel.busy(), timeout=WAIT)
    dialog.close()
    database = reports.ctx.engine.url.database
    assert cli.main(["--db", str(database), "report", "--period", "2026Q3",
                     "--out", str(tmp_path / "cli")]) == 0
    assert "(signed)" in capsys.readouterr().out
    (app_folder,) = (tmp_path / "app").iterdir()
    (cli_folder,) = (tmp_path / "cli").iterdir()
    names = sorted(p.name for p in app_folder.iterdir())
    assert names == sorted(p.name for p in cli_folder.iterdir())
    assert MANIFEST_SIGNATURE_NAME in names and packet.pdf_name in names
    app_json, cli_json = (json.loads((f / packet.json_name).read_bytes())
                          for f in (app_folder, cli_folder))
    for data in (app_json, cli_json):
        data.pop("generated_at")
    assert app_json == cli_json
    reports_built = reports.chain_reports.reports()
    assert len(reports_built) == 2 and {r.status for r in reports_built} == {
        PacketStatus.EXPORTED}
    with reports.ctx.session() as s:
        for report in reports_built:
            actions = [e.action for e in audit_log.events_for(s, "packet", [report.id])]
            assert actions == [AuditAction.REPORT_BUILT, AuditAction.PACKET_EXPORTED]


def test_send_puts_the_report_in_the_outbox_and_it_arrives(qtbot: QtBot, reports: Backend
                                                          ) -> None:
    server = SmtpServer()
    server.start()
    try:
        reports.settings.save_smtp(SmtpSettings(server.host, server.port, "none", "", SENDER))
        dialog = open_dialog(qtbot, reports)
        dialog.include_names.setChecked(True)
        build_preview(qtbot, dialog)
        packet = dialog.packet
        assert packet is not None
        click(qtbot, dialog.panel.send_button)
        qtbot.waitUntil(lambda: len(server.received) == 1, timeout=WAIT)
        got = server.received[0]
        assert got.rcpt_tos == [DISTRIBUTOR] and got.message["Subject"] == packet.subject
        files = got.attachments()
        assert files[packet.pdf_name] == reports.escalation.pdf(packet.id)
        data = json.loads(files[packet.json_name])
        assert data["named_orders"] is not None  # names ticked in
        assert "in the outbox" in dialog.panel.message.text()
        qtbot.waitUntil(lambda: reports.escalation.get(packet.id).status == PacketStatus.SENT,
                        timeout=WAIT)
        window = dialog.parent()
        dialog.close()
        # The Outbox page names it as a report (it is about no order).
        window.nav.setCurrentRow(OUTBOX_PAGE)
        qtbot.waitUntil(lambda: window.outbox.row_texts() == [("Sent", "Due diligence report")],
                        timeout=WAIT)
        qtbot.waitUntil(lambda: not window.outbox_sender.busy(), timeout=WAIT)
    finally:
        server.stop()


def test_without_a_distributor_the_dialog_says_what_to_do(qtbot: QtBot, backend: Backend
                                                          ) -> None:
    dialog = ReportDialog(backend)
    qtbot.addWidget(dialog)
    assert not dialog.build_button.isEnabled()
    assert "company profile" in dialog.general_error.message()
