"""``distributor ...`` and ``distributors ...`` (reseller_app/cli_distributor.py), run through the
real entry point on the test's database: success says what was done; bad input and every
refused file end with one line on stderr and exit code 2, and change nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reseller_app.cli import main
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.services.desk import DeskKeyService, DeskService
from reseller_app.services.escalation import EscalationService

from ..services import conftest as service_fixtures
from ..services.test_desk import open_desk
from ..services.test_escalation import build, held_order

# The services' fixtures: a configured company and its catalog.
configured, catalog = service_fixtures.configured, service_fixtures.catalog


def run(ctx, capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", ctx.db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def refused(ctx, capsys, *argv: str) -> str:
    code, out, err = run(ctx, capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("reseller-app: ") and err.count("\n") == 1
    return err


@pytest.fixture
def desk(tmp_path):
    ctx = open_desk(tmp_path, "desk")
    yield ctx
    ctx.engine.dispose()


def test_keygen_pin_verify_answer_list_from_the_terminal(configured, desk, catalog, tmp_path,
                                                         capsys):
    code, out, _ = run(desk, capsys, "distributor", "keygen", "--name", "TechDistri Europe",
                       "--out", str(tmp_path / "desk-key.json"))
    fingerprint = DeskKeyService(desk).current().fingerprint
    assert code == 0 and fingerprint in out and "TechDistri Europe" in out

    err = refused(configured, capsys, "distributors", "pin-key", "TechDistri Europe",
                  str(tmp_path / "desk-key.json"), "--fingerprint", "0000 1111")
    assert "not the key its owner read out" in err
    code, out, _ = run(configured, capsys, "distributors", "pin-key", "1",
                       str(tmp_path / "desk-key.json"), "--fingerprint", fingerprint)
    assert code == 0 and fingerprint in out
    code, out, _ = run(configured, capsys, "distributors", "keys")
    assert "TechDistri Europe" in out and fingerprint in out

    reseller_key = CompanyKeyService(configured).export(tmp_path / "reseller-key.json")
    assert run(desk, capsys, "distributor", "pin-reseller", str(reseller_key))[0] == 0
    view = build(configured, held_order(configured, catalog))
    packet = EscalationService(configured).save_zip(view.id, tmp_path)
    code, out, _ = run(desk, capsys, "distributor", "verify", str(packet))
    assert code == 0 and "Signed by Nordlicht IT GmbH" in out and "SO-2001" in out

    decision = tmp_path / "decision.json"
    code, out, _ = run(desk, capsys, "distributor", "answer", str(packet), "--outcome",
                       "approved_with_conditions", "--condition", "No face matching",
                       "--reference", "TD-1", "--person", "Dana Ruiz", "--out", str(decision))
    assert code == 0 and "decision.sig.json" in out and decision.is_file()
    assert "already answered" in refused(
        desk, capsys, "distributor", "answer", str(packet), "--outcome", "approved",
        "--reference", "TD-2", "--person", "Dana Ruiz", "--out", str(tmp_path / "x.json"))
    code, out, _ = run(desk, capsys, "distributor", "list")
    assert "answered" in out and "approved_with_conditions" in out
    assert run(desk, capsys, "distributor", "list", "--waiting")[1] == "No packet is waiting.\n"

    # Back at the reseller: the decision file chosen by its path, its signature beside it.
    code, out, _ = run(configured, capsys, "decision", "import", str(decision))
    assert code == 0 and "Recorded: order SO-2001 approved with conditions" in out
    assert f"Signed by TechDistri Europe (fingerprint {fingerprint})" in out


def test_bad_input_and_refused_packets_end_with_one_line(configured, desk, catalog, tmp_path,
                                                         capsys):
    reseller_key = CompanyKeyService(configured).export(tmp_path / "reseller-key.json")
    run(desk, capsys, "distributor", "pin-reseller", str(reseller_key))
    run(desk, capsys, "distributor", "keygen", "--name", "TechDistri Europe")
    view = build(configured, held_order(configured, catalog))
    packet = EscalationService(configured).save_zip(view.id, tmp_path)
    with zipfile.ZipFile(packet) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    files["escalation-SO-2001.json"] += b" "
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    assert "altered" in refused(desk, capsys, "distributor", "verify", str(tampered))
    assert "is not a packet" in refused(desk, capsys, "distributor", "verify",
                                        str(Path(__file__)))
    answer = ("distributor", "answer", str(packet), "--reference", "R", "--person", "P",
              "--out", str(tmp_path / "d.json"))
    assert "conditions only go with" in refused(desk, capsys, *answer, "--outcome",
                                                "rejected", "--condition", "x")
    assert "YYYY-MM-DD" in refused(desk, capsys, *answer, "--outcome", "approved",
                                   "--answered-on", "5.11.2026")
    assert "Pin its key first" in refused(configured, capsys, "distributors",
                                          "accept-unsigned", "TechDistri Europe", "on")
    assert "no distributor Nobody" in refused(configured, capsys, "distributors", "pin-key",
                                              "Nobody", str(reseller_key))
    assert DeskService(desk).packets("answered") == []


def test_answer_send_and_send_e_mail_the_decision_through_the_outbox(configured, desk, catalog,
                                                                      tmp_path, capsys):
    from reseller_app.services.dto import SmtpSettings
    from reseller_app.services.settings import SettingsService

    from ..smtp_server import SmtpServer

    DeskKeyService(desk, owner="TechDistri Europe").ensure()
    reseller_key = CompanyKeyService(configured).export(tmp_path / "reseller-key.json")
    assert run(desk, capsys, "distributor", "pin-reseller", str(reseller_key))[0] == 0
    first = build(configured, held_order(configured, catalog, "SO-2001"))
    second = build(configured, held_order(configured, catalog, "SO-2002"))
    folder = tmp_path / "in"
    folder.mkdir()
    packets = [EscalationService(configured).save_zip(v.id, folder) for v in (first, second)]
    server = SmtpServer().start()
    try:
        SettingsService(desk).save_smtp(SmtpSettings(server.host, server.port, "none", "",
                                                     "desk@techdistri.example"))
        code, out, err = run(desk, capsys, "distributor", "answer", str(packets[0]), "--outcome",
                           "rejected", "--reference", "TD-1", "--person", "Dana Ruiz",
                           "--out", str(tmp_path), "--send")
        assert code == 0, err
        assert "Queued the answer to packet" in out and "Sent 1." in out
        # Received, not answered yet: one line, nothing queued.
        DeskService(desk).receive(packets[1])
        err = refused(desk, capsys, "distributor", "send", second.id)
        assert "not answered yet" in err
        assert "No packet" in refused(desk, capsys, "distributor", "send", "nonsense")
        DeskService(desk).answer_received(second.id, outcome="approved", conditions=[],
                                          reference="TD-2", person="Dana Ruiz")
        code, out, _ = run(desk, capsys, "distributor", "send", second.id, "--to",
                           "orders@nordlicht.example")
        assert code == 0 and "orders@nordlicht.example" in out and "Sent 1." in out
        assert "already" in refused(desk, capsys, "distributor", "send", second.id, "--to",
                                    "orders@nordlicht.example")
    finally:
        server.stop()
    assert [m.rcpt_tos for m in server.received][1] == ["orders@nordlicht.example"]
    assert all("decision-SO-200" in "".join(m.attachments()) for m in server.received)
    code, out, _ = run(desk, capsys, "distributor", "list")
    assert out.count(", sent to ") == 2
