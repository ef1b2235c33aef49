"""From the terminal: ``outbox send`` stops at a refused login with one line and
exit 1, every message still queued; ``outbox retry`` and ``outbox cancel``; exit 1 while
anything waits; the password from an environment variable or a file when the computer has
no keyring (as a scheduled task runs). Real SMTP servers on 127.0.0.1."""

from __future__ import annotations

import os
import sqlite3

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.outbox import OutboxService
from reseller_app.services.passwords import ENV_PASSWORD
from reseller_app.services.settings import SettingsService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from ..services.conftest import make_catalog, sample_profile
from ..services.test_escalation import build, held_order
from ..smtp_server import SmtpServer
from .test_cli import Cli

PASSWORD = "Tr0ub4dor&3-horse-staple"
SENDER = "orders@nordlicht.example"


@pytest.fixture
def server():
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    yield srv
    srv.stop()


def prepare(tmp_path, srv: SmtpServer, refs=("SO-2001", "SO-2002")) -> Cli:
    """A database with queued packets and SMTP settings with a login; the command line then
    runs as on a server without a keyring."""
    from reseller_app.services.setup import SetupService

    cli = Cli(tmp_path)
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    cli.env.pop(ENV_PASSWORD, None)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        SetupService(ctx).save_profile(sample_profile())
        catalog = make_catalog(ctx)
        outbox = OutboxService(ctx)
        for ref in refs:
            outbox.queue(build(ctx, held_order(ctx, catalog, ref)).id)
        SettingsService(ctx).save_smtp(SmtpSettings(srv.host, srv.port, "none", "orders",
                                                    SENDER))
    finally:
        ctx.engine.dispose()
    return cli


def states(cli: Cli) -> list[tuple[int, str, int]]:
    con = sqlite3.connect(cli.db)
    try:
        return list(con.execute("SELECT id, state, attempts FROM outbox_message ORDER BY id"))
    finally:
        con.close()


def test_without_any_password_it_says_where_to_put_one(tmp_path, server):
    cli = prepare(tmp_path, server)
    send = cli("outbox", "send")
    assert send.returncode == EXIT_FAILED
    assert len(send.stderr.splitlines()) == 1, send.stderr
    assert ENV_PASSWORD in send.stderr and "--password-file" in send.stderr
    assert states(cli) == [(1, "queued", 0), (2, "queued", 0)]


def test_a_wrong_password_stops_with_one_line_and_everything_stays_queued(tmp_path, server):
    cli = prepare(tmp_path, server)
    cli.env[ENV_PASSWORD] = "wrong"
    send = cli("outbox", "send")
    assert send.returncode == EXIT_FAILED
    assert len(send.stderr.splitlines()) == 1, send.stderr
    assert "refused the login of orders" in send.stderr and ENV_PASSWORD in send.stderr
    assert "Still queued 2" in send.stdout and "Failed" not in send.stdout
    assert states(cli) == [(1, "queued", 0), (2, "queued", 0)]
    assert server.received == []


def test_the_password_from_the_environment_sends_and_exits_0(tmp_path, server):
    cli = prepare(tmp_path, server)
    cli.env[ENV_PASSWORD] = PASSWORD
    send = cli("outbox", "send")
    assert send.returncode == EXIT_OK, send.stdout + send.stderr
    assert send.stdout.splitlines()[-1] == "Sent 2."
    assert len(server.received) == 2 and server.logins[-1] == ("orders", PASSWORD)


def test_the_password_from_a_file(tmp_path, server):
    cli = prepare(tmp_path, server)
    secret = tmp_path / "smtp.pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    secret.chmod(0o600)
    if os.name == "posix":
        secret.chmod(0o644)
        loose = cli("outbox", "send", "--password-file", str(secret))
        assert loose.returncode == EXIT_BAD_INPUT and "chmod 600" in loose.stderr
        assert len(loose.stderr.splitlines()) == 1
        secret.chmod(0o600)
    missing = cli("outbox", "send", "--password-file", str(tmp_path / "nope"))
    assert missing.returncode == EXIT_BAD_INPUT and "There is no file" in missing.stderr
    send = cli("outbox", "send", "--password-file", str(secret))
    assert send.returncode == EXIT_OK, send.stdout + send.stderr
    assert len(server.received) == 2
    assert PASSWORD.encode() not in cli.db.read_bytes()


def test_retry_and_cancel_from_the_terminal(tmp_path, server):
    server.refuse["compliance@techdistri.example"] = "550 5.1.1 No such user here"
    cli = prepare(tmp_path, server)
    cli.env[ENV_PASSWORD] = PASSWORD
    send = cli("outbox", "send")
    assert send.returncode == EXIT_FAILED
    assert "Failed 2" in send.stdout and "No such user here" in send.stdout
    assert states(cli) == [(1, "failed", 1), (2, "failed", 1)]

    for bad in (("retry", "99"), ("cancel", "99"), ("retry", "abc"), ("retry",),
                ("retry", "1", "--all-failed")):
        proc = cli("outbox", *bad)
        assert proc.returncode == EXIT_BAD_INPUT, (bad, proc.stderr)
        assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert "no outbox message 99" in cli("outbox", "retry", "99").stderr

    cancel = cli("outbox", "cancel", "1")
    assert cancel.returncode == EXIT_OK and "never sent" in cancel.stdout
    again = cli("outbox", "retry", "1")
    assert again.returncode == EXIT_BAD_INPUT and "was cancelled" in again.stderr
    listing = cli("outbox")
    assert "cancelled by " in listing.stdout  # who (the command line's user) and when

    del server.refuse["compliance@techdistri.example"]
    retry = cli("outbox", "retry", "--all-failed")
    assert retry.returncode == EXIT_OK and "Queued again 1" in retry.stdout
    queued = cli("outbox", "retry", "2")
    assert queued.returncode == EXIT_BAD_INPUT and "still queued" in queued.stderr
    sent = cli("outbox", "send")
    assert sent.returncode == EXIT_OK, sent.stdout + sent.stderr
    assert states(cli) == [(1, "cancelled", 1), (2, "sent", 1)]
    assert cli("outbox", "cancel", "2").returncode == EXIT_BAD_INPUT
    assert "Queued again" not in cli("outbox", "retry", "--all-failed").stdout
