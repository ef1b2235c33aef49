"""Escalation packets, misuse reports, manifests and distributor decisions (pure).

BSR 2022 §6.3-6.4: the end customer and the intended use travel up the chain; the distributor
approves, approves with conditions or rejects; misuse is reported to solve a problem together.
A packet is a few files whose SHA-256 hashes are listed in a manifest; the distributor's
decision file names the packet and the manifest's hash, so an answer can only be recorded
for exactly the files that were sent.

Pure: the caller hands in the clock's reading, the packet id and the file bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reseller_app.domain.dates import utc_iso
from reseller_app.domain.inputs import InputError, iso_date, read_json
from reseller_app.domain.packs import PackRef, Source
from reseller_app.domain.sanctions.party_findings import PartyScreening
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AnswerOutcome

PACKET_FORMAT = "channel-diligence-escalation/1"
MISUSE_FORMAT = "channel-diligence-misuse/1"
DECISION_FORMAT = "channel-diligence-decision/1"
MANIFEST_FORMAT = "channel-diligence-manifest/1"
MANIFEST_NAME = "manifest.json"
ATTACHMENTS_DIR = "attachments"

OUTCOMES: tuple[str, ...] = tuple(AnswerOutcome)
RECOMMENDATIONS = ("approve", "approve_with_conditions", "reject", "no_recommendation")
RECOMMENDATION_WORDS = {
    "approve": "Approve the sale",
    "approve_with_conditions": "Approve the sale with the conditions below",
    "reject": "Reject the sale",
    "no_recommendation": "No recommendation: we ask for your assessment",
}
OUTCOME_WORDS = {AnswerOutcome.APPROVED: "approved",
                 AnswerOutcome.APPROVED_WITH_CONDITIONS: "approved with conditions",
                 AnswerOutcome.REJECTED: "rejected"}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed: the same packet always zips to the same bytes


class PacketFileError(ValueError):
    """A packet or decision file that cannot be used; ``field`` says where, ``message`` why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


# -- packet contents ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Reseller:
    name: str
    country: str
    contact_name: str
    contact_title: str
    contact_email: str
    prepared_by: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "contact_name": self.contact_name,
                "contact_title": self.contact_title, "contact_email": self.contact_email,
                "prepared_by": self.prepared_by}


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    email: str
    contact_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "contact_name": self.contact_name}


@dataclass(frozen=True, slots=True)
class PartyInfo:
    name: str
    country: str | None
    country_name: str
    type: str
    sector: str | None = None
    government_function: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "country_name": self.country_name,
                "type": self.type, "sector": self.sector,
                "government_function": self.government_function}


@dataclass(frozen=True, slots=True)
class LineInfo:
    sku: str | None
    description: str | None
    category: str | None
    quantity: int
    unit_price: str | None  # decimal text

    def to_json(self) -> dict[str, Any]:
        return {"sku": self.sku, "description": self.description, "category": self.category,
                "quantity": self.quantity, "unit_price": self.unit_price}


@dataclass(frozen=True, slots=True)
class FlagInfo:
    factor: str
    criterion: str
    severity: str
    reason: str
    action: str
    basis: str = ""
    subject: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"factor": self.factor, "criterion": self.criterion, "severity": self.severity,
                "reason": self.reason, "action": self.action, "basis": self.basis,
                "subject": self.subject}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    question_id: str
    text: str
    answer: str  # yes | no | unknown
    note: str = ""
    risky: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"question_id": self.question_id, "text": self.text, "answer": self.answer,
                "note": self.note, "risky": self.risky}


@dataclass(frozen=True, slots=True)
class MitigationInfo:
    id: str
    label: str
    description: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "description": self.description}


def _iso(at: dt.datetime) -> str:
    return utc_iso(at)


