"""The UK sanctions list in CSV, as the FCDO publishes it (and OFSI's older consolidated list).

The FCDO's "UK Sanctions List" CSV starts with a line ``Report Date: 13-Feb-2026``, then a
header row with, among others, ``Unique ID`` (the public id, e.g. ``RUS0001``), ``Name 6``
(the family name, or an organisation's whole name), ``Name 1`` .. ``Name 5``, ``Name type``
(``Primary Name``, ``Alias``, ...), ``Alias strength``, ``Name non-latin script``,
``Designation Type`` (``Individual``, ``Entity``, ``Ship``), ``Regime Name``, ``D.O.B``,
``Nationality(/ies)``, ``Address Country``. One row per name: the rows of one entry share its
id. OFSI's older ``ConList.csv`` starts with ``Last Updated,DD/MM/YYYY`` and has ``Group ID``,
``Group Type``, ``Alias Type``, ``Alias Quality``, ``Regime``, ``DOB``, ``Nationality`` and
``Country`` instead; both are read by their column names.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

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

NAME_COLUMNS = ("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")
ID_COLUMNS = ("Unique ID", "Group ID")  # the FCDO's list, OFSI's older one
_KIND_COLUMNS = ("Designation Type", "Group Type")
_KINDS = {"individual": PartyKind.PERSON, "entity": PartyKind.ORGANISATION,
          "ship": PartyKind.VESSEL}
# Columns that name a country: the nationality may list several ("Iran / Iraq", "(1) ..").
_COUNTRY_COLUMNS = ("Nationality(/ies)", "Nationality", "Address Country", "Country")
_SEPARATORS = re.compile(r"\s*(?:\(\d+\)|[/;|,]\s)\s*")


def _published(first_line: str) -> str:
    """ISO date of "Report Date: 13-Feb-2026" or "Last Updated,28/02/2022", "" otherwise."""
    match = re.search(r"(\d{1,2})[-/ ]([A-Za-z]{3}|\d{1,2})[-/ ](\d{4})", first_line)
    if not match:
        return ""
    day, month, year = match.groups()
    pattern = "%d-%b-%Y" if month.isalpha() else "%d-%m-%Y"
    try:
        return datetime.strptime(f"{day}-{month}-{year}", pattern).date().isoformat()
    except ValueError:
        return ""


def read_uk(data: bytes, *, file: str = "uk-sanctions-list.csv") -> ListFile:
    reader = csv.reader(io.StringIO(decode_text(data), newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ListFileError(file, t(
            "{file}, line {line}: the CSV is broken ({error}): the file is cut short or "
            "damaged; download it again.", file=file, line=reader.line_num, error=exc)) from None
    header_at = next((i for i, row in enumerate(rows[:5]) if "Name 6" in row), None)
    if header_at is None:
        raise ListFileError(file, t(
            "{file} has no header row with the column 'Name 6' in its first lines: it is not "
            "the UK sanctions list.", file=file))
    header = rows[header_at]
    id_column = next((c for c in ID_COLUMNS if c in header), None)
    if id_column is None:
        raise ListFileError(file, t(
            "{file} has no column 'Unique ID' (nor OFSI's 'Group ID'): it is not the UK "
            "sanctions list.", file=file))
    published = _published(",".join(rows[0])) if header_at else ""

    grouped: dict[str, dict] = {}
    skipped = 0
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ListFileError(file, t(
                "{file}, line {line}: {found} columns where the header has {expected}: the "
                "file is cut short or damaged; download it again.", file=file, line=offset,
                found=len(row), expected=len(header)))
        cells = dict(zip(header, row, strict=True))
        entry_id = cells[id_column].strip()
        if not entry_id:
            raise ListFileError(file, t(
                "{file}, line {line}: the column '{column}' is empty, but every row of the UK "
                "list has its id there.", file=file, line=offset, column=id_column))
        where = t("line {line}", line=offset)
        entry = grouped.setdefault(entry_id, {"names": [], "countries": [], "births": [],
                                              "programs": [], "kind": PartyKind.UNKNOWN,
                                              "remarks": ""})
        for column in _KIND_COLUMNS:
            if cells.get(column, "").strip():
                entry["kind"] = _KINDS.get(cells[column].strip().casefold(), PartyKind.UNKNOWN)
        name_type = (cells.get("Name type") or cells.get("Alias Type") or "").casefold()
        strength = (cells.get("Alias strength") or cells.get("Alias Quality") or "").casefold()
        name = clean_name(" ".join(cells.get(c, "").strip() for c in NAME_COLUMNS), file, where)
        if name:
            names = entry["names"]
            primary = name_type.startswith("primary name") and name_type != \
                "primary name variation" and not any(n.primary for n in names)
            if name not in {n.text for n in names}:
                names.append(ListedName(name, primary=primary, weak="low" in strength))
        else:
            skipped += 1
        script = clean_name(cells.get("Name non-latin script") or
                            cells.get("Name Non-Latin Script") or "", file, where)
        if script and script not in {n.text for n in entry["names"]}:
            entry["names"].append(ListedName(script))
        for column in _COUNTRY_COLUMNS:
            for part in _SEPARATORS.split(cells.get(column, "")):
                add_country(entry["countries"], part)
        for column in ("D.O.B", "DOB"):
            value = cells.get(column, "").strip()
            if value and value not in entry["births"]:
                entry["births"].append(value)
        regime = (cells.get("Regime Name") or cells.get("Regime") or "").strip()
        if regime and regime not in entry["programs"]:
            entry["programs"].append(regime)
        if not entry["remarks"]:
            entry["remarks"] = cells.get("Other Information", "").strip()

    entries: list[ListEntry] = []
    skipped_entries = 0
    for entry_id, entry in grouped.items():
        if not entry["names"]:
            skipped_entries += 1
            continue
        entries.append(ListEntry(
            source=ListSource.UK, entry_id=entry_id, kind=entry["kind"],
            names=tuple(entry["names"]), countries=tuple(entry["countries"]),
            birth_dates=tuple(entry["births"]), programs=tuple(entry["programs"]),
            remarks=entry["remarks"]))
    if not entries:
        raise ListFileError(file, t("{file} holds no entry with a name: it is not the UK "
                                    "sanctions list.", file=file))
    return ListFile(ListSource.UK, published, tuple(entries), skipped_names=skipped,
                    skipped_entries=skipped_entries)
