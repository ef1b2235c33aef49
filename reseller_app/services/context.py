"""What every service needs, built once at start and handed to each constructor."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from reseller_app.domain.texts import t
from reseller_app.services.locations import (  # noqa: F401  (re-exported: the old home)
    DB_FILE,
    DEMO_DB_FILE,
    ENV_DB,
    default_data_dir,
    resolve_db_url,
)
from reseller_app.store import db


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down machines (getpass raises various)
        return "user"


@dataclass
class AppContext:
    """Built once at start (``open_app``) and handed to every service's constructor.

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

    def __post_init__(self) -> None:
        if self.write_session is None:
            writer = db.write_engine(self.engine)
            self.write_session = lambda: Session(writer, expire_on_commit=False)


def open_app(
    db_url: str | None = None,
    *,
    demo: bool = False,
    clock: Callable[[], dt.datetime] | None = None,
    actor: str | None = None,
) -> AppContext:
    """Open (creating or upgrading) the database and return the context for the services.

    Before pending migrations run, a backup of an existing SQLite file is copied next to it.
    On first run the default criteria pack is imported and activated.
    """
    url = resolve_db_url(db_url, demo=demo)
    engine = db.open_engine(url)
    try:
        backup = db.upgrade(engine, url)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise db.DatabaseError(t("The database {database} cannot be opened: {error}.",
                                 database=db.display_url(url), error=reason)) from exc
    except Exception:
        engine.dispose()
        raise
    ctx = AppContext(
        db_url=url,
        engine=engine,
        session=lambda: Session(engine, expire_on_commit=False),
        clock=clock or utc_now,
        actor=actor or default_actor(),
        demo=demo,
        backup_path=backup,
    )
    from reseller_app.services.packs import PackService

    PackService(ctx).ensure_default()
    return ctx
