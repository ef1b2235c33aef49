"""The commands of ``reseller-app`` that work on the database (and ``verify-packet``): one
``cmd_*`` handler each, with the lines they print.

``cli.py`` parses the command line and imports this module only when a command runs (never for
the desktop app, whose window starts before SQLAlchemy and the services load), so the services
are imported here at the top. Bad input -> exit 2 with one line in plain words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from reseller_app import (
    cli_approvals,
    cli_digest,
    cli_distributor,
    cli_lists,
    cli_reminders,
    cli_report,
)
from reseller_app.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    BadInput,
    _fail,
    _one_line,
    _open,
    _read_bytes,
    _stdout_to_devnull,
    ask_passphrase,
    open_signing_key,
    printable,
)
from reseller_app.cli_lists import print_rescreen
from reseller_app.domain.inputs import InputError, read_json
from reseller_app.domain.mapping_presets import MappingPreset
from reseller_app.domain.order_rows import FIELD_KEYS
from reseller_app.domain.packs import PackError
from reseller_app.domain.vocabulary import HeadOccasion, KeyStorage, MessageState
from reseller_app.services import key_session
from reseller_app.services.answers import AnswerService
from reseller_app.services.audit import AuditService
from reseller_app.services.chain_head import ChainHeadService
from reseller_app.services.company_key import CompanyKeyService, KeyUnavailable, verify_packet
from reseller_app.services.context import AppContext, DatabaseError, WorkingPerson, display_url
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.errors import (
    NotFound,
    ServiceError,
    StorageError,
    ValidationError,
    storage_error,
)
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.imports import DateOrderNeeded, ImportService, mapping_presets
from reseller_app.services.locations import resolve_db_url
from reseller_app.services.mail import DEFAULT_PORTS
from reseller_app.services.mail_setup import (
    MailTestFailed,
    describe,
    propose_for,
    provider_table,
)
from reseller_app.services.oauth import OAuthService
from reseller_app.services.orders import OrderService
from reseller_app.services.outbox import OutboxService
from reseller_app.services.packs import PackService, read_pack_file
from reseller_app.services.passwords import ENV_PASSWORD, env_password, read_password_file
from reseller_app.services.people import (
    NewPerson,
    NotAllowed,
    PeopleService,
    SignInError,
    StaffingRefused,
)
from reseller_app.services.policy import PolicyService
from reseller_app.services.rescreening import RescreenService
from reseller_app.services.settings import PasswordNeeded, SettingsService, validate_smtp

log = logging.getLogger(__name__)


def _local_time(at: Any) -> str:
    """A moment in the computer's time zone, with its offset (``2026-11-05 10:00 +01:00``)."""
    local = at.astimezone()
    offset = local.strftime("%z") or "+0000"
    return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:5]}"


def _plural(n: int, one: str, many: str) -> str:
    """``1 order``, ``2 orders``, ``0 orders``."""
    return f"{n} {one if n == 1 else many}"


def cmd_verify_audit(ctx: AppContext, args: argparse.Namespace) -> int:
    if getattr(args, "against", None):
        return _verify_against(ctx, Path(args.against))
    result = AuditService(ctx).verify()
    if result.ok:
        # One line, for scripts; the signed head's words say which key checked it.
        head = f" {result.head}" if result.head else ""
        print(f"Audit log OK: {result.checked} events, hash chain intact.{head}")
        return EXIT_OK
    if result.first_bad_seq is None:  # the chain holds, but events are missing from it
        print(f"Audit log TAMPERED: {result.reason}.")
    else:
        print(f"Audit log TAMPERED: event {result.first_bad_seq} is the first bad one "
              f"({result.reason}); {result.checked} events before it are intact.")
    return EXIT_FAILED


def _verify_against(ctx: AppContext, path: Path) -> int:
    """One line: the signed head in ``path`` against our chain (exit 0 holds, 1 tampered, 2 the
    file is not a signed head of ours)."""
    verdict = AuditService(ctx).against(path)
    if verdict.ok:
        print(f"{path.name}: {verdict.message}: the audit log still holds that event with "
              "the hash signed then.")
        return EXIT_OK
    print(f"Audit log TAMPERED: {verdict.message} (checked against {path.name}).")
    return EXIT_FAILED


def cmd_audit_head(ctx: AppContext, args: argparse.Namespace) -> int:
    path, head = ChainHeadService(ctx).export(Path(args.out))
    print(f"Wrote {path}: event {head.seq} signed on {head.when} with the key of "
          f"{head.signer} (fingerprint {head.key_fingerprint}).")
    return EXIT_OK


