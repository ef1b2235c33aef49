"""The optional daily digest e-mail: what is waiting and overdue, to chosen people, through the
outbox.

- Off by default. Its setting (``SettingKey.DIGEST``) holds whether it is on and the addresses
  it goes to; until it is saved the addresses are the approvers' (the active people with the
  approver role, and the company profile's approver), so turning it on needs one click.
- ``queue_digest`` puts one plain e-mail per recipient in the outbox (``MessageKind.DIGEST``),
  with one audit event (``digest.queued``) for the whole digest, at most once a day: the day is
  kept (``SettingKey.DIGEST_LAST_DAY``) in the same transaction, which is taken with the write
  lock, so the app's timer and a scheduled ``reseller-app digest`` never both queue it.
  Nothing is queued when nothing is due.
- The text comes from ``RemindersService.due()`` (``domain/digest.py``): the reminders' own
  sentences with their order references, nothing else.
- The day is the reminders' day (the clock's date in UTC), so the digest and
  ``reseller-app reminders`` always speak of the same day.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from reseller_app.domain.digest import Digest, compose
from reseller_app.domain.people import Action, Role, normal_email
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, MessageKind, SettingKey
from reseller_app.services.context import AppContext
from reseller_app.services.dto import OutboxItem
from reseller_app.services.errors import ValidationError
from reseller_app.services.outbox import OutboxService
from reseller_app.services.people import check_role
from reseller_app.services.reminders import RemindersService
from reseller_app.services.settings import SettingsService
from reseller_app.services.setup import EMAIL, SetupService
from reseller_app.store import audit_log, bulk
from reseller_app.store.tables import DbPerson, DbSetting

MAX_RECIPIENTS = 20  # a digest is for the few who act on it, not a mailing list


@dataclass(frozen=True, slots=True)
class DigestSettings:
    enabled: bool
    recipients: tuple[str, ...]
    saved: bool  # False: never saved, the recipients are the approvers' (a suggestion)


@dataclass(frozen=True, slots=True)
class QueuedDigest:
    digest: Digest
    items: tuple[OutboxItem, ...]  # one message per recipient


def parse_recipients(text: str | Iterable[str]) -> tuple[str, ...]:
    """Addresses from what the user typed (commas, semicolons or lines between them; ``Name
    <address>`` is taken as the address), lower-case, each once, in the order given. Raises
    on one that is no address, naming it as typed."""
    parts = text.replace(";", ",").replace("\n", ",").split(",") if isinstance(text, str) \
        else list(text)
    out: list[str] = []
    for part in (" ".join(p.split()) for p in parts):
        if not part:
            continue
        inner = part[part.rfind("<") + 1:-1] if part.endswith(">") and "<" in part else part
        address = normal_email(inner)
        if not EMAIL.match(address):
            raise ValidationError("recipients", t(
                "'{address}' is not an e-mail address.", address=part))
        if address not in out:
            out.append(address)
    if len(out) > MAX_RECIPIENTS:
        raise ValidationError("recipients", t(
            "The digest goes to at most {count} addresses.", count=MAX_RECIPIENTS))
    return tuple(out)


class DigestService:
    def __init__(self, ctx: AppContext, *, outbox: OutboxService | None = None,
                 settings: SettingsService | None = None) -> None:
        self.ctx = ctx
        self.settings_service = settings or SettingsService(ctx)
        self.outbox = outbox or OutboxService(ctx, settings=self.settings_service)
        self.reminders = RemindersService(ctx)

    def today(self, today: dt.date | None = None) -> dt.date:
        """``today``, else the reminders' day: the clock's date in UTC."""
        return today or self.ctx.clock().astimezone(dt.UTC).date()

    # -- settings ----------------------------------------------------------------------------
    def approver_addresses(self) -> tuple[str, ...]:
        """The active approvers' addresses, then the company profile's approver's."""
        with self.ctx.session() as s:
            people = s.execute(select(DbPerson.email).where(
                DbPerson.active, DbPerson.role == Role.APPROVER.value)
                .order_by(DbPerson.id)).scalars().all()
        profile = SetupService(self.ctx).profile()
        found = [*people, profile.approver_email if profile else ""]
        return tuple(dict.fromkeys(normal_email(a) for a in found if EMAIL.match(a or "")))

    def settings(self) -> DigestSettings:
        stored = bulk.get_setting(self.ctx, SettingKey.DIGEST.value)
        if not isinstance(stored, dict):
            return DigestSettings(False, self.approver_addresses(), False)
        recipients = stored.get("recipients")
        addresses = tuple(str(a) for a in recipients) if isinstance(recipients, list) else ()
        return DigestSettings(stored.get("enabled") is True, addresses, True)

    def save_settings(self, *, enabled: bool, recipients: str | Iterable[str]
                      ) -> DigestSettings:
        """Turn the digest on or off and choose its addresses (one audit event)."""
        check_role(self.ctx, Action.CHANGE_SETTINGS)
        addresses = parse_recipients(recipients)
        if enabled and not addresses:
            raise ValidationError("recipients", t(
                "Enter at least one address the daily digest goes to."))
        value = {"enabled": bool(enabled), "recipients": list(addresses)}
        with self.ctx.write_session() as s:
            bulk.put_setting(s, SettingKey.DIGEST.value, value)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.SETTINGS_DIGEST_SAVED,
                             entity="setting", entity_id=SettingKey.DIGEST.value,
                             at=self.ctx.clock(), details=value)
            s.commit()
        return self.settings()

    def last_day(self) -> dt.date | None:
        """The day the last digest was queued."""
        value = bulk.get_setting(self.ctx, SettingKey.DIGEST_LAST_DAY.value)
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    # -- the digest --------------------------------------------------------------------------
    def preview(self, today: dt.date | None = None) -> Digest | None:
        """Today's digest as it would be sent (on or off, sent today or not); None when
        nothing is due."""
        day = self.today(today)
        profile = SetupService(self.ctx).profile()
        return compose(self.reminders.due(day), day, profile.name if profile else "")

    def due_digest(self, today: dt.date | None = None) -> Digest | None:
        """The digest to queue today: None when the digest is off, was queued today already,
        or nothing is due."""
        day = self.today(today)
        if not self.settings().enabled or self.last_day() == day:
            return None
        return self.preview(day)

    def check_ready(self) -> DigestSettings:
        """The settings, or a ``ValidationError`` saying what to set up first."""
        settings = self.settings()
        if self.settings_service.smtp_settings() is None:
            raise ValidationError("smtp", t(
                "The daily digest cannot be sent: set up e-mail sending first (Settings: "
                "mail server)."))
        if not settings.recipients:
            raise ValidationError("recipients", t(
                "The daily digest goes to nobody: enter its addresses in Settings (Daily "
                "digest)."))
        return settings

    def queue_digest(self, today: dt.date | None = None) -> QueuedDigest | None:
        """Queue today's digest when it is due (see ``due_digest``): one message per
        recipient, one audit event. None when nothing was queued. Raises a
        ``ValidationError`` when it is on but cannot be sent (no mail server, nobody)."""
        day = self.today(today)
        if not self.settings().enabled:
            return None
        settings = self.check_ready()
        digest = self.due_digest(day)
        if digest is None:
            return None
        key = f"digest-{day.isoformat()}"
        with self.ctx.write_session() as s:  # the write lock: one queuer at a time
            row = s.get(DbSetting, SettingKey.DIGEST_LAST_DAY.value)
            if row is not None and json.loads(row.value) == day.isoformat():
                return None  # another desk or the scheduled task queued it meanwhile
            messages = [self.outbox.add_plain(s, MessageKind.DIGEST, to, digest.subject,
                                              digest.body, key=key)
                        for to in settings.recipients]
            bulk.put_setting(s, SettingKey.DIGEST_LAST_DAY.value, day.isoformat())
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.DIGEST_QUEUED,
                             entity="digest", entity_id=day.isoformat(), at=self.ctx.clock(),
                             details={"day": day.isoformat(), "to": list(settings.recipients),
                                      "message_ids": [m.message_id for m in messages],
                                      "overdue": digest.overdue, "waiting": digest.waiting,
                                      "order_refs": list(digest.order_refs)})
            s.commit()
            ids = [int(m.id or 0) for m in messages]
        return QueuedDigest(digest, tuple(self.outbox.get(i) for i in ids))