@dataclass(frozen=True, slots=True)
class EscalationPacket:
    """Everything the distributor's compliance person needs to decide on one order."""

    packet_id: str
    created_at: dt.datetime
    reseller: Reseller
    recipient: Recipient
    reference: str
    order_date: dt.date
    sales_model: str
    currency: str
    total: str
    lines: tuple[LineInfo, ...]
    customer: PartyInfo | None
    end_user: PartyInfo | None
    destination_country: str | None
    destination_name: str
    intended_use: str
    use_cases: tuple[str, ...]
    tier: str
    hold: bool
    summary: str
    hold_reasons: tuple[str, ...]
    flags: tuple[FlagInfo, ...]
    missing: tuple[str, ...]
    checklist: tuple[ChecklistItem, ...]
    mitigations: tuple[MitigationInfo, ...]
    conditions: str
    recommendation: str  # one of RECOMMENDATIONS
    recommendation_text: str
    pack: PackRef
    screened_at: dt.datetime
    attachments: tuple[str, ...] = ()
    # The pack's sources the flags cite, listed with their links in the PDF. Not in the JSON:
    # its flags carry the citations as text ("BSR (2022) Sales Partners brief, §6.4").
    sources: tuple[Source, ...] = ()
    # Who receives the goods for the customer or end user (a freight forwarder, a warehouse):
    # the distributor screens intermediaries too. None: the order names none.
    consignee: PartyInfo | None = None
    # The order's parties checked against the sanctions lists (None: no list imported then).
    parties: PartyScreening | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``escalation-packet-v1`` JSON (``resources/schemas/``)."""
        return {
            "format": PACKET_FORMAT,
            "packet_id": self.packet_id,
            "created_at": _iso(self.created_at),
            "reseller": self.reseller.to_json(),
            "recipient": self.recipient.to_json(),
            "order": {
                "reference": self.reference,
                "date": self.order_date.isoformat(),
                "sales_model": self.sales_model,
                "currency": self.currency,
                "total": self.total,
                "lines": [ln.to_json() for ln in self.lines],
            },
            "customer": self.customer.to_json() if self.customer else None,
            "end_user": self.end_user.to_json() if self.end_user else None,
            # Only when there is one: a packet without stays as it always was.
            **({"consignee": self.consignee.to_json()} if self.consignee else {}),
            "destination": {"country": self.destination_country,
                            "name": self.destination_name},
            "intended_use": self.intended_use,
            "use_cases": list(self.use_cases),
            "screening": {
                "tier": self.tier, "hold": self.hold, "summary": self.summary,
                "hold_reasons": list(self.hold_reasons),
                "flags": [f.to_json() for f in self.flags],
                "missing": list(self.missing),
                "screened_at": _iso(self.screened_at),
                **({"restricted_parties": self.parties.as_dict()}
                   if self.parties is not None else {}),
            },
            "checklist": [c.to_json() for c in self.checklist],
            "proposed_mitigations": [m.to_json() for m in self.mitigations],
            "proposed_conditions": self.conditions,
            "recommendation": {"outcome": self.recommendation,
                               "text": self.recommendation_text},
            "criteria_pack": self.pack.as_dict(),
            "attachments": list(self.attachments),
        }


@dataclass(frozen=True, slots=True)
class MisuseReport:
    """A short, non-punitive report of misuse seen after a sale (BSR 2022 §6.2)."""

    packet_id: str
    created_at: dt.datetime
    reseller: Reseller
    recipient: Recipient
    reference: str  # the order's reference, "" when the report is about a customer only
    customer: PartyInfo | None
    what_seen: str
    seen_on: dt.date
    evidence: tuple[str, ...] = ()

    @property
    def subject_kind(self) -> str:
        return "order" if self.reference else "customer"

    def to_json(self) -> dict[str, Any]:
        """The ``misuse-report-v1`` JSON (``resources/schemas/``)."""
        return {
            "format": MISUSE_FORMAT,
            "packet_id": self.packet_id,
            "created_at": _iso(self.created_at),
            "reseller": self.reseller.to_json(),
            "recipient": self.recipient.to_json(),
            "about": {"kind": self.subject_kind, "order_reference": self.reference or None,
                      "customer": self.customer.to_json() if self.customer else None},
            "what_seen": self.what_seen,
            "seen_on": self.seen_on.isoformat(),
            "evidence": list(self.evidence),
            "spirit": "Reported voluntarily to solve a problem together, not as an admission "
                      "of a breach (BSR 2022 §6.2).",
        }


def recommendation_problem(recommendation: str, text: str, conditions: str,
                            mitigations: tuple[str, ...]) -> tuple[str, str] | None:
    """(field, message) for a recommendation the packet cannot carry, else ``None``."""
    if recommendation not in RECOMMENDATIONS:
        return "recommendation", t("Choose what you recommend: approve, approve with "
                                   "conditions, reject, or no recommendation.")
    if not text.strip():
        return "recommendation_text", t("Say in a sentence or two why you recommend this.")
    if recommendation == "approve_with_conditions" and not (conditions.strip() or mitigations):
        return "conditions", t("Name at least one condition or safeguard you propose.")
    return None


# -- files ----------------------------------------------------------------------------------------
def json_bytes(data: Mapping[str, Any]) -> bytes:
    """A packet's JSON file: UTF-8, indented for a person, keys in a stable order."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A file name without folders or characters a mail program or Windows would refuse."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = _UNSAFE.sub("_", name).strip(" .")
    return name[:120] or fallback


