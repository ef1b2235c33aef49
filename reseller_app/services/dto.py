"""Plain data the services take and return (no ORM objects cross into the UI or the CLI)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

# Defined in the domain (the store's queries take it), and one of the services' words too.
from reseller_app.domain.order_filter import OrderFilter as OrderFilter
from reseller_app.domain.sanctions.freshness import ListsFreshness
from reseller_app.domain.vocabulary import AnswerOutcome as AnswerOutcome
from reseller_app.domain.vocabulary import ApprovalState as ApprovalState
from reseller_app.domain.vocabulary import DecisionOutcome as DecisionOutcome
from reseller_app.domain.vocabulary import MessageState as MessageState
from reseller_app.domain.vocabulary import OrderStatus as OrderStatus
from reseller_app.domain.vocabulary import PacketKind as PacketKind
from reseller_app.domain.vocabulary import PacketStatus as PacketStatus

if TYPE_CHECKING:  # annotations only: importing them costs ~0.1 s (pydantic) at start-up,
    # and the first screen (the orders list, the overview) needs these rows before that
    from reseller_app.domain.policy import Approval
    from reseller_app.domain.screening import ScreeningResult


class CompanySize(StrEnum):
    MICRO = "micro"  # fewer than 10 people
    SMALL = "small"  # 10-49
    MEDIUM = "medium"  # 50-249
    LARGE = "large"  # 250+


class CompanySalesModel(StrEnum):
    ASSISTED = "assisted"
    SELF_SERVICE = "self_service"
    BOTH = "both"


@dataclass
class Distributor:
    name: str
    email: str
    contact_name: str = ""
    id: int | None = None


@dataclass
class CompanyProfile:
    name: str
    country: str  # ISO alpha-2
    size: CompanySize
    sales_model: CompanySalesModel
    approver_name: str  # the senior person who approves decisions (UNGP 16: most senior level)
    approver_title: str
    approver_email: str = ""
    distributors: list[Distributor] = field(default_factory=list)


@dataclass
class Customer:
    """An end customer or an end user in the catalog."""

    name: str
    country: str | None
    type: str  # vocabulary id; "unknown" allowed
    sector: str | None = None
    government_function: str | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class Product:
    sku: str
    name: str
    vendor: str
    category: str  # vocabulary id
    id: int | None = None


@dataclass
class LineDraft:
    sku: str | None
    description: str | None
    category: str | None
    quantity: int = 1
    unit_price: Decimal | None = None
    product_id: int | None = None


@dataclass
class OrderDraft:
    """What the order editor (or an import row) holds before it is saved."""

    reference: str
    date: dt.date
    sales_model: str  # "assisted" | "self_service"
    customer_id: int | None
    end_user_id: int | None  # None: the customer is the end user
    destination_country: str | None
    intended_use: str
    use_cases: list[str]
    lines: list[LineDraft]
    currency: str = "EUR"
    id: int | None = None  # set when editing a saved order
    # The saved order's version this draft was opened from: saving refuses when someone saved
    # the order since (None: no check, e.g. a new order or the demo).
    version: int | None = None
    # Who receives the goods when neither the customer nor the end user does (a catalog
    # entry); None: no such party.
    consignee_id: int | None = None


@dataclass
class OrderRow:
    """One line of the orders list."""

    id: int
    reference: str
    date: dt.date
    customer: str
    country: str | None
    tier: str
    status: str
    total: Decimal
    currency: str
    # How complete the order's information is: the mask of ``Completeness.from_mask`` (None:
    # not read).
    completeness: int | None = None


@dataclass
class ChecklistAnswer:
    question_id: str
    answer: str  # "yes" | "no" | "unknown"
    note: str = ""


@dataclass
class DecisionRecord:
    outcome: DecisionOutcome
    rationale: str
    decided_by: str
    decided_at: dt.datetime
    mitigations: list[str] = field(default_factory=list)
    conditions: str = ""
    approved_by: str | None = None  # the senior approver, when the tier needs one
    id: int | None = None
    # A self-service order held for review: this decision is the sales-assisted review, and the
    # order's sales model became "assisted" with it.
    sales_review: bool = False


@dataclass
class OrderView:
    """Everything the order screen shows."""

    id: int
    draft: OrderDraft
    customer: Customer | None
    end_user: Customer | None
    status: OrderStatus
    screening: ScreeningResult
    screened_at: dt.datetime
    checklist_answers: list[ChecklistAnswer]
    decisions: list[DecisionRecord]
    version: int = 1  # the order's save counter as read (a decision names it, see DecisionService)
    consignee: Customer | None = None
    # Came from an import file (whose blank end user states nothing, see domain/completeness).
    imported: bool = False


@dataclass
class HistoryEntry:
    seq: int
    at: dt.datetime
    actor: str
    action: str  # e.g. "order.created", "order.screened", "decision.recorded"
    summary: str  # one plain sentence
    details: dict


@dataclass
class RowError:
    row: int  # 1-based line number in the file, header = 1
    reason: str


@dataclass
class ImportReport:
    imported: int
    errors: list[RowError]
    cancelled: bool
    held: int = 0
    blocked: int = 0
    # Rows of orders stored before with the same content (a corrected file imported again):
    # counted, not listed as errors.
    already_imported: int = 0


@dataclass
class RescreenedOrder:
    """What screening an order again changed (``RescreenService.rescreen``)."""

    order_id: int
    reference: str
    previous_tier: str
    tier: str
    previous_hold: bool
    hold: bool
    blocked: bool
    status: str
    flags_added: list[str] = field(default_factory=list)  # criteria ids
    flags_removed: list[str] = field(default_factory=list)
    filled_categories: dict[str, str] = field(default_factory=dict)  # SKU -> category
    filled_parties: list[str] = field(default_factory=list)  # names given type or sector
    decision_reset: bool = False  # a recorded decision stopped applying

    @property
    def outcome_changed(self) -> bool:
        return self.tier != self.previous_tier or self.hold != self.previous_hold or \
            bool(self.flags_added or self.flags_removed)


@dataclass
class RescreenReport:
    """Screen again: every order looked at, those whose stored screening was renewed."""

    screened: int  # orders looked at
    renewed: list[RescreenedOrder]  # a new screening stored (the rest found as they were)
    cancelled: bool = False

    @property
    def changed(self) -> list[RescreenedOrder]:
        return [r for r in self.renewed if r.outcome_changed]


@dataclass
class AuditVerification:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""  # in the user's language
    reason_en: str = ""  # in English, for the evidence bundle's records
    head: str = ""  # what the signed head says when all holds (services/chain_head.py)
    head_en: str = ""


@dataclass(frozen=True)
class Approval:
    """The senior approver's proof: who (person id or e-mail) and their own passphrase, typed
    by them in the same dialog. The passphrase is checked and dropped, never stored."""

    approver: int | str
    passphrase: str = field(repr=False)


@dataclass(frozen=True)
class ApproverChoice:
    """A person who may confirm a senior approval (an active approver or administrator)."""

    id: int
    name: str
    email: str


@dataclass(frozen=True)
class ApprovalRequestView:
    """A decision proposed for an order, asking the senior approver to approve it from their
    own desk (``services.approvals``)."""

    id: int
    order_id: int
    reference: str
    tier: str  # the order's tier when approval was asked
    outcome: DecisionOutcome
    rationale: str
    mitigations: list[str]
    conditions: str
    requested_by: str  # who proposed it (the decision's "decided by")
    requested_at: dt.datetime
    approver_id: int | None  # None: any approver
    approver_name: str  # "" when any approver may approve
    state: ApprovalState
    # The order is as it was when approval was asked (not edited or screened again since).
    current: bool
    resolved_by: str = ""
    resolved_at: dt.datetime | None = None
    reason: str = ""  # why it was sent back
    decision_id: int | None = None


@dataclass
class AllowedDecisions:
    """What may be decided on an order now, and why not the rest."""

    outcomes: list[DecisionOutcome]
    needs_senior_approval: bool  # proceed / proceed with conditions need ``approver_name``
    approver_name: str  # the company's senior approver ("" when not set up)
    approver_title: str = ""
    reason: str = ""  # one sentence on what limits the choice (blocked, approver, review)
    blocked: bool = False
    self_service_review: bool = False  # proceeding records the sales-assisted review
    mitigations: list[str] = field(default_factory=list)  # ids the pack offers
    # The database has people: a senior approval is proven by an approver's own passphrase
    # (one of ``approvers``), not by a typed name.
    approval_proven: bool = False
    approvers: list[ApproverChoice] = field(default_factory=list)


@dataclass
class PackInfo:
    """A criteria pack in the database (every imported pack is kept)."""

    pack_id: str
    version: str
    sha256: str
    issuer: str
    title: str
    issued: str  # ISO date
    imported_at: dt.datetime
    active: bool
    # The distributor whose pinned key proved the pack file at its import ("" : unsigned, not
    # checked, or the app's own default pack), and that key's fingerprint.
    signed_by: str = ""
    signer_fingerprint: str = ""


@dataclass
class PolicyVersionView:
    """One version of the human rights policy (see docs/policy-contract.md)."""

    id: int
    number: int  # 1, 2, 3...
    status: str  # "draft" | "adopted" | "superseded"
    values: dict
    approval: Approval | None  # set when adopted
    next_review: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    adopted_at: dt.datetime | None
    adopted_by: str | None  # who adopted it in the app (the context's actor)
    language: str = "en"


@dataclass
class PolicyCommunication:
    """The policy sent or shown to someone, and when they acknowledged it."""

    id: int
    version_id: int
    audience: str  # "staff" | "distributor" | "vendor" | "customer" | "website" | "other"
    recipient: str
    channel: str
    on: dt.date
    acknowledged_on: dt.date | None
    note: str


@dataclass
class ReviewStatus:
    """Whether the adopted policy's yearly review is due (no adopted policy: due)."""

    adopted: bool
    next_review: dt.date | None
    due: bool
    days_left: int | None  # negative when overdue


