"""Reviewing a possible match once: recorded with who, when and why, one audit event, refused in
words when it cannot be, marking the customer's latest check, and screening the order again
(real SQLite, the OFAC excerpt imported first)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from reseller_app.domain.people import Role
from reseller_app.domain.sanctions.names import party_key
from reseller_app.domain.sanctions.reviews import REVIEW_KEY, ReviewVerdict
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext, WorkingPerson
from reseller_app.services.dto import Customer
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.history import summarise
from reseller_app.services.orders import OrderService
from reseller_app.services.party_checks import check_customer
from reseller_app.services.party_reviews import (
    all_reviews,
    current_entry,
    record_review,
    reviews_of,
)
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, NotAllowed, PeopleService
from reseller_app.services.sanctions_lists import import_list
from reseller_app.store import audit_log
from reseller_app.store.tables import DbPartyCheck

from .conftest import Catalog

OFAC = Path(__file__).resolve().parents[1] / "data" / "sanctions" / "ofac" / "sdn.csv"
BANK = "Banco Nacional Cubano SA"
WHY = "Other country, other registration"
LOOKALIKE = "Banco Nacional de Cuba SA"  # a possible match of OFAC entry 306 (not exact: "SA")


@pytest.fixture
def listed(configured: AppContext) -> AppContext:
    import_list(configured, OFAC)
    return configured


@pytest.fixture
def bank(listed: AppContext) -> Customer:
    return CatalogService(listed).save_customer(Customer(BANK, "ES", "private", sector="finance"))


def _review(ctx: AppContext, subject_id: int, **changes) -> object:
    values = {"subject": "customer", "subject_id": subject_id, "role": "customer",
              "party_name": BANK, "party_country": "ES", "source": "ofac", "entry_id": "306",
              "verdict": ReviewVerdict.NOT_SAME, "reason": WHY}
    return record_review(ctx, **{**values, **changes})


def _rows(ctx: AppContext, sql: str) -> list[tuple]:
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _review_events(ctx: AppContext) -> list[tuple]:
    return _rows(ctx, "SELECT entity, entity_id, details FROM audit_event "
                      f"WHERE action = '{AuditAction.PARTY_REVIEWED.value}'")


def test_a_review_is_stored_with_who_when_why_and_one_audit_event(listed, bank) -> None:
    entry = current_entry(listed, "ofac", "306")
    review = _review(listed, bank.id)
    assert review.verdict is ReviewVerdict.NOT_SAME and review.reason == WHY
    assert (review.source, review.entry_id, review.listed_name) == \
        ("ofac", "306", "BANCO NACIONAL DE CUBA")
    assert review.entry_sha256 == entry.sha256 and len(review.entry_sha256) == 64
    assert review.party_key == party_key(BANK, "ES") and review.reviewed_by == "tester"
    assert review.reviewed_at is not None
    assert reviews_of(listed, "customer", bank.id) == [review]
    assert all_reviews(listed) == [review]
    events = _review_events(listed)
    assert len(events) == 1 and events[0][:2] == ("customer", str(bank.id))
    details = json.loads(events[0][2])
    assert details["verdict"] == "not_same" and details["reason"] == WHY
    assert details["entry_sha256"] == entry.sha256
    report = AuditService(listed).verify()
    assert report.ok, report.reason


def test_the_history_says_who_judged_what_and_why(listed, bank) -> None:
    listed.person = None
    _review(listed, bank.id)
    details = json.loads(_review_events(listed)[0][2])
    details[audit_log.PERSON_KEY] = {"id": 1, "name": "Anna Weber"}
    assert summarise(AuditAction.PARTY_REVIEWED, details) == (
        "Anna Weber: 'Banco Nacional Cubano SA' is not OFAC SDN entry 306 BANCO NACIONAL DE "
        "CUBA: Other country, other registration.")
    details["verdict"] = "same"
    assert summarise(AuditAction.PARTY_REVIEWED, details) == (
        "Anna Weber: 'Banco Nacional Cubano SA' is OFAC SDN entry 306 BANCO NACIONAL DE CUBA, "
        "a confirmed match: Other country, other registration.")


@pytest.mark.parametrize("changes, field, words", [
    ({"reason": "   "}, "reason", "Say why: e.g. other date of birth, other country"),
    ({"reason": "x" * 2001}, "reason", "at most 2,000"),
    ({"entry_id": "999999"}, "entry", "Entry 999999 is not on the newest OFAC SDN list"),
    ({"source": "interpol"}, "source", "interpol is not a sanctions list"),
    ({"source": "un"}, "source", "No UN Security Council list is imported"),
    ({"verdict": "maybe"}, "verdict", "Say whether the party is the listed one"),
    ({"role": "end_user"}, "role", "A catalog customer is reviewed as the customer"),
    ({"subject": "order", "role": "buyer"}, "role", "buyer is not a party of an order"),
    ({"party_name": " "}, "party_name", "The party has no name to review"),
    ({"party_country": "Spain"}, "party_country", "not a country's two-letter ISO code"),
])
def test_bad_input_is_refused_in_words_and_nothing_is_stored(listed, bank, changes, field,
                                                             words) -> None:
    with pytest.raises(ValidationError) as refused:
        _review(listed, bank.id, **changes)
    assert refused.value.field == field and words in refused.value.message
    assert all_reviews(listed) == [] and _review_events(listed) == []


def test_a_subject_that_does_not_exist_is_refused(listed) -> None:
    with pytest.raises(NotFound, match="There is no customer number 999"):
        _review(listed, 999)
    with pytest.raises(NotFound, match="Order 999 does not exist"):
        _review(listed, 999, subject="order")
    assert all_reviews(listed) == []


def test_an_entry_taken_off_the_newest_list_cannot_be_reviewed(listed, bank, tmp_path) -> None:
    newer = tmp_path / "ofac"
    newer.mkdir()
    for name in ("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"):
        lines = (OFAC.parent / name).read_text(encoding="utf-8").splitlines(keepends=True)
        (newer / name).write_text("".join(x for x in lines if not x.startswith("306,")),
                                  encoding="utf-8")
    import_list(listed, newer / "sdn.csv")
    with pytest.raises(ValidationError, match="Entry 306 is not on the newest OFAC SDN list"):
        _review(listed, bank.id)
    assert all_reviews(listed) == []


def test_staff_may_review_and_a_deactivated_person_may_not(listed, bank) -> None:
    people = PeopleService(listed, hasher=PassphraseHasher(n=2**4, r=8, p=1))
    admin, _ = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", "violet kettle on the moon"),
        NewPerson("Jonas Berg", "jonas.berg@example.com", "seven quiet harbour lamps"))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com",
                                        "paper boats in April rain", Role.STAFF))
    listed.person = WorkingPerson(staff.id, staff.name)
    review = _review(listed, bank.id)
    assert review.reviewed_by == "Lea Kim (tester)"
    assert json.loads(_review_events(listed)[0][2])[audit_log.PERSON_KEY]["name"] == "Lea Kim"
    listed.person = WorkingPerson(admin.id, admin.name)
    people.deactivate(admin, staff.id)
    listed.person = WorkingPerson(staff.id, staff.name)
    with pytest.raises(NotAllowed, match="Lea Kim is no longer active"):
        _review(listed, bank.id)
    assert len(all_reviews(listed)) == 1


def _checked(ctx: AppContext, customer_id: int, verdict: str = "possible_match") -> None:
    """The customer's latest check as the screening stores it (written here, audited; the
    catalog may have checked the customer already when it was added: that row is replaced)."""
    matches = [{"source": "ofac", "entry_id": "306", "listed_name": "BANCO NACIONAL DE CUBA",
                "matched_name": "BANCO NACIONAL DE CUBA", "score": 0.8, "why": "..."}]
    with ctx.write_session() as s:
        row = s.execute(select(DbPartyCheck).where(
            DbPartyCheck.subject == "customer", DbPartyCheck.subject_id == customer_id,
            DbPartyCheck.role == "customer")).scalar()
        row = row or DbPartyCheck(subject="customer", subject_id=customer_id, role="customer")
        row.party_name, row.party_country, row.verdict = BANK, "ES", verdict
        row.matches, row.lists, row.checked_at = json.dumps(matches), "[1]", ctx.clock()
        s.add(row)
        audit_log.append(s, actor=ctx.actor, action=AuditAction.CUSTOMER_UPDATED,
                         entity="customer", entity_id=customer_id, details={}, at=ctx.clock())
        s.commit()


def _check(ctx: AppContext, customer_id: int) -> tuple[str, list[dict]]:
    ((verdict, matches),) = _rows(ctx, "SELECT verdict, matches FROM party_check WHERE "
                                       f"subject = 'customer' AND subject_id = {customer_id}")
    return verdict, json.loads(matches)


def test_a_customer_s_latest_check_is_decided_again_with_the_review(listed) -> None:
    """The catalog checked the customer on its save; a review checks it again at once, the
    review applied as an order's screening applies it."""
    lookalike = CatalogService(listed).save_customer(
        Customer(LOOKALIKE, "ES", "private", sector="finance"))
    assert _check(listed, lookalike.id)[0] == "possible_match"
    review = _review(listed, lookalike.id, party_name=LOOKALIKE)
    verdict, matches = _check(listed, lookalike.id)
    assert verdict == "clear"
    assert matches[0][REVIEW_KEY]["id"] == review.id
    assert matches[0][REVIEW_KEY]["verdict"] == "not_same"
    assert matches[0][REVIEW_KEY]["reason"] == WHY
    confirmed = _review(listed, lookalike.id, party_name=LOOKALIKE, verdict="same",
                        reason="Same address in Madrid")
    verdict, matches = _check(listed, lookalike.id)
    assert verdict == "match" and matches[0][REVIEW_KEY]["id"] == confirmed.id
    report = AuditService(listed).verify()
    assert report.ok, report.reason


