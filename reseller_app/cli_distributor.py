"""``reseller-app distributor ...`` and ``reseller-app distributors ...``: the distributor's
answer desk and the distributors' pinned keys, from a terminal.

``distributor``: what a distributor does with the packets resellers send (keygen, verify,
answer, list, pin-reseller). ``distributors``: what a reseller does with its distributors' keys
(pin-key, keys, accept-unsigned). ``cli.py`` adds these with :func:`add_commands` and calls
:data:`HANDLERS` with the open database, like its own commands; like them, bad input ends with
one line on stderr and exit code 2. Services are imported late: the window starts without
them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reseller_app.domain.vocabulary import AnswerOutcome, MessageState, ReceivedState
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.passwords import ENV_PASSWORD, read_password_file

if TYPE_CHECKING:
    from reseller_app.services.context import AppContext

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
OUTCOMES = tuple(o.value for o in AnswerOutcome)


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"reseller-app: {' '.join(str(message).split())}", file=sys.stderr)
    return code


def add_commands(sub: Any) -> None:
    """The ``distributor`` and ``distributors`` commands, on ``cli.build_parser``'s
    subparsers."""
    desk = sub.add_parser("distributor", help="the distributor's answer desk: check packets "
                                              "from resellers and answer with signed decision "
                                              "files")
    actions = desk.add_subparsers(dest="distributor_command", metavar="ACTION", required=True)
    keygen = actions.add_parser("keygen", help="make the desk's signing key (once; its private "
                                               "half stays in the system keyring) and show its "
                                               "fingerprint")
    keygen.add_argument("--name", metavar="NAME",
                        help="the distributor the key speaks for, e.g. 'TechDistri Europe' "
                             "(default: the company profile's name)")
    keygen.add_argument("--out", metavar="FILE",
                        help="also write the public-key file for resellers (or a folder)")
    verify = actions.add_parser("verify", help="check a received packet (zip, folder or .eml) "
                                               "against the reseller's pinned key")
    verify.add_argument("packet", metavar="PACKET")
    answer = actions.add_parser("answer", help="record the answer to a packet and write the "
                                               "signed decision file (and FILE's .sig.json)")
    answer.add_argument("packet", metavar="PACKET", help="the packet's zip, folder or .eml")
    answer.add_argument("--outcome", required=True, choices=OUTCOMES)
    answer.add_argument("--condition", metavar="TEXT", action="append", default=[],
                        help="a condition of the approval (repeat for each)")
    answer.add_argument("--reference", metavar="REF", required=True,
                        help="your reference for this answer")
    answer.add_argument("--person", metavar="NAME", required=True, help="who decided")
    answer.add_argument("--answered-on", metavar="YYYY-MM-DD",
                        help="the date of the decision (default: today)")
    answer.add_argument("--note", metavar="TEXT", default="")
    answer.add_argument("--out", metavar="FILE", required=True,
                        help="the decision file to write (or a folder)")
    _send_options(answer, "--send")
    send = actions.add_parser("send", help="e-mail the signed decision file of an answered "
                                           "packet to the reseller through the outbox (and "
                                           "send the outbox now)")
    send.add_argument("packet_id", metavar="PACKET_ID", help="the packet's id, as 'distributor "
                                                            "list' shows it")
    _send_options(send)
    listing = actions.add_parser("list", help="the received packets in the order they came, "
                                              "waiting or answered")
    listing.add_argument("--waiting", action="store_true", help="only those still waiting")
    pin = actions.add_parser("pin-reseller", help="pin a reseller's public key (compare its "
                                                  "fingerprint with the reseller first)")
    pin.add_argument("key_file", metavar="KEY_FILE")
    _pin_options(pin)

    keys = sub.add_parser("distributors", help="your distributors' public keys: decision "
                                               "files are checked against them")
    keys_actions = keys.add_subparsers(dest="distributors_command", metavar="ACTION",
                                       required=True)
    pin_key = keys_actions.add_parser("pin-key", help="pin a distributor's public key from its "
                                                      "key file (compare the fingerprint "
                                                      "shown with the distributor)")
    pin_key.add_argument("distributor", metavar="DISTRIBUTOR",
                         help="the distributor's name as in the company profile, or its number")
    pin_key.add_argument("key_file", metavar="KEY_FILE")
    _pin_options(pin_key)
    keys_actions.add_parser("keys", help="the pinned keys with their fingerprints")
    unsigned = keys_actions.add_parser(
        "accept-unsigned", help="whether a distributor's unsigned decision files and criteria "
                                "packs are still accepted although its key is pinned (off by "
                                "default)")
    unsigned.add_argument("distributor", metavar="DISTRIBUTOR")
    unsigned.add_argument("choice", choices=("on", "off"))


def _send_options(parser: argparse.ArgumentParser, flag: str | None = None) -> None:
    if flag:
        parser.add_argument(flag, action="store_true",
                            help="also e-mail the decision file to the reseller through the "
                                 "outbox, now")
    parser.add_argument("--to", metavar="ADDRESS",
                        help="send to this address (default: the reseller's contact in the "
                             "packet)")
    parser.add_argument("--password-file", metavar="FILE",
                        help="the mail server's password, from this file (else the "
                             "environment variable or the keyring, as 'outbox send')")


def _send(ctx: AppContext, packet_id: str, args: argparse.Namespace) -> int:
    """Queue the decision file's e-mail, then send the outbox (as 'outbox send': the
    password from --password-file, the environment variable or the keyring)."""
    # late: the outbox and the mail settings load only when something is sent
    from reseller_app.services.outbox import OutboxService
    from reseller_app.services.settings import PasswordNeeded

    service = OutboxService(ctx)
    password = read_password_file(args.password_file) if args.password_file else None
    item = service.queue_decision(packet_id, to=args.to)
    print(f"Queued the answer to packet {item.packet_id} (order {item.order_reference}) to "
          f"{item.to}.")
    sys.stdout.flush()
    try:
        report = service.send_pending(only_due=False, password=password)
    except PasswordNeeded as exc:
        return _fail(f"{exc} It stays queued: set {ENV_PASSWORD} or use --password-file FILE, "
                     "or send it with 'reseller-app outbox send'.", EXIT_FAILED)
    except ValidationError as exc:  # no mail server set up yet: it waits in the outbox
        return _fail(f"{exc.message} The answer stays queued: 'reseller-app outbox send' "
                     "sends it then.", EXIT_FAILED)
    print(f"Sent {report.sent}.")
    if report.stopped:
        return _fail(report.stopped, EXIT_FAILED)
    state = service.get(item.id).state
    if state != MessageState.SENT:
        return _fail(f"The answer to packet {item.packet_id} was not sent yet ({state}): "
                     "'reseller-app outbox' shows why.", EXIT_FAILED)
    return EXIT_OK


def _pin_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fingerprint", metavar="FINGERPRINT",
                        help="the fingerprint its owner read out: refused when the file's "
                             "differs")
    parser.add_argument("--replace", action="store_true",
                        help="replace a key pinned before (after checking the new one)")


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("", f"--answered-on must be a date YYYY-MM-DD, not {text!r}."
                              ) from None


def _by(ctx: AppContext) -> int | None:
    """The person signed in with ``--person``, whose role pinning a key and accepting
    unsigned files need (an administrator's); None without people."""
    return ctx.person.id if ctx.person is not None else None


def cmd_distributor(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: cryptography and the desk load only for these commands
    from reseller_app.services.desk import DeskKeyService, DeskService
    from reseller_app.services.distributor_keys import ROLE_RESELLER, PinnedKeyService

    try:
        command = args.distributor_command
        if command == "keygen":
            keys = DeskKeyService(ctx, owner=args.name)
            key = keys.ensure()
            print(f"Desk signing key of {keys.owner()}: fingerprint {key.fingerprint}")
            if args.out:
                path = keys.export(Path(args.out))
                print(f"Wrote {path}: send it to your resellers and read them the "
                      "fingerprint over the phone.")
            return EXIT_OK
        if command == "pin-reseller":
            pinned = PinnedKeyService(ctx).pin(ROLE_RESELLER, "", Path(args.key_file),
                                               fingerprint=args.fingerprint,
                                               replace=args.replace, by=_by(ctx))
            print(f"Pinned the key of {pinned.name}: fingerprint {pinned.fingerprint}")
            return EXIT_OK
        desk = DeskService(ctx)
        if command == "verify":
            check = desk.verify(Path(args.packet))
            print(f"{Path(args.packet).name}: packet {check.packet_id} from {check.reseller}, "
                  f"order {check.order_reference}. {check.message}")
            return EXIT_OK
        if command == "answer":
            row, out, sig = desk.answer(
                Path(args.packet), outcome=args.outcome, conditions=args.condition,
                reference=args.reference, person=args.person, out=Path(args.out),
                answered_on=_date(args.answered_on), note=args.note)
            print(f"Answered packet {row.packet_id} ({row.reseller}, order "
                  f"{row.order_reference}): {row.outcome}. Wrote {out} and its signature "
                  f"{sig.name}" + ("." if args.send else f": send both to {row.reseller}."))
            return _send(ctx, row.packet_id, args) if args.send else EXIT_OK
        if command == "send":
            return _send(ctx, args.packet_id, args)
        rows = desk.packets(ReceivedState.WAITING if args.waiting else None)
        if not rows:
            print("No packets received." if not args.waiting else "No packet is waiting.")
        for r in rows:
            answered = f" {r.outcome} ({r.answer_reference}, {r.answered_by})" \
                if r.state == ReceivedState.ANSWERED else ""
            signed = f"signed by {r.signed_by}" if r.signed_by else "signature not checked"
            sent = {MessageState.SENT: f", sent to {r.sent_to}",
                    MessageState.FAILED: f", sending to {r.sent_to} failed",
                    MessageState.CANCELLED: ""}.get(r.send_state, ", waiting to send") \
                if r.send_state else ""
            print(f"{r.received_at:%Y-%m-%d %H:%M}  {r.state:<8} {r.reseller}  order "
                  f"{r.order_reference}  packet {r.packet_id}  {signed}{answered}{sent}")
        return EXIT_OK
    except ValidationError as exc:
        return _fail(exc.message)
    except NotFound as exc:
        return _fail(str(exc))


def cmd_distributors(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only these commands need it
    from reseller_app.services.distributor_keys import ROLE_DISTRIBUTOR, PinnedKeyService

    service = PinnedKeyService(ctx)
    try:
        command = args.distributors_command
        if command == "pin-key":
            preview = service.preview(Path(args.key_file))
            pinned = service.pin(ROLE_DISTRIBUTOR, args.distributor, Path(args.key_file),
                                 fingerprint=args.fingerprint, replace=args.replace,
                                 by=_by(ctx))
            print(f"Pinned the key of {pinned.name} (the file names {preview.owner}): "
                  f"fingerprint {pinned.fingerprint}. Compare it with {pinned.name} over "
                  "the phone.")
            return EXIT_OK
        if command == "accept-unsigned":
            pinned = service.set_accept_unsigned(args.distributor, args.choice == "on",
                                                 by=_by(ctx))
            print(f"Unsigned decision files and criteria packs from {pinned.name} are "
                  + ("accepted (with a warning)." if pinned.accept_unsigned else "refused."))
            return EXIT_OK
        keys = service.keys()
        if not keys:
            print("No key is pinned.")
        for k in keys:
            unsigned = "  unsigned files accepted" if k.accept_unsigned else ""
            print(f"{k.role:<11} {k.name}  fingerprint {k.fingerprint}  pinned "
                  f"{k.pinned_at:%Y-%m-%d} by {k.pinned_by}{unsigned}")
        return EXIT_OK
    except ValidationError as exc:
        return _fail(exc.message)
    except NotFound as exc:
        return _fail(str(exc))


HANDLERS = {"distributor": cmd_distributor, "distributors": cmd_distributors}
