"""The human rights policy: its guided template, what it still needs, and its rendered text.

UNGP Principle 16 asks every company, however small, for a policy statement that (a) is approved
at the most senior level, (b) is informed by relevant internal and/or external expertise, (c)
stipulates the company's expectations of its personnel, business partners and others linked to
its products, (d) is publicly available and communicated internally and externally, and (e) is
reflected in the operational policies and procedures that embed it (BSR 2022 §6.4, footnotes
4 and 6). This module holds the rules for
that; it is pure: values in, data out, no clock (callers pass ``today``), no files (callers
pass the template's bytes).

A template is one JSON file per language (``resources/policy/template.<lang>.json``) with the
same section and field ids in every language. A section's ``body`` is the document text with
``{field_id}`` placeholders. Blocks are separated by a blank line; inside a block, a line that
holds only a list field's placeholder becomes a bullet list. A block whose placeholders are all
optional and empty is left out, so an optional paragraph disappears rather than printing empty.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic import ValidationError as PydanticError

from reseller_app.domain.dates import date_of
from reseller_app.domain.texts import t

TEMPLATE_FORMAT = "channel-diligence-policy-template/1"
SECTION_IDS: tuple[str, ...] = (
    "company", "commitment", "scope", "prohibited_uses", "screening", "expectations",
    "reporting", "training", "expertise", "approval", "communication", "review",
)
KINDS: tuple[str, ...] = ("text", "multiline", "list", "date", "choice")
# Fields the services and Principle 16 rely on: every language's template must have them.
REQUIRED_FIELDS: tuple[str, ...] = (
    "company_name", "company_country", "policy_owner", "prohibited_uses", "high_risk_uses",
    "sales_model_text", "screening_steps", "escalation_text", "staff_expectations",
    "partner_expectations", "customer_expectations", "report_contact", "internal_expertise",
    "external_expertise", "approver_name", "approver_title", "approved_on", "published_at",
    "internal_communication", "external_communication", "next_review",
)
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


class PolicyTemplateError(ValueError):
    """The template file is not usable; the message names the place and the reason."""


# -- template ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PolicyField:
    """One thing the user fills in."""

    id: str
    label: str
    kind: str  # "text" | "multiline" | "list" | "date" | "choice"
    required: bool
    max_length: int  # characters (for lists: per item)
    help: str
    example: str
    choices: tuple[str, ...] = ()
    default: Any = None  # what a new draft starts with (a str, or a tuple for lists)


@dataclass(frozen=True)
class PolicySection:
    """One wizard step and one section of the document."""

    id: str
    title: str
    guidance: str
    example: str
    body: str
    fields: tuple[PolicyField, ...]


@dataclass(frozen=True)
class PolicyTemplate:
    id: str
    version: str
    language: str
    title: str
    sections: tuple[PolicySection, ...]
    # Words of the document around the sections (footer, approval block), in this language.
    labels: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    # Texts the services fill a new draft with from the app's setup (see ``prefill``).
    prefill_texts: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    months: tuple[str, ...] = ()
    date_pattern: str = "{year}-{month_number}-{day_number}"

    def field_by_id(self, field_id: str) -> PolicyField:
        return self.fields()[field_id]

    def fields(self) -> dict[str, PolicyField]:
        return {f.id: f for s in self.sections for f in s.fields}

    def section(self, section_id: str) -> PolicySection:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def format_date(self, value: dt.date) -> str:
        return format_date(value, self.months, self.date_pattern)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _FieldModel(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    kind: Literal["text", "multiline", "list", "date", "choice"]
    required: bool
    max_length: int = Field(gt=0)
    help: str
    example: str
    choices: tuple[str, ...] = ()
    default: str | tuple[str, ...] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> _FieldModel:
        if self.kind == "choice" and not self.choices:
            raise ValueError(f"field {self.id}: a choice needs its choices")
        if self.default is not None and isinstance(self.default, tuple) != (self.kind == "list"):
            raise ValueError(f"field {self.id}: the default of a {self.kind} field must be "
                             f"{'a list' if self.kind == 'list' else 'text'}")
        return self


class _SectionModel(_Strict):
    id: str
    title: str = Field(min_length=1)
    guidance: str
    example: str
    body: str = Field(min_length=1)
    fields: tuple[_FieldModel, ...]


class _TemplateModel(_Strict):
    format: Literal["channel-diligence-policy-template/1"]
    id: str
    version: str
    language: str = Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$")
    title: str = Field(min_length=1)
    date_pattern: str = "{year}-{month_number}-{day_number}"
    months: tuple[str, ...] = ()
    labels: dict[str, str] = {}
    prefill: dict[str, Any] = {}
    sections: tuple[_SectionModel, ...]

    @model_validator(mode="after")
    def _complete(self) -> _TemplateModel:
        ids = tuple(s.id for s in self.sections)
        if ids != SECTION_IDS:
            raise ValueError(f"sections must be, in this order: {', '.join(SECTION_IDS)} "
                             f"(found: {', '.join(ids)})")
        if self.months and len(self.months) != 12:
            raise ValueError("months must name all twelve months")
        seen: dict[str, _FieldModel] = {}
        for s in self.sections:
            for f in s.fields:
                if f.id in seen:
                    raise ValueError(f"field {f.id} appears twice")
                seen[f.id] = f
        missing = [f for f in REQUIRED_FIELDS if f not in seen]
        if missing:
            raise ValueError(f"fields missing: {', '.join(missing)}")
        for s in self.sections:
            for line in s.body.split("\n"):
                for name in PLACEHOLDER.findall(line):
                    if name not in seen:
                        raise ValueError(f"section {s.id}: unknown placeholder {{{name}}}")
        return self


def load_template(raw: bytes | str) -> PolicyTemplate:
    """Parse and check a template file; raises PolicyTemplateError saying what is wrong."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PolicyTemplateError(t("the policy template is not valid JSON: {error}",
                                    error=exc)) from None
    try:
        m = _TemplateModel.model_validate(data)
    except PydanticError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "template"
        # ``where`` and pydantic's reason name JSON paths and types: they stay as they are.
        raise PolicyTemplateError(t("policy template, {where}: {problem}", where=where,
                                    problem=first["msg"])) from None
    sections = tuple(
        PolicySection(s.id, s.title, s.guidance, s.example, s.body, tuple(
            PolicyField(f.id, f.label, f.kind, f.required, f.max_length, f.help, f.example,
                        f.choices, f.default) for f in s.fields))
        for s in m.sections
    )
    return PolicyTemplate(m.id, m.version, m.language, m.title, sections, dict(m.labels),
                          dict(m.prefill), m.months, m.date_pattern)


