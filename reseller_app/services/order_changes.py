"""Several desks on one database: a save or a decision on an order that someone changed after
the user opened it is refused, naming who changed it, when and what.

Every write of an order row adds 1 to ``orders.version`` (SQLAlchemy's ``version_id_col``, see
``store/tables.py``), and the order screen keeps the version it showed. The save and the
decision compare it with the stored one inside their write transaction (which holds the
database's write lock, so nothing can slip in between the check and the write); the ORM's
``UPDATE ... WHERE version = <read>`` is the second guard. Who, when and what come from the
audit events written since the version the user saw: every writer of an order row records the
new ``version`` in its event's details.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from reseller_app.domain.audit import ChainEvent
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.errors import OrderChanged
from reseller_app.services.history import field_words
from reseller_app.store import audit_log
from reseller_app.store.tables import DbOrder

# The events that write the order's row (and so move its version on). A checklist answer, a
# packet built or a follow-up written does not touch the row and never refuses a save.
_ROW_WRITERS = (AuditAction.ORDER_CREATED, AuditAction.ORDER_UPDATED,
                AuditAction.ORDER_RESCREENED, AuditAction.DECISION_RECORDED,
                AuditAction.DISTRIBUTOR_ANSWERED, AuditAction.OUTBOX_QUEUED)


def check_version(ctx: AppContext, s: Session, row: DbOrder, seen: int | None) -> None:
    """Raise :class:`OrderChanged` when ``row`` was written after the user read version
    ``seen`` (``None``: the caller did not read the order first, e.g. the demo; no check)."""
    if seen is not None and row.version != seen:
        raise changed_since(ctx, s, row, seen)


def changed_since(ctx: AppContext, s: Session, row: DbOrder, seen: int) -> OrderChanged:
    """The refusal for a write on ``row`` by a user who opened version ``seen``."""
    events = [e for e in audit_log.events_for(s, "order", [str(row.id)])
              if e.action in _ROW_WRITERS and _writes_row(e)]
    since = _events_since(events, seen)
    newest = since[-1] if since else None
    who = audit_log.who(newest) if newest is not None else t("someone at another desk")
    at = _when(ctx, newest.at) if newest is not None else ""
    changed = list(dict.fromkeys(w for e in since for w in _what(e)))
    if changed:
        message = t("{who} changed order {reference} {at} ({what}) after you opened it: "
                    "nothing was saved. Reload the order to see the change.", who=who,
                    reference=row.reference, at=at, what=", ".join(changed))
    else:
        message = t("{who} changed order {reference} {at} after you opened it: nothing was "
                    "saved. Reload the order to see the change.", who=who,
                    reference=row.reference, at=at)
    return OrderChanged(" ".join(message.split()), order_id=int(row.id),  # type: ignore[arg-type]
                        reference=row.reference, who=who, at=newest.at if newest else "",
                        changed=changed)


def _writes_row(event: ChainEvent) -> bool:
    # Queuing a packet writes the order only when it moved the order's status on.
    return event.action != AuditAction.OUTBOX_QUEUED or "status" in (event.details or {})


def _version(event: ChainEvent) -> int | None:
    value = (event.details or {}).get("version")
    return value if isinstance(value, int) else None


def _events_since(events: list[ChainEvent], seen: int) -> list[ChainEvent]:
    """The row's writes after the one that left version ``seen``: those after the newest event
    that recorded a version up to ``seen`` (events of older releases record none), else those
    that recorded a newer one, else the newest write alone."""
    boundary = max((e.seq for e in events if (v := _version(e)) is not None and v <= seen),
                   default=None)
    if boundary is not None:
        since = [e for e in events if e.seq > boundary]
    else:
        since = [e for e in events if (v := _version(e)) is not None and v > seen]
    return since or events[-1:]


def _what(event: ChainEvent) -> list[str]:
    """What an event changed, in the words of the order's history."""
    details = event.details or {}
    if event.action == AuditAction.ORDER_UPDATED:
        return [field_words(f) for f in details.get("changed", [])] or [t("order")]
    if event.action == AuditAction.ORDER_RESCREENED:
        return [t("screening")]
    if event.action == AuditAction.DECISION_RECORDED:
        return [t("decision")]
    if event.action == AuditAction.DISTRIBUTOR_ANSWERED:
        return [t("distributor's answer")]
    return [t("status")]


def _when(ctx: AppContext, at: str) -> str:
    """"at 10:42" today (the user's local time), else "on 2026-12-05 at 10:42"."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    if local.date() == ctx.clock().astimezone().date():
        return t("at {time}", time=f"{local:%H:%M}")
    return t("on {date} at {time}", date=f"{local:%Y-%m-%d}", time=f"{local:%H:%M}")
