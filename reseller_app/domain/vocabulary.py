"""The app's fixed vocabularies, each declared once: the words an order, a decision, a packet, a
message and the audit log are stored with.

Each value is exactly the string stored in the database, in packet JSON and in the audit log;
a ``StrEnum`` member *is* that string (``OrderStatus.HELD == "held"``), so SQL queries, JSON and
the hash chain see the same text as before. Changing a value would orphan stored data: add a
member instead, and teach the words for it (labels, history) through the maps keyed by member.
``tests/test_no_bare_vocabulary.py`` keeps these values from being typed again as bare strings.
"""

from __future__ import annotations

from enum import StrEnum


class OrderStatus(StrEnum):
    """Where an order stands. ``held`` and ``blocked`` are set by screening, the rest by people."""

    CLEARED = "cleared"  # screened low / elevated assisted: may proceed
    HELD = "held"  # waiting for a decision
    BLOCKED = "blocked"  # prohibited use case: cannot be approved
    PROCEED = "proceed"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    ESCALATED = "escalated"  # sent to the distributor, waiting for the answer
    DECLINED = "declined"


class RiskTier(StrEnum):
    """An order's risk after screening, lowest first (the order of the members is the rank)."""

    LOW = "low"
    ELEVATED = "elevated"
    HIGH = "high"
    PROHIBITED = "prohibited"


class DecisionOutcome(StrEnum):
    """What a person decided about a screened order."""

    PROCEED = "proceed"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    ESCALATE = "escalate"
    DECLINE = "decline"


class AnswerOutcome(StrEnum):
    """What the distributor answered to an escalation packet."""

    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    REJECTED = "rejected"


class PacketKind(StrEnum):
    ESCALATION = "escalation"
    MISUSE = "misuse"
    FOLLOWUP = "followup"
    # The periodic due diligence report to a distributor: about no one order.
    REPORT = "report"
    # Not a packet of this installation: an outbox message carrying a desk's decision file
    # back to the reseller (``outbox_message.received_packet_id``).
    DECISION = "decision"


class PacketStatus(StrEnum):
    BUILT = "built"  # stored, not sent yet (the user previews it)
    QUEUED = "queued"  # in the outbox
    SENT = "sent"  # the mail server accepted it
    EXPORTED = "exported"  # saved as .eml / zip / folder to send another way
    ANSWERED = "answered"  # the distributor's answer is recorded


class ReceivedState(StrEnum):
    """A packet on the distributor's desk (``received_packet.state``)."""

    WAITING = "waiting"  # received, not answered yet
    ANSWERED = "answered"  # the signed decision file was written


class ApprovalState(StrEnum):
    """A request for the senior approver's approval from their own desk
    (``approval_request.state``)."""

    WAITING = "waiting"  # asked, not answered yet
    APPROVED = "approved"  # the approver approved it: the decision is recorded
    RETURNED = "returned"  # sent back to the requester with a reason
    STALE = "stale"  # the order changed after the request: it can no longer be approved


class MessageState(StrEnum):
    """An outbox message's state (its own vocabulary: a packet is ``sent`` once, a message may
    be tried, fail and be tried again)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"  # the user chose not to send it: final, never sent


class MessageKind(StrEnum):
    """What an outbox message that carries no packet is (``outbox_message.kind``; NULL: a
    packet's e-mail or a desk's decision file, as before migration 0019)."""

    DIGEST = "digest"  # the daily digest: what is waiting and overdue


class KeyStorage(StrEnum):
    """Where this computer keeps the company key's private half (audit details, ``keys show``)."""

    KEYRING = "system keyring"
    FILE = "encrypted file"  # no keyring: sealed with the administrator's passphrase


