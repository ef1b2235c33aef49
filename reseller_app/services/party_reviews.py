"""Reviewing a possible match once: "not the same party" or "the same party (confirmed match)".

A review is recorded with who, when and why, for one party (its name and country, as
``domain.sanctions.names.party_key`` folds them) and one listed entry as it is on the newest
version of its list (its SHA-256): the pair does not alert again while neither changes. Every
check of a party (an order's in its screening, a catalog customer's in ``party_check``) applies
the reviews it finds (``store.party_reviews.reviews_for``) with the one
``domain.sanctions.party_findings.apply_reviews``; this module writes them.

One review is one transaction with one audit event (``party.reviewed``). A review of an order's
party then screens that order again (``services.rescreening``), in the same user action, so
the hold is lifted when every possible match is reviewed not the same, or the order blocked
when one is confirmed. A catalog customer's latest check (``party_check``) is checked again
with the review, in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from reseller_app.domain.orders import OrderInputError, Party, parse_order
from reseller_app.domain.people import Action
from reseller_app.domain.sanctions.entries import ListEntry, ListSource
from reseller_app.domain.sanctions.matching import MAX_NAME_LENGTH
from reseller_app.domain.sanctions.names import party_key
from reseller_app.domain.sanctions.reviews import PartyRole, PartySubject, Review, ReviewVerdict
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.party_checks import customer_party_check, reviewed_checks
from reseller_app.services.party_index import pack_threshold, party_index
from reseller_app.services.people import check_role
from reseller_app.services.rescreening import RescreenService
from reseller_app.services.sanctions_lists import SOURCE_NAMES, ListVersion, newest_versions
from reseller_app.store import audit_log, repositories
from reseller_app.store import party_reviews as store
from reseller_app.store import sanctions as lists_store
from reseller_app.store.tables import DbCustomer, DbOrder, DbPartyReview

__all__ = ["CurrentEntry", "OrderParty", "Review", "ReviewVerdict", "all_reviews",
           "current_entry", "order_party", "record_review", "reviews_of",
           "subject_names"]

MAX_REASON = 2000  # characters: a few sentences; more is a pasted document


@dataclass(frozen=True, slots=True)
class CurrentEntry:
    """A listed entry as the newest version of its list has it (what a review is about)."""

    entry: ListEntry
    sha256: str
    version: ListVersion


def current_entry(ctx: AppContext, source: str | ListSource, entry_id: str) -> CurrentEntry:
    """The entry ``entry_id`` of the newest version of ``source``; ``ValidationError`` in words
    when that list is not imported or the entry is not on its newest version."""
    src = _source(source)
    version = next((v for v in newest_versions(ctx) if v.source is src), None)
    if version is None:
        raise ValidationError("source", t(
            "No {list} list is imported: import it before reviewing its entries.",
            list=SOURCE_NAMES[src]))
    with ctx.session() as s:
        found = lists_store.entry(s, version.id, entry_id.strip())
    if found is None:
        published = version.published or version.imported_at.date().isoformat()
        raise ValidationError("entry", t(
            "Entry {entry} is not on the newest {list} list (of {date}): it was taken off the "
            "list or never was on it, so there is nothing to review.",
            entry=entry_id.strip(), list=SOURCE_NAMES[src], date=published))
    return CurrentEntry(found[0], found[1], version)


def _source(source: str | ListSource) -> ListSource:
    try:
        return ListSource(str(source).strip().casefold())
    except ValueError:
        raise ValidationError("source", t(
            "{source} is not a sanctions list: say ofac, un, eu or uk.", source=source)) from None


def _verdict(verdict: str | ReviewVerdict) -> ReviewVerdict:
    try:
        return ReviewVerdict(verdict)
    except ValueError:
        raise ValidationError("verdict", t(
            "Say whether the party is the listed one (same) or not (not_same).")) from None


def _subject_and_role(subject: str, role: str) -> tuple[PartySubject, PartyRole]:
    try:
        where = PartySubject(subject)
    except ValueError:
        raise ValidationError("subject", t(
            "A possible match is reviewed on an order or a catalog customer.")) from None
    try:
        which = PartyRole(role)
    except ValueError:
        raise ValidationError("role", t(
            "{role} is not a party of an order: say customer, end_user or consignee.",
            role=role)) from None
    if where is PartySubject.CUSTOMER and which is not PartyRole.CUSTOMER:
        raise ValidationError("role", t("A catalog customer is reviewed as the customer."))
    return where, which


def _checked_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError("reason", t(
            "Say why: e.g. other date of birth, other country, other registration number."))
    if len(text) > MAX_REASON:
        raise ValidationError("reason", t(
            "The reason is {count} characters long: say why in at most {limit}.",
            count=f"{len(text):,}", limit=f"{MAX_REASON:,}"))
    return text


def record_review(ctx: AppContext, *, subject: str, subject_id: int, role: str,
                  party_name: str, party_country: str | None, source: str | ListSource,
                  entry_id: str, verdict: str | ReviewVerdict, reason: str) -> Review:
    """Record that the party ``party_name`` (``party_country``), the ``role`` of the order or
    catalog customer ``subject_id``, is (``same``) or is not (``not_same``) the listed entry
    ``entry_id`` of ``source`` as the newest list has it; ``reason`` is required. One audit
    event. An order is then screened again. Refused in words (``ValidationError``,
    ``NotFound``, ``NotAllowed``): nothing is stored then."""
    # Telling a possible match from the listed party is a decision on the order (one that can
    # lift a hold), so it needs the right to decide. Every role has it today, also staff: a
    # small reseller often has no compliance officer, and the review names who made it and why.
    check_role(ctx, Action.DECIDE)
    verdict = _verdict(verdict)
    where, which = _subject_and_role(subject, role)
    text = _checked_reason(reason)
    name = " ".join((party_name or "").split())
    if not name:
        raise ValidationError("party_name", t("The party has no name to review."))
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError("party_name", t(
            "A name of {count} characters is too long to review: a party's name has at most "
            "1,000.", count=f"{len(name):,}"))
    country = (party_country or "").strip().upper()
    if country and not (len(country) == 2 and country.isalpha()):
        raise ValidationError("party_country", t(
            "{country} is not a country's two-letter ISO code (e.g. DE).", country=country))
    listed = current_entry(ctx, source, entry_id)
    entry = listed.entry
    index = party_index(ctx) if where is PartySubject.CUSTOMER else None
    threshold = pack_threshold(ctx) if index is not None else 0.0
    now = ctx.clock()
    with ctx.write_session() as s:
        reference = _subject_name(s, where, subject_id)
        row = DbPartyReview(
            party_key=party_key(name, country)[:1000], party_name=name, subject=where.value,
            subject_id=subject_id, role=which.value, party_country=country,
            source=entry.source.value, entry_id=entry.entry_id, entry_sha256=listed.sha256,
            listed_name=entry.primary_name, verdict=verdict.value, reason=text,
            reviewed_by=ctx.who, reviewed_by_person_id=ctx.person.id if ctx.person else None,
            reviewed_at=now)
        s.add(row)
        s.flush()
        review = store.review(row)
        check = store.check_row(s, where.value, subject_id, which.value)
        if index is not None and check is not None and check.party_name and \
                party_key(check.party_name, check.party_country) == review.party_key:
            # The customer's check decided again the one way every check is (reviews applied
            # by party_findings.apply_reviews), the new review included.
            found = customer_party_check(ctx, check.party_name, check.party_country, index,
                                         threshold)
            if found is not None:
                (stored,) = reviewed_checks(s, index, [(subject_id, check.party_name,
                                                        check.party_country, found)])
                for key, value in stored.values().items():
                    setattr(check, key, value)
                check.checked_at = now
                s.add(check)
        audit_log.append(
            s, actor=ctx.actor, action=AuditAction.PARTY_REVIEWED, entity=where.value,
            entity_id=subject_id,
            details={"review": review.id, "subject": where.value, "reference": reference,
                     "role": which.value, "party": name, "country": country,
                     "source": entry.source.value, "list": SOURCE_NAMES[entry.source],
                     "entry_id": entry.entry_id, "listed_name": entry.primary_name,
                     "entry_sha256": listed.sha256, "list_version": listed.version.id,
                     "verdict": verdict.value, "reason": text, "reviewed_by": ctx.who},
            at=now)
        s.commit()
    if where is PartySubject.ORDER:
        # The same user action: the order's screening takes the review in at once.
        RescreenService(ctx).rescreen([subject_id])
    return review


def _subject_name(s: Session, where: PartySubject, subject_id: int) -> str:
    """The order's reference or the customer's name; ``NotFound`` when there is none."""
    if where is PartySubject.ORDER:
        order = s.get(DbOrder, subject_id)
        if order is None:
            raise NotFound(t("Order {order} does not exist.", order=subject_id))
        return order.reference
    customer = s.get(DbCustomer, subject_id)
    if customer is None:
        raise NotFound(t("There is no customer number {id}.", id=subject_id))
    return customer.name


@dataclass(frozen=True, slots=True)
class OrderParty:
    """One party of an order, as it was checked (what ``lists review --order`` reviews)."""

    order_id: int
    reference: str
    role: PartyRole
    name: str
    country: str


def order_party(ctx: AppContext, reference: str, role: str) -> OrderParty:
    """The ``role`` party of the order ``reference``: its name and country as its latest check
    has them (``party_check``), else as its latest screening has them. ``NotFound`` /
    ``ValidationError`` in words when there is no such order or party."""
    _, which = _subject_and_role(PartySubject.ORDER, role)
    with ctx.session() as s:
        order = s.execute(select(DbOrder).where(DbOrder.reference == reference.strip())).scalar()
        if order is None:
            raise NotFound(t("There is no order with the reference {references}.",
                             references=reference.strip()))
        assert order.id is not None
        check = store.check_row(s, PartySubject.ORDER.value, order.id, which.value)
        if check is not None and check.party_name:
            return OrderParty(order.id, order.reference, which, check.party_name,
                              check.party_country or "")
        screening = repositories.latest_screening(s, order.id)
        snapshot = screening.order_snapshot if screening is not None else ""
    party = _snapshot_party(snapshot, which)
    if party is None or not party.name:
        raise ValidationError("role", t(
            "Order {reference} names no {role} to review.", reference=order.reference,
            role=_role_words(which)))
    return OrderParty(order.id, order.reference, which, party.name, party.country or "")


def _snapshot_party(snapshot: str, role: PartyRole) -> Party | None:
    try:
        order = parse_order(json.loads(snapshot or "{}"))
    except (OrderInputError, ValueError):  # a snapshot no longer readable: no party in it
        return None
    if role is PartyRole.CUSTOMER:
        return order.customer
    if role is PartyRole.END_USER:
        return order.end_user
    return None  # a consignee is reviewed as its check names it


def _role_words(role: PartyRole) -> str:
    return {PartyRole.CUSTOMER: t("customer"), PartyRole.END_USER: t("end user"),
            PartyRole.CONSIGNEE: t("consignee")}[role]


def subject_names(ctx: AppContext, reviews: list[Review]) -> dict[tuple[str, int], str]:
    """(subject, id) -> the order's reference or the customer's name, for listing reviews."""
    wanted: dict[str, set[int]] = {}
    for r in reviews:
        if r.subject_id is not None:
            wanted.setdefault(r.subject, set()).add(r.subject_id)
    names: dict[tuple[str, int], str] = {}
    with ctx.session() as s:
        for subject, table, column in ((PartySubject.ORDER, DbOrder, DbOrder.reference),
                                       (PartySubject.CUSTOMER, DbCustomer, DbCustomer.name)):
            ids = sorted(wanted.get(subject.value, ()))
            for start in range(0, len(ids), 500):
                for id_, name in s.execute(select(table.id, column)
                                           .where(table.id.in_(ids[start:start + 500]))):
                    names[(subject.value, id_)] = name
    return names


def reviews_of(ctx: AppContext, subject: str, subject_id: int) -> list[Review]:
    """The reviews made on an order or a catalog customer, newest first."""
    with ctx.session() as s:
        return store.of_subject(s, subject, subject_id)


def all_reviews(ctx: AppContext) -> list[Review]:
    """Every review, newest first (for the evidence bundle and the lists window)."""
    with ctx.session() as s:
        return store.every(s)