def _field_keys() -> str:
    return ", ".join(FIELD_KEYS)


def _named_preset(path: str) -> MappingPreset | None:
    """The shipped preset a --mapping value names (a file of that name comes first)."""
    presets = {p.id: p for p in mapping_presets()}
    return presets.get(path) if not Path(path).exists() else None


def _load_mapping(path: str, headers: list[str]) -> dict[str, str]:
    """A mapping file ({"reference": "Order No", ...}, or a preset's {"mapping": {...}}), or
    the name of a shipped preset."""
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
    service = PackService(ctx)
    if args.packs_command == "list":
        for p in service.list_packs():
            mark = "*" if p.active else " "
            signed = f"  signed by {p.signed_by} (fingerprint {p.signer_fingerprint})" \
                if p.signed_by else ""
            print(f"{mark} {p.pack_id} {p.version}  sha256 {p.sha256[:16]}  {p.issuer}  "
                  f"imported {p.imported_at:%Y-%m-%d %H:%M} UTC{signed}")
        return EXIT_OK
    if args.packs_command == "sign":
        return _sign_pack(ctx, args)
    raw, signature = _read_pack(args)
    try:
        # What it changes, measured before the import makes it the pack in use.
        preview = service.preview_import(raw, signature)
        in_use = _active_sha256(service)
        info = service.import_pack(raw, activate=not args.keep_active, signature=signature)
    except PackError as exc:
        raise BadInput(f"pack: {exc}") from None
    except ValidationError as exc:  # the signature refused: the reason is the whole line
        raise BadInput(f"{Path(args.file).name}: {exc.message}") from None
    state = "active" if info.active else "stored, not active"
    print(f"Imported pack {info.pack_id} {info.version} (sha256 {info.sha256}), {state}.")
    for note in preview.notes:  # already installed, older than the pack in use...
        print(note)
    _print_pack_changes(preview.changes)
    if preview.signature is not None:  # signed by ..., or unsigned (a warning)
        print(("Warning: " if preview.signature.warning else "") + preview.signature.message)
    if info.active and info.sha256 != in_use:  # another pack in use: every party again
        print_rescreen(ctx)
    return EXIT_OK


def _active_sha256(service: PackService) -> str | None:
    try:
        return service.active_sha256()
    except ServiceError:  # no pack in use yet
        return None


def _read_pack(args: argparse.Namespace) -> tuple[bytes, bytes | None]:
    """The pack file and its signature (``--signature``, else ``FILE.sig.json`` beside it)."""
    if args.file == "-":
        raw, signature = _read_bytes(args.file, "pack"), None
    else:
        try:
            raw, signature = read_pack_file(args.file)
        except ValidationError as exc:
            raise BadInput(exc.message) from None
    if args.signature:
        signature = _read_bytes(args.signature, "mapping")
    return raw, signature


def _sign_pack(ctx: AppContext, args: argparse.Namespace) -> int:
    """``packs sign``: the distributor's desk signs a pack for its resellers."""
    # late: the desk (and its key) loads only for this command
    from reseller_app.services.desk import DeskService

    try:
        signed = DeskService(ctx).sign_pack(Path(args.pack),
                                            key_file=Path(args.key) if args.key else None,
                                            out=Path(args.out) if args.out else None)
    except ValidationError as exc:
        raise BadInput(exc.message) from None
    print(f"Signed pack {signed.pack_id} {signed.version} (issued by {signed.issuer}) as "
          f"{signed.signer}, fingerprint {signed.fingerprint}. Wrote {signed.signature}: send "
          f"it with {signed.pack.name} to your resellers.")
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
            print(f"{p.id:>3}  {printable(p.name)} <{p.email}>  {p.role}  ({state})")
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
            print(f"Added {printable(p.name)} <{p.email}> as {p.role}.")
        return EXIT_OK
    if command == "passphrase":
        current = _passphrase(args.passphrase_file, args.email, "--passphrase-file")
        person = service.set_own_passphrase(args.email, current, _passphrase(
            args.new_passphrase_file, args.email, "--new-passphrase-file", new=True))
        print(f"{printable(person.name)} <{person.email}> has a new passphrase.")
        return EXIT_OK
    if args.acting:
        acting = service.authenticate(args.acting, _passphrase(
            args.passphrase_file, args.acting, "--passphrase-file"))
        if ctx.person is None:  # the events of this change name the administrator doing it
            ctx.person = WorkingPerson(acting.id, acting.name)
    elif ctx.person is not None:  # signed in with --person: that person does it
        acting = service.get(ctx.person.id)
    else:
        raise BadInput("say which administrator does this: --person ADMIN_EMAIL before the "
                       "command (or --as ADMIN_EMAIL after it)")
    if command == "add":
        new = NewPerson(args.name, args.email, _passphrase(
            args.new_passphrase_file, args.name, "--new-passphrase-file", new=True), args.role)
        person = service.add(acting, new)
        print(f"Added {printable(person.name)} <{person.email}> as {person.role}.")
    elif command == "deactivate":
        person = service.deactivate(acting, args.email)
        print(f"{printable(person.name)} <{person.email}> is no longer active.")
    elif command == "role":
        person = service.change_role(acting, args.email, args.role)
        print(f"{printable(person.name)} <{person.email}> is now {person.role}.")
    else:
        target = service.get(args.email)  # named before the new passphrase is asked for
        person = service.reset_passphrase(acting, target.id, _passphrase(
            args.new_passphrase_file, target.email, "--new-passphrase-file", new=True))
        print(f"{printable(person.name)} <{person.email}> has a new passphrase.")
    return EXIT_OK


