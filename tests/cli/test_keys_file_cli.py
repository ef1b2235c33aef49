"""The company key in its encrypted file (no keyring) from the terminal: ``keys show`` says
where it is, and ``escalate`` / ``evidence`` open it with ``--passphrase-stdin`` (a wrong
one refused in one line, counted, nothing built; no passphrase and no terminal: said)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.domain import sealed_key
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.services import company_key as ck
from reseller_app.services.people import PeopleService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from ..services.test_people import ADMIN, ADMIN_PASS, APPROVER, APPROVER_PASS, FAST
from .test_cli import Cli, one_line_error
from .test_keys_cli import make_cli


@pytest.fixture
def cli(tmp_path, monkeypatch) -> Cli:
    """Set up on a computer without a keyring, with its administrator: the key in its file.
    The commands run with keyring's ``fail`` backend too."""
    monkeypatch.setattr(ck, "SEAL_STRENGTH", sealed_key.Strength(n=2**4))  # the file says so
    cli = make_cli(tmp_path, monkeypatch, keyring_at_setup=False)
    keyring.set_keyring(fail.Keyring())
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        PeopleService(ctx, FAST).first_setup(ADMIN, APPROVER)
    finally:
        ctx.engine.dispose()
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return cli


# Who signs in for a command that writes: the approver (who does not hold the key), or the
# administrator (whose passphrase, given once, also opens the key).
AS_APPROVER = ("--person", APPROVER.email, "--passphrase-stdin")
AS_ADMIN = ("--person", ADMIN.email, "--passphrase-stdin")


def escalate(cli: Cli, out: str, **kw):
    return cli(*kw.get("who", AS_APPROVER), "escalate", "SO-2001", "--out", str(cli.tmp / out),
               "--recommend", "reject", "--text", "The end use cannot be verified.",
               *kw.get("extra", ()), stdin=kw.get("stdin"))


def test_keys_show_says_the_key_is_in_the_encrypted_file(cli):
    proc = cli("keys", "show")
    assert proc.returncode == EXIT_OK, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Company signing key: fingerprint ")
    assert "in an encrypted file, unlocked with the administrator's passphrase (Anna Weber)" \
        in lines[1]
    [path] = (cli.tmp / "keys").iterdir()
    assert str(path) in lines[1]


