"""What is waiting or overdue, as reminders in words: for the tray's notifications, the daily
digest e-mail and ``reseller-app reminders``.

``RemindersService.due()`` reads each source (follow-ups, held orders, the outbox, answers,
the policy's review, the criteria pack, the sanctions lists) in one read session and returns
``domain.reminders.Reminder`` objects, most urgent first. A new source is one method taking
``(session, today, settings)`` and returning reminders, listed in ``sources()`` (the period
report's reminder is added there by the report's service).

"A distributor answer received" means: answers recorded in the last ``RECENT_DAYS`` days,
the overview's "answers received recently". Nothing is marked as read: the reminder's key
changes with each new answer, so the tray notifies once per answer.

The days until a hold and the pack remind are kept in the ``setting`` table (key
``SettingKey.REMINDERS``); the lists' days are the sanctions lists' own setting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseller_app.domain import reminders as rules
from reseller_app.domain.dates import as_utc, date_of
from reseller_app.domain.people import Action
from reseller_app.domain.reminders import OrderItem, Reminder, ReminderSettings
from reseller_app.domain.sanctions.freshness import stale_days_setting
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, SettingKey
from reseller_app.services.context import AppContext
from reseller_app.services.dto import MessageState, OrderStatus
from reseller_app.services.errors import ValidationError
from reseller_app.services.first_screen import LISTS_SETTING, RECENT_DAYS
from reseller_app.services.overview import lists_freshness
from reseller_app.services.people import check_role
from reseller_app.services.policy import PolicyService
from reseller_app.services.sanctions_lists import SOURCE_NAMES
from reseller_app.store import audit_log, bulk
from reseller_app.store.tables import (
    DbDecision,
    DbDistributorAnswer,
    DbFollowUp,
    DbOrder,
    DbOutboxMessage,
    DbPack,
    DbPacket,
    DbScreening,
)

Source = Callable[[Session, dt.date, ReminderSettings], Sequence[Reminder | None]]


def _date(at: dt.datetime) -> dt.date:
    return as_utc(at).date()


class RemindersService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.policy = PolicyService(ctx)

    def _today(self) -> dt.date:
        return self.ctx.clock().astimezone(dt.UTC).date()

    # -- settings ----------------------------------------------------------------------------
    def settings(self) -> ReminderSettings:
        lists_days = stale_days_setting(bulk.get_setting(self.ctx, LISTS_SETTING))
        return rules.settings_from(bulk.get_setting(self.ctx, SettingKey.REMINDERS), lists_days)

    def save_settings(self, *, held_days: int, pack_days: int) -> ReminderSettings:
        """Keep the days after which a held order and the criteria pack remind (one audit
        event). The lists' days are saved with the lists' settings."""
        check_role(self.ctx, Action.CHANGE_SETTINGS)
        for field, value in (("held_days", held_days), ("pack_days", pack_days)):
            if rules.days_setting(value, -1) == -1:
                raise ValidationError(field, t(
                    "Give the number of days as a whole number from {low} to {high}.",
                    low=rules.MIN_DAYS, high=rules.MAX_DAYS))
        value = {"held_days": held_days, "pack_days": pack_days}
        with self.ctx.write_session() as s:
            bulk.put_setting(s, SettingKey.REMINDERS.value, value)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor,
                             action=AuditAction.SETTINGS_REMINDERS_SAVED, entity="setting",
                             entity_id=SettingKey.REMINDERS.value, at=self.ctx.clock(),
                             details=value)
            s.commit()
        return self.settings()

    # -- what is due -------------------------------------------------------------------------
    def sources(self) -> list[Source]:
        return [self._follow_ups, self._held, self._outbox, self._answers, self._policy,
                self._pack, self._lists]

    def due(self, today: dt.date | None = None) -> list[Reminder]:
        """Every reminder for ``today`` (the clock's date by default), most urgent first."""
        today = today or self._today()
        settings = self.settings()
        found: list[Reminder | None] = []
        with self.ctx.session() as s:
            for source in self.sources():
                found.extend(source(s, today, settings))
        return rules.most_urgent_first(found)

    def _follow_ups(self, s: Session, today: dt.date,
                    settings: ReminderSettings) -> list[Reminder]:
        rows = s.execute(
            select(DbFollowUp.id, DbFollowUp.order_id, DbOrder.reference, DbFollowUp.due_on)
            .join(DbOrder, DbOrder.id == DbFollowUp.order_id)
            .where(DbFollowUp.done_on.is_(None), DbFollowUp.due_on <= today)
            .order_by(DbFollowUp.due_on, DbFollowUp.id)).all()
        return rules.follow_ups([(OrderItem(fid, oid, ref), due) for fid, oid, ref, due in rows],
                                today)

    def _held(self, s: Session, today: dt.date,
              settings: ReminderSettings) -> list[Reminder | None]:
        """Held since the first screening after the order's last decision (a decided order
        changed and screened again starts a new hold); oldest hold first."""
        held_ids = select(DbOrder.id).where(DbOrder.status == OrderStatus.HELD.value)
        # Only the held orders' decisions (ix_decision_order), not every decision ever made.
        decided = (select(DbDecision.order_id, func.max(DbDecision.decided_at).label("at"))
                   .where(DbDecision.order_id.in_(held_ids))
                   .group_by(DbDecision.order_id).subquery())
        rows = s.execute(
            select(DbOrder.id, DbOrder.reference, func.min(DbScreening.created_at))
            .join(DbScreening, DbScreening.order_id == DbOrder.id)
            .outerjoin(decided, decided.c.order_id == DbOrder.id)
            .where(DbOrder.status == OrderStatus.HELD.value,
                   (decided.c.at.is_(None)) | (DbScreening.created_at > decided.c.at))
            .group_by(DbOrder.id, DbOrder.reference)).all()
        held = sorted(((OrderItem(oid, oid, ref), _date(since)) for oid, ref, since in rows
                       if since is not None), key=lambda row: (row[1], row[0].reference))
        return [rules.orders_held(held, today, settings.held_days)]

    def _outbox(self, s: Session, today: dt.date,
                settings: ReminderSettings) -> list[Reminder | None]:
        rows = s.execute(
            select(DbOutboxMessage.id, DbOrder.reference)
            .outerjoin(DbPacket, DbPacket.id == DbOutboxMessage.packet_id)
            .outerjoin(DbOrder, DbOrder.id == DbPacket.order_id)
            .where(DbOutboxMessage.state == MessageState.FAILED.value)
            .order_by(DbOutboxMessage.id.desc())).all()
        return [rules.outbox_failed([mid for mid, _ in rows], [ref or "" for _, ref in rows])]

    def _answers(self, s: Session, today: dt.date,
                 settings: ReminderSettings) -> list[Reminder | None]:
        since = self.ctx.clock() - dt.timedelta(days=RECENT_DAYS)
        rows = s.execute(
            select(DbDistributorAnswer.id, DbDistributorAnswer.order_id, DbOrder.reference)
            .join(DbOrder, DbOrder.id == DbDistributorAnswer.order_id)
            .where(DbDistributorAnswer.recorded_at >= since)
            .order_by(DbDistributorAnswer.recorded_at.desc(),
                      DbDistributorAnswer.id.desc())).all()
        return [rules.answers_received([OrderItem(aid, oid, ref) for aid, oid, ref in rows],
                                       RECENT_DAYS)]

    def _policy(self, s: Session, today: dt.date,
                settings: ReminderSettings) -> list[Reminder | None]:
        status = self.policy.review_status(today)
        return [rules.policy_review(status.adopted, status.next_review, today)]

    def _pack(self, s: Session, today: dt.date,
              settings: ReminderSettings) -> list[Reminder | None]:
        row = s.execute(select(DbPack.title, DbPack.pack_id, DbPack.version, DbPack.sha256,
                               DbPack.issued, DbPack.imported_at)
                        .where(DbPack.active).order_by(DbPack.id.desc()).limit(1)).first()
        if row is None:
            return [rules.no_pack()]
        title, pack_id, version, sha256, issued, imported_at = row
        as_of = date_of(issued, whole_text=True) or _date(imported_at)
        return [rules.pack_old(title or pack_id, version, sha256, as_of, today,
                               settings.pack_days)]

    def _lists(self, s: Session, today: dt.date,
               settings: ReminderSettings) -> list[Reminder | None]:
        names = {source.value: name for source, name in SOURCE_NAMES.items()}
        return [rules.lists(lists_freshness(self.ctx, s, today), names)]
