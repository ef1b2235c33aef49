"""The chain's signed head from the terminal: signed after a command that wrote, written with
``audit-head --out``, checked by ``verify-audit`` and ``verify-audit --against`` a packet the
distributor holds after the chain was cut short (one line, exit 0 / 1 / 2)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.domain.vocabulary import AuditAction

from .test_cli import Cli, one_line_error
from .test_keys_cli import make_cli, signed_packet


@pytest.fixture
def cli(tmp_path, monkeypatch) -> Cli:
    """The company set up with its key in a (file) keyring, and a held order."""
    return make_cli(tmp_path, monkeypatch, keyring_at_setup=True)


@pytest.fixture
def unkeyed(tmp_path, monkeypatch) -> Cli:
    """The same set up on a computer without a keyring, and used there."""
    cli = make_cli(tmp_path, monkeypatch, keyring_at_setup=False)
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return cli


def tamper(cli: Cli, *statements: str) -> None:
    con = sqlite3.connect(cli.db)
    try:
        for name in ("audit_event_no_update", "audit_event_no_delete", "chain_head_no_update",
                     "chain_head_no_delete"):
            con.execute(f"DROP TRIGGER IF EXISTS {name}")
        for sql in statements:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


def scalar(cli: Cli, sql: str):
    con = sqlite3.connect(cli.db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_heads_are_signed_exported_and_hold(cli):
    zipped, folder, _key = signed_packet(cli)
    # The packet's build and the key's export wrote events: the command signed the head after.
    assert scalar(cli, "SELECT count(*) FROM chain_head") >= 2
    assert scalar(cli, "SELECT occasion FROM chain_head ORDER BY id DESC LIMIT 1") == "command"
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_OK, proc.stdout
    [line] = proc.stdout.splitlines()
    assert line.startswith("Audit log OK:")
    last = scalar(cli, "SELECT max(seq) FROM audit_event")
    assert f"(event {last}) holds; checked with the company's key, fingerprint" in line

    proc = cli("audit-head", "--out", str(cli.tmp / "head.json"))
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.startswith(f"Wrote {cli.tmp / 'head.json'}: event ")
    head = json.loads((cli.tmp / "head.json").read_text())
    assert head["format"] == "channel-diligence-chain-head" and "private" not in str(head)

    for held in (zipped, folder, cli.tmp / "head.json"):
        proc = cli("verify-audit", "--against", str(held))
        assert proc.returncode == EXIT_OK, (held, proc.stdout, proc.stderr)
        assert proc.stdout.count("\n") == 1
        assert proc.stdout.startswith(f"{held.name}: the head signed on ")
        assert "the audit log still holds that event" in proc.stdout


def test_a_packet_names_the_truncation_the_database_hides(cli):
    zipped, _folder, _key = signed_packet(cli)
    with zipfile.ZipFile(zipped) as zf:
        packet_head = json.loads(zf.read("chain-head.json"))
    cut = packet_head["seq"] - 1
    # The newest events, every signed head and the event saying heads began: all gone.
    tamper(cli, f"DELETE FROM audit_event WHERE seq > {cut}", "DELETE FROM chain_head",
           f"DELETE FROM audit_event WHERE action = '{AuditAction.CHAIN_HEADS_STARTED.value}'",
           "DELETE FROM packet_attachment", "DELETE FROM packet")
    proc = cli("verify-audit", "--against", str(zipped))
    assert proc.returncode == EXIT_FAILED, proc.stdout
    assert proc.stdout.count("\n") == 1 and proc.stderr == ""
    assert proc.stdout.startswith(
        f"Audit log TAMPERED: events after {cut} were deleted: the head signed on ")
    assert f"names event {packet_head['seq']} (checked against {zipped.name})." in proc.stdout


def test_a_bad_head_file_is_one_line_exit_2(cli):
    signed_packet(cli)
    assert cli("audit-head", "--out", str(cli.tmp)).returncode == EXIT_OK  # into the folder
    head = json.loads((cli.tmp / "chain-head.json").read_text())
    cases = [
        ({**head, "seq": head["seq"] - 1}, "does not hold: its signature"),
        ({**head, "signature": head["signature"][:40]}, "cut short"),
        ({**head, "key_fingerprint": "0000 0000"}, "names another key"),
        ({"format": "something"}, "has no version"),
    ]
    for i, (data, words) in enumerate(cases):
        path = cli.write(f"head-{i}.json", data)
        proc = cli("verify-audit", "--against", str(path))
        assert proc.returncode == EXIT_BAD_INPUT, (data, proc.stdout)
        assert words in one_line_error(proc), words
    for path, words in [(cli.tmp / "missing.zip", "There is no file or folder"),
                        (cli.write("notes.txt", "hello"), "is not a packet's zip or folder")]:
        proc = cli("verify-audit", "--against", str(path))
        assert proc.returncode == EXIT_BAD_INPUT
        assert words in one_line_error(proc)


def test_without_a_keyring_nothing_is_signed_and_nothing_fails(unkeyed):
    cli = unkeyed
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_OK
    [line] = proc.stdout.splitlines()
    assert "hash chain intact. The chain's head is not signed yet" in line
    assert scalar(cli, "SELECT count(*) FROM chain_head") == 0
    proc = cli("audit-head", "--out", str(cli.tmp / "head.json"))
    assert proc.returncode == EXIT_FAILED
    assert "no system keyring" in one_line_error(proc)


def test_an_evidence_bundle_with_the_sanctions_lists_still_checks(cli):
    """The bundle's files for the lists are in its signed manifest, and its head holds."""
    from reseller_app.services.evidence_lists import LISTS_FILE, REVIEWS_FILE

    data = Path(__file__).resolve().parents[1] / "data" / "sanctions"
    assert cli("lists", "import", str(data / "ofac" / "sdn.csv")).returncode == EXIT_OK
    bundle = cli.tmp / "evidence.zip"
    proc = cli("evidence", "--from", "2026-01-01", "--to", "2099-12-31", str(bundle))
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "1 sanctions list versions, 0 reviews of possible matches" in proc.stdout
    with zipfile.ZipFile(bundle) as zf:
        names = {f["name"] for f in json.loads(zf.read("manifest.json"))["files"]}
        assert {LISTS_FILE, REVIEWS_FILE, "chain-head.json"} <= names
        assert json.loads(zf.read(LISTS_FILE))["versions"][0]["entries"] == 7
    proc = cli("verify-audit", "--against", str(bundle))
    assert proc.returncode == EXIT_OK, (proc.stdout, proc.stderr)
    assert "the audit log still holds that event" in proc.stdout
