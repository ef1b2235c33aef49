"""Alembic environment. The app runs it programmatically (``store.db.upgrade``) and hands in a
connection already inside a write transaction; a developer may also run ``alembic`` with a
``sqlalchemy.url`` in their own ini file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from reseller_app.store.tables import metadata

config = context.config

# Objects the migrations create by hand that the SQLModel metadata does not describe.
_HAND_MADE_PREFIXES = ("order_search", "alembic_version")


def _include(obj: object, name: str | None, type_: str, reflected: bool,
             compare_to: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(_HAND_MADE_PREFIXES))


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: Alembic copies the table
        include_object=_include,
        compare_type=True,
        **kwargs,
    )


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _configure(connection=conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
