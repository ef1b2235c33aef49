"""The human rights policy: a guided draft, adoption by a senior approver, versions, exports,
and a record of to whom it was communicated (the rules are in ``domain/policy.py``).

A version is a draft until it is adopted; an adopted version is frozen (the database refuses
changes too), and editing the policy after that starts a new draft copied from it. Adopting a
draft supersedes the previously adopted version. Autosaving a draft is not audited (it happens
as the user types); starting a draft, adopting, communicating and acknowledging are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.resources
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session

from reseller_app.domain import policy as rules
from reseller_app.domain.countries import country_name
from reseller_app.domain.policy import (
    Approval,
    PolicyFacts,
    PolicyTemplate,
    PolicyTemplateError,
    RenderedPolicy,
    Requirement,
    SectionChange,
)
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.reports.policy_text import policy_html, policy_text
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Approval as Proof
from reseller_app.services.dto import PolicyCommunication, PolicyVersionView, ReviewStatus
from reseller_app.services.errors import NotFound, ServiceError, ValidationError
from reseller_app.services.files import write_atomically
from reseller_app.services.packs import PackService
from reseller_app.services.people import PeopleService, proven_approver
from reseller_app.store import audit_log
from reseller_app.store.tables import (
    COMPANY_ID,
    DbCompany,
    DbDistributor,
    DbPolicyCommunication,
    DbPolicyVersion,
    utc,
)

DEFAULT_LANGUAGE = "en"
AUDIENCES: tuple[str, ...] = ("staff", "distributor", "vendor", "customer", "website", "other")
FORMATS: tuple[str, ...] = ("pdf", "html", "txt")
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
_RECIPIENT_MAX, _CHANNEL_MAX, _NOTE_MAX = 300, 100, 2000


def template_bytes(language: str) -> bytes:
    return (importlib.resources.files("reseller_app.resources") / "policy" /
            f"template.{language}.json").read_bytes()


def available_languages() -> list[str]:
    folder = importlib.resources.files("reseller_app.resources") / "policy"
    names = [p.name for p in folder.iterdir()]
    return sorted(n[len("template."):-len(".json")] for n in names
                  if n.startswith("template.") and n.endswith(".json"))


def _values(row: DbPolicyVersion) -> dict[str, Any]:
    try:
        data = json.loads(row.field_values or "{}")
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def _view(row: DbPolicyVersion) -> PolicyVersionView:
    values = _values(row)
    approval = None
    if row.approver_name and row.approved_on:
        approval = Approval(row.approver_name, row.approver_title or "", row.approved_on)
    next_review = row.next_review or rules.parse_date(values.get("next_review"))
    return PolicyVersionView(
        id=row.id, number=row.number, status=row.status, values=values, approval=approval,
        next_review=next_review, created_at=utc(row.created_at), updated_at=utc(row.updated_at),
        adopted_at=utc(row.adopted_at) if row.adopted_at else None, adopted_by=row.adopted_by,
        language=row.language,
    )


def _communication(row: DbPolicyCommunication) -> PolicyCommunication:
    return PolicyCommunication(row.id, row.version_id, row.audience, row.recipient, row.channel,
                               row.sent_on, row.acknowledged_on, row.note)


def _canonical_sha256(values: dict[str, Any]) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


class PolicyService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- template ----------------------------------------------------------------------------
    def template(self, language: str = DEFAULT_LANGUAGE) -> PolicyTemplate:
        """The guided template in ``language`` (English when there is no such translation)."""
        key = f"policy-template:{language}"
        cached = self.ctx.cache.get(key)
        if cached is None:
            try:
                raw = template_bytes(language)
            except (FileNotFoundError, OSError):
                if language == DEFAULT_LANGUAGE:
                    raise ServiceError(t("The policy template is missing from the "
                                         "installation.")) from None
                return self.template(DEFAULT_LANGUAGE)
            try:
                cached = rules.load_template(raw)
            except PolicyTemplateError as exc:
                raise ServiceError(str(exc)) from exc
            self.ctx.cache[key] = cached
        return cached

    def _today(self) -> dt.date:
        return self.ctx.clock().date()

    # -- reading -----------------------------------------------------------------------------
    def _row(self, s: Session, version_id: int) -> DbPolicyVersion:
        row = s.get(DbPolicyVersion, version_id)
        if row is None:
            raise NotFound(t("Policy version {version} does not exist.", version=version_id))
        return row

    def _latest(self, s: Session, status: str) -> DbPolicyVersion | None:
        return s.execute(select(DbPolicyVersion).where(DbPolicyVersion.status == status)
                         .order_by(DbPolicyVersion.number.desc()).limit(1)).scalar()

    def current_draft(self) -> PolicyVersionView | None:
        with self.ctx.session() as s:
            row = self._latest(s, "draft")
            return _view(row) if row else None

    def adopted(self) -> PolicyVersionView | None:
        with self.ctx.session() as s:
            row = self._latest(s, "adopted")
            return _view(row) if row else None

    def version(self, version_id: int) -> PolicyVersionView:
        with self.ctx.session() as s:
            return _view(self._row(s, version_id))

    def versions(self) -> list[PolicyVersionView]:
        """Every version, newest first, each with who approved it and when."""
        with self.ctx.session() as s:
            rows = s.execute(select(DbPolicyVersion)
                             .order_by(DbPolicyVersion.number.desc())).scalars()
            return [_view(r) for r in rows]

    # -- drafting ----------------------------------------------------------------------------
    def facts(self, language: str = DEFAULT_LANGUAGE) -> PolicyFacts:
        """What the app's setup and active criteria pack say, for pre-filling a draft in
        ``language`` (country and use-case names in that language where translated)."""
        with self.ctx.session() as s:
            company = s.get(DbCompany, COMPANY_ID)
            distributors = tuple(
                (d.name, d.email) for d in s.execute(
                    select(DbDistributor).order_by(DbDistributor.position, DbDistributor.id)
                ).scalars())
        prohibited: list[str] = []
        high: list[str] = []
        try:
            pack = PackService(self.ctx).localized(language=language)
        except ServiceError:
            pack = None
        if pack is not None:
            vocab = pack.vocabulary
            listed_use_cases = set()
            for terms in (vocab.use_cases, vocab.product_categories, vocab.customer_types,
                          vocab.government_functions, vocab.sectors):
                for term in terms:
                    if term.level == "prohibited":
                        prohibited.append(term.label)
                        listed_use_cases.add(term.id)
            # A red flag that points at a prohibited use case already listed says the same
            # thing in other words; one that stands alone is a use of its own.
            prohibited += [f.label for f in pack.red_flags if f.level == "prohibited"
                           and f.use_case not in listed_use_cases]
            high = [term.label for term in vocab.use_cases if term.level == "high"]
        if company is None:
            return PolicyFacts(distributors=distributors, prohibited_uses=tuple(prohibited),
                               high_risk_uses=tuple(high))
        return PolicyFacts(
            company_name=company.name, country_name=country_name(company.country, language),
            sales_model=company.sales_model, approver_name=company.approver_name,
            approver_title=company.approver_title, approver_email=company.approver_email,
            distributors=distributors, prohibited_uses=tuple(prohibited),
            high_risk_uses=tuple(high),
        )

    def start_draft(self, language: str | None = None) -> PolicyVersionView:
        """The open draft if there is one; else a new draft copied from the adopted version
        (in its language), or, for the very first policy, pre-filled from the setup and the
        active pack in ``language`` (by default the user's, ``ctx.language``)."""
        language = language or self.ctx.language
        existing = self.current_draft()
        if existing is not None:
            return existing
        template = self.template(language)
        # Read before the write lock: it may load the criteria pack.
        facts = self.facts(template.language)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            draft = self._latest(s, "draft")  # another window may have started one meanwhile
            if draft is not None:
                return _view(draft)
            adopted = self._latest(s, "adopted")
            if adopted is not None:
                values = _values(adopted)
                # A new version needs a new approval; the approver is kept as a suggestion.
                values.pop("approved_on", None)
                source, language = adopted.number, adopted.language
                template = self.template(language)
            else:
                values = rules.prefill(template, facts)
                source = None
            number = (s.execute(select(func.max(DbPolicyVersion.number))).scalar() or 0) + 1
            row = DbPolicyVersion(
                number=number, status="draft", language=template.language,
                template_version=template.version, field_values=json.dumps(values),
                created_by=self.ctx.who, created_at=now, updated_at=now,
            )
            s.add(row)
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.POLICY_DRAFT_STARTED, entity="policy",
                entity_id=row.id, at=now,
                details={"number": number, "copied_from_version": source,
                         "language": template.language,
                         "template": f"{template.id} {template.version}"},
            )
            s.commit()
            return _view(row)

    def save_draft(self, version_id: int, values: dict[str, Any]) -> PolicyVersionView:
        """Autosave: stores whatever the user has typed so far, complete or not.

        Refuses only text longer than its field allows (``ValidationError(field_id, ...)``)
        and any change to a version that has been adopted (``ServiceError``).
        """
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = self._row(s, version_id)
            self._refuse_frozen(row)
            template = self.template(row.language)
            clean = rules.normalise(template, values)
            too_long = rules.length_errors(template, clean)
            if too_long:
                field_id, message = next(iter(too_long.items()))
                raise ValidationError(field_id, message)
            row.field_values = json.dumps(clean)
            row.updated_at = now
            s.add(row)
            s.commit()
            return _view(row)

    def _refuse_frozen(self, row: DbPolicyVersion) -> None:
        if row.status != "draft":
            if row.approved_on:
                # approved_on is the day the senior person approved it (adoption in the app
                # may come later): say so.
                raise ServiceError(t(
                    "Version {number} of the policy was approved on {date} and adopted, so it "
                    "can no longer be changed. Edit the policy to start a new draft from it.",
                    number=row.number, date=row.approved_on.isoformat()))
            raise ServiceError(t(
                "Version {number} of the policy was adopted and can no longer be changed. Edit "
                "the policy to start a new draft from it.", number=row.number))

    # -- checking ----------------------------------------------------------------------------
    def check(self, values: dict[str, Any], approval: Approval | None = None, *,
              version_id: int | None = None) -> list[Requirement]:
        """The five Principle 16 requirements for these values.

        With ``version_id`` the communications recorded for that version count, and its
        recorded approval is used when ``approval`` is not given.
        """
        communications = 0
        if version_id is not None:
            with self.ctx.session() as s:
                row = self._row(s, version_id)
                communications = s.execute(
                    select(func.count()).select_from(DbPolicyCommunication)
                    .where(DbPolicyCommunication.version_id == version_id)).scalar() or 0
                if approval is None:
                    approval = _view(row).approval
        return rules.principle16(values, approval, communications)

    def errors(self, values: dict[str, Any], language: str = DEFAULT_LANGUAGE
               ) -> dict[str, str]:
        """Field id -> what must be fixed before adopting, in words."""
        template = self.template(language)
        return rules.field_errors(template, rules.normalise(template, values), self._today())

    # -- adopting ----------------------------------------------------------------------------
    def adopt(self, version_id: int, approval: Approval | None, next_review: dt.date | None,
              proof: Proof | None = None) -> PolicyVersionView:
        """Mark a draft adopted, approved by a named senior person; it is frozen from now on
        and the previously adopted version becomes "superseded".

        When the database has people, the adoption is confirmed by an approver (or
        administrator) with their own passphrase (``proof``), as a senior approval of an
        order is; refused in words, nothing stored, without it.
        """
        today = self._today()
        name = _clean(approval.name if approval else "")
        title = _clean(approval.title if approval else "")
        if not name:
            raise ValidationError("approver_name", t("Enter the name of the senior person "
                                                     "who approved the policy (owner, managing "
                                                     "director or board)."))
        if not title:
            raise ValidationError("approver_title", t("Enter the approver's job title."))
        approved_on = approval.approved_on if approval else None
        if approved_on is None:
            raise ValidationError("approved_on", t("Enter the date the policy was approved."))
        if approved_on > today:
            raise ValidationError("approved_on", t("The approval date {date} is in the "
                                                   "future: enter the day the policy was "
                                                   "actually approved.", date=approved_on))
        if next_review is None:
            raise ValidationError("next_review", t("Choose the date of the next review, "
                                                   "usually one year after approval."))
        if next_review < today:
            raise ValidationError("next_review", t("The review date {date} is in the past: "
                                                   "choose a date from today on, usually one "
                                                   "year after approval.", date=next_review))
        confirmed = None
        people = PeopleService(self.ctx)
        if people.is_set_up():
            confirmed = proven_approver(people, proof, t(
                "Adopting the policy needs the senior approver's confirmation: choose the "
                "approver, and let them type their own passphrase."))
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = self._row(s, version_id)
            self._refuse_frozen(row)
            self._check_approval_date(s, row, approved_on)
            template = self.template(row.language)
            values = rules.normalise(template, {
                **_values(row), "approver_name": name, "approver_title": title,
                "approved_on": approved_on, "next_review": next_review})
            problems = rules.field_errors(template, values, today)
            if problems:
                field_id, message = next(iter(problems.items()))
                label = template.fields()[field_id].label
                raise ValidationError(field_id, t("{label}: {problem}", label=label,
                                                  problem=message))
            previous = self._latest(s, "adopted")
            if previous is not None:
                s.execute(update(DbPolicyVersion).where(DbPolicyVersion.id == previous.id)
                          .values(status="superseded"))
            row.field_values = json.dumps(values)
            row.approver_name, row.approver_title = name, title
            row.approved_on, row.next_review = approved_on, next_review
            row.updated_at = row.adopted_at = now
            row.adopted_by = self.ctx.who
            row.status = "adopted"
            s.add(row)
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.POLICY_ADOPTED, entity="policy",
                entity_id=row.id, at=now,
                details={"number": row.number, "approver_name": name, "approver_title": title,
                         "approved_on": approved_on.isoformat(),
                         "next_review": next_review.isoformat(),
                         "superseded_version": previous.number if previous else None,
                         "sha256": _canonical_sha256(values),
                         **({"confirmed_by": confirmed.name,
                             "confirmed_by_person_id": confirmed.id,
                             "approval": "passphrase"} if confirmed is not None else {})},
                # the superseded version was changed with plain SQL: stamped here too
                records=[("policy", previous.id)] if previous is not None else (),
            )
            s.commit()
            return _view(row)

    def _check_approval_date(self, s: Session, row: DbPolicyVersion,
                             approved_on: dt.date) -> None:
        """A version cannot be approved before the version it replaces was approved (the
        record of which policy was in force when would break). It may be approved before its
        draft was typed in here: a board often approves the text on paper first."""
        previous = self._latest(s, "adopted")
        if previous is not None and previous.id != row.id and previous.approved_on and \
                approved_on < previous.approved_on:
            raise ValidationError("approved_on", t(
                "The approval date {date} is before the approval of version {number} "
                "({previous}), which this version replaces: enter the day this version was "
                "approved. Nothing was adopted.", date=approved_on.isoformat(),
                number=previous.number, previous=previous.approved_on.isoformat()))

    def diff(self, old_id: int, new_id: int) -> list[SectionChange]:
        """What changed in the printed text between two versions, section by section."""
        old, new = self.version(old_id), self.version(new_id)
        return rules.diff(self.template(new.language), old.values, new.values)

    # -- communicating -----------------------------------------------------------------------
    def record_communication(self, version_id: int, audience: str, recipient: str,
                             channel: str, on: dt.date, note: str = "") -> PolicyCommunication:
        """Record that the adopted policy was sent or shown to someone."""
        audience = (audience or "").strip().lower()
        if audience not in AUDIENCES:
            raise ValidationError("audience", t("Choose who received the policy: {choices}.",
                                                choices=", ".join(AUDIENCES)))
        recipient, channel, note = _clean(recipient), _clean(channel), (note or "").strip()
        if not recipient:
            raise ValidationError("recipient", t("Enter who received the policy (a name, a "
                                                 "team or a web address)."))
        for field_id, text, limit in (("recipient", recipient, _RECIPIENT_MAX),
                                      ("channel", channel, _CHANNEL_MAX),
                                      ("note", note, _NOTE_MAX)):
            if len(text) > limit:
                raise ValidationError(field_id, t("This is {length} characters long; the "
                                                  "limit is {limit}. Please shorten it.",
                                                  length=len(text), limit=limit))
        if on is None:
            raise ValidationError("on", t("Enter the date the policy was sent or shown."))
        if on > self._today():
            raise ValidationError("on", t("The date {date} is in the future: record a "
                                          "communication once it has happened.", date=on))
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            version = self._row(s, version_id)
            if version.status == "draft":
                raise ValidationError("version", t("Only an adopted policy can be "
                                                   "communicated: adopt the draft first."))
            if version.approved_on and on < version.approved_on:
                raise ValidationError("on", t("The date {date} is before the policy was "
                                              "approved ({approved}).", date=on,
                                              approved=version.approved_on))
            row = DbPolicyCommunication(
                version_id=version_id, audience=audience, recipient=recipient, channel=channel,
                sent_on=on, note=note, recorded_by=self.ctx.who, recorded_at=now)
            s.add(row)
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.POLICY_COMMUNICATED, entity="policy",
                entity_id=version_id, at=now,
                details={"number": version.number, "communication_id": row.id,
                         "audience": audience, "recipient": recipient, "channel": channel,
                         "on": on.isoformat(), "note": note},
            )
            s.commit()
            return _communication(row)

    def acknowledge(self, communication_id: int, on: dt.date) -> PolicyCommunication:
        """Record that the recipient (usually a member of staff) confirmed reading it."""
        if on is None:
            raise ValidationError("on", t("Enter the date of the acknowledgement."))
        if on > self._today():
            raise ValidationError("on", t("The date {date} is in the future.", date=on))
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.get(DbPolicyCommunication, communication_id)
            if row is None:
                raise NotFound(t("Policy communication {communication} does not exist.",
                                 communication=communication_id))
            if row.acknowledged_on is not None:
                raise ValidationError("on", t("{recipient} already acknowledged the policy on "
                                              "{date}.", recipient=row.recipient,
                                              date=row.acknowledged_on))
            if on < row.sent_on:
                raise ValidationError("on", t("The acknowledgement cannot be earlier than the "
                                              "day the policy was sent ({date}).",
                                              date=row.sent_on))
            row.acknowledged_on = on
            s.add(row)
            s.flush()
            version = self._row(s, row.version_id)
            audit_log.append(
                s, actor=self.ctx.actor, action=AuditAction.POLICY_ACKNOWLEDGED, entity="policy",
                entity_id=row.version_id, at=now,
                details={"number": version.number, "communication_id": row.id,
                         "audience": row.audience, "recipient": row.recipient,
                         "on": on.isoformat()},
            )
            s.commit()
            return _communication(row)

    def communications(self, version_id: int) -> list[PolicyCommunication]:
        with self.ctx.session() as s:
            self._row(s, version_id)
            rows = s.execute(select(DbPolicyCommunication)
                             .where(DbPolicyCommunication.version_id == version_id)
                             .order_by(DbPolicyCommunication.sent_on,
                                       DbPolicyCommunication.id)).scalars()
            return [_communication(r) for r in rows]

    def review_status(self, today: dt.date | None = None) -> ReviewStatus:
        """Whether the yearly review is due; with no adopted policy it is due at once."""
        today = today or self._today()
        adopted = self.adopted()
        if adopted is None:
            return ReviewStatus(adopted=False, next_review=None, due=True, days_left=None)
        if adopted.next_review is None:
            return ReviewStatus(True, None, True, None)
        days = (adopted.next_review - today).days
        return ReviewStatus(True, adopted.next_review, days <= 0, days)

    # -- documents ---------------------------------------------------------------------------
    def _pick(self, version_id: int | None, draft: bool) -> PolicyVersionView:
        if version_id is not None:
            return self.version(version_id)
        if draft:
            found = self.current_draft()
            if found is None:
                raise NotFound(t("There is no draft policy: start one in the app "
                                 "(Policy > Human rights policy)."))
            return found
        found = self.adopted()
        if found is None:
            raise NotFound(t("No human rights policy has been adopted yet: adopt one in the "
                             "app (Policy > Human rights policy), or export the draft with "
                             "--draft."))
        return found

    def rendered(self, version_id: int | None = None, *, draft: bool = False
                 ) -> tuple[PolicyVersionView, RenderedPolicy]:
        v = self._pick(version_id, draft)
        return v, rules.render(self.template(v.language), v.values, v.approval,
                               draft=v.status == "draft")

    def _company(self, v: PolicyVersionView) -> str:
        name = _clean(str(v.values.get("company_name") or ""))
        if name:
            return name
        with self.ctx.session() as s:
            company = s.get(DbCompany, COMPANY_ID)
            return company.name if company else ""

    def _company_country(self) -> str | None:
        with self.ctx.session() as s:
            company = s.get(DbCompany, COMPANY_ID)
            return company.country if company else None

    def html(self, version_id: int | None = None, *, draft: bool = False) -> str:
        """The policy as a standalone HTML page (for the preview, printing and the website)."""
        v, rendered = self.rendered(version_id, draft=draft)
        return policy_html(rendered, company=self._company(v), version_number=v.number,
                           approval=v.approval, draft=v.status == "draft",
                           next_review=v.next_review)

    def text(self, version_id: int | None = None, *, draft: bool = False) -> str:
        v, rendered = self.rendered(version_id, draft=draft)
        return policy_text(rendered, company=self._company(v), version_number=v.number,
                           approval=v.approval, draft=v.status == "draft",
                           next_review=v.next_review)

    def pdf(self, version_id: int | None = None, *, draft: bool = False,
            page_size: str | None = None) -> bytes:
        # late: ReportLab loads only when a PDF is built
        from reseller_app.reports.policy_pdf import build_policy_pdf, default_page_size

        if page_size is not None and page_size not in PAGE_SIZES:
            raise ValidationError("page_size", t("Choose A4 or Letter."))
        v, rendered = self.rendered(version_id, draft=draft)
        return build_policy_pdf(
            rendered, company=self._company(v), version_number=v.number, approval=v.approval,
            page_size=page_size or default_page_size(self._company_country()),
            draft=v.status == "draft", next_review=v.next_review,
            key_fingerprint=self._key_fingerprint())

    def _key_fingerprint(self) -> str | None:
        """The company key's fingerprint, printed in the policy PDF; None without a key."""
        # Here: company_key reads the profile through services/setup.py.
        from reseller_app.services.company_key import CompanyKeyService

        key = CompanyKeyService(self.ctx).current()
        return key.fingerprint if key else None

    def export(self, fmt: str, out: Path | str, *, version_id: int | None = None,
               draft: bool = False, page_size: str | None = None) -> Path:
        """Write the adopted policy (or, with ``draft=True``, the open draft, marked DRAFT)."""
        fmt = (fmt or "").lower()
        if fmt not in FORMATS:
            raise ValidationError("format", t("Choose pdf, html or txt."))
        if fmt == "pdf":
            data = self.pdf(version_id, draft=draft, page_size=page_size)
        elif fmt == "html":
            data = self.html(version_id, draft=draft).encode("utf-8")
        else:
            data = self.text(version_id, draft=draft).encode("utf-8")
        out = Path(out)
        write_atomically(out, data, field="out")
        return out
