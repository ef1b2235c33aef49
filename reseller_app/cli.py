"""``reseller-app``: the desktop app, or the same services from a terminal.

Start-up speed matters (the app's start is measured against a bare Qt window), so this module
imports only the standard library and the small service modules without third-party imports
(errors, input files, passwords, locations) at the top; each command imports what it needs, and
no command but the GUI imports PySide6. ``screen`` needs no database and never opens one.

Exit codes: 0 success; 1 the check failed or some input rows were refused (``verify-audit``,
``import-orders``), or the database could not be opened; 2 bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reseller_app import __version__
from reseller_app.domain.vocabulary import MessageState
from reseller_app.services.errors import (
    NotFound,
    ServiceError,
    StorageError,
    ValidationError,
    storage_error,
)
from reseller_app.services.input_files import InputKind, read_input, read_stream
from reseller_app.services.locations import resolve_db_url
from reseller_app.services.passwords import ENV_PASSWORD, env_password, read_password_file

if TYPE_CHECKING:
    from reseller_app.domain.mapping_presets import MappingPreset
    from reseller_app.services.context import AppContext

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Input the user must fix: printed as one line, exit code 2."""


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _printable(text: str) -> str:
    """``text`` with control and direction characters shown escaped (``SO-1\\nX``): a value
    from the database must not break a line or turn the terminal's text around."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


def _local_time(at: Any) -> str:
    """A moment in the computer's time zone, with its offset (``2026-11-05 10:00 +01:00``)."""
    local = at.astimezone()
    offset = local.strftime("%z") or "+0000"
    return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:5]}"


def _stdout_to_devnull() -> None:
    """After a broken pipe: point stdout at devnull, so that the interpreter's own flush at
    exit does not complain again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _plural(n: int, one: str, many: str) -> str:
    """``1 order``, ``2 orders``, ``0 orders``."""
    return f"{n} {one if n == 1 else many}"


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"reseller-app: {_one_line(message)}", file=sys.stderr)
    return code


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
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works (on a temporary database, "
                             "never yours): one line per check, exit 0 when all pass")
    # Run by --self-test in a child process: Qt on the real display (see ui.self_test).
    parser.add_argument("--probe-display", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    screen = sub.add_parser("screen", help="screen an order JSON file and print the result "
                                           "(needs no database)")
    screen.add_argument("order", metavar="ORDER.json", help="order file ('-' for stdin)")
    screen.add_argument("--pack", metavar="PACK", help="criteria pack file (default: the "
                                                       "bundled pack)")

    sub.add_parser("verify-audit", help="check the audit log's hash chain")

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
    return parser


def _add_key_commands(sub: Any) -> None:
    """The company's signing key, and checking a signed packet (needs no database)."""
    keys = sub.add_parser("keys", help="the company's signing key (packets are signed with it)")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_sub.add_parser("show", help="the key's fingerprint, to compare over the phone (the "
                                     "key is made when there is none)")
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


