"""What every service needs, built once at start and handed to each constructor."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from reseller_app.domain.texts import t
from reseller_app.services.errors import storage_error
from reseller_app.services.locations import (  # noqa: F401  (re-exported: the old home)
    DB_FILE,
    DEMO_DB_FILE,
    ENV_DB,
    default_data_dir,
    resolve_db_url,
)
from reseller_app.store import db, record_hash
from reseller_app.store.audit_log import PERSON_KEY
from reseller_app.store.db import DatabaseError, display_url  # noqa: F401  (for the ui and cli)


class AppSession(Session):
    """A session whose database failures reach the user as a ``StorageError`` in words.

    Every service reads and writes inside ``with ctx.session() as s:`` (or ``write_session``),
    so this is the one place where "database or disk is full", "attempt to write a readonly
    database", "database is locked" or a disk I/O error (SQLAlchemy's wrapper, or the driver's
    own exception from the import's fast path) becomes a message the UI's ``except
    ServiceError`` and the CLI can show. Leaving the block closes the session first, which
    rolls the transaction back: nothing is half-written.
    """

    where: str = ""  # the database, for the message (its file, or the server)

    def __exit__(self, type_: Any, value: Any, traceback: Any) -> None:
        try:
            self.close()
        except Exception:  # the rollback itself may fail on a broken drive: the error below
            if value is None:  # matters more, and SQLite undoes the transaction anyway
                raise
        if value is not None:
            error = storage_error(value, self.where)
            if error is not None and error is not value:
                raise error from value


# Each audit event stamps the records its transaction wrote: the session notes them as it
# flushes (in the tests, a commit with a record changed after its event fails).
event.listen(AppSession, "after_flush", record_hash.track_writes)
event.listen(AppSession, "before_commit", record_hash.check_stamped)
event.listen(AppSession, "after_rollback", record_hash.forget_writes)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down machines (getpass raises various)
        return "user"


@dataclass(frozen=True, slots=True)
class WorkingPerson:
    """The person working in this app (chosen at sign-in), beside the OS login."""

    id: int
    name: str


@dataclass
class AppContext:
    """Built once at start (``startup.open_app``) and handed to every service's constructor.

    ``session()`` opens a session for reading; ``write_session()`` one whose transaction takes
    the database's write lock at BEGIN (SQLite ``BEGIN IMMEDIATE``): every write goes through
    it so that the audit chain cannot fork and writers never deadlock half-way.
    """

    db_url: str
    engine: Engine
    session: Callable[[], Session]
    clock: Callable[[], dt.datetime]
    actor: str
    write_session: Callable[[], Session] = field(repr=False, default=None)  # type: ignore[assignment]
    demo: bool = False
    backup_path: Path | None = None  # the copy made before this start's migration, if any
    # Compiled criteria packs by SHA-256, shared by every service on this context (compiling a
    # pack takes far longer than screening an order).
    cache: dict[str, Any] = field(default_factory=dict, repr=False)
    # The user's language ("en", "es", "fr", "pt", "de"): documents the app writes (PDF labels,
    # dates, money) and the criteria pack's texts follow it; see ``services.i18n``.
    language: str = "en"
    # Who is working, when the database has people (None: nobody signed in, or no people yet;
    # then ``actor``, the OS login, is all the record says). ``actor`` stays the OS login: it is
    # the evidence of which computer account did it, kept beside the person.
    person: WorkingPerson | None = None

    @property
    def who(self) -> str:
        """Who did it, as records that show one name store it: the person with the OS login
        beside it as evidence ("Anna Weber (anna)"), or the OS login alone."""
        if self.person is None:
            return self.actor
        return f"{self.person.name} ({self.actor})"[:200]  # the columns' width

    def __post_init__(self) -> None:
        self._where = db.display_url(self.db_url)  # named in storage errors: worked out once
        if self.write_session is None:
            writer = db.write_engine(self.engine)
            self.write_session = lambda: self._session(writer)

    def _session(self, engine: Engine) -> Session:
        session = AppSession(engine, expire_on_commit=False)
        session.where = self._where
        # Every audit event appended in this session names the working person
        # (``audit_log.append`` reads it), so no service has to pass it along.
        if self.person is not None:
            session.info[PERSON_KEY] = {"id": self.person.id, "name": self.person.name}
        return session

    def read_only(self) -> bool:
        """True when nothing can be saved: the database file (or its folder) is read-only.

        Asked at start so the window can say so at once instead of at the first save.
        """
        return not db.writable(self.engine)


def open_context(
    db_url: str | None = None,
    *,
    demo: bool = False,
    clock: Callable[[], dt.datetime] | None = None,
    actor: str | None = None,
) -> AppContext:
    """Open (creating or upgrading) the database and return the context for the services.

    Before pending migrations run, a backup of an existing SQLite file is copied next to it.
    The app opens through ``services.startup.open_app``, which also puts the default criteria
    pack in place; this is the part below the services, which every service builds on.
    """
    url = resolve_db_url(db_url, demo=demo)
    engine = db.open_engine(url)
    try:
        backup = db.upgrade(engine, url)
    except SQLAlchemyError as exc:
        engine.dispose()
        # A full disk, a read-only file, another writer: the words of a failed save fit
        # (the upgrade was rolled back). A damaged file keeps the words below.
        storage = storage_error(exc, db.display_url(url))
        if storage is not None and storage.cause in ("full", "readonly", "locked"):
            raise db.DatabaseError(str(storage)) from exc
        reason = getattr(exc, "orig", None) or exc
        raise db.DatabaseError(t("The database {database} cannot be opened: {error}.",
                                 database=db.display_url(url), error=reason)) from exc
    except Exception:
        engine.dispose()
        raise
    ctx = AppContext(
        db_url=url,
        engine=engine,
        session=lambda: ctx._session(engine),
        clock=clock or utc_now,
        actor=actor or default_actor(),
        demo=demo,
        backup_path=backup,
    )
    return ctx
