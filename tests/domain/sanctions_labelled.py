"""The name matcher's labelled set (tests/data/sanctions/labelled_names.csv, made by
tests/data/sanctions/make_labelled_names.py) and the real lists it was made from, read with the
app's own readers: shared by the matcher's tests and ``bench/run.py``'s ``match quality:`` and
``parties:`` lines."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reseller_app.domain.sanctions.entries import ListEntry
from reseller_app.domain.sanctions.matching import DEFAULT_THRESHOLD, NameIndex
from reseller_app.domain.sanctions.ofac import read_ofac
from reseller_app.domain.sanctions.un import read_un

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "sanctions"
LABELLED = DATA / "labelled_names.csv"
PARTS = ("tuning", "held_out")

SHARED = ROOT.parent.parent / "shared" / "data" / "sanctions"
if not SHARED.is_dir():  # a worktree sits one level deeper than the main checkout
    SHARED = ROOT.parent / "shared" / "data" / "sanctions"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/data/sanctions")
OFAC_DIR = SHARED / "ofac-sdn-2021-07"
UN_FILE = SHARED / "un-consolidated-2026-02-27.xml"


def shared_lists_present() -> bool:
    return (OFAC_DIR / "sdn.csv").is_file() and UN_FILE.is_file()


def shared_entries() -> list[ListEntry]:
    """Every entry of the real OFAC SDN set and UN list (some 10,000 entries, 27,000 names)."""
    ofac = read_ofac(*((OFAC_DIR / f).read_bytes() for f in ("sdn.csv", "alt.csv", "add.csv",
                                                              "sdn_comments.csv")))
    un = read_un(UN_FILE.read_bytes())
    return [*ofac.entries, *un.entries]


@dataclass(frozen=True, slots=True)
class Labelled:
    part: str  # "tuning" or "held_out"
    label: str  # "listed" (must be found) or "ordinary" (must be clear)
    kind: str  # how a listed name was rewritten; where an ordinary name comes from
    source: str
    entry_id: str
    name: str
    listed_name: str


def labelled(path: Path = LABELLED) -> list[Labelled]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [Labelled(**row) for row in csv.DictReader(fh)]


@dataclass
class PartQuality:
    listed: int = 0
    found: int = 0
    ordinary: int = 0
    alarms: int = 0
    missed: list[Labelled] = field(default_factory=list)
    alarmed: list[tuple[Labelled, str]] = field(default_factory=list)
    missed_by_kind: Counter[str] = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return self.found / self.listed if self.listed else 1.0

    @property
    def false_alarms(self) -> float:
        return self.alarms / self.ordinary if self.ordinary else 0.0


def measure(index: NameIndex, rows: list[Labelled],
            threshold: float = DEFAULT_THRESHOLD) -> dict[str, PartQuality]:
    """Recall (a listed name's entry among the matches, so possible_match or match) and false
    alarms (an ordinary name not clear) in each part of the set."""
    parts = {part: PartQuality() for part in PARTS}
    for row in rows:
        quality = parts[row.part]
        matches = index.check(row.name, threshold=threshold)
        if row.label == "listed":
            quality.listed += 1
            if any(m.source.value == row.source and m.entry_id == row.entry_id
                   for m in matches):
                quality.found += 1
            else:
                quality.missed.append(row)
                quality.missed_by_kind[row.kind] += 1
        else:
            quality.ordinary += 1
            if matches:  # any match at or above the threshold makes the verdict not clear
                quality.alarms += 1
                top = matches[0]
                quality.alarmed.append((row, f"{top.matched_name} ({top.source.value} "
                                             f"{top.entry_id}, {top.score:.2f})"))
    return parts
