"""Which parties of an order are checked against the sanctions lists, and how a match of one of
them becomes a finding the screening keeps (pure)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from reseller_app.domain.orders import Order, Party
from reseller_app.domain.sanctions.entries import ListEntry, PartyKind
from reseller_app.domain.sanctions.matching import DEFAULT_THRESHOLD, Match, Verdict
from reseller_app.domain.sanctions.names import party_key
from reseller_app.domain.sanctions.party_findings import (
    CONFIRMED,
    POSSIBLE,
    PartyFinding,
    PartyScreening,
)
from reseller_app.domain.sanctions.reviews import PartyRole
from reseller_app.domain.texts import t


def order_parties(order: Order) -> list[tuple[str, Party]]:
    """(role, party) of every named party of the order: the customer, the end user, the
    consignee."""
    parties: list[tuple[str, Party]] = []
    if order.customer.name:
        parties.append((PartyRole.CUSTOMER.value, order.customer))
    if order.end_user is not None and order.end_user.name:
        parties.append((PartyRole.END_USER.value, order.end_user))
    if order.consignee is not None and order.consignee.name:
        parties.append((PartyRole.CONSIGNEE.value, order.consignee))
    return parties


def party_threshold(pack: Any) -> float:
    """The score from which a listed name is a possible match: the criteria pack's when it sets
    one, else the matcher's default."""
    value = getattr(pack, "party_threshold", DEFAULT_THRESHOLD)
    return DEFAULT_THRESHOLD if value is None else float(value)


def party_kind(party: Party) -> PartyKind | None:
    """A person or an organisation, as far as the customer type says (None: not known)."""
    if party.type is None or party.type == "unknown":
        return None
    return PartyKind.PERSON if party.type == "individual" else PartyKind.ORGANISATION




def _kind_word(kind: PartyKind) -> str:
    words = {PartyKind.PERSON: t("a person"), PartyKind.ORGANISATION: t("an organisation"),
             PartyKind.VESSEL: t("a vessel"), PartyKind.AIRCRAFT: t("an aircraft")}
    return words.get(kind, t("of an unknown kind"))


def evidence(party: Party, entry: ListEntry | None, match: Match) -> tuple[str, ...]:
    """What corroborates or contradicts the match, one fact a line: country, kind, date of
    birth, the list's programmes."""
    if entry is None:
        return ()
    facts: list[str] = []
    countries = ", ".join(entry.countries)
    if party.country and entry.countries:
        if party.country in entry.countries:
            facts.append(t("Corroborates: the country {country} is the entry's ({countries}).",
                           country=party.country, countries=countries))
        else:
            facts.append(t("Contradicts: the country {country} is not the entry's "
                           "({countries}).", country=party.country, countries=countries))
    elif entry.countries:
        facts.append(t("Not compared: the party has no country; the entry names {countries}.",
                       countries=countries))
    kind = party_kind(party)
    if kind is not None and entry.kind in (PartyKind.PERSON, PartyKind.ORGANISATION):
        if kind == entry.kind:
            facts.append(t("Corroborates: both are {kind}.", kind=_kind_word(kind)))
        else:
            facts.append(t("Contradicts: the party is {kind}, the entry {listed}.",
                           kind=_kind_word(kind), listed=_kind_word(entry.kind)))
    else:
        facts.append(t("The entry is {listed}.", listed=_kind_word(entry.kind)))
    if entry.birth_dates:
        facts.append(t("Date of birth on the list: {dates}; the order holds none to compare.",
                       dates=", ".join(entry.birth_dates)))
    if entry.programs:
        facts.append(t("Sanctions programmes: {programs}.", programs=", ".join(entry.programs)))
    if match.weak_alias:
        facts.append(t("Contradicts: the list calls the matched name a weak alias."))
    return tuple(facts)


def finding(role: str, party: Party, match: Match, entry: ListEntry | None,
            entry_sha256: str) -> PartyFinding:
    """A match of one party as the screening keeps it (no review applied yet)."""
    exact = match.exact and not match.contradicted and not match.weak_alias
    name = party.name or ""
    return PartyFinding(
        role=role, party_name=name, party_country=party.country or "",
        party_key=party_key(name, party.country), source=str(match.source),
        entry_id=match.entry_id, entry_sha256=entry_sha256, listed_name=match.listed_name,
        matched_name=match.matched_name, score=match.score, why=match.why,
        evidence=evidence(party, entry, match),
        verdict=CONFIRMED if exact else POSSIBLE)


@dataclass(frozen=True, slots=True)
class OrderPartyCheck:
    """One checked party of an order as its ``party_check`` row holds it (subject "order")."""

    role: str
    party_name: str
    party_country: str
    verdict: str  # Verdict value, reviews applied
    matches: str  # JSON: the role's findings, those that alert first
    lists: str  # JSON: the list versions' ids

    def values(self) -> dict[str, Any]:
        return {"role": self.role, "party_name": self.party_name,
                "party_country": self.party_country, "verdict": self.verdict,
                "matches": self.matches, "lists": self.lists}


def order_party_checks(order: Order, parties: PartyScreening) -> list[OrderPartyCheck]:
    """The latest check of each party of the order: its verdict after the reviews (a pair
    reviewed "not the same party" no longer counts), and its findings as the views show them."""
    lists = json.dumps([v.id for v in parties.lists])
    out: list[OrderPartyCheck] = []
    for role, party in order_parties(order):
        found = sorted((f for f in parties.findings if f.role == role),
                       key=lambda f: (not f.confirmed, not f.alerts, -f.score))
        verdict = Verdict.CLEAR.value
        if any(f.confirmed for f in found):
            verdict = Verdict.MATCH.value
        elif any(f.alerts for f in found):
            verdict = Verdict.POSSIBLE_MATCH.value
        matches = json.dumps([{"source": f.source, "entry_id": f.entry_id,
                               "listed_name": f.listed_name, "matched_name": f.matched_name,
                               "score": f.score, "why": f.why, "verdict": f.verdict,
                               "review": f.review} for f in found], ensure_ascii=False)
        out.append(OrderPartyCheck(role, party.name or "", (party.country or "")[:2], verdict,
                                   matches, lists))
    return out


assert CONFIRMED == Verdict.MATCH and POSSIBLE == Verdict.POSSIBLE_MATCH  # one vocabulary
