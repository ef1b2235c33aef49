"""``reseller-app``: the desktop app, or the same services from a terminal.

Start-up speed matters (the app's start is measured against a bare Qt window), so this module
holds only the command line (the parser and the dispatch), the desktop app's start and the
commands that need no database (``screen``, ``--self-test``). It imports only the standard
library and the small service modules without third-party imports at the top (through
``cli_common``); a command on the database imports ``cli_commands`` (the handlers, with the
services) when it runs, and no command but the GUI imports PySide6. ``screen`` needs no
database and never opens one.

Exit codes: 0 success; 1 the check failed or some input rows were refused (``verify-audit``,
``import-orders``), or the database could not be opened; 2 bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from reseller_app import (
    __version__,
    cli_approvals,
    cli_digest,
    cli_distributor,
    cli_lists,
    cli_reminders,
    cli_report,
)
from reseller_app.cli_common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    BadInput,
    _fail,
    _open,
    _read_bytes,
    _stdout_to_devnull,
)
from reseller_app.services.locations import resolve_db_url, sqlite_file

# The exit codes are part of the command line's contract: tests and scripts import them here.
__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILED", "EXIT_OK", "BadInput", "build_parser", "main",
           "run_gui"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reseller-app",
        description="Channel Diligence: human rights due diligence of sales for IT resellers. "
                    "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database: an SQLite file path or URL, or postgresql://... "
                             "(default: $CHANNEL_DILIGENCE_DB, else the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="use the separate demo database, filled with sample data")
    parser.add_argument("--minimized", "--tray", action="store_true", dest="minimized",
                        help="start the desktop app in the tray (minimized where there is "
                             "none), as it does when started with the session")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works (on a temporary database, "
                             "never yours): one line per check, exit 0 when all pass")
    parser.add_argument("--person", metavar="EMAIL", dest="signin",
                        help="sign in as this person (their e-mail address; default: "
                             "$CHANNEL_DILIGENCE_PERSON): once people are set up, a command "
                             "that changes the database needs one, and is done with that "
                             "person's role; the passphrase is asked on the terminal")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the passphrase of --person from the first line of standard "
                             "input (never give it on the command line)")
    # Run by --self-test in a child process: Qt on the real display (see ui.self_test).
    parser.add_argument("--probe-display", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    screen = sub.add_parser("screen", help="screen an order JSON file and print the result "
                                           "(needs no database)")
    screen.add_argument("order", metavar="ORDER.json", help="order file ('-' for stdin)")
    screen.add_argument("--pack", metavar="PACK", help="criteria pack file (default: the "
                                                       "bundled pack)")

    verify_audit = sub.add_parser("verify-audit", help="check the audit log's hash chain, its "
                                                       "records and its signed head")
    verify_audit.add_argument("--against", metavar="FILE",
                              help="also check a signed head kept elsewhere: a chain-head.json, "
                                   "or a packet (zip, folder or .eml) or evidence bundle "
                                   "holding one")
    audit_head = sub.add_parser("audit-head", help="write the audit chain's head, signed with "
                                                   "the company's key, to keep elsewhere")
    audit_head.add_argument("--out", metavar="FILE", required=True,
                            help="the file to write (or a folder)")

    imp = sub.add_parser("import-orders", help="import, screen and store orders from a CSV file")
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--mapping", metavar="FILE.json|PRESET",
                     help='column mapping {"reference": "Order No", ...}, or a shipped preset: '
                          "shopify, woocommerce, generic (default: the preset that fits the "
                          "headers, the mapping remembered from the last import, common names)")
    imp.add_argument("--date-order", choices=("dmy", "mdy"),
                     help="how to read dates such as 02/11/2026 when no date in the file tells: "
                          "dmy (day first) or mdy (month first)")
    imp.add_argument("--customer-type", metavar="TYPE",
                     help="the type of the customers the file and the catalog give none, e.g. "
                          "'individual' for a consumer shop (a customer type of the pack)")
    imp.add_argument("--sales-model", metavar="MODEL",
                     help="how the orders whose row gives no sales model were sold: assisted "
                          "(by a salesperson) or self_service (in a webshop) (default: "
                          "self_service for a Shopify or WooCommerce export, else the company's "
                          "usual one)")

    rescreen = sub.add_parser(
        "rescreen", help="screen orders again with the current catalog and the active pack "
                         "(the old screening stays in the history)")
    rescreen.add_argument("references", metavar="REF", nargs="*", help="order references")
    rescreen.add_argument("--all-open", action="store_true",
                          help="every open order (all but the declined ones)")

    packs = sub.add_parser("packs", help="criteria packs")
    packs_sub = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    packs_sub.add_parser("list", help="list the imported packs (* = active)")
    pack_import = packs_sub.add_parser("import", help="import a pack and make it active")
    pack_import.add_argument("file", metavar="FILE")
    pack_import.add_argument("--keep-active", action="store_true",
                             help="store the pack but keep the current one active")
    pack_import.add_argument("--signature", metavar="SIG_FILE",
                             help="the pack's signature file, if it is not beside the pack as "
                                  "FILE.sig.json (checked against the issuing distributor's "
                                  "pinned key)")
    pack_sign = packs_sub.add_parser("sign", help="on a distributor's desk: sign a criteria "
                                                  "pack for your resellers with the desk's key "
                                                  "(writes PACK.sig.json beside it)")
    pack_sign.add_argument("pack", metavar="PACK")
    pack_sign.add_argument("--key", metavar="KEY_FILE",
                           help="the desk's public-key file (from distributor keygen --out): "
                                "refused if it is not the key held here")
    pack_sign.add_argument("--out", metavar="FILE",
                           help="where to write the signature (default: beside the pack)")

    policy = sub.add_parser("policy", help="the human rights policy")
    policy_sub = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    export = policy_sub.add_parser("export", help="write the adopted policy (or the draft) as "
                                                  "PDF, HTML or plain text")
    export.add_argument("--format", required=True, choices=("pdf", "html", "txt"),
                        help="pdf for printing, html or txt for the company website")
    export.add_argument("out", metavar="OUT", help="the file to write")
    export.add_argument("--draft", action="store_true",
                        help="export the open draft instead, marked DRAFT")
    export.add_argument("--page-size", choices=("A4", "Letter"),
                        help="paper size of the PDF (default: from the company's country)")
    _add_escalation_commands(sub)
    _add_mail_commands(sub)
    _add_people_commands(sub)
    _add_key_commands(sub)
    cli_distributor.add_commands(sub)
    cli_approvals.add_commands(sub)
    cli_lists.add_commands(sub)
    cli_digest.add_commands(sub)
    cli_reminders.add_commands(sub)
    cli_report.add_commands(sub)
    return parser


def _add_key_commands(sub: Any) -> None:
    """The company's signing key, and checking a signed packet (needs no database)."""
    keys = sub.add_parser("keys", help="the company's signing key (packets are signed with it)")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k_show = keys_sub.add_parser("show", help="the key's fingerprint, to compare over the "
                                              "phone (the key is made when there is none)")
    _add_passphrase_stdin(k_show)
    k_export = keys_sub.add_parser("export", help="write the public-key file that distributors "
                                                  "and auditors check packets with")
    k_export.add_argument("file", metavar="FILE", help="the file to write (or a folder)")
    verify = sub.add_parser("verify-packet", help="check that a packet (zip or folder) is "
                                                  "signed with a company's key and unchanged "
                                                  "(needs no database)")
    verify.add_argument("packet", metavar="PACKET", help="the packet's zip or folder")
    verify.add_argument("--key", metavar="PUBLIC_KEY_FILE", required=True,
                        help="the signer's public-key file")


