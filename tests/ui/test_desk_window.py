"""The distributor's desk window (ui/desk_window.py) on a real packet built by the reseller's
side of the app, with real keys on both sides: opened and listed as waiting with its signature
in words, a tampered packet refused in words, the answer written as a signed decision file the
reseller's side imports, and sent back through the outbox to a real SMTP server."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reseller_app.services.answers import AnswerService
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.services.desk import DeskKeyService, DeskService
from reseller_app.services.distributor_keys import (
    ROLE_DISTRIBUTOR,
    ROLE_RESELLER,
    PinnedKeyService,
)
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.escalation import EscalationService
from reseller_app.services.settings import SettingsService
from reseller_app.ui.backend import Backend
from reseller_app.ui.desk_window import DeskWindow
from reseller_app.ui.main_window import MainWindow
from reseller_app.ui.outbox_sender import OutboxSender

from ..services.test_desk import open_desk
from ..services.test_escalation import build
from ..smtp_server import SmtpServer
from .conftest import Catalog, camera_order
from .test_escalation import no_duplicate_mnemonics

DISTRIBUTOR = "TechDistri Europe"
STATE, RESELLER, ORDER, RECEIVED, ANSWER = range(5)


@pytest.fixture
def desk(app: object, tmp_path: Path) -> Iterator[Backend]:
    """The distributor's own installation (another database), its key made and the
    reseller's key pinned; the reseller has pinned the desk's key."""
    ctx = open_desk(tmp_path, "desk")
    yield Backend(ctx)
    ctx.engine.dispose()


@pytest.fixture
def keys(configured: Backend, desk: Backend, tmp_path: Path) -> None:
    reseller_key = CompanyKeyService(configured.ctx).export(tmp_path / "reseller-key.json")
    desk_key = DeskKeyService(desk.ctx, owner=DISTRIBUTOR).export(tmp_path / "desk-key.json")
    PinnedKeyService(desk.ctx).pin(ROLE_RESELLER, "", reseller_key)
    PinnedKeyService(configured.ctx).pin(ROLE_DISTRIBUTOR, DISTRIBUTOR, desk_key)


def packet(configured: Backend, catalog: Catalog, tmp_path: Path,
           reference: str = "SO-2001") -> tuple[str, Path]:
    """A held order's signed escalation packet, saved as a zip by the reseller's app."""
    order = configured.orders.save(camera_order(catalog, reference))
    view = build(configured.ctx, order.id)
    folder = tmp_path / f"sent-{reference}"
    folder.mkdir()
    return view.id, EscalationService(configured.ctx).save_zip(view.id, folder)


def window_on(desk: Backend, qtbot: QtBot, **kw) -> DeskWindow:
    window = DeskWindow(desk, **kw)
    qtbot.addWidget(window)
    window.show()
    return window


def open_packet(window: DeskWindow, qtbot: QtBot, path: Path) -> None:
    with qtbot.waitSignal(window.opened, timeout=30_000):
        window.open_packet(path)


def test_a_packet_opened_is_listed_waiting_with_its_signature_in_words(
        configured, catalog, desk, keys, qtbot, tmp_path):
    packet_id, path = packet(configured, catalog, tmp_path)
    window = window_on(desk, qtbot)
    assert window.table.model_.rowCount() == 0
    open_packet(window, qtbot, path)
    fingerprint = CompanyKeyService(configured.ctx).current().fingerprint
    assert f"Signed by Nordlicht IT GmbH (fingerprint {fingerprint})." in window.verdict.text()
    assert not window.error.isVisible()
    assert window.table.column_texts(STATE) == ["Waiting"]
    assert window.table.column_texts(RESELLER) == ["Nordlicht IT GmbH"]
    assert window.table.column_texts(ORDER) == ["SO-2001"]
    assert window.table.selected_id() == packet_id
    assert "Signed by Nordlicht IT GmbH" in window.pane.heading.text()
    qtbot.waitUntil(lambda: window.pane.preview.page_count() > 0, timeout=30_000)
    assert window.pane.answer.record_button.isEnabled()
    assert not window.pane.answer.send_button.isEnabled()
    assert window.pane.answer.to.text() == "anna.weber@example.com"  # the packet's contact
    no_duplicate_mnemonics(window)
    # The same packet again keeps its one row.
    open_packet(window, qtbot, path)
    assert window.table.model_.rowCount() == 1


def test_the_list_sorts_by_any_column(configured, catalog, desk, keys, qtbot, tmp_path):
    paths = [packet(configured, catalog, tmp_path, ref)[1] for ref in ("SO-2002", "SO-2001")]
    window = window_on(desk, qtbot)
    for path in paths:
        open_packet(window, qtbot, path)
    assert window.table.column_texts(ORDER) == ["SO-2002", "SO-2001"]  # in the order they came
    window.table.sortByColumn(ORDER, Qt.SortOrder.AscendingOrder)
    assert window.table.column_texts(ORDER) == ["SO-2001", "SO-2002"]
    window.table.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)  # newest first
    assert window.table.column_texts(ORDER) == ["SO-2001", "SO-2002"]


def tampered(path: Path, target: Path) -> Path:
    """The packet with its JSON changed after the manifest was made (the tier lowered)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name.endswith(".json") and name.startswith("escalation-"):
                doc = json.loads(data)
                doc["screening"]["tier"] = "low"
                data = json.dumps(doc).encode()
            out.writestr(name, data)
    target.write_bytes(buf.getvalue())
    return target


