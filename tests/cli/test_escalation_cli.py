"""``escalate``, ``outbox``, ``outbox send``, ``decision import`` and ``evidence`` as the user
runs them: in a process, on a database prepared through the services."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.services.context import open_app
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.orders import OrderService
from reseller_app.services.settings import SettingsService

from ..conftest import stepping_clock
from ..services.conftest import sample_profile
from ..smtp_server import SmtpServer
from .test_cli import Cli


@pytest.fixture
def server():
    srv = SmtpServer()
    yield srv
    srv.stop()


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
                     "attachments/statement.pdf", "manifest.json"]
    assert (out / zips[0].stem / "escalation-SO-2001.json").exists()

    listing = cli("outbox")
    assert listing.returncode == EXIT_OK and "queued" in listing.stdout

    # The server is down: the message waits.
    port = server.port
    down = cli("outbox", "send")
    assert down.returncode == EXIT_FAILED and "Cannot reach the mail server" in down.stdout
    assert "waiting to retry 1" in down.stdout
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