def test_a_check_of_another_name_is_not_marked(listed, bank) -> None:
    _checked(listed, bank.id)
    _review(listed, bank.id, party_name="Banco Nacional Cubano")  # not the name checked
    verdict, matches = _check(listed, bank.id)
    assert verdict == "possible_match" and REVIEW_KEY not in matches[0]


def test_a_review_on_an_order_is_in_its_history_and_screens_it_again(
        listed, catalog: Catalog) -> None:
    orders = OrderService(listed)
    order = orders.save(catalog.laptop_order("SO-3001"))
    _review(listed, order.id, subject="order", role="customer",
            party_name=catalog.office.name, party_country="DE")
    history = orders.history(order.id)
    reviewed = [h for h in history if h.action == AuditAction.PARTY_REVIEWED]
    assert len(reviewed) == 1
    assert "'Müller Steuerberatung' is not OFAC SDN entry 306" in reviewed[0].summary
    assert reviews_of(listed, "order", order.id)[0].role == "customer"
    report = AuditService(listed).verify()
    assert report.ok, report.reason


def test_the_newest_list_is_the_one_reviewed(listed, bank, tmp_path) -> None:
    """An entry changed on a newer list: the review records the entry as it is now."""
    before = current_entry(listed, "ofac", "306").sha256
    newer = tmp_path / "ofac"
    shutil.copytree(OFAC.parent, newer)
    sdn = (newer / "sdn.csv").read_text(encoding="utf-8")
    (newer / "sdn.csv").write_text(sdn.replace("a.k.a. 'BNC'.", "a.k.a. 'BNC'; Havana."),
                                   encoding="utf-8")
    import_list(listed, newer / "sdn.csv")
    review = _review(listed, bank.id)
    assert review.entry_sha256 != before
    assert review.entry_sha256 == current_entry(listed, "ofac", "306").sha256


