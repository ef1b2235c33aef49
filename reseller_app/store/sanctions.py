"""Imported sanctions lists: their versions and entries (tables in ``tables.py``, migration 0017).

A list version is written in one transaction with plain ``executemany`` for its entries (an
OFAC import is some 9,000 of them: the ORM's unit of work would take seconds); the caller adds
the audit event, which stamps the version with all its entries, and commits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from reseller_app.domain.sanctions.entries import (
    ListEntry,
    entry_data,
    entry_from_data,
    entry_sha256,
)
from reseller_app.store.record_hash import fetch
from reseller_app.store.tables import DbSanctionEntry, DbSanctionList

CHUNK = 1000  # entries per executemany: progress is told and cancel asked between chunks


class ListImportCancelled(Exception):
    """The user cancelled the import: the caller rolls the transaction back."""


def add_list(session: Session, row: DbSanctionList, entries: Sequence[ListEntry], *,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> int:
    """Store the version ``row`` with its ``entries``; returns its id. Does not commit.
    Raises :class:`ListImportCancelled` between chunks when ``cancelled()`` says so."""
    session.add(row)
    session.flush()
    assert row.id is not None
    conn = session.connection()
    statement = insert(DbSanctionEntry)
    total = len(entries)
    for start in range(0, total, CHUNK):
        if cancelled is not None and cancelled():
            raise ListImportCancelled
        rows = []
        for entry in entries[start:start + CHUNK]:
            data = entry_data(entry)
            rows.append({"list_id": row.id, "entry_id": entry.entry_id, "kind": entry.kind.value,
                         "name": entry.primary_name, "data": data,
                         "sha256": entry_sha256(entry.source, entry.entry_id, entry.kind, data)})
        if rows:
            conn.execute(statement, rows)
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    return row.id


def same_file(session: Session, source: str, file_sha256: str) -> DbSanctionList | None:
    """The newest version of ``source`` imported from the very same file, if any."""
    return session.execute(
        select(DbSanctionList).where(DbSanctionList.source == source,
                                     DbSanctionList.file_sha256 == file_sha256)
        .order_by(DbSanctionList.id.desc()).limit(1)).scalar()


def versions(session: Session) -> list[DbSanctionList]:
    """Every imported version, newest first."""
    return list(session.execute(
        select(DbSanctionList).order_by(DbSanctionList.id.desc())).scalars())


def newest(session: Session) -> list[DbSanctionList]:
    """The newest version of each source, in the order of the sources' names."""
    found: dict[str, DbSanctionList] = {}
    for row in versions(session):
        found.setdefault(row.source, row)
    return [found[s] for s in sorted(found)]


def entries(session: Session, list_ids: Sequence[int]) -> Iterator[ListEntry]:
    """The entries of the versions ``list_ids``, in the order imported (the driver's cursor:
    25,000 names come back in a fraction of a second)."""
    conn = session.connection()
    for list_id in list_ids:
        cursor = fetch(conn, _ENTRIES_SQL[conn.dialect.paramstyle], (list_id,))
        for source, entry_id, kind, data in cursor:
            yield entry_from_data(source, entry_id, kind, data)


def index_rows(session: Session, list_ids: Sequence[int]
               ) -> Iterator[tuple[str, str, str, str, list[tuple[str, bool]], list[str]]]:
    """What the name index takes of the entries of the versions ``list_ids``, in the order
    imported: (source, entry id, kind, primary name, [(name, weak alias)...], countries), as
    ``NameIndex.build_from_rows`` takes them. Lighter than :func:`entries`: no
    :class:`ListEntry` is made, and SQLite reads through a small page cache, so building the
    index of 25,000 names does not raise the app's memory by more than the index."""
    conn = session.connection()
    raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
    size = raw.execute("PRAGMA cache_size").fetchone()[0] if raw is not None else None
    if raw is not None:
        raw.execute("PRAGMA cache_size = -256")  # KiB: the entries are read once, in order
    try:
        for list_id in list_ids:
            cursor = fetch(conn, _ENTRIES_SQL[conn.dialect.paramstyle], (list_id,))
            for source, entry_id, kind, data in cursor:
                d = json.loads(data)
                names = d["n"]
                primary = next((text for text, is_primary, _weak in names if is_primary),
                               names[0][0] if names else "")
                yield (source, entry_id, kind, primary,
                       [(text, bool(weak)) for text, _primary, weak in names],
                       d.get("c", []))
    finally:
        if raw is not None:
            raw.execute(f"PRAGMA cache_size = {int(size)}")  # back to the app's own


def entry(session: Session, list_id: int, entry_id: str) -> tuple[ListEntry, str] | None:
    """One entry of a version with its SHA-256, by the list's own id."""
    row = session.execute(
        select(DbSanctionList.source, DbSanctionEntry.entry_id, DbSanctionEntry.kind,
               DbSanctionEntry.data, DbSanctionEntry.sha256)
        .join(DbSanctionList, DbSanctionList.id == DbSanctionEntry.list_id)
        .where(DbSanctionEntry.list_id == list_id, DbSanctionEntry.entry_id == entry_id)
    ).first()
    if row is None:
        return None
    return entry_from_data(row[0], row[1], row[2], row[3]), row[4]


def entry_hashes(session: Session, list_id: int) -> dict[str, str]:
    """entry id -> SHA-256 of every entry of a version (to tell what changed between two)."""
    return dict(session.execute(
        select(DbSanctionEntry.entry_id, DbSanctionEntry.sha256)
        .where(DbSanctionEntry.list_id == list_id)).all())


def _entries_sql(mark: str) -> str:
    return ("SELECT l.source, e.entry_id, e.kind, e.data FROM sanction_entry e "
            f"JOIN sanction_list l ON l.id = e.list_id WHERE e.list_id = {mark} ORDER BY e.id")


_ENTRIES_SQL: dict[str, Any] = {"qmark": _entries_sql("?"), "numeric": _entries_sql(":1"),
                                "format": _entries_sql("%s"), "pyformat": _entries_sql("%s")}
