"""The UN Security Council Consolidated List in its XML format.

``CONSOLIDATED_LIST`` (its ``dateGenerated`` attribute is the publication date) holds
``INDIVIDUALS/INDIVIDUAL`` and ``ENTITIES/ENTITY``, each with ``REFERENCE_NUMBER`` (the public
id, e.g. ``QDi.001``), ``FIRST_NAME`` .. ``FOURTH_NAME``, ``NAME_ORIGINAL_SCRIPT``, aliases
(``INDIVIDUAL_ALIAS`` / ``ENTITY_ALIAS`` with ``QUALITY`` Good, Low, a.k.a., f.k.a. and
``ALIAS_NAME``), ``NATIONALITY/VALUE``, ``INDIVIDUAL_DATE_OF_BIRTH`` and addresses.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from reseller_app.domain.sanctions.entries import (
    ListedName,
    ListEntry,
    ListFile,
    ListSource,
    PartyKind,
)
from reseller_app.domain.sanctions.reading import (
    ListFileError,
    add_country,
    clean_name,
    iso_date,
    parse_xml,
)
from reseller_app.domain.texts import t

ROOT = "CONSOLIDATED_LIST"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def _text(element: ET.Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _birth_date(dob: ET.Element) -> str:
    """"1961-05-21", "1961", "circa 1960", "1960-1965" from one INDIVIDUAL_DATE_OF_BIRTH."""
    kind = _text(dob, "TYPE_OF_DATE").upper()
    if kind == "BETWEEN":
        low, high = _text(dob, "FROM_YEAR"), _text(dob, "TO_YEAR")
        return f"{low}-{high}" if low and high else low or high
    value = _text(dob, "DATE") or _text(dob, "YEAR")
    if value and kind == "APPROXIMATELY":
        return f"circa {value}"
    return value


def _entry(element: ET.Element, kind: PartyKind, number: int, file: str,
           ) -> tuple[ListEntry | None, int]:
    """One entry and the number of its names that were empty (None: it has no name at all)."""
    reference = _text(element, "REFERENCE_NUMBER")
    where = t("{element} number {number} ({reference})", element=element.tag, number=number,
              reference=reference or t("no reference number"))
    if not reference:
        raise ListFileError(file, t(
            "{file}, {where}: the entry has no REFERENCE_NUMBER, which every entry of the UN "
            "list has: the file is damaged.", file=file, where=where))
    skipped = 0
    names: list[ListedName] = []
    primary = clean_name(" ".join(_text(element, tag) for tag in _NAME_PARTS), file, where)
    if primary:
        names.append(ListedName(primary, primary=True))
    else:
        skipped += 1
    original = clean_name(_text(element, "NAME_ORIGINAL_SCRIPT"), file, where)
    if original:
        names.append(ListedName(original))
    for alias in element.iter(f"{element.tag}_ALIAS"):
        found = alias.find("ALIAS_NAME")
        raw = (found.text or "") if found is not None else ""
        name = clean_name(raw, file, where)
        if not name:
            skipped += bool(raw)  # an empty <ALIAS_NAME/> is the UN's "no alias", not a gap
            continue
        names.append(ListedName(name, weak=_text(alias, "QUALITY").casefold() == "low"))
    if not names:
        return None, skipped
    countries: list[str] = []
    for nationality in element.iter("NATIONALITY"):
        for value in nationality.iter("VALUE"):
            add_country(countries, value.text)
    for address in element.iter(f"{element.tag}_ADDRESS"):
        add_country(countries, _text(address, "COUNTRY"))
    births = tuple(b for b in (_birth_date(d) for d in element.iter(
        "INDIVIDUAL_DATE_OF_BIRTH")) if b)
    extra = {key: value for key, value in (("listed_on", _text(element, "LISTED_ON")),
                                           ("dataid", _text(element, "DATAID"))) if value}
    return ListEntry(
        source=ListSource.UN, entry_id=reference, kind=kind, names=tuple(names),
        countries=tuple(countries), birth_dates=births,
        programs=tuple(p for p in (_text(element, "UN_LIST_TYPE"),) if p),
        remarks=_text(element, "COMMENTS1"), extra=extra), skipped


def read_un(data: bytes, *, file: str = "consolidated.xml") -> ListFile:
    root = parse_xml(data, file)
    if root.tag != ROOT:
        raise ListFileError(file, t(
            "{file} is XML but not the UN consolidated list: its root element is {found}, not "
            "{expected}.", file=file, found=root.tag, expected=ROOT))
    entries: list[ListEntry] = []
    skipped = skipped_entries = 0
    for tag, kind in (("INDIVIDUAL", PartyKind.PERSON), ("ENTITY", PartyKind.ORGANISATION)):
        for number, element in enumerate(root.iter(tag), start=1):
            entry, empty = _entry(element, kind, number, file)
            skipped += empty
            if entry is None:
                skipped_entries += 1
            else:
                entries.append(entry)
    if not entries:
        raise ListFileError(file, t("{file} holds no entry: the UN list is never empty, so the "
                                    "file is damaged.", file=file))
    return ListFile(ListSource.UN, iso_date(root.get("dateGenerated")), tuple(entries),
                    skipped_names=skipped, skipped_entries=skipped_entries)
