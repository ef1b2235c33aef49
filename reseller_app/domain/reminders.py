"""Reminders: what is waiting or overdue, in words, for the tray, the digest e-mail and
``reseller-app reminders``.

Pure: each builder takes what the service read (rows, counts, dates) and today's date, and
returns a :class:`Reminder` or None when there is nothing to say. ``services/reminders.py``
does the queries; :func:`most_urgent_first` orders the list.

**Overdue** means a person missed a date they (or the rules they set) committed to: an open
follow-up past its due date, the policy's review date passed, an order held longer than the
set number of days, a period's report past its due date. Those make ``reseller-app
reminders`` exit 1. The rest ask for attention without a missed date: follow-ups due today,
the review due today or not yet scheduled, failed e-mails, new answers, lists or a pack older
than the set days, no list imported.

**Keys**: each reminder has a ``key`` made from its kind and the items it is about (the
follow-ups' ids, the held orders' ids, the pack's hash...): it stays the same while nothing
new comes, and changes when a new item joins, so a tray notifies once per new item.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass

from reseller_app.domain.chain_report import PeriodError, ReportPeriod
from reseller_app.domain.sanctions.freshness import DEFAULT_STALE_DAYS, ListsFreshness
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import ReminderKind, ReminderScreen

# The reminder names at most this many order references; the count says how many there are.
MAX_REFS = 5
DEFAULT_HELD_DAYS = 7  # a week on hold without a decision
DEFAULT_PACK_DAYS = 365  # criteria packs are reviewed yearly, like the policy
MIN_DAYS, MAX_DAYS = 1, 3650


@dataclass(frozen=True, slots=True)
class ReminderTarget:
    """The screen a reminder opens, and the order when it is about one order."""

    screen: ReminderScreen
    order_id: int | None = None


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    overdue: bool
    text: str  # one sentence in the user's words, translated
    count: int  # how many items (follow-ups, orders, messages, answers, lists...)
    order_refs: tuple[str, ...]  # order references, at most MAX_REFS
    target: ReminderTarget
    key: str  # stable while the items stay the same (see the module's docstring)


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """After how many days a hold, the criteria pack and the lists remind. ``lists_days`` is
    the sanctions lists' own setting (Settings, Sanctions lists), shown here, saved there."""

    held_days: int = DEFAULT_HELD_DAYS
    pack_days: int = DEFAULT_PACK_DAYS
    lists_days: int = DEFAULT_STALE_DAYS


@dataclass(frozen=True, slots=True)
class OrderItem:
    """One thing a reminder is about, on an order: a follow-up, a held order, an answer."""

    id: int | str  # the item's own id (follow-up id, order id, answer id)
    order_id: int
    reference: str


def reminder_key(kind: ReminderKind, items: Iterable[object]) -> str:
    """``kind:`` and a short hash of the items' ids, sorted (the same set -> the same key)."""
    ids = sorted(str(i) for i in items)
    digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]
    return f"{kind.value}:{digest}"


def days_setting(value: object, default: int) -> int:
    """A stored number of days; the default when missing or not a sensible whole number."""
    if isinstance(value, int) and not isinstance(value, bool) and MIN_DAYS <= value <= MAX_DAYS:
        return value
    return default


def settings_from(stored: object, lists_days: int) -> ReminderSettings:
    """The settings from the stored value (``{"held_days": n, "pack_days": n}``)."""
    data = stored if isinstance(stored, dict) else {}
    return ReminderSettings(days_setting(data.get("held_days"), DEFAULT_HELD_DAYS),
                            days_setting(data.get("pack_days"), DEFAULT_PACK_DAYS), lists_days)


def _refs(items: Sequence[OrderItem]) -> tuple[str, ...]:
    seen: list[str] = []
    for item in items:
        if item.reference not in seen:
            seen.append(item.reference)
    return tuple(seen[:MAX_REFS])


def _order_target(items: Sequence[OrderItem], screen: ReminderScreen) -> ReminderTarget:
    """One order's window when every item is on the same order, else ``screen``."""
    orders = {item.order_id for item in items}
    if len(orders) == 1:
        return ReminderTarget(ReminderScreen.ORDER, orders.pop())
    return ReminderTarget(screen)