def _add_mail_commands(sub: Any) -> None:
    """Setting up e-mail sending by address, and a test message."""
    mail = sub.add_parser("mail", help="set up e-mail sending by address; send a test message")
    mail_sub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    setup = mail_sub.add_parser(
        "setup", help="store the mail server settings for ADDRESS (proposed from the "
                      "provider table; the options override); the password goes to the "
                      "system's password store only")
    setup.add_argument("address", metavar="ADDRESS", help="the address the e-mails come from")
    setup.add_argument("--provider", metavar="ID",
                       help="the provider hosting your own domain, e.g. microsoft365, "
                            "google_workspace, ionos, strato, ovh, zoho, zoho_eu")
    setup.add_argument("--server", metavar="HOST", help="the SMTP server's name")
    setup.add_argument("--port", metavar="N", help="the port (587 STARTTLS, 465 SSL)")
    setup.add_argument("--security", metavar="starttls|ssl|none",
                       help="how the connection is encrypted")
    setup.add_argument("--login", metavar="NAME",
                       help="the user name (default: the address); '' for no login")
    setup.add_argument("--password-stdin", action="store_true",
                       help="read the password from the first line of standard input "
                            "(otherwise asked for on the terminal)")
    test = mail_sub.add_parser("test", help="send a test message now (not through the outbox) "
                                            "and say in plain words what went wrong")
    test.add_argument("--to", metavar="ADDRESS", help="recipient (default: the sender)")
    test.add_argument("--password-stdin", action="store_true",
                      help="read the password from the first line of standard input")
    _add_mail_oauth_commands(mail_sub)