# Names Windows keeps for devices, with any extension ("nul.txt" too): a file so named cannot
# be saved or opened there.
_WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$",
                               *(f"{dev}{n}" for dev in ("com", "lpt")
                                 for n in ("1", "2", "3", "4", "5", "6", "7", "8", "9",
                                           "\u00b9", "\u00b2", "\u00b3"))})
# Characters that turn the text around or hide: "invoice\u202efdp.exe" shows as
# "invoiceexe.pdf" and hides what the file is.
_DIRECTION_MARKS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                             "\u2066\u2067\u2068\u2069")


def attachment_name_problem(name: str) -> str | None:
    """Why a file the user adds cannot be attached under ``name`` (its own name, without
    folders), or None. Names that could be made safe are, by :func:`safe_file_name`; these
    are refused because a changed name would hide what the user chose."""
    if any(ch in _DIRECTION_MARKS for ch in name):
        return t("The name of {name} contains characters that reverse the text and can hide "
                 "what the file really is: rename the file and add it again.",
                 name=name.encode("ascii", "backslashreplace").decode("ascii"))
    stem = name.split(".", 1)[0].rstrip(" ").casefold()
    if stem in _WINDOWS_RESERVED:
        return t("{name} is a name Windows keeps for a device: the distributor could not "
                 "save it. Rename the file and add it again.", name=name)
    return None


def packet_name_problem(name: str) -> str | None:
    """Why a stored file name cannot be written into a packet's folder or zip (a folder
    outside it, ``..``, a reserved or unsafe name), or None. Checked again at every write:
    the name comes from the database, which may hold what an older version let in."""
    parts = name.split("/")
    if any(not part or part in (".", "..") or safe_file_name(part, "") != part
           or attachment_name_problem(part) for part in parts):
        return t("The packet holds a file named {name}, which cannot be written safely: "
                 "build the packet again.",
                 name=name.encode("ascii", "backslashreplace").decode("ascii"))
    return None


def file_stem(kind: str, reference: str, on: dt.date) -> str:
    if kind == "misuse":
        return f"misuse-report-{on.isoformat()}"
    return f"{kind}-{safe_file_name(reference, 'order').replace(' ', '_')}"


def unique_names(names: list[str]) -> list[str]:
    """The names made unique by numbering repeats (``a.pdf``, ``a-2.pdf``)."""
    seen: set[str] = set()
    out = []
    for name in names:
        candidate, n = name, 1
        while candidate.casefold() in seen:
            n += 1
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem}-{n}.{ext}" if dot and stem else f"{name}-{n}"
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    packet_id: str
    created_at: str
    files: tuple[ManifestEntry, ...]

    def to_json(self) -> dict[str, Any]:
        return {"format": MANIFEST_FORMAT, "packet_id": self.packet_id,
                "created_at": self.created_at,
                "files": [{"name": f.name, "sha256": f.sha256, "size": f.size}
                          for f in self.files]}

    def entry(self, name: str) -> ManifestEntry | None:
        return next((f for f in self.files if f.name == name), None)


