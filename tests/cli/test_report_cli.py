"""``reseller-app report``: the due diligence report from a terminal (a real subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK

from .test_cli import Cli, one_line_error


@pytest.fixture
def demo(tmp_path: Path) -> Cli:
    """A database with the demo data (34 orders of 2026, distributor Central Distribution
    Europe); the tests' clock is 5 November 2026."""
    # late: the services load the ORM; only this fixture needs them in this file
    from reseller_app.services.demo import load_demo_data
    from reseller_app.services.startup import open_app
    from tests.conftest import stepping_clock

    cli = Cli(tmp_path)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        load_demo_data(ctx)
    finally:
        ctx.engine.dispose()
    (tmp_path / "out").mkdir()
    return cli


def report_packets(cli: Cli) -> list:
    """The report packets in the database, with their audit events' actions."""
    # late: the services load the ORM; only these tests need them in this file
    from reseller_app.domain.vocabulary import PacketKind
    from reseller_app.services.escalation import EscalationService
    from reseller_app.services.startup import open_app
    from reseller_app.store import audit_log

    ctx = open_app(f"sqlite:///{cli.db}", actor="tester")
    try:
        packets = EscalationService(ctx).packets(kind=PacketKind.REPORT.value)
        with ctx.session() as s:
            return [(p, [e.action for e in audit_log.events_for(s, "packet", [p.id])])
                    for p in packets]
    finally:
        ctx.engine.dispose()


def test_report_saves_the_report_s_packet_and_says_what_it_holds(demo: Cli) -> None:
    """``--out`` saves the report as the app's "Save as folder…" does: the stored report
    packet's files in a folder of their own; one event for the build, one for the export."""
    from reseller_app.domain.vocabulary import AuditAction, PacketStatus

    out = demo.tmp / "out"
    proc = demo("report", "--period", "2026", "--distributor", "central distribution europe",
                "--out", str(out))
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stderr == ""
    assert "34 orders" in proc.stdout and len(proc.stdout.splitlines()) == 1
    assert "Central Distribution Europe" in proc.stdout and "no names" in proc.stdout
    (folder,) = out.iterdir()
    assert folder.name.startswith("dd-report-2026-Central_Distribution_Europe-")
    assert str(folder) in proc.stdout
    ((packet, actions),) = report_packets(demo)
    assert packet.status == PacketStatus.EXPORTED
    assert sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in packet.files)
    assert actions == [AuditAction.REPORT_BUILT, AuditAction.PACKET_EXPORTED]
    data = json.loads((folder / packet.json_name).read_text(encoding="utf-8"))
    assert data["orders"]["screened"] == 34 and data["names_included"] is False
    assert "named_orders" not in data or data["named_orders"] is None
    assert (folder / packet.pdf_name).read_bytes().startswith(b"%PDF")


def test_report_with_names_and_queue(demo: Cli) -> None:
    """``--queue`` puts the same packet that was saved in the outbox: one report, not two."""
    from reseller_app.domain.vocabulary import AuditAction, PacketKind
    from reseller_app.services.outbox import OutboxService
    from reseller_app.services.startup import open_app

    out = demo.tmp / "out"
    proc = demo("report", "--period", "2026Q4", "--out", str(out), "--include-names",
                "--queue")  # the demo lists one distributor: it is the default
    assert proc.returncode == EXIT_OK, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and "with names" in lines[0]
    assert lines[1].startswith("Queued packet ") and "in the outbox to " in lines[1]
    assert "dd-report-2026Q4-Central_Distribution_Europe" in lines[1]
    ((packet, actions),) = report_packets(demo)
    assert actions == [AuditAction.REPORT_BUILT, AuditAction.PACKET_EXPORTED,
                       AuditAction.OUTBOX_QUEUED]
    (folder,) = out.iterdir()
    data = json.loads((folder / packet.json_name).read_text(encoding="utf-8"))
    assert data["names_included"] is True and data["named_orders"]
    ctx = open_app(f"sqlite:///{demo.db}", actor="tester")
    try:
        (item,) = OutboxService(ctx).items()
        assert item.kind == PacketKind.REPORT and item.packet_id == packet.id
    finally:
        ctx.engine.dispose()


@pytest.mark.parametrize(("args", "words"), [
    (["--period", "2026Q5"], "--period: \"2026Q5\" is not a period"),
    (["--period", "last quarter"], "write a quarter like 2026Q4"),
    (["--distributor", "Acme"], 'No distributor is called "Acme"'),
    (["--out", "missing-folder"], "missing-folder does not exist"),
])
def test_bad_input_is_one_line_and_exit_2(demo: Cli, args: list[str], words: str) -> None:
    argv = ["report", "--out", str(demo.tmp / "out"), *args]
    proc = demo(*argv)
    assert proc.returncode == EXIT_BAD_INPUT
    assert words in one_line_error(proc)
    assert not list((demo.tmp / "out").iterdir())
    assert report_packets(demo) == []  # refused before anything is stored
