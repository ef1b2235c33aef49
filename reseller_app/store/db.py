"""Engine, sessions, and bringing a database up to the current schema.

SQLite runs in WAL mode with ``synchronous=NORMAL``: a crash or a kill loses at most the last
transactions, never consistency. Write transactions begin with ``BEGIN IMMEDIATE`` (the
SQLAlchemy "pysqlite serializable" recipe) so that a writer holds the write lock from its first
read: two writers cannot both read the same head of the audit chain. Reads begin deferred and
never wait for a writer (WAL). On PostgreSQL a write transaction takes a transaction-scoped
advisory lock at BEGIN instead: writers (and migrations) go one at a time there too, so a
"does it exist yet?" check followed by the insert cannot race another writer.

Start-up is measured against a bare Qt window, so when the database is already at the newest
revision (the usual case) Alembic is not even imported.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from reseller_app.domain.texts import t
from reseller_app.store.locations import normalise_url

# The newest migration's revision id; a test checks it against the migration scripts.
HEAD_REVISION = "0008"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WRITE = {"cd_write": True}  # execution option that makes a transaction BEGIN IMMEDIATE
PG_WRITE_LOCK = 0x43444C47  # PostgreSQL advisory lock key of writers (as in audit_log.py)
BUSY_TIMEOUT_MS = 15_000
SQLITE_READONLY = 8  # SQLite's primary result code for "attempt to write a readonly database"


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message says why in words."""


def display_url(url: str) -> str:
    """The database for a message: the file of an SQLite URL, else the URL without password."""
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (``None`` for other databases and in-memory ones)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


# The database holds customers' names and why their orders were held: on POSIX, the folders
# and files the app makes for it are its owner's alone (on Windows the user's profile folder
# is already private, and these modes mean nothing there).
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600


def private_folder(path: Path) -> None:
    """Make ``path`` and its missing parents, readable by their owner only. A folder that
    exists already is left as it is (it is the user's, e.g. where ``--db`` points)."""
    missing = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made at once by another process
            folder.mkdir(mode=PRIVATE_FOLDER)
    path.mkdir(exist_ok=True)  # a file of that name: the usual error


def private_file(path: Path) -> None:
    """Create ``path`` empty, readable and writable by its owner only, unless it exists.
    SQLite takes an empty file for a new database, and gives its -wal and -shm files the
    database file's mode."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(fd)


def open_engine(url: str) -> Engine:
    """An engine with the pragmas and transaction handling described above."""
    url = normalise_url(url)
    path = sqlite_path(url)
    if path is None:
        if make_url(url).get_backend_name() == "sqlite":
            return create_engine(url)
        engine = create_engine(url, pool_pre_ping=True)
        if engine.dialect.name == "postgresql":

            @event.listens_for(engine, "begin")
            def _on_pg_begin(conn: object) -> None:
                if conn.get_execution_options().get("cd_write"):  # type: ignore[attr-defined]
                    conn.exec_driver_sql(  # type: ignore[attr-defined]
                        f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")

        return engine

    private_folder(path.parent)
    private_file(path)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Hand transaction control to the "begin" hook below (pysqlite's own is too lazy).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        write = conn.get_execution_options().get("cd_write")  # type: ignore[attr-defined]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")  # type: ignore[attr-defined]

    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool), whose transactions take the write lock at BEGIN."""
    return engine.execution_options(**WRITE)


def writable(engine: Engine) -> bool:
    """False when the SQLite database cannot be written (read-only file or folder), so the app
    can say so at start instead of at the first save. Other databases: True.

    It tries a write that changes nothing (the header's ``user_version``, set to itself) in a
    transaction it rolls back. A database another program is writing to counts as writable.
    """
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        try:
            cur.execute("PRAGMA busy_timeout=1000")  # not the 15 s of a save: this is a probe
            version = int(cur.execute("PRAGMA user_version").fetchone()[0])
            cur.execute("BEGIN IMMEDIATE")
            try:
                cur.execute(f"PRAGMA user_version={version}")
            finally:
                cur.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) != SQLITE_READONLY
        finally:
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.close()
    finally:
        raw.close()
    return True


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, ``None`` for an empty (or unstamped) one."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except SQLAlchemyError:
            return None


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            n = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'"))
            return bool(n.scalar())
        n = conn.execute(text(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
        ))
        return bool(n.scalar())


def backup_sqlite(path: Path, now: dt.datetime | None = None) -> Path:
    """Copy the database next to itself, consistently even in WAL mode (SQLite backup API).

    The copy is written under a ``.partial`` name and renamed when complete, so a full disk
    never leaves a short file that looks like a backup; on failure the partial file is deleted
    and ``DatabaseError`` says that the upgrade did not start and the database is unchanged.
    """
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    n = 1
    while target.exists():  # two upgrades in the same second must not overwrite a backup
        n += 1
        target = path.with_name(f"{path.name}.backup-{stamp}-{n}")
    partial = target.with_name(target.name + ".partial")
    try:
        private_file(partial)
        src = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        error = getattr(exc, "strerror", None) or exc
        raise DatabaseError(t(
            "The upgrade of the database did not start: a safety copy of it could not be "
            "written to {file} ({error}). The database is unchanged. Free some space on that "
            "drive (or ask your IT contact about it), then start the app again.",
            file=target, error=error)) from exc
    return target


def alembic_config(connection: object | None = None):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def check_known_revision(revision: str | None, where: str) -> None:
    """Refuse a database stamped with a revision this version's migrations do not have: one
    made by a newer version of the app (or another program). Nothing is copied or changed."""
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision in known:
        return
    if revision.isdigit() and int(revision) > int(HEAD_REVISION):
        raise DatabaseError(t("{database} was made by a newer version of Channel Diligence "
                              "(schema {revision}): update the app first. The database was "
                              "not changed.", database=where, revision=revision))
    raise DatabaseError(t("{database} has a schema version this version of Channel Diligence "
                          "does not know ({revision}): it may have been made by a newer "
                          "version or by another program. Update the app first. The database "
                          "was not changed.", database=where, revision=revision))


def upgrade(engine: Engine, url: str | None = None) -> Path | None:
    """Bring the database to the newest schema; returns the backup made first, if any.

    A database that already holds tables gets a backup copy next to it before any migration
    runs (SQLite only: a server database is the administrator's to back up). A database made
    by a newer version is refused before anything is copied (``check_known_revision``).
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    url = normalise_url(url or engine.url.render_as_string(hide_password=False))
    check_known_revision(revision, display_url(url))
    backup = None
    path = sqlite_path(url)
    if path is not None and path.exists() and _has_tables(engine):
        backup = backup_sqlite(path)

    from alembic import command
    from alembic.util import CommandError

    try:
        with write_engine(engine).begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    except (SQLAlchemyError, CommandError) as exc:
        error = getattr(exc, "orig", None) or exc
        if backup is not None:
            raise DatabaseError(t("The database could not be upgraded: {error}. A copy from "
                                  "before the upgrade is in {backup}.", error=error,
                                  backup=backup)) from exc
        raise DatabaseError(t("The database could not be upgraded: {error}.",
                              error=error)) from exc
    return backup
