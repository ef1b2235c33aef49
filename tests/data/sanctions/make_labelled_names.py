"""Make ``labelled_names.csv``: the labelled set of the name matcher's quality check.

    PYTHONPATH=$PWD python3 tests/data/sanctions/make_labelled_names.py

Reads the real OFAC SDN CSV set and UN consolidated XML in ``/work/shared/data/sanctions/``
(``../shared/data/sanctions`` beside the checkout) with the app's own readers, and writes one
row per name to check:

- ``listed``: a listed entry's name written the way a customer's record may write it
  (:data:`SCRIPT_COUNT` names in their original script, then as many of each of the kinds in
  :data:`KINDS`, one per entry drawn), expected to be found (its entry among the
  matches at the default threshold);
- ``ordinary``: a name that is on no list (``ordinary_names.txt``, the demo data's customers,
  and person and company names put together from :data:`FIRST`, :data:`LAST`, :data:`TRADES`
  and :data:`FORMS`), expected to be clear.

Each listed entry and each ordinary name is put in the ``tuning`` or the ``held_out`` part by
the same seeded draw: the matcher's weights and lists of words may be tuned on the first part
only, and the second tells whether that tuning holds for names it never saw. Deterministic:
the same lists and seed write the same bytes.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from reseller_app.domain.sanctions.entries import ListEntry, PartyKind  # noqa: E402
from reseller_app.domain.sanctions.names import (  # noqa: E402
    LEGAL_FORMS,
    Strength,
    strength,
    tokens,
)
from tests.domain.sanctions_labelled import shared_entries  # noqa: E402

SEED = 14
LISTED_COUNT = 1400  # variants of listed names, both parts together
SCRIPT_COUNT = 120  # of them, names the UN list writes in their original script
GENERATED_COUNT = 400  # ordinary names put together, besides the hand-written ones
OUTPUT = HERE / "labelled_names.csv"
ORDINARY = HERE / "ordinary_names.txt"
COLUMNS = ("part", "label", "kind", "source", "entry_id", "name", "listed_name")

# How a listed name is rewritten; each entry drawn gets the next kind that applies to it.
KINDS = ("case", "punctuation", "order", "legal_form", "generic", "joined", "split",
         "typo", "two_typos", "cyrillic", "accents")

# Latin spelled in Cyrillic the way a Russian-speaking clerk may type a foreign name; the
# matcher transliterates it back (х -> kh, ц -> ts...), which is rarely letter for letter.
_TO_CYRILLIC = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
                ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"),
                ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"),
                ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
                ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
                ("c", "к"), ("w", "в"), ("q", "к"), ("x", "кс"), ("j", "дж")]
_ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "c": "ç", "n": "ñ", "s": "š",
            "z": "ž"}


def _words(text: str) -> list[str]:
    return text.split()


ADDED_FORMS = ("Ltd", "LLC", "GmbH", "S.A.", "JSC", "OOO", "Co.", "Limited", "FZE", "Inc.")
ADDED_WORDS = ("Trading", "Group", "International", "Company", "Holding", "Services",
               "Industries", "General Trading")

FIRST = _words("""
    Anna Thomas Katrin Michael Sabine Stefan Julia Andreas Claudia Markus Marie Jean Sophie
    Pierre Camille Nicolas Isabelle Lucia Javier Carmen Pablo Elena Sergio Joao Ana Pedro Beatriz
    Giulia Marco Francesca Luca Sanne Pieter Emma James Sarah David Emily Oliver Charlotte Jan
    Katarzyna Petr Eva Laszlo Erik Ingrid Lars Mette Mikko Aino Georgios Olga Dmitri Ahmet Fatma
    Liam Siobhan Kenji Priya Chiara Hugo Lea Tobias Lena Jonas Hannah Felix Clara Paul Laura
    Matteo Sofia Alessandro Martina Diego Valentina Mateus Larissa Bart Femke Noah Mia Ella
    Oscar Freya Magnus Astrid Piotr Agnieszka Tomas Zuzana Bence Reka Nikos Eleni Ivan Irina
    Mehmet Ayse Arjun Ananya Hiroshi Yuki Samuel Grace""")
LAST = _words("""
    Schmidt Mueller Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter
    Klein Wolf Schroeder Neumann Schwarz Zimmermann Braun Krueger Hartmann Lange Werner Krause
    Lehmann Huber Kaiser Fuchs Peters Martin Bernard Dubois Thomas Robert Richard Petit Durand
    Leroy Moreau Simon Laurent Lefebvre Michel Garcia Fernandez Lopez Martinez Sanchez Perez
    Gomez Ruiz Diaz Moreno Munoz Alvarez Silva Santos Ferreira Pereira Oliveira Costa Rossi
    Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Jansen Visser Bakker Smit
    Smith Jones Williams Taylor Brown Davies Evans Wilson Johnson Roberts Wright Walker Nowak
    Kowalski Wisniewski Wojcik Novak Svoboda Dvorak Nagy Horvath Kovacs Andersson Johansson
    Karlsson Nielsen Hansen Jensen Virtanen Korhonen Papadopoulos Petrova Ivanov Yilmaz Demir
    Murphy Kelly Tanaka Suzuki Sharma Patel Chen Lambert Girard Vogel Berger""")
TRADES = _words("""
    Elektrotechnik Maschinenbau Logistik Bau Immobilien Druckerei Gartenbau Metallbau
    Software Autohaus Steuerberatung Transport Optik Apotheke Catering Malerbetrieb Reisen
    Tischlerei Buerobedarf Boulangerie Pharmacie Garage Menuiserie Transports Librairie
    Plomberie Informatique Clinique Construcciones Farmacia Distribuciones Asesoria Transportes
    Construcoes Oficina Costruzioni Impianti Pasticceria Tipografia Installatietechniek Bouw
    Plumbing Accountancy Builders Solicitors Dental Electrical Bakery Haulage Architects
    Budownictwo Stavby Elektro Bygg Elektriska Maskinfabrik Rakennus Medical Printing Furniture
    Seafood Kitchens Roofing Cleaning Security Flooring Windows Glass Textiles Tyres Electronics
    Computers Networks Office Supplies Dental Lab Veterinary Florist Opticians""")
FORMS = ("GmbH", "AG", "GmbH & Co. KG", "SARL", "SAS", "S.L.", "S.A.", "Lda", "S.r.l.", "B.V.",
         "Ltd", "LLP", "Sp. z o.o.", "s.r.o.", "Kft.", "AB", "ApS", "A/S", "Oy", "")


def demo_names() -> list[str]:
    """The demo data's customers, own company and distributor (most are in
    ``ordinary_names.txt`` already)."""
    from reseller_app.services.demo import CUSTOMERS, DEMO_PROFILE  # late: a script, not the app

    return [*(c.name for c in CUSTOMERS if c.country), DEMO_PROFILE.name,
            *(d.name for d in DEMO_PROFILE.distributors)]


def _strong_words(words: list[str], least: int) -> list[int]:
    return [i for i, w in enumerate(words) if len(w) >= least and w.isalpha()
            and strength(w.lower()) is Strength.STRONG]


def _typo(word: str, rng: random.Random) -> str:
    """One typing error: a letter replaced, dropped, doubled or two neighbours swapped."""
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("replace", "drop", "add", "swap"))
    if how == "replace":
        letter = rng.choice([c for c in "aeioulnrstm" if c != word[i].lower()])
        return word[:i] + (letter.upper() if word[i].isupper() else letter) + word[i + 1:]
    if how == "drop":
        return word[:i] + word[i + 1:]
    if how == "add":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _cyrillic(text: str) -> str:
    out, low, i = [], text.lower(), 0
    while i < len(low):
        for latin, cyr in _TO_CYRILLIC:
            if low.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out).title()


def variant(entry: ListEntry, kind: str, rng: random.Random) -> tuple[str, str] | None:
    """``entry``'s name rewritten the ``kind`` way, with the listed name it came from; None
    when that kind does not apply to the entry."""
    name = entry.primary_name
    words = name.replace(",", " ").split()
    person = entry.kind is PartyKind.PERSON
    if kind == "case":
        text = name.title() if rng.random() < 0.5 else name.lower()
        return (text if text != name else name.lower()), name
    if kind == "script":
        originals = [n.text for n in entry.names if not n.text.isascii() and not n.weak
                     and tokens(n.text)]
        return (rng.choice(originals), name) if originals else None
    if kind == "punctuation":
        if "-" in name or "." in name or "," in name:
            text = name.replace("-", " ").replace(".", "").replace(",", "")
        else:
            text = "-".join(words) if len(words) == 2 else ", ".join(words)
        return text, name
    if kind == "order":
        if not person or len(words) < 2:
            return None
        if "," in name:  # OFAC writes "LAST, First"
            last, first = name.split(",", 1)
            return f"{first.strip()} {last.strip().title()}", name
        return " ".join(reversed(words)), name  # the UN writes first names first
    if kind == "legal_form":
        if person:
            return None
        folded = [w.lower().replace(".", "") for w in words]
        forms = [i for i, w in enumerate(folded) if w in LEGAL_FORMS]
        if forms and len(words) - len(forms) >= 1 and rng.random() < 0.5:
            return " ".join(w for i, w in enumerate(words) if i not in forms), name
        if forms:
            i = rng.choice(forms)
            new = rng.choice([f for f in ADDED_FORMS if f.lower().replace(".", "") != folded[i]])
            return " ".join([*words[:i], new, *words[i + 1:]]), name
        return f"{name} {rng.choice(ADDED_FORMS)}", name
    if kind == "generic":
        if person:
            return None
        generic = [i for i, w in enumerate(words)
                   if strength(w.lower()) is Strength.GENERIC]
        if generic and len(words) - len(generic) >= 1 and rng.random() < 0.5:
            i = rng.choice(generic)
            return " ".join([*words[:i], *words[i + 1:]]), name
        i = rng.randrange(1, len(words) + 1)
        return " ".join([*words[:i], rng.choice(ADDED_WORDS), *words[i:]]), name
    if kind == "joined":
        if len(words) < 2:
            return None
        i = rng.randrange(len(words) - 1)
        return " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]]), name
    if kind == "split":
        long_words = _strong_words(words, 7)
        if not long_words:
            return None
        i = rng.choice(long_words)
        cut = rng.randrange(3, len(words[i]) - 2)
        return " ".join([*words[:i], words[i][:cut], words[i][cut:], *words[i + 1:]]), name
    if kind in ("typo", "two_typos"):
        long_words = _strong_words(words, 6 if kind == "typo" else 10)
        if not long_words:
            return None
        i = rng.choice(long_words)
        words[i] = _typo(words[i], rng)
        if kind == "two_typos":
            words[i] = _typo(words[i], rng)
        return " ".join(words), name
    if kind == "cyrillic":
        if not name.isascii() or not _strong_words(words, 4):
            return None
        return _cyrillic(name), name
    if kind == "accents":
        if not name.isascii():
            return None
        letters = list(name.lower())
        spots = [i for i, c in enumerate(letters) if c in _ACCENTS]
        if not spots:
            return None
        for i in rng.sample(spots, min(3, len(spots))):
            letters[i] = _ACCENTS[letters[i]]
        return "".join(letters).title(), name
    raise ValueError(kind)


def listed_rows(entries: list[ListEntry], rng: random.Random) -> list[dict[str, str]]:
    def row(entry: ListEntry, kind: str, made: tuple[str, str]) -> dict[str, str]:
        return {"part": "", "label": "listed", "kind": kind, "source": entry.source.value,
                "entry_id": entry.entry_id, "name": made[0], "listed_name": made[1]}

    # names in their original script are few (UN entries only): drawn apart, so they count
    scripted = [e for e in entries if any(not n.text.isascii() and not n.weak for n in e.names)]
    rng.shuffle(scripted)
    rows: list[dict[str, str]] = []
    for entry in scripted:
        made = variant(entry, "script", rng)
        if made is not None and len(rows) < SCRIPT_COUNT:
            rows.append(row(entry, "script", made))
    drawn = {r["entry_id"] for r in rows}
    pool = [e for e in entries if e.kind in (PartyKind.PERSON, PartyKind.ORGANISATION)
            and 1 <= len(tokens(e.primary_name)) <= 6 and e.entry_id not in drawn]
    rng.shuffle(pool)
    quota = (LISTED_COUNT - len(rows)) // len(KINDS)
    taken: dict[str, int] = dict.fromkeys(KINDS, 0)
    for entry in pool:  # each entry once, for the first kind still short that applies to it
        for kind in sorted(KINDS, key=lambda k: taken[k]):
            if taken[kind] >= quota:
                continue
            made = variant(entry, kind, rng)
            if made is not None and tokens(made[0]) and made[0] != made[1]:
                taken[kind] += 1
                rows.append(row(entry, kind, made))
                break
    return rows


def ordinary_rows(entries: list[ListEntry], rng: random.Random) -> list[dict[str, str]]:
    written = [line.strip() for line in ORDINARY.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    names = {n: "written" for n in written}
    names.update({n: "demo" for n in demo_names() if n not in names})
    # a put-together name that is word for word a listed name is an honest match, not an
    # ordinary name: it is left out (as "Wei Zhang" was from ordinary_names.txt)
    listed = {tuple(sorted(tokens(n.text))) for e in entries for n in e.names}
    made = 0
    while made < GENERATED_COUNT:
        if made % 2:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        else:
            owner = rng.choice(LAST)
            name = " ".join(p for p in (owner, rng.choice(TRADES), rng.choice(FORMS)) if p)
        if name in names or tuple(sorted(tokens(name))) in listed:
            continue
        names[name] = "made"
        made += 1
    return [{"part": "", "label": "ordinary", "kind": kind, "source": "", "entry_id": "",
             "name": name, "listed_name": ""} for name, kind in names.items()]


def main() -> None:
    rng = random.Random(SEED)
    entries = shared_entries()
    rows = listed_rows(entries, rng) + ordinary_rows(entries, rng)
    for row in rows:
        row["part"] = "tuning" if rng.random() < 0.5 else "held_out"
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUTPUT.name}: {sum(r['label'] == 'listed' for r in rows)} listed, "
          f"{sum(r['label'] == 'ordinary' for r in rows)} ordinary")


if __name__ == "__main__":
    main()