# -- screen: no database ---------------------------------------------------------------------------
def _read_bytes(path: str, kind: str) -> bytes:
    """A file the user named (``-``: standard input), refused in words when it cannot be read
    or is larger than any file of its kind (``services.input_files``: no database needed)."""
    try:
        if path == "-":
            return read_stream(sys.stdin.buffer, InputKind(kind), "standard input")
        return read_input(path, InputKind(kind))
    except ValidationError as exc:
        raise BadInput(exc.message) from None


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
    result = Screener(pack).screen(order)
    json.dump(result.as_dict(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return EXIT_OK


# -- commands on the database ----------------------------------------------------------------------
def _open(args: argparse.Namespace) -> AppContext:
    # late: SQLAlchemy loads only when a command opens the database
    from reseller_app.services.startup import open_app

    ctx = open_app(args.db, demo=args.demo)
    if args.demo:  # a demo just works: sample company, customers, products and orders
        # late: only this command needs it; the window starts without it
        from reseller_app.services.setup import SetupService

        if not SetupService(ctx).is_configured():
            # late: only this command needs it; the window starts without it
            from reseller_app.services.demo import load_demo_data

            load_demo_data(ctx)
    return ctx


def cmd_verify_audit(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.audit import AuditService

    result = AuditService(ctx).verify()
    if result.ok:
        print(f"Audit log OK: {result.checked} events, hash chain intact.")
        return EXIT_OK
    if result.first_bad_seq is None:  # the chain holds, but events are missing from it
        print(f"Audit log TAMPERED: {result.reason}.")
    else:
        print(f"Audit log TAMPERED: event {result.first_bad_seq} is the first bad one "
              f"({result.reason}); {result.checked} events before it are intact.")
    return EXIT_FAILED


def _field_keys() -> str:
    # late: only this command needs it; the window starts without it
    from reseller_app.domain.order_rows import FIELD_KEYS

    return ", ".join(FIELD_KEYS)


def _named_preset(path: str) -> MappingPreset | None:
    """The shipped preset a --mapping value names (a file of that name comes first)."""
    # late: only this command needs it; the window starts without it
    from reseller_app.services.imports import mapping_presets

    presets = {p.id: p for p in mapping_presets()}
    return presets.get(path) if not Path(path).exists() else None


def _load_mapping(path: str, headers: list[str]) -> dict[str, str]:
    """A mapping file ({"reference": "Order No", ...}, or a preset's {"mapping": {...}}), or
    the name of a shipped preset."""
    # late: only this command needs it; the window starts without it
    from reseller_app.domain.inputs import InputError, read_json

    preset = _named_preset(path)
    if preset is not None:
        return preset.mapping_for(headers)
    try:
        data: Any = read_json(_read_bytes(path, "mapping"))
    except InputError as exc:
        raise BadInput(f"mapping: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("mapping"), dict):
        data = data["mapping"]  # a preset's file, copied and edited
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                             for k, v in data.items()):
        raise BadInput('mapping: must be a JSON object such as {"reference": "Order No"}; '
                       f"field keys: {_field_keys()}")
    return data


_MODEL_WORDS = {"self_service": "self-service", "assisted": "sales-assisted"}


def cmd_import_orders(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.imports import DateOrderNeeded, ImportService

    service = ImportService(ctx)
    headers = service.read_headers(args.file)
    name = Path(args.file).name
    if args.mapping:
        preset = _named_preset(args.mapping)
        mapping = _load_mapping(args.mapping, headers)
    else:
        preset = service.preset_for(headers)
        mapping = service.suggest_mapping(headers)
        if not mapping.get("reference"):
            raise BadInput(f"{name}: no column was recognised as the order reference; give "
                           "--mapping FILE.json (a JSON object from field keys to column "
                           'names, such as {"reference": "Order No"}) or --mapping shopify, '
                           f"woocommerce or generic; field keys: {_field_keys()}")
    # A shop's export is the webshop's orders: self-service unless the user says otherwise.
    shop_model = (preset.sales_model if preset is not None and preset.detect
                  and not args.sales_model else None)
    try:
        report = service.import_csv(args.file, mapping, date_order=args.date_order,
                                    customer_type=args.customer_type,
                                    sales_model=args.sales_model or shop_model)
    except DateOrderNeeded as exc:
        raise BadInput(f"the dates in {name} can be read two ways ({exc.example} is day first "
                       "or month first) and none tells which: give --date-order dmy (day "
                       "first) or --date-order mdy (month first)") from None
    except ValidationError as exc:
        if exc.field == "customer_type":
            raise BadInput(f"--customer-type: {exc.message}") from None
        if exc.field == "sales_model":
            raise BadInput(f"--sales-model: {exc.message}") from None
        if exc.field == "date_order":  # the file's dates mix both orders, or contradict the option
            raise BadInput(f"--date-order: {exc.message}" if args.date_order else exc.message
                           ) from None
        if exc.field == "mapping" and args.mapping:
            raise BadInput(f"mapping: {exc.message} Field keys: {_field_keys()}") from None
        raise
    if report.imported == 0 and report.errors:
        print(f"Nothing was imported from {Path(args.file).name}: none of its orders could be "
              f"taken (see the rows below).")
    else:
        print(f"Imported {_plural(report.imported, 'order', 'orders')} from "
              f"{Path(args.file).name}: {report.held} on hold, {report.blocked} blocked.")
        if shop_model is not None and preset is not None:  # said once: the user did not choose
            print(f"Orders without a sales model were taken as {_MODEL_WORDS[shop_model]} "
                  f"({preset.name} export); give --sales-model assisted if a salesperson "
                  "took them.")
    for err in report.errors:  # the real errors first: they need the user
        print(f"  row {err.row}: {err.reason}")
    if report.errors:
        n = len(report.errors)
        print(f"{_plural(n, 'row was', 'rows were')} not imported.")
    if report.already_imported:  # one line, not one per row of a file imported again
        n = report.already_imported
        print(f"{n:,} {'row was' if n == 1 else 'rows were'} already imported.")
    return EXIT_FAILED if report.errors else EXIT_OK


def cmd_rescreen(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.rescreening import RescreenService

    if not args.references and not args.all_open:
        raise BadInput("name the orders to screen again (their references), or use --all-open")
    service = RescreenService(ctx)
    try:
        ids = service.ids_for_references(args.references) if args.references else []
    except ValidationError as exc:
        raise BadInput(exc.message) from None
    if args.all_open:
        ids = list(dict.fromkeys([*ids, *service.open_order_ids()]))
    report = service.rescreen(ids)
    for item in report.renewed:
        line = f"{item.reference}: {item.previous_tier} -> {item.tier}"
        if item.previous_hold != item.hold:
            line += ", on hold" if item.hold else ", no longer on hold"
        notes = []
        if item.flags_added:
            notes.append("flags added: " + ", ".join(item.flags_added))
        if item.flags_removed:
            notes.append("flags removed: " + ", ".join(item.flags_removed))
        if item.filled_categories:
            notes.append("categories from the catalog: " + ", ".join(
                f"{sku} {category}" for sku, category in sorted(item.filled_categories.items())))
        if notes:
            line += f" ({'; '.join(notes)})"
        if item.decision_reset:
            line += "; the earlier decision no longer applies"
        print(line)
    changed = len(report.changed)
    print(f"Screened {report.screened:,} {'order' if report.screened == 1 else 'orders'} "
          f"again: {changed:,} changed, {len(report.renewed) - changed:,} with a new screening "
          f"and the same outcome, {report.screened - len(report.renewed):,} unchanged.")
    return EXIT_OK


def cmd_packs(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.domain.packs import PackError
    from reseller_app.services.packs import PackService

    service = PackService(ctx)
    if args.packs_command == "list":
        for p in service.list_packs():
            mark = "*" if p.active else " "
            print(f"{mark} {p.pack_id} {p.version}  sha256 {p.sha256[:16]}  {p.issuer}  "
                  f"imported {p.imported_at:%Y-%m-%d %H:%M} UTC")
        return EXIT_OK
    raw = _read_bytes(args.file, "pack")
    try:
        # What it changes, measured before the import makes it the pack in use.
        preview = service.preview_import(raw)
        info = service.import_pack(raw, activate=not args.keep_active)
    except PackError as exc:
        raise BadInput(f"pack: {exc}") from None
    state = "active" if info.active else "stored, not active"
    print(f"Imported pack {info.pack_id} {info.version} (sha256 {info.sha256}), {state}.")
    for note in preview.notes:  # already installed, older than the pack in use...
        print(note)
    _print_pack_changes(preview.changes)
    return EXIT_OK


# The parts of a criteria pack, as the pack import dialog names them.
PACK_SECTIONS = {
    "vocabulary.product_categories": "Product categories",
    "vocabulary.customer_types": "Customer types",
    "vocabulary.government_functions": "Government functions",
    "vocabulary.sectors": "Sectors",
    "vocabulary.use_cases": "Use cases",
    "red_flags": "Warning phrases",
    "checklist": "Checklist questions",
    "mitigations": "Safeguards",
    "rules": "Rules",
    "geography": "Country tiers",
    "missing_information": "Missing information",
    "holds": "When orders are held",
    "negation": "Negation words",
}


def _print_pack_changes(changes: list[Any]) -> None:
    """What the imported pack changes compared with the pack that was in use, one a line."""
    if not changes:
        print("It changes nothing compared with the pack that was in use.")
        return
    print(f"{_plural(len(changes), 'change', 'changes')} compared with the pack that was in "
          "use:")
    for c in changes:
        detail = f" ({c.detail})" if c.detail else ""
        print(f"  {PACK_SECTIONS.get(c.section, c.section)}: {c.item} {c.change}{detail}")


def cmd_policy(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.policy import PolicyService

    service = PolicyService(ctx)
    try:
        version, _ = service.rendered(draft=args.draft)
        out = service.export(args.format, args.out, version_id=version.id,
                             page_size=args.page_size)
    except NotFound as exc:
        raise BadInput(str(exc)) from None
    if version.status == "draft":
        what = f"the draft policy (version {version.number}, marked DRAFT)"
    else:
        approved = f", approved {version.approval.approved_on}" if version.approval else ""
        what = f"the adopted policy (version {version.number}{approved})"
    print(f"Wrote {what} to {out}.")
    return EXIT_OK


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
        action.add_argument("--as", dest="acting", required=True, metavar="ADMIN_EMAIL",
                            help="the administrator doing it (asked for their passphrase)")
    for action in (setup, add, deactivate, role, reset, own):
        action.add_argument("--passphrase-file", metavar="FILE",
                            help="your passphrase (setup: the administrator's first one) from "
                                 "the first line of FILE, readable by you only (chmod 600); "
                                 "otherwise asked on the terminal")
    for action in (add, reset, own):
        action.add_argument("--new-passphrase-file", metavar="FILE",
                            help="the person's new passphrase, from the first line of FILE")


def _passphrase(path: str | None, whose: str, option: str, *, new: bool = False) -> str:
    """A passphrase from the file the user named, else asked twice (a new one) or once on
    the terminal; without a terminal, say which option gives it."""
    if path:
        try:
            return read_password_file(path)
        except ValidationError as exc:
            raise BadInput(f"{option}: {exc.message}") from None
    if not sys.stdin.isatty():
        raise BadInput(f"the passphrase of {whose} is needed: give it with {option} FILE "
                       "(there is no terminal to ask on)")
    first = getpass.getpass(f"{'New passphrase' if new else 'Passphrase'} of {whose}: ")
    if new and getpass.getpass("The same again: ") != first:
        raise BadInput("the two passphrases differ; nothing was changed")
    return first


def cmd_people(ctx: AppContext, args: argparse.Namespace) -> int:
    try:
        return _people(ctx, args)
    except ValidationError as exc:
        raise BadInput(exc.message) from None
    except StorageError:
        raise
    except ServiceError as exc:  # refused: wrong passphrase, locked, role needed, not found
        raise BadInput(str(exc)) from None


def _people(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.people import NewPerson, PeopleService

    service = PeopleService(ctx)
    command = args.people_command
    if command == "list":
        if not service.is_set_up():
            print("Nobody yet: 'reseller-app people setup NAME --email E' adds the "
                  "administrator.")
        for p in service.list():
            state = "active" if p.active else "inactive"
            if p.locked_until is not None and p.locked_until > ctx.clock():
                state += f", locked until {_local_time(p.locked_until)}"
            print(f"{p.id:>3}  {_printable(p.name)} <{p.email}>  {p.role}  ({state})")
        return EXIT_OK
    if command == "setup":
        if bool(args.approver) != bool(args.approver_email):
            raise BadInput("give the senior approver's name (--approver) and e-mail address "
                           "(--approver-email) together, or neither")
        admin = NewPerson(args.name, args.email, _passphrase(
            args.passphrase_file, args.name, "--passphrase-file", new=True))
        approver = None
        if args.approver:
            approver = NewPerson(args.approver, args.approver_email, _passphrase(
                args.approver_passphrase_file, args.approver, "--approver-passphrase-file",
                new=True))
        for p in service.first_setup(admin, approver):
            print(f"Added {_printable(p.name)} <{p.email}> as {p.role}.")
        return EXIT_OK
    if command == "passphrase":
        current = _passphrase(args.passphrase_file, args.email, "--passphrase-file")
        person = service.set_own_passphrase(args.email, current, _passphrase(
            args.new_passphrase_file, args.email, "--new-passphrase-file", new=True))
        print(f"{_printable(person.name)} <{person.email}> has a new passphrase.")
        return EXIT_OK
    acting = service.authenticate(args.acting, _passphrase(
        args.passphrase_file, args.acting, "--passphrase-file"))
    if command == "add":
        new = NewPerson(args.name, args.email, _passphrase(
            args.new_passphrase_file, args.name, "--new-passphrase-file", new=True), args.role)
        person = service.add(acting, new)
        print(f"Added {_printable(person.name)} <{person.email}> as {person.role}.")
    elif command == "deactivate":
        person = service.deactivate(acting, args.email)
        print(f"{_printable(person.name)} <{person.email}> is no longer active.")
    elif command == "role":
        person = service.change_role(acting, args.email, args.role)
        print(f"{_printable(person.name)} <{person.email}> is now {person.role}.")
    else:
        target = service.get(args.email)  # named before the new passphrase is asked for
        person = service.reset_passphrase(acting, target.id, _passphrase(
            args.new_passphrase_file, target.email, "--new-passphrase-file", new=True))
        print(f"{_printable(person.name)} <{person.email}> has a new passphrase.")
    return EXIT_OK


def cmd_escalate(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.escalation import EscalationService
    from reseller_app.services.orders import OrderService

    order = OrderService(ctx).get_by_reference(args.reference)
    if order is None:
        raise BadInput(f"there is no order {_printable(args.reference)}")
    if args.out is None and args.eml is None:
        raise BadInput("say where to write the packet: --out DIR (a folder and a zip), "
                       "--eml FILE (an e-mail file for your mail program), or both")
    eml = _eml_target(args.eml)
    out = Path(args.out) if args.out is not None else None
    if out is not None and not out.is_dir() and (not out.parent.is_dir() or out.exists()):
        raise BadInput(f"the folder {out} does not exist")
    service = EscalationService(ctx)
    draft = service.draft(order.id)
    if not draft.can_escalate:
        raise BadInput(draft.reason)
    offered = [m for m, _ in draft.available_mitigations]
    unknown = [m for m in args.mitigation if m.strip() not in offered]
    if unknown:
        raise BadInput(f"--mitigation: the criteria pack has no safeguard '{unknown[0]}'; it "
                       f"offers: {', '.join(offered) or 'none'}")
    recommendation = args.recommend or draft.recommendation
    text = args.text or draft.recommendation_text or "We ask for your assessment of this order."
    conditions = "\n".join(c.strip() for c in args.condition if c.strip()) \
        if args.condition else draft.conditions
    mitigations = args.mitigation or draft.mitigations
    made = out is not None and not out.is_dir()
    folder = zipped = eml_file = None
    try:
        if made and out is not None:
            out.mkdir()  # like most tools' --out: a new folder in an existing one is made
        packet = service.build(order.id, recommendation=recommendation,
                               recommendation_text=text, mitigations=mitigations,
                               conditions=conditions,
                               attachments=[Path(a) for a in args.attach],
                               distributor_id=draft.distributor_id)
        if out is not None:
            folder = service.save_folder(packet.id, out)
            zipped = service.save_zip(packet.id, out)
        if eml is not None:
            eml_file = _save_eml(service, packet.id, eml)
    except BaseException:
        if made and out is not None and out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # a refused command leaves nothing behind
        raise
    queued = ""
    if args.queue:  # before anything is printed: a closed stdout must not stop it
        # late: only this command needs it; the window starts without it
        from reseller_app.services.outbox import OutboxService

        OutboxService(ctx).queue(packet.id)
        queued = " and queued in the outbox"
    try:
        print(f"Packet {packet.id} for order {_printable(packet.order_reference)} to "
              f"{packet.recipient_email}:")
        if folder is not None:
            print(f"  folder {folder}")
            print(f"  zip    {zipped}")
        if eml_file is not None:
            print(f"  e-mail {eml_file} (open it in your mail program and send it from there)")
        print(f"  manifest SHA-256 {packet.manifest_sha256}")
        if args.queue:
            print("  queued in the outbox: 'reseller-app outbox send' sends it")
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_to_devnull()
        return _fail(f"packet {packet.id} was built, saved{queued}, but its details could "
                     "not be printed: the output was closed (broken pipe)", EXIT_FAILED)
    return EXIT_OK


def _eml_target(path: str | None) -> Path | None:
    """Where ``escalate --eml`` writes, checked before the packet is built, so that a refused
    command builds nothing. A folder gets the suggested name (escalation-REF-ID.eml) in it."""
    if path is None:
        return None
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    if not folder.is_dir():
        raise BadInput(f"--eml: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise BadInput(f"--eml: the folder {folder} cannot be written to (no permission)")
    return target


def _save_eml(service: Any, packet_id: str, target: Path) -> Path:
    """The packet's e-mail as an .eml (``EscalationService.save_eml``: the outbox's message,
    written atomically); a failure names the flag and the packet that was built."""
    try:
        return service.save_eml(packet_id, target)
    except ValidationError as exc:
        raise BadInput(f"--eml: packet {packet_id} was built but not saved as an e-mail: "
                       f"{exc.message}") from None


def _password_prompt(message: str) -> str | None:
    """Ask for the SMTP password on a terminal (never echoed, never stored)."""
    if not sys.stdin.isatty():
        return None
    # late: only this command needs it; the window starts without it
    print(message, file=sys.stderr)
    return getpass.getpass("SMTP password: ") or None


# Where a provider's SMTP server is when nothing is set up yet (the provider table may know more).
_OAUTH_SMTP = {"microsoft": ("smtp.office365.com", 587), "google": ("smtp.gmail.com", 587)}


def cmd_mail_any(ctx: AppContext, args: argparse.Namespace) -> int:
    """``mail setup`` / ``mail test`` (set up by address), ``mail signin`` / ``mail oauth``."""
    if args.mail_command in ("signin", "oauth"):
        return cmd_mail_oauth(ctx, args)
    return cmd_mail(ctx, args)


def cmd_mail_oauth(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.dto import SmtpSettings
    from reseller_app.services.oauth import OAuthService
    from reseller_app.services.settings import SettingsService

    service = OAuthService(ctx)
    if args.mail_command == "oauth":
        if args.provider == "password":
            service.save(method="password")
            print("E-mail is sent with the password again.")
            return EXIT_OK
        service.save(method="oauth2", provider=args.provider, client_id=args.client_id,
                     client_secret=args.client_secret, tenant=args.tenant)
        service.client(args.provider)  # says in words when the client id is still missing
        print(f"E-mail is sent with the {args.provider.title()} sign-in: "
              f"'reseller-app mail signin {args.provider} ADDRESS' signs in.")
        return EXIT_OK
    service.client(args.provider)  # no client id: say so before the browser opens
    print(service.sign_in(args.provider, args.address, device_code=args.device_code))
    service.save(method="oauth2", provider=args.provider)
    settings = SettingsService(ctx)
    current = settings.smtp_settings()
    if current is None:
        host, port = _OAUTH_SMTP[args.provider]
        settings.save_smtp(SmtpSettings(host, port, "starttls", args.address, args.address))
        print(f"Mail server set to {host}:{port} (STARTTLS) for {args.address}.")
    elif current.user.strip().lower() != args.address.strip().lower():
        print(f"Note: the mail server's login is {current.user}, not {args.address}: "
              "change it in Settings > E-mail so that the sign-in is used.")
    return EXIT_OK


def cmd_outbox(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.outbox import OutboxService

    service = OutboxService(ctx)
    if args.outbox_command == "send":
        return _outbox_send(service, args)
    if args.outbox_command in ("retry", "cancel"):
        return _outbox_change(service, args)
    items = service.items()
    for item in items:
        _print_item(item)
    if not items:
        print("The outbox is empty.")
    return EXIT_OK


# Where the CLI's user typed what a service names by its field.
_MAIL_FLAGS = {"host": "--server", "port": "--port", "security": "--security",
               "user": "--login", "from_address": "ADDRESS", "to": "--to",
               "password": "password"}


def _stdin_password() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise BadInput("--password-stdin: standard input gave no password")
    return line


def cmd_mail(ctx: AppContext, args: argparse.Namespace) -> int:
    try:
        if args.mail_command == "setup":
            return _mail_setup(ctx, args)
        return _mail_test(ctx, args)
    except ValidationError as exc:
        flag = _MAIL_FLAGS.get(exc.field, exc.field)
        raise BadInput(f"{flag}: {exc.message}" if flag else exc.message) from None


def _mail_setup(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.dto import SmtpSettings
    from reseller_app.services.mail import DEFAULT_PORTS
    from reseller_app.services.mail_setup import describe, propose_for, provider_table
    from reseller_app.services.settings import SettingsService, validate_smtp

    if args.provider and provider_table().by_id(args.provider) is None:
        known = ", ".join(p.id for p in provider_table().providers)
        raise BadInput(f"--provider: '{args.provider}' is not one of {known}")
    proposal = propose_for(args.address, args.provider)
    security = (args.security or proposal.security).strip().lower()
    if args.port is not None:
        port: Any = args.port.strip()
    elif args.security:
        port = DEFAULT_PORTS.get(security, proposal.port)
    else:
        port = proposal.port
    login = proposal.login if args.login is None else args.login.strip()
    settings = SmtpSettings(args.server or proposal.host, port, security, login,
                            proposal.address)
    service = SettingsService(ctx)
    clean = validate_smtp(settings)  # refused before a password is asked for
    password = _stdin_password() if args.password_stdin else None
    if not args.server:
        print(describe(proposal))
    keyring = service.secrets.available()
    if clean.user and password is None and keyring and sys.stdin.isatty():
        # late: only this command needs it; the window starts without it
        password = getpass.getpass(f"Password for {clean.user} at {clean.host} (empty: keep "
                                   "the stored one): ") or None
    status = service.save_smtp(clean, password if keyring else None)
    saved = status.settings or clean
    print(f"Saved: {saved.host}:{saved.port} {saved.security.upper()}, "
          f"login {saved.user or '(none)'}, sending as {saved.from_address}.")
    if status.message:
        print(status.message)
    elif saved.user:
        print(f"The password is in the system's password store ({status.keyring_name}).")
    print("Check it with: reseller-app mail test")
    return EXIT_OK


def _mail_test(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.mail_setup import MailTestFailed
    from reseller_app.services.settings import PasswordNeeded, SettingsService

    service = SettingsService(ctx)
    # As 'outbox send' does: a headless machine tests with the password its scheduler uses.
    password = _stdin_password() if args.password_stdin else env_password()
    try:
        try:
            reply = service.send_test_email(args.to, password=password)
        except PasswordNeeded as exc:
            password = _password_prompt(str(exc))
            if password is None:
                return _fail(str(exc), EXIT_FAILED)
            reply = service.send_test_email(args.to, password=password)
    except MailTestFailed as exc:
        return _fail(f"the test message was not sent. {exc}", EXIT_FAILED)
    to = args.to or service.configured().from_address
    print(f"Sent a test message to {_printable(to.strip())}; the server answered: "
          f"{_printable(reply)}")


def _outbox_send(service: Any, args: argparse.Namespace) -> int:
    """Send what is queued; exit 1 while anything still waits (queued, being sent, failed),
    one line for each kind; a refused login or unreachable server: one line saying what to
    fix, every message still queued."""
    # late: only this command needs it; the window starts without it
    from reseller_app.services.settings import PasswordNeeded

    try:
        password = read_password_file(args.password_file) if args.password_file else None
    except ValidationError as exc:
        return _fail(exc.message)
    try:
        report = service.send_pending(only_due=False, password=password)
    except PasswordNeeded as exc:
        password = _password_prompt(str(exc))
        if password is None:
            return _fail(f"{exc} For a scheduled send: set {ENV_PASSWORD} or use "
                         "--password-file FILE.", EXIT_FAILED)
        report = service.send_pending(only_due=False, password=password)
    for item in report.items:
        _print_item(item)
    # Claimed by another run still sending, or left by one that stopped (its lease runs
    # out, then the next run sends it again): waiting all the same.
    sending = service.items([MessageState.SENDING])
    for item in sending:
        _print_item(item)
    counts = service.counts()
    print(f"Sent {report.sent}.")
    queued, sending_now, failed = (counts.get(state, 0) for state in (
        MessageState.QUEUED, MessageState.SENDING, MessageState.FAILED))
    if queued:
        print(f"Still queued {queued}: the next 'reseller-app outbox send' tries "
              "again.")
    if sending_now:
        print(f"Still being sent {sending_now} (by another run, or left by one that "
              "stopped: tried again after the time shown).")
    if failed:
        print(f"Failed {failed}: the server refused them (see 'reseller-app "
              "outbox'); 'outbox retry ID' or 'outbox retry --all-failed' puts them back, "
              "'outbox cancel ID' drops one.")
    if report.stopped:
        sys.stdout.flush()
        _fail(report.stopped, EXIT_FAILED)
    waiting = bool(queued or sending_now or failed)
    return EXIT_FAILED if waiting else EXIT_OK


def _outbox_change(service: Any, args: argparse.Namespace) -> int:
    """``outbox retry ID | --all-failed``, ``outbox cancel ID``: one line each."""
    retry = args.outbox_command == "retry"
    if retry and args.all_failed:
        if args.id is not None:
            return _fail("give a message's number or --all-failed, not both")
        done, refused = service.retry_failed()
        for item in done:
            print(f"Message {item.id} to {_printable(item.to)} is queued again.")
        for item, reason in refused:
            print(f"Message {item.id} to {_printable(item.to)} stays failed: "
                  f"{_one_line(reason)}")
        if done:
            print(f"Queued again {len(done)}: 'reseller-app outbox send' sends them.")
        elif not refused:
            print("No message has failed: nothing to retry.")
        return EXIT_FAILED if refused else EXIT_OK
    if args.id is None:
        return _fail("give the message's number (see 'reseller-app outbox') or --all-failed")
    text = args.id.strip().lstrip("#")
    if not text.isdigit():
        return _fail(f"'{_printable(args.id)}' is not a message number: see "
                     "'reseller-app outbox' for the numbers")
    try:
        item = service.retry(int(text)) if retry else service.cancel(int(text))
    except (NotFound, ValidationError) as exc:
        return _fail(getattr(exc, "message", str(exc)))
    if retry:
        print(f"Message {item.id} to {_printable(item.to)} is queued again: "
              "'reseller-app outbox send' sends it.")
    else:
        print(f"Message {item.id} to {_printable(item.to)} is cancelled: it is never sent.")
    return EXIT_OK


def _print_item(item: Any) -> None:
    if item.sent_at:
        when = f"sent {_local_time(item.sent_at)}"
    elif item.state == MessageState.QUEUED:
        when = f"next try {_local_time(item.next_attempt_at)}"
    elif item.state == MessageState.SENDING:
        when = f"being sent, tried again after {_local_time(item.next_attempt_at)}"
    elif item.state == MessageState.CANCELLED and item.cancelled_at:
        when = f"cancelled by {_printable(item.cancelled_by)} {_local_time(item.cancelled_at)}"
    else:
        when = ""
    what = _printable(item.order_reference or item.kind)
    line = (f"{item.id:>4}  {item.state:<8} {what:<14} {_printable(item.to)}  "
            f"attempts {item.attempts}")
    print(f"{line}  {when}".rstrip())
    if item.last_error and item.state not in (MessageState.SENT, MessageState.CANCELLED):
        print(f"      {_printable(_one_line(item.last_error))}")


def cmd_decision(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.answers import AnswerService

    answer = AnswerService(ctx).import_file(_read_bytes(args.file, "decision"),
                                            packet_id=args.packet)
    print(f"Recorded: order {answer.order_reference} "
          f"{answer.outcome.value.replace('_', ' ')} by {answer.person} "
          f"(reference {answer.reference}, {answer.answered_on}); order status "
          f"{answer.order_status}.")
    for f in answer.follow_ups:
        print(f"  follow-up due {f.due_on}: {f.text}")
    return EXIT_OK


def _date(text: str, flag: str) -> Any:
    # late: only this command needs it; the window starts without it
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{flag}: '{text}' is not a date (YYYY-MM-DD)") from None


def cmd_evidence(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.evidence import EvidenceService

    report = EvidenceService(ctx).bundle(_date(args.date_from, "--from"),
                                         _date(args.date_to, "--to"), Path(args.out))
    audit = "intact" if report.audit.ok else \
        f"TAMPERED at event {report.audit.first_bad_seq}"
    print(f"Wrote {report.path}: {report.screenings} screenings, {report.decisions} "
          f"decisions, {report.packets} packets, {report.answers} answers, "
          f"{report.policy_versions} policy versions; audit log {audit}.")
    if report.policy_note:
        print(f"  {report.policy_note}")
    return EXIT_OK


def cmd_keys(ctx: AppContext, args: argparse.Namespace) -> int:
    # late: only this command needs it; the window starts without it
    from reseller_app.services.company_key import CompanyKeyService

    service = CompanyKeyService(ctx)
    if args.keys_command == "export":
        path = service.export(Path(args.file))
        key = service.ensure()
        print(f"Wrote {path}: the public key of {service.owner()} "
              f"(fingerprint {key.fingerprint}).")
        return EXIT_OK
    key = service.ensure()
    print(f"Company signing key: fingerprint {key.fingerprint}")
    print("The private key is in this computer's keyring." if key.private_here else
          "The private key is not on this computer: packets built here are not signed.")
    return EXIT_OK


def cmd_verify_packet(args: argparse.Namespace) -> int:
    """A packet checked against a public-key file: exit 0 when signed by it and unchanged,
    else 2 with the reason in one line."""
    # late: only this command needs it (cryptography loads with it)
    from reseller_app.services.company_key import verify_packet

    try:
        verdict = verify_packet(Path(args.packet), Path(args.key))
    except ValidationError as exc:
        return _fail(exc.message)
    if not verdict.ok:
        return _fail(f"{Path(args.packet).name}: refused: {verdict.message}")
    print(f"{Path(args.packet).name}: {verdict.message}")
    return EXIT_OK


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
    return int(run(lambda: _open(args), first_run_demo=args.demo, db_url=url) or 0)


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
    """The arguments. Starting the desktop app (only --db / --demo) skips building every
    command's parser: start-up is measured against a bare window."""
    args = sys.argv[1:] if argv is None else argv
    plain = {"--demo"}
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
    if args.command == "verify-packet":
        return cmd_verify_packet(args)
    if args.command is None:
        return run_gui(args)

    # late: SQLAlchemy loads only when a command opens the database
    from reseller_app.services.context import DatabaseError, display_url

    try:
        ctx = _open(args)
    except (DatabaseError, ServiceError) as exc:
        return _fail(str(exc), EXIT_FAILED)
    except OSError as exc:  # e.g. the database's folder cannot be created
        return _fail(f"cannot open the database {ctx_url(args)}: {exc.strerror or exc}",
                     EXIT_FAILED)
    except Exception as exc:  # e.g. the PostgreSQL server is unreachable: say so, no traceback
        # late: SQLAlchemy loads only when a command opens the database
        from sqlalchemy.exc import SQLAlchemyError

        storage = storage_error(exc, display_url(ctx_url(args)))
        if storage is not None:
            return _fail(str(storage), EXIT_FAILED)
        if isinstance(exc, SQLAlchemyError):
            reason = getattr(exc, "orig", None) or exc  # the driver's words, not the SQL
            return _fail(f"cannot open the database {ctx_url(args)}: {reason}", EXIT_FAILED)
        raise
    try:
        handlers = {"verify-audit": cmd_verify_audit, "import-orders": cmd_import_orders,
                    "packs": cmd_packs, "policy": cmd_policy, "escalate": cmd_escalate,
                    "outbox": cmd_outbox, "decision": cmd_decision, "evidence": cmd_evidence,
                    "rescreen": cmd_rescreen, "mail": cmd_mail_any,
                    "people": cmd_people, "keys": cmd_keys}
        return handlers[args.command](ctx, args)
    except BadInput as exc:
        return _fail(str(exc))
    except ValidationError as exc:
        return _fail(exc.message if exc.field in ("", "file") else str(exc))
    except ServiceError as exc:  # StorageError too: the disk is full, the file read-only, ...
        return _fail(str(exc), EXIT_FAILED)
    except Exception as exc:  # a database failure outside a service's session: in words
        storage = storage_error(exc, display_url(ctx_url(args)))
        if storage is None:
            raise
        return _fail(str(storage), EXIT_FAILED)
    finally:
        ctx.engine.dispose()


def ctx_url(args: argparse.Namespace) -> str:
    return resolve_db_url(args.db, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
