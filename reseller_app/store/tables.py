"""The database tables (SQLModel). Changing one means writing a migration in ``migrations/``.

Conventions that keep SQLite and PostgreSQL alike:

- Money is kept as decimal text (``"1234.50"``): exact on both, and never summed in SQL.
- JSON is kept as text, written by the services; the database never looks inside it.
- Timestamps are UTC. SQLite hands them back naive, so readers attach UTC (``utc()``).
- ``audit_event.at`` is text: the very string the event's hash was taken of.
- Every constraint and index has an explicit name, so batch migrations on SQLite can find it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from reseller_app.domain.dates import as_utc

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata = SQLModel.metadata

UTC = dt.UTC


def utc(value: dt.datetime) -> dt.datetime:
    """A timestamp read back from the database, as an aware UTC datetime."""
    return as_utc(value)


def _ts(nullable: bool = False) -> dict:
    return {"sa_type": DateTime(timezone=True), "nullable": nullable}


COMPANY_ID = 1  # the company is the one row of its table


class DbCompany(SQLModel, table=True):
    """The reseller itself: a single row (id 1)."""

    __tablename__ = "company"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(200))
    country: str = Field(sa_type=String(2))
    size: str = Field(sa_type=String(20))
    sales_model: str = Field(sa_type=String(20))
    approver_name: str = Field(sa_type=String(200))
    approver_title: str = Field(sa_type=String(200))
    approver_email: str = Field(default="", sa_type=String(320))
    updated_at: dt.datetime = Field(**_ts())


class DbDistributor(SQLModel, table=True):
    __tablename__ = "distributor"

    id: int | None = Field(default=None, primary_key=True)
    position: int = Field(default=0, sa_type=Integer)  # the order the user listed them in
    name: str = Field(sa_type=String(200))
    email: str = Field(sa_type=String(320))
    contact_name: str = Field(default="", sa_type=String(200))


class DbCustomer(SQLModel, table=True):
    """A customer or an end user in the catalog."""

    __tablename__ = "customer"
    __table_args__ = (Index("ix_customer_name", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(300))
    country: str | None = Field(default=None, sa_type=String(2), nullable=True)
    type: str = Field(default="unknown", sa_type=String(50))
    sector: str | None = Field(default=None, sa_type=String(50), nullable=True)
    government_function: str | None = Field(default=None, sa_type=String(50), nullable=True)
    notes: str = Field(default="", sa_type=Text)


class DbProduct(SQLModel, table=True):
    __tablename__ = "product"
    __table_args__ = (UniqueConstraint("sku", name="uq_product_sku"),)

    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(sa_type=String(100))
    name: str = Field(sa_type=String(300))
    vendor: str = Field(default="", sa_type=String(200))
    category: str = Field(sa_type=String(50))


class DbImportBatch(SQLModel, table=True):
    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    file_name: str = Field(sa_type=String(500))
    sha256: str = Field(sa_type=String(64))
    rows: int = Field(sa_type=Integer)
    imported: int = Field(default=0, sa_type=Integer)
    imported_at: dt.datetime = Field(**_ts())


# Which save of the order this row is (migration 0014): SQLAlchemy adds 1 at every UPDATE of the
# row through the ORM and adds ``AND version = <the one read>`` to it, so every writer bumps it
# and none overwrites a change it did not read. The import inserts with the server default.
ORDER_VERSION = Column("version", Integer, nullable=False, server_default="1")


class DbOrder(SQLModel, table=True):
    """An order as last saved, with the latest screening's tier / hold denormalised for the list.

    ``customer_name``, ``end_user_name`` and ``consignee_name`` are copies so that the list and
    its search (FTS5 on SQLite) never join the catalog. ``version`` is the order's save counter:
    several desks on one database refuse a save of an order someone changed after it was opened.
    """

    __tablename__ = "orders"  # "order" is an SQL keyword
    __table_args__ = (
        UniqueConstraint("reference", name="uq_orders_reference"),
        # The list is "newest first": each filter has an index ending in (order_date, id), so
        # SQLite walks it backwards and stops after one page instead of sorting every match.
        Index("ix_orders_date_id", "order_date", "id"),
        Index("ix_orders_status_date", "status", "order_date", "id"),
        Index("ix_orders_tier_date", "tier", "order_date", "id"),
        Index("ix_orders_customer", "customer_id", "order_date", "id"),
        Index("ix_orders_country", "destination_country", "order_date", "id"),
        Index("ix_orders_import_batch", "import_batch_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(sa_type=String(100))
    order_date: dt.date = Field(sa_type=Date)
    sales_model: str = Field(sa_type=String(20))
    customer_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("customer.id")], nullable=True
    )
    end_user_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("customer.id")], nullable=True
    )
    customer_name: str = Field(default="", sa_type=String(300))
    end_user_name: str = Field(default="", sa_type=String(300))
    destination_country: str | None = Field(default=None, sa_type=String(2), nullable=True)
    intended_use: str = Field(default="", sa_type=Text)
    use_cases: str = Field(default="[]", sa_type=Text)  # JSON list of use-case ids
    currency: str = Field(default="EUR", sa_type=String(3))
    status: str = Field(sa_type=String(30))
    tier: str = Field(sa_type=String(20))
    hold: bool = Field(default=False, sa_type=Boolean)
    blocked: bool = Field(default=False, sa_type=Boolean)
    total: str = Field(default="0", sa_type=String(40))  # decimal text
    import_batch_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("import_batch.id")],
        nullable=True,
    )
    created_at: dt.datetime = Field(**_ts())
    updated_at: dt.datetime = Field(**_ts())
    version: int = Field(default=1, sa_column=ORDER_VERSION)
    # Who receives the goods when neither the customer nor the end user does (migration 0018),
    # stored like the end user: the catalog entry and a copy of its name. Both NULL: no
    # consignee (every order stored before 0018). Last, so that a record stamp taken before
    # them still fits (``record_hash.Kind.optional_tail``).
    consignee_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("customer.id")], nullable=True
    )
    consignee_name: str | None = Field(default=None, sa_type=String(300), nullable=True)

    __mapper_args__ = {"version_id_col": ORDER_VERSION}


class DbOrderLine(SQLModel, table=True):
    __tablename__ = "order_line"
    __table_args__ = (Index("ix_order_line_order", "order_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("orders.id")])
    position: int = Field(default=0, sa_type=Integer)
    sku: str | None = Field(default=None, sa_type=String(100), nullable=True)
    description: str | None = Field(default=None, sa_type=Text, nullable=True)
    category: str | None = Field(default=None, sa_type=String(50), nullable=True)
    quantity: int = Field(sa_type=Integer)
    unit_price: str | None = Field(default=None, sa_type=String(40), nullable=True)
    product_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("product.id")], nullable=True
    )


class DbScreening(SQLModel, table=True):
    """One screening of one order: the result and the order exactly as screened."""

    __tablename__ = "screening"
    __table_args__ = (Index("ix_screening_order", "order_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("orders.id")])
    created_at: dt.datetime = Field(**_ts())
    tier: str = Field(sa_type=String(20))
    hold: bool = Field(sa_type=Boolean)
    blocked: bool = Field(sa_type=Boolean)
    result: str = Field(sa_type=Text)  # ScreeningResult JSON, full or compact (stored_result)
    order_snapshot: str = Field(sa_type=Text)  # order_to_json(order) as JSON
    pack_id: str = Field(sa_type=String(100))
    pack_version: str = Field(sa_type=String(50))
    pack_sha256: str = Field(sa_type=String(64))


class DbChecklistAnswer(SQLModel, table=True):
    __tablename__ = "checklist_answer"
    __table_args__ = (
        UniqueConstraint("order_id", "question_id", name="uq_checklist_answer_order_question"),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("orders.id")])
    question_id: str = Field(sa_type=String(100))
    answer: str = Field(sa_type=String(10))
    note: str = Field(default="", sa_type=Text)
    answered_by: str = Field(sa_type=String(200))
    answered_at: dt.datetime = Field(**_ts())


class DbDecision(SQLModel, table=True):
    __tablename__ = "decision"
    __table_args__ = (Index("ix_decision_order", "order_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("orders.id")])
    screening_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("screening.id")])
    outcome: str = Field(sa_type=String(30))
    mitigations: str = Field(default="[]", sa_type=Text)  # JSON list of mitigation ids
    conditions: str = Field(default="", sa_type=Text)
    rationale: str = Field(sa_type=Text)
    decided_by: str = Field(sa_type=String(200))
    approved_by: str | None = Field(default=None, sa_type=String(200), nullable=True)
    sales_review: bool = Field(default=False, sa_type=Boolean)
    decided_at: dt.datetime = Field(**_ts())


class DbPack(SQLModel, table=True):
    """Every criteria pack ever imported (old results stay explainable); one is active."""

    __tablename__ = "pack"
    __table_args__ = (UniqueConstraint("sha256", name="uq_pack_sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    pack_id: str = Field(sa_type=String(100))
    version: str = Field(sa_type=String(50))
    sha256: str = Field(sa_type=String(64))
    issuer: str = Field(sa_type=String(300))
    title: str = Field(default="", sa_type=String(500))
    issued: str = Field(default="", sa_type=String(10))  # ISO date, as the pack says it
    content: str = Field(sa_type=Text)  # canonical JSON
    imported_at: dt.datetime = Field(**_ts())
    active: bool = Field(default=False, sa_type=Boolean)


class DbSetting(SQLModel, table=True):
    """Business settings (e.g. the remembered CSV mapping); window layout lives in QSettings."""

    __tablename__ = "setting"

    key: str = Field(sa_type=String(100), primary_key=True)
    value: str = Field(sa_type=Text)  # JSON


class DbAuditEvent(SQLModel, table=True):
    """The append-only, hash-chained audit log (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id", "seq"),)

    seq: int = Field(sa_type=Integer, primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: str = Field(sa_type=String(40))  # ISO 8601 UTC, exactly as hashed
    actor: str = Field(sa_type=String(200))
    action: str = Field(sa_type=String(100))
    entity: str = Field(sa_type=String(50))
    entity_id: str = Field(sa_type=String(100))
    details: str = Field(sa_type=Text)  # canonical JSON
    prev_hash: str = Field(sa_type=String(64))
    hash: str = Field(sa_type=String(64))


class DbPolicyVersion(SQLModel, table=True):
    """One version of the human rights policy: a draft, the adopted one, or a superseded one.

    ``field_values`` is the wizard's answers as JSON. Once adopted a version is frozen (the
    services refuse changes; on SQLite and PostgreSQL a trigger refuses them too); the only
    change it can still see is its status becoming ``superseded``.
    """

    __tablename__ = "policy_version"
    __table_args__ = (
        UniqueConstraint("number", name="uq_policy_version_number"),
        Index("ix_policy_version_status", "status", "number"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(sa_type=Integer)  # 1, 2, 3... in the order the drafts were started
    status: str = Field(sa_type=String(20))  # "draft" | "adopted" | "superseded"
    language: str = Field(default="en", sa_type=String(10))
    template_version: str = Field(default="", sa_type=String(50))
    field_values: str = Field(default="{}", sa_type=Text)  # JSON: field id -> value
    approver_name: str | None = Field(default=None, sa_type=String(200), nullable=True)
    approver_title: str | None = Field(default=None, sa_type=String(200), nullable=True)
    approved_on: dt.date | None = Field(default=None, sa_type=Date, nullable=True)
    next_review: dt.date | None = Field(default=None, sa_type=Date, nullable=True)
    created_by: str = Field(default="", sa_type=String(200))
    created_at: dt.datetime = Field(**_ts())
    updated_at: dt.datetime = Field(**_ts())
    adopted_at: dt.datetime | None = Field(default=None, **_ts(nullable=True))
    adopted_by: str | None = Field(default=None, sa_type=String(200), nullable=True)


class DbPolicyCommunication(SQLModel, table=True):
    """The policy sent or shown to someone (staff, a distributor, the website...)."""

    __tablename__ = "policy_communication"
    __table_args__ = (Index("ix_policy_communication_version", "version_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("policy_version.id")])
    audience: str = Field(sa_type=String(20))
    recipient: str = Field(sa_type=String(300))
    channel: str = Field(default="", sa_type=String(100))
    sent_on: dt.date = Field(sa_type=Date)
    acknowledged_on: dt.date | None = Field(default=None, sa_type=Date, nullable=True)
    note: str = Field(default="", sa_type=Text)
    recorded_by: str = Field(default="", sa_type=String(200))
    recorded_at: dt.datetime = Field(**_ts())


# -- escalation packets, outbox, distributor answers, follow-ups (migration 0003) ---------------
class DbPacket(SQLModel, table=True):
    """An escalation packet or misuse report: its files exactly as built (never rebuilt).

    The PDF, the JSON, the attachments (``packet_attachment``) and ``manifest.json`` are kept
    as bytes; the zip is made from them on demand with fixed timestamps (same bytes each time).
    """

    __tablename__ = "packet"
    __table_args__ = (
        Index("ix_packet_order", "order_id", "created_at"),
        Index("ix_packet_created", "created_at"),
    )

    id: str = Field(sa_type=String(36), primary_key=True)  # UUID, lower case
    kind: str = Field(sa_type=String(20))  # escalation | misuse | followup
    status: str = Field(sa_type=String(20))  # built | queued | sent | exported | answered
    order_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("orders.id")], nullable=True
    )
    customer_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("customer.id")], nullable=True
    )
    distributor_name: str = Field(default="", sa_type=String(200))
    recipient: str = Field(default="", sa_type=String(320))  # e-mail address
    subject: str = Field(default="", sa_type=String(300))
    file_stem: str = Field(sa_type=String(200))  # e.g. escalation-SO-2001
    json_name: str = Field(sa_type=String(250))
    json_content: bytes = Field(sa_type=LargeBinary)
    pdf_name: str = Field(sa_type=String(250))
    pdf: bytes = Field(sa_type=LargeBinary)
    manifest: bytes = Field(sa_type=LargeBinary)  # manifest.json as built
    manifest_sha256: str = Field(sa_type=String(64))
    # manifest.sig.json as built: the company key's detached signature of ``manifest`` (NULL:
    # built unsigned, by an earlier version or where the key could not be used)
    manifest_signature: bytes | None = Field(default=None, sa_type=LargeBinary, nullable=True)
    created_by: str = Field(default="", sa_type=String(200))
    created_at: dt.datetime = Field(**_ts())


class DbPacketAttachment(SQLModel, table=True):
    __tablename__ = "packet_attachment"
    __table_args__ = (
        UniqueConstraint("packet_id", "name", name="uq_packet_attachment_packet_name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    packet_id: str = Field(sa_type=String(36), sa_column_args=[ForeignKey("packet.id")])
    position: int = Field(default=0, sa_type=Integer)
    name: str = Field(sa_type=String(250))  # as listed in the manifest: attachments/<file>
    content: bytes = Field(sa_type=LargeBinary)
    sha256: str = Field(sa_type=String(64))
    size: int = Field(sa_type=Integer)


class DbOutboxMessage(SQLModel, table=True):
    """One e-mail of a packet, or a plain message (``kind``). ``message_id`` is fixed when
    queued: every attempt (also after a crash) sends the same message. ``sending`` holds a
    lease until ``next_attempt_at``."""

    __tablename__ = "outbox_message"
    __table_args__ = (
        UniqueConstraint("message_id", name="uq_outbox_message_message_id"),
        Index("ix_outbox_message_state", "state", "next_attempt_at"),
        Index("ix_outbox_message_packet", "packet_id"),
        Index("ix_outbox_message_received", "received_packet_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # NULL (migration 0016): a desk's decision file, sent back for ``received_packet_id``
    packet_id: str | None = Field(default=None, sa_type=String(36),
                                  sa_column_args=[ForeignKey("packet.id")], nullable=True)
    received_packet_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("received_packet.id")],
        nullable=True)
    recipient: str = Field(sa_type=String(320))
    subject: str = Field(sa_type=String(300))
    message_id: str = Field(sa_type=String(250))
    state: str = Field(sa_type=String(20))  # queued | sending | sent | failed | cancelled
    attempts: int = Field(default=0, sa_type=Integer)
    next_attempt_at: dt.datetime = Field(**_ts())
    last_error: str = Field(default="", sa_type=Text)
    server_reply: str = Field(default="", sa_type=Text)
    created_at: dt.datetime = Field(**_ts())
    sent_at: dt.datetime | None = Field(default=None, **_ts(nullable=True))
    cancelled_at: dt.datetime | None = Field(default=None, **_ts(nullable=True))
    cancelled_by: str | None = Field(default=None, sa_type=String(200), nullable=True)
    # (migration 0019) A plain e-mail that is no packet: ``kind`` says what (``MessageKind``,
    # e.g. the daily digest) and ``body`` holds its text, fixed when queued. NULL in both for a
    # packet's message or a desk's decision file, as every message stored before.
    kind: str | None = Field(default=None, sa_type=String(20), nullable=True)
    body: str | None = Field(default=None, sa_type=Text, nullable=True)


class DbDistributorAnswer(SQLModel, table=True):
    __tablename__ = "distributor_answer"
    __table_args__ = (
        UniqueConstraint("packet_id", name="uq_distributor_answer_packet_id"),
        Index("ix_distributor_answer_order", "order_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    packet_id: str = Field(sa_type=String(36), sa_column_args=[ForeignKey("packet.id")])
    order_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("orders.id")])
    outcome: str = Field(sa_type=String(30))  # approved | approved_with_conditions | rejected
    conditions: str = Field(default="[]", sa_type=Text)  # JSON list of texts
    reference: str = Field(sa_type=String(200))
    answered_on: dt.date = Field(sa_type=Date)
    person: str = Field(sa_type=String(200))
    organisation: str = Field(default="", sa_type=String(200))
    note: str = Field(default="", sa_type=Text)
    source: str = Field(sa_type=String(10))  # manual | file
    source_sha256: str | None = Field(default=None, sa_type=String(64), nullable=True)
    # The decision file as received (migration 0005): the evidence bundle holds it beside its
    # SHA-256. NULL for typed answers and for files imported before 0005.
    source_file: bytes | None = Field(default=None, sa_type=LargeBinary, nullable=True)
    # The detached signature that came with the decision file (migration 0011); NULL: unsigned.
    source_signature: bytes | None = Field(default=None, sa_type=LargeBinary, nullable=True)
    recorded_by: str = Field(sa_type=String(200))
    recorded_at: dt.datetime = Field(**_ts())


class DbFollowUp(SQLModel, table=True):
    """Something to check on an order later: a distributor's condition, or contact over time."""

    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_due", "done_on", "due_on"),
        Index("ix_follow_up_order", "order_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("orders.id")])
    answer_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("distributor_answer.id")],
        nullable=True,
    )
    kind: str = Field(sa_type=String(20))  # condition | contact
    due_on: dt.date = Field(sa_type=Date)
    text: str = Field(sa_type=Text)
    done_on: dt.date | None = Field(default=None, sa_type=Date, nullable=True)
    done_note: str = Field(default="", sa_type=Text)
    created_at: dt.datetime = Field(**_ts())


# -- people and roles (migration 0009) ---------------------------------------------------------
class DbPerson(SQLModel, table=True):
    """Someone who uses the app, with a role (``domain.people.Role``).

    The passphrase is kept only as a memory-hard hash with its parameters
    (``services.passphrases``), never as itself. ``version`` grows with each change a person
    makes to the row (name, role, active, passphrase), so two desks editing the same person
    cannot overwrite each other; wrong tries and the lock do not count as changes.
    """

    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("email", name="uq_person_email"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(200))
    email: str = Field(sa_type=String(320))  # stored lower-case: people type it in any case
    role: str = Field(sa_type=String(20))  # staff | approver | administrator
    active: bool = Field(default=True, sa_type=Boolean)
    passphrase_hash: str = Field(sa_type=String(300))  # scrypt$n=...,r=...,p=...$salt$hash
    failed_tries: int = Field(default=0, sa_type=Integer)
    locked_until: dt.datetime | None = Field(default=None, **_ts(nullable=True))
    created_at: dt.datetime = Field(**_ts())
    updated_at: dt.datetime = Field(**_ts())
    version: int = Field(default=1, sa_type=Integer)


# -- pinned keys and the distributor's answer desk (migration 0011) -----------------------------
class DbPinnedKey(SQLModel, table=True):
    """A public key pinned by hand after comparing its fingerprint: a distributor's (decision
    files are checked against it) or a reseller's (the desk checks packets against it).

    Keyed by name (``name_key``: folded), not by ``distributor.id``: saving the company
    profile replaces the distributor rows. ``accept_unsigned``: the audited choice to accept a
    distributor's unsigned decision files although its key is pinned (off by default).
    """

    __tablename__ = "pinned_key"
    __table_args__ = (UniqueConstraint("role", "name_key", name="uq_pinned_key_role"),)

    id: int | None = Field(default=None, primary_key=True)
    role: str = Field(sa_type=String(20))  # distributor | reseller
    name: str = Field(sa_type=String(200))
    name_key: str = Field(sa_type=String(200))
    owner: str = Field(sa_type=String(200))  # as the key file names it
    fingerprint: str = Field(sa_type=String(60))
    public_key: bytes = Field(sa_type=LargeBinary)
    pinned_at: dt.datetime = Field(**_ts())
    pinned_by: str = Field(sa_type=String(200))
    accept_unsigned: bool = Field(default=False, sa_type=Boolean)


class DbReceivedPacket(SQLModel, table=True):
    """A packet the distributor's desk received (its files as a zip, as received), waiting for
    or with its answer, and the signed decision file written for it."""

    __tablename__ = "received_packet"
    __table_args__ = (
        UniqueConstraint("packet_id", name="uq_received_packet_packet_id"),
        Index("ix_received_packet_state", "state", "received_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    packet_id: str = Field(sa_type=String(36))
    reseller: str = Field(sa_type=String(200))
    order_reference: str = Field(sa_type=String(200))
    signed_by: str = Field(default="", sa_type=String(200))  # "": not verified with a key
    fingerprint: str = Field(default="", sa_type=String(60))
    manifest_sha256: str = Field(sa_type=String(64))
    files: bytes = Field(sa_type=LargeBinary)  # zip of the packet's files as received
    received_at: dt.datetime = Field(**_ts())
    received_by: str = Field(sa_type=String(200))
    state: str = Field(default="waiting", sa_type=String(20))  # waiting | answered
    outcome: str | None = Field(default=None, sa_type=String(30), nullable=True)
    answer_reference: str = Field(default="", sa_type=String(200))
    answered_by: str = Field(default="", sa_type=String(200))
    answered_at: dt.datetime | None = Field(default=None, **_ts(nullable=True))
    decision: bytes | None = Field(default=None, sa_type=LargeBinary, nullable=True)
    decision_signature: bytes | None = Field(default=None, sa_type=LargeBinary, nullable=True)


# -- approvals from the approver's own desk (migration 0015) ------------------------------------
class DbApprovalRequest(SQLModel, table=True):
    """A decision proposed for an order that needs the senior approver, waiting for them to
    approve it from their own desk (or sent back with a reason, or stale).

    ``screening_id`` and ``order_updated_at`` are the order as it was when approval was asked:
    a re-screening or an edit after that changes them, and the request can no longer be
    approved. ``approver_person_id`` NULL: any approver may approve it.
    """

    __tablename__ = "approval_request"
    __table_args__ = (
        Index("ix_approval_request_state", "state", "requested_at"),
        Index("ix_approval_request_order", "order_id", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("orders.id")])
    screening_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("screening.id")])
    order_updated_at: dt.datetime = Field(**_ts())
    outcome: str = Field(sa_type=String(30))
    mitigations: str = Field(default="[]", sa_type=Text)  # JSON list of mitigation ids
    conditions: str = Field(default="", sa_type=Text)
    rationale: str = Field(sa_type=Text)
    requested_by: str = Field(sa_type=String(200))  # "Lea Kim (lea)": the decision's decided_by
    requested_by_person_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("person.id")], nullable=True)
    approver_person_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("person.id")], nullable=True)
    requested_at: dt.datetime = Field(**_ts())
    state: str = Field(default="waiting", sa_type=String(20))  # domain.vocabulary.ApprovalState
    resolved_at: dt.datetime | None = Field(default=None, **_ts(nullable=True))
    resolved_by: str = Field(default="", sa_type=String(200))
    resolved_by_person_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("person.id")], nullable=True)
    reason: str = Field(default="", sa_type=Text)  # why it was sent back
    decision_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("decision.id")], nullable=True)


