"""The EU consolidated list of financial sanctions in its XML format (FSF, version 1.1).

``export`` (namespace ``http://eu.europa.ec/fpi/fsd/export``; its ``generationDate``, or
``publicationDate``, dates the file) holds ``sanctionEntity`` elements with the attribute
``euReferenceNumber`` (the public id, e.g. ``EU.27.28``) and children ``subjectType`` (code
``person`` or ``enterprise``), ``nameAlias`` (``wholeName``, ``firstName``, ``lastName``,
``strong``), ``citizenship`` and ``address`` (``countryIso2Code``), ``birthdate``
(``birthdate``, ``year``, ``circa``) and ``regulation`` (``programme``).
"""

from __future__ import annotations

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
    local,
    parse_xml,
)
from reseller_app.domain.texts import t

_KINDS = {"person": PartyKind.PERSON, "enterprise": PartyKind.ORGANISATION}


def read_eu(data: bytes, *, file: str = "eu-sanctions.xml") -> ListFile:
    root = parse_xml(data, file)
    if local(root.tag) != "export":
        raise ListFileError(file, t(
            "{file} is XML but not the EU consolidated list: its root element is {found}, not "
            "{expected}.", file=file, found=local(root.tag), expected="export"))
    entries: list[ListEntry] = []
    skipped = skipped_entries = 0
    number = 0
    for element in root:
        if local(element.tag) != "sanctionEntity":
            continue
        number += 1
        reference = (element.get("euReferenceNumber") or "").strip()
        where = t("sanctionEntity number {number} ({reference})", number=number,
                  reference=reference or t("no EU reference number"))
        if not reference:
            raise ListFileError(file, t(
                "{file}, {where}: the entry has no euReferenceNumber, which every entry of the "
                "EU list has: the file is damaged.", file=file, where=where))
        names: list[ListedName] = []
        countries: list[str] = []
        births: list[str] = []
        programs: list[str] = []
        kind = PartyKind.UNKNOWN
        for child in element:
            tag = local(child.tag)
            if tag == "subjectType":
                kind = _KINDS.get((child.get("code") or "").casefold(), PartyKind.UNKNOWN)
            elif tag == "nameAlias":
                whole = child.get("wholeName") or " ".join(
                    part for part in (child.get("firstName"), child.get("middleName"),
                                      child.get("lastName")) if part)
                name = clean_name(whole, file, where)
                if not name:
                    skipped += 1
                    continue
                # The first name is the one the EU lists first; "strong=false" marks a weak one.
                names.append(ListedName(name, primary=not names,
                                        weak=(child.get("strong") or "").casefold() == "false"))
            elif tag in ("citizenship", "address"):
                add_country(countries, child.get("countryIso2Code"))
            elif tag == "birthdate":
                value = child.get("birthdate") or child.get("year") or ""
                if value:
                    circa = (child.get("circa") or "").casefold() == "true"
                    births.append(f"circa {value}" if circa else value)
            elif tag == "regulation":
                programme = (child.get("programme") or "").strip()
                if programme and programme not in programs:
                    programs.append(programme)
        if not names:
            skipped_entries += 1
            continue
        extra = {key: value for key, value in (
            ("logical_id", element.get("logicalId") or ""),
            ("un_id", element.get("unitedNationId") or "")) if value}
        remark = element.find("{*}remark")
        entries.append(ListEntry(
            source=ListSource.EU, entry_id=reference, kind=kind, names=tuple(names),
            countries=tuple(countries), birth_dates=tuple(births), programs=tuple(programs),
            remarks=(remark.text or "").strip() if remark is not None else "", extra=extra))
    if not entries:
        raise ListFileError(file, t("{file} holds no sanctionEntity with a name: it is not the "
                                    "EU consolidated list.", file=file))
    published = iso_date(root.get("generationDate") or root.get("publicationDate"))
    return ListFile(ListSource.EU, published, tuple(entries), skipped_names=skipped,
                    skipped_entries=skipped_entries)