# -- signing in as a person ------------------------------------------------------------------
ENV_PERSON = "CHANNEL_DILIGENCE_PERSON"
# The commands that only read (command, action): they need nobody signed in. Every other
# command on the database changes it (an order, a pack, the outbox, a setting, an audited
# export), so once people exist it needs a person, whose role the services then check.
# ``people`` signs in on its own (``--as``, or the person's own passphrase).
READ_ONLY = {("verify-audit", None), ("packs", "list"), ("approvals", "list"), ("policy", "export"),
             ("outbox", None), ("outbox", "list"), ("keys", "show"), ("mail", "test"),
             ("distributor", "verify"), ("distributor", "list"), ("distributors", "keys"),
             ("lists", None), ("check-party", None), ("lists", "reviews"),
             ("reminders", None)}


SIGN_THEMSELVES = {"people", "approvals"}


def _action(args: argparse.Namespace) -> str | None:
    return getattr(args, f"{args.command.replace('-', '_')}_command", None)


def _writes(args: argparse.Namespace) -> bool:
    # ``people`` and ``approvals`` prove who acts with that person's own passphrase.
    return args.command not in SIGN_THEMSELVES and (args.command, _action(args)) not in READ_ONLY


def sign_in(ctx: AppContext, args: argparse.Namespace) -> None:
    """Sign in the person the command runs as (``--person`` or ``$CHANNEL_DILIGENCE_PERSON``),
    checked like the window's sign-in: a wrong passphrase is counted and five lock the person.
    Refused (``BadInput``, exit 2): a command that changes a database with people but names
    nobody, a wrong passphrase, a locked, inactive or unknown person. A database without
    people works as before, as the OS login."""
    explicit = (args.signin or "").strip()
    email = explicit or os.environ.get(ENV_PERSON, "").strip()
    people = PeopleService(ctx)
    if not people.is_set_up():
        if explicit and args.command != "people":
            raise BadInput("--person: nobody is set up in this database yet, so nobody signs "
                           "in; 'reseller-app people setup NAME --email E' adds the "
                           "administrator")
        return
    if not email:
        if args.passphrase_stdin:
            raise BadInput("--passphrase-stdin: say who signs in with --person EMAIL")
        if _writes(args):
            raise BadInput("this command changes the database, so say who you are: "
                           f"--person EMAIL before the command (or set {ENV_PERSON}); the "
                           "passphrase is asked on the terminal or read with "
                           "--passphrase-stdin")
        return
    passphrase = ask_passphrase(printable(email), args.passphrase_stdin)
    try:
        person = people.authenticate(email, passphrase)
    except (SignInError, NotFound) as exc:  # wrong (counted), locked, inactive, unknown
        raise BadInput(str(exc)) from None
    ctx.person = WorkingPerson(person.id, person.name)
    if args.command == "approvals":  # the approval is proven by the same passphrase
        args.signed_in = (email, passphrase)
    if hasattr(args, "key_passphrase_stdin"):  # a command that signs: the key may be theirs
        _open_key_of(ctx, person.id, passphrase)


def _open_key_of(ctx: AppContext, person_id: int, passphrase: str) -> None:
    """Open the company key kept in its encrypted file when the person who just signed in
    holds it: their passphrase is not asked a second time."""
    locked = key_session.locked(ctx)
    if locked is not None and locked.holder_id == person_id:
        try:
            key_session.unlock(ctx, passphrase)
        except ServiceError as exc:
            raise BadInput(f"{exc}; nothing was built") from None


