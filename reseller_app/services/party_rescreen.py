"""The catalog customers checked against the sanctions lists, and everything checked again when
a new list version or a new criteria pack comes in.

Each catalog customer's latest check is one ``party_check`` row (subject and role
``customer``, ``subject_id`` the customer's id): written when the customer is created or its
name or country changes (:func:`store_customer_check`, inside the catalog's own transaction and
audit event), and for every customer by :func:`rescreen_parties`, which also screens every open
order again (``RescreenService``, which checks the orders' parties) and tells what changed: new
possible matches, new matches, matches gone, by customer and by order reference, in one audit
event (``parties.rescreened``).

Speed: the customers are checked in memory against the cached name index
(``services.party_index``), then only the rows whose result changed are written, with one
``executemany`` for the new rows and one for the changed ones (bench/run.py ``re-screen:``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, select, update

from reseller_app.domain.sanctions.matching import Verdict
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ValidationError
from reseller_app.services.party_checks import (
    CUSTOMER,
    FLAGGED,
    ORDER,
    FlaggedParty,
    PartyStatus,
    StoredCheck,
    customer_checks,
    flagged_parties,
    subject_labels,
)
from reseller_app.services.party_index import check_party, party_index
from reseller_app.services.rescreening import RescreenService
from reseller_app.store import audit_log
from reseller_app.store.tables import DbCustomer, DbPartyCheck

CHUNK = 250  # customers checked between two looks at cancel and progress
LISTED_IN_EVENT = 500  # changes named in the audit event (all are counted)


# -- re-screening --------------------------------------------------------------------------------
class ChangeKind(StrEnum):
    NEW_MATCH = "new_match"
    NEW_POSSIBLE_MATCH = "new_possible_match"
    MATCH_GONE = "match_gone"  # flagged before, clear now
    WEAKER = "weaker"  # a confirmed match now only a possible one


def change_kind(before: str | None, after: str | None) -> ChangeKind | None:
    """What a change of verdict means for the user; None when nothing to tell."""
    if after == before:
        return None
    if after == Verdict.MATCH.value:
        return ChangeKind.NEW_MATCH
    if after == Verdict.POSSIBLE_MATCH.value:
        return ChangeKind.WEAKER if before == Verdict.MATCH.value else \
            ChangeKind.NEW_POSSIBLE_MATCH
    if before in FLAGGED:
        return ChangeKind.MATCH_GONE
    return None


@dataclass(frozen=True)
class PartyChange:
    """One party whose verdict changed: a customer, or a party of an order."""

    kind: ChangeKind
    subject: str  # CUSTOMER or ORDER
    subject_id: int
    label: str  # the customer's name or the order's reference
    role: str
    party_name: str
    before: str | None  # verdict, None: not checked before
    after: str | None

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "subject": self.subject, "id": self.subject_id,
                "label": self.label, "role": self.role, "name": self.party_name,
                "before": self.before, "after": self.after}


@dataclass
class PartyRescreenReport:
    """What checking everything again changed."""

    customers_checked: int
    orders_screened: int
    changes: list[PartyChange] = field(default_factory=list)
    cancelled: bool = False
    lists_imported: bool = True  # False: no list yet, the customers were not checked
    list_ids: tuple[int, ...] = ()

    def of(self, kind: ChangeKind) -> list[PartyChange]:
        return [c for c in self.changes if c.kind is kind]

    @property
    def new_matches(self) -> list[PartyChange]:
        return self.of(ChangeKind.NEW_MATCH)

    @property
    def new_possible_matches(self) -> list[PartyChange]:
        return self.of(ChangeKind.NEW_POSSIBLE_MATCH)

    @property
    def matches_gone(self) -> list[PartyChange]:
        return self.of(ChangeKind.MATCH_GONE)

    def summary(self) -> str:
        """One line: "3 new possible matches, 1 match gone" (or that nothing changed)."""
        parts = []
        n = len(self.new_matches)
        if n:
            parts.append(t("1 new match") if n == 1 else
                         t("{count} new matches", count=f"{n:,}"))
        n = len(self.new_possible_matches)
        if n:
            parts.append(t("1 new possible match") if n == 1 else
                         t("{count} new possible matches", count=f"{n:,}"))
        n = len(self.matches_gone)
        if n:
            parts.append(t("1 match gone") if n == 1 else
                         t("{count} matches gone", count=f"{n:,}"))
        n = len(self.of(ChangeKind.WEAKER))
        if n:
            parts.append(t("1 match now only possible") if n == 1 else
                         t("{count} matches now only possible", count=f"{n:,}"))
        changed = ", ".join(parts) if parts else t("no sanctions result changed")
        checked = t("{customers} customers and {orders} open orders checked again",
                    customers=f"{self.customers_checked:,}", orders=f"{self.orders_screened:,}")
        line = f"{checked}: {changed}."
        if self.cancelled:
            line += " " + t("Stopped before the end: the customers keep their earlier checks.")
        elif not self.lists_imported:
            line += " " + t("No sanctions list is imported: the customers were not checked.")
        return line


OrderParties = dict[tuple[int, str], tuple[str, str]]  # (order id, role) -> (verdict, name)


def _order_verdicts(ctx: AppContext) -> OrderParties:
    """(order id, role) -> (verdict, party name), of every order's parties checked."""
    c = DbPartyCheck.__table__.c
    with ctx.session() as s:
        return {(int(i), role): (verdict, name) for i, role, verdict, name in s.execute(
            select(c.subject_id, c.role, c.verdict, c.party_name).where(c.subject == ORDER))}


