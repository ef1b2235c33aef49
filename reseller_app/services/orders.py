"""Orders: screen as the user types, save with a screening, find fast, show their history."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from reseller_app.domain.order_state import (
    Earlier,
    decision_reset,
    flag_keys,
    status_after_screening,
)
from reseller_app.domain.orders import (
    Order,
    OrderInputError,
    order_to_json,
    parse_order,
    with_destination,
)
from reseller_app.domain.screening import ScreeningResult
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.catalog import customer_dto
from reseller_app.services.context import AppContext
from reseller_app.services.dto import (
    ChecklistAnswer,
    DecisionOutcome,
    DecisionRecord,
    HistoryEntry,
    LineDraft,
    OrderDraft,
    OrderFilter,
    OrderRow,
    OrderStatus,
    OrderView,
)
from reseller_app.services.errors import NotFound, ServiceError, ValidationError
from reseller_app.services.history import summarise
from reseller_app.services.order_changes import changed_since, check_version
from reseller_app.services.packs import PackService
from reseller_app.services.party_index import party_index
from reseller_app.services.party_screening import (
    OrderPartyChecker,
    order_party_checker,
    order_screening,
    party_details,
    store_order_checks,
)
from reseller_app.store import audit_log, repositories
from reseller_app.store import order_record as rec
from reseller_app.store.tables import (
    DbChecklistAnswer,
    DbCustomer,
    DbDecision,
    DbOrder,
    DbOrderLine,
    DbScreening,
    utc,
)

ANSWERS = ("yes", "no", "unknown")
REFERENCE_PREFIX = "SO"


def _party(c: DbCustomer | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"name": c.name, "country": c.country, "type": c.type, "sector": c.sector,
            "government_function": c.government_function}


def _decimal(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def stored_result(packs: PackService, screening: DbScreening) -> ScreeningResult:
    """A stored screening result as it was (not re-screened).

    An import stores results in the compact form, which takes its texts from the pack that
    screened the order (packs are kept for ever); single saves store the full form.
    """
    data = json.loads(screening.result)
    pack = packs.by_sha256(screening.pack_sha256) if ScreeningResult.needs_pack(data) else None
    return ScreeningResult.from_dict(data, pack)


def decision_dto(d: DbDecision) -> DecisionRecord:
    return DecisionRecord(
        outcome=DecisionOutcome(d.outcome), rationale=d.rationale, decided_by=d.decided_by,
        decided_at=utc(d.decided_at), mitigations=list(json.loads(d.mitigations or "[]")),
        conditions=d.conditions, approved_by=d.approved_by, id=d.id,
        sales_review=bool(d.sales_review),
    )


def earlier(packs: PackService, status: str, previous: DbScreening | None,
            previous_result: ScreeningResult | None = None) -> Earlier:
    """An order's stored status and latest screening (``previous_result``: its result, when
    read already), as the domain's rule compares them with a new screening
    (:func:`domain.order_state.decision_stands`)."""
    if previous is None:
        return Earlier(status=status)
    if previous_result is None:
        previous_result = stored_result(packs, previous)
    return Earlier(status=status, tier=previous.tier, hold=bool(previous.hold),
                   order=json.loads(previous.order_snapshot or "{}"),
                   flags=flag_keys(previous_result))


def _changed_fields(before_json: str | None, after: dict[str, Any]) -> list[str]:
    """The order JSON fields an edit changed (what the history shows next to "edited")."""
    try:
        before = json.loads(before_json or "{}")
    except ValueError:
        return []
    if not isinstance(before, dict):
        return []
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def _history_details(action: str, details: dict[str, Any]) -> dict[str, Any]:
    if "references" in details:  # an import names every order it brought in: too much here
        details = {k: v for k, v in details.items() if k != "references"}
    return details


class OrderService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.packs = PackService(ctx)

    # -- building and screening -----------------------------------------------------------
    def _party_row(self, s: Session, customer_id: int | None, field: str) -> DbCustomer | None:
        if customer_id is None:
            return None
        row = s.get(DbCustomer, customer_id)
        if row is None:
            raise ValidationError(field, t("This customer is no longer in the catalog."))
        return row

    def _to_domain(self, s: Session, draft: OrderDraft
                   ) -> tuple[Order, DbCustomer | None, DbCustomer | None, DbCustomer | None]:
        customer = self._party_row(s, draft.customer_id, "customer_id")
        end_user = self._party_row(s, draft.end_user_id, "end_user_id")
        consignee = self._party_row(s, draft.consignee_id, "consignee_id")
        data = {
            "reference": draft.reference,
            "date": draft.date,
            "sales_model": draft.sales_model,
            "customer": _party(customer) or {},
            "end_user": _party(end_user),
            "consignee": _party(consignee),
            "destination_country": draft.destination_country,
            "intended_use": draft.intended_use,
            "use_cases": list(draft.use_cases),
            "lines": [{"sku": ln.sku, "description": ln.description, "category": ln.category,
                       "quantity": ln.quantity, "unit_price": ln.unit_price}
                      for ln in draft.lines],
            # Stored in capitals (checked to be three letters when saved).
            "currency": (draft.currency or "").strip().upper(),
        }
        try:
            order = with_destination(parse_order(data))
        except OrderInputError as exc:
            raise ValidationError(exc.field, exc.message) from None
        return order, customer, end_user, consignee

    def to_domain(self, draft: OrderDraft) -> Order:
        with self.ctx.session() as s:
            return self._to_domain(s, draft)[0]

    def preview(self, draft: OrderDraft) -> ScreeningResult:
        """The screening of an unsaved draft (nothing is written)."""
        screener = self.packs.screener()
        # As the user types: the lists' index only if built (warm_lists builds it in the
        # background); the save checks the parties in any case.
        checker = order_party_checker(self.ctx, screener.pack, build=False)
        with self.ctx.session() as s:
            order = self._to_domain(s, draft)[0]
            parties = order_screening(s, checker, order, draft.id, {
                "customer": draft.customer_id, "end_user": draft.end_user_id,
                "consignee": draft.consignee_id})
        return self.packs.explain(screener.screen(order, parties))

    def warm_lists(self) -> bool:
        """Build the sanctions lists' name index now (off the window's thread), so that the
        preview and the save check the parties without waiting; False when no list is
        imported."""
        return party_index(self.ctx) is not None

    # -- saving ----------------------------------------------------------------------------
    @staticmethod
    def _validate(draft: OrderDraft) -> str:
        reference = (draft.reference or "").strip()
        if not reference:
            raise ValidationError("reference", t("Enter a reference for the order."))
        if len(reference) > 100:
            raise ValidationError("reference",
                                  t("The reference is too long (100 characters)."))
        if draft.date is None:
            raise ValidationError("date", t("Enter the order date."))
        if not draft.lines:
            raise ValidationError("lines", t("Add at least one product line."))
        currency = (draft.currency or "").strip()
        if not re.fullmatch(r"[A-Za-z]{3}", currency):
            raise ValidationError("currency",
                                  t("Use a three-letter currency code such as EUR."))
        if draft.consignee_id is not None and draft.consignee_id in (
                draft.customer_id, draft.end_user_id):
            # A consignee is another party than these two: naming one of them again would
            # look like an intermediary where there is none.
            raise ValidationError("consignee_id", t(
                "The consignee is the customer or the end user already: choose the party that "
                "receives the goods for them, or none."))
        return reference

    def save(self, draft: OrderDraft) -> OrderView:
        """Validate, screen with the active pack and store the order with its screening.

        Saving an edited order screens it again. An earlier decision no longer applies, and the
        status goes back to what the screening says, when the screening found something else
        (tier, hold or flags) or the facts the decision rested on changed: customer, end user,
        destination, sales model, products and quantities, intended use or use cases.

        An edit of ``draft.version`` that someone else saved since (another desk on the same
        database) is refused with :class:`OrderChanged`, naming who changed what; nothing is
        written.
        """
        reference = self._validate(draft)
        screener = self.packs.screener()
        # Before the write lock: the first check of a process builds the lists' name index.
        checker = order_party_checker(self.ctx, screener.pack)
        now = self.ctx.clock()
        try:
            with self.ctx.write_session() as s:
                order_id = self._save(s, draft, reference, screener, now, checker)
                s.commit()
        except StaleDataError:  # the ORM's own guard (UPDATE ... WHERE version = <read>)
            raise self._changed(draft) from None
        except IntegrityError:  # only a concurrent writer on PostgreSQL gets here
            raise ValidationError("reference", t("An order with the reference {reference} "
                                                 "already exists.",
                                                 reference=reference)) from None
        return self.get(order_id)

    def _save(self, s: Session, draft: OrderDraft, reference: str, screener: Any,
              now: dt.datetime, checker: OrderPartyChecker | None = None) -> int:
        clash = repositories.order_id_by_reference(s, reference)
        if clash is not None and clash != draft.id:
            raise ValidationError("reference", t("An order with the reference {reference} "
                                                 "already exists.", reference=reference))
        order, customer, end_user, consignee = self._to_domain(s, draft)
        result = screener.screen(order, order_screening(
            s, checker, order, draft.id,
            {"customer": draft.customer_id, "end_user": draft.end_user_id,
             "consignee": draft.consignee_id}))
        order_json = order_to_json(order)
        ids = {"customer_id": customer.id if customer else None,
               "end_user_id": end_user.id if end_user else None,
               "consignee_id": consignee.id if consignee else None}

        previous = None
        reset = False
        if draft.id is None:
            status = status_after_screening(result)
            row = DbOrder(**rec.fields(rec.NEW_ORDER_COLUMNS, rec.new_order_values(
                order, result, status, now=now, **ids)))
        else:
            row = s.get(DbOrder, draft.id)
            if row is None:
                raise NotFound(t("Order {order} does not exist.", order=draft.id))
            check_version(self.ctx, s, row, draft.version)
            previous = repositories.latest_screening(s, row.id)
            before = earlier(self.packs, row.status, previous)
            status = status_after_screening(result, before, order_json)
            reset = decision_reset(before, order_json, result)
            s.execute(delete(DbOrderLine).where(DbOrderLine.order_id == row.id))
            rec.set_fields(row, rec.ORDER_COLUMNS, rec.order_values(
                order, result, status, now=now, **ids))
        s.add(row)
        s.flush()

        for pos, (line, draft_line) in enumerate(zip(order.lines, draft.lines, strict=True)):
            s.add(DbOrderLine(**rec.fields(rec.LINE_COLUMNS, rec.line_values(
                row.id, pos, line, draft_line.product_id))))  # type: ignore[arg-type]
        screening = DbScreening(**rec.fields(rec.SCREENING_COLUMNS, rec.screening_values(
            row.id, order, result, now)))  # type: ignore[arg-type]
        s.add(screening)
        s.flush()

        details: dict[str, Any] = {
            "reference": reference, "tier": result.tier, "hold": result.hold,
            "blocked": result.blocked, "status": status,
            "flags": [f.criterion for f in result.flags], "missing": list(result.missing),
            "screening_id": screening.id, "pack": result.pack.as_dict(),
            "version": row.version,
        }
        if result.parties is not None:
            details.update(party_details(result.parties))
            # Each party's latest check, for the overview's counts and the re-screen's changes.
            store_order_checks(s, int(row.id), order, result.parties, now)  # type: ignore[arg-type]
        if previous is not None:
            details["changed"] = _changed_fields(previous.order_snapshot, order_json)
            details["previous_tier"] = previous.tier
            details["previous_hold"] = bool(previous.hold)
            details["decision_reset"] = reset
        audit_log.append(s, actor=self.ctx.actor,
                         action=AuditAction.ORDER_CREATED if draft.id is None
                         else AuditAction.ORDER_UPDATED,
                         entity="order", entity_id=row.id, details=details, at=now)
        return int(row.id)  # type: ignore[arg-type]

    def _changed(self, draft: OrderDraft) -> ServiceError:
        with self.ctx.session() as s:
            row = s.get(DbOrder, draft.id)
            if row is None:
                return NotFound(t("Order {order} does not exist.", order=draft.id))
            return changed_since(self.ctx, s, row, draft.version or 0)

    # -- reading ---------------------------------------------------------------------------
    def get(self, order_id: int) -> OrderView:
        with self.ctx.session() as s:
            row = s.get(DbOrder, order_id)
            if row is None:
                raise NotFound(t("Order {order} does not exist.", order=order_id))
            return self._view(s, row)

    def get_by_reference(self, reference: str) -> OrderView | None:
        with self.ctx.session() as s:
            order_id = repositories.order_id_by_reference(s, reference.strip())
            if order_id is None:
                return None
            return self._view(s, s.get(DbOrder, order_id))  # type: ignore[arg-type]

    def _view(self, s: Session, row: DbOrder) -> OrderView:
        lines = repositories.order_lines(s, row.id)  # type: ignore[arg-type]
        screening = repositories.latest_screening(s, row.id)  # type: ignore[arg-type]
        if screening is None:  # every save writes one; only a hand-edited database lacks it
            raise NotFound(t("Order {reference} has no screening.", reference=row.reference))
        customer = s.get(DbCustomer, row.customer_id) if row.customer_id else None
        end_user = s.get(DbCustomer, row.end_user_id) if row.end_user_id else None
        consignee = s.get(DbCustomer, row.consignee_id) if row.consignee_id else None
        draft = OrderDraft(
            reference=row.reference, date=row.order_date, sales_model=row.sales_model,
            customer_id=row.customer_id, end_user_id=row.end_user_id,
            destination_country=row.destination_country, intended_use=row.intended_use,
            use_cases=list(json.loads(row.use_cases or "[]")),
            lines=[LineDraft(ln.sku, ln.description, ln.category, ln.quantity,
                             _decimal(ln.unit_price), ln.product_id) for ln in lines],
            currency=row.currency, id=row.id, version=row.version,
            consignee_id=row.consignee_id,
        )
        return OrderView(
            id=row.id,  # type: ignore[arg-type]
            draft=draft,
            customer=customer_dto(customer) if customer else None,
            end_user=customer_dto(end_user) if end_user else None,
            status=OrderStatus(row.status),
            screening=self.packs.explain(stored_result(self.packs, screening)),
            screened_at=utc(screening.created_at),
            checklist_answers=[ChecklistAnswer(a.question_id, a.answer, a.note)
                               for a in repositories.checklist_answers(s, row.id)],  # type: ignore[arg-type]
            decisions=[decision_dto(d) for d in repositories.decisions(s, row.id)],  # type: ignore[arg-type]
            version=row.version,
            consignee=customer_dto(consignee) if consignee else None,
            imported=row.import_batch_id is not None,
        )

    def query(self, f: OrderFilter, offset: int, limit: int) -> list[OrderRow]:
        """One page of the list, newest first (date desc, id desc)."""
        with self.ctx.session() as s:
            rows = repositories.list_orders(s, f, offset, limit)
            masks = repositories.completeness_masks(s, [r.id for r in rows])
        return [OrderRow(r.id, r.reference, r.order_date, r.customer_name,
                         r.destination_country, r.tier, r.status,
                         _decimal(r.total) or Decimal(0), r.currency, masks.get(r.id, 0))
                for r in rows]

    def count(self, f: OrderFilter, cap: int | None = None) -> int:
        """How many orders match; with ``cap``, at most ``cap + 1`` (meaning "more than cap")."""
        with self.ctx.session() as s:
            return repositories.count_orders(s, f, cap)

    def history(self, order_id: int) -> list[HistoryEntry]:
        """Every audit event about the order (and its import), oldest first."""
        with self.ctx.session() as s:
            row = s.get(DbOrder, order_id)
            if row is None:
                raise NotFound(t("Order {order} does not exist.", order=order_id))
            events = audit_log.events_for(s, "order", [str(order_id)])
            if row.import_batch_id is not None:
                events += audit_log.events_for(s, "import_batch", [str(row.import_batch_id)])
        events.sort(key=lambda e: e.seq)
        return [HistoryEntry(e.seq, dt.datetime.fromisoformat(e.at), audit_log.who(e), e.action,
                             summarise(e.action, e.details or {}),
                             _history_details(e.action, e.details or {}))
                for e in events]

    # -- checklist -------------------------------------------------------------------------
    def save_checklist(self, order_id: int, answers: list[ChecklistAnswer]) -> None:
        """Record the answers (replacing earlier answers to the same questions)."""
        for i, a in enumerate(answers):
            if a.answer not in ANSWERS:
                raise ValidationError(f"answers[{i}].answer",
                                      t("Answer yes, no or not sure yet (unknown)."))
        if not answers:
            return
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.get(DbOrder, order_id)
            if row is None:
                raise NotFound(t("Order {order} does not exist.", order=order_id))
            screening = repositories.latest_screening(s, order_id)
            pack = self.packs.by_sha256(screening.pack_sha256) if screening else \
                self.packs.active()
            questions = {q.id: q for q in pack.pack.checklist}
            for i, a in enumerate(answers):
                if a.question_id not in questions:
                    raise ValidationError(f"answers[{i}].question_id",
                                          t("The criteria pack has no question {question}.",
                                            question=a.question_id))
            existing = {a.question_id: a for a in repositories.checklist_answers(s, order_id)}
            for a in answers:
                entry = existing.get(a.question_id) or DbChecklistAnswer(
                    order_id=order_id, question_id=a.question_id, answer=a.answer,
                    answered_by=self.ctx.who, answered_at=now)
                entry.answer, entry.note = a.answer, (a.note or "").strip()
                entry.answered_by, entry.answered_at = self.ctx.who, now
                s.add(entry)
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.CHECKLIST_ANSWERED, entity="order",
                entity_id=order_id, at=now,
                details={
                    "reference": row.reference,
                    "answers": {a.question_id: a.answer for a in answers},
                    "notes": {a.question_id: a.note.strip() for a in answers if a.note.strip()},
                    "risky": [a.question_id for a in answers
                              if a.answer == questions[a.question_id].risky_answer],
                },
            )
            s.commit()

    # -- references --------------------------------------------------------------------------
    def next_reference(self) -> str:
        """The next free ``SO-<year>-<number>``."""
        prefix = f"{REFERENCE_PREFIX}-{self.ctx.clock().year}-"
        with self.ctx.session() as s:
            taken = repositories.last_reference_like(s, prefix)
            numbers = [int(m.group(1)) for r in taken
                       if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", r))]
            n = max(numbers, default=0) + 1
            while repositories.order_id_by_reference(s, f"{prefix}{n:04d}") is not None:
                n += 1
        return f"{prefix}{n:04d}"