# -- reviews applied to a check: the same pair does not alert again until either changes --------


def _reviewed(ctx: AppContext, name: str, country: str, customer_id: int
              ) -> tuple[str, dict]:
    """The customer's check as the catalog makes it (reviews applied): verdict, its match."""
    check = check_customer(ctx, name, country, customer_id=customer_id)
    assert check is not None
    (match,) = json.loads(check.matches)
    assert match["entry_id"] == "306"
    return check.verdict, match


def test_a_pair_reviewed_not_the_same_does_not_alert_again_until_either_changes(
        listed, bank, tmp_path) -> None:
    verdict, before = _reviewed(listed, LOOKALIKE, "ES", bank.id)
    assert verdict == "possible_match" and REVIEW_KEY not in before
    assert "review_note" not in before
    review = _review(listed, bank.id, party_name=LOOKALIKE)
    verdict, after = _reviewed(listed, LOOKALIKE, "ES", bank.id)
    assert verdict == "clear" and after[REVIEW_KEY]["id"] == review.id
    verdict, _ = _reviewed(listed, "SA  banco nacional DE CUBA", "es", bank.id)  # folded: same
    assert verdict == "clear"

    verdict, renamed = _reviewed(listed, "Banco Nacional Cuba", "CU", bank.id)
    assert verdict == "possible_match" and REVIEW_KEY not in renamed
    assert "when the party was Banco Nacional de Cuba SA (ES)" in renamed["review_note"]

    newer = tmp_path / "ofac"
    shutil.copytree(OFAC.parent, newer)
    sdn = (newer / "sdn.csv").read_text(encoding="utf-8")
    (newer / "sdn.csv").write_text(sdn.replace("a.k.a. 'BNC'.", "a.k.a. 'BNC'; Havana."),
                                   encoding="utf-8")
    import_list(listed, newer / "sdn.csv")
    verdict, changed = _reviewed(listed, LOOKALIKE, "ES", bank.id)
    assert verdict == "possible_match" and "listed entry changed" in changed["review_note"]


def test_a_confirmed_match_keeps_alerting_with_its_review(listed, bank) -> None:
    confirmed = _review(listed, bank.id, party_name=LOOKALIKE, verdict="same",
                        reason="Same address in Madrid")
    verdict, found = _reviewed(listed, LOOKALIKE, "ES", bank.id)
    assert verdict == "match" and found[REVIEW_KEY]["id"] == confirmed.id
