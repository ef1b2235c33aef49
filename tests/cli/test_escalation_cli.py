"""``escalate``, ``outbox``, ``outbox send``, ``decision import`` and ``evidence`` as the user
runs them: in a process, on a database prepared through the services."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.orders import OrderService
from reseller_app.services.settings import SettingsService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from ..services.conftest import sample_profile
from .test_cli import Cli


@pytest.fixture
def prepared(tmp_path, server):
    """A database with the company, a held camera order and SMTP settings (no login)."""
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Customer, LineDraft, OrderDraft, Product
    from reseller_app.services.setup import SetupService

    cli = Cli(tmp_path)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        SetupService(ctx).save_profile(sample_profile())
        cat = CatalogService(ctx)
        police = cat.save_customer(Customer("Policía Regional", "VE", "government",
                                            government_function="law_enforcement"))
        cam = cat.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                       "video_surveillance"))
        import datetime as dt
        from decimal import Decimal

        view = OrderService(ctx).save(OrderDraft(
            "SO-2001", dt.date(2026, 11, 2), "assisted", police.id, None, "VE",
            "Traffic monitoring at city junctions", [],
            [LineDraft(cam.sku, cam.name, cam.category, 40, Decimal("310"), cam.id)]))
        assert view.status == "held"
        SettingsService(ctx).save_smtp(SmtpSettings(server.host, server.port, "none", "",
                                                    "orders@nordlicht.example"))
    finally:
        ctx.engine.dispose()
    return cli


def test_escalate_send_answer_and_evidence_from_the_terminal(prepared, server, tmp_path):
    cli = prepared
    out = tmp_path / "out"  # a new folder: --out makes it
    statement = cli.write("statement.pdf", b"%PDF-1.4 signed\n")
    proc = cli("escalate", "SO-2001", "--out", str(out), "--recommend", "reject",
               "--text", "The end use cannot be verified.", "--attach", str(statement),
               "--queue")
    assert proc.returncode == EXIT_OK, proc.stderr
    packet_id = proc.stdout.split()[1]
    zips = list(out.glob("escalation-SO-2001-*.zip"))
    assert len(zips) == 1
    with zipfile.ZipFile(zips[0]) as zf:
        names = zf.namelist()
        manifest = zf.read("manifest.json")
    assert names == ["escalation-SO-2001.pdf", "escalation-SO-2001.json",
                     "statement.pdf", "decision-template.json", "how-to-answer.txt",
                     "manifest.json"]
    assert (out / zips[0].stem / "escalation-SO-2001.json").exists()

    listing = cli("outbox")
    assert listing.returncode == EXIT_OK and "queued" in listing.stdout

    # The server is down: the message waits.
    port = server.port
    down = cli("outbox", "send")
    assert down.returncode == EXIT_FAILED and "Cannot reach the mail server" in down.stdout
    assert "Still queued 1" in down.stdout
    assert len(down.stderr.splitlines()) == 1 and "stays queued" in down.stderr
    server.start()
    up = cli("outbox", "send")
    assert up.returncode == EXIT_OK, up.stdout + up.stderr
    assert "Sent 1" in up.stdout and len(server.received) == 1 and server.port == port
    again = cli("outbox", "send")
    assert "Sent 0" in again.stdout and len(server.received) == 1
    assert "sent" in cli("outbox").stdout

    import hashlib

    decision = {"format": "channel-diligence-decision/1", "packet_id": packet_id,
                "manifest_sha256": hashlib.sha256(manifest).hexdigest(), "outcome": "rejected",
                "reference": "TD-9", "answered_on": dt.date.today().isoformat(),
                "person": "Dana Ruiz"}
    tampered = dict(decision, manifest_sha256=hashlib.sha256(b"x").hexdigest())
    bad = cli("decision", "import", str(cli.write("bad.json", tampered)))
    assert bad.returncode == EXIT_BAD_INPUT and "altered after its manifest" in bad.stderr
    good = cli("decision", "import", str(cli.write("decision.json", decision)))
    assert good.returncode == EXIT_OK, good.stderr
    assert "rejected" in good.stdout and "declined" in good.stdout

    bundle = tmp_path / "evidence.zip"
    ev = cli("evidence", "--from", "2026-01-01", "--to", "2026-12-31", str(bundle))
    assert ev.returncode == EXIT_OK, ev.stderr
    assert "1 packets, 1 answers" in ev.stdout and "audit log intact" in ev.stdout
    assert "0 sanctions list versions, 0 reviews of possible matches" in ev.stdout
    with zipfile.ZipFile(bundle) as zf:
        assert json.loads(zf.read("answers.json"))[0]["reference"] == "TD-9"
    assert cli("evidence", "--from", "2026-13-01", "--to", "2026-12-31",
               str(bundle)).returncode == EXIT_BAD_INPUT


def test_escalate_refuses_in_one_line(prepared, tmp_path):
    cli = prepared
    proc = cli("escalate", "SO-404", "--out", str(tmp_path))
    assert proc.returncode == EXIT_BAD_INPUT and "no order SO-404" in proc.stderr
    proc = cli("escalate", "SO-2001", "--out", str(tmp_path / "no" / "where"))
    assert proc.returncode == EXIT_BAD_INPUT and "does not exist" in proc.stderr
    assert not (tmp_path / "no").exists()
    proc = cli("decision", "import", str(cli.write("d.json", "{not json")))
    assert proc.returncode == EXIT_BAD_INPUT and "not valid JSON" in proc.stderr
    assert len(proc.stderr.splitlines()) == 1


def test_escalate_names_its_conditions_and_safeguards(prepared, tmp_path):
    cli = prepared
    out = tmp_path / "out"
    proc = cli("escalate", "SO-2001", "--out", str(out), "--recommend",
               "approve_with_conditions", "--text", "Traffic use is plausible.",
               "--condition", "No face matching.", "--condition", "Report the sites yearly.",
               "--mitigation", "feature_limitation")
    assert proc.returncode == EXIT_OK, proc.stderr
    data = json.loads(next(out.glob("*/escalation-SO-2001.json")).read_text("utf-8"))
    assert data["recommendation"]["outcome"] == "approve_with_conditions"
    assert data["proposed_conditions"] == "No face matching.\nReport the sites yearly."
    assert [m["id"] for m in data["proposed_mitigations"]] == ["feature_limitation"]


@pytest.mark.parametrize("extra", [
    [],  # approve with conditions, and not one named
    ["--mitigation", "no_such_safeguard"],
    ["--attach", "missing.pdf"],
])
def test_a_refused_escalation_leaves_no_empty_folder(prepared, tmp_path, extra):
    cli = prepared
    out = tmp_path / "new-out"
    proc = cli("escalate", "SO-2001", "--out", str(out), "--recommend",
               "approve_with_conditions", "--text", "Plausible.", *extra)
    assert proc.returncode == EXIT_BAD_INPUT, proc.stdout + proc.stderr
    assert len(proc.stderr.splitlines()) == 1
    if "--mitigation" in extra:
        assert "no_such_safeguard" in proc.stderr and "feature_limitation" in proc.stderr
    assert not out.exists()


def _stuck_in_sending(cli, minutes: int = 5) -> None:
    """What a crash between claiming a message and the server's reply leaves behind."""
    import sqlite3

    con = sqlite3.connect(cli.db)
    try:
        lease = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)).replace(tzinfo=None)
        con.execute("UPDATE outbox_message SET state = 'sending', attempts = 1, "
                    "next_attempt_at = ?", (lease.isoformat(sep=" "),))
        con.commit()
    finally:
        con.close()


