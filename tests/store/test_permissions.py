"""The database holds customers' names and why their orders were held: the folder the app
makes for it, the database file (and its -wal / -shm files) and every backup are readable by
their owner only (POSIX; Windows has no such modes)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reseller_app.services.backups import BackupService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.dto import Customer
from reseller_app.services.startup import open_app
from reseller_app.store import db

from ..conftest import stepping_clock

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The usual umask, which leaves new files readable by everyone (0644)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_data_folder_and_database_are_the_owners_alone(tmp_path: Path,
                                                             usual_umask: None) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o755)  # the user's: left as it is
    data = home / "share" / "ChannelDiligence"
    ctx = open_app(f"sqlite:///{data / 'app.sqlite3'}", clock=stepping_clock(), actor="t")
    try:
        CatalogService(ctx).save_customer(Customer("Müller Steuerberatung", "DE", "private"))
        for folder in (data, data.parent):
            assert mode(folder) == 0o700, folder
        files = [data / "app.sqlite3", data / "app.sqlite3-wal", data / "app.sqlite3-shm"]
        for file in files:
            assert file.exists() and mode(file) == 0o600, file
        backup = BackupService(ctx).backup_now()
        assert mode(Path(backup.path)) == 0o600
        assert mode(Path(backup.path).parent) == 0o700
    finally:
        ctx.engine.dispose()
    assert mode(home) == 0o755


def test_the_copy_before_an_upgrade_is_the_owners_alone(tmp_path: Path,
                                                        usual_umask: None) -> None:
    path = tmp_path / "app.sqlite3"
    ctx = open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="t")
    ctx.engine.dispose()
    copy = db.backup_sqlite(path, dt.datetime(2026, 11, 5, tzinfo=dt.UTC))
    assert mode(copy) == 0o600