def format_date(value: dt.date, months: Sequence[str] = (),
                pattern: str = "{year}-{month_number}-{day_number}") -> str:
    month = months[value.month - 1] if len(months) == 12 else f"{value.month:02d}"
    return pattern.format(day=value.day, month=month, year=value.year,
                          day_number=f"{value.day:02d}", month_number=f"{value.month:02d}")


# -- values -----------------------------------------------------------------------------------
def parse_date(value: Any) -> dt.date | None:
    """A date from a stored value (ISO text or a date); ``None`` when empty or not a date."""
    return date_of(value, whole_text=True)


def list_items(value: Any) -> list[str]:
    """The non-empty items of a list value (a list, or text with one item per line)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split("\n")
    return [str(v).strip() for v in value if str(v).strip()]


def normalise(template: PolicyTemplate, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as stored: known fields only, text stripped, lists as lists, dates as ISO text.

    Nothing typed is dropped except surrounding spaces and empty list items: a date that is not
    (yet) a date stays as typed, so ``field_errors`` can point at it.
    """
    out: dict[str, Any] = {}
    for f in template.fields().values():
        if f.id not in values:
            continue
        v = values[f.id]
        if f.kind == "list":
            out[f.id] = list_items(v)
        elif f.kind == "date":
            d = parse_date(v)
            out[f.id] = d.isoformat() if d else ("" if v is None else str(v).strip())
        elif f.kind == "multiline":
            out[f.id] = "\n".join(line.rstrip() for line in str(v or "").strip().split("\n"))
        else:
            out[f.id] = " ".join(str(v or "").split())
    return out


def is_empty(f: PolicyField, value: Any) -> bool:
    if f.kind == "list":
        return not list_items(value)
    if f.kind == "date":
        return not (isinstance(value, dt.date) or (isinstance(value, str) and value.strip()))
    return not str(value or "").strip()