def test_outbox_send_says_what_is_still_being_sent_and_exits_1(prepared, server, tmp_path):
    cli = prepared
    proc = cli("escalate", "SO-2001", "--out", str(tmp_path), "--recommend", "reject",
               "--text", "Cannot verify the end use.", "--queue")
    assert proc.returncode == EXIT_OK, proc.stderr
    _stuck_in_sending(cli)
    server.start()
    send = cli("outbox", "send")
    assert send.returncode == EXIT_FAILED, send.stdout
    assert "Still being sent 1" in send.stdout and "sending" in send.stdout
    assert server.received == []


def test_outbox_shows_local_time_with_its_offset_and_escapes_control_characters(
        prepared, tmp_path):
    import re
    import sqlite3

    cli = prepared
    assert cli("escalate", "SO-2001", "--out", str(tmp_path), "--recommend", "reject",
               "--text", "Cannot verify.", "--queue").returncode == EXIT_OK
    con = sqlite3.connect(cli.db)  # a reference stored before line breaks were refused
    con.execute("UPDATE orders SET reference = ? WHERE reference = 'SO-2001'",
                ("SO-2001\n\u202eX",))
    con.commit()
    con.close()
    cli.env["TZ"] = "XYZ-02:00"  # POSIX: two hours east of UTC
    listing = cli("outbox")
    assert listing.returncode == EXIT_OK, listing.stderr
    lines = listing.stdout.splitlines()
    assert len(lines) == 1, listing.stdout
    assert "SO-2001\\n\\u202eX" in lines[0]
    assert re.search(r"next try \d{4}-\d\d-\d\d \d\d:\d\d \+02:00$", lines[0]), lines[0]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a pipe closed by its reader")
