"""Daily backups, 14-day retention and restore, on real SQLite files under tmp_path."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reseller_app.services.audit import AuditService
from reseller_app.services.backups import BackupBusy, BackupService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.startup import open_app
from reseller_app.store.locations import sqlite_file

from ..conftest import START


class Clock:
    """The context clock, moved by the test."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app_ctx(db_url: str, clock: Clock) -> Iterator[AppContext]:
    context = open_app(db_url, clock=clock, actor="tester")
    yield context
    context.engine.dispose()


def audit_actions(ctx: AppContext) -> list[str]:
    from sqlalchemy import text

    with ctx.session() as s:
        return [r[0] for r in s.execute(text("SELECT action FROM audit_event ORDER BY seq"))]


def test_a_daily_backup_is_made_once_a_day(app_ctx: AppContext, clock: Clock) -> None:
    service = BackupService(app_ctx)
    first = service.ensure_daily()
    assert first is not None and first.path.is_file()
    assert first.path.parent == sqlite_file(app_ctx.db_url).parent / "backups"
    assert first.path.name == "app-20261105-090000.sqlite3"
    assert first.size == first.path.stat().st_size > 0

    clock.advance(hours=23, minutes=59)
    assert service.ensure_daily() is None  # the same day: nothing new
    assert [b.path for b in service.list()] == [first.path]

    clock.advance(minutes=1)
    second = service.ensure_daily()
    assert second is not None and second.path.name == "app-20261106-090000.sqlite3"
    assert [b.path for b in service.list()] == [second.path, first.path]  # newest first
    assert audit_actions(app_ctx).count("database.backed_up") == 2
    assert AuditService(app_ctx).verify().ok


def test_backups_are_kept_for_14_days(app_ctx: AppContext, clock: Clock) -> None:
    service = BackupService(app_ctx)
    made = []
    for _day in range(20):
        info = service.ensure_daily()
        assert info is not None
        made.append(info.path.name)
        clock.advance(days=1)
    kept = [b.path.name for b in service.list()]
    # The newest is 19 days after the first: the 14 days before it are kept, older ones deleted.
    assert kept == list(reversed(made[5:]))
    assert not any((service.folder / name).exists() for name in made[:5])


def test_the_default_database_backup_name(tmp_path: Path, clock: Clock) -> None:
    ctx = open_app(str(tmp_path / "channel-diligence.sqlite3"), clock=clock, actor="tester")
    try:
        info = BackupService(ctx).backup_now()
        assert info.path.name == "channel-diligence-20261105-090000.sqlite3"
        assert BackupService(ctx).backup_now().path.name == \
            "channel-diligence-20261105-090000-2.sqlite3"  # never overwritten
    finally:
        ctx.engine.dispose()


def test_no_backup_while_another_runs(app_ctx: AppContext) -> None:
    service = BackupService(app_ctx)
    with service._lock():  # another backup of this database is running (this process is alive)
        with pytest.raises(BackupBusy, match="Another backup of this database is running"):
            service.backup_now()
        assert service.ensure_daily() is None  # the automatic one waits for the next start
    assert service.ensure_daily() is not None


def test_restore_round_trip_keeps_the_data(app_ctx: AppContext, db_url: str, clock: Clock) -> None:
    catalog = CatalogService(app_ctx)
    catalog.save_customer(Customer("Kept GmbH", "DE", "private"))
    backup = BackupService(app_ctx).backup_now()
    clock.advance(hours=2)
    catalog.save_customer(Customer("Added later AG", "AT", "private"))
    assert {c.name for c in catalog.customers()} == {"Kept GmbH", "Added later AG"}

    report = BackupService(app_ctx).restore(backup.path)
    app_ctx.engine.dispose()

    assert report.revision.isdigit()
    reopened = open_app(db_url, clock=clock, actor="tester")
    try:
        assert [c.name for c in CatalogService(reopened).customers()] == ["Kept GmbH"]
        assert AuditService(reopened).verify().ok  # the restored chain, plus the restore
        assert audit_actions(reopened)[-1] == "database.restored"
        # The database as it was just before the restore is kept, and listed.
        safety = BackupService(reopened).list()[0]
        assert safety.kind == "before-restore" and safety.path == report.safety_copy
        conn = sqlite3.connect(report.safety_copy)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM customer")}
        finally:
            conn.close()
        assert names == {"Kept GmbH", "Added later AG"}
    finally:
        reopened.engine.dispose()


def test_restore_refuses_a_file_that_is_not_a_database(app_ctx: AppContext,
                                                        tmp_path: Path) -> None:
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("Call the distributor on Monday.\n" * 50)
    before = sqlite_file(app_ctx.db_url).read_bytes()
    with pytest.raises(ValidationError) as err:
        BackupService(app_ctx).restore(text_file)
    assert err.value.message == ("notes.sqlite3 is not a Channel Diligence backup: it is not an "
                                 "SQLite database file.")
    assert sqlite_file(app_ctx.db_url).read_bytes() == before
    assert not any(BackupService(app_ctx).folder.glob("*before-restore*"))


def test_restore_refuses_another_programs_sqlite_file(app_ctx: AppContext,
                                                       tmp_path: Path) -> None:
    foreign = tmp_path / "browser-history.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE visits (url TEXT, at TEXT)")
    conn.execute("INSERT INTO visits VALUES ('https://example.com', '2026-11-01')")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match=r"browser-history\.sqlite3 is not a Channel "
                                              "Diligence backup: it is an SQLite database of "
                                              "another program"):
        BackupService(app_ctx).restore(foreign)
    assert not any(BackupService(app_ctx).folder.glob("*before-restore*"))


def test_restore_refuses_a_damaged_or_newer_backup(app_ctx: AppContext, tmp_path: Path) -> None:
    service = BackupService(app_ctx)
    good = service.backup_now().path
    newer = tmp_path / "from-the-future.sqlite3"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match="made by a newer version of Channel Diligence"):
        service.restore(newer)

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096 * 2:4096 * 6] = b"\xff" * (4096 * 4)  # overwrite pages of the tables
    damaged.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="damaged"):
        service.restore(damaged)
    with pytest.raises(ValidationError, match="does not exist"):
        service.restore(tmp_path / "missing.sqlite3")


def test_a_server_database_is_the_administrators_job(app_ctx: AppContext) -> None:
    server = AppContext(db_url="postgresql+psycopg://u@localhost/cd", engine=app_ctx.engine,
                        session=app_ctx.session, clock=app_ctx.clock, actor="tester")
    service = BackupService(server)
    assert not service.available
    assert service.list() == [] and service.ensure_daily() is None
    with pytest.raises(ServiceError, match="the database administrator's job"):
        service.backup_now()
    with pytest.raises(ServiceError, match="the database administrator's job"):
        service.restore("anything.sqlite3")
