"""Citations: the public source and section each criterion of a pack rests on.

A criterion's ``basis`` names its sources by their id in the pack's ``sources`` list, each
followed by the place in it, several separated by ``;``::

    "bsr-2022 §6.4; us-state-2020 Definitions"

:func:`cite` turns that into :class:`Citation` s a person can read and follow (the source's
short title with the place, and its link). A part that names no source of the pack (the free
text of older packs, "BSR 2022 §6.3") is kept as it is written, without a link, so old packs
and the screenings stored with them still show their basis.

A country flag's basis is the figures behind the country's tier (``WGI 2023 percentile ranks:
...``); it rests on the pack's geography source (:func:`flag_citations`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reseller_app.domain.packs import CriteriaPack, Source

SEPARATOR = ";"


@dataclass(frozen=True, slots=True)
class Citation:
    """One source a basis cites: readable text, and where to read the source."""

    text: str  # "BSR (2022) Sales Partners brief, §6.4", or the part as written
    url: str = ""
    source_id: str | None = None  # None: the part names no source of the pack
    title: str = ""  # the source's full title ("" when source_id is None)
    locator: str = ""  # the section, article or heading cited within the source


def basis_parts(basis: str) -> list[str]:
    """The parts of a basis, one per source cited, stripped, empty ones left out."""
    return [part.strip() for part in basis.split(SEPARATOR) if part.strip()]


def _by_id(sources: Iterable[Source]) -> dict[str, Source]:
    return {s.id: s for s in sources}


def _citation(source: Source, locator: str) -> Citation:
    name = source.short or source.title
    text = f"{name}, {locator}" if locator else name
    return Citation(text, source.url, source.id, source.title, locator)


def cite(sources: Iterable[Source], basis: str) -> tuple[Citation, ...]:
    """The citations of ``basis``, resolved against ``sources`` (a pack's ``sources``)."""
    known = _by_id(sources)
    places: dict[str, list[str]] = {}  # source id -> the places cited in it, in order
    out: list[Citation | str] = []  # a source id stands where that source is first cited
    for part in basis_parts(basis):
        head, _, rest = part.partition(" ")
        if head not in known:
            out.append(Citation(part))
            continue
        if head not in places:
            places[head] = []
            out.append(head)
        if rest.strip():
            places[head].append(rest.strip())
    # One citation per source: "BSR (2022) Sales Partners brief, §4 and §6.4".
    return tuple(c if isinstance(c, Citation) else _citation(known[c], " and ".join(places[c]))
                 for c in out)


def flag_citations(pack: CriteriaPack, criterion: str, basis: str) -> tuple[Citation, ...]:
    """The citations of a flag's ``basis``; a country flag's rest on the geography source."""
    if criterion.startswith("country."):
        text = basis.strip()
        source = pack.source(pack.geography.source)
        if source is None:
            return (Citation(text),) if text else ()
        if not text:
            return (_citation(source, ""),)
        # The figures already name the data set: they are the text, the source gives the link.
        return (Citation(text, source.url, source.id, source.title),)
    return cite(pack.sources, basis)


def citation_text(citations: Iterable[Citation]) -> str:
    """Citations as one line of plain text: "BSR (2022) Sales Partners brief, §6.4; ..."."""
    return "; ".join(c.text for c in citations)


def cited_sources(pack: CriteriaPack, citations: Iterable[Citation]) -> tuple[Source, ...]:
    """The pack's sources the citations name, once each, in the order of ``pack.sources``."""
    ids = {c.source_id for c in citations if c.source_id}
    return tuple(s for s in pack.sources if s.id in ids)


def pack_bases(pack: CriteriaPack) -> Iterator[tuple[str, str]]:
    """(where, basis) of every criterion of ``pack`` that gives a basis, countries excepted."""
    v = pack.vocabulary
    for group in ("product_categories", "customer_types", "government_functions", "sectors",
                  "use_cases"):
        for term in getattr(v, group):
            yield f"vocabulary.{group}.{term.id}", term.basis
    for flag in pack.red_flags:
        yield f"red_flags.{flag.id}", flag.basis
    for question in pack.checklist:
        yield f"checklist.{question.id}", question.basis
    for mitigation in pack.mitigations:
        yield f"mitigations.{mitigation.id}", mitigation.basis
    for kind, rule in pack.missing_information.items():
        yield f"missing_information.{kind}", rule.basis
    for r in pack.rules:
        yield f"rules.{r.id}", r.basis


def unsourced(pack: CriteriaPack) -> list[str]:
    """Where ``pack`` gives a basis that does not rest on a listed public source.

    A basis must have at least one part, and every part must name a source of the pack that
    has a link (a source a user or distributor can open), with the place in it. The geography
    source must have a link too (the country flags rest on it).
    """
    known = _by_id(pack.sources)
    problems: list[str] = []
    for where, basis in pack_bases(pack):
        parts = basis_parts(basis)
        if not parts:
            problems.append(f"{where}: no basis")
        for part in parts:
            head, _, rest = part.partition(" ")
            source = known.get(head)
            if source is None:
                problems.append(f"{where}: '{part}' names no source of the pack")
            elif not source.url:
                problems.append(f"{where}: source '{head}' has no link")
            elif not rest.strip():
                problems.append(f"{where}: '{part}' does not say where in the source")
    geography = known.get(pack.geography.source)
    if geography is not None and not geography.url:
        problems.append(f"geography: source '{geography.id}' has no link")
    return problems