def cmd_escalate(ctx: AppContext, args: argparse.Namespace) -> int:
    order = OrderService(ctx).get_by_reference(args.reference)
    if order is None:
        raise BadInput(f"there is no order {printable(args.reference)}")
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
    open_signing_key(ctx, args)
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
        OutboxService(ctx).queue(packet.id)
        queued = " and queued in the outbox"
    try:
        print(f"Packet {packet.id} for order {printable(packet.order_reference)} to "
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
    print(f"Sent a test message to {printable(to.strip())}; the server answered: "
          f"{printable(reply)}")
    return EXIT_OK


def _outbox_send(service: Any, args: argparse.Namespace) -> int:
    """Send what is queued; exit 1 while anything still waits (queued, being sent, failed),
    one line for each kind; a refused login or unreachable server: one line saying what to
    fix, every message still queued."""
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
            print(f"Message {item.id} to {printable(item.to)} is queued again.")
        for item, reason in refused:
            print(f"Message {item.id} to {printable(item.to)} stays failed: "
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
        return _fail(f"'{printable(args.id)}' is not a message number: see "
                     "'reseller-app outbox' for the numbers")
    try:
        item = service.retry(int(text)) if retry else service.cancel(int(text))
    except (NotFound, ValidationError) as exc:
        return _fail(getattr(exc, "message", str(exc)))
    if retry:
        print(f"Message {item.id} to {printable(item.to)} is queued again: "
              "'reseller-app outbox send' sends it.")
    else:
        print(f"Message {item.id} to {printable(item.to)} is cancelled: it is never sent.")
    return EXIT_OK


def _print_item(item: Any) -> None:
    if item.sent_at:
        when = f"sent {_local_time(item.sent_at)}"
    elif item.state == MessageState.QUEUED:
        when = f"next try {_local_time(item.next_attempt_at)}"
    elif item.state == MessageState.SENDING:
        when = f"being sent, tried again after {_local_time(item.next_attempt_at)}"
    elif item.state == MessageState.CANCELLED and item.cancelled_at:
        when = f"cancelled by {printable(item.cancelled_by)} {_local_time(item.cancelled_at)}"
    else:
        when = ""
    what = printable(item.order_reference or item.kind)
    line = (f"{item.id:>4}  {item.state:<8} {what:<14} {printable(item.to)}  "
            f"attempts {item.attempts}")
    print(f"{line}  {when}".rstrip())
    if item.last_error and item.state not in (MessageState.SENT, MessageState.CANCELLED):
        print(f"      {printable(_one_line(item.last_error))}")


def cmd_decision(ctx: AppContext, args: argparse.Namespace) -> int:
    # A file chosen by its path: the signature beside it (<name>.sig.json) is checked too.
    source = _read_bytes(args.file, "decision") if args.file == "-" else Path(args.file)
    answer = AnswerService(ctx).import_file(source, packet_id=args.packet)
    print(f"Recorded: order {answer.order_reference} "
          f"{answer.outcome.value.replace('_', ' ')} by {answer.person} "
          f"(reference {answer.reference}, {answer.answered_on}); order status "
          f"{answer.order_status}.")
    if answer.signature:
        print(f"  {answer.signature}")
    for f in answer.follow_ups:
        print(f"  follow-up due {f.due_on}: {f.text}")
    return EXIT_OK


def _date(text: str, flag: str) -> Any:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{flag}: '{text}' is not a date (YYYY-MM-DD)") from None


def cmd_evidence(ctx: AppContext, args: argparse.Namespace) -> int:
    open_signing_key(ctx, args)
    report = EvidenceService(ctx).bundle(_date(args.date_from, "--from"),
                                         _date(args.date_to, "--to"), Path(args.out))
    audit = "intact" if report.audit.ok else \
        f"TAMPERED at event {report.audit.first_bad_seq}"
    print(f"Wrote {report.path}: {report.screenings} screenings, {report.decisions} "
          f"decisions, {report.packets} packets, {report.answers} answers, "
          f"{report.policy_versions} policy versions, {report.list_versions} sanctions list "
          f"versions, {report.party_reviews} reviews of possible matches; audit log {audit}.")
    if report.policy_note:
        print(f"  {report.policy_note}")
    return EXIT_OK


def cmd_keys(ctx: AppContext, args: argparse.Namespace) -> int:
    service = CompanyKeyService(ctx)
    if args.keys_command == "export":
        path = service.export(Path(args.file))
        key = service.ensure()
        print(f"Wrote {path}: the public key of {service.owner()} "
              f"(fingerprint {key.fingerprint}).")
        return EXIT_OK
    if service.current() is None:  # no keyring: made now with the administrator's passphrase
        open_signing_key(ctx, args)
    try:
        key = service.ensure()
    except KeyUnavailable as exc:
        if not PeopleService(ctx).is_set_up():  # no keyring: made with the administrator
            raise KeyUnavailable(f"{exc} Where there is no keyring, the key is made in a file "
                                 "encrypted with the administrator's passphrase when the "
                                 "administrator is set up ('people setup').") from None
        raise
    print(f"Company signing key: fingerprint {key.fingerprint}")
    if key.storage == KeyStorage.FILE:
        print(f"The private key is on this computer, in an encrypted file, unlocked with the "
              f"administrator's passphrase ({printable(key.holder)}): "
              f"{service.key_file()}")
    else:
        print("The private key is in this computer's keyring." if key.private_here else
              "The private key is not on this computer: packets built here are not signed.")
    return EXIT_OK


def cmd_verify_packet(args: argparse.Namespace) -> int:
    """A packet checked against a public-key file: exit 0 when signed by it and unchanged,
    else 2 with the reason in one line."""
    try:
        verdict = verify_packet(Path(args.packet), Path(args.key))
    except ValidationError as exc:
        return _fail(exc.message)
    if not verdict.ok:
        return _fail(f"{Path(args.packet).name}: refused: {verdict.message}")
    print(f"{Path(args.packet).name}: {verdict.message}")
    return EXIT_OK


# The commands on the database, by name (``verify-packet`` needs none: see ``run``).
HANDLERS = {"verify-audit": cmd_verify_audit, "import-orders": cmd_import_orders,
            "packs": cmd_packs, "policy": cmd_policy, "escalate": cmd_escalate,
            "outbox": cmd_outbox, "decision": cmd_decision, "evidence": cmd_evidence,
            "rescreen": cmd_rescreen, "mail": cmd_mail_any,
            "people": cmd_people, "keys": cmd_keys, "audit-head": cmd_audit_head}
HANDLERS.update(cli_distributor.HANDLERS)
HANDLERS.update(cli_approvals.HANDLERS)
HANDLERS.update(cli_lists.HANDLERS)
HANDLERS.update(cli_digest.HANDLERS)
HANDLERS.update(cli_reminders.HANDLERS)
HANDLERS.update(cli_report.HANDLERS)


def run(args: argparse.Namespace) -> int:
    """A command on the database (or ``verify-packet``): open it, run the command's handler,
    and say any failure in one line (exit 1: the database; exit 2: the user's input)."""
    if args.command == "verify-packet":
        return cmd_verify_packet(args)
    try:
        ctx = _open(args)
    except (DatabaseError, ServiceError) as exc:
        return _fail(str(exc), EXIT_FAILED)
    except OSError as exc:  # e.g. the database's folder cannot be created
        return _fail(f"cannot open the database {ctx_url(args)}: {exc.strerror or exc}",
                     EXIT_FAILED)
    except Exception as exc:  # e.g. the PostgreSQL server is unreachable: say so, no traceback
        storage = storage_error(exc, display_url(ctx_url(args)))
        if storage is not None:
            return _fail(str(storage), EXIT_FAILED)
        if isinstance(exc, SQLAlchemyError):
            reason = getattr(exc, "orig", None) or exc  # the driver's words, not the SQL
            return _fail(f"cannot open the database {ctx_url(args)}: {reason}", EXIT_FAILED)
        raise
    try:
        sign_in(ctx, args)
        heads = ChainHeadService(ctx)
        before = _newest_seq(heads)
        code = HANDLERS[args.command](ctx, args)
        _sign_head(heads, before)
        return code
    except BadInput as exc:
        return _fail(str(exc))
    except (NotAllowed, StaffingRefused, SignInError) as exc:  # refused: the role it needs
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


def _newest_seq(heads: ChainHeadService) -> int | None:
    try:
        return heads.newest_seq()
    except Exception:  # the command itself says what is wrong with the database
        return None


def _sign_head(heads: ChainHeadService, before: int | None) -> None:
    """After a command that wrote events: sign the chain's new head (nothing where the company
    key is not, and a failure here never fails the command that already succeeded)."""
    try:
        if before is not None and heads.newest_seq() != before:
            heads.sign_if_grown(HeadOccasion.COMMAND)
    except Exception:  # e.g. a read-only database: the command's work is done
        log.warning("the chain's head could not be signed", exc_info=True)


def ctx_url(args: argparse.Namespace) -> str:
    return resolve_db_url(args.db, demo=args.demo)