def build_manifest(packet_id: str, created_at: dt.datetime,
                   files: Mapping[str, bytes]) -> Manifest:
    return Manifest(packet_id, _iso(created_at),
                    tuple(ManifestEntry(n, sha256(b), len(b)) for n, b in files.items()))


def manifest_bytes(manifest: Manifest) -> bytes:
    """The ``manifest.json`` file; the decision file names the SHA-256 of exactly these bytes."""
    return json_bytes(manifest.to_json())


def parse_manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw)
        files = tuple(ManifestEntry(str(f["name"]), str(f["sha256"]), int(f["size"]))
                      for f in data["files"])
        if data.get("format") != MANIFEST_FORMAT:
            raise ValueError("format")
        return Manifest(str(data["packet_id"]), str(data["created_at"]), files)
    except (ValueError, TypeError, KeyError) as exc:
        raise PacketFileError("manifest", t("The manifest cannot be read ({error}).",
                                            error=exc)) from None


def verify_files(manifest: Manifest, files: Mapping[str, bytes]) -> list[str]:
    """The names whose bytes differ from the manifest (or are missing / not listed)."""
    bad = [f.name for f in manifest.files
           if f.name not in files or sha256(files[f.name]) != f.sha256]
    bad += [n for n in files if n != MANIFEST_NAME and manifest.entry(n) is None]
    return bad


def zip_bytes(files: Mapping[str, bytes]) -> bytes:
    """A zip of the files in the given order, with fixed timestamps (reproducible bytes)."""
    for name in files:
        problem = packet_name_problem(name)
        if problem:
            raise PacketFileError("files", problem)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


# -- the distributor's decision -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DistributorDecision:
    packet_id: str
    manifest_sha256: str
    outcome: str
    conditions: tuple[str, ...]
    reference: str
    answered_on: dt.date
    person: str
    organisation: str = ""
    note: str = ""
    files: tuple[tuple[str, str], ...] = ()  # (name, sha256) of the files the distributor read
    seal_sha256: str | None = None


_DECISION_FIELDS = {"format", "packet_id", "manifest_sha256", "outcome", "conditions",
                    "reference", "answered_on", "person", "organisation", "note", "files",
                    "seal_sha256"}


def seal(data: Mapping[str, Any]) -> str:
    """The seal of a decision file: SHA-256 of the canonical JSON of every other field."""
    return sha256(canonical({k: v for k, v in data.items() if k != "seal_sha256"}))


def _text(data: Mapping[str, Any], key: str, *, required: bool, limit: int = 2000) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise PacketFileError(key, t("is missing."))
        return ""
    if not isinstance(value, str):
        raise PacketFileError(key, t("must be text."))
    value = value.strip()
    if required and not value:
        raise PacketFileError(key, t("is empty."))
    if len(value) > limit:
        raise PacketFileError(key, t("is longer than {limit} characters.", limit=limit))
    return value