class AuditAction(StrEnum):
    """The ``action`` of an audit event: ``<what>.<what happened to it>``.

    Events are kept for ever, so a value once written is never renamed; a database from a
    newer release may hold actions this list does not know, and the history shows them plainly.
    """

    ORDER_CREATED = "order.created"
    ORDER_UPDATED = "order.updated"
    ORDER_RESCREENED = "order.rescreened"
    ORDERS_IMPORTED = "orders.imported"
    CHECKLIST_ANSWERED = "checklist.answered"
    DECISION_RECORDED = "decision.recorded"
    PACKET_BUILT = "packet.built"
    PACKET_EXPORTED = "packet.exported"
    OUTBOX_QUEUED = "outbox.queued"
    OUTBOX_SENT = "outbox.sent"
    OUTBOX_FAILED = "outbox.failed"
    OUTBOX_RETRY_SCHEDULED = "outbox.retry_scheduled"
    OUTBOX_RETRIED = "outbox.retried"
    OUTBOX_CANCELLED = "outbox.cancelled"
    OUTBOX_RECOVERED = "outbox.recovered"
    DISTRIBUTOR_ANSWERED = "distributor.answered"
    FOLLOWUP_ADDED = "followup.added"
    FOLLOWUP_DONE = "followup.done"
    MISUSE_REPORTED = "misuse.reported"
    EVIDENCE_EXPORTED = "evidence.exported"
    COMPANY_CREATED = "company.created"
    COMPANY_UPDATED = "company.updated"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_UPDATED = "customer.updated"
    PRODUCT_CREATED = "product.created"
    PRODUCT_UPDATED = "product.updated"
    PACK_IMPORTED = "pack.imported"
    PACK_ACTIVATED = "pack.activated"
    POLICY_DRAFT_STARTED = "policy.draft_started"
    POLICY_ADOPTED = "policy.adopted"
    POLICY_COMMUNICATED = "policy.communicated"
    POLICY_ACKNOWLEDGED = "policy.acknowledged"
    SETTINGS_SMTP_SAVED = "settings.smtp_saved"
    SETTINGS_SMTP_AUTH_SAVED = "settings.smtp_auth_saved"
    SETTINGS_LISTS_SAVED = "settings.sanctions_lists_saved"  # list addresses, days until old
    SETTINGS_REMINDERS_SAVED = "settings.reminders_saved"  # days until a hold / pack reminds
    SETTINGS_TRAY_SAVED = "settings.tray_saved"  # keep in the tray, start with the session
    DATABASE_BACKED_UP = "database.backed_up"
    DATABASE_RESTORED = "database.restored"
    PERSON_FIRST_SETUP = "person.first_setup"
    PERSON_ADDED = "person.added"
    PERSON_DEACTIVATED = "person.deactivated"
    PERSON_REACTIVATED = "person.reactivated"
    PERSON_ROLE_CHANGED = "person.role_changed"
    PERSON_PASSPHRASE_RESET = "person.passphrase_reset"  # by an administrator
    PERSON_PASSPHRASE_CHANGED = "person.passphrase_changed"  # by the person, with the old one
    PERSON_PASSPHRASE_WRONG = "person.passphrase_wrong"
    PERSON_LOCKED = "person.locked"
    PERSON_TRIES_CLEARED = "person.tries_cleared"  # the right passphrase after wrong ones
    KEY_CREATED = "key.created"  # the company's signing key
    KEY_EXPORTED = "key.exported"  # its public key written to a file
    KEY_PINNED = "key.pinned"  # a distributor's or reseller's public key pinned
    KEY_REPLACED = "key.replaced"  # a pinned key replaced by another
    KEY_UNSIGNED_ALLOWED = "key.unsigned_allowed"  # accept a distributor's unsigned files: on/off
    DESK_PACKET_RECEIVED = "desk.packet_received"  # the distributor's desk received a packet
    DESK_ANSWERED = "desk.answered"  # the desk wrote a signed decision file
    DESK_PACK_SIGNED = "desk.pack_signed"  # the desk signed a criteria pack for its resellers
    SANCTIONS_LIST_IMPORTED = "sanctions_list.imported"  # a new version of a sanctions list
    PARTY_REVIEWED = "party.reviewed"  # a possible match judged (not) the listed party
    # The catalog customers and open orders checked again after a new list version or pack
    PARTIES_RESCREENED = "parties.rescreened"
    # A decision waiting for the senior approver at their own desk (its approval is recorded
    # as ``decision.recorded``, with the request's id).
    APPROVAL_REQUESTED = "approval.requested"
    APPROVAL_RETURNED = "approval.returned"  # sent back to the requester with a reason
    APPROVAL_STALE = "approval.stale"  # the order changed after the request
    DESK_DECISION_QUEUED = "desk.decision_queued"  # its e-mail to the reseller is in the outbox
    # The audit chain's head is signed from now on: once per database, with the first signed
    # head, so that a later empty ``chain_head`` table shows the heads were deleted.
    CHAIN_HEADS_STARTED = "audit.heads_started"
    CHAIN_HEAD_EXPORTED = "audit.head_exported"  # a signed head written to a file
    DIGEST_QUEUED = "digest.queued"  # the day's digest e-mail put in the outbox
    SETTINGS_DIGEST_SAVED = "settings.digest_saved"  # the daily digest on/off, its recipients

    # A due diligence report for a distributor and period built as a signed packet (sent
    # or saved as ``outbox.queued`` / ``packet.exported``, like the other packets: the
    # command line's ``report --out`` too)
    REPORT_BUILT = "report.built"

    RECORDS_SEALED = "records.sealed"  # records from before their hashes were kept, stamped