# -- the audit chain's signed heads (migration 0013) -----------------------------------------------
class DbChainHead(SQLModel, table=True):
    """A signed head of the audit chain: event ``seq`` had ``event_hash``, signed with the
    company's key at ``signed_at`` (text, exactly as signed). Every head is kept (a few a day:
    at closing, after a command that wrote, in each export) and the table is append-only like
    the audit log: an older head still names the events it saw when newer ones are gone."""

    __tablename__ = "chain_head"

    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(sa_type=Integer, index=True)
    event_hash: str = Field(sa_type=String(64))
    signed_at: str = Field(sa_type=String(40))
    signer: str = Field(sa_type=String(200))
    key_fingerprint: str = Field(sa_type=String(60))
    signature: bytes = Field(sa_type=LargeBinary)
    occasion: str = Field(sa_type=String(20))  # closing | command | packet | misuse | ...


# -- record stamps (migration 0012) ------------------------------------------------------------
class DbRecordStamp(SQLModel, table=True):
    """The SHA-256 of a record as an audit event wrote it (``store.record_hash``).

    Append-only like the log (triggers refuse UPDATE and DELETE); each event's hashed details
    carry a digest of its stamps, so a stamp edited, added or removed is caught too. A record's
    newest stamp is what ``verify-audit`` compares it with; ``sha256`` "" means the event
    removed the record.
    """

    __tablename__ = "record_stamp"
    __table_args__ = (Index("ix_record_stamp_record", "kind", "record_id", "event_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    event_seq: int = Field(sa_type=Integer)
    kind: str = Field(sa_type=String(20))
    record_id: str = Field(sa_type=String(100))
    sha256: str = Field(sa_type=String(64))


# -- restricted-party screening (migration 0017) --------------------------------------------------
class DbSanctionList(SQLModel, table=True):
    """One imported version of a sanctions list (OFAC SDN, UN, EU, UK): what the file said of
    itself and what the import found in it. Every import is a new version; the newest of each
    source is the one checked against. Its entries are in ``sanction_entry``."""

    __tablename__ = "sanction_list"
    __table_args__ = (Index("ix_sanction_list_source", "source", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(sa_type=String(10))  # domain.sanctions.entries.ListSource
    published: str = Field(default="", sa_type=String(10))  # ISO date; "" when the file is silent
    file_name: str = Field(sa_type=String(300))
    file_sha256: str = Field(sa_type=String(64))  # of the file picked (OFAC: of sdn.csv)
    entry_count: int = Field(sa_type=Integer)
    name_count: int = Field(sa_type=Integer)
    skipped_names: int = Field(default=0, sa_type=Integer)
    skipped_entries: int = Field(default=0, sa_type=Integer)
    imported_at: dt.datetime = Field(**_ts())
    imported_by: str = Field(sa_type=String(200))


class DbSanctionEntry(SQLModel, table=True):
    """A listed party of one list version. ``data`` is the entry as JSON (names, countries,
    birth dates, programmes, remarks: ``domain.sanctions.entries.entry_data``); ``sha256`` is
    of that JSON, so a review can tell when the entry changed between versions."""

    __tablename__ = "sanction_entry"
    __table_args__ = (Index("ix_sanction_entry_list", "list_id", "entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    list_id: int = Field(sa_type=Integer, sa_column_args=[ForeignKey("sanction_list.id")])
    entry_id: str = Field(sa_type=String(100))  # the list's own id
    kind: str = Field(sa_type=String(20))  # domain.sanctions.entries.PartyKind
    name: str = Field(sa_type=Text)  # the primary name, as the list writes it
    data: str = Field(sa_type=Text)
    sha256: str = Field(sa_type=String(64))


class DbPartyReview(SQLModel, table=True):
    """A person's judgement on one possible match: the party (its folded name and country) and
    the listed entry (source, id and the entry's SHA-256 then). ``verdict``: ``not_same`` (the
    pair does not alert again while neither changes) or ``same`` (a confirmed match)."""

    __tablename__ = "party_review"
    __table_args__ = (Index("ix_party_review_pair", "party_key", "source", "entry_id"),)

    id: int | None = Field(default=None, primary_key=True)
    party_key: str = Field(sa_type=String(1000))  # domain.sanctions.names.party_key
    party_name: str = Field(sa_type=Text)  # as written when reviewed
    # Where the party was reviewed (``party_check`` subject and role: "order"/"customer", its
    # id, customer/end_user/consignee), so a later change of its name can say what it was.
    subject: str = Field(default="", sa_type=String(20))
    subject_id: int | None = Field(default=None, sa_type=Integer, nullable=True)
    role: str = Field(default="", sa_type=String(20))
    party_country: str = Field(default="", sa_type=String(2))
    source: str = Field(sa_type=String(10))
    entry_id: str = Field(sa_type=String(100))
    entry_sha256: str = Field(sa_type=String(64))
    listed_name: str = Field(sa_type=Text)
    verdict: str = Field(sa_type=String(20))
    reason: str = Field(sa_type=Text)
    reviewed_by: str = Field(sa_type=String(200))
    reviewed_by_person_id: int | None = Field(
        default=None, sa_type=Integer, sa_column_args=[ForeignKey("person.id")], nullable=True)
    reviewed_at: dt.datetime = Field(**_ts())


class DbPartyCheck(SQLModel, table=True):
    """The latest check of one party of a catalog customer or an order against the lists:
    ``subject`` ``customer`` (``subject_id`` a customer's id) or ``order``; ``role`` customer,
    end_user or consignee. ``matches`` is JSON (``Match.as_json`` each, reviewed ones marked),
    ``lists`` the JSON list of the ``sanction_list`` ids checked against."""

    __tablename__ = "party_check"
    __table_args__ = (
        UniqueConstraint("subject", "subject_id", "role", name="uq_party_check_subject"),
        Index("ix_party_check_verdict", "verdict"),
    )

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(sa_type=String(20))
    subject_id: int = Field(sa_type=Integer)
    role: str = Field(sa_type=String(20))
    party_name: str = Field(sa_type=Text)
    party_country: str = Field(default="", sa_type=String(2))
    verdict: str = Field(sa_type=String(20))  # domain.sanctions.matching.Verdict
    matches: str = Field(default="[]", sa_type=Text)
    lists: str = Field(default="[]", sa_type=Text)
    checked_at: dt.datetime = Field(**_ts())
