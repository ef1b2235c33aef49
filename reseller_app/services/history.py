"""An order's history in words: one small formatter per audit action, looked up by member.

Built from the audit events each time the history is shown, so every sentence is in the user's
language; these run for the few events of one order, never per order of a list. Every
``AuditAction`` has a formatter (a test says so). An action this release does not know (from an
older or a newer database) is shown plainly, with its name and what it recorded: the audit log
is evidence, nothing in it is hidden.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from reseller_app.domain.sanctions.reviews import ReviewVerdict
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import (
    AnswerOutcome,
    AuditAction,
    DecisionOutcome,
    MessageKind,
    OrderStatus,
    PacketKind,
    RiskTier,
)

Details = dict[str, Any]
Formatter = Callable[[str, Details], str]  # (action, details) -> one or two sentences
_TIERS = tuple(RiskTier)


def tier_words(tier: str) -> str:
    words = {RiskTier.LOW: t("low risk"), RiskTier.ELEVATED: t("elevated risk"),
             RiskTier.HIGH: t("high risk"), RiskTier.PROHIBITED: t("a prohibited use")}
    return words.get(tier, tier)


def status_words(status: str) -> str:
    words = {OrderStatus.CLEARED: t("cleared to proceed"),
             OrderStatus.HELD: t("on hold for a decision"),
             OrderStatus.BLOCKED: t("blocked"), OrderStatus.PROCEED: t("approved to proceed"),
             OrderStatus.PROCEED_WITH_CONDITIONS: t("approved with conditions"),
             OrderStatus.ESCALATED: t("escalated to the distributor"),
             OrderStatus.DECLINED: t("declined")}
    return words.get(status, status)


def _outcome_words(outcome: str) -> str:
    words = {DecisionOutcome.PROCEED: t("proceed"),
             DecisionOutcome.PROCEED_WITH_CONDITIONS: t("proceed with conditions"),
             DecisionOutcome.ESCALATE: t("escalate to the distributor"),
             DecisionOutcome.DECLINE: t("decline")}
    return words.get(outcome, outcome)


def _field_words(key: str) -> str:
    words = {"reference": t("reference"), "date": t("date"), "sales_model": t("sales model"),
             "customer": t("customer"), "end_user": t("end user"), "consignee": t("consignee"),
             "destination_country": t("destination"), "intended_use": t("intended use"),
             "use_cases": t("use cases"), "lines": t("products"), "currency": t("currency")}
    return words.get(key, key.replace("_", " "))


field_words = _field_words  # also names what another desk changed (services.order_changes)


def _answer_words(outcome: str) -> str:
    words = {AnswerOutcome.APPROVED: t("approved the order"),
             AnswerOutcome.APPROVED_WITH_CONDITIONS: t("approved the order with conditions"),
             AnswerOutcome.REJECTED: t("rejected the order")}
    return words.get(outcome, outcome)


# -- the registry ---------------------------------------------------------------------------------
# A plain table built once at import from the functions below (no state changes at run time).
FORMATTERS: dict[AuditAction, Formatter] = {}


def _formats(*actions: AuditAction) -> Callable[[Formatter], Formatter]:
    def register(formatter: Formatter) -> Formatter:
        for action in actions:
            assert action not in FORMATTERS, f"two formatters for {action}"
            FORMATTERS[action] = formatter
        return formatter
    return register


def summarise(action: str, details: Details) -> str:
    """One plain sentence (or two) for a history line, in the user's language."""
    try:
        formatter = FORMATTERS[AuditAction(action)]
    except ValueError:
        # Early databases named the import "import.<something>": still an import.
        formatter = _imported if action.startswith("import") else _unrecognised
    return formatter(action, details)


def _unrecognised(action: str, details: Details) -> str:
    """An action this release does not know: its raw name and everything it recorded."""
    if not details:
        return t("Unrecognised event: {action}.", action=action)
    recorded = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    return t("Unrecognised event: {action} ({details}).", action=action, details=recorded)


def _tier_and_status(details: Details) -> tuple[str, str]:
    return tier_words(details.get("tier", "")), status_words(details.get("status", ""))


def _tier_change(tier: str, details: Details) -> str:
    """The tier, with the one before it when the new screening changed it."""
    previous = details.get("previous_tier")
    if previous and previous != details.get("tier"):
        return t("{tier} (was {previous})", tier=tier,
                 previous=tier_words(previous) if previous in _TIERS else "")
    return tier


@_formats(AuditAction.ORDER_CREATED)
def _created(action: str, details: Details) -> str:
    tier, status = _tier_and_status(details)
    return t("Order {reference} entered and screened: {tier}, {status}.",
             reference=details.get("reference", ""), tier=tier, status=status)