# -- escalation packets, outbox, answers, follow-ups, evidence (docs/escalation-contract.md) ----
@dataclass
class AttachmentInput:
    """A file the user adds to a packet (a Path is accepted too: its name and bytes)."""

    name: str
    content: bytes


@dataclass
class PacketFile:
    name: str
    sha256: str
    size: int


@dataclass
class PacketView:
    id: str
    kind: PacketKind
    status: PacketStatus
    order_id: int | None
    order_reference: str
    customer_id: int | None
    created_at: dt.datetime
    created_by: str
    recipient_name: str
    recipient_email: str
    subject: str
    file_stem: str
    files: list[PacketFile]  # PDF, JSON, attachments, manifest.json (in this order)
    manifest_sha256: str
    pdf_name: str = ""
    json_name: str = ""


@dataclass
class EscalationDraft:
    """What the escalate dialog starts with."""

    order_id: int
    reference: str
    distributors: list[Distributor]
    distributor_id: int | None
    mitigations: list[str]  # ids proposed by the latest decision
    conditions: str
    recommendation: str  # approve | approve_with_conditions | reject | no_recommendation
    recommendation_text: str
    available_mitigations: list[tuple[str, str]]  # (id, label) from the pack
    can_escalate: bool
    reason: str = ""  # why not, in words


