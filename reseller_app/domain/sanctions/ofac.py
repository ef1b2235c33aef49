"""OFAC's SDN list in its CSV set: ``sdn.csv`` with ``alt.csv``, ``add.csv`` and
``sdn_comments.csv`` beside it.

The files have no header row, write ``-0-`` (with a trailing space) for an empty field and end
with a Ctrl-Z byte. Columns as OFAC publishes them:

- sdn.csv: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
  Vess_flag, Vess_owner, Remarks
- alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks
- add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks
- sdn_comments.csv: ent_num, the rest of a Remarks field too long for sdn.csv

Dates of birth and nationalities are only in the remarks ("DOB 12 Jan 1962; POB ...;
nationality Iran"). OFAC's CSV states no publication date.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator

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
    decode_text,
)
from reseller_app.domain.texts import t

SDN_COLUMNS = 12
ALT_COLUMNS = 5
ADD_COLUMNS = 6
_KINDS = {"individual": PartyKind.PERSON, "vessel": PartyKind.VESSEL,
          "aircraft": PartyKind.AIRCRAFT, "": PartyKind.ORGANISATION}
_DOB = re.compile(r"\bDOB ((?:circa )?[^;]+?)\s*(?:;|\.?$)")
# OFAC's CSV keeps its weak aliases (nicknames, short forms) only in the remarks, in single
# quotes: "a.k.a. 'BNC'.", "a.k.a. 'EL PATRON'; a.k.a. ...". A name may hold an apostrophe
# ("ABU-'UMAR"), so the closing quote is the one before a separator or the end.
_REMARK_ALIAS = re.compile(r"\b(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.),? '(.+?)'(?=\s*(?:[;.,]|$))")
_NATIONALITY = re.compile(r"\b(?:nationality|citizen|Nationality of Registration) ([^;]+?)\s*"
                          r"(?:;|\.?$)")


def _field(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings, one at a time (``io.StringIO`` would hold a
    second copy of the file, four bytes a letter)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _rows(data: bytes, file: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    """The rows of one file of the set with their line numbers, one at a time, each checked to
    have the columns of its kind; a row cut short (the file was cut in a download) is refused
    (the last row when all the others are read: the caller's work is then thrown away)."""
    text = decode_text(data).rstrip("\x1a\r\n ")
    reader = csv.reader(_lines(text), strict=True)
    last: tuple[int, list[str]] | None = None
    try:
        for row in reader:
            if not row or row == [""]:
                continue
            if len(row) != columns:
                raise ListFileError(file, t(
                    "{file}, line {line}: {found} columns where OFAC's file has {expected}: the "
                    "file is cut short or is not OFAC's {file}.", file=file,
                    line=reader.line_num, found=len(row), expected=columns))
            if not row[0].strip().isdigit():
                raise ListFileError(file, t(
                    "{file}, line {line}: the entry number '{value}' is not a number: this is "
                    "not OFAC's {file}.", file=file, line=reader.line_num,
                    value=row[0].strip()[:40]))
            last = (reader.line_num, row)
            yield last
    except csv.Error as exc:
        raise ListFileError(file, t(
            "{file}, line {line}: the CSV is broken ({error}): the file is cut short or "
            "damaged; download it again.", file=file, line=reader.line_num, error=exc)) from None
    # OFAC writes every empty field "-0-": a last row whose last field is empty or part of
    # "-0-" was cut there (a download broken off at a comma), however many columns it has
    if last is not None and last[1][-1].strip() in ("", "-", "-0"):
        raise ListFileError(file, t(
            "{file}, line {line}: the row ends in the middle of its last field: the file is "
            "cut short; download it again.", file=file, line=last[0]))


def read_ofac(sdn: bytes, alt: bytes = b"", add: bytes = b"", comments: bytes = b"",
              *, file: str = "sdn.csv") -> ListFile:
    """The SDN list from the bytes of its files (``alt``, ``add``, ``comments`` may be empty
    when the user has only ``sdn.csv``). Names left empty are skipped and counted."""
    aliases: dict[str, list[ListedName]] = defaultdict(list)
    skipped = 0
    for line, row in _rows(alt, "alt.csv", ALT_COLUMNS):
        name = clean_name(_field(row[3]), "alt.csv", t("line {line}", line=line))
        if not name:
            skipped += 1
            continue
        # alt.csv holds the strong aliases; the weak ones are in the remarks (below).
        aliases[row[0].strip()].append(ListedName(name))
    addresses: dict[str, list[str]] = defaultdict(list)
    for _line, row in _rows(add, "add.csv", ADD_COLUMNS):
        country = _field(row[4])
        if country:
            addresses[row[0].strip()].append(country)
    more_remarks: dict[str, str] = {}
    for _line, row in _rows(comments, "sdn_comments.csv", 2):
        more_remarks[row[0].strip()] = row[1]

    entries: list[ListEntry] = []
    skipped_entries = 0
    for line, row in _rows(sdn, file, SDN_COLUMNS):
        ent_num = row[0].strip()
        names = list(aliases.pop(ent_num, ()))
        primary = clean_name(_field(row[1]), file, t("line {line}", line=line))
        if primary:
            names.insert(0, ListedName(primary, primary=True))
        else:
            skipped += 1
        if not names:
            skipped_entries += 1
            continue
        remarks = _field(row[11]) + more_remarks.get(ent_num, "")
        known = {n.text for n in names}
        for match in _REMARK_ALIAS.finditer(remarks):
            weak = clean_name(match.group(1).strip("'"), file, t("line {line}", line=line))
            if weak and weak not in known:
                known.add(weak)
                names.append(ListedName(weak, weak=True))
        countries: list[str] = []
        for match in _NATIONALITY.finditer(remarks):
            add_country(countries, match.group(1))
        for country in addresses.get(ent_num, ()):
            add_country(countries, country)
        if _field(row[9]):
            add_country(countries, _field(row[9]))  # a vessel's flag
        kind = _KINDS.get(_field(row[2]).casefold(), PartyKind.UNKNOWN)
        # A program field reads "SDGT] [IRGC"; the brackets are OFAC's separators.
        programs = tuple(p.strip() for p in re.split(r"\]\s*\[", _field(row[3]).strip("[] "))
                         if p.strip())
        extra = {key: _field(row[i]) for key, i in (("title", 4), ("call_sign", 5),
                                                     ("vessel_type", 6), ("vessel_owner", 10))
                 if _field(row[i])}
        entries.append(ListEntry(
            source=ListSource.OFAC, entry_id=ent_num, kind=kind, names=tuple(names),
            countries=tuple(countries),
            birth_dates=tuple(m.group(1).strip() for m in _DOB.finditer(remarks)),
            programs=programs, remarks=remarks, extra=extra))
    if not entries:
        raise ListFileError(file, t("{file} holds no entry: it is not OFAC's SDN list.",
                                    file=file))
    return ListFile(ListSource.OFAC, "", tuple(entries), skipped_names=skipped,
                    skipped_entries=skipped_entries)
