"""Which database the app opens: ``--db``, else $CHANNEL_DILIGENCE_DB, else the user data folder.

Standard library and platformdirs only: the desktop app asks this before its window shows (one
window per database), without importing SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

from reseller_app import APP_NAME
from reseller_app.store.locations import normalise_url, sqlite_file  # noqa: F401  (for the ui)

ENV_DB = "CHANNEL_DILIGENCE_DB"
DB_FILE = "channel-diligence.sqlite3"
DEMO_DB_FILE = "channel-diligence-demo.sqlite3"


def default_data_dir() -> Path:
    # late: only without --db; the window's first frame does without it
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME))


def resolve_db_url(db_url: str | None, *, demo: bool = False) -> str:
    """``--db`` first, then $CHANNEL_DILIGENCE_DB, then a file in the user's data folder.

    The demo always has its own file unless ``--db`` names one: trying the demo must never
    touch real data. A plain path is taken as an SQLite file.
    """
    if db_url:
        return normalise_url(db_url)
    if not demo and os.environ.get(ENV_DB):
        return normalise_url(os.environ[ENV_DB])
    folder = default_data_dir()
    return normalise_url(str(folder / (DEMO_DB_FILE if demo else DB_FILE)))
