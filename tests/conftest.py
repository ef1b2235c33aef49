"""Fixtures for every test: a real SQLite database under tmp_path, and no real keyring."""

from __future__ import annotations

import os

# Before anything imports Qt: tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A service that changes a record after its audit event (so the event's record hash is not of
# what was committed) fails its test at once instead of a later verify-audit (store.record_hash).
os.environ.setdefault("CD_STRICT_STAMPS", "1")

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from reseller_app.services.context import AppContext
from reseller_app.services.startup import open_app

START = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    # Not keyring.get_keyring(): that would probe the real backends (and may prompt).
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


def stepping_clock(start: dt.datetime = START) -> Callable[[], dt.datetime]:
    """A fixed, repeatable clock that moves one second per reading (so events are ordered)."""
    ticks = iter(range(10**9))
    return lambda: start + dt.timedelta(seconds=next(ticks))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'app.sqlite3'}"


@pytest.fixture
def ctx(db_url: str) -> Iterator[AppContext]:
    context = open_app(db_url, clock=stepping_clock(), actor="tester")
    yield context
    context.engine.dispose()


@pytest.fixture
def server():
    """A local SMTP server on 127.0.0.1 (``tests/smtp_server.py``), not started yet: a test
    starts it, or tries one that is down. Stopped after the test."""
    from .smtp_server import SmtpServer  # late: aiosmtpd only for the tests that send mail

    srv = SmtpServer()
    yield srv
    srv.stop()
