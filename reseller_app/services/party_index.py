"""Checking a party's name against the newest version of every imported sanctions list.

The name index (``domain.sanctions.matching.NameIndex``) takes a second or two to build from
the OFAC and UN lists, so it is built once per process and kept while the newest versions stay
the same; importing a new version makes the next check build it again. It is keyed by the
files' SHA-256, not by the database: two databases holding the same files share it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reseller_app.domain.sanctions.entries import PartyKind
from reseller_app.domain.sanctions.matching import (
    DEFAULT_THRESHOLD,
    Match,
    NameIndex,
    NameNotCheckable,
    NameTooLong,
    Verdict,
    verdict,
)
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.packs import PackService
from reseller_app.services.sanctions_lists import ListVersion, newest_versions
from reseller_app.store import sanctions as store


class NoListsImported(ValidationError):
    """No sanctions list is imported: nothing to check against."""

    def __init__(self) -> None:
        super().__init__("lists", t(
            "No sanctions list is imported yet: import the OFAC, UN, EU or UK list first "
            "(reseller-app lists import FILE, or Sanctions lists in the app)."))


class NameUncheckable(ValidationError):
    """A text that is no party's name to check: too long, or nothing left once folded (empty,
    spaces or punctuation only). A customer or an order's party so named is simply not
    checked; ``check-party`` says so in one line."""


def pack_threshold(ctx: AppContext) -> float:
    """The active criteria pack's threshold (``LoadedPack.party_threshold``): the one score
    from which a name is a possible match, for orders, customers and ``check-party`` alike;
    the matcher's default while no pack is active."""
    try:
        return PackService(ctx).active().party_threshold
    except ServiceError:
        return DEFAULT_THRESHOLD


@dataclass(frozen=True)
class PartyIndex:
    """The names of the newest version of each list, ready to check against."""

    versions: tuple[ListVersion, ...]
    names: NameIndex

    @property
    def list_ids(self) -> tuple[int, ...]:
        return tuple(v.id for v in self.versions)


@dataclass(frozen=True)
class PartyCheck:
    """One party checked: its verdict and the entries that resemble it, best first."""

    query: str
    verdict: Verdict
    matches: tuple[Match, ...]
    list_ids: tuple[int, ...]

    def as_json(self) -> dict[str, object]:
        """As ``check-party`` prints it."""
        return {"query": self.query, "verdict": self.verdict.value,
                "matches": [m.as_json() for m in self.matches]}


_lock = threading.Lock()
_cache: dict[tuple[tuple[str, str], ...], NameIndex] = {}


def party_index(ctx: AppContext, *, build: bool = True) -> PartyIndex | None:
    """The index of the newest version of each list; None when no list is imported (and, with
    ``build=False``, when its index is not built yet: for the window's thread, which must not
    wait a second or two for it)."""
    versions = tuple(newest_versions(ctx))
    if not versions:
        return None
    key = tuple((v.source.value, v.file_sha256) for v in versions)
    if not build:
        names = _cache.get(key)
        return None if names is None else PartyIndex(versions, names)
    with _lock:  # one build at a time: a second caller waits for the first one's index
        names = _cache.get(key)
        if names is None:
            with ctx.session() as s:
                names = NameIndex.build_from_rows(
                    store.index_rows(s, [v.id for v in versions]))
            _cache.clear()  # only the newest lists are ever checked against
            _cache[key] = names
    return PartyIndex(versions, names)


def parse_kind(value: str | None) -> PartyKind | None:
    """``person`` / ``organisation`` (or ``organization``) as typed; None when not given."""
    if value is None or not value.strip():
        return None
    folded = value.strip().casefold()
    if folded in ("organisation", "organization", "company", "org"):
        return PartyKind.ORGANISATION
    if folded == "person":
        return PartyKind.PERSON
    raise ValidationError("kind", t(
        "{value} is not a kind of party: say person or organisation.", value=value))


def check_party(ctx: AppContext, name: str, *, country: str | None = None,
                kind: PartyKind | str | None = None, threshold: float | None = None,
                index: PartyIndex | None = None) -> PartyCheck:
    """``name`` checked against the newest lists (``index`` when the caller has it already).
    ``threshold`` None: the active criteria pack's (:func:`pack_threshold`). Raises
    :class:`NoListsImported` when there is none, :class:`NameUncheckable` for a text that is no
    name (too long, or empty once folded)."""
    index = index or party_index(ctx)
    if index is None:
        raise NoListsImported
    if isinstance(kind, str):
        kind = parse_kind(kind)
    limit = pack_threshold(ctx) if threshold is None else threshold
    try:
        matches = index.names.check(name, country=(country or None) and country.upper(),
                                    kind=kind, threshold=limit)
    except NameTooLong:
        raise NameUncheckable("name", t(
            "A name of {count} characters is too long to check: a party's name has at most "
            "1,000.", count=f"{len(name):,}")) from None
    except NameNotCheckable as exc:  # empty once folded: nothing to compare
        raise NameUncheckable("name", str(exc)) from None
    return PartyCheck(name, verdict(matches, limit), tuple(matches), index.list_ids)