def test_a_tampered_packet_is_refused_in_words_and_not_listed(configured, catalog, desk, keys,
                                                              qtbot, tmp_path):
    _, path = packet(configured, catalog, tmp_path)
    window = window_on(desk, qtbot)
    with qtbot.waitSignal(window.refused, timeout=30_000) as refusal:
        window.open_packet(tampered(path, tmp_path / "tampered.zip"))
    assert "tampered.zip was altered after its manifest was made" in refusal.args[0]
    assert window.error.message().startswith("Refused, nothing was added to the list: ")
    assert "Ask the reseller to send the packet again." in window.error.message()
    assert window.table.model_.rowCount() == 0 and DeskService(desk.ctx).packets() == []
    assert window.open_button.isEnabled()


def test_the_answer_is_signed_saved_and_imported_by_the_reseller(
        configured, catalog, desk, keys, qtbot, tmp_path, monkeypatch):
    packet_id, path = packet(configured, catalog, tmp_path)
    window = window_on(desk, qtbot)
    open_packet(window, qtbot, path)
    form = window.pane.answer
    form.outcome.setCurrentIndex(form.outcome.findData("approved_with_conditions"))
    assert form.conditions.isEnabled()
    form.reference.setText("TD-2026-118")
    form.person.setText("Dana Ruiz")
    assert window.record_answer() is None  # no condition written yet: said, nothing stored
    assert "conditions" in form.error.message()
    form.conditions.setPlainText("Disable face matching before delivery\n\nOnly at junctions")
    row = window.record_answer()
    assert row is not None and row.state == "answered"
    assert window.table.column_texts(STATE) == ["Answer recorded"]
    assert window.table.column_texts(ANSWER) == ["Approved with conditions (TD-2026-118)"]
    assert not form.record_button.isEnabled() and form.reference.isReadOnly()
    assert form.save_button.isEnabled() and form.send_button.isEnabled()

    target = tmp_path / "answers"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target / "decision-SO-2001.json"), ""))
    saved = window.save_decision()
    assert saved == target / "decision-SO-2001.json"
    assert (target / "decision-SO-2001.sig.json").is_file()
    assert "decision-SO-2001.sig.json" in window.verdict.text()

    answer = AnswerService(configured.ctx).import_file(saved)
    fingerprint = DeskKeyService(desk.ctx).current().fingerprint
    assert answer.signature == f"Signed by {DISTRIBUTOR} (fingerprint {fingerprint})."
    assert answer.packet_id == packet_id and answer.reference == "TD-2026-118"
    assert answer.conditions == ["Disable face matching before delivery", "Only at junctions"]


