"""Where a database is, from its URL, without importing SQLAlchemy.

The desktop app needs the database's identity before its window shows (one window per
database), and start-up is measured against a bare Qt window: so this module is standard
library only. ``db.py`` uses the same rules.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote


def normalise_url(url: str) -> str:
    """A plain path means an SQLite file; ``postgresql://`` means the psycopg 3 driver."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of a normalised SQLite URL; ``None`` for servers and in-memory databases."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+", 1)[0] != "sqlite" or not rest.startswith("/"):
        return None
    database = unquote(rest[1:].split("?", 1)[0])
    if not database or database == ":memory:":
        return None
    return Path(database)
