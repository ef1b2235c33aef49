"""The distributor's answer desk: the other half of the escalation loop, in the same app.

A distributor receives escalation packets from many resellers (a zip, a folder, or the
``.eml`` as it arrived). The desk opens one, checks every file against its manifest and the
manifest against the reseller's signature (the reseller's key pinned on this desk:
``services/distributor_keys.py``), keeps it in the list of received packets (waiting, then
answered) and, once someone decided, writes the decision file (``channel-diligence-
decision/1``) with its detached signature (purpose ``decision``) made with the desk's own key.
The reseller chooses that file and the app checks the signature against the distributor's key
it pinned: no other manual step.

The desk's key is made like the company's (its private half only in the system keyring) but is
a key of its own, named by the distributor it speaks for.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from reseller_app.domain import packets as p
from reseller_app.domain import signing
from reseller_app.domain.chain_report import REPORT_FORMAT
from reseller_app.domain.packs import PackError, load_pack
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import (
    AnswerOutcome,
    AuditAction,
    MessageState,
    ReceivedState,
)
from reseller_app.services.company_key import CompanyKeyService, read_packet, read_public_key
from reseller_app.services.context import AppContext
from reseller_app.services.distributor_keys import (
    ROLE_RESELLER,
    pinned,
    pinned_by_fingerprint,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.files import write_atomically
from reseller_app.services.input_files import InputKind, read_input
from reseller_app.services.mail import build_message
from reseller_app.services.setup import SetupService
from reseller_app.store import audit_log, bulk
from reseller_app.store.tables import DbOutboxMessage, DbReceivedPacket, utc

DESK_KEYRING_SERVICE = "Channel Diligence desk key"
DESK_KEY_SETTING = "desk_key"
WAITING = ReceivedState.WAITING
ANSWERED = ReceivedState.ANSWERED
ENTITY = "received_packet"


class DeskKeyService(CompanyKeyService):
    """The desk's signing key: kept like the company key, owned by the distributor's name
    given when it is made (``distributor keygen --name``), else the company profile's."""

    setting = DESK_KEY_SETTING
    entity = "desk_key"
    keyring_service = DESK_KEYRING_SERVICE

    def __init__(self, ctx: AppContext, *, owner: str | None = None, **kw) -> None:
        super().__init__(ctx, **kw)
        self._owner = " ".join((owner or "").split())

    def _setting_extra(self) -> dict[str, str]:
        return {"owner": self.owner()}

    def owner(self) -> str:
        stored = bulk.get_setting(self.ctx, self.setting)
        if isinstance(stored, dict) and stored.get("owner"):
            return str(stored["owner"])
        if self._owner:
            return self._owner[:signing.MAX_NAME]
        profile = SetupService(self.ctx).profile()
        if profile is None:
            raise ValidationError("name", t("Name the distributor the desk's key speaks for "
                                            "(for example TechDistri Europe)."))
        return profile.name

    def public_key_file(self) -> bytes:
        key = self.ensure()
        return signing.dump_public_key(self.owner(), key.public_key)

    def export(self, target: Path) -> Path:
        target = Path(target)
        if target.is_dir():
            target = target / "channel-diligence-desk-public-key.json"
        return super().export(target)


@dataclass(frozen=True, slots=True)
class DeskCheck:
    """A received packet as checked: who sent it, for which order, and its signature."""

    packet_id: str
    reseller: str
    order_reference: str
    manifest_sha256: str
    message: str  # the signature in words: "Signed by Nordlicht IT GmbH (fingerprint ...)."
    signed_by: str = ""  # "": not checked against a pinned key
    fingerprint: str = ""
    warning: bool = False  # accepted, but the signature proves nothing (no pinned key)
    files: dict[str, bytes] = field(default_factory=dict, repr=False, compare=False)

    @property
    def pdf_name(self) -> str:
        return next((n for n in self.files if n.lower().endswith(".pdf")
                     and n.startswith("escalation-")), "")


