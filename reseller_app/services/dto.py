"""Plain data the services take and return (no ORM objects cross into the UI or the CLI)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

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


class OrderStatus(StrEnum):
    """Where an order stands. ``held`` and ``blocked`` are set by screening, the rest by people."""

    CLEARED = "cleared"  # screened low / elevated assisted: may proceed
    HELD = "held"  # waiting for a decision
    BLOCKED = "blocked"  # prohibited use case: cannot be approved
    PROCEED = "proceed"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    ESCALATED = "escalated"  # sent to the distributor, waiting for the answer
    DECLINED = "declined"


class DecisionOutcome(StrEnum):
    PROCEED = "proceed"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    ESCALATE = "escalate"
    DECLINE = "decline"


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


@dataclass
class OrderFilter:
    statuses: list[str] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)
    customer_id: int | None = None
    country: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""  # searches reference, customer / end-user name and intended use


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


@dataclass
class AuditVerification:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""


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