def _add_mail_oauth_commands(mail_sub: Any) -> None:
    """``mail signin`` and ``mail oauth``: sending with a Microsoft or Google sign-in."""
    signin = mail_sub.add_parser("signin", help="sign in to Microsoft or Google in the browser "
                                                "and send e-mail with that sign-in (OAuth2)")
    signin.add_argument("provider", choices=("microsoft", "google"), metavar="PROVIDER",
                        help="microsoft (Microsoft 365, Outlook.com) or google (Gmail, "
                             "Google Workspace)")
    signin.add_argument("address", metavar="ADDRESS", help="the sending address")
    signin.add_argument("--device-code", action="store_true",
                        help="Microsoft: show a code to enter on another device instead of "
                             "opening the browser here")
    oauth = mail_sub.add_parser("oauth", help="the client id of your organisation's app "
                                              "registration (README), or back to the password")
    oauth.add_argument("provider", choices=("microsoft", "google", "password"),
                       metavar="PROVIDER", help="microsoft, google, or password")
    oauth.add_argument("--client-id", metavar="ID")
    oauth.add_argument("--client-secret", metavar="SECRET",
                       help="Google desktop-app client secret (not confidential)")
    oauth.add_argument("--tenant", metavar="TENANT",
                       help="Microsoft: your tenant's id or domain (default: common)")