def _listed(refs: tuple[str, ...], count: int) -> str:
    """"SO-1, SO-2" or "SO-1, SO-2 and 3 more" (orders named when they are fewer items)."""
    text = ", ".join(refs)
    more = count - len(refs)
    return t("{refs} and {more} more", refs=text, more=more) if more > 0 else text


def _on_orders(kind: ReminderKind, overdue: bool, items: Sequence[OrderItem], text: str,
               screen: ReminderScreen) -> Reminder:
    return Reminder(kind, overdue, text, len(items), _refs(items), _order_target(items, screen),
                    reminder_key(kind, (item.id for item in items)))


def follow_ups(due: Sequence[tuple[OrderItem, dt.date]], today: dt.date) -> list[Reminder]:
    """Open follow-ups due today or before: one reminder for the overdue, one for today's."""
    late = [item for item, on in due if on < today]
    now = [item for item, on in due if on == today]
    out: list[Reminder] = []
    if late:
        refs = _listed(_refs(late), len({i.reference for i in late}))
        text = t("A follow-up is overdue: order {refs}.", refs=refs) if len(late) == 1 else \
            t("{count} follow-ups are overdue: orders {refs}.", count=len(late), refs=refs)
        out.append(_on_orders(ReminderKind.FOLLOW_UPS_OVERDUE, True, late, text,
                              ReminderScreen.FOLLOW_UPS))
    if now:
        refs = _listed(_refs(now), len({i.reference for i in now}))
        text = t("A follow-up is due today: order {refs}.", refs=refs) if len(now) == 1 else \
            t("{count} follow-ups are due today: orders {refs}.", count=len(now), refs=refs)
        out.append(_on_orders(ReminderKind.FOLLOW_UPS_DUE, False, now, text,
                              ReminderScreen.FOLLOW_UPS))
    return out


def orders_held(held: Sequence[tuple[OrderItem, dt.date]], today: dt.date,
                held_days: int) -> Reminder | None:
    """Orders held (waiting for a decision) since more than ``held_days`` days."""
    long = [item for item, since in held if (today - since).days > held_days]
    if not long:
        return None
    refs = _listed(_refs(long), len(long))
    text = t("Order {refs} has been held for more than {days} days without a decision.",
             refs=refs, days=held_days) if len(long) == 1 else \
        t("{count} orders have been held for more than {days} days without a decision: "
          "{refs}.", count=len(long), days=held_days, refs=refs)
    return _on_orders(ReminderKind.ORDERS_HELD, True, long, text, ReminderScreen.ORDERS_HELD)


def outbox_failed(message_ids: Sequence[int], refs: Sequence[str]) -> Reminder | None:
    """E-mails that failed for good (the outbox stopped retrying them)."""
    if not message_ids:
        return None
    count = len(message_ids)
    names = tuple(dict.fromkeys(r for r in refs if r))[:MAX_REFS]
    text = t("An e-mail could not be sent: open the outbox to retry or export it.") \
        if count == 1 else t("{count} e-mails could not be sent: open the outbox to retry or "
                             "export them.", count=count)
    return Reminder(ReminderKind.OUTBOX_FAILED, False, text, count, names,
                    ReminderTarget(ReminderScreen.OUTBOX),
                    reminder_key(ReminderKind.OUTBOX_FAILED, message_ids))


def answers_received(answers: Sequence[OrderItem], days: int) -> Reminder | None:
    """Distributor answers recorded in the last ``days`` days (newest first)."""
    if not answers:
        return None
    refs = _listed(_refs(answers), len({a.reference for a in answers}))
    text = t("The distributor answered on order {refs}.", refs=refs) if len(answers) == 1 \
        else t("{count} distributor answers came in the last {days} days: orders {refs}.",
               count=len(answers), days=days, refs=refs)
    return _on_orders(ReminderKind.ANSWER_RECEIVED, False, answers, text, ReminderScreen.ANSWERS)