def length_errors(template: PolicyTemplate, values: Mapping[str, Any]) -> dict[str, str]:
    """Field id -> message for text longer than the field allows (the only thing autosave
    refuses: everything else may be incomplete while the user types)."""
    errors: dict[str, str] = {}
    for f in template.fields().values():
        v = values.get(f.id)
        if v is None or f.kind == "date":
            continue
        if f.kind == "list":
            for i, item in enumerate(list_items(v), start=1):
                if len(item) > f.max_length:
                    errors[f.id] = t("Item {item} is {length} characters long; keep each item "
                                     "to {limit} characters or split it in two.", item=i,
                                     length=len(item), limit=f.max_length)
                    break
        else:
            n = len(str(v).strip())
            if n > f.max_length:
                errors[f.id] = t("This is {length} characters long; the limit is {limit}. "
                                 "Please shorten it.", length=n, limit=f.max_length)
    return errors


def field_errors(template: PolicyTemplate, values: Mapping[str, Any],
                 today: dt.date) -> dict[str, str]:
    """Field id -> what is wrong, in words: a required field empty, text too long, a date that
    is not a date, an approval dated in the future, a review date in the past. Ordered as the
    fields appear in the template."""
    too_long = length_errors(template, values)
    errors: dict[str, str] = {}
    for f in template.fields().values():
        v = values.get(f.id)
        if f.id in too_long:
            errors[f.id] = too_long[f.id]
        elif is_empty(f, v):
            if f.required:
                errors[f.id] = _required_message(f)
        elif f.kind == "date":
            d = parse_date(v)
            if d is None:
                errors[f.id] = t("'{value}' is not a date: enter it as YYYY-MM-DD.", value=v)
            elif f.id == "next_review" and d < today:
                errors[f.id] = t("The review date {date} is in the past: choose a date from "
                                 "today on, usually one year after approval.",
                                 date=d.isoformat())
            elif f.id == "approved_on" and d > today:
                errors[f.id] = t("The approval date {date} is in the future: enter the day "
                                 "the policy was actually approved.", date=d.isoformat())
        elif f.kind == "choice" and str(v) not in f.choices:
            errors[f.id] = t("Choose one of: {choices}.", choices=", ".join(f.choices))
    return errors


def _required_message(f: PolicyField) -> str:
    if f.kind == "list":
        return t("Add at least one item: this is needed before the policy can be adopted.")
    if f.kind == "date":
        return t("Enter a date: this is needed before the policy can be adopted.")
    if f.kind == "choice":
        return t("Choose one: this is needed before the policy can be adopted.")
    return t("Fill this in: it is needed before the policy can be adopted.")


# -- Principle 16 -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Approval:
    name: str
    title: str
    approved_on: dt.date


@dataclass(frozen=True)
class Requirement:
    """One of the five elements (a) to (e) of UNGP Principle 16, met or not, and what is still
    needed."""

    id: str  # "senior_approval" | "expertise" | "expectations" | "public" | "embedded"
    title: str
    met: bool
    missing: tuple[str, ...]
    letter: str = ""  # "a" to "e", as the Principle numbers its elements
    # What is missing that only an adopted policy can have (a recorded communication): a
    # draft missing nothing else is as ready as a draft can be.
    after_adoption: tuple[str, ...] = ()


def _filled(values: Mapping[str, Any], field_id: str) -> bool:
    v = values.get(field_id)
    if isinstance(v, list | tuple):
        return bool(list_items(v))
    if isinstance(v, dt.date):
        return True
    return bool(str(v or "").strip())


def approval_from_values(values: Mapping[str, Any]) -> Approval | None:
    """The approval typed into the approval step, if name, title and date are all there."""
    name = " ".join(str(values.get("approver_name") or "").split())
    title = " ".join(str(values.get("approver_title") or "").split())
    on = parse_date(values.get("approved_on"))
    return Approval(name, title, on) if name and title and on else None