@_formats(AuditAction.ORDER_UPDATED)
def _updated(action: str, details: Details) -> str:
    tier, status = _tier_and_status(details)
    sentences = [t("Order {reference} edited and screened again: {tier}, {status}.",
                   reference=details.get("reference", ""), tier=_tier_change(tier, details),
                   status=status)]
    fields = [_field_words(f) for f in details.get("changed", [])]
    if fields:
        sentences.append(t("Changed: {fields}.", fields=", ".join(fields)))
    if details.get("decision_reset"):
        sentences.append(t("The earlier decision no longer applies."))
    return " ".join(sentences)


@_formats(AuditAction.ORDER_RESCREENED)
def _rescreened(action: str, details: Details) -> str:
    """An order screened again with the current catalog and pack ("Screen again")."""
    tier, status = _tier_and_status(details)
    sentences = [t("Order {reference} screened again with the current catalog and criteria "
                   "pack: {tier}, {status}.", reference=details.get("reference", ""),
                   tier=_tier_change(tier, details), status=status)]
    added, removed = len(details.get("flags_added", [])), len(details.get("flags_removed", []))
    if added or removed:
        sentences.append(t("Warnings added: {added}; removed: {removed}.", added=added,
                           removed=removed))
    skus = sorted(details.get("filled_categories") or {})
    if skus:
        sentences.append(t("Product categories filled in from the catalog: {skus}.",
                           skus=", ".join(skus)))
    parties = details.get("filled_parties") or []
    if parties:
        sentences.append(t("Customer details filled in from the catalog: {names}.",
                           names=", ".join(parties)))
    if details.get("decision_reset"):
        sentences.append(t("The earlier decision no longer applies."))
    return " ".join(sentences)


@_formats(AuditAction.DECISION_RECORDED)
def _decision(action: str, details: Details) -> str:
    outcome = _outcome_words(details.get("outcome", ""))
    who = details.get("decided_by", "")
    if details.get("approved_by"):
        sentence = t("Decision to {outcome} by {who}, approved by {approver}.",
                     outcome=outcome, who=who, approver=details["approved_by"])
    else:
        sentence = t("Decision to {outcome} by {who}.", outcome=outcome, who=who)
    if details.get("sales_review"):
        sentence += " " + t("This was the sales-assisted review of a self-service order.")
    if details.get("approval") == "desk":
        sentence += " " + t("Approved at the approver's own desk, with their passphrase.")
    return sentence


@_formats(AuditAction.APPROVAL_REQUESTED)
def _approval_requested(action: str, details: Details) -> str:
    outcome = _outcome_words(details.get("outcome", ""))
    who = details.get("requested_by", "")
    if details.get("approver"):
        return t("{who} proposed to {outcome} and asked {approver} for approval.",
                 who=who, outcome=outcome, approver=details["approver"])
    return t("{who} proposed to {outcome} and asked any approver for approval.",
             who=who, outcome=outcome)


@_formats(AuditAction.APPROVAL_RETURNED)
def _approval_returned(action: str, details: Details) -> str:
    return t("{approver} sent the request for approval back to {who}: {reason}",
             approver=details.get("returned_by", ""), who=details.get("requested_by", ""),
             reason=details.get("reason", ""))


@_formats(AuditAction.APPROVAL_STALE)
def _approval_stale(action: str, details: Details) -> str:
    return t("The request for approval by {who} was not approved: the order changed after it "
             "was asked.", who=details.get("requested_by", ""))


@_formats(AuditAction.CHECKLIST_ANSWERED)
def _checklist(action: str, details: Details) -> str:
    n = len(details.get("answers", {}))
    if n == 1:
        return t("Checklist: 1 question answered.")
    return t("Checklist: {count} questions answered.", count=n)


@_formats(AuditAction.ORDERS_IMPORTED)
def _imported(action: str, details: Details) -> str:
    n = details.get("imported", 0)
    name = details.get("file_name") or t("a file")
    if n == 1:
        return t("Imported from {file} with 1 order.", file=name)
    return t("Imported from {file} with {count} orders.", file=name, count=n)


@_formats(AuditAction.PACKET_BUILT)
def _packet_built(action: str, details: Details) -> str:
    packet = str(details.get("packet_id", ""))[:8]
    if details.get("to"):
        return t("Escalation packet {packet} prepared for {to}.", packet=packet,
                 to=details["to"])
    return t("Escalation packet {packet} prepared.", packet=packet)


@_formats(AuditAction.RECORDS_SEALED)
def _records_sealed(action: str, details: Details) -> str:
    return t("{count} records stored before their hashes were kept were sealed with their "
             "SHA-256.", count=details.get("sealed", 0))


