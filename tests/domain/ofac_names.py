"""A throwaway reading of the shared OFAC SDN CSV (sdn.csv + alt.csv) into list entries, for
the matcher's tests and the bench only: the app's own reader lives in the list readers."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from reseller_app.domain.sanctions.entries import ListedName, ListEntry, ListSource, PartyKind

OFAC_DIR = Path(__file__).resolve().parents[2].parent.parent / "shared" / "data" / "sanctions" \
    / "ofac-sdn-2021-07"
if not OFAC_DIR.is_dir():
    OFAC_DIR = Path("/work/shared/data/sanctions/ofac-sdn-2021-07")

_KINDS = {"individual": PartyKind.PERSON, "vessel": PartyKind.VESSEL,
          "aircraft": PartyKind.AIRCRAFT}


def _value(cell: str) -> str:
    cell = cell.strip()
    return "" if cell == "-0-" else cell


def read_ofac(folder: Path = OFAC_DIR) -> list[ListEntry]:
    aliases: dict[str, list[ListedName]] = defaultdict(list)
    with (folder / "alt.csv").open(newline="", encoding="latin-1") as fh:
        for row in csv.reader(fh):
            if len(row) >= 4 and _value(row[3]):
                # OFAC's CSV marks weak aliases only in the remarks: none are weak here
                aliases[row[0]].append(ListedName(_value(row[3])))
    entries = []
    with (folder / "sdn.csv").open(newline="", encoding="latin-1") as fh:
        for row in csv.reader(fh):
            if len(row) < 3 or not _value(row[1]):
                continue
            kind = _KINDS.get(_value(row[2]), PartyKind.ORGANISATION)
            names = (ListedName(_value(row[1]), primary=True), *aliases.get(row[0], ()))
            entries.append(ListEntry(ListSource.OFAC, row[0], kind, names))
    return entries


UN_FILE = OFAC_DIR.parent / "un-consolidated-2026-02-27.xml"


def read_un(path: Path = UN_FILE) -> list[ListEntry]:
    """The same throwaway reading of the UN consolidated XML: names, original-script names and
    aliases (a "Low" quality alias is a weak one)."""
    import xml.etree.ElementTree as ET  # late: only the bench and the tests read the UN XML

    root = ET.parse(path).getroot()
    entries = []
    for tag, kind in (("INDIVIDUAL", PartyKind.PERSON), ("ENTITY", PartyKind.ORGANISATION)):
        for node in root.iter(tag):
            parts = [node.findtext(f) or "" for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME",
                                                        "FOURTH_NAME")]
            primary = " ".join(p.strip() for p in parts if p.strip())
            names = [ListedName(primary, primary=True)] if primary else []
            original = (node.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            if original:
                names.append(ListedName(original))
            for alias in node.iter(f"{tag}_ALIAS"):
                text = (alias.findtext("ALIAS_NAME") or "").strip()
                if text:
                    names.append(ListedName(text, weak=alias.findtext("QUALITY") == "Low"))
            if names:
                entries.append(ListEntry(ListSource.UN, node.findtext("REFERENCE_NUMBER") or "",
                                         kind, tuple(names)))
    return entries