def parse_decision(raw: bytes | str) -> DistributorDecision:
    """Read a decision file; raises :class:`PacketFileError` naming the first problem."""
    try:
        data = read_json(raw)
    except InputError as exc:
        raise PacketFileError(exc.field, exc.message) from None
    if not isinstance(data, dict):
        raise PacketFileError("", t("The decision file must be a JSON object."))
    if data.get("format") != DECISION_FORMAT:
        raise PacketFileError("format", t("This is not a distributor decision file (format "
                                          "must be '{expected}', found {found}).",
                                          expected=DECISION_FORMAT,
                                          found=repr(data.get("format"))))
    unknown = sorted(set(data) - _DECISION_FIELDS)
    if unknown:
        raise PacketFileError(unknown[0], t("is not a field of a decision file (v1)."))
    packet_id = _text(data, "packet_id", required=True).lower()
    if not _UUID.match(packet_id):
        raise PacketFileError("packet_id", t("is not a packet id (a UUID such as "
                                             "2f1c...-...)."))
    # A decision written from the packet's template names the files instead (the template is
    # inside the manifest, so it cannot name the manifest's own SHA-256).
    manifest_sha = _text(data, "manifest_sha256", required=not data.get("files")).lower()
    if manifest_sha and not _SHA.match(manifest_sha):
        raise PacketFileError("manifest_sha256",
                              t("must be a SHA-256 (64 hexadecimal digits)."))
    outcome = _text(data, "outcome", required=True)
    if outcome not in OUTCOMES:
        raise PacketFileError("outcome", t("must be one of {choices} (found {found}).",
                                           choices=", ".join(OUTCOMES), found=repr(outcome)))
    raw_conditions = data.get("conditions", [])
    if not isinstance(raw_conditions, list) or \
            not all(isinstance(c, str) for c in raw_conditions):
        raise PacketFileError("conditions", t("must be a list of texts."))
    conditions = tuple(c.strip() for c in raw_conditions if c.strip())
    if outcome == AnswerOutcome.APPROVED_WITH_CONDITIONS and not conditions:
        raise PacketFileError("conditions", t("An approval with conditions must list them."))
    if outcome != AnswerOutcome.APPROVED_WITH_CONDITIONS and conditions:
        # A rejection or a plain approval with conditions is ambiguous: which one holds?
        raise PacketFileError("conditions", t(
            "The decision file lists conditions, but its outcome is {outcome}: conditions "
            "only go with approved_with_conditions. Ask the distributor for a corrected "
            "file.", outcome=outcome))
    try:
        answered_on = iso_date(_text(data, "answered_on", required=True))
    except ValueError:
        raise PacketFileError("answered_on", t("must be a date (YYYY-MM-DD).")) from None
    raw_files = data.get("files", [])
    files: list[tuple[str, str]] = []
    if not isinstance(raw_files, list):
        raise PacketFileError("files", t("must be a list of {fields}.",
                                         fields="{name, sha256}"))
    for i, f in enumerate(raw_files):
        if not (isinstance(f, dict) and isinstance(f.get("name"), str)
                and isinstance(f.get("sha256"), str) and _SHA.match(f["sha256"].lower())):
            raise PacketFileError(f"files[{i}]", t("must be {fields}.",
                                                   fields="{name, sha256}"))
        files.append((f["name"], f["sha256"].lower()))
    seal_value = data.get("seal_sha256")
    if seal_value is not None:
        if not isinstance(seal_value, str) or not _SHA.match(seal_value.lower()):
            raise PacketFileError("seal_sha256",
                                  t("must be a SHA-256 (64 hexadecimal digits)."))
        if seal_value.lower() != seal(data):
            raise PacketFileError("seal_sha256", t("The decision file was altered after it "
                                                   "was sealed: its content no longer matches "
                                                   "its seal."))
    return DistributorDecision(
        packet_id=packet_id, manifest_sha256=manifest_sha, outcome=outcome,
        conditions=conditions, reference=_text(data, "reference", required=True, limit=200),
        answered_on=answered_on, person=_text(data, "person", required=True, limit=200),
        organisation=_text(data, "organisation", required=False, limit=200),
        note=_text(data, "note", required=False, limit=4000), files=tuple(files),
        seal_sha256=seal_value.lower() if isinstance(seal_value, str) else None,
    )


