"""Opening the app's database: the context every service is built with, and the default
criteria pack in place before the first screen asks for it.

Its own module because it uses a service (``PackService``), and every service is built on
``services.context``: the context cannot import them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reseller_app.services.context import AppContext, open_context
from reseller_app.services.packs import PackService
from reseller_app.services.record_check import seal


def open_app(
    db_url: str | None = None,
    *,
    demo: bool = False,
    clock: Callable[[], dt.datetime] | None = None,
    actor: str | None = None,
) -> AppContext:
    """Open (creating or upgrading) the database and return the context for the services.

    Before pending migrations run, a backup of an existing SQLite file is copied next to it.
    On first run the default criteria pack is imported and activated; after an update of the
    app, its newer default pack (``PackService.ensure_default``).
    """
    ctx = open_context(db_url, demo=demo, clock=clock, actor=actor)
    seal(ctx)  # records from before migration 0012 get their stamps, once
    PackService(ctx).ensure_default()
    return ctx
