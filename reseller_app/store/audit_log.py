"""Appending to and reading the hash-chained audit log.

``append`` runs inside the caller's write transaction, so the event commits (or not) together
with the change it records. On SQLite that transaction began with BEGIN IMMEDIATE (see
``db.py``): the writer holds the write lock while it reads the chain's head, so no two writers
can chain onto the same event. On PostgreSQL a transaction-scoped advisory lock does the same.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from reseller_app.domain.audit import GENESIS, ChainEvent, canonical, event_hash
from reseller_app.domain.dates import utc_iso
from reseller_app.store import record_hash
from reseller_app.store.tables import DbAuditEvent

# The key in an event's details naming the working person (set by ``services.context``).
PERSON_KEY = "working_person"
# The key in an event's details holding the digest of its record stamps (``record_hash``).
RECORDS_KEY = "records"
# True once this process appended an event: the window signs the chain's head at closing only
# then (read without importing this module, which loads SQLAlchemy).
appended = False
_PG_LOCK_KEY = 0x43444C47  # "CDLG": any constant shared by every writer of this database


def iso(at: dt.datetime) -> str:
    """The stored and hashed form of an event time: UTC, microseconds, ``+00:00``."""
    return utc_iso(at, "microseconds")


def _json_safe(details: dict[str, Any]) -> dict[str, Any]:
    """Details as plain JSON values (dates, decimals and enums become text), once."""
    return json.loads(json.dumps(details, ensure_ascii=False, default=str))


def append(session: Session, *, actor: str, action: str, entity: str, entity_id: str | int,
           details: dict[str, Any], at: dt.datetime,
           records: Iterable[tuple[str, str | int]] = (),
           stamps: Iterable[tuple[str, str, str]] = ()) -> int:
    """Add one event after the current head; returns its ``seq``. Does not commit.

    ``actor`` is the OS login. When the session carries the working person (the app context
    puts ``{"id", "name"}`` in ``session.info["working_person"]``), the details name them
    under ``working_person``: inside the hashed details, so the person cannot be changed
    unnoticed, and events from before people existed hash exactly as they did.

    The event stamps the records it wrote (``record_hash``): those the session flushed since
    the transaction's previous event (noted by ``record_hash.track_writes``) and ``records``,
    (kind, id) pairs the caller wrote with plain SQL; ("import_batch", id) stands for the batch
    with all its orders and their screenings; ``stamps`` are (kind, id, SHA-256) the caller
    hashed from the values it wrote (``record_hash.InsertedRecords``), stamped after those,
    in the order given. The details then carry the stamps' digest under
    ``records``, so a stamp changed later breaks this event's hash. Pending changes are flushed
    first: the stamps are taken of what the transaction commits, as long as the caller changes
    nothing stamped after the event (the services append last).
    """
    session.flush()
    conn = session.connection()
    stamps = _stamps(conn, session.info.pop(record_hash.WRITTEN_KEY, set()), records, stamps)
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    head = conn.execute(
        select(DbAuditEvent.seq, DbAuditEvent.hash).order_by(DbAuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    person = session.info.get(PERSON_KEY)
    if person is not None and PERSON_KEY not in details:
        details = {**details, PERSON_KEY: person}
    if stamps:
        details = {**details, RECORDS_KEY: {
            "count": len(stamps),
            "sha256": record_hash.stamps_digest(record_hash.stamp_line(*st) for st in stamps)}}
    safe = _json_safe(details)
    when = iso(at)
    entity_id = str(entity_id)
    digest = event_hash(prev, seq, when, actor, action, entity, entity_id, safe)
    conn.execute(DbAuditEvent.__table__.insert().values(
        seq=seq, at=when, actor=actor, action=action, entity=entity, entity_id=entity_id,
        details=canonical(safe), prev_hash=prev, hash=digest,
    ))
    if stamps:
        record_hash.write_stamps(conn, seq, stamps)
    global appended
    appended = True
    return seq


def _stamps(conn: Any, written: set[tuple[str, str]],
            records: Iterable[tuple[str, str | int]],
            hashed: Iterable[tuple[str, str, str]] = ()) -> list[tuple[str, str, str]]:
    """(kind, id, SHA-256) of every record the event wrote, in the digest's order (``hashed``,
    those the caller hashed itself, last)."""
    targets: dict[str, set[str]] = {}
    batches: list[int] = []
    for kind, record_id in [*written, *records]:
        if kind == record_hash.IMPORT_BATCH.name:
            batches.append(int(record_id))
        else:
            targets.setdefault(kind, set()).add(str(record_id))
    stamps = record_hash.hash_targets(conn, targets)
    for batch in sorted(set(batches)):
        stamps += record_hash.hash_import_batch(conn, batch)
    return [*stamps, *hashed]


def who(event: ChainEvent) -> str:
    """Who did an event, for reading: the working person with the OS login beside it
    ("Anna Weber (anna)"), or the OS login alone (events before people, or without them)."""
    person = (event.details or {}).get(PERSON_KEY)
    name = person.get("name") if isinstance(person, dict) else None
    return f"{name} ({event.actor})" if name else event.actor


def _details(text_: Any) -> dict[str, Any] | None:
    """The stored details; ``None`` when they are not a JSON object (only a hand-edited
    database has that, and the chain check then names the event instead of crashing)."""
    try:
        data = json.loads(text_)
    except (TypeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def read_details(text_: Any) -> dict[str, Any]:
    """An event's stored details as read (empty when they are not a JSON object)."""
    return _details(text_) or {}


def _event(row: Any) -> ChainEvent:
    return ChainEvent(row.seq, row.at, row.actor, row.action, row.entity, row.entity_id,
                      _details(row.details), row.prev_hash, row.hash)


def iter_chain(session: Session, batch: int = 2000) -> Iterator[ChainEvent]:
    """Every event in ``seq`` order, read in batches (the log grows without bound)."""
    table = DbAuditEvent.__table__
    last = 0
    while True:
        rows = session.connection().execute(
            select(table).where(table.c.seq > last).order_by(table.c.seq).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield _event(row)
        last = rows[-1].seq


def events_for(session: Session, entity: str, entity_ids: list[str]) -> list[ChainEvent]:
    table = DbAuditEvent.__table__
    rows = session.connection().execute(
        select(table).where(table.c.entity == entity, table.c.entity_id.in_(entity_ids))
        .order_by(table.c.seq)
    ).all()
    return [_event(r) for r in rows]
