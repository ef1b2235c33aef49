"""Checking the audit log: has any event been changed or removed behind the app's back?

Three checks. The hash chain: every event links to the one before it, so an event changed,
inserted or removed in the middle breaks it. And the records: every order, decision, packet and
criteria pack was written together with an event about it, so a record without its event means
events were deleted (also when the whole log was emptied and the append-only triggers dropped:
the chain of an empty log is trivially intact).

Then the records themselves (``services.record_check``): each event stamps the SHA-256 of the
records it wrote, so a record edited, deleted or added behind the app's back is named, and a
stamp changed is caught by the digest its event's hashed details carry.

What none of these can detect from the database alone: deleting the *last* events of the chain
together with the records they are about (or, for a decision or packet, just those last events
while an earlier event about the same order remains). A copy of the chain's head kept elsewhere
(the evidence export, a backup) shows that, and so do the chain's signed heads
(``services/chain_head.py``), checked here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import String, and_, cast, exists, func, select
from sqlalchemy.orm import Session

from reseller_app.domain.audit import ChainEvent, verify_chain
from reseller_app.domain.chain_head import HeadVerdict
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services import record_check
from reseller_app.services.chain_head import ChainHeadService
from reseller_app.services.context import AppContext
from reseller_app.services.dto import AuditVerification
from reseller_app.services.packs import content_matches
from reseller_app.store import audit_log
from reseller_app.store.tables import DbAuditEvent, DbDecision, DbOrder, DbPack, DbPacket

_events = DbAuditEvent.__table__


def _event_about(entity: str, entity_id: Any, *actions: str) -> Any:
    """EXISTS an event about ``entity`` ``entity_id`` (an SQL expression; ids are stored as
    text), one of ``actions`` if given. Answered by the (entity, entity_id) index."""
    condition = and_(_events.c.entity == entity,
                     _events.c.entity_id == cast(entity_id, String))
    if actions:
        condition = and_(condition, _events.c.action.in_(actions))
    return exists().where(condition)


def _events_about(entity_id: Any, actions: tuple[str, ...]) -> Any:
    """How many events with one of ``actions`` are about order ``entity_id`` (a subquery)."""
    return select(func.count()).where(
        _events.c.entity == "order", _events.c.entity_id == cast(entity_id, String),
        _events.c.action.in_(actions)).scalar_subquery()


def _first(s: Session, query: Any) -> tuple[Any, int]:
    """The first row ``query`` finds and how many it finds."""
    rows = s.execute(query).all()
    return (rows[0] if rows else None), len(rows)


def _missing(s: Session) -> tuple[str, str] | None:
    """(reason, reason in English) for the first kind of record without its audit events."""
    orders = DbOrder.__table__.c
    # An order is written with an event about it, or (a CSV import) about its import batch.
    query = select(orders.reference).where(
        ~_event_about("order", orders.id),
        (orders.import_batch_id.is_(None))
        | ~_event_about("import_batch", orders.import_batch_id),
    ).order_by(orders.id)
    row, count = _first(s, query)
    if row is not None:
        name = row.reference
        return _reason(t("order {name} has no audit event", name=name),
                       f"order {name} has no audit event", count)

    # Each decision is recorded with one "decision.recorded" event about its order.
    decisions = DbDecision.__table__.c
    query = select(orders.reference).select_from(DbDecision.__table__).join(
        DbOrder.__table__, orders.id == decisions.order_id).group_by(
        decisions.order_id, orders.reference).having(
        func.count() > _events_about(decisions.order_id, (AuditAction.DECISION_RECORDED,))
    ).order_by(decisions.order_id)
    row, count = _first(s, query)
    if row is not None:
        name = row.reference
        return _reason(t("a decision on order {name} has no audit event", name=name),
                       f"a decision on order {name} has no audit event", count)

    # A packet about an order: one "packet.built" or "misuse.reported" event about the order;
    # a misuse report about a customer only: an event about the packet.
    packets = DbPacket.__table__.c
    query = select(packets.order_id).where(packets.order_id.is_not(None)).group_by(
        packets.order_id).having(
        func.count() > _events_about(packets.order_id, (AuditAction.PACKET_BUILT,
                                                         AuditAction.MISUSE_REPORTED))
    ).order_by(packets.order_id)
    rows = s.execute(query).all()
    if rows:
        reference = s.execute(select(orders.reference).where(
            orders.id == rows[0].order_id)).scalar() or str(rows[0].order_id)
        return _reason(t("a packet about order {name} has no audit event", name=reference),
                       f"a packet about order {reference} has no audit event", len(rows))
    query = select(packets.id).where(packets.order_id.is_(None),
                                     ~_event_about("packet", packets.id)).order_by(packets.id)
    row, count = _first(s, query)
    if row is not None:
        name = row.id[:8]
        return _reason(t("packet {name} has no audit event", name=name),
                       f"packet {name} has no audit event", count)

    pack = DbPack.__table__.c
    query = select(pack.pack_id, pack.version).where(
        ~_event_about("pack", pack.sha256)).order_by(pack.id)
    row, count = _first(s, query)
    if row is not None:
        name = f"{row.pack_id} {row.version}"
        return _reason(t("criteria pack {name} has no audit event", name=name),
                       f"criteria pack {name} has no audit event", count)
    return None


def _altered_pack(s: Session) -> tuple[str, str] | None:
    """The first stored criteria pack whose content no longer has the SHA-256 it was imported
    with (edited in the database: the events about it still name the original hash)."""
    pack = DbPack.__table__.c
    for row in s.execute(select(pack.pack_id, pack.version, pack.sha256, pack.content)
                         .order_by(pack.id)):
        if not content_matches(row.content, row.sha256):
            name = f"{row.pack_id} {row.version}"
            return (t("criteria pack {name} was changed after it was imported: its content no "
                      "longer matches its SHA-256", name=name),
                    f"criteria pack {name} was changed after it was imported: its content no "
                    "longer matches its SHA-256")
    return None


def _reason(local: str, english: str, count: int) -> tuple[str, str]:
    """"order DEMO-0003 has no audit event (nor do 41 more like it): events were deleted", in
    the user's language and in English."""
    if count > 1:
        local = t("{what} (nor do {count} more like it)", what=local, count=count - 1)
        english = f"{english} (nor do {count - 1} more like it)"
    return (t("{what}: events were deleted", what=local),
            f"{english}: events were deleted")