def _add_escalation_commands(sub: Any) -> None:
    """Escalation packets, the outbox, distributor decisions, the evidence bundle."""
    esc = sub.add_parser("escalate", help="build the escalation packet of an order (PDF, JSON, "
                                          "attachments, manifest) into a folder and a zip, "
                                          "or an e-mail file (--eml), without sending it")
    esc.add_argument("reference", metavar="REF", help="the order's reference")
    esc.add_argument("--out", metavar="DIR", default=None,
                     help="folder to write the packet's folder and zip into (--out, --eml "
                          "or both)")
    esc.add_argument("--eml", metavar="FILE", default=None,
                     help="also write the e-mail the outbox would send as an .eml file, to "
                          "open in any mail program and send from there (a folder: named "
                          "escalation-REF-ID.eml in it)")
    esc.add_argument("--recommend", default=None,
                     choices=("approve", "approve_with_conditions", "reject",
                              "no_recommendation"),
                     help="your recommendation (default: from the latest decision)")
    esc.add_argument("--text", default=None, help="why you recommend it (one or two sentences)")
    esc.add_argument("--condition", metavar="TEXT", action="append", default=[],
                     help="a condition you propose with approve_with_conditions (repeat for "
                          "more; default: those of the latest decision)")
    esc.add_argument("--mitigation", metavar="ID", action="append", default=[],
                     help="a safeguard of the criteria pack you propose, by its id (repeat "
                          "for more; default: those of the latest decision)")
    esc.add_argument("--attach", metavar="FILE", action="append", default=[],
                     help="a file to attach (repeat for more)")
    esc.add_argument("--queue", action="store_true",
                     help="also put the packet in the outbox (sent by 'outbox send')")
    _add_passphrase_stdin(esc)

    _add_outbox_commands(sub)

    decision = sub.add_parser("decision", help="distributor decisions")
    decision_sub = decision.add_subparsers(dest="decision_command", metavar="ACTION",
                                           required=True)
    d_import = decision_sub.add_parser("import", help="record a distributor's answer from a "
                                                      "decision JSON file")
    d_import.add_argument("file", metavar="FILE")
    d_import.add_argument("--packet", metavar="ID", help="refuse the file unless it answers "
                                                         "this packet")

    evidence = sub.add_parser("evidence", help="write the evidence bundle (zip with a PDF "
                                               "summary) for a partner audit")
    evidence.add_argument("--from", dest="date_from", metavar="DATE", required=True,
                          help="first day, YYYY-MM-DD")
    evidence.add_argument("--to", dest="date_to", metavar="DATE", required=True,
                          help="last day, YYYY-MM-DD")
    evidence.add_argument("out", metavar="OUT", help="the zip file, or a folder to write into")
    _add_passphrase_stdin(evidence)


def _add_passphrase_stdin(command: Any) -> None:
    command.add_argument("--passphrase-stdin", action="store_true", dest="key_passphrase_stdin",
                         help="where the signing key is in a file encrypted with the "
                              "administrator's passphrase (no keyring): read that passphrase "
                              "from the first line of standard input (else asked on the "
                              "terminal)")


def _add_outbox_commands(sub: Any) -> None:
    outbox = sub.add_parser("outbox", help="list the e-mail outbox with states; "
                                           "'outbox send' sends what is queued")
    actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION")
    actions.add_parser("list", help="every message with its state (the default)")
    send = actions.add_parser(
        "send", help="send everything queued now; exit 1 while anything is still queued, "
                     "being sent or failed",
        description="The password of the mail server's login: from --password-file, else "
                    "the environment variable CHANNEL_DILIGENCE_SMTP_PASSWORD, else the "
                    "keyring's (stored in Settings), else asked on a terminal.")
    send.add_argument("--password-file", metavar="FILE",
                      help="read the mail server's password from the first line of FILE "
                           "(for scheduled sending without a keyring; on Linux and macOS the "
                           "file must be readable by you only: chmod 600 FILE)")
    retry = actions.add_parser("retry", help="put a failed message back in the queue (the "
                                             "next 'outbox send' sends it)")
    retry.add_argument("id", metavar="ID", nargs="?", help="the message's number (as listed)")
    retry.add_argument("--all-failed", action="store_true", help="every failed message")
    cancel = actions.add_parser("cancel", help="never send a queued or failed message (it "
                                               "stays listed as cancelled)")
    cancel.add_argument("id", metavar="ID", help="the message's number (as listed)")


