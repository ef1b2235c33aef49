"""``mail setup ADDRESS`` and ``mail test`` as the user runs them, against a real SMTP server
on 127.0.0.1: settings proposed from the address, the password only in the keyring, a failed
test told in plain words (exit 1), bad input in one line (exit 2)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.services.settings import SettingsService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from ..services.conftest import sample_profile
from ..smtp_server import SmtpServer, free_port
from .test_cli import Cli, one_line_error

PASSWORD = "s3cret-app-password"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(tmp_path) -> Cli:
    from reseller_app.services.setup import SetupService

    cli = Cli(tmp_path)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        SetupService(ctx).save_profile(sample_profile())
    finally:
        ctx.engine.dispose()
    cli.env.update(PYTHON_KEYRING_BACKEND="tests.cli.file_keyring.FileKeyring",
                   TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return cli


def stored_settings(cli: Cli):
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        return SettingsService(ctx).smtp_settings()
    finally:
        ctx.engine.dispose()


def test_setup_by_address_proposes_the_providers_settings(cli, tmp_path):
    proc = cli("mail", "setup", "anna@gmail.com", "--password-stdin", stdin=PASSWORD + "\n")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "Gmail needs an app password" in proc.stdout
    assert "https://support.google.com/accounts/answer/185833" in proc.stdout
    assert "Saved: smtp.gmail.com:465 SSL, login anna@gmail.com" in proc.stdout
    s = stored_settings(cli)
    assert (s.host, s.port, s.security, s.user, s.from_address) == (
        "smtp.gmail.com", 465, "ssl", "anna@gmail.com", "anna@gmail.com")
    keyring = json.loads((tmp_path / "keyring.json").read_text())
    assert keyring == {"Channel Diligence SMTP|anna@gmail.com@smtp.gmail.com": PASSWORD}
    assert PASSWORD.encode() not in cli.db.read_bytes()


def test_setup_and_test_against_a_local_server(cli):
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    try:
        proc = cli("mail", "setup", "orders@nordlicht.example", "--server", srv.host,
                   "--port", str(srv.port), "--security", "none", "--login", "orders",
                   "--password-stdin", stdin=PASSWORD + "\n")
        assert proc.returncode == EXIT_OK, proc.stderr
        ok = cli("mail", "test")
        assert ok.returncode == EXIT_OK, ok.stderr
        assert "Sent a test message to orders@nordlicht.example" in ok.stdout
        assert srv.received[0].rcpt_tos == ["orders@nordlicht.example"]
        other = cli("mail", "test", "--to", "it@nordlicht.example")
        assert other.returncode == EXIT_OK and srv.received[1].rcpt_tos == [
            "it@nordlicht.example"]
        wrong = cli("mail", "test", "--password-stdin", stdin="wrong\n")
        assert wrong.returncode == EXIT_FAILED
        line = one_line_error(wrong)
        assert "refused the login" in line and "535" in line
    finally:
        srv.stop()
    down = cli("mail", "test")
    assert down.returncode == EXIT_FAILED
    assert "Nothing answers at 127.0.0.1" in one_line_error(down)


def test_an_unknown_domain_is_a_guess(cli):
    port = free_port()
    proc = cli("mail", "setup", "einkauf@nordlicht-it.example", "--login", "",
               "--port", str(port))
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "guess" in proc.stdout
    s = stored_settings(cli)
    assert (s.host, s.port, s.security, s.user) == ("smtp.nordlicht-it.example", port,
                                                    "starttls", "")
    chosen = cli("mail", "setup", "einkauf@nordlicht-it.example", "--provider", "microsoft365",
                 "--password-stdin", stdin="pw\n")
    assert chosen.returncode == EXIT_OK, chosen.stderr
    assert "Microsoft 365" in chosen.stdout and "OAuth2" in chosen.stdout
    assert stored_settings(cli).host == "smtp.office365.com"


@pytest.mark.parametrize("args, words", [
    (("setup", "not-an-address"), "ADDRESS: 'not-an-address' is not an e-mail address."),
    (("setup", "a@gmail.com", "--port", "abc"), "--port: The port is a number"),
    (("setup", "a@gmail.com", "--port", "70000"), "--port: The port must be between"),
    (("setup", "a@gmail.com", "--security", "tls13"), "--security: Choose STARTTLS, SSL"),
    (("setup", "a@gmail.com", "--server", "smtp example"), "--server: Enter the mail server"),
    (("setup", "a@gmail.com", "--provider", "aol"), "--provider: 'aol' is not one of"),
    (("setup", "a@gmail.com", "--password-stdin"), "--password-stdin: standard input gave"),
    (("test",), "Set up e-mail sending first"),
])
def test_bad_input_is_one_line_and_exit_2(cli, args, words):
    proc = cli("mail", *args, stdin="")
    assert proc.returncode == EXIT_BAD_INPUT, proc.stderr
    assert words in one_line_error(proc)
    assert stored_settings(cli) is None


def test_without_a_keyring_the_password_is_given_at_test_time(cli):
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    try:
        proc = cli("mail", "setup", "orders@nordlicht.example", "--server", srv.host,
                   "--port", str(srv.port), "--security", "none", "--login", "orders",
                   "--password-stdin", stdin=PASSWORD + "\n")
        assert proc.returncode == EXIT_OK, proc.stderr
        assert "no password store" in proc.stdout
        asked = cli("mail", "test", stdin="")  # no terminal to ask on
        assert asked.returncode == EXIT_FAILED
        assert "no password store" in one_line_error(asked)
        given = cli("mail", "test", "--password-stdin", stdin=PASSWORD + "\n")
        assert given.returncode == EXIT_OK, given.stderr
        assert srv.logins == [("orders", PASSWORD)] and len(srv.received) == 1
        # The variable a scheduled 'outbox send' uses works for the test too.
        cli.env["CHANNEL_DILIGENCE_SMTP_PASSWORD"] = PASSWORD
        scheduled = cli("mail", "test", stdin="")
        assert scheduled.returncode == EXIT_OK, scheduled.stderr
        assert len(srv.received) == 2
    finally:
        srv.stop()
    assert PASSWORD.encode() not in cli.db.read_bytes()