@_formats(AuditAction.PARTIES_RESCREENED)
def _parties_rescreened(action: str, details: Details) -> str:
    """The catalog customers and open orders checked again against the sanctions lists."""
    counts = details.get("counts") or {}
    sentences = [t("Sanctions lists: {customers} customers and {orders} open orders checked "
                   "again.", customers=details.get("customers_checked", 0),
                   orders=details.get("orders_screened", 0))]
    changes = {key: int(counts.get(key, 0) or 0) for key in
               ("new_match", "new_possible_match", "match_gone", "weaker")}
    if any(changes.values()):
        sentences.append(t("New matches: {new_match}; new possible matches: "
                           "{new_possible_match}; matches gone: {match_gone}; matches now only "
                           "possible: {weaker}.", new_match=changes["new_match"],
                           new_possible_match=changes["new_possible_match"],
                           match_gone=changes["match_gone"], weaker=changes["weaker"]))
        named = [str(c.get("label", "")) for c in details.get("changes") or []
                 if isinstance(c, dict)]
        if named:
            sentences.append(t("Concerned: {names}.", names=", ".join(
                dict.fromkeys(named[:10])) + (" …" if len(named) > 10 else "")))
    else:
        sentences.append(t("No sanctions result changed."))
    if details.get("cancelled"):
        sentences.append(t("Stopped before the end: the customers kept their earlier checks."))
    return " ".join(sentences)


@_formats(AuditAction.PACKET_EXPORTED)
def _packet_exported(action: str, details: Details) -> str:
    if details.get("kind") == PacketKind.REPORT:
        return t("Due diligence report saved as {file}.",
                 file=details.get("file", details.get("format", "")))
    return t("Escalation packet saved as {file}.",
             file=details.get("file", details.get("format", "")))


@_formats(AuditAction.REPORT_BUILT)
def _report_built(action: str, details: Details) -> str:
    return t("Due diligence report for {period} prepared for {distributor}.",
             period=details.get("period", ""), distributor=details.get("distributor", ""))


@_formats(AuditAction.OUTBOX_QUEUED)
def _queued(action: str, details: Details) -> str:
    if details.get("kind") == PacketKind.REPORT:
        return t("Due diligence report put in the outbox to {to}; it is sent as soon as "
                 "possible.", to=details.get("to") or "")
    if details.get("kind") == MessageKind.DIGEST:
        return t("Daily digest put in the outbox to {to}.", to=details.get("to") or "")
    if details.get("to"):
        return t("Escalation packet put in the outbox to {to}; it is sent as soon as "
                 "possible.", to=details["to"])
    return t("Escalation packet put in the outbox; it is sent as soon as possible.")


@_formats(AuditAction.DIGEST_QUEUED)
def _digest_queued(action: str, details: Details) -> str:
    to = ", ".join(str(a) for a in details.get("to") or ())
    return t("Daily digest of {day} put in the outbox to {to}: {overdue} overdue, {waiting} "
             "waiting.", day=details.get("day", ""), to=to,
             overdue=details.get("overdue", 0), waiting=details.get("waiting", 0))


@_formats(AuditAction.OUTBOX_SENT)
def _sent(action: str, details: Details) -> str:
    return t("The e-mail to {to} was sent.", to=details.get("to") or "")


@_formats(AuditAction.OUTBOX_FAILED)
def _failed(action: str, details: Details) -> str:
    return t("The e-mail to {to} could not be sent: {reason}", to=details.get("to") or "",
             reason=details.get("reason", ""))


@_formats(AuditAction.OUTBOX_RETRY_SCHEDULED)
def _retry_scheduled(action: str, details: Details) -> str:
    return t("The e-mail to {to} was not sent yet; it is tried again later.",
             to=details.get("to") or "")


@_formats(AuditAction.OUTBOX_RETRIED)
def _retried(action: str, details: Details) -> str:
    return t("The e-mail to {to} was put back in the outbox.", to=details.get("to") or "")


@_formats(AuditAction.OUTBOX_CANCELLED)
def _cancelled(action: str, details: Details) -> str:
    return t("The e-mail to {to} was cancelled.", to=details.get("to") or "")


@_formats(AuditAction.OUTBOX_RECOVERED)
def _recovered(action: str, details: Details) -> str:
    return t("The app stopped while sending an e-mail; it is sent again.")


@_formats(AuditAction.DISTRIBUTOR_ANSWERED)
def _answered(action: str, details: Details) -> str:
    outcome = _answer_words(details.get("outcome", ""))
    who = ", ".join(x for x in (details.get("person"), details.get("organisation")) if x)
    if who:
        return t("The distributor {outcome} ({who}).", outcome=outcome, who=who)
    return t("The distributor {outcome}.", outcome=outcome)