# -- people: who uses the app, with roles and passphrases ------------------------------------------
def _add_people_commands(sub: Any) -> None:
    """The people who use the app: first-run setup, the list, an administrator's changes.
    Passphrases are asked on the terminal (never echoed) or read from a file, never from the
    command line (where other users of the computer and the shell's history could see them)."""
    people = sub.add_parser("people", help="the people who use the app, their roles and "
                                           "passphrases")
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="everyone, with role and whether active")
    setup = actions.add_parser("setup", help="first run: the administrator and the senior "
                                             "approver (without --approver the administrator "
                                             "is both)")
    setup.add_argument("name", metavar="NAME", help="the administrator's name")
    setup.add_argument("--email", required=True, metavar="E",
                       help="the administrator's e-mail address")
    setup.add_argument("--approver", metavar="NAME", help="the senior approver's name")
    setup.add_argument("--approver-email", metavar="E")
    setup.add_argument("--approver-passphrase-file", metavar="FILE",
                       help="the approver's first passphrase, from the first line of FILE")
    add = actions.add_parser("add", help="add a person (an administrator's task)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--email", required=True, metavar="E")
    add.add_argument("--role", required=True, metavar="ROLE",
                     help="staff, approver or administrator")
    deactivate = actions.add_parser("deactivate", help="a person may no longer sign in or act "
                                                       "(their past actions keep their name)")
    deactivate.add_argument("email", metavar="E", help="the person's e-mail address")
    role = actions.add_parser("role", help="give a person another role")
    role.add_argument("email", metavar="E", help="the person's e-mail address")
    role.add_argument("role", metavar="ROLE", help="staff, approver or administrator")
    reset = actions.add_parser("reset-passphrase", help="give another person a new passphrase "
                                                        "(they forgot theirs); lifts a lock")
    reset.add_argument("email", metavar="E", help="the person's e-mail address")
    own = actions.add_parser("passphrase", help="change your own passphrase (asked: the "
                                                "current one, then the new one twice)")
    own.add_argument("email", metavar="E", help="your e-mail address")
    for action in (add, deactivate, role, reset):
        action.add_argument("--as", dest="acting", metavar="ADMIN_EMAIL",
                            help="the administrator doing it (asked for their passphrase; "
                                 "default: the person signed in with --person)")
    for action in (setup, add, deactivate, role, reset, own):
        action.add_argument("--passphrase-file", metavar="FILE",
                            help="your passphrase (setup: the administrator's first one) from "
                                 "the first line of FILE, readable by you only (chmod 600); "
                                 "otherwise asked on the terminal")
    for action in (add, reset, own):
        action.add_argument("--new-passphrase-file", metavar="FILE",
                            help="the person's new passphrase, from the first line of FILE")