def test_escalate_queue_into_a_closed_pipe_queues_and_says_so(prepared, tmp_path):
    """``reseller-app escalate ... --queue | head -c 0``: the packet is queued all the same,
    and the command says in one line that its output was lost, exiting 1."""
    import subprocess
    import sys

    cli = prepared
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader stopped before the first line
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "reseller_app", "--db", str(cli.db), "escalate", "SO-2001",
             "--out", str(tmp_path), "--recommend", "reject", "--text", "Cannot verify.",
             "--queue"], stdout=write_end, stderr=subprocess.PIPE, text=True, env=cli.env,
            cwd=cli.tmp, timeout=120)
    finally:
        os.close(write_end)
    assert proc.returncode == EXIT_FAILED
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert "queued in the outbox" in proc.stderr and "broken pipe" in proc.stderr
    listing = cli("outbox")
    assert "queued" in listing.stdout and "SO-2001" in listing.stdout


def test_escalate_writes_the_e_mail_as_an_eml(prepared, tmp_path):
    """``escalate REF --eml FILE``: the outbox's message as an .eml any mail program opens,
    instead of or beside the folder and zip, and with --queue in the outbox as well."""
    import email
    import email.policy
    import hashlib

    from reseller_app.domain.packets import MANIFEST_NAME, parse_manifest

    cli = prepared
    eml = tmp_path / "to-send.eml"
    proc = cli("escalate", "SO-2001", "--eml", str(eml), "--recommend", "reject",
               "--text", "Face matching at a union office is not plausible.", "--queue")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert f"e-mail {eml}" in proc.stdout and "queued in the outbox" in proc.stdout
    assert "folder" not in proc.stdout  # only what was asked for
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "compliance@techdistri.example"
    assert msg["Subject"].startswith("Escalation") and "SO-2001" in msg["Subject"]
    assert "SO-2001" in msg.get_body(("plain",)).get_content()
    attached = {part.get_filename(): part.get_payload(decode=True)
                for part in msg.iter_attachments()}  # bytes, a text file's too
    manifest = parse_manifest(attached[MANIFEST_NAME])
    assert {f.name: f.sha256 for f in manifest.files} == {
        n: hashlib.sha256(attached[n]).hexdigest() for n in attached if n != MANIFEST_NAME}
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".eml"] == ["to-send.eml"]


def test_escalate_eml_is_refused_in_one_line_before_anything_is_built(prepared, tmp_path):
    cli = prepared
    proc = cli("escalate", "SO-2001", "--eml", str(tmp_path / "no" / "where.eml"))
    assert proc.returncode == EXIT_BAD_INPUT and len(proc.stderr.splitlines()) == 1
    assert f"--eml: the folder {tmp_path / 'no'} does not exist" in proc.stderr
    proc = cli("escalate", "SO-2001")
    assert proc.returncode == EXIT_BAD_INPUT and "--out DIR" in proc.stderr
    assert "--eml FILE" in proc.stderr and len(proc.stderr.splitlines()) == 1
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):
            proc = cli("escalate", "SO-2001", "--eml", str(locked / "x.eml"))
            assert proc.returncode == EXIT_BAD_INPUT and "cannot be written" in proc.stderr
    finally:
        locked.chmod(0o700)
    out = tmp_path / "both"
    out.mkdir()
    proc = cli("escalate", "SO-2001", "--out", str(out), "--eml", str(out))  # a folder: named
    assert proc.returncode == EXIT_OK, proc.stderr
    names = sorted(p.name for p in out.iterdir())
    assert next(n for n in names if n.endswith(".eml")).startswith("escalation-SO-2001-")
    assert any(n.endswith(".zip") for n in names)