@_formats(AuditAction.FOLLOWUP_ADDED)
def _followup_added(action: str, details: Details) -> str:
    return t("Follow-up due {date}: {text}", date=details.get("due_on", ""),
             text=details.get("text", ""))


@_formats(AuditAction.FOLLOWUP_DONE)
def _followup_done(action: str, details: Details) -> str:
    if details.get("note"):
        return t("Follow-up done: {text} ({note})", text=details.get("text", ""),
                 note=details["note"])
    return t("Follow-up done: {text}", text=details.get("text", ""))


@_formats(AuditAction.MISUSE_REPORTED)
def _misuse(action: str, details: Details) -> str:
    return t("Misuse report sent to {to}.",
             to=details["to"] if "to" in details else t("the distributor"))


@_formats(AuditAction.PARTY_REVIEWED)
def _party_reviewed(action: str, details: Details) -> str:
    """A possible match reviewed: "Anna Weber: 'Banco Nacional Cubano SA' is not OFAC SDN entry
    306 BANCO NACIONAL DE CUBA: other country, other registration." """
    person = details.get("working_person")
    who = (person.get("name") if isinstance(person, dict) else None) \
        or details.get("reviewed_by", "")
    party, entry = details.get("party", ""), details.get("entry_id", "")
    listed = details.get("list") or str(details.get("source", "")).upper()
    name, reason = details.get("listed_name", ""), str(details.get("reason", "")).rstrip(".")
    if details.get("verdict") == ReviewVerdict.SAME:
        return t("{who}: '{party}' is {list} entry {entry} {listed}, a confirmed match: "
                 "{reason}.", who=who, party=party, list=listed, entry=entry, listed=name,
                 reason=reason)
    return t("{who}: '{party}' is not {list} entry {entry} {listed}: {reason}.", who=who,
             party=party, list=listed, entry=entry, listed=name, reason=reason)


@_formats(AuditAction.SETTINGS_REMINDERS_SAVED)
def _reminders_saved(action: str, details: Details) -> str:
    return t("Reminder settings saved: orders held more than {held} days, criteria pack older "
             "than {pack} days.", held=details.get("held_days", "?"),
             pack=details.get("pack_days", "?"))


@_formats(AuditAction.EVIDENCE_EXPORTED, AuditAction.COMPANY_CREATED,
          AuditAction.COMPANY_UPDATED, AuditAction.CUSTOMER_CREATED,
          AuditAction.CUSTOMER_UPDATED, AuditAction.PRODUCT_CREATED,
          AuditAction.PRODUCT_UPDATED, AuditAction.PACK_IMPORTED, AuditAction.PACK_ACTIVATED,
          AuditAction.POLICY_DRAFT_STARTED, AuditAction.POLICY_ADOPTED,
          AuditAction.POLICY_COMMUNICATED, AuditAction.POLICY_ACKNOWLEDGED,
          AuditAction.SETTINGS_SMTP_SAVED, AuditAction.SETTINGS_SMTP_AUTH_SAVED,
          AuditAction.SETTINGS_LISTS_SAVED, AuditAction.SETTINGS_DIGEST_SAVED,
          AuditAction.SETTINGS_TRAY_SAVED,
          AuditAction.DATABASE_BACKED_UP, AuditAction.DATABASE_RESTORED,
          AuditAction.PERSON_FIRST_SETUP, AuditAction.PERSON_ADDED,
          AuditAction.PERSON_DEACTIVATED, AuditAction.PERSON_REACTIVATED,
          AuditAction.PERSON_ROLE_CHANGED, AuditAction.PERSON_PASSPHRASE_RESET,
          AuditAction.PERSON_PASSPHRASE_CHANGED, AuditAction.PERSON_PASSPHRASE_WRONG,
          AuditAction.PERSON_LOCKED, AuditAction.PERSON_TRIES_CLEARED,
          AuditAction.KEY_CREATED, AuditAction.KEY_EXPORTED, AuditAction.KEY_PINNED,
          AuditAction.KEY_REPLACED, AuditAction.KEY_UNSIGNED_ALLOWED,
          AuditAction.DESK_PACKET_RECEIVED, AuditAction.DESK_ANSWERED,
          AuditAction.DESK_PACK_SIGNED, AuditAction.SANCTIONS_LIST_IMPORTED,
          AuditAction.DESK_DECISION_QUEUED,
          AuditAction.CHAIN_HEADS_STARTED, AuditAction.CHAIN_HEAD_EXPORTED)
def _named(action: str, details: Details) -> str:
    """Events about the company, its catalog, packs, policy, settings and database: they are
    never about an order, so an order's history does not show them; named as they read."""
    return action.replace(".", " ").replace("_", " ").capitalize() + "."
