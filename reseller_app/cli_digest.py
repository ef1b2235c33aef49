"""``reseller-app digest [--send]``: the daily digest e-mail from a scheduled task.

Queues today's digest when it is on and something is due (at most once a day, also when the
desktop app queued it already); ``--send`` then sends the outbox, as ``outbox send`` does (the
password from ``--password-file``, else ``CHANNEL_DILIGENCE_SMTP_PASSWORD``, else the keyring).

Exit 0: queued (and sent), or nothing to queue (off, nothing due, queued today already), one
line saying which. Exit 2, one line: the digest is on but cannot go out (no mail server set up,
no recipients). Exit 1: ``--send`` could not send everything (the line says why).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reseller_app.cli_common import EXIT_FAILED, EXIT_OK, _fail
from reseller_app.domain.vocabulary import MessageState
from reseller_app.services.errors import ValidationError
from reseller_app.services.passwords import read_password_file

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext
    from reseller_app.services.digest import DigestService


def add_commands(sub: Any) -> None:
    """The ``digest`` command, on ``cli.build_parser``'s subparsers."""
    digest = sub.add_parser(
        "digest", help="queue today's digest e-mail of what is waiting and overdue (when it "
                       "is on and something is due; once a day)")
    digest.add_argument("--send", action="store_true",
                        help="then send the outbox (as 'outbox send')")
    digest.add_argument("--password-file", metavar="FILE",
                        help="with --send: read the mail server's password from FILE")


def cmd_digest(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: cli.py imports this module for its parser; the services load when it runs
    from reseller_app.services.digest import DigestService

    service = DigestService(ctx)
    if not service.settings().enabled:
        print("The daily digest is off (Settings, Daily digest): nothing queued.")
        return EXIT_OK
    day = service.today()
    try:
        queued = service.queue_digest(day)
    except ValidationError as exc:  # on, but it cannot go out: what to set up, in words
        return _fail(exc.message)
    if queued is not None:
        to = ", ".join(item.to for item in queued.items)
        print(f"Queued the digest of {queued.digest.day.isoformat()} to {to}: "
              f"{queued.digest.overdue} overdue, {queued.digest.waiting} waiting.")
    elif service.last_day() == day:
        print("Today's digest is already queued: nothing more to do.")
    else:
        print("Nothing is due today: no digest queued.")
    if not args.send:
        return EXIT_OK
    return _send(service, args)


def _send(service: DigestService, args: argparse.Namespace) -> int:
    # late: as in cmd_digest (the parser loads without the services)
    from reseller_app.services.settings import PasswordNeeded

    try:
        password = read_password_file(args.password_file) if args.password_file else None
    except ValidationError as exc:
        return _fail(exc.message)
    outbox = service.outbox
    try:
        report = outbox.send_pending(only_due=False, password=password)
    except PasswordNeeded as exc:
        return _fail(str(exc), EXIT_FAILED)
    print(f"Sent {report.sent}.")
    if report.stopped:
        return _fail(report.stopped, EXIT_FAILED)
    waiting = outbox.counts()
    if any(waiting.get(state, 0) for state in (MessageState.QUEUED, MessageState.FAILED)):
        return _fail("Some e-mails are still in the outbox: see 'reseller-app outbox'.",
                     EXIT_FAILED)
    return EXIT_OK


HANDLERS = {"digest": cmd_digest}