@dataclass
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # none | starttls | ssl
    user: str = ""
    from_address: str = ""


@dataclass
class SmtpStatus:
    settings: SmtpSettings | None
    keyring_available: bool
    password_stored: bool
    keyring_name: str
    message: str = ""  # what the settings dialog should say ("" when all is well)


@dataclass
class OutboxItem:
    id: int
    packet_id: str
    kind: str
    order_reference: str
    to: str
    subject: str
    state: MessageState
    attempts: int
    next_attempt_at: dt.datetime
    last_error: str
    message_id: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    server_reply: str = ""
    cancelled_at: dt.datetime | None = None
    cancelled_by: str = ""


@dataclass
class SendReport:
    sent: int
    retry_later: int
    failed: int
    items: list[OutboxItem]
    # Why the run stopped before the rest (a login or connection problem: a settings matter,
    # every message stays queued), in words; "" when it went through the queue.
    stopped: str = ""
    stopped_kind: str = ""  # "login" | "connection" | ""


@dataclass
class AnswerInput:
    outcome: str  # AnswerOutcome
    conditions: list[str]
    reference: str
    answered_on: dt.date
    person: str
    organisation: str = ""
    note: str = ""


@dataclass
class FollowUpView:
    id: int
    order_id: int
    order_reference: str
    kind: str  # condition | contact
    due_on: dt.date
    text: str
    done_on: dt.date | None
    done_note: str
    overdue: bool = False