class AuditService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def verify(self) -> AuditVerification:
        """Recompute the hash chain from the first event and name the first broken one; then
        check that every order, decision, packet and pack has its events (see the module's
        docstring for what cannot be detected), that every stored pack still has its hash, and
        that every record is as its newest stamp recorded it. One query per kind of record:
        quick also with 100,000 orders."""
        with self.ctx.session() as s:
            claims: dict[int, Any] = {}
            verdict = verify_chain(_gathering(audit_log.iter_chain(s), claims))
            if not verdict.ok:
                return AuditVerification(verdict.ok, verdict.checked, verdict.first_bad_seq,
                                         verdict.reason, verdict.reason_en)
            head = ChainHeadService(self.ctx).check(s)  # the signed heads: services/chain_head
            missing = head.problem or _missing(s) or _altered_pack(s)
            if missing is None:
                differs = record_check.check(s, claims)
                if differs is not None:
                    return AuditVerification(False, verdict.checked, None, *differs[1:])
        if missing is not None:
            return AuditVerification(False, verdict.checked, None, *missing)
        return AuditVerification(True, verdict.checked, head=head.note, head_en=head.note_en)

    def against(self, path: Path) -> HeadVerdict:
        """A signed head kept elsewhere (a file, packet or bundle) against this chain."""
        return ChainHeadService(self.ctx).against(path)


def _gathering(events: Iterator[ChainEvent], claims: dict[int, Any]) -> Iterator[ChainEvent]:
    """The events, noting on the way the digest of record stamps each one carries."""
    for event in events:
        claim = record_check.claims_of(event.details)
        if claim is not None:
            claims[event.seq] = claim
        yield event

