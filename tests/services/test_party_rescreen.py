"""Catalog customers checked against the sanctions lists: on create and rename, and all of them
again (with every open order) when a new list version comes in, saying what changed in one
audit event; the overview counts what needs a look, on both of its paths."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from reseller_app.domain.sanctions.matching import Verdict
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.dto import Customer
from reseller_app.services.first_screen import FirstScreen
from reseller_app.services.history import summarise
from reseller_app.services.overview import OverviewService
from reseller_app.services.party_checks import customer_checks, flagged_parties
from reseller_app.services.party_rescreen import ChangeKind, change_kind, rescreen_parties
from reseller_app.services.sanctions_lists import import_list
from reseller_app.store.quick_read import QuickReader

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
OFAC = DATA / "ofac" / "sdn.csv"
LISTED = "Banco Nacional de Cuba"  # entry 306 of the excerpt, addresses in CH, ES, JP, PA
ORDINARY = "Nordlicht IT Solutions GmbH"


def _rows(ctx, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _events(ctx) -> list[dict]:
    return [json.loads(d) for (d,) in _rows(
        ctx, "SELECT details FROM audit_event WHERE action = ? ORDER BY seq",
        (AuditAction.PARTIES_RESCREENED.value,))]


def _ofac_without_the_bank(tmp_path: Path) -> Path:
    """The excerpt as a later version in which the bank is no longer listed."""
    folder = tmp_path / "ofac-later"
    folder.mkdir()
    for name in ("alt.csv", "add.csv", "sdn_comments.csv"):
        shutil.copy(OFAC.with_name(name), folder / name)
    lines = OFAC.read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "sdn.csv").write_text("".join(line for line in lines
                                            if not line.startswith("306,")), encoding="utf-8")
    return folder / "sdn.csv"


def test_a_new_customer_is_checked_against_the_imported_lists(configured) -> None:
    import_list(configured, OFAC)
    catalog = CatalogService(configured)
    bank = catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    plain = catalog.save_customer(Customer(ORDINARY, "DE", "private"))
    checks = customer_checks(configured, [bank.id, plain.id])
    assert checks[bank.id].verdict == Verdict.MATCH
    assert "306" in checks[bank.id].why() and "BANCO NACIONAL DE CUBA" in checks[bank.id].why()
    assert checks[plain.id].verdict == Verdict.CLEAR and checks[plain.id].why() == ""
    stored = json.loads(_rows(configured, "SELECT matches, lists FROM party_check WHERE "
                                          "subject_id = ?", (bank.id,))[0][0])
    assert stored[0]["entry_id"] == "306" and stored[0]["exact"] is True
    assert stored[0]["contradicted"] is False
    # stamped by the customer's own event: verify-audit re-reads the rows
    assert _rows(configured, "SELECT count(*) FROM record_stamp WHERE kind = 'party_check'"
                 )[0][0] == 2
    report = AuditService(configured).verify()
    assert report.ok, report.reason


def test_a_rename_checks_again_and_a_save_changing_nothing_looked_at_does_not(configured
                                                                               ) -> None:
    import_list(configured, OFAC)
    catalog = CatalogService(configured)
    customer = catalog.save_customer(Customer(ORDINARY, "DE", "private"))
    first = customer_checks(configured, [customer.id])[customer.id]
    catalog.save_customer(Customer(ORDINARY, "DE", "private", notes="Met at a fair",
                                   id=customer.id))
    assert customer_checks(configured, [customer.id])[customer.id] == first
    catalog.save_customer(Customer(LISTED, "CH", "private", id=customer.id))
    renamed = customer_checks(configured, [customer.id])[customer.id]
    assert renamed.verdict == Verdict.MATCH and renamed.party_name == LISTED
    # another country contradicts the entry: no longer a confirmed match
    catalog.save_customer(Customer(LISTED, "DE", "private", id=customer.id))
    assert customer_checks(configured, [customer.id])[customer.id].verdict == \
        Verdict.POSSIBLE_MATCH
    assert AuditService(configured).verify().ok


def test_without_a_list_a_customer_is_not_checked(configured) -> None:
    customer = CatalogService(configured).save_customer(Customer(LISTED, "CH", "unknown"))
    assert customer_checks(configured, [customer.id]) == {}
    report = rescreen_parties(configured)
    assert not report.lists_imported and report.customers_checked == 0
    assert "not checked" in report.summary()


def test_a_new_list_version_checks_every_customer_and_says_what_changed(configured,
                                                                        tmp_path) -> None:
    catalog = CatalogService(configured)
    bank = catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    plain = catalog.save_customer(Customer(ORDINARY, "DE", "private"))
    import_list(configured, OFAC)
    seen: list[tuple[int, int]] = []
    report = rescreen_parties(configured, progress=lambda d, t: seen.append((d, t)))
    assert report.customers_checked == 2 and not report.cancelled
    assert [(c.subject_id, c.kind) for c in report.changes] == [(bank.id, ChangeKind.NEW_MATCH)]
    assert report.summary().endswith("1 new match.")
    assert seen[-1] == (2, 2)
    checks = customer_checks(configured, [bank.id, plain.id])
    assert checks[plain.id].verdict == Verdict.CLEAR

    later = import_list(configured, _ofac_without_the_bank(tmp_path))
    assert not later.already
    report = rescreen_parties(configured)
    assert [(c.label, c.kind) for c in report.matches_gone] == [(LISTED, ChangeKind.MATCH_GONE)]
    assert "1 match gone" in report.summary()
    assert customer_checks(configured, [bank.id])[bank.id].verdict == Verdict.CLEAR

    events = _events(configured)
    assert len(events) == 2
    assert events[0]["counts"]["new_match"] == 1 and events[0]["checks_written"] == 2
    assert events[1]["counts"]["match_gone"] == 1
    assert events[1]["changes"][0]["label"] == LISTED
    # both rows again, against the later list (the clear one too: its lists changed)
    assert events[1]["checks_written"] == 2
    text = summarise(AuditAction.PARTIES_RESCREENED, events[1])
    assert "2 customers and 0 open orders checked again" in text
    assert "matches gone: 1" in text and LISTED in text
    assert AuditService(configured).verify().ok


def test_checking_again_against_the_same_lists_writes_no_row(configured) -> None:
    import_list(configured, OFAC)
    CatalogService(configured).save_customer(Customer(LISTED, "CH", "unknown"))
    before = _rows(configured, "SELECT * FROM party_check")
    report = rescreen_parties(configured)
    assert report.changes == [] and _events(configured)[-1]["checks_written"] == 0
    assert _rows(configured, "SELECT * FROM party_check") == before
    assert "no sanctions result changed" in report.summary()


def test_a_cancelled_rescreen_leaves_the_earlier_checks(configured, tmp_path) -> None:
    import_list(configured, OFAC)
    catalog = CatalogService(configured)
    bank = catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    before = _rows(configured, "SELECT * FROM party_check")
    import_list(configured, _ofac_without_the_bank(tmp_path))
    report = rescreen_parties(configured, cancelled=lambda: True)
    assert report.cancelled and report.changes == []
    assert "earlier checks" in report.summary()
    assert _rows(configured, "SELECT * FROM party_check") == before
    assert customer_checks(configured, [bank.id])[bank.id].verdict == Verdict.MATCH
    assert _events(configured) == []


def test_the_overview_counts_possible_and_confirmed_matches_on_both_paths(configured) -> None:
    import_list(configured, OFAC)
    catalog = CatalogService(configured)
    catalog.save_customer(Customer(LISTED, "CH", "unknown"))  # confirmed
    catalog.save_customer(Customer(LISTED, "DE", "unknown"))  # country contradicts: possible
    catalog.save_customer(Customer(ORDINARY, "DE", "private"))
    summary = OverviewService(configured).summary()
    assert (summary.possible_matches, summary.confirmed_matches) == (1, 1)
    quick = FirstScreen(QuickReader.open_current(configured.db_url),  # type: ignore[arg-type]
                        clock=configured.clock)
    assert quick.overview.summary(summary.today) == summary
    flagged = flagged_parties(configured)
    assert [f.status.verdict for f in flagged] == [Verdict.MATCH, Verdict.POSSIBLE_MATCH]
    assert all(f.label == LISTED for f in flagged)


@pytest.mark.parametrize("verdict", list(Verdict))
def test_the_first_screen_knows_the_verdicts(verdict: Verdict) -> None:
    from reseller_app.services.first_screen import FLAGGED_VERDICTS

    assert (verdict.value in FLAGGED_VERDICTS) == (verdict is not Verdict.CLEAR)


def test_the_parties_of_declined_orders_are_not_counted_on_either_path(ctx) -> None:
    from reseller_app.services.demo import load_demo_data

    load_demo_data(ctx)
    rows = dict(_rows(ctx, "SELECT status, min(id) FROM orders GROUP BY status"))
    declined, held = rows["declined"], rows["held"]
    con = sqlite3.connect(ctx.engine.url.database)
    with con:  # as the orders' screening writes them (services of another part of the app)
        con.executemany(
            "INSERT INTO party_check (subject, subject_id, role, party_name, party_country, "
            "verdict, matches, lists, checked_at) VALUES ('order', ?, ?, ?, '', ?, '[]', '[]', "
            "'2026-11-02 10:00:00.000000')",
            [(declined, "customer", "Declined Party", "match"),
             (held, "end_user", "Held Party", "possible_match"),
             (held, "customer", "Clear Party", "clear")])
    con.close()
    summary = OverviewService(ctx).summary()
    assert (summary.possible_matches, summary.confirmed_matches) == (1, 0)
    quick = FirstScreen(QuickReader.open_current(ctx.db_url), clock=ctx.clock)  # type: ignore[arg-type]
    assert quick.overview.summary(summary.today) == summary
    [flagged] = flagged_parties(ctx)
    reference = _rows(ctx, "SELECT reference FROM orders WHERE id = ?", (held,))[0][0]
    assert (flagged.subject, flagged.subject_id, flagged.label, flagged.role) == \
        ("order", held, reference, "end_user")


@pytest.mark.parametrize(("before", "after", "kind"), [
    (None, "match", ChangeKind.NEW_MATCH),
    ("clear", "match", ChangeKind.NEW_MATCH),
    ("possible_match", "match", ChangeKind.NEW_MATCH),
    (None, "possible_match", ChangeKind.NEW_POSSIBLE_MATCH),
    ("clear", "possible_match", ChangeKind.NEW_POSSIBLE_MATCH),
    ("match", "possible_match", ChangeKind.WEAKER),
    ("match", "clear", ChangeKind.MATCH_GONE),
    ("possible_match", None, ChangeKind.MATCH_GONE),
    ("clear", None, None),
    (None, "clear", None),
    ("match", "match", None),
])
def test_what_a_change_of_an_orders_party_means(before, after, kind) -> None:
    from reseller_app.services.party_rescreen import changed_orders

    old = {} if before is None else {(7, "end_user"): (before, "Party")}
    new = {} if after is None else {(7, "end_user"): (after, "Party")}
    found = changed_orders(old, new)
    assert [change_kind(b and b[0], a and a[0]) for _, b, a in found] == \
        ([] if kind is None else [kind])


def test_a_customer_renamed_while_the_check_runs_keeps_its_own_check(configured) -> None:
    catalog = CatalogService(configured)
    bank = catalog.save_customer(Customer(LISTED, "CH", "unknown"))
    import_list(configured, OFAC)

    def rename_once(done: int, total: int) -> None:  # the window stays usable meanwhile
        if done == 0:
            catalog.save_customer(Customer(ORDINARY, "DE", "private", id=bank.id))

    report = rescreen_parties(configured, progress=rename_once)
    assert report.changes == []  # the old name's match is not written over the new check
    check = customer_checks(configured, [bank.id])[bank.id]
    assert (check.party_name, check.verdict) == (ORDINARY, Verdict.CLEAR)
    assert AuditService(configured).verify().ok


def test_the_open_orders_are_screened_again_with_the_customers(configured, many) -> None:
    import_list(configured, OFAC)
    seen: list[tuple[int, int]] = []
    report = rescreen_parties(configured, progress=lambda d, t: seen.append((d, t)))
    assert report.customers_checked == 3  # the catalog fixture's customers
    assert report.orders_screened == len(many)  # none is declined
    assert seen[-1] == (3 + len(many), 3 + len(many))
    assert "3 customers and 5 open orders checked again" in report.summary()
    assert _events(configured)[-1]["orders_screened"] == len(many)
    assert AuditService(configured).verify().ok


VARIANT = "Bancco Nacionall de Cuba SA"  # scores about 0.82 against OFAC entry 306


def test_the_packs_threshold_decides_for_customers_and_check_party_alike(configured) -> None:
    """A pack with threshold 0.95: a 0.82 variant is clear on the customer's save, on the
    re-screening and for check-party (no threshold given); the default pack's 0.75 flags it."""
    from reseller_app.services.packs import PackService, default_pack_bytes
    from reseller_app.services.party_index import check_party

    import_list(configured, OFAC)
    catalog = CatalogService(configured)
    flagged = catalog.save_customer(Customer(VARIANT, "ES", "private"))
    assert customer_checks(configured, [flagged.id])[flagged.id].verdict == "possible_match"
    assert check_party(configured, VARIANT, country="ES").verdict is Verdict.POSSIBLE_MATCH

    strict = json.loads(default_pack_bytes())
    strict["version"] = "2099.1.0"
    strict["restricted_parties"] = {"threshold": 0.95}
    PackService(configured).import_pack(json.dumps(strict).encode())
    assert check_party(configured, VARIANT, country="ES").verdict is Verdict.CLEAR
    second = catalog.save_customer(Customer(VARIANT + " Madrid", "ES", "private"))
    assert customer_checks(configured, [second.id])[second.id].verdict == "clear"
    report = rescreen_parties(configured)
    assert customer_checks(configured, [flagged.id])[flagged.id].verdict == "clear"
    assert [c.kind for c in report.changes] == [ChangeKind.MATCH_GONE]


def test_a_customer_whose_name_folds_to_nothing_is_not_checked(configured) -> None:
    import_list(configured, OFAC)
    dots = CatalogService(configured).save_customer(Customer("...", "ES", "private"))
    assert dots.id not in customer_checks(configured, [dots.id])
    rescreen_parties(configured)  # no crash: simply not checked
    assert dots.id not in customer_checks(configured, [dots.id])