def principle16(values: Mapping[str, Any], approval: Approval | None,
                communications: int = 0) -> list[Requirement]:
    """The five elements of UNGP Principle 16, (a) to (e), as the Principle words them.

    The policy statement (a) is approved at the most senior level; (b) is informed by relevant
    internal and/or external expertise; (c) stipulates the company's expectations of personnel,
    business partners and other parties directly linked to its operations, products or
    services; (d) is publicly available and communicated internally and externally; (e) is
    reflected in the operational policies and procedures that embed it.

    ``approval`` is the recorded approval of an adopted version; without it, the approver
    typed into the approval step counts. ``communications`` is how many times the adopted
    policy was recorded as sent or shown to someone.
    """

    def req(letter: str, id_: str, title: str, checks: list[tuple[bool, str]],
            later: tuple[tuple[bool, str], ...] = ()) -> Requirement:
        missing = tuple(words for ok, words in [*checks, *later] if not ok)
        return Requirement(id_, title, not missing, missing, letter,
                           tuple(words for ok, words in later if not ok))

    if approval is not None:
        name, title, on = approval.name.strip(), approval.title.strip(), approval.approved_on
    else:
        name = " ".join(str(values.get("approver_name") or "").split())
        title = " ".join(str(values.get("approver_title") or "").split())
        on = parse_date(values.get("approved_on"))
    # "internal and/or external": either kind of expertise meets (b).
    expertise = _filled(values, "internal_expertise") or _filled(values, "external_expertise")
    return [
        req("a", "senior_approval", t("Approved at the most senior level"), [
            (bool(name), t("the name of the senior person who approves it (owner, managing "
                           "director or board)")),
            (bool(title), t("the approver's job title")),
            (on is not None, t("the date it was approved")),
        ]),
        req("b", "expertise", t("Informed by relevant internal and/or external expertise"), [
            (expertise, t("who inside the company was consulted, or which outside expertise "
                          "was used (for example your distributor or published guidance)")),
        ]),
        req("c", "expectations",
            t("Stipulates expectations of personnel, business partners and other parties "
              "directly linked to the business"),
            [
                (_filled(values, "staff_expectations"), t("what you expect of your staff")),
                (_filled(values, "partner_expectations"),
                 t("what you expect of distributors, vendors and other partners")),
                (_filled(values, "customer_expectations"), t("what you expect of customers")),
                (_filled(values, "prohibited_uses"), t("the uses you will not sell for")),
            ]),
        req("d", "public", t("Publicly available and communicated internally and externally"), [
            (_filled(values, "published_at"), t("where the public can read the policy (for "
                                                "example a page on your website)")),
            (_filled(values, "internal_communication"), t("how your staff are told about it")),
            (_filled(values, "external_communication"),
             t("how distributors, vendors and customers are told about it")),
        ], later=(
            (communications > 0, t("a record that the adopted policy was sent or shown to "
                                   "staff or partners")),
        )),
        req("e", "embedded", t("Reflected in operational policies and procedures"), [
            (_filled(values, "screening_steps"), t("how orders are checked before they are "
                                                   "confirmed")),
            (_filled(values, "escalation_text"),
             t("when you ask your distributor or vendor for advice on a sale")),
            (_filled(values, "report_contact"), t("who to contact to raise a concern")),
            (_filled(values, "training_text"), t("who is trained, on what, and how often")),
        ]),
    ]


# -- prefill ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PolicyFacts:
    """What the app already knows, for a new draft (gathered by the services)."""

    company_name: str = ""
    country_name: str = ""
    sales_model: str = ""  # "assisted" | "self_service" | "both" | ""
    approver_name: str = ""
    approver_title: str = ""
    approver_email: str = ""
    distributors: tuple[tuple[str, str], ...] = ()  # (name, e-mail)
    prohibited_uses: tuple[str, ...] = ()  # labels from the active criteria pack
    high_risk_uses: tuple[str, ...] = ()


def _fill(text: str, **names: str) -> str:
    return PLACEHOLDER.sub(lambda m: names.get(m.group(1), m.group(0)), text)