def test_escalate_opens_the_key_with_the_passphrase_from_stdin(cli):
    (cli.tmp / "wrong").mkdir()
    proc = escalate(cli, "wrong", extra=["--passphrase-stdin"],
                    stdin=APPROVER_PASS + "\na wrong guess\n")
    assert proc.returncode == EXIT_BAD_INPUT
    line = one_line_error(proc)
    assert "Wrong passphrase for Anna Weber" in line and "nothing was built" in line
    assert not any((cli.tmp / "wrong").iterdir())

    (cli.tmp / "quiet").mkdir()
    # No terminal to ask the administrator's passphrase on, no --passphrase-stdin for it.
    proc = escalate(cli, "quiet", stdin=APPROVER_PASS + "\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "--passphrase-stdin" in one_line_error(proc)
    assert not any((cli.tmp / "quiet").iterdir())

    (cli.tmp / "out").mkdir()
    proc = escalate(cli, "out", extra=["--passphrase-stdin"],
                    stdin=APPROVER_PASS + "\n" + ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    (cli.tmp / "by-admin").mkdir()  # signed in as the administrator: asked once
    proc = escalate(cli, "by-admin", who=AS_ADMIN, stdin=ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert list((cli.tmp / "by-admin").glob("escalation-SO-2001-*.zip"))
    [zipped] = (cli.tmp / "out").glob("escalation-SO-2001-*.zip")
    assert cli(*AS_ADMIN, "keys", "export", str(cli.tmp / "company.json"),
               stdin=ADMIN_PASS + "\n").returncode == EXIT_OK
    proc = cli("verify-packet", str(zipped), "--key", str(cli.tmp / "company.json"), db=False)
    assert proc.returncode == EXIT_OK, proc.stderr
    assert proc.stdout.startswith(f"{zipped.name}: Signed by Nordlicht IT GmbH")
    with zipfile.ZipFile(zipped) as zf:
        assert MANIFEST_SIGNATURE_NAME in zf.namelist()
    # The packets carried signed heads: verify-audit says where the key that checked them is.
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_OK, proc.stdout + proc.stderr
    assert "in a file encrypted with the administrator's passphrase" in proc.stdout


def test_evidence_with_the_passphrase_from_stdin(cli):
    proc = cli(*AS_ADMIN, "evidence", "--from", "2026-01-01", "--to", "2026-12-31",
               str(cli.tmp), stdin=ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    proc = cli(*AS_APPROVER, "evidence", "--from", "2026-01-01", "--to", "2026-12-31",
               str(cli.tmp), "--passphrase-stdin", stdin=APPROVER_PASS + "\n\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "no passphrase of Anna Weber" in one_line_error(proc)


def test_without_an_administrator_keys_show_says_how_the_key_is_made(tmp_path, monkeypatch):
    cli = make_cli(tmp_path, monkeypatch, keyring_at_setup=False)
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = cli("keys", "show")
    assert proc.returncode == EXIT_FAILED
    assert "encrypted with the administrator's passphrase" in one_line_error(proc)


def test_keys_show_makes_the_missing_key_with_the_administrator_s_passphrase(
        tmp_path, monkeypatch, memory_keyring):
    """People set up where a keyring was (no key made then); now none: ``keys show`` makes the
    key in its file with the administrator's passphrase."""
    monkeypatch.setattr(ck, "SEAL_STRENGTH", sealed_key.Strength(n=2**4))
    cli = make_cli(tmp_path, monkeypatch, keyring_at_setup=False)
    keyring.set_keyring(memory_keyring)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        PeopleService(ctx, FAST).first_setup(ADMIN, APPROVER)
    finally:
        ctx.engine.dispose()
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = cli("keys", "show")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "passphrase of Anna Weber" in one_line_error(proc)
    proc = cli("keys", "show", "--passphrase-stdin", stdin=ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "in an encrypted file" in proc.stdout
    assert len(list((cli.tmp / "keys").iterdir())) == 1


def test_a_command_that_signs_nothing_asks_no_key_passphrase_and_never_fails(cli):
    """Signed in as the administrator, an import writes events; the chain's head is signed
    after a command only with a key opened in it: the key file stays closed, the command
    succeeds (no traceback) and the head is simply left for the next export or close."""
    shop = Path(__file__).parents[1] / "fixtures" / "shops" / "shopify-orders.csv"
    proc = cli(*AS_ADMIN, "import-orders", str(shop), "--mapping", "shopify",
               "--customer-type", "private", stdin=ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.startswith("Imported ")
    proc = cli("verify-audit")
    assert proc.returncode == EXIT_OK, proc.stdout + proc.stderr


def test_report_opens_the_key_as_escalate_does_and_writes_nothing_without_it(cli):
    """``report`` signs its packet with the same key: a wrong passphrase is refused in one
    line, counted, and nothing is written; the right one signs the saved report."""
    out = cli.tmp / "report"
    out.mkdir()
    report = ("report", "--period", "2026", "--out", str(out), "--passphrase-stdin")
    proc = cli(*AS_APPROVER, *report, stdin=APPROVER_PASS + "\na wrong guess\n")
    assert proc.returncode == EXIT_BAD_INPUT
    line = one_line_error(proc)
    assert "Wrong passphrase for Anna Weber" in line and "nothing was written" in line
    assert not any(out.iterdir())

    proc = cli(*AS_APPROVER, *report, stdin=APPROVER_PASS + "\n\n")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "no passphrase of Anna Weber was given; nothing was written" in one_line_error(proc)
    assert not any(out.iterdir())

    proc = cli(*AS_ADMIN, *report, stdin=ADMIN_PASS + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    [folder] = out.iterdir()
    assert (folder / MANIFEST_SIGNATURE_NAME).is_file()
