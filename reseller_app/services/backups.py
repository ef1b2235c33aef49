"""Backups of the SQLite database: one a day, kept 14 days, and restoring one safely.

Copies go to ``backups/`` next to the database file, named ``<name>-YYYYMMDD-HHMMSS.sqlite3``
(UTC; for the default database ``channel-diligence-…``), made with SQLite's backup API so that
a copy taken while the app writes is still consistent (WAL included). A copy is written under a
temporary name and renamed when complete: a half-written backup is never listed.

Restoring checks first that the file is a Channel Diligence database (an SQLite file with the
app's tables and a schema this version knows, passing ``PRAGMA integrity_check``), then copies
the current database aside (``<name>-before-restore-…``) and copies the backup over it, again
with the backup API, so other connections see either the old or the restored database, never a
mix. The caller reopens the database afterwards (``open_app``), which upgrades an older copy.

A PostgreSQL database is the administrator's to back up (pg_dump): the service says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from reseller_app.domain.people import Action
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.dto import BackupInfo, RestoreReport
from reseller_app.services.errors import ServiceError, StorageError, ValidationError
from reseller_app.services.people import check_role
from reseller_app.store import audit_log, db
from reseller_app.store.locations import sqlite_file

KEEP = dt.timedelta(days=14)
DAILY = dt.timedelta(days=1)
FOLDER = "backups"
BEFORE_RESTORE = "before-restore"
LOCK_FILE = ".backup.lock"
STALE_LOCK_SECONDS = 3600  # a backup that crashed must not stop backups for long
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every Channel Diligence database has had since the first release.
REQUIRED_TABLES = frozenset({"alembic_version", "audit_event", "company", "customer", "orders",
                             "pack", "setting"})
# The backup dialog translates this one itself (it asks before the service would refuse).
SERVER_DATABASE = ("This database is on a PostgreSQL server: backing it up and restoring it is "
                   "the database administrator's job (for example with pg_dump). The app backs "
                   "up SQLite databases only.")
_STAMP = "%Y%m%d-%H%M%S"


class BackupBusy(ServiceError):
    """Another backup or restore of this database is running."""


class BackupNotRecorded(ServiceError):
    """The backup copy was made, but noting it in the audit log failed (a read-only or full
    database): the backup is good, so this is not a failed backup. ``backup`` is the copy."""

    def __init__(self, backup: BackupInfo, error: StorageError) -> None:
        super().__init__(t("The backup was saved as {file}, but it could not be noted in the "
                           "audit log: {reason}.", file=backup.path, reason=error.reason))
        self.backup = backup
        self.error = error


class BackupService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.db_file = sqlite_file(db.normalise_url(ctx.db_url))

    # -- where -----------------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        """False for a server database (PostgreSQL): nothing here backs it up."""
        return self.db_file is not None

    @property
    def folder(self) -> Path:
        return self._file().parent / FOLDER

    def _file(self) -> Path:
        if self.db_file is None:
            raise ServiceError(t("This database is on a PostgreSQL server: backing it up and "
                                 "restoring it is the database administrator's job (for "
                                 "example with pg_dump). The app backs up SQLite databases "
                                 "only."))
        return self.db_file

    def _pattern(self) -> re.Pattern[str]:
        stem = re.escape(self._file().stem)
        return re.compile(rf"^{stem}-(?:({BEFORE_RESTORE})-)?(\d{{8}}-\d{{6}})(?:-\d+)?\.sqlite3$")

    # -- reading ---------------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """The backups of this database, newest first (none for a server database)."""
        if self.db_file is None or not self.folder.is_dir():
            return []
        pattern = self._pattern()
        found = []
        for path in self.folder.iterdir():
            match = pattern.match(path.name)
            if match is None or not path.is_file():
                continue
            taken = dt.datetime.strptime(match.group(2), _STAMP).replace(tzinfo=dt.UTC)
            found.append(BackupInfo(path, taken, path.stat().st_size,
                                    BEFORE_RESTORE if match.group(1) else "backup"))
        found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
        return found

    def newest(self) -> BackupInfo | None:
        """The newest backup of this database (copies made before a restore do not count)."""
        return next((b for b in self.list() if b.kind == "backup"), None)

    # -- backing up --------------------------------------------------------------------------------
    def ensure_daily(self) -> BackupInfo | None:
        """Back up when the newest backup is a day old or more; returns the new one, if any.

        Quietly does nothing for a server database, a database file not created yet, or while
        another backup runs (the next start catches up). Raises ``BackupNotRecorded`` when the
        copy was made but the audit log could not note it (a read-only database).
        """
        if self.db_file is None or not self.db_file.exists():
            return None
        newest = self.newest()
        if newest is not None and self.ctx.clock() - newest.taken_at < DAILY:
            return None
        try:
            return self._backup("daily")
        except BackupBusy:
            return None

    def backup_now(self) -> BackupInfo:
        """Back up now (File > Back up now); raises ``BackupBusy`` while another one runs, and
        ``BackupNotRecorded`` when the copy was made but the audit log could not note it."""
        self._file()
        return self._backup("manual")

    def _backup(self, reason: str) -> BackupInfo:
        source = self._file()
        with self._lock():
            now = self.ctx.clock()
            target = self._new_name(now)
            try:
                _copy_database(source, target)
            except (sqlite3.Error, OSError) as exc:
                raise ServiceError(t("The backup could not be written to {folder}: {error}.",
                                     folder=self.folder, error=_reason(exc))) from exc
            removed = self._prune(now)
            info = BackupInfo(target, _stamp_time(now), target.stat().st_size)
            try:
                self._audit(AuditAction.DATABASE_BACKED_UP, target.name, {
                    "file": str(target), "size": info.size, "reason": reason,
                    "removed": removed})
            except StorageError as exc:
                raise BackupNotRecorded(info, exc) from exc
        return info

    def _new_name(self, now: dt.datetime, kind: str = "") -> Path:
        db.private_folder(self.folder)
        base = f"{self._file().stem}-{kind + '-' if kind else ''}{_stamp(now)}"
        target, n = self.folder / f"{base}.sqlite3", 1
        while target.exists():  # two backups in one second must not overwrite each other
            n += 1
            target = self.folder / f"{base}-{n}.sqlite3"
        return target

    def _prune(self, now: dt.datetime) -> list[str]:
        """Delete the backups older than 14 days; returns their names."""
        removed = []
        for backup in self.list():
            if now - backup.taken_at > KEEP:
                with contextlib.suppress(FileNotFoundError):
                    backup.path.unlink()
                removed.append(backup.path.name)
        return removed

    # -- restoring -------------------------------------------------------------------------------
    def verify(self, path: Path | str) -> str:
        """Check that ``path`` is a Channel Diligence database this version can open; returns
        its schema revision. Raises ``ValidationError("file", ...)`` saying what is wrong."""
        path = Path(path)
        with _scratch_copy(path, self.folder if self.db_file else None) as copy:
            return _check_database(copy, path.name)

    def restore(self, path: Path | str) -> RestoreReport:
        """Replace the database with the backup ``path``, after checking it and copying the
        current database aside. Reopen the database afterwards (``open_app``)."""
        check_role(self.ctx, Action.RESTORE)
        current = self._file()
        path = Path(path)
        if path.resolve() == current.resolve():
            raise ValidationError("file", t("That is the database in use, not a backup."))
        with self._lock(), _scratch_copy(path, self.folder) as copy:
            revision = _check_database(copy, path.name)
            now = self.ctx.clock()
            safety = self._new_name(now, BEFORE_RESTORE)
            try:
                _copy_database(current, safety)
            except (sqlite3.Error, OSError) as exc:
                raise ServiceError(t("Nothing was restored: the current database could not "
                                     "be copied aside first ({error}).",
                                     error=_reason(exc))) from exc
            try:
                _copy_database(copy, current, replace_live=True)
            except (sqlite3.Error, OSError) as exc:
                raise ServiceError(t("The backup could not be restored ({error}). The "
                                     "database as it was is in {safety}.", error=_reason(exc),
                                     safety=safety)) from exc
            # Recorded in the restored database's own chain, which goes on from its last event.
            self._audit(AuditAction.DATABASE_RESTORED, path.name, {
                "from": str(path), "safety_copy": str(safety), "revision": revision})
        return RestoreReport(path, safety, revision)

    # -- helpers ---------------------------------------------------------------------------------
    def _audit(self, action: str, entity_id: str, details: dict[str, object]) -> None:
        with self.ctx.write_session() as s:
            audit_log.append(s, actor=self.ctx.actor, action=action, entity="database",
                             entity_id=entity_id, details=details, at=self.ctx.clock())
            s.commit()

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """One backup or restore of this database at a time, across threads and processes."""
        db.private_folder(self.folder)
        lock = self.folder / LOCK_FILE
        for attempt in (1, 2):
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                break
            except FileExistsError:
                if attempt == 2 or not _stale(lock):
                    raise BackupBusy(t("Another backup of this database is running. Try "
                                       "again in a minute.")) from None
                with contextlib.suppress(FileNotFoundError):
                    lock.unlink()
        try:
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            yield
        finally:
            with contextlib.suppress(FileNotFoundError):
                lock.unlink()


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime(_STAMP)


def _stamp_time(now: dt.datetime) -> dt.datetime:
    return dt.datetime.strptime(_stamp(now), _STAMP).replace(tzinfo=dt.UTC)


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)


def _stale(lock: Path) -> bool:
    """A lock left by a backup that crashed: its process is gone, or it is an hour old."""
    try:
        if time.time() - lock.stat().st_mtime > STALE_LOCK_SECONDS:
            return True
        pid = int(lock.read_text() or "0")
    except (OSError, ValueError):
        return False
    if os.name != "posix" or pid <= 0:  # (os.kill on Windows would end the process)
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _copy_database(source: Path, target: Path, *, replace_live: bool = False) -> None:
    """Copy with the SQLite backup API. A new copy is written under a temporary name and
    renamed when complete; ``replace_live`` writes into ``target`` in one transaction (other
    connections see the old or the new database, never a mix)."""
    src = sqlite3.connect(source, timeout=db.BUSY_TIMEOUT_MS / 1000)
    try:
        if replace_live:
            dst = sqlite3.connect(target, timeout=db.BUSY_TIMEOUT_MS / 1000)
            try:
                src.backup(dst)
            finally:
                dst.close()
            return
        partial = target.with_name(target.name + ".partial")
        try:
            db.private_file(partial)
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    finally:
        src.close()


@contextlib.contextmanager
def _scratch_copy(path: Path, folder: Path | None) -> Iterator[Path]:
    """A plain copy of ``path`` to check and restore from: the user's file is never opened by
    SQLite (opening a WAL database can write next to it)."""
    if not path.is_file():
        raise ValidationError("file", t("{path} does not exist or is not a file.", path=path))
    if folder is not None:
        db.private_folder(folder)
    fd, name = tempfile.mkstemp(prefix=".restore-check-", suffix=".sqlite3",
                                dir=folder if folder is not None else None)
    os.close(fd)
    copy = Path(name)
    try:
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise ValidationError("file", t("{name} cannot be read: {error}.", name=path.name,
                                            error=_reason(exc))) from None
        yield copy
    finally:
        for leftover in (copy, copy.with_name(copy.name + "-wal"),
                         copy.with_name(copy.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _check_database(copy: Path, name: str) -> str:
    """The checks of ``verify`` on a scratch copy; ``name`` is what the user chose."""
    with copy.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise ValidationError("file", t("{name} is not a Channel Diligence backup: it is "
                                            "not an SQLite database file.", name=name))
    conn = sqlite3.connect(copy)
    try:
        try:
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = sorted(REQUIRED_TABLES - tables)
            if missing:
                raise ValidationError("file", t("{name} is not a Channel Diligence backup: it "
                                                "is an SQLite database of another program (it "
                                                "has no {tables} table).", name=name,
                                                tables=", ".join(missing)))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else ""
            if not revision.isdigit():
                if revision:
                    raise ValidationError("file", t("{name} is not a Channel Diligence backup: "
                                                    "its schema version ({revision}) is "
                                                    "unknown.", name=name, revision=revision))
                raise ValidationError("file", t("{name} is not a Channel Diligence backup: its "
                                                "schema version (none) is unknown.", name=name))
            if int(revision) > int(db.HEAD_REVISION):
                raise ValidationError("file", t("{name} was made by a newer version of "
                                                "Channel Diligence (schema {revision}): update "
                                                "the app first, then restore it.", name=name,
                                                revision=revision))
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            raise ValidationError("file", t("{name} is damaged or not a database: {error}.",
                                            name=name, error=exc)) from None
    finally:
        conn.close()
    if problems != ["ok"]:
        raise ValidationError("file", t("{name} is damaged (integrity check: {problem}); "
                                        "choose another backup.", name=name,
                                        problem=problems[0]))
    return revision