def prefill(template: PolicyTemplate, facts: PolicyFacts) -> dict[str, Any]:
    """The values of a new draft: the template's defaults, then what the app knows."""
    values: dict[str, Any] = {}
    for f in template.fields().values():
        if f.default is not None:
            values[f.id] = list(f.default) if f.kind == "list" else f.default
    texts = template.prefill_texts
    if facts.company_name:
        values["company_name"] = facts.company_name
    if facts.country_name:
        values["company_country"] = facts.country_name
    approver = facts.approver_name.strip()
    if approver:
        values["approver_name"] = approver
        values["approver_title"] = facts.approver_title
        who = _fill(texts.get("policy_owner", "{name}, {title}"), name=approver,
                    title=facts.approver_title) if facts.approver_title else approver
        values["policy_owner"] = who
        key = "report_contact" if facts.approver_email else "report_contact_no_email"
        values["report_contact"] = _fill(texts.get(key, "{name}, {title} ({email})"),
                                         name=approver, title=facts.approver_title,
                                         email=facts.approver_email)
    if facts.prohibited_uses:
        values["prohibited_uses"] = list(dict.fromkeys(facts.prohibited_uses))
    if facts.high_risk_uses:
        values["high_risk_uses"] = list(dict.fromkeys(facts.high_risk_uses))
    model_texts = texts.get("sales_model") or {}
    if facts.sales_model in model_texts:
        values["sales_model_text"] = model_texts[facts.sales_model]
    steps = texts.get("screening_steps")
    if steps:
        if approver:
            in_text = _fill(texts.get("approver_in_text", "{name}"), name=approver,
                            title=facts.approver_title or "")
        else:
            in_text = texts.get("approver_unknown", "our senior approver")
        values["screening_steps"] = [_fill(s, approver=in_text) for s in steps]
    if facts.distributors:
        names = [f"{n} ({e})" if e else n for n, e in facts.distributors]
        joined = names[0] if len(names) == 1 else _fill(
            texts.get("list_or", "{items} or {last}"), items=", ".join(names[:-1]),
            last=names[-1])
        if "escalation_with_distributor" in texts:
            values["escalation_text"] = _fill(texts["escalation_with_distributor"],
                                              distributors=joined)
        if "external_distributor" in texts:
            own = [_fill(texts["external_distributor"], name=n) for n, _ in facts.distributors]
            values["external_expertise"] = own + list(values.get("external_expertise") or [])
    elif "escalation_without_distributor" in texts:
        values["escalation_text"] = texts["escalation_without_distributor"]
    return normalise(template, values)


# -- rendering --------------------------------------------------------------------------------
@dataclass(frozen=True)
class RenderedBlock:
    """A paragraph (``text``) or a bullet list (``items``), in document order."""

    kind: str  # "paragraph" | "bullets"
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class RenderedSection:
    id: str
    title: str
    paragraphs: tuple[str, ...]
    bullets: tuple[str, ...]
    blocks: tuple[RenderedBlock, ...] = ()  # paragraphs and bullets interleaved, as printed

    def as_text(self) -> str:
        lines = []
        for b in self.blocks:
            lines += [b.text] if b.kind == "paragraph" else [f"- {i}" for i in b.items]
        return "\n".join(lines)


@dataclass(frozen=True)
class RenderedPolicy:
    title: str
    sections: tuple[RenderedSection, ...]
    unfilled: tuple[str, ...]  # ids of required fields still empty, in template order
    language: str = "en"
    labels: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    months: tuple[str, ...] = ()
    date_pattern: str = "{year}-{month_number}-{day_number}"

    def format_date(self, value: dt.date) -> str:
        return format_date(value, self.months, self.date_pattern)

    def label(self, key: str, **names: Any) -> str:
        text = self.labels.get(key, _DEFAULT_LABELS.get(key, key))
        return text.format(**names) if names else text

    def draft_banner(self) -> str:
        """"DRAFT: Not yet approved. Do not publish." The word DRAFT once, even where a
        template's note starts with it (as the notes of the first templates did)."""
        word, note = self.label("draft"), self.label("draft_note").strip()
        head, sep, rest = note.partition(":")
        if sep and head.strip().casefold() == word.strip().casefold():
            note = rest.strip()
            note = note[:1].upper() + note[1:]
        return f"{word}: {note}" if note else word


_DEFAULT_LABELS = {
    "version": "Version {number}", "draft": "DRAFT",
    "draft_note": "Not yet approved. Do not publish.", "page": "Page {page} of {pages}",
    "draft_approval": "This draft has not been approved yet. Once it is approved at the most "
                      "senior level, it applies from the date of approval until it is "
                      "replaced by a newer version.",
    "approval_heading": "Approval", "approved_by": "Approved by", "approver_title": "Title",
    "approved_on": "Date of approval", "version_label": "Version",
    "next_review": "Next review by", "not_approved": "Not yet approved",
    "signature": "Signature", "adopted": "Adopted {date}",
    "contents_note": "This policy is published by {company}.",
}
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


