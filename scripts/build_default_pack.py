"""Build the default criteria pack: the hand-written source plus WGI country tiers.

Reads ``resources/packs/default-pack.source.json`` (everything except
``geography.countries``) and ``resources/data/wgi/wgi_latest.csv`` and writes
``resources/packs/default-pack.json``, the pack the app loads.

Country tiers: the lowest of the rule of law, control of corruption and voice and
accountability percentile ranks (empty cells ignored) < 25 -> "high", 25 to < 50 ->
"elevated", >= 50 -> "standard". Territories without a WGI row take the tier of the
administering country (``ADMINISTERING``); anything else takes ``geography.fallback_level``.
Every ISO 3166-1 country in pycountry is covered, plus "XK" (Kosovo).

Deterministic: running it twice writes the same bytes. Usage::

    python scripts/build_default_pack.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PATH = ROOT / "resources" / "packs" / "default-pack.source.json"
CSV_PATH = ROOT / "resources" / "data" / "wgi" / "wgi_latest.csv"
OUTPUT_PATH = ROOT / "resources" / "packs" / "default-pack.json"

INDICATORS: tuple[tuple[str, str], ...] = (
    ("rule_of_law", "rule of law"),
    ("control_of_corruption", "control of corruption"),
    ("voice_accountability", "voice and accountability"),
)
HIGH_BELOW = 25.0
ELEVATED_BELOW = 50.0

# Territories administered by a country that has a WGI row. Used only where the territory
# itself has no WGI row.
ADMINISTERING: dict[str, str] = {
    **dict.fromkeys(("GG", "IM", "GI", "TC", "VG", "FK", "MS", "SH", "IO", "PN", "GS"), "GB"),
    **dict.fromkeys(("FO", "GL"), "DK"),
    **dict.fromkeys(
        ("NC", "PF", "PM", "WF", "BL", "MF", "TF", "YT", "GP", "GF", "MQ", "RE"), "FR"
    ),
    **dict.fromkeys(("CW", "SX", "BQ"), "NL"),
    **dict.fromkeys(("MP", "UM"), "US"),
    **dict.fromkeys(("CX", "CC", "NF", "HM"), "AU"),
    "TK": "NZ",
    **dict.fromkeys(("SJ", "BV"), "NO"),
    "AX": "FI",
}
EXTRA_CODES: dict[str, str] = {"XK": "Kosovo"}  # not in ISO 3166-1 / pycountry


def _level(lowest: float) -> str:
    if lowest < HIGH_BELOW:
        return "high"
    if lowest < ELEVATED_BELOW:
        return "elevated"
    return "standard"


def _comparison(lowest: float) -> str:
    if lowest < HIGH_BELOW:
        return f"lowest {lowest:.2f} < {HIGH_BELOW:g}"
    if lowest < ELEVATED_BELOW:
        return f"lowest {lowest:.2f} is {HIGH_BELOW:g} to < {ELEVATED_BELOW:g}"
    return f"lowest {lowest:.2f} >= {ELEVATED_BELOW:g}"


def read_wgi(csv_path: Path) -> dict[str, dict[str, str]]:
    """ISO alpha-2 -> {"level", "basis"} for every economy with at least one value."""
    tiers: dict[str, dict[str, str]] = {}
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            values: list[float] = []
            parts: list[str] = []
            for column, label in INDICATORS:
                cell = (row.get(column) or "").strip()
                if cell:
                    value = float(cell)
                    values.append(value)
                    parts.append(f"{label} {value:.2f}")
                else:
                    parts.append(f"{label} no data")
            if not values:
                continue
            lowest = min(values)
            tiers[row["iso2"].strip()] = {
                "level": _level(lowest),
                "basis": f"WGI {row['year'].strip()} percentile ranks: {', '.join(parts)}; "
                         f"{_comparison(lowest)}",
            }
    return tiers


def _country_names() -> dict[str, str]:
    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update(EXTRA_CODES)
    return names


def build(source_path: Path | str = SOURCE_PATH, csv_path: Path | str = CSV_PATH) -> dict:
    """The complete pack as a dict (the source with ``geography.countries`` filled in)."""
    with open(source_path, encoding="utf-8") as fh:
        pack = json.load(fh)
    geography = pack["geography"]
    if "countries" in geography:
        raise ValueError("the source must not hold geography.countries; the build fills it")
    fallback = geography["fallback_level"]
    wgi = read_wgi(Path(csv_path))
    names = _country_names()
    countries: dict[str, dict[str, str]] = {}
    for code in sorted(names):
        if code in wgi:
            countries[code] = dict(wgi[code])
        elif code in ADMINISTERING and ADMINISTERING[code] in wgi:
            admin = ADMINISTERING[code]
            countries[code] = {
                "level": wgi[admin]["level"],
                "basis": f"No WGI data for {names[code]}; tier of the administering country "
                         f"{names[admin]} ({admin})",
            }
        else:
            countries[code] = {"level": fallback, "basis": "No WGI data; fallback tier"}
    geography["countries"] = countries
    return pack


def render(pack: dict) -> str:
    return json.dumps(pack, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    del argv
    pack = build(SOURCE_PATH, CSV_PATH)
    OUTPUT_PATH.write_text(render(pack), encoding="utf-8", newline="\n")
    levels: dict[str, int] = {}
    for entry in pack["geography"]["countries"].values():
        levels[entry["level"]] = levels.get(entry["level"], 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in sorted(levels.items()))
    print(f"wrote {OUTPUT_PATH.relative_to(ROOT)}: {len(pack['geography']['countries'])} "
          f"countries ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