def check_decision(decision: DistributorDecision, *, packet_id: str, manifest: Manifest,
                   manifest_sha256: str) -> None:
    """Refuse a decision that is not about exactly the packet that was sent."""
    if decision.packet_id != packet_id:
        raise PacketFileError("packet_id", t("The decision is for packet {answered}, not for "
                                             "packet {sent}.", answered=decision.packet_id,
                                             sent=packet_id))
    if not decision.manifest_sha256:
        # Written from the packet's decision-template.json: it names every file the
        # distributor read instead of the manifest (which lists the template itself).
        named = {name for name, _ in decision.files}
        unnamed = [f.name for f in manifest.files
                   if f.name not in named and f.name not in TEMPLATE_FILES
                   and f.name != CHAIN_HEAD_NAME]
        if unnamed:
            raise PacketFileError("files", t(
                "The decision names neither the manifest's SHA-256 nor the file {name} of "
                "the packet sent: it cannot be told which packet it answers.",
                name=unnamed[0]))
    elif decision.manifest_sha256 != manifest_sha256:
        raise PacketFileError(
            "manifest_sha256",
            t("The packet the distributor answered was altered after its manifest was made: "
              "the manifest hash in the decision ({answered}…) is not the one of the packet "
              "sent ({sent}…).", answered=decision.manifest_sha256[:12],
              sent=manifest_sha256[:12]))
    for name, digest in decision.files:
        entry = manifest.entry(name)
        if entry is None:
            raise PacketFileError("files", t("The packet sent has no file {name}.", name=name))
        if entry.sha256 != digest:
            raise PacketFileError("files", t("The file {name} the distributor read was altered "
                                             "after the manifest was made: its SHA-256 "
                                             "differs.", name=name))


# -- what a distributor without the app answers from ---------------------------------------------
DECISION_TEMPLATE_NAME = "decision-template.json"
HOW_TO_ANSWER_NAME = "how-to-answer.txt"
TEMPLATE_FILES = (DECISION_TEMPLATE_NAME, HOW_TO_ANSWER_NAME)
# The audit chain's signed head when the packet was built (domain/chain_head.py): added inside
# the write transaction, after the template was made, so no decision names it.
CHAIN_HEAD_NAME = "chain-head.json"
OUTCOME_CHOICES = " | ".join(OUTCOMES)


def decision_template(packet_id: str, distributor: str, files: Mapping[str, bytes]) -> bytes:
    """The packet's ``decision-template.json``: a decision file with the packet's id and the
    SHA-256 of every file it holds filled in; the distributor fills in the rest. Until then
    the import refuses it (an outcome that is a list of choices, an empty reference)."""
    return json_bytes({"format": DECISION_FORMAT, "packet_id": packet_id,
                       "outcome": OUTCOME_CHOICES, "conditions": [], "reference": "",
                       "answered_on": "YYYY-MM-DD", "person": "", "organisation": distributor,
                       "note": "",
                       "files": [{"name": n, "sha256": sha256(b)} for n, b in files.items()]})


def how_to_answer(packet_id: str, reference: str, distributor: str) -> bytes:
    """The packet's short ``how-to-answer.txt`` (English, as the packet's JSON and e-mail)."""
    text = f"""How to answer this escalation (packet {packet_id}, order {reference})

With Channel Diligence: open the packet on the distributor's desk
  reseller-app distributor answer PACKET --outcome approved|approved_with_conditions|rejected \
      [--condition TEXT]... --reference YOUR-REF --person "YOUR NAME" --out decision.json
and send back decision.json with its signature decision.sig.json.

Without it: copy {DECISION_TEMPLATE_NAME} to decision.json and fill in
  "outcome":     one of {OUTCOME_CHOICES}
  "conditions":  your conditions as a list of texts (only with approved_with_conditions)
  "reference":   your reference for this answer
  "answered_on": the date of your decision, YYYY-MM-DD
  "person":      who decided
Leave "packet_id" and "files" as they are: they name exactly the files you read. Send the
file back to the reseller. It is recorded unsigned, with a warning; once the reseller has
pinned a key of {distributor}, answer with the desk above, whose files are signed.
"""
    return text.encode("utf-8")


def is_packet_id(text: str) -> bool:
    return bool(_UUID.match(text))