def _tidy(text: str) -> str:
    return _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(text.split()))


def _chunk_blocks(chunk: str, fields: Mapping[str, PolicyField], values: Mapping[str, Any],
                  inline: Callable[[str], str], unfilled: dict[str, None]
                  ) -> list[RenderedBlock]:
    """One block of a section body: its text as paragraphs, a list placeholder as bullets."""
    blocks: list[RenderedBlock] = []
    text_lines: list[str] = []

    def flush() -> None:
        joined = PLACEHOLDER.sub(lambda m: inline(m.group(1)), " ".join(text_lines))
        # A multi-paragraph answer becomes several paragraphs.
        for part in re.split(r"\n\s*\n", joined):
            if part.strip():
                blocks.append(RenderedBlock("paragraph", _tidy(part)))
        text_lines.clear()

    for line in chunk.split("\n"):
        m = PLACEHOLDER.fullmatch(line.strip())
        if m and fields[m.group(1)].kind == "list":
            flush()
            f = fields[m.group(1)]
            items = list_items(values.get(f.id))
            if not items and f.required:
                unfilled[f.id] = None
                items = [f"[{f.label}]"]
            if items:
                blocks.append(RenderedBlock("bullets", items=tuple(items)))
        else:
            text_lines.append(line)
    flush()
    return blocks


def render(template: PolicyTemplate, values: Mapping[str, Any],
           approval: Approval | None, *, draft: bool = False) -> RenderedPolicy:
    """The document text: placeholders filled, optional empty paragraphs left out.

    A required field that is still empty prints as ``[Its label]`` and is listed in
    ``unfilled``; ``approval`` (of an adopted version) takes precedence over the approval
    fields in ``values``. A ``draft`` says in its approval section that it is not approved
    yet: "approved by ... on ..." would be untrue of a draft, whatever approver is typed in.
    """
    values = dict(values)
    if approval is not None:
        values.update(approver_name=approval.name, approver_title=approval.title,
                      approved_on=approval.approved_on)
    fields = template.fields()
    unfilled: dict[str, None] = {}

    def inline(name: str) -> str:
        f = fields[name]
        v = values.get(name)
        if is_empty(f, v):
            if f.required:
                unfilled[name] = None
                return f"[{f.label}]"
            return ""
        if f.kind == "date":
            d = parse_date(v)
            return template.format_date(d) if d else str(v)
        if f.kind == "list":
            return "; ".join(i.rstrip(";.") for i in list_items(v))
        return str(v).strip()

    labels = {**_DEFAULT_LABELS, **template.labels}
    sections = []
    for s in template.sections:
        blocks: list[RenderedBlock] = []
        body = s.body
        if draft and s.id == "approval":
            blocks.append(RenderedBlock("paragraph", labels["draft_approval"]))
            body = ""
        for chunk in body.split("\n\n") if body else ():
            names = PLACEHOLDER.findall(chunk)
            if names and all(not fields[n].required and is_empty(fields[n], values.get(n))
                             for n in names):
                continue  # an optional paragraph the user left empty
            blocks += _chunk_blocks(chunk, fields, values, inline, unfilled)
        sections.append(RenderedSection(
            s.id, s.title,
            tuple(b.text for b in blocks if b.kind == "paragraph"),
            tuple(i for b in blocks if b.kind == "bullets" for i in b.items),
            tuple(blocks)))
    order = list(fields)
    return RenderedPolicy(template.title, tuple(sections),
                          tuple(sorted(unfilled, key=order.index)), template.language,
                          template.labels, template.months, template.date_pattern)


# -- versions ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SectionChange:
    section_id: str
    title: str
    kind: str  # "added" | "removed" | "changed"
    old: str
    new: str


def diff(template: PolicyTemplate, old_values: Mapping[str, Any],
         new_values: Mapping[str, Any]) -> list[SectionChange]:
    """The sections whose printed text differs between two versions, in document order."""
    old = render(template, old_values, None)
    new = render(template, new_values, None)
    changes = []
    for a, b in zip(old.sections, new.sections, strict=True):
        ta, tb = a.as_text(), b.as_text()
        if ta == tb:
            continue
        kind = "added" if not ta else "removed" if not tb else "changed"
        changes.append(SectionChange(b.id, b.title, kind, ta, tb))
    return changes
