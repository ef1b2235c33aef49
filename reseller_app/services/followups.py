"""Contact over time (BSR 2022 §6.4): the distributor's conditions to check, and the follow-up
contact with customers of approved high-risk orders; the customer's responsible-use guidance.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.dto import FollowUpView
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.packs import PackService
from reseller_app.store import audit_log
from reseller_app.store.tables import DbCustomer, DbFollowUp, DbOrder


def follow_up_view(s: Session, row: DbFollowUp, today: dt.date) -> FollowUpView:
    reference = s.execute(select(DbOrder.reference).where(DbOrder.id == row.order_id)).scalar()
    return FollowUpView(row.id, row.order_id, reference or "", row.kind,  # type: ignore[arg-type]
                        row.due_on, row.text, row.done_on, row.done_note,
                        overdue=row.done_on is None and row.due_on < today)


class FollowUpService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _today(self) -> dt.date:
        return self.ctx.clock().astimezone(dt.UTC).date()

    def due(self, on: dt.date | None = None) -> list[FollowUpView]:
        """Open follow-ups due on or before ``on`` (today), the earliest first."""
        on = on or self._today()
        with self.ctx.session() as s:
            rows = s.execute(select(DbFollowUp).where(DbFollowUp.done_on.is_(None),
                                                      DbFollowUp.due_on <= on)
                             .order_by(DbFollowUp.due_on, DbFollowUp.id)).scalars()
            return [follow_up_view(s, r, on) for r in rows]

    def open(self, order_id: int | None = None) -> list[FollowUpView]:
        today = self._today()
        with self.ctx.session() as s:
            q = select(DbFollowUp).where(DbFollowUp.done_on.is_(None))
            if order_id is not None:
                q = q.where(DbFollowUp.order_id == order_id)
            rows = s.execute(q.order_by(DbFollowUp.due_on, DbFollowUp.id)).scalars()
            return [follow_up_view(s, r, today) for r in rows]

    def for_order(self, order_id: int) -> list[FollowUpView]:
        today = self._today()
        with self.ctx.session() as s:
            rows = s.execute(select(DbFollowUp).where(DbFollowUp.order_id == order_id)
                             .order_by(DbFollowUp.due_on, DbFollowUp.id)).scalars()
            return [follow_up_view(s, r, today) for r in rows]

    def add(self, order_id: int, due_on: dt.date, text: str) -> FollowUpView:
        text = text.strip()
        if not text:
            raise ValidationError("text", t("Say what to follow up."))
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            order = s.get(DbOrder, order_id)
            if order is None:
                raise NotFound(t("Order {order} does not exist.", order=order_id))
            row = DbFollowUp(order_id=order_id, kind="contact", due_on=due_on, text=text,
                             created_at=now)
            s.add(row)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.FOLLOWUP_ADDED,
                             entity="order", entity_id=order_id, at=now,
                             details={"reference": order.reference, "follow_up_id": row.id,
                                      "due_on": due_on, "text": text})
            s.commit()
            return follow_up_view(s, row, now.date())

    def done(self, follow_up_id: int, note: str = "") -> FollowUpView:
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.get(DbFollowUp, follow_up_id)
            if row is None:
                raise NotFound(t("There is no follow-up {follow_up}.", follow_up=follow_up_id))
            if row.done_on is not None:
                raise ValidationError("follow_up", t("This follow-up was done on {date}.",
                                                     date=f"{row.done_on:%Y-%m-%d}"))
            row.done_on, row.done_note = now.date(), note.strip()
            s.add(row)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.FOLLOWUP_DONE,
                             entity="order", entity_id=row.order_id, at=now,
                             details={"follow_up_id": row.id, "kind": row.kind,
                                      "text": row.text, "note": row.done_note})
            s.commit()
            return follow_up_view(s, row, now.date())

    def guidance_pdf(self, order_id: int | None = None, page_size: str = "A4") -> bytes:
        """The one-page responsible-use guidance for the customer, from the pack's text, on A4
        or Letter paper."""
        from reseller_app.reports.packet_pdf import guidance_pdf
        from reseller_app.services.setup import SetupService

        pack = PackService(self.ctx).active().pack
        profile = SetupService(self.ctx).profile()
        customer = reference = ""
        if order_id is not None:
            with self.ctx.session() as s:
                order = s.get(DbOrder, order_id)
                if order is None:
                    raise NotFound(t("Order {order} does not exist.", order=order_id))
                reference = order.reference
                c = s.get(DbCustomer, order.customer_id) if order.customer_id else None
                customer = c.name if c else order.customer_name
        return guidance_pdf(pack.responsible_use_guidance, company=profile.name if profile
                            else "", customer=customer, reference=reference,
                            issued_on=self._today().isoformat(),
                            language=self.ctx.language,
                            contact_name=profile.approver_name if profile else "",
                            contact_email=profile.approver_email if profile else "",
                            page_size=page_size)
