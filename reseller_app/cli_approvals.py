"""``reseller-app approvals ...``: the senior approver's desk from a terminal.

``list`` the requests waiting for approval, ``approve ID`` one (the decision is recorded as
approved by the approver), ``return ID --reason TEXT`` (sent back to the person who asked).
The approver is named with ``--approver EMAIL`` and proves it with their own passphrase: asked
on the terminal (never echoed) or read from the first line of standard input
(``--passphrase-stdin``), never from the command line, where other users of the computer and
the shell's history could read it. ``cli.py`` adds these with :func:`add_commands` and calls
:data:`HANDLERS` with the open database; bad input ends with one line and exit code 2.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from reseller_app.cli_common import EXIT_OK, BadInput, ask_passphrase, printable
from reseller_app.services.errors import ServiceError, StorageError, ValidationError

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext
    from reseller_app.services.dto import Approval, ApprovalRequestView


def add_commands(sub: Any) -> None:
    """The ``approvals`` command, on ``cli.build_parser``'s subparsers."""
    approvals = sub.add_parser("approvals", help="decisions waiting for the senior approver: "
                                                 "list, approve or send back")
    actions = approvals.add_subparsers(dest="approvals_command", metavar="ACTION",
                                       required=True)
    listing = actions.add_parser("list", help="the requests waiting for approval, oldest first")
    listing.add_argument("--approver", metavar="EMAIL",
                         help="only those this approver may approve")
    approve = actions.add_parser("approve", help="approve a request: the proposed decision is "
                                                 "recorded as approved by you")
    approve.add_argument("id", metavar="ID", type=int, help="the request's number (see list)")
    back = actions.add_parser("return", help="send a request back to the person who asked, "
                                             "with the reason")
    back.add_argument("id", metavar="ID", type=int, help="the request's number (see list)")
    back.add_argument("--reason", required=True, metavar="TEXT",
                      help="why: the person who asked reads it on the order")
    for action in (approve, back):
        action.add_argument("--approver", metavar="EMAIL",
                            help="your e-mail address (you are asked for your passphrase); "
                                 "default: the --person signed in")
        action.add_argument("--passphrase-stdin", action="store_true",
                            dest="approver_passphrase_stdin",
                            help="read your passphrase from the first line of standard input "
                                 "instead of asking on the terminal")


def _approval(args: argparse.Namespace) -> Approval:
    """The approver and their passphrase: ``--approver`` (asked now), else the ``--person``
    signed in for this command (whose passphrase was just checked: not asked twice)."""
    # late: the services' models (pydantic) stay out of the window's start-up
    from reseller_app.services.dto import Approval

    signed_in = getattr(args, "signed_in", None)
    email = (args.approver or "").strip()
    if not email:
        if signed_in is None:
            raise BadInput("say who approves: --approver EMAIL, or --person EMAIL before the "
                           "command")
        return Approval(signed_in[0], signed_in[1])
    if signed_in is not None and email.casefold() == signed_in[0].casefold():
        return Approval(email, signed_in[1])
    return Approval(email, ask_passphrase(printable(email), args.approver_passphrase_stdin))


def _line(r: ApprovalRequestView) -> str:
    local = r.requested_at.astimezone()
    who = r.approver_name or "any approver"
    line = (f"{r.id:>4}  {printable(r.reference):<14} {r.tier:<10} "
            f"{r.outcome.value.replace('_', ' '):<24} asked by {printable(r.requested_by)} "
            f"{local:%Y-%m-%d %H:%M}, for {printable(who)}")
    if not r.current:
        line += "  (the order changed since: it cannot be approved)"
    return line


def cmd_approvals(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only these commands need it
    from reseller_app.services.approvals import ApprovalService

    service = ApprovalService(ctx)
    try:
        command = args.approvals_command
        if command == "list":
            person = service.people.get(args.approver).id if args.approver else None
            waiting = service.waiting(person)
            if not waiting:
                print("Nothing is waiting for approval.")
            for r in waiting:
                print(_line(r))
            return EXIT_OK
        approval = _approval(args)
        if command == "approve":
            request = service.get(args.id)
            record = service.approve(args.id, approval)
            print(f"Approved: order {printable(request.reference)}, "
                  f"{record.outcome.value.replace('_', ' ')}, decided by "
                  f"{printable(record.decided_by)}, approved by "
                  f"{printable(record.approved_by or '')}.")
            return EXIT_OK
        returned = service.send_back(args.id, args.reason, approval)
        print(f"Sent back to {printable(returned.requested_by)}: order "
              f"{printable(returned.reference)}.")
        return EXIT_OK
    except ValidationError as exc:
        raise BadInput(exc.message) from None
    except StorageError:
        raise
    except ServiceError as exc:  # refused: not found, role needed, asked of someone else
        raise BadInput(str(exc)) from None


HANDLERS = {"approvals": cmd_approvals}