def changed_orders(before: OrderParties, after: OrderParties
                   ) -> list[tuple[tuple[int, str], tuple[str, str] | None,
                                   tuple[str, str] | None]]:
    """The orders' parties whose verdict changed in a way to tell (``change_kind``): (order
    id, role), before and after (None: no check)."""
    found: list[tuple[tuple[int, str], tuple[str, str] | None, tuple[str, str] | None]] = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if change_kind(old and old[0], new and new[0]) is not None:
            found.append((key, old, new))
    return found


def rescreen_parties(ctx: AppContext, *, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> PartyRescreenReport:
    """Check every catalog customer against the newest lists and screen every open order
    again; write the customers' new results and one ``parties.rescreened`` event saying what
    changed. ``progress(done, total)`` counts customers then orders; ``cancelled()`` true stops
    the work: the customers then keep their earlier checks (the orders screened so far keep
    their new screening, as with Screen again)."""
    index = party_index(ctx)
    orders = RescreenService(ctx)
    order_ids = orders.open_order_ids()
    customers: list[Any] = []
    if index is not None:
        with ctx.session() as s:
            customers = list(s.execute(select(DbCustomer.id, DbCustomer.name,
                                              DbCustomer.country).order_by(DbCustomer.id)))
    total = len(customers) + len(order_ids)
    report = PartyRescreenReport(len(customers), 0, lists_imported=index is not None,
                                 list_ids=index.list_ids if index is not None else ())

    def stop() -> bool:
        return cancelled is not None and cancelled()

    checks: list[tuple[int, StoredCheck]] = []
    for start in range(0, len(customers), CHUNK):
        if stop():
            report.cancelled = True
            return report
        if progress is not None:
            progress(start, total)
        for customer_id, name, country in customers[start:start + CHUNK]:
            try:
                found = check_party(ctx, name, country=country, index=index)
            except ValidationError:  # a name with nothing to check: left unchecked
                continue
            checks.append((int(customer_id), StoredCheck.of(found, name, country)))

    before = _order_verdicts(ctx) if order_ids else {}
    if order_ids:
        def order_progress(done: int, _total: int) -> None:
            if progress is not None:
                progress(len(customers) + done, total)

        screened = orders.rescreen(order_ids, progress=order_progress, is_cancelled=cancelled)
        report.orders_screened = screened.screened
        report.cancelled = screened.cancelled
    after = _order_verdicts(ctx) if order_ids else {}
    if progress is not None:
        progress(total, total)

    _write(ctx, report, [] if report.cancelled else checks, before, after)
    return report


def _write(ctx: AppContext, report: PartyRescreenReport, checks: list[tuple[int, StoredCheck]],
           before: OrderParties, after: OrderParties) -> None:
    """The customers' changed checks (only those) and the one event naming every change."""
    order_changes = changed_orders(before, after)
    if report.cancelled and not order_changes:
        return  # nothing was changed by this run: no event to write
    now = ctx.clock()
    table = DbPartyCheck.__table__
    with ctx.write_session() as s:
        # Read again inside the write: the window stays usable while the customers are checked,
        # and a customer saved meanwhile was checked by its own save (under its new name).
        current = {int(r[0]): r for r in s.execute(
            select(table.c.subject_id, table.c.id, table.c.party_name, table.c.party_country,
                   table.c.verdict, table.c.matches, table.c.lists)
            .where(table.c.subject == CUSTOMER, table.c.role == CUSTOMER))}
        now_named = {int(i): (name, (country or "")[:2]) for i, name, country in s.execute(
            select(DbCustomer.id, DbCustomer.name, DbCustomer.country))}
        new_rows, changed_rows, customer_changes = _customer_rows(checks, current, now_named,
                                                                  now)
        if new_rows:
            s.execute(table.insert(), new_rows)
        if changed_rows:
            s.execute(update(table).where(table.c.id == bindparam("_id")).values(
                {k: bindparam(k) for k in changed_rows[0] if k != "_id"}), changed_rows)
        written = [int(r["_id"]) for r in changed_rows]
        if new_rows:
            ids = {r["subject_id"] for r in new_rows}
            written += [int(i) for i, subject_id in s.execute(
                select(table.c.id, table.c.subject_id).where(
                    table.c.subject == CUSTOMER, table.c.role == CUSTOMER))
                if subject_id in ids]
        report.changes += customer_changes
        names = subject_labels(s, [(ORDER, key[0]) for key, _, _ in order_changes])
        for (order_id, role), old, new in order_changes:
            report.changes.append(PartyChange(
                change_kind(old and old[0], new and new[0]),  # type: ignore[arg-type]
                ORDER, order_id, names.get((ORDER, order_id), str(order_id)), role,
                (new or old or ("", ""))[1], old and old[0], new and new[0]))
        audit_log.append(
            s, actor=ctx.actor, action=AuditAction.PARTIES_RESCREENED, entity="party_check",
            entity_id="all", at=now, records=[("party_check", i) for i in written],
            details={
                "customers_checked": report.customers_checked,
                "orders_screened": report.orders_screened, "lists": list(report.list_ids),
                "lists_imported": report.lists_imported, "cancelled": report.cancelled,
                "checks_written": len(written),
                "counts": {kind.value: len(report.of(kind)) for kind in ChangeKind},
                "changes": [ch.as_json() for ch in report.changes[:LISTED_IN_EVENT]],
            })
        s.commit()


def _customer_rows(checks: list[tuple[int, StoredCheck]], current: dict[int, Any],
                   now_named: dict[int, tuple[str, str]], now: Any
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[PartyChange]]:
    """The rows to insert, the rows to update (only those whose result or lists changed) and
    the changes to tell; a customer renamed or removed since its check is left alone."""
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[dict[str, Any]] = []
    changes: list[PartyChange] = []
    for customer_id, check in checks:
        if now_named.get(customer_id) != (check.party_name, check.party_country):
            continue
        old = current.get(customer_id)
        if old is None:
            new_rows.append({"subject": CUSTOMER, "subject_id": customer_id, "role": CUSTOMER,
                             "checked_at": now, **check.values()})
        elif (old[2], old[3], old[4], old[5], old[6]) != (
                check.party_name, check.party_country, check.verdict, check.matches,
                check.lists):
            changed_rows.append({"_id": old[1], "checked_at": now, **check.values()})
        else:
            continue  # the same result against the same lists: nothing to write
        previous = None if old is None else old[4]
        kind = change_kind(previous, check.verdict)
        if kind is not None:
            changes.append(PartyChange(kind, CUSTOMER, customer_id, check.party_name, CUSTOMER,
                                       check.party_name, previous, check.verdict))
    return new_rows, changed_rows, changes


class PartyScreening:
    """The views' way to the parties' sanctions checks (``Backend.parties``)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def customer_checks(self, customer_ids: Sequence[int]) -> dict[int, PartyStatus]:
        return customer_checks(self.ctx, customer_ids)

    def flagged(self) -> list[FlaggedParty]:
        return flagged_parties(self.ctx)

    def warm(self) -> None:
        """Build the lists' name index now (a second or two, kept for the process), so that
        saving a customer does not wait for it."""
        party_index(self.ctx)

    def rescreen(self, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> PartyRescreenReport:
        return rescreen_parties(self.ctx, progress=progress, cancelled=cancelled)