def test_send_to_reseller_e_mails_the_decision_through_the_outbox(
        configured, catalog, desk, keys, qtbot, tmp_path):
    _, path = packet(configured, catalog, tmp_path)
    server = SmtpServer().start()
    sender = OutboxSender(desk)
    try:
        SettingsService(desk.ctx).save_smtp(SmtpSettings(
            server.host, server.port, "none", "", "desk@techdistri.example"))
        window = window_on(desk, qtbot, sender=sender)
        open_packet(window, qtbot, path)
        form = window.pane.answer
        form.outcome.setCurrentIndex(form.outcome.findData("rejected"))
        form.reference.setText("TD-7")
        assert window.record_answer() is not None
        form.to.setText("not an address")
        assert not window.send_decision()
        assert "not an e-mail address" in form.error.message()
        form.to.setText("orders@nordlicht.example")
        with qtbot.waitSignal(sender.sent, timeout=30_000):
            assert window.send_decision()
        qtbot.waitUntil(lambda: window.table.column_texts(STATE) == ["Answered, sent"])
        assert not form.send_button.isEnabled()
    finally:
        sender.stop()
        server.stop()
    [mail] = server.received
    assert mail.rcpt_tos == ["orders@nordlicht.example"]
    assert set(mail.attachments()) == {"decision-SO-2001.json", "decision-SO-2001.sig.json"}
    assert "SO-2001" in mail.message["Subject"]


def test_the_main_window_opens_one_desk_window(configured, qtbot, monkeypatch):
    window = MainWindow(configured)
    qtbot.addWidget(window)
    desk_window = window.open_desk()
    assert desk_window.windowTitle() == "Distributor desk"
    assert window.open_desk() is desk_window
    desk_window.close()
    qtbot.waitUntil(lambda: window.desk_window is None)


def test_the_outbox_page_names_a_queued_answer(configured, catalog, desk, keys, qtbot, tmp_path):
    from reseller_app.ui.outbox_view import OutboxView

    packet_id, path = packet(configured, catalog, tmp_path)
    service = DeskService(desk.ctx)
    service.receive(path)
    service.answer_received(packet_id, outcome="approved", conditions=[], reference="TD-1",
                            person="Dana Ruiz")
    item = desk.outbox.queue_decision(packet_id)
    view = OutboxView(desk)
    qtbot.addWidget(view)
    assert view.about_text(item) == "Answer on SO-2001"


def test_an_eml_from_a_reseller_whose_key_is_not_pinned_is_listed_with_a_warning(
        configured, catalog, desk, qtbot, tmp_path):
    order = configured.orders.save(camera_order(catalog))
    view = build(configured.ctx, order.id)
    eml = EscalationService(configured.ctx).save_eml(view.id, tmp_path / "packet.eml")
    window = window_on(desk, qtbot)
    open_packet(window, qtbot, eml)
    assert window.error.message().startswith(
        "No key of Nordlicht IT GmbH is pinned on this desk, so its signature cannot be "
        "checked")
    assert window.table.column_texts(STATE) == ["Waiting"]
    assert "Its signature was not checked: no key of Nordlicht IT GmbH is pinned." \
        in window.pane.heading.text()


def test_the_pdf_opens_in_the_system_viewer(configured, catalog, desk, keys, qtbot, tmp_path,
                                            monkeypatch):
    from PySide6.QtGui import QDesktopServices

    _, path = packet(configured, catalog, tmp_path)
    window = window_on(desk, qtbot)
    open_packet(window, qtbot, path)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    pdf = window.open_in_viewer()
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert [u.toLocalFile() for u in opened] == [str(pdf)]
    window.close()
    assert not pdf.exists()  # the copy goes with the window