# -- screen: no database ---------------------------------------------------------------------------
def cmd_screen(args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.domain.orders import OrderInputError, parse_order_json
    from reseller_app.domain.packs import PackError, load_pack
    from reseller_app.domain.screening import Screener

    try:
        raw_order = _read_bytes(args.order, "order")
        if args.pack:
            raw_pack = _read_bytes(args.pack, "pack")
        else:  # read here, not via services.packs: that would import the database layer
            # late: only this command needs it; the window starts without it
            import importlib.resources

            raw_pack = (importlib.resources.files("reseller_app.resources") / "packs" /
                        "default-pack.json").read_bytes()
        try:
            pack = load_pack(raw_pack)
        except PackError as exc:
            raise BadInput(f"pack: {exc}") from None
        try:
            order = parse_order_json(raw_order)
        except OrderInputError as exc:
            where = exc.field or ("standard input" if args.order == "-" else
                                  Path(args.order).name)
            raise BadInput(f"{where}: {exc.message}") from None
    except BadInput as exc:
        return _fail(str(exc))
    parties = None
    database = _existing_database(args)
    if database is not None:  # its sanctions lists check the order's parties
        try:
            parties = cli_lists.screen_parties(args, order, pack)
        except Exception as exc:  # say it in one line: never screen silently without lists
            return _fail(f"cannot read the sanctions lists of the database {database}: {exc}",
                         EXIT_FAILED)
    result = Screener(pack).screen(order, parties)
    json.dump(result.as_dict(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return EXIT_OK


def _existing_database(args: argparse.Namespace) -> str | None:
    """The database ``screen`` reads the sanctions lists from: the one the commands use, when it
    exists (an SQLite file that is there, or a server named with --db or the environment);
    None otherwise: ``screen`` needs no database and never creates one."""
    url = resolve_db_url(args.db, demo=args.demo)
    path = sqlite_file(url)
    if path is None:
        return url if "://" in url and not url.startswith("sqlite") else None
    return str(path) if path.is_file() else None


def run_gui(args: argparse.Namespace) -> int:
    """The desktop app: its window shows at once; the database opens behind it."""
    try:
        # late: the commands work where PySide6 is not installed
        from reseller_app.ui.app import run
    except ModuleNotFoundError as exc:
        if exc.name and (exc.name.startswith("reseller_app.ui") or exc.name.startswith("PySide6")):
            return _fail(f"the desktop app is not available ({exc}); the commands work: "
                         "reseller-app --help", EXIT_FAILED)
        raise
    # The database's identity without importing the ORM: one window per database.
    url = resolve_db_url(args.db, demo=args.demo)
    return int(run(lambda: _open(args), first_run_demo=args.demo, db_url=url,
                   minimized=bool(getattr(args, "minimized", False))) or 0)


def cmd_self_test(args: argparse.Namespace) -> int:
    """Open a temporary database, load the pack, screen a sample order, build a PDF, back up,
    draw the window offscreen and, where there is a display, open Qt on it; one line per check,
    exit 1 naming the first failed check."""

    # late: only this command needs it; the window starts without it
    from reseller_app.services.self_test import SelfTest, run_checks

    def ui_check() -> str:
        # late: the commands work where PySide6 is not installed
        from reseller_app.ui.self_test import window_check

        return window_check()

    def translations() -> str:
        # late: the commands work where PySide6 is not installed
        from reseller_app.ui.self_test import translations_check

        return translations_check()

    def display() -> str:
        # late: the commands work where PySide6 is not installed
        from reseller_app.ui.self_test import display_check

        return display_check()

    with tempfile.TemporaryDirectory(prefix="channel-diligence-self-test-") as folder:
        test = SelfTest(Path(folder))
        try:
            failed = run_checks([*test.checks(), ("desktop", ui_check),
                                 ("translations", translations), ("display", display)],
                                lambda line: print(line, flush=True))
        finally:
            test.close()
    if failed is not None:
        return _fail(f"self-test failed at: {failed}", EXIT_FAILED)
    print("Self-test passed.")
    return EXIT_OK


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """The arguments. Starting the desktop app (only --db / --demo / --minimized) skips building
    every command's parser: start-up is measured against a bare window."""
    args = sys.argv[1:] if argv is None else argv
    plain = {"--demo", "--minimized", "--tray"}
    i, gui_only = 0, True
    while i < len(args):
        if args[i] == "--db" and i + 1 < len(args):
            i += 2
        elif args[i] in plain or args[i].startswith("--db="):
            i += 1
        else:
            gui_only = False
            break
    if gui_only:
        parser = argparse.ArgumentParser(prog="reseller-app", add_help=False)
        parser.add_argument("--db")
        parser.add_argument("--demo", action="store_true")
        parser.add_argument("--minimized", "--tray", action="store_true", dest="minimized")
        return parser.parse_args(args, argparse.Namespace(command=None, self_test=False))
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """The command line; ``reseller-app screen x.json | head`` ends quietly, no traceback."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        return code
    except BrokenPipeError:
        # The reader (head, less) stopped reading: nothing is wrong.
        _stdout_to_devnull()
        return EXIT_FAILED


def _main(argv: list[str] | None) -> int:
    args = _parse(argv)
    if args.self_test:
        return cmd_self_test(args)
    if getattr(args, "probe_display", False):
        # late: the commands work where PySide6 is not installed
        from reseller_app.ui.self_test import probe_display

        return probe_display()
    if args.command == "screen":
        return cmd_screen(args)
    if args.command is None:
        return run_gui(args)

    # late: the window starts without the services (SQLAlchemy, ReportLab, cryptography)
    from reseller_app import cli_commands

    return cli_commands.run(args)


if __name__ == "__main__":
    sys.exit(main())