def policy_review(adopted: bool, next_review: dt.date | None,
                  today: dt.date) -> Reminder | None:
    """The human rights policy's yearly review: overdue after its date, due on it, and due
    while no policy is adopted or no review date is set."""
    target = ReminderTarget(ReminderScreen.POLICY)
    if not adopted:
        kind, overdue = ReminderKind.POLICY_REVIEW_DUE, False
        text = t("No human rights policy is adopted yet.")
    elif next_review is None:
        kind, overdue = ReminderKind.POLICY_REVIEW_DUE, False
        text = t("The human rights policy has no review date: set its next yearly review.")
    elif next_review < today:
        kind, overdue = ReminderKind.POLICY_REVIEW_OVERDUE, True
        text = t("The human rights policy's yearly review was due on {date} ({days} days "
                 "ago).", date=next_review.isoformat(), days=(today - next_review).days)
    elif next_review == today:
        kind, overdue = ReminderKind.POLICY_REVIEW_DUE, False
        text = t("The human rights policy's yearly review is due today.")
    else:
        return None
    return Reminder(kind, overdue, text, 1, (), target,
                    reminder_key(kind, [adopted, next_review]))


def pack_old(title: str, version: str, sha256: str, as_of: dt.date, today: dt.date,
             pack_days: int) -> Reminder | None:
    """The active criteria pack is older than ``pack_days`` (counted from the date it states,
    else from its import)."""
    age = (today - as_of).days
    if age <= pack_days:
        return None
    text = t("The criteria pack '{title}', version {version}, is {days} days old (dated {date}): "
             "check for a newer one.", title=title, version=version, days=age,
             date=as_of.isoformat())
    return Reminder(ReminderKind.PACK_OLD, False, text, 1, (),
                    ReminderTarget(ReminderScreen.PACKS),
                    reminder_key(ReminderKind.PACK_OLD, [sha256]))


def no_pack() -> Reminder:
    """No criteria pack is active (a database set up by hand): screening cannot run."""
    return Reminder(ReminderKind.PACK_OLD, False, t("No criteria pack is active."), 0, (),
                    ReminderTarget(ReminderScreen.PACKS),
                    reminder_key(ReminderKind.PACK_OLD, []))


def lists(fresh: ListsFreshness, names: dict[str, str] | None = None) -> Reminder | None:
    """No restricted-party list imported, or lists older than the set days. ``names``: how
    people call each list (source -> name); the source's code otherwise."""
    target = ReminderTarget(ReminderScreen.LISTS)
    if not fresh.imported:
        return Reminder(ReminderKind.LISTS_NONE, False,
                        t("No restricted-party list is imported: parties are not checked "
                          "against sanctions lists."), 0, (), target,
                        reminder_key(ReminderKind.LISTS_NONE, []))
    if not fresh.stale:
        return None
    words = ", ".join(t("{name} ({days} days)", name=(names or {}).get(a.source.value,
                                                                       a.source.value.upper()),
                        days=a.days) for a in fresh.stale)
    text = t("Restricted-party lists older than {days} days: {lists}. Update them.",
             days=fresh.stale_days, lists=words)
    return Reminder(ReminderKind.LISTS_OLD, False, text, len(fresh.stale), (), target,
                    reminder_key(ReminderKind.LISTS_OLD,
                                 (f"{a.source.value}@{a.as_of}" for a in fresh.stale)))


def report_due(period: str, distributor: str, due_on: dt.date,
               today: dt.date) -> Reminder | None:
    """A period's report up the chain (``period`` as people write it, e.g. 2026Q4): due from
    ``due_on``, overdue after it. None before ``due_on``."""
    if today < due_on:
        return None
    overdue = today > due_on
    who = distributor or t("the distributor")
    with suppress(PeriodError):  # else said as given
        period = ReportPeriod.parse(period).words
    text = t("The due diligence report for {period} to {who} was due on {date}.",
             period=period, who=who, date=due_on.isoformat()) if overdue else \
        t("The due diligence report for {period} to {who} is due today.", period=period,
          who=who)
    return Reminder(ReminderKind.REPORT_DUE, overdue, text, 1, (),
                    ReminderTarget(ReminderScreen.REPORT),
                    reminder_key(ReminderKind.REPORT_DUE, [period, distributor]))


_RANK = {kind: rank for rank, kind in enumerate(ReminderKind)}


def most_urgent_first(reminders: Iterable[Reminder | None]) -> list[Reminder]:
    """Overdue first, then in ``ReminderKind``'s order; the Nones dropped."""
    return sorted((r for r in reminders if r is not None),
                  key=lambda r: (not r.overdue, _RANK[r.kind]))


def any_overdue(reminders: Iterable[Reminder]) -> bool:
    return any(r.overdue for r in reminders)
