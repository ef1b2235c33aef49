"""The outbox: packets wait here until the mail server takes them; nothing is lost or resent
by accident (docs/escalation-contract.md, "Exactly once, and what a crash can do").

- ``queue`` fixes the message's Message-ID; every attempt sends the same bytes.
- ``send_pending`` claims one message at a time (committed as ``sending`` with a lease), talks
  to the server outside any transaction, then commits ``sent`` with the server's reply, or
  ``queued`` again with exponential backoff, or ``failed`` with the server's reason.
- A refused login or a server that cannot be reached is a settings problem, not a failed
  message: the run stops there, the message goes back to the queue without counting the
  attempt, and the report says once what to fix. Only a message the server itself refuses
  (a 5xx reply to it) fails; a failed message can be retried or cancelled (final: never sent).
- A message left in ``sending`` by a crash is taken up again once its lease has run out
  (``recover``): at least once, with the same Message-ID, rather than never.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from reseller_app.domain import packets as p
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction, MessageKind, PacketKind, ReceivedState
from reseller_app.services.context import AppContext
from reseller_app.services.desk import DECISION_SUBJECT, DeskService
from reseller_app.services.dto import (
    MessageState,
    OutboxItem,
    PacketStatus,
    SendReport,
    SmtpSettings,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.escalation import (
    EscalationService,
    order_status_after_escalation,
)
from reseller_app.services.mail import (
    SendFailed,
    SmtpTransport,
    build_message,
    failure_outcome,
    message_domain,
    new_message_id,
)
from reseller_app.services.passwords import ENV_PASSWORD, env_password
from reseller_app.services.settings import SettingsService
from reseller_app.services.setup import EMAIL
from reseller_app.store import audit_log
from reseller_app.store.tables import (
    DbOrder,
    DbOutboxMessage,
    DbPacket,
    DbReceivedPacket,
    utc,
)

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=5)  # longer than a send can take (30 s per network step)
MAX_ATTEMPTS = 8
_ACTIVE = (MessageState.QUEUED.value, MessageState.SENDING.value, MessageState.SENT.value)


def backoff(attempts: int) -> dt.timedelta:
    """1, 2, 4, ... minutes after the 1st, 2nd, 3rd failed attempt; at most an hour."""
    return dt.timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


def _entity(packet: DbPacket | None, packet_id: str) -> tuple[str, str | int]:
    """Audit events about a packet of an order belong to the order's history."""
    if packet is not None and packet.order_id is not None:
        return "order", packet.order_id
    return "packet", packet_id


def _packet_of(s: Session, m: DbOutboxMessage) -> DbPacket | None:
    """The packet a message sends (``None``: a desk's decision file, or a packet gone)."""
    return s.get(DbPacket, m.packet_id) if m.packet_id is not None else None


def _message_entity(s: Session, m: DbOutboxMessage) -> tuple[str, str | int]:
    """Whose history an event about the message belongs to: the order's, the packet's, the
    received packet's on the desk, or the plain message's own (a digest)."""
    if m.kind is not None:
        return "outbox_message", int(m.id or 0)
    if m.received_packet_id is not None:
        return "received_packet", m.received_packet_id
    return _entity(_packet_of(s, m), m.packet_id or "")


def _state_word(state: str) -> str:
    words = {MessageState.QUEUED.value: t("queued"), MessageState.SENDING.value: t("sending"),
             MessageState.SENT.value: t("sent"), MessageState.FAILED.value: t("failed"),
             MessageState.CANCELLED.value: t("cancelled")}
    return words.get(state, state)


def _was_exported(s: Session, packet: DbPacket) -> bool:
    """Whether the packet was saved as a folder, zip or .eml (its audit events say so)."""
    entity, entity_id = _entity(packet, packet.id)
    return any(e.action == AuditAction.PACKET_EXPORTED
               and (e.details or {}).get("packet_id") == packet.id
               for e in audit_log.events_for(s, entity, [str(entity_id)]))