@dataclass
class AnswerView:
    id: int
    packet_id: str
    order_id: int
    order_reference: str
    outcome: AnswerOutcome
    conditions: list[str]
    reference: str
    answered_on: dt.date
    person: str
    organisation: str
    note: str
    source: str  # manual | file
    recorded_at: dt.datetime
    recorded_by: str
    order_status: str
    follow_ups: list[FollowUpView] = field(default_factory=list)
    # An imported decision file's signature in words ("Signed by TechDistri Europe
    # (fingerprint ...)." or why it proves nothing); "" otherwise.
    signature: str = ""
    signature_warning: bool = False


@dataclass
class MisuseDraft:
    what_seen: str
    seen_on: dt.date
    order_id: int | None = None
    customer_id: int | None = None
    evidence: list = field(default_factory=list)  # Path | AttachmentInput
    distributor_id: int | None = None


@dataclass
class EvidenceReport:
    path: Path
    date_from: dt.date
    date_to: dt.date
    files: list[str]
    screenings: int
    decisions: int
    packets: int
    answers: int
    policy_versions: int
    audit: AuditVerification
    policy_note: str = ""
    summary_pdf: bytes = b""  # the bundle's summary.pdf, to print it as it is in the zip
    list_versions: int = 0  # sanctions list versions imported by the end of the period
    party_reviews: int = 0  # reviews of possible matches made by then
    party_checks: int = 0  # the latest check of each party


# -- overview (home page) ------------------------------------------------------------------------
@dataclass
class TierMonth:
    """How many orders of each tier were dated in one month (``month`` is its first day)."""

    month: dt.date
    counts: dict[str, int] = field(default_factory=dict)  # tier id -> orders

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class RecentAnswer:
    order_id: int
    order_reference: str
    outcome: str  # AnswerOutcome value
    answered_on: dt.date


@dataclass
class OverviewSummary:
    """What needs attention today, for the overview page (``OverviewService.summary``)."""

    today: dt.date
    held: int  # orders on hold for a decision
    blocked: int  # prohibited uses: can only be declined
    escalated: int  # waiting for the distributor's answer
    answers_recent: int  # distributor answers recorded in the last ``recent_days``
    recent_days: int
    follow_ups_due: int  # open and due today or earlier (overdue included)
    follow_ups_overdue: int  # open and due before today
    outbox_failed: int
    outbox_waiting: int  # queued or being sent
    policy: ReviewStatus
    months: list[TierMonth] = field(default_factory=list)  # the last 12, oldest first
    latest_answers: list[RecentAnswer] = field(default_factory=list)  # newest first, max 5
    lists: ListsFreshness | None = None  # none imported, or too old (None: not counted)
    # Parties (catalog customers, parties of orders not declined) whose latest sanctions check
    # is a possible match, or a confirmed match
    possible_matches: int = 0
    confirmed_matches: int = 0


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy of the SQLite database (``BackupService.list``)."""

    path: Path
    taken_at: dt.datetime  # UTC, from the file name
    size: int  # bytes
    kind: str = "backup"  # "backup", or "before-restore": the copy made before a restore


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    safety_copy: Path  # the database as it was just before the restore
    revision: str  # the schema revision of the restored copy (upgraded when the app reopens)
