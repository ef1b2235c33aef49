"""Reading and adding the audit chain's signed heads (``chain_head``, append-only).

``add`` runs inside the caller's write transaction: a head signed for a packet is stored with
the packet, and names the newest event that transaction can see (the writer holds the write
lock, see ``audit_log``).
"""

from __future__ import annotations

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from reseller_app.domain.chain_head import SignedHead
from reseller_app.store.tables import DbAuditEvent, DbChainHead

# What the events about the signed heads are about (entity, entity_id).
STARTED_ENTITY = ("audit", "chain_head")
_heads = DbChainHead.__table__
_events = DbAuditEvent.__table__


def table_exists(session: Session) -> bool:
    """False when the table was dropped behind the app's back (the schema says it is there)."""
    return inspect(session.connection()).has_table(_heads.name)


def newest_event(session: Session) -> tuple[int, str] | None:
    """(seq, hash) of the chain's newest event; None when the log is empty."""
    row = session.connection().execute(
        select(_events.c.seq, _events.c.hash).order_by(_events.c.seq.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row else None


def hash_at(session: Session, seq: int) -> str | None:
    return session.connection().execute(
        select(_events.c.hash).where(_events.c.seq == seq)).scalar()


def add(session: Session, head: SignedHead, occasion: str) -> None:
    session.connection().execute(_heads.insert().values(
        seq=head.seq, event_hash=head.event_hash, signed_at=head.signed_at, signer=head.signer,
        key_fingerprint=head.key_fingerprint, signature=head.signature, occasion=occasion))


def _head(row: object) -> SignedHead:
    return SignedHead(int(row.seq), str(row.event_hash), str(row.signed_at),  # type: ignore[attr-defined]
                      str(row.signer), str(row.key_fingerprint),  # type: ignore[attr-defined]
                      bytes(row.signature))  # type: ignore[attr-defined]


def newest(session: Session) -> SignedHead | None:
    """The head stored last (the highest id: the newest signed)."""
    row = session.connection().execute(
        select(_heads).order_by(_heads.c.id.desc()).limit(1)).first()
    return _head(row) if row else None


def oldest(session: Session) -> SignedHead | None:
    """The first head stored: it names the event that says heads began (see ``started``)."""
    row = session.connection().execute(
        select(_heads).order_by(_heads.c.id).limit(1)).first()
    return _head(row) if row else None


def started(session: Session, action: str) -> tuple[int, str] | None:
    """(seq, at) of the event ``action`` that says heads began: written once, with the first
    head (found through the audit log's (entity, entity_id) index)."""
    row = session.connection().execute(
        select(_events.c.seq, _events.c.at).where(
            _events.c.entity == STARTED_ENTITY[0], _events.c.entity_id == STARTED_ENTITY[1],
            _events.c.action == action).order_by(_events.c.seq).limit(1)).first()
    return (int(row[0]), str(row[1])) if row else None


def count(session: Session) -> int:
    return int(session.connection().execute(select(func.count()).select_from(_heads)).scalar()
               or 0)


def not_in_chain(session: Session, limit: int = 20) -> list[SignedHead]:
    """Heads, newest first, whose event is no longer in the chain or no longer has the signed
    hash: one query, answered by the audit log's primary key, however many heads there are."""
    rows = session.connection().execute(
        select(_heads).select_from(_heads.outerjoin(_events, _events.c.seq == _heads.c.seq))
        .where((_events.c.seq.is_(None)) | (_events.c.hash != _heads.c.event_hash))
        .order_by(_heads.c.id.desc()).limit(limit)).all()
    return [_head(r) for r in rows]
