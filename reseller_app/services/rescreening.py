"""Screen again: orders screened on what the catalog knew then, screened with what it knows now.

Orders imported before the catalog had their products' categories (or their customers' types)
were screened with those blanks, and stay so until someone looks again. Screening again takes
each order as last screened, fills the blanks from the catalog as an import does, screens it
with the active criteria pack and, when anything differs, stores the new screening as the
order's current one. The old screening stays in the history, next to an entry saying what
changed; a decision that no longer applies is dropped by the same rule as after an edit.

Orders are written a hundred per transaction, one audit event each: a cancel keeps the orders
screened so far (each one complete) and leaves the rest as they were.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain.order_rows import fill_party
from reseller_app.domain.order_state import decision_reset, status_after_screening
from reseller_app.domain.orders import (
    Order,
    OrderInputError,
    order_to_json,
    parse_order,
    with_destination,
)
from reseller_app.domain.screening import Screener, ScreeningResult
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.dto import OrderStatus, RescreenedOrder, RescreenReport
from reseller_app.services.errors import ValidationError
from reseller_app.services.orders import earlier, stored_result
from reseller_app.services.packs import PackService
from reseller_app.services.party_screening import (
    OrderPartyChecker,
    order_checks_changed,
    order_party_checker,
    order_screening,
    party_details,
    store_order_checks,
)
from reseller_app.store import audit_log, bulk, repositories
from reseller_app.store import order_record as rec
from reseller_app.store.tables import DbOrder, DbScreening

CHUNK = 100  # orders per transaction: short write locks, and a cancel point between them
CLOSED = (OrderStatus.DECLINED.value,)  # a declined order is done with; every other is open


class RescreenService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.packs = PackService(ctx)

    # -- which orders ----------------------------------------------------------------------
    def open_order_ids(self) -> list[int]:
        """Every order not declined, oldest first."""
        with self.ctx.session() as s:
            return list(s.execute(select(DbOrder.id).where(DbOrder.status.not_in(CLOSED))
                                  .order_by(DbOrder.id)).scalars())

    def ids_for_references(self, references: Sequence[str]) -> list[int]:
        """The orders with these references; all of them must exist."""
        refs = list(dict.fromkeys(r.strip() for r in references if r.strip()))
        found: dict[str, int] = {}
        with self.ctx.session() as s:
            for i in range(0, len(refs), 500):
                chunk = refs[i:i + 500]
                found.update((ref, order_id) for ref, order_id in s.execute(
                    select(DbOrder.reference, DbOrder.id).where(DbOrder.reference.in_(chunk))))
        unknown = [r for r in refs if r not in found]
        if unknown:
            raise ValidationError("references", t(
                "There is no order with the reference {references}.",
                references=", ".join(unknown)))
        return [found[r] for r in refs]

    # -- screening again ---------------------------------------------------------------------
    def rescreen(
        self,
        order_ids: Sequence[int],
        *,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> RescreenReport:
        """Screen the orders again; ``progress(done, total)`` in orders, ``is_cancelled``
        polled between transactions (every ``CHUNK`` orders)."""
        ids = list(dict.fromkeys(order_ids))
        screener = self.packs.screener()
        checker = order_party_checker(self.ctx, screener.pack)  # None: no list imported
        catalog = bulk.import_catalog(self.ctx)
        renewed: list[RescreenedOrder] = []
        for start in range(0, len(ids), CHUNK):
            if is_cancelled is not None and is_cancelled():
                return RescreenReport(screened=start, renewed=renewed, cancelled=True)
            if progress is not None:
                progress(start, len(ids))
            now = self.ctx.clock()
            with self.ctx.write_session() as s:
                for order_id in ids[start:start + CHUNK]:
                    item = self._rescreen_one(s, order_id, screener, catalog, now, checker)
                    if item is not None:
                        renewed.append(item)
                s.commit()
        if progress is not None:
            progress(len(ids), len(ids))
        return RescreenReport(screened=len(ids), renewed=renewed)

    def _rescreen_one(self, s: Session, order_id: int, screener: Screener,
                      catalog: bulk.ImportCatalog, now: Any,
                      checker: OrderPartyChecker | None = None) -> RescreenedOrder | None:
        row = s.get(DbOrder, order_id)
        previous = repositories.latest_screening(s, order_id)
        if row is None or previous is None:  # deleted meanwhile, or a hand-edited database
            return None
        try:
            # An order saved before blank destinations were filled in gets its country here too.
            order = with_destination(parse_order(json.loads(previous.order_snapshot or "{}")))
        except (OrderInputError, ValueError):  # a snapshot no longer readable: left alone
            return None
        order, categories, parties = _filled_from_catalog(order, catalog)
        result = screener.screen(order, order_screening(
            s, checker, order, order_id,
            {"customer": row.customer_id, "end_user": row.end_user_id,
             "consignee": row.consignee_id}))
        before = stored_result(self.packs, previous)
        flags_before = {f.criterion for f in before.flags} | _party_criteria(before)
        flags_after = {f.criterion for f in result.flags} | _party_criteria(result)
        same = (previous.pack_sha256 == result.pack.sha256 and not categories and not parties
                and previous.tier == result.tier and bool(previous.hold) == result.hold
                and bool(previous.blocked) == result.blocked and flags_before == flags_after
                # the parties' stored checks too (an order screened before they were kept)
                and (result.parties is None
                     or not order_checks_changed(s, order_id, order, result.parties)))
        if same:  # the same order and pack give the same screening: nothing to record
            return None

        order_json = order_to_json(order)
        before_state = earlier(self.packs, row.status, previous, before)
        status = status_after_screening(result, before_state, order_json)
        reset = decision_reset(before_state, order_json, result)
        previous_status = row.status
        rec.set_fields(row, rec.SCREENED_COLUMNS, rec.screened_values(result, status))
        row.updated_at = now
        s.add(row)
        if categories:
            for line in repositories.order_lines(s, order_id):
                if not line.category and line.sku in categories:
                    line.category = categories[line.sku]
                    s.add(line)
        screening = DbScreening(**rec.fields(rec.SCREENING_COLUMNS, rec.screening_values(
            order_id, order, result, now)))
        s.add(screening)
        if result.parties is not None:
            store_order_checks(s, order_id, order, result.parties, now)
        s.flush()
        item = RescreenedOrder(
            order_id=order_id, reference=row.reference, previous_tier=previous.tier,
            tier=result.tier, previous_hold=bool(previous.hold), hold=result.hold,
            blocked=result.blocked, status=status,
            flags_added=sorted(flags_after - flags_before),
            flags_removed=sorted(flags_before - flags_after),
            filled_categories=categories, filled_parties=parties,
            decision_reset=reset)
        audit_log.append(
            s, actor=self.ctx.actor, action=AuditAction.ORDER_RESCREENED, entity="order",
            entity_id=order_id, at=now,
            details={
                "reference": row.reference, "tier": result.tier, "hold": result.hold,
                "blocked": result.blocked, "status": status,
                "previous_tier": previous.tier, "previous_hold": bool(previous.hold),
                "previous_status": previous_status,
                "previous_screening_id": previous.id, "screening_id": screening.id,
                "flags": [f.criterion for f in result.flags],
                "flags_added": item.flags_added, "flags_removed": item.flags_removed,
                "filled_categories": categories, "filled_parties": parties,
                "decision_reset": reset, "pack": result.pack.as_dict(),
                "version": row.version,
                **(party_details(result.parties) if result.parties is not None else {}),
            })
        return item


def _party_criteria(result: ScreeningResult) -> set[str]:
    """The restricted-party findings that alert, as what re-screening says was added or
    removed: ``restricted_party.possible.ofac.306`` (a review or a new list changes them)."""
    if result.parties is None:
        return set()
    return {f"{f.key()[0]}.{f.source}.{f.entry_id}" for f in result.parties.findings
            if f.alerts}


def _filled_from_catalog(order: Order, catalog: bulk.ImportCatalog
                         ) -> tuple[Order, dict[str, str], list[str]]:
    """The order with the blanks the catalog can fill filled (a line's category, a party's
    type, sector or government function), as an import does; and what was filled."""
    categories: dict[str, str] = {}
    lines = []
    for line in order.lines:
        category = catalog.categories.get(line.sku) if line.sku and not line.category else None
        if category:
            categories[line.sku] = category  # type: ignore[index]
            line = line.model_copy(update={"category": category})
        lines.append(line)
    parties: list[str] = []
    filled: dict[str, Any] = {"lines": tuple(lines)}
    for key in ("customer", "end_user", "consignee"):
        party = getattr(order, key)
        if party is None or not party.name:
            continue
        type_ = None if party.type == "unknown" else party.type
        facts = fill_party(party.name, party.country, type_, party.sector,
                           party.government_function, catalog.parties)
        if facts != (type_, party.sector, party.government_function):
            filled[key] = party.model_copy(update={
                "type": facts[0] or party.type, "sector": facts[1],
                "government_function": facts[2]})
            parties.append(party.name)
    return order.model_copy(update=filled), categories, list(dict.fromkeys(parties))