def _not_sent(s: Session, packet: DbPacket) -> None:
    """A packet whose e-mail failed for good (or was cancelled) is no longer "in the outbox":
    back to "exported" when it was saved to send another way, else "built" (not sent), unless
    another message of it is still queued, being sent or was sent."""
    if packet.status != PacketStatus.QUEUED.value:
        return
    other = s.execute(select(func.count()).select_from(DbOutboxMessage).where(
        DbOutboxMessage.packet_id == packet.id,
        DbOutboxMessage.state.in_(_ACTIVE))).scalar()
    if other:
        return
    packet.status = (PacketStatus.EXPORTED if _was_exported(s, packet)
                     else PacketStatus.BUILT).value
    s.add(packet)


TransportFactory = Callable[[SmtpSettings, str | None], Any]


class OutboxService:
    def __init__(self, ctx: AppContext, *, transport_factory: TransportFactory | None = None,
                 settings: SettingsService | None = None) -> None:
        self.ctx = ctx
        self.settings = settings or SettingsService(ctx)
        self.transport_factory: TransportFactory = transport_factory or SmtpTransport
        self.escalation = EscalationService(ctx)

    # -- reading -------------------------------------------------------------------------------
    def _item(self, s: Session, m: DbOutboxMessage) -> OutboxItem:
        packet = _packet_of(s, m)
        reference, kind, packet_id = "", packet.kind if packet else "", m.packet_id or ""
        if packet is not None and packet.order_id is not None:
            reference = s.execute(select(DbOrder.reference)
                                  .where(DbOrder.id == packet.order_id)).scalar() or ""
        received = s.get(DbReceivedPacket, m.received_packet_id) \
            if m.received_packet_id is not None else None
        if received is not None:
            reference, kind = received.order_reference, PacketKind.DECISION.value
            packet_id = received.packet_id
        if m.kind is not None:  # a plain message (a digest): no packet, no order
            kind = m.kind
        return OutboxItem(
            id=m.id, packet_id=packet_id, kind=kind,  # type: ignore[arg-type]
            order_reference=reference, to=m.recipient, subject=m.subject,
            state=MessageState(m.state), attempts=m.attempts,
            next_attempt_at=utc(m.next_attempt_at), last_error=m.last_error,
            message_id=m.message_id, created_at=utc(m.created_at),
            sent_at=utc(m.sent_at) if m.sent_at else None, server_reply=m.server_reply,
            cancelled_at=utc(m.cancelled_at) if m.cancelled_at else None,
            cancelled_by=m.cancelled_by or "")

    def items(self, states: Sequence[str] = ()) -> list[OutboxItem]:
        with self.ctx.session() as s:
            q = select(DbOutboxMessage).order_by(DbOutboxMessage.id.desc())
            if states:
                q = q.where(DbOutboxMessage.state.in_([str(x) for x in states]))
            return [self._item(s, m) for m in s.execute(q).scalars()]

    def get(self, message_id: int) -> OutboxItem:
        with self.ctx.session() as s:
            m = s.get(DbOutboxMessage, message_id)
            if m is None:
                raise NotFound(t("There is no outbox message {message}.", message=message_id))
            return self._item(s, m)

    def due_count(self) -> int:
        now = self.ctx.clock()
        with self.ctx.session() as s:
            return int(s.execute(select(func.count()).select_from(DbOutboxMessage).where(
                DbOutboxMessage.state == MessageState.QUEUED.value,
                DbOutboxMessage.next_attempt_at <= now)).scalar() or 0)

    # -- queuing -------------------------------------------------------------------------------
    def queue(self, packet_id: str, *, to: str | None = None) -> OutboxItem:
        """Put the packet in the outbox (sent by the next ``send_pending``)."""
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            packet = s.get(DbPacket, (packet_id or "").strip().lower())
            if packet is None:
                raise NotFound(t("There is no packet {packet}.", packet=packet_id))
            recipient = (to or packet.recipient).strip()
            if not EMAIL.match(recipient):
                raise ValidationError("to", t("'{address}' is not an e-mail address.",
                                              address=recipient))
            existing = s.execute(select(DbOutboxMessage).where(
                DbOutboxMessage.packet_id == packet.id,
                DbOutboxMessage.recipient == recipient,
                DbOutboxMessage.state.in_(_ACTIVE))).scalar()
            if existing is not None:
                if existing.state == MessageState.SENT.value:
                    raise ValidationError("packet_id", t("This packet was sent to {to}.",
                                                         to=recipient))
                raise ValidationError("packet_id", t("This packet is already in the outbox to "
                                                     "{to}.", to=recipient))
            n = int(s.execute(select(func.count()).select_from(DbOutboxMessage)
                              .where(DbOutboxMessage.packet_id == packet.id)).scalar() or 0)
            smtp = self.settings.smtp_settings()
            domain = message_domain(smtp.from_address if smtp else "")
            m = DbOutboxMessage(packet_id=packet.id, recipient=recipient, subject=packet.subject,
                                message_id=new_message_id(packet.id, n + 1, domain),
                                state=MessageState.QUEUED.value, attempts=0,
                                next_attempt_at=now, created_at=now)
            s.add(m)
            if packet.status in (PacketStatus.BUILT.value, PacketStatus.EXPORTED.value):
                packet.status = PacketStatus.QUEUED.value
                s.add(packet)
            details: dict[str, Any] = {"packet_id": packet.id, "kind": packet.kind,
                                       "to": recipient, "message_id": m.message_id}
            entity, entity_id = "packet", packet.id
            if packet.order_id is not None:
                order = s.get(DbOrder, packet.order_id)
                entity, entity_id = "order", packet.order_id
                if order is not None:
                    details["reference"] = order.reference
                    new_status = order_status_after_escalation(order.status) \
                        if packet.kind == "escalation" else None
                    if new_status:
                        details["previous_status"], details["status"] = order.status, new_status
                        order.status, order.updated_at = new_status, now
                        s.add(order)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.OUTBOX_QUEUED,
                             entity=entity, entity_id=entity_id, details=details, at=now)
            s.commit()
            return self._item(s, m)

    def queue_decision(self, packet_id: str, *, to: str | None = None) -> OutboxItem:
        """Put the desk's signed decision file for received packet ``packet_id`` in the
        outbox, to ``to`` or else the reseller's contact named in the packet."""
        desk = DeskService(self.ctx)
        view = desk.get(packet_id)
        if view.state != ReceivedState.ANSWERED:
            desk.decision_files(view.packet_id)  # says, in words, to answer first
        recipient = (to or desk.reseller_contact(view.packet_id)[1]).strip()
        if not recipient:
            raise ValidationError("to", t("The packet of {reseller} names no contact e-mail "
                                          "address: enter the address to send the answer to.",
                                          reseller=view.reseller or "?"))
        if not EMAIL.match(recipient):
            raise ValidationError("to", t("'{address}' is not an e-mail address.",
                                          address=recipient))
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.get(DbReceivedPacket, view.id)
            assert row is not None
            existing = s.execute(select(DbOutboxMessage).where(
                DbOutboxMessage.received_packet_id == row.id,
                DbOutboxMessage.recipient == recipient,
                DbOutboxMessage.state.in_(_ACTIVE))).scalar()
            if existing is not None:
                if existing.state == MessageState.SENT.value:
                    raise ValidationError("to", t("The answer to packet {packet} was already "
                                                  "sent to {to}.", packet=row.packet_id,
                                                  to=recipient))
                raise ValidationError("to", t("The answer to packet {packet} is already in the "
                                              "outbox to {to}.", packet=row.packet_id,
                                              to=recipient))
            n = int(s.execute(select(func.count()).select_from(DbOutboxMessage).where(
                DbOutboxMessage.received_packet_id == row.id)).scalar() or 0)
            smtp = self.settings.smtp_settings()
            domain = message_domain(smtp.from_address if smtp else "")
            subject = DECISION_SUBJECT.format(reference=row.order_reference,
                                              packet=row.packet_id[:8])
            m = DbOutboxMessage(packet_id=None, received_packet_id=row.id, recipient=recipient,
                                subject=subject[:300],
                                message_id=new_message_id(f"decision-{row.packet_id}", n + 1,
                                                          domain),
                                state=MessageState.QUEUED.value, attempts=0,
                                next_attempt_at=now, created_at=now)
            s.add(m)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.DESK_DECISION_QUEUED,
                             entity="received_packet", entity_id=row.id, at=now,
                             details={"packet_id": row.packet_id, "reseller": row.reseller,
                                      "order_reference": row.order_reference, "to": recipient,
                                      "message_id": m.message_id,
                                      "decision_sha256": p.sha256(bytes(row.decision or b""))})
            s.commit()
            return self._item(s, m)

    def add_plain(self, s: Session, kind: MessageKind, to: str, subject: str, body: str,
                  *, key: str) -> DbOutboxMessage:
        """A plain e-mail (no packet) in the outbox, inside the caller's transaction: the
        caller writes the one audit event of its use case. ``key`` names the message in its
        Message-ID (e.g. ``digest-2026-12-07``); the text is fixed now, so every attempt
        sends the same words."""
        recipient = (to or "").strip()
        if not EMAIL.match(recipient):
            raise ValidationError("to", t("'{address}' is not an e-mail address.",
                                          address=recipient))
        now = self.ctx.clock()
        n = int(s.execute(select(func.count()).select_from(DbOutboxMessage).where(
            DbOutboxMessage.message_id.like(f"<{key}.%"))).scalar() or 0)
        smtp = self.settings.smtp_settings()
        domain = message_domain(smtp.from_address if smtp else "")
        m = DbOutboxMessage(packet_id=None, kind=kind.value, body=body, recipient=recipient,
                            subject=" ".join(subject.split())[:300],
                            message_id=new_message_id(key, n + 1, domain),
                            state=MessageState.QUEUED.value, attempts=0,
                            next_attempt_at=now, created_at=now)
        s.add(m)
        s.flush()
        return m

    def queue_message(self, kind: MessageKind, to: str, subject: str, body: str, *,
                      key: str) -> OutboxItem:
        """A plain e-mail in the outbox as its own use case (one ``outbox.queued`` event)."""
        with self.ctx.write_session() as s:
            m = self.add_plain(s, kind, to, subject, body, key=key)
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.OUTBOX_QUEUED,
                             entity="outbox_message", entity_id=int(m.id or 0),
                             at=self.ctx.clock(),
                             details={"kind": m.kind, "to": m.recipient, "subject": m.subject,
                                      "message_id": m.message_id})
            s.commit()
            return self._item(s, m)

    def retry(self, message_id: int) -> OutboxItem:
        """A failed message back in the queue, due now (e.g. after the server's problem was
        fixed): the same message, with the same Message-ID, its attempts counted afresh."""
        return self._set_state(message_id, MessageState.QUEUED, AuditAction.OUTBOX_RETRIED,
                               allowed=(MessageState.FAILED.value,))

    def retry_failed(self) -> tuple[list[OutboxItem], list[tuple[OutboxItem, str]]]:
        """Every failed message back in the queue (one audit event each): those retried, and
        those that cannot be with the reason (e.g. their packet was queued to the same address
        again meanwhile: retrying would send it twice)."""
        done: list[OutboxItem] = []
        refused: list[tuple[OutboxItem, str]] = []
        for item in reversed(self.items([MessageState.FAILED.value])):  # oldest first
            try:
                done.append(self.retry(item.id))
            except ValidationError as exc:
                refused.append((item, exc.message))
        return done, refused

    def cancel(self, message_id: int) -> OutboxItem:
        """A queued or failed message is never sent: it stays listed as cancelled, with who
        cancelled it and when (a final state)."""
        return self._set_state(message_id, MessageState.CANCELLED, AuditAction.OUTBOX_CANCELLED,
                               allowed=(MessageState.FAILED.value, MessageState.QUEUED.value))

    def _set_state(self, message_id: int, state: MessageState, action: str, *,
                   allowed: tuple[str, ...]) -> OutboxItem:
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            m = s.get(DbOutboxMessage, message_id)
            if m is None:
                raise NotFound(t("There is no outbox message {message}.", message=message_id))
            if m.state not in allowed:
                raise ValidationError("state", self._refusal(message_id, m.state, state))
            if state == MessageState.QUEUED and m.kind is None:
                # Queued again (or sent) since it failed: retrying would send it twice.
                twin = s.execute(select(DbOutboxMessage.state).where(
                    DbOutboxMessage.packet_id == m.packet_id,
                    DbOutboxMessage.recipient == m.recipient, DbOutboxMessage.id != m.id,
                    DbOutboxMessage.state.in_(_ACTIVE))).scalar()
                if twin == MessageState.SENT.value:
                    raise ValidationError("state", t("This packet was sent to {to}.",
                                                     to=m.recipient))
                if twin is not None:
                    raise ValidationError("state", t("This packet is already in the outbox to "
                                                     "{to}.", to=m.recipient))
            previous = m.state
            m.state, m.next_attempt_at = state.value, now
            if state == MessageState.QUEUED:
                m.attempts = 0
            if state == MessageState.CANCELLED:
                m.cancelled_at, m.cancelled_by = now, self.ctx.actor
            s.add(m)
            s.flush()
            packet = _packet_of(s, m)
            if packet is not None and state == MessageState.CANCELLED:
                _not_sent(s, packet)
            elif packet is not None and packet.status in (PacketStatus.BUILT.value,
                                                          PacketStatus.EXPORTED.value):
                packet.status = PacketStatus.QUEUED.value  # retried: in the outbox again
                s.add(packet)
            s.flush()
            entity, entity_id = _message_entity(s, m)
            details: dict[str, Any] = {"packet_id": m.packet_id, "message_id": m.message_id,
                                       "to": m.recipient, "previous_state": previous}
            if packet is not None:
                details["packet_status"] = packet.status
            audit_log.append(s, actor=self.ctx.actor, action=action, entity=entity,
                             entity_id=entity_id, at=now, details=details)
            s.commit()
            return self._item(s, m)

    @staticmethod
    def _refusal(message_id: int, current: str, wanted: MessageState) -> str:
        """Why a message cannot be retried or cancelled, in words."""
        if wanted == MessageState.QUEUED and current == MessageState.QUEUED.value:
            return t("Message {message} is still queued: the next send tries it.",
                     message=message_id)
        if current == MessageState.SENDING.value:
            return t("Message {message} is being sent right now: it cannot be changed.",
                     message=message_id)
        if current == MessageState.SENT.value:
            return t("Message {message} was sent: it cannot be changed any more.",
                     message=message_id)
        if current == MessageState.CANCELLED.value:
            return t("Message {message} was cancelled: it is never sent.", message=message_id)
        return t("The message is {state}: it cannot be changed now.",
                 state=_state_word(current))

    # -- sending -------------------------------------------------------------------------------
    def recover(self) -> int:
        """Messages a crashed or killed app left in ``sending``: back to the queue once their
        lease has run out (same Message-ID). Returns how many."""
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            stuck = list(s.execute(select(DbOutboxMessage).where(
                DbOutboxMessage.state == MessageState.SENDING.value,
                DbOutboxMessage.next_attempt_at <= now)).scalars())
            for m in stuck:
                m.state, m.next_attempt_at = MessageState.QUEUED.value, now
                # Stored, and shown later as the record of what happened: stays English.
                m.last_error = ("The app stopped while sending this message; it is sent again "
                                f"with the same Message-ID {m.message_id}.")
                s.add(m)
                s.flush()
                entity, entity_id = _message_entity(s, m)
                audit_log.append(s, actor=self.ctx.actor, action=AuditAction.OUTBOX_RECOVERED,
                                 entity=entity, entity_id=entity_id, at=now,
                                 details={"packet_id": m.packet_id, "message_id": m.message_id,
                                          "attempts": m.attempts, "reason": m.last_error})
            s.commit()
        return len(stuck)

    def _claim(self, only_due: bool,
               tried: set[int]) -> tuple[int, int, dt.datetime] | None:
        now = self.ctx.clock()
        with self.ctx.write_session() as s:  # BEGIN IMMEDIATE: one claimer at a time
            q = select(DbOutboxMessage).where(DbOutboxMessage.state == MessageState.QUEUED.value)
            if only_due:
                q = q.where(DbOutboxMessage.next_attempt_at <= now)
            if tried:
                q = q.where(DbOutboxMessage.id.notin_(tried))
            m = s.execute(q.order_by(DbOutboxMessage.next_attempt_at, DbOutboxMessage.id)
                          .limit(1)).scalar()
            if m is None:
                return None
            due = utc(m.next_attempt_at)
            m.state, m.attempts = MessageState.SENDING.value, m.attempts + 1
            m.next_attempt_at = now + LEASE
            s.add(m)
            s.commit()
            return int(m.id), m.attempts, due  # type: ignore[arg-type]

    def _release(self, message_id: int, due: dt.datetime, failure: SendFailed,
                 kind: str) -> None:
        """The run stopped at this message for a login or connection problem: back to the
        queue in its place (due when it was), its attempt not counted (nothing was wrong
        with the message)."""
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            m = s.get(DbOutboxMessage, message_id)
            assert m is not None
            m.state, m.next_attempt_at = MessageState.QUEUED.value, min(due, now)
            m.attempts, m.last_error = max(m.attempts - 1, 0), failure.reason
            s.add(m)
            s.flush()
            entity, entity_id = _message_entity(s, m)
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.OUTBOX_RETRY_SCHEDULED,
                             entity=entity, entity_id=entity_id, at=now,
                             details={"packet_id": m.packet_id, "to": m.recipient,
                                      "message_id": m.message_id, "attempts": m.attempts,
                                      "reason": failure.reason, "stopped": kind,
                                      "next_attempt_at": m.next_attempt_at})
            s.commit()

    def _finish(self, message_id: int, reply: str | None, failure: SendFailed | None) -> None:
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            m = s.get(DbOutboxMessage, message_id)
            assert m is not None
            packet = _packet_of(s, m)  # None: a desk's decision file or a plain message
            assert packet is not None or m.received_packet_id is not None or m.kind is not None
            details: dict[str, Any] = {"packet_id": m.packet_id, "to": m.recipient,
                                       "message_id": m.message_id, "attempts": m.attempts}
            if failure is None:
                m.state, m.sent_at, m.server_reply = MessageState.SENT.value, now, reply or ""
                m.last_error = ""
                if packet is not None and packet.status in (
                        PacketStatus.QUEUED.value, PacketStatus.BUILT.value,
                        PacketStatus.EXPORTED.value):
                    packet.status = PacketStatus.SENT.value
                    s.add(packet)
                action, details["server_reply"] = AuditAction.OUTBOX_SENT, reply or ""
            elif failure_outcome(failure) == "message" or m.attempts >= MAX_ATTEMPTS:
                m.state, m.last_error = MessageState.FAILED.value, failure.reason
                action, details["reason"] = AuditAction.OUTBOX_FAILED, failure.reason
                s.add(m)
                s.flush()
                if packet is not None:
                    _not_sent(s, packet)
                    details["packet_status"] = packet.status
            else:
                m.state, m.last_error = MessageState.QUEUED.value, failure.reason
                m.next_attempt_at = now + backoff(m.attempts)
                action, details["reason"] = AuditAction.OUTBOX_RETRY_SCHEDULED, failure.reason
                details["next_attempt_at"] = m.next_attempt_at
            s.add(m)
            s.flush()
            entity, entity_id = _message_entity(s, m)
            audit_log.append(s, actor=self.ctx.actor, action=action, entity=entity,
                             entity_id=entity_id, details=details, at=now)
            s.commit()

    def send_pending(self, *, only_due: bool = True, password: str | None = None) -> SendReport:
        """Send what is due (``only_due=False``: everything queued, now). Each message is sent
        at most once per call; what fails waits for its next attempt. A refused login or an
        unreachable server stops the run (``SendReport.stopped`` says what to fix).

        The password: ``password`` (typed, or read from a file the user named), else the
        environment variable ``CHANNEL_DILIGENCE_SMTP_PASSWORD``, else the keyring's
        (``PasswordNeeded`` when there is none)."""
        settings = self.settings.configured()
        self.recover()
        pending = [i for i in self.items([MessageState.QUEUED.value])
                   if not only_due or i.next_attempt_at <= self.ctx.clock()]
        if not pending:
            return SendReport(0, 0, 0, [])
        source = "given" if password else "env" if env_password() else "keyring"
        given = password or env_password()
        transport = self.transport_factory(settings, self.settings.password_for(settings,
                                                                                  given))
        stopped = stopped_kind = ""
        sent = later = failed = 0
        tried: set[int] = set()
        done: list[int] = []
        while (claim := self._claim(only_due, tried)) is not None:
            message_id, _, due = claim
            tried.add(message_id)
            with self.ctx.session() as s:
                m = s.get(DbOutboxMessage, message_id)
                assert m is not None
                to, mid, created = m.recipient, m.message_id, utc(m.created_at)
                packet_id, subject = m.packet_id, m.subject
                plain = (m.kind, m.body or "") if m.kind is not None else None
                received = s.get(DbReceivedPacket, m.received_packet_id) \
                    if m.received_packet_id is not None else None
            try:
                if plain is not None:  # a digest: its text was fixed when it was queued
                    message = build_message(files={}, subject=subject, to=to,
                                            from_address=settings.from_address,
                                            message_id=mid, date=created, body=plain[1],
                                            packet_id=plain[0])
                elif received is not None:  # a desk's decision file back to the reseller
                    message = DeskService(self.ctx).decision_message(
                        received.packet_id, to=to, from_address=settings.from_address,
                        message_id=mid, date=created, subject=subject)
                else:
                    message = self.escalation.message(packet_id or "", to=to, message_id=mid,
                                                      date=created)
                message.replace_header("From", settings.from_address)
            except Exception as exc:  # whatever it is: one bad message must not stop the rest
                log.warning("outbox message %s cannot be built", message_id, exc_info=True)
                self._finish(message_id, None, SendFailed(
                    # Stored, and shown later as the record of what happened: stays English.
                    f"The e-mail could not be made from the packet, so it was not sent: "
                    f"{' '.join(str(exc).split()) or type(exc).__name__}.", permanent=True,
                    outcome="message"))
                done.append(message_id)
                continue
            try:
                reply = transport.send(message)
            except SendFailed as exc:
                kind = failure_outcome(exc)
                if kind in ("login", "connection"):
                    self._release(message_id, due, exc, kind)
                    done.append(message_id)
                    stopped_kind = kind
                    stopped = _stop_sentence(kind, source, exc.reason, settings.user)
                    break
                self._finish(message_id, None, exc)
            else:
                self._finish(message_id, reply, None)
            done.append(message_id)
        items = [self.get(i) for i in done]
        for item in items:
            if item.state == MessageState.SENT:
                sent += 1
            elif item.state == MessageState.FAILED:
                failed += 1
            else:
                later += 1
        return SendReport(sent, later, failed, items, stopped, stopped_kind)

    def counts(self) -> dict[str, int]:
        """How many messages are in each state (only the states that have some)."""
        with self.ctx.session() as s:
            rows = s.execute(select(DbOutboxMessage.state, func.count())
                             .group_by(DbOutboxMessage.state)).all()
        return {str(state): int(n) for state, n in rows}


