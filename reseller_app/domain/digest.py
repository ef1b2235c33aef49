"""The daily digest e-mail: what is waiting and overdue, in plain text, from the reminders.

Pure: :func:`compose` takes the day's reminders (``services/reminders.py``, most urgent first),
the day and the company's name, and returns the subject and body, or None when nothing is due
(then nothing is sent). The text holds only the reminders' own sentences and the order
references they name: no addresses, no settings, no secrets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reseller_app.domain.reminders import Reminder
from reseller_app.domain.texts import t

APP_NAME = "Channel Diligence"


@dataclass(frozen=True, slots=True)
class Digest:
    day: dt.date
    subject: str
    body: str
    overdue: int  # reminders about a missed date
    waiting: int  # the others
    order_refs: tuple[str, ...]  # every order reference the reminders name, in their order


def _item_lines(reminder: Reminder) -> list[str]:
    lines = [f"- {reminder.text}"]
    # The reference the sentence does not already name (e.g. a failed e-mail's order).
    missing = [ref for ref in reminder.order_refs if ref not in reminder.text]
    if missing:
        lines.append("  " + t("Orders: {refs}", refs=", ".join(missing)))
    return lines


def compose(reminders: Sequence[Reminder], day: dt.date, company: str = "") -> Digest | None:
    """The day's digest, or None when no reminder is due."""
    if not reminders:
        return None
    overdue = [r for r in reminders if r.overdue]
    waiting = [r for r in reminders if not r.overdue]
    refs = tuple(dict.fromkeys(ref for r in reminders for ref in r.order_refs))
    when = day.isoformat()
    subject = t("{app} daily digest of {day}: {overdue} overdue, {waiting} waiting",
                app=APP_NAME, day=when, overdue=len(overdue), waiting=len(waiting))
    heading = t("What is waiting in {app} on {day}", app=APP_NAME, day=when)
    if company.strip():
        heading += f" ({' '.join(company.split())})"
    lines = [heading, ""]
    if overdue:
        lines.append(t("Overdue ({count}):", count=len(overdue)))
        for reminder in overdue:
            lines += _item_lines(reminder)
        lines.append("")
    if waiting:
        lines.append(t("Waiting ({count}):", count=len(waiting)))
        for reminder in waiting:
            lines += _item_lines(reminder)
        lines.append("")
    if refs:
        lines += [t("Orders named: {refs}", refs=", ".join(refs)), ""]
    lines += [t("Open {app} to deal with them.", app=APP_NAME), "",
              "-- ",
              t("This e-mail comes once a day while something is due. It is turned on and off, "
                "and its recipients chosen, in {app}: Settings, Daily digest.", app=APP_NAME)]
    return Digest(day, subject, "\n".join(lines) + "\n", len(overdue), len(waiting), refs)
