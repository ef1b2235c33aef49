"""One entry of a sanctions list, as every reader gives it and the matcher takes it.

The readers (OFAC, UN, EU, UK) turn a publisher's file into :class:`ListEntry` values; the
matcher indexes their names. Keeping the shape here lets both be built and tested apart.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum


class ListSource(StrEnum):
    """The lists the app reads; the value is the ``source`` printed by ``check-party``."""

    OFAC = "ofac"
    UN = "un"
    EU = "eu"
    UK = "uk"


class PartyKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ListedName:
    """One name of an entry: its primary name or an alias, as the list writes it (any script)."""

    text: str
    primary: bool = False
    weak: bool = False  # the list itself calls it a weak alias (OFAC "weak aka", UN "Low")


@dataclass(frozen=True, slots=True)
class ListEntry:
    """A listed party. ``entry_id`` is the list's own id (OFAC: the SDN entry number; UN: the
    reference number such as ``QDi.001``; EU: the EU reference number; UK: the unique id)."""

    source: ListSource
    entry_id: str
    kind: PartyKind
    names: tuple[ListedName, ...]
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 codes the entry names (nationality,
    # citizenship, address), as far as the list gives them
    birth_dates: tuple[str, ...] = ()  # as written: "1961-05-21", "1961", "circa 1960"
    programs: tuple[str, ...] = ()  # the sanctions programmes / regimes
    remarks: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def primary_name(self) -> str:
        for name in self.names:
            if name.primary:
                return name.text
        return self.names[0].text if self.names else ""


@dataclass(frozen=True, slots=True)
class ListFile:
    """What a reader made of one publisher's file: its entries and what the file says of
    itself (the publication date when it states one)."""

    source: ListSource
    published: str  # ISO date, or "" when the file does not say
    entries: tuple[ListEntry, ...]
    skipped_names: int = 0  # names the file leaves empty (blank, or only control characters)
    skipped_entries: int = 0  # entries with no name at all, left out

    @property
    def name_count(self) -> int:
        return sum(len(e.names) for e in self.entries)


# -- an entry as stored (``sanction_entry.data``) ------------------------------------------------
def entry_data(entry: ListEntry) -> str:
    """The entry's names and particulars as compact, canonical JSON (keys sorted): what the
    store keeps and what its SHA-256 is taken of, so the same entry in two list versions has the
    same digest."""
    data: dict[str, object] = {"n": [[n.text, int(n.primary), int(n.weak)] for n in entry.names]}
    if entry.countries:
        data["c"] = list(entry.countries)
    if entry.birth_dates:
        data["b"] = list(entry.birth_dates)
    if entry.programs:
        data["p"] = list(entry.programs)
    if entry.remarks:
        data["r"] = entry.remarks
    if entry.extra:
        data["x"] = entry.extra
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_sha256(source: ListSource, entry_id: str, kind: PartyKind, data: str) -> str:
    return hashlib.sha256(f"{source}\x1f{entry_id}\x1f{kind}\x1f{data}".encode()).hexdigest()


def entry_from_data(source: str, entry_id: str, kind: str, data: str) -> ListEntry:
    """The entry back from its stored form (the inverse of :func:`entry_data`)."""
    d = json.loads(data)
    return ListEntry(
        source=ListSource(source), entry_id=entry_id, kind=PartyKind(kind),
        names=tuple(ListedName(text, bool(primary), bool(weak)) for text, primary, weak in d["n"]),
        countries=tuple(d.get("c", ())), birth_dates=tuple(d.get("b", ())),
        programs=tuple(d.get("p", ())), remarks=d.get("r", ""), extra=d.get("x", {}))