class HeadOccasion(StrEnum):
    """When the audit chain's head was signed (stored with each signed head)."""

    CLOSING = "closing"  # the desktop app closed
    COMMAND = "command"  # a command-line command wrote events
    PACKET = "packet"  # an escalation packet was built (the head travels in it)
    MISUSE = "misuse"  # a misuse report was built
    REPORT = "report"  # a due diligence report up the chain was built
    EVIDENCE = "evidence"  # an evidence bundle was exported
    EXPORT = "export"  # written to a file on request (reseller-app audit-head)


class ReminderKind(StrEnum):
    """What a reminder is about (``reseller-app reminders --json``'s ``kind``; the tray and the
    digest e-mail name it). Declared most urgent first: reminders of the same weight are
    listed in this order."""

    FOLLOW_UPS_OVERDUE = "follow_ups_overdue"  # open follow-ups past their due date
    POLICY_REVIEW_OVERDUE = "policy_review_overdue"  # the yearly review's date has passed
    ORDERS_HELD = "orders_held"  # held longer than the set number of days
    REPORT_DUE = "report_due"  # a period's report up the chain is due (the report feeds it)
    FOLLOW_UPS_DUE = "follow_ups_due"  # open follow-ups due today
    POLICY_REVIEW_DUE = "policy_review_due"  # review due today, no date set, or none adopted
    OUTBOX_FAILED = "outbox_failed"  # e-mails the server refused for good
    ANSWER_RECEIVED = "answer_received"  # distributor answers recorded in the last days
    LISTS_NONE = "lists_none"  # no restricted-party list imported at all
    LISTS_OLD = "lists_old"  # the newest version of a list is older than the set days
    PACK_OLD = "pack_old"  # the active criteria pack is older than the set days


class ReminderScreen(StrEnum):
    """The screen a reminder opens (the tray's click, ``--json``'s ``screen``)."""

    FOLLOW_UPS = "follow_ups"
    ORDER = "order"  # one order's window (the reminder's ``order_id``)
    ORDERS_HELD = "orders_held"  # the orders list filtered to held orders
    OUTBOX = "outbox"
    ANSWERS = "answers"  # the overview's latest answers
    POLICY = "policy"
    PACKS = "packs"
    LISTS = "lists"  # the sanctions lists
    REPORT = "report"


class SettingKey(StrEnum):
    """Keys of the ``setting`` table added since the reminders and the report up the chain
    (older keys are constants beside the services that own them: ``LISTS_SETTING``,
    ``SMTP_SETTING``...)."""

    REMINDERS = "reminders"  # ReminderSettings: days until a hold and a pack remind
    DIGEST = "digest"  # the daily digest: {"enabled": bool, "recipients": [address, ...]}
    DIGEST_LAST_DAY = "digest_last_day"  # the day (ISO) the last digest was queued
    TRAY = "tray"  # per OS account: keep running in the tray, start with the session


class CompletenessItem(StrEnum):
    """What an order's information is checked for (``domain/completeness.py``), in the order
    shown; the value names the item in the report's JSON. The member's bit in a completeness
    mask is ``1 << position`` in this order."""

    CUSTOMER = "customer"  # identified: a name and a country
    END_USER = "end_user"  # named, or stated to be the customer
    DESTINATION = "destination"  # the country the goods go to
    INTENDED_USE = "intended_use"  # the intended use in the customer's words
    USE_CASES = "use_cases"  # at least one use case tagged
    CHECKLIST = "checklist"  # every question the screening asks answered yes or no
