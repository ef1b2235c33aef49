"""``reseller-app digest [--send]`` for a scheduled task: exit 0 when queued or nothing to do,
exit 2 with one line when the digest is on but cannot go out; a real SMTP server on
127.0.0.1 receives it, once a day."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.services.digest import DigestService
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.followups import FollowUpService
from reseller_app.services.settings import SettingsService
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from ..services.conftest import make_catalog, sample_profile
from ..services.test_escalation import held_order
from ..smtp_server import SmtpServer
from .test_cli import Cli, one_line_error

TO = "anna.weber@nordlicht.example"
LONG_AGO = dt.date(2020, 1, 6)  # overdue whatever the day the command runs


@pytest.fixture
def server(server):  # tests/conftest.py's, started
    return server.start()


def prepare(tmp_path, srv: SmtpServer | None, *, enabled: bool = True) -> Cli:
    """A held order with an overdue follow-up; the digest on (or not), SMTP if ``srv``."""
    cli = Cli(tmp_path)
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        SetupService(ctx).save_profile(sample_profile())
        catalog = make_catalog(ctx)
        FollowUpService(ctx).add(held_order(ctx, catalog), LONG_AGO, "Ask for the site plan")
        if srv is not None:
            SettingsService(ctx).save_smtp(SmtpSettings(srv.host, srv.port, "none", "",
                                                        "orders@nordlicht.example"))
        if enabled:
            DigestService(ctx).save_settings(enabled=True, recipients=TO)
    finally:
        ctx.engine.dispose()
    return cli


def test_digest_send_queues_and_sends_it_once_a_day(tmp_path, server):
    cli = prepare(tmp_path, server)
    first = cli("digest", "--send")
    assert first.returncode == EXIT_OK, first.stderr
    assert first.stderr == ""
    assert f"to {TO}" in first.stdout and " overdue, " in first.stdout
    assert "Sent 1." in first.stdout
    [got] = server.received
    body = got.message.get_content()
    assert "- A follow-up is overdue: order SO-2001." in body.splitlines()
    assert "overdue" in got.message["Subject"]
    again = cli("digest", "--send")
    assert again.returncode == EXIT_OK, again.stderr
    assert "already queued" in again.stdout and "Sent 0." in again.stdout
    assert len(server.received) == 1


def test_digest_without_a_mail_server_says_so_in_one_line(tmp_path):
    cli = prepare(tmp_path, None)
    proc = cli("digest")
    assert proc.returncode == EXIT_BAD_INPUT
    assert "set up e-mail sending first" in one_line_error(proc)


def test_digest_that_is_off_queues_nothing_and_exits_0(tmp_path, server):
    cli = prepare(tmp_path, server, enabled=False)
    proc = cli("digest", "--send")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "off" in proc.stdout and server.received == []
