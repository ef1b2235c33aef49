"""``reseller-app reminders``: what is due or overdue, for a person or a scheduled task.

- ``reminders``: one line per reminder, most urgent first, each in words; an overdue one
  begins with "Overdue:". "Nothing is due." when there is nothing.
- ``reminders --json``: a JSON list, one object per reminder, most urgent first::

      {"kind": "follow_ups_overdue",   # domain.vocabulary.ReminderKind
       "overdue": true,                # a date was missed (domain/reminders.py says which)
       "text": "2 follow-ups are overdue: orders SO-1, SO-2.",
       "count": 2,                     # how many items (follow-ups, orders, e-mails...)
       "order_refs": ["SO-1", "SO-2"], # order references, at most 5
       "screen": "follow_ups",         # domain.vocabulary.ReminderScreen: what to open
       "order_id": null,               # the order, when the reminder is about one
       "key": "follow_ups_overdue:3f2a..."}  # the same while the items stay the same

- ``--on YYYY-MM-DD``: as on that day instead of today (what a scheduled task will say).

Exit code 1 when a reminder is overdue, 0 otherwise (a task scheduler's "failed" tells
someone); 2 for bad input, in one line. Only reads: nobody needs to sign in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from reseller_app.cli_common import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, BadInput, printable

if TYPE_CHECKING:
    from reseller_app.domain.reminders import Reminder
    from reseller_app.services.context import AppContext


# What ``reminders --help`` says after the options: a scheduled task's author needs the exit
# codes and a script's author the JSON fields, without reading the source.
JSON_FIELDS = (
    ("kind", "what the reminder is about (the list below)"),
    ("overdue", "true when a date was missed, false when something is due or new"),
    ("text", "the reminder in words, as the line without --json says it"),
    ("count", "how many items: follow-ups, orders, e-mails, answers, lists..."),
    ("order_refs", "the orders' references, at most 5 (empty when not about orders)"),
    ("screen", "what the app opens for it (the list below)"),
    ("order_id", "the order's id in the database when it is about one order, else null"),
    ("key", "stays the same while the items stay the same (to notify once)"),
)
EXIT_CODES = (
    (EXIT_OK, "nothing is overdue (something may still be due today)"),
    (EXIT_FAILED, "at least one reminder is overdue"),
    (EXIT_BAD_INPUT, "bad input (e.g. --on not a date), said in one line on stderr"),
)


def _epilog() -> str:
    # late: the vocabulary is needed only when the parser is built, not to start the window
    from reseller_app.domain.vocabulary import ReminderKind, ReminderScreen

    fields = "\n".join(f"  {name:<11} {meaning}" for name, meaning in JSON_FIELDS)
    codes = "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES)
    return (
        "--json prints a list, most urgent first, one object per reminder:\n"
        f"{fields}\n"
        f"kind: {', '.join(k.value for k in ReminderKind)}\n"
        f"screen: {', '.join(k.value for k in ReminderScreen)}\n\n"
        f"exit codes:\n{codes}\n\n"
        "Only reads the database: nobody needs to sign in.")


def add_commands(sub: Any) -> None:
    """The ``reminders`` command, on ``cli.build_parser``'s subparsers."""
    reminders = sub.add_parser(
        "reminders", help="what is due or overdue, one line each (exit 1 when overdue)",
        description="What is due or overdue, one line each in words, most urgent first; an\n"
                    "overdue one begins with \"Overdue:\". Exit 1 when something is overdue,\n"
                    "for a scheduled task.",
        epilog=_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    reminders.add_argument("--json", action="store_true",
                           help="print a JSON list for scripts")
    reminders.add_argument("--on", metavar="YYYY-MM-DD",
                           help="as on this day instead of today")


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"--on: '{text}' is not a date; write it as YYYY-MM-DD, "
                       "e.g. 2026-11-05.") from None


def as_json(reminder: Reminder) -> dict[str, Any]:
    return {"kind": reminder.kind.value, "overdue": reminder.overdue, "text": reminder.text,
            "count": reminder.count, "order_refs": list(reminder.order_refs),
            "screen": reminder.target.screen.value, "order_id": reminder.target.order_id,
            "key": reminder.key}


def _line(reminder: Reminder) -> str:
    text = printable(reminder.text)
    return f"Overdue: {text}" if reminder.overdue else text


def cmd_reminders(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: the services load the ORM, which `reseller-app --help` does not need
    from reseller_app.services.reminders import RemindersService

    today = _day(args.on)
    reminders = RemindersService(ctx).due(today)
    if args.json:
        print(json.dumps([as_json(r) for r in reminders], indent=2))
    elif not reminders:
        print("Nothing is due.")
    else:
        for reminder in reminders:
            print(_line(reminder))
    return EXIT_FAILED if any(r.overdue for r in reminders) else EXIT_OK


HANDLERS = {"reminders": cmd_reminders}