def _stop_sentence(kind: str, source: str, reason: str, user: str) -> str:
    """What to fix, said once, when a run stopped at a login or connection problem."""
    if kind == "connection":
        return t("Nothing more was sent: the mail server cannot be reached or the secure "
                 "connection failed ({reason}). Every message stays queued. Check the server, "
                 "port and security in Settings (mail server), or the network.",
                 reason=reason)
    if not user:
        return t("Nothing more was sent: the mail server wants a login ({reason}). Every "
                 "message stays queued. Enter the user name and password in Settings (mail "
                 "server), then send again.", reason=reason)
    if source == "env":
        return t("Nothing more was sent: the mail server refused the login of {user} with the "
                 "password in the environment variable {variable} ({reason}). Every message "
                 "stays queued. Correct the password there, or the user name in Settings "
                 "(mail server).", user=user, variable=ENV_PASSWORD, reason=reason)
    if source == "given":
        return t("Nothing more was sent: the mail server refused the login of {user} with the "
                 "password given ({reason}). Every message stays queued. Check the password, "
                 "or the user name in Settings (mail server).", user=user, reason=reason)
    return t("Nothing more was sent: the mail server refused the login of {user} "
             "({reason}). Every message stays queued. Correct the user name or password in "
             "Settings (mail server), then send again.", user=user, reason=reason)
