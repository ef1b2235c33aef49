"""Errors the services raise for the UI and CLI to show in words."""

from __future__ import annotations

from reseller_app.domain.texts import t


class ServiceError(Exception):
    """A use case could not be carried out; the message is for the user."""


class ValidationError(ServiceError):
    """Input the user must fix; ``field`` names it so the UI can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


class NotFound(ServiceError):
    pass


class OrderChanged(ServiceError):
    """Someone saved the order (or recorded a decision on it) after the user opened it: the
    user's save or decision was refused and nothing was written. ``who`` and ``at`` are of
    the newest change, ``changed`` names what changed in the user's words; the message says
    all of it and to reload the order (``services.order_changes`` builds it)."""

    def __init__(self, message: str, *, order_id: int, reference: str, who: str,
                 at: str, changed: list[str]) -> None:
        super().__init__(message)
        self.message = message
        self.order_id = order_id
        self.reference = reference
        self.who = who
        self.at = at
        self.changed = changed


class StorageError(ServiceError):
    """The database could not read or save: the disk is full, the file is read-only, another
    program holds the write lock, or the drive failed. The transaction was rolled back, so
    nothing was half-written; ``cause`` is one of ``CAUSES``, the message says what to do and
    ``reason`` is the cause in a few words (for a sentence of the caller's own).
    """

    CAUSES = ("full", "readonly", "locked", "io", "corrupt")

    def __init__(self, cause: str, message: str, where: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.cause = cause
        self.where = where
        self.reason = reason or message


# SQLite's primary result codes (the low byte of an extended code) and what they mean here.
_SQLITE_CAUSES = {13: "full", 8: "readonly", 5: "locked", 6: "locked", 10: "io", 14: "io",
                  11: "corrupt", 26: "corrupt"}
# The same causes in the words of the drivers' messages (SQLite, then PostgreSQL's).
_MESSAGE_CAUSES = (
    ("database or disk is full", "full"), ("no space left on device", "full"),
    ("could not extend file", "full"),
    ("readonly database", "readonly"), ("read-only transaction", "readonly"),
    ("database is locked", "locked"), ("database table is locked", "locked"),
    ("lock timeout", "locked"),
    ("disk i/o error", "io"), ("unable to open database file", "io"),
    ("database disk image is malformed", "corrupt"), ("file is not a database", "corrupt"),
)


def storage_cause(exc: BaseException) -> str | None:
    """Which of ``StorageError.CAUSES`` made ``exc`` fail (None: not a storage failure).

    ``exc`` may be SQLAlchemy's wrapper (``OperationalError``, ``DatabaseError``, whose
    ``orig`` is the driver's exception) or the driver's own (``sqlite3.OperationalError``,
    which the import's fast path raises from its cursor). Constraint and programming errors
    are bugs or input problems, not storage failures, and give None.
    """
    import sqlite3  # late: the command line imports this module before the window's first frame

    driver = getattr(exc, "orig", None) or exc
    if type(driver).__name__ in ("IntegrityError", "ProgrammingError", "InterfaceError",
                                 "DataError", "NotSupportedError"):
        return None
    if isinstance(driver, sqlite3.Error):
        code = getattr(driver, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _SQLITE_CAUSES:
            return _SQLITE_CAUSES[code & 0xFF]
    elif not _is_database_error(exc):
        return None
    text = str(driver).lower()
    return next((cause for words, cause in _MESSAGE_CAUSES if words in text), None)


def _is_database_error(exc: BaseException) -> bool:
    """A database driver's error (any DB-API driver), or SQLAlchemy's wrapper of one."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(names & {"OperationalError", "DatabaseError"})


def storage_error(exc: BaseException, where: str = "") -> StorageError | None:
    """``exc`` as a ``StorageError`` in words (None when it is not a storage failure).

    ``where`` is the database for the message: its file, or the server without password.
    """
    if isinstance(exc, StorageError):
        return exc
    cause = storage_cause(exc)
    if cause is None:
        return None
    reasons = {"full": t("the disk is full"), "readonly": t("the database is read-only"),
               "locked": t("another program is writing to the database"),
               "corrupt": t("the database is damaged"),
               "io": t("the drive could not be read or written")}
    if not where:  # the database is not known here (a rare failure outside a service)
        text = t("Nothing was saved: {reason}. Try again, and tell your IT contact if it "
                 "happens again.", reason=reasons[cause])
    elif cause == "full":
        text = t("The disk is full, so nothing was saved. Free some space on the drive that "
                 "holds {path} and try again.", path=where)
    elif cause == "readonly":
        text = t("The database {path} is read-only, so nothing was saved. Ask your IT contact "
                 "to give you write access to the file and its folder, then try again.",
                 path=where)
    elif cause == "locked":
        text = t("Another program is writing to the database {path} and did not finish in "
                 "time, so nothing was saved. Wait a moment and try again; if it keeps "
                 "happening, close other copies of Channel Diligence.", path=where)
    elif cause == "corrupt":
        text = t("The database {path} is damaged, so nothing was saved. Restore the newest "
                 "backup (File > Restore from backup) or ask your IT contact for help.", path=where)
    else:
        text = t("The drive that holds {path} could not be read or written, so nothing was "
                 "saved. Check that the drive or network share is connected and try again; "
                 "tell your IT contact if it happens again.", path=where)
    return StorageError(cause, text, where, reasons[cause])