@dataclass(frozen=True, slots=True)
class ReceivedView:
    id: int
    packet_id: str
    reseller: str
    order_reference: str
    signed_by: str
    fingerprint: str
    manifest_sha256: str
    received_at: dt.datetime
    received_by: str
    state: str
    outcome: str | None
    answer_reference: str
    answered_by: str
    answered_at: dt.datetime | None
    # The newest outbox message sending the decision back (a ``MessageState`` value; "": none)
    send_state: str = ""
    sent_to: str = ""


def _view(row: DbReceivedPacket, message: DbOutboxMessage | None = None) -> ReceivedView:
    return ReceivedView(row.id, row.packet_id, row.reseller, row.order_reference,  # type: ignore[arg-type]
                        row.signed_by, row.fingerprint, row.manifest_sha256,
                        utc(row.received_at), row.received_by, row.state, row.outcome,
                        row.answer_reference, row.answered_by,
                        utc(row.answered_at) if row.answered_at else None,
                        message.state if message is not None else "",
                        message.recipient if message is not None else "")


def _newest_messages(s, ids: list[int] | None = None) -> dict[int, DbOutboxMessage]:
    """The newest outbox message of each received packet (of ``ids``; all when ``None``)."""
    q = select(DbOutboxMessage).where(DbOutboxMessage.received_packet_id.is_not(None))
    if ids is not None:
        q = q.where(DbOutboxMessage.received_packet_id.in_(ids))
    newest: dict[int, DbOutboxMessage] = {}
    for m in s.execute(q.order_by(DbOutboxMessage.id)).scalars():
        # A cancelled message does not hide an earlier one that was sent.
        before = newest.get(m.received_packet_id)  # type: ignore[arg-type]
        if before is None or before.state != MessageState.SENT \
                or m.state != MessageState.CANCELLED:
            newest[m.received_packet_id] = m  # type: ignore[index]
    return newest


DECISION_SUBJECT = "Decision on your escalation of order {reference} [packet {packet}]"


def decision_file_name(order_reference: str) -> str:
    return f"decision-{p.safe_file_name(order_reference, 'order')}.json"


def decision_mail_body(view: ReceivedView, organisation: str, file_name: str) -> str:
    """The e-mail's text, for the reseller's mailbox (English, like the packets' e-mails)."""
    outcome = {AnswerOutcome.APPROVED: "approved",
               AnswerOutcome.APPROVED_WITH_CONDITIONS: "approved with conditions",
               AnswerOutcome.REJECTED: "rejected"}.get(view.outcome or "", view.outcome or "")
    return (
        f"Dear {view.reseller or 'reseller'},\n\n"
        f"our answer to your escalation of order {view.order_reference} (packet "
        f"{view.packet_id}): {outcome}, our reference {view.answer_reference}, decided by "
        f"{view.answered_by}.\n\n"
        f"The decision file {file_name} is attached with its Ed25519 signature "
        f"{signing.signature_name(file_name)}. In Channel Diligence choose Escalation > Import "
        "distributor's decision file and pick the decision file (save both files in one "
        "folder): the app checks the signature against our key you pinned.\n\n"
        f"{organisation}\nSent with Channel Diligence.\n")


def read_received(path: Path) -> dict[str, bytes]:
    """A packet's files from its zip, folder or ``.eml`` (the attachments, by their names)."""
    path = Path(path)
    if path.is_file() and path.suffix.lower() == ".eml":
        raw = read_input(path, InputKind.ATTACHMENT)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        files: dict[str, bytes] = {}
        for part in message.iter_attachments():  # type: ignore[attr-defined]
            name = part.get_filename()
            content = part.get_payload(decode=True)  # the bytes as sent, a text file's too
            if name and isinstance(content, bytes):
                files[name] = content
        if not files:
            raise ValidationError("packet", t("{file} is an e-mail without attachments: it "
                                              "holds no packet.", file=path.name))
        return files
    return read_packet(path)


def _packet_json(files: dict[str, bytes], manifest: p.Manifest) -> dict:
    for entry in manifest.files:
        if entry.name.endswith(".json") and "/" not in entry.name:
            try:
                data = json.loads(files[entry.name])
            except (KeyError, ValueError):
                continue
            if isinstance(data, dict) and data.get("format") in (p.PACKET_FORMAT,
                                                                  p.MISUSE_FORMAT,
                                                                  REPORT_FORMAT):
                return data
    return {}


@dataclass(frozen=True, slots=True)
class SignedPack:
    """A criteria pack signed on the desk: the signature file written beside it."""

    pack: Path
    signature: Path
    pack_id: str
    version: str
    issuer: str
    signer: str
    fingerprint: str


class DeskService:
    def __init__(self, ctx: AppContext, *, keys: DeskKeyService | None = None) -> None:
        self.ctx = ctx
        self.keys = keys or DeskKeyService(ctx)

    # -- checking ------------------------------------------------------------------------------
    def verify(self, path: Path) -> DeskCheck:
        """Check a received packet; :class:`ValidationError` in words when it is refused
        (altered, badly signed, signed by another reseller's key, unsigned although the
        reseller's key is pinned, not an escalation)."""
        files = read_received(path)
        name = Path(path).name
        raw_manifest = files.get(p.MANIFEST_NAME)
        if raw_manifest is None:
            raise ValidationError("packet", t("{file} is not a packet: it has no "
                                              "manifest.json.", file=name))
        try:
            manifest = p.parse_manifest(raw_manifest)
        except p.PacketFileError as exc:
            raise ValidationError("packet", t("{file}: {reason}", file=name,
                                              reason=exc.message)) from None
        # Only what the manifest lists and its signature count: an e-mail may carry more.
        listed = {n: b for n, b in files.items()
                  if manifest.entry(n) is not None or n in (p.MANIFEST_NAME,
                                                            signing.MANIFEST_SIGNATURE_NAME)}
        changed = p.verify_files(manifest, {n: b for n, b in listed.items()
                                             if n != signing.MANIFEST_SIGNATURE_NAME})
        if changed:
            raise ValidationError("packet", t(
                "{file} was altered after its manifest was made: {files} differ (missing or "
                "changed). Ask the reseller to send the packet again.", file=name,
                files=", ".join(changed[:5])))
        data = _packet_json(listed, manifest)
        if data.get("format") == p.MISUSE_FORMAT:
            raise ValidationError("packet", t(
                "{file} is a misuse report, not an escalation: it asks for no decision. Read "
                "its PDF and answer the reseller directly.", file=name))
        if data.get("format") == REPORT_FORMAT:
            raise ValidationError("packet", t(
                "{file} is a due diligence report, not an escalation: it asks for no "
                "decision. Read its PDF; its JSON holds the same figures.", file=name))
        if data.get("format") != p.PACKET_FORMAT or data.get("packet_id") != manifest.packet_id:
            raise ValidationError("packet", t("{file} holds no escalation packet's JSON for "
                                              "packet {packet}.", file=name,
                                              packet=manifest.packet_id))
        reseller = " ".join(str((data.get("reseller") or {}).get("name") or "").split())
        reference = str((data.get("order") or {}).get("reference") or "")
        check = dict(packet_id=manifest.packet_id, reseller=reseller,
                     order_reference=reference, manifest_sha256=p.sha256(raw_manifest),
                     files=listed)
        signature = listed.get(signing.MANIFEST_SIGNATURE_NAME)
        with self.ctx.session() as s:
            key = pinned(s, ROLE_RESELLER, reseller)
            claimed = None
            if signature is not None:
                try:
                    claimed = signing.parse_signature(signature)
                except signing.SigningError as exc:
                    raise ValidationError("signature", t(
                        "{file}: the reseller's signature cannot be read: {reason}",
                        file=name, reason=exc.message)) from None
            other = pinned_by_fingerprint(s, ROLE_RESELLER, claimed.key_fingerprint) \
                if claimed is not None else None
        if key is None:
            if other is not None:
                raise ValidationError("signature", t(
                    "{file} says it comes from {reseller}, but it is signed with the key of "
                    "{other} (fingerprint {fingerprint}).", file=name,
                    reseller=reseller or "?", other=other.name, fingerprint=other.fingerprint))
            return DeskCheck(**check, message=t(
                "No key of {reseller} is pinned on this desk, so its signature cannot be "
                "checked; the files match the manifest. Pin the reseller's key after "
                "comparing its fingerprint.", reseller=reseller or "?"), warning=True)
        verdict = signing.verify_packet(key.key_file, listed)
        if verdict.outcome == signing.Outcome.OTHER_KEY and other is not None:
            raise ValidationError("signature", t(
                "{file} says it comes from {reseller}, but it is signed with the key of "
                "{other} (fingerprint {fingerprint}).", file=name, reseller=key.name,
                other=other.name, fingerprint=other.fingerprint))
        if not verdict.ok:
            raise ValidationError("signature", t("{file} is refused: {reason}", file=name,
                                                 reason=verdict.message))
        return DeskCheck(**check, message=verdict.message, signed_by=key.name,
                         fingerprint=key.fingerprint)

    # -- the list of received packets ----------------------------------------------------------
    def receive(self, path: Path) -> ReceivedView:
        """Check the packet and keep it in the list (waiting); the same packet received again
        keeps its place."""
        return self.keep(self.verify(path), path)

    def keep(self, check: DeskCheck, path: Path) -> ReceivedView:
        """Keep a packet :meth:`verify` accepted in the list (waiting), as :meth:`receive`
        does: for a window that shows the check's words and then lists the packet."""
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.execute(select(DbReceivedPacket).where(
                DbReceivedPacket.packet_id == check.packet_id)).scalar()
            if row is not None:
                if row.manifest_sha256 != check.manifest_sha256:
                    raise ValidationError("packet", t(
                        "Packet {packet} of {reseller} was received before with other "
                        "content (manifest SHA-256 {before}…, now {now}…). Nothing was "
                        "changed; ask the reseller which one holds.", packet=check.packet_id,
                        reseller=row.reseller, before=row.manifest_sha256[:12],
                        now=check.manifest_sha256[:12]))
                return _view(row)
            row = DbReceivedPacket(
                packet_id=check.packet_id, reseller=check.reseller[:200],
                order_reference=check.order_reference[:200], signed_by=check.signed_by,
                fingerprint=check.fingerprint, manifest_sha256=check.manifest_sha256,
                files=p.zip_bytes(check.files), received_at=now, received_by=self.ctx.who,
                state=WAITING.value)
            s.add(row)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.DESK_PACKET_RECEIVED,
                             entity=ENTITY, entity_id=row.id, at=now,  # type: ignore[arg-type]
                             details={"packet_id": check.packet_id, "reseller": check.reseller,
                                      "order_reference": check.order_reference,
                                      "manifest_sha256": check.manifest_sha256,
                                      "signed_by": check.signed_by,
                                      "key_fingerprint": check.fingerprint,
                                      "file": Path(path).name})
            s.commit()
            return _view(row)

    def packets(self, state: str | None = None) -> list[ReceivedView]:
        """The received packets in the order they came (oldest first)."""
        with self.ctx.session() as s:
            q = select(DbReceivedPacket).order_by(DbReceivedPacket.received_at,
                                                  DbReceivedPacket.id)
            if state is not None:
                q = q.where(DbReceivedPacket.state == state)
            rows = list(s.execute(q).scalars())
            messages = _newest_messages(s)
            return [_view(r, messages.get(r.id)) for r in rows]  # type: ignore[arg-type]

    def get(self, packet_id: str) -> ReceivedView:
        with self.ctx.session() as s:
            row = self._row(s, packet_id)
            return _view(row, _newest_messages(s, [row.id]).get(row.id))  # type: ignore[list-item]

    def _row(self, s, packet_id: str) -> DbReceivedPacket:
        row = s.execute(select(DbReceivedPacket).where(
            DbReceivedPacket.packet_id == (packet_id or "").strip().lower())).scalar()
        if row is None:
            raise NotFound(t("No packet {packet} was received on this desk.", packet=packet_id))
        return row

    def files(self, packet_id: str) -> dict[str, bytes]:
        """The packet's files as received (its PDF to read among them)."""
        with self.ctx.session() as s:
            data = bytes(self._row(s, packet_id).files)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return {n: zf.read(n) for n in zf.namelist()}

    # -- criteria packs for the resellers --------------------------------------------------------
    def sign_pack(self, pack: Path, *, key_file: Path | None = None,
                  out: Path | None = None) -> SignedPack:
        """Sign the criteria pack file ``pack`` with the desk's key: its detached signature
        (purpose ``pack``, over the file's exact bytes) goes to ``out``, by default beside the
        pack (``PACK.sig.json``), where the reseller's import looks for it.

        A detached signature rather than a bundle: the pack stays the very JSON file every
        import reads (an unsigned and a signed pack are the same file), it is signed the way
        decision files are, and the two files travel as two attachments of one e-mail.

        ``key_file``: the public-key file ``distributor keygen --out`` wrote, naming the key to
        sign with; refused when it is not the desk's key (whose private half alone is here).
        A pack the reseller's app would refuse is not signed."""
        pack = Path(pack)
        raw = read_input(pack, InputKind.PACK)
        try:
            loaded = load_pack(raw)
        except PackError as exc:
            raise ValidationError("pack", t("{file} is not a criteria pack the app can use: "
                                            "{reason} Nothing was signed.", file=pack.name,
                                            reason=exc)) from None
        key = self.keys.current()
        if key is None:
            raise ValidationError("key", t(
                "This desk has no signing key yet. Make it first with reseller-app distributor "
                "keygen --name \"YOUR COMPANY\" and send its public-key file to your "
                "resellers."))
        if key_file is not None:
            wanted = read_public_key(Path(key_file))
            if not signing.same_fingerprint(wanted.fingerprint, key.fingerprint):
                raise ValidationError("key", t(
                    "{file} holds the key of {owner} (fingerprint {theirs}), not this desk's "
                    "signing key (fingerprint {ours}), whose private half alone is on this "
                    "computer. Nothing was signed.", file=Path(key_file).name,
                    owner=wanted.owner, theirs=wanted.fingerprint, ours=key.fingerprint))
        private, owner = self.keys.private_key(), self.keys.owner()
        signature = signing.sign_detached(private, owner, raw, signing.PURPOSE_PACK)
        target = Path(out) if out is not None else pack.with_name(
            signing.signature_name(pack.name))
        if target.is_dir():
            target = target / signing.signature_name(pack.name)
        if target.resolve() == pack.resolve():
            raise ValidationError("out", t("The signature would overwrite the pack itself: "
                                           "choose another file. Nothing was signed."))
        write_atomically(target, signature, field="out")
        with self.ctx.write_session() as s:
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.DESK_PACK_SIGNED,
                             entity="pack_signature", entity_id=p.sha256(raw)[:64],
                             at=self.ctx.clock(),
                             details={"pack_id": loaded.pack.id,
                                      "version": loaded.pack.version,
                                      "issuer": loaded.pack.issuer, "file": pack.name,
                                      "file_sha256": p.sha256(raw), "signer": owner,
                                      "key_fingerprint": key.fingerprint,
                                      "signature_file": target.name})
            s.commit()
        return SignedPack(pack, target, loaded.pack.id, loaded.pack.version, loaded.pack.issuer,
                          owner, key.fingerprint)

    # -- answering -----------------------------------------------------------------------------
    def answer(self, path: Path, *, outcome: str, conditions: list[str], reference: str,
               person: str, out: Path, answered_on: dt.date | None = None,
               note: str = "") -> tuple[ReceivedView, Path, Path]:
        """Record the answer to the packet at ``path`` (received now if it was not yet) and
        write the signed decision file to ``out`` and its signature beside it
        (``<name>.sig.json``). Returns the packet's row and the two files written."""
        answer = self._checked(outcome, conditions, reference, person, answered_on)
        received = self.receive(path)
        row, written, sig = self.answer_received(received.packet_id, **answer, out=out,
                                                 note=note)
        assert written is not None and sig is not None
        return row, written, sig

    def _checked(self, outcome: str, conditions: list[str], reference: str, person: str,
                 answered_on: dt.date | None) -> dict:
        """The answer's fields as the decision file holds them; :class:`ValidationError`
        naming the field when one is missing or wrong."""
        outcome = str(outcome)
        if outcome not in tuple(AnswerOutcome):
            raise ValidationError("outcome", t("Choose approved, approved_with_conditions or "
                                               "rejected."))
        conditions = [" ".join(c.split()) for c in conditions if c and c.strip()]
        reference, person = " ".join((reference or "").split()), " ".join((person or "").split())
        if not reference:
            raise ValidationError("reference", t("Enter your reference for this answer."))
        if not person:
            raise ValidationError("person", t("Enter who decided."))
        if answered_on is not None and answered_on > self.ctx.clock().date():
            # The reseller's side would refuse it: better said here than there.
            raise ValidationError("answered_on", t("The date of the answer is in the future."))
        if outcome == AnswerOutcome.APPROVED_WITH_CONDITIONS and not conditions:
            raise ValidationError("conditions", t("Enter the conditions of the approval, one "
                                                  "a line."))
        return {"outcome": outcome, "conditions": conditions, "reference": reference,
                "person": person, "answered_on": answered_on}

    def answer_received(self, packet_id: str, *, outcome: str, conditions: list[str],
                        reference: str, person: str, out: Path | None = None,
                        answered_on: dt.date | None = None,
                        note: str = "") -> tuple[ReceivedView, Path | None, Path | None]:
        """Record the answer to a packet already in the list and keep the signed decision
        file with it (to save or e-mail later); also written to ``out`` and its signature
        beside it when ``out`` is given."""
        answer = self._checked(outcome, conditions, reference, person, answered_on)
        outcome, conditions = answer["outcome"], answer["conditions"]
        reference, person = answer["reference"], answer["person"]
        received = self.get(packet_id)
        if received.state == ANSWERED:
            raise ValidationError("packet", t(
                "Packet {packet} ({reseller}, order {reference}) was already answered "
                "({outcome}, reference {their_reference}, by {person}). Nothing was written.",
                packet=received.packet_id, reseller=received.reseller,
                reference=received.order_reference, outcome=received.outcome,
                their_reference=received.answer_reference, person=received.answered_by))
        private, owner = self.keys.private_key(), self.keys.owner()
        manifest = p.parse_manifest(self.files(received.packet_id)[p.MANIFEST_NAME])
        data = {"format": p.DECISION_FORMAT, "packet_id": received.packet_id,
                "manifest_sha256": received.manifest_sha256, "outcome": outcome,
                "conditions": conditions, "reference": reference[:200],
                "answered_on": (answered_on or self.ctx.clock().date()).isoformat(),
                "person": person[:200], "organisation": owner, "note": (note or "").strip(),
                "files": [{"name": f.name, "sha256": f.sha256} for f in manifest.files]}
        raw = p.json_bytes(data)
        try:  # the same reader the reseller's side uses: a file it would refuse is not written
            p.parse_decision(raw)
        except p.PacketFileError as exc:
            raise ValidationError(exc.field or "decision", exc.message) from None
        signature = signing.sign_detached(private, owner, raw, signing.PURPOSE_DECISION)
        sig_path = None
        if out is not None:
            out = Path(out)
            if out.is_dir():
                out = out / decision_file_name(received.order_reference)
            sig_path = out.with_name(signing.signature_name(out.name))
            write_atomically(out, raw, field="out")
            write_atomically(sig_path, signature, field="out")
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = self._row(s, received.packet_id)
            if row.state == ANSWERED:  # another desk answered meanwhile
                raise ValidationError("packet", t("Packet {packet} was answered meanwhile. "
                                                   "Nothing was recorded.",
                                                   packet=row.packet_id))
            row.state, row.outcome = ANSWERED.value, outcome
            row.answer_reference = reference[:200]
            row.answered_by, row.answered_at = person[:200], now
            row.decision, row.decision_signature = raw, signature
            s.add(row)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.DESK_ANSWERED,
                             entity=ENTITY, entity_id=row.id, at=now,  # type: ignore[arg-type]
                             details={"packet_id": row.packet_id, "reseller": row.reseller,
                                      "order_reference": row.order_reference,
                                      "outcome": outcome, "conditions": conditions,
                                      "reference": reference, "person": person,
                                      "decision_sha256": p.sha256(raw),
                                      "key_fingerprint": signing.fingerprint(
                                          signing.public_of(private)),
                                      "file": out.name if out is not None else ""})
            s.commit()
            return _view(row), out, sig_path

    # -- the decision file, to save or send ----------------------------------------------------
    def decision_files(self, packet_id: str) -> dict[str, bytes]:
        """The signed decision file of an answered packet and its signature, by file name."""
        with self.ctx.session() as s:
            row = self._row(s, packet_id)
            if row.state != ANSWERED or row.decision is None:
                raise ValidationError("packet", t(
                    "Packet {packet} ({reseller}, order {reference}) is not answered yet: "
                    "record the answer first.", packet=row.packet_id, reseller=row.reseller,
                    reference=row.order_reference))
            name = decision_file_name(row.order_reference)
            return {name: bytes(row.decision),
                    signing.signature_name(name): bytes(row.decision_signature or b"")}

    def save_decision(self, packet_id: str, target: Path) -> tuple[Path, Path]:
        """Write the stored decision file to ``target`` (a file, or a folder for its usual
        name) and its signature beside it."""
        (name, raw), (_, signature) = self.decision_files(packet_id).items()
        out = Path(target)
        if out.is_dir():
            out = out / name
        sig_path = out.with_name(signing.signature_name(out.name))
        write_atomically(out, raw, field="out")
        write_atomically(sig_path, signature, field="out")
        return out, sig_path

    def reseller_contact(self, packet_id: str) -> tuple[str, str]:
        """Who to send the answer to, as the packet's JSON names the reseller's contact: the
        contact's name and e-mail address ("" when the packet gives none)."""
        files = self.files(packet_id)
        data = _packet_json(files, p.parse_manifest(files[p.MANIFEST_NAME]))
        reseller = data.get("reseller") or {}
        name = " ".join(str(reseller.get("contact_name") or reseller.get("name") or "").split())
        return name, str(reseller.get("contact_email") or "").strip()

    def decision_message(self, packet_id: str, *, to: str, from_address: str,
                         message_id: str, date: dt.datetime, subject: str) -> Any:
        """The e-mail carrying the decision file and its signature back (an
        ``EmailMessage``): the same bytes at every attempt."""
        files = self.decision_files(packet_id)
        view = self.get(packet_id)
        body = decision_mail_body(view, self.keys.owner(), next(iter(files)))
        return build_message(files=files, subject=subject, to=to, from_address=from_address,
                             message_id=message_id, date=date, body=body,
                             packet_id=view.packet_id)
