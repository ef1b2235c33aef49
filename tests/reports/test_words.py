"""The documents' words: every English text of the reports has a translation in each language,
with the same placeholders, and no translation is kept for a text that is gone; dates, numbers
and money follow the language."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import string
from decimal import Decimal

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from reseller_app.reports import evidence_pdf, packet_pdf
from reseller_app.reports.packet_styles import fonts
from reseller_app.reports.words import (
    FORMAT,
    LOCALES,
    calls_in,
    parse_words,
    source_strings,
    translations_file,
    words,
)

LANGUAGES = ("es", "fr", "pt", "de")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def texts(language: str) -> dict[str, str]:
    data = json.loads(translations_file(language).read_bytes())
    assert data["format"] == FORMAT and data["language"] == language
    return data["texts"]


@pytest.fixture(scope="module")
def sources() -> set[str]:
    found = source_strings()
    # The scan sees the documents: a few texts of each, so an empty scan cannot pass.
    assert {"Escalation of order {reference}", "Page {page} of {pages}",
            "Evidence of due diligence, {start} to {end}", "Report of possible misuse"} <= found
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(sources, language):
    translated = texts(language)
    missing = sorted(sources - translated.keys())
    assert not missing, f"reports.{language}.json lacks {missing}"
    stale = sorted(translated.keys() - sources)
    assert not stale, f"reports.{language}.json keeps texts no document prints: {stale}"
    for source in sources:
        translation = translated[source]
        assert translation.strip(), (language, source)
        assert placeholders(translation) == placeholders(source), (language, source, translation)
        translation.format(**dict.fromkeys(placeholders(source), "x"))  # no stray braces


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalog_reads_the_shipped_file(language):
    t = words(language)
    assert t.language == language
    assert t("Escalation of order {reference}") == texts(language)[
        "Escalation of order {reference}"]
    assert t("A text no document has") == "A text no document has"  # English when missing


def test_english_and_unknown_languages_print_the_source():
    assert words("en")("Yes") == "Yes"
    assert words("xx").language == "en" and words(None)("Yes") == "Yes"
    assert words("pt-BR").language == "pt" and words("de_AT").language == "de"
    assert not (importlib.resources.files("reseller_app.resources") / "translations"
                / "reports.en.json").is_file()  # the source is the English


def test_a_file_for_another_language_or_format_is_refused():
    good = {"format": FORMAT, "language": "es", "texts": {"Yes": "Sí"}}
    assert parse_words(json.dumps(good), "es")("Yes") == "Sí"
    with pytest.raises(ValueError):
        parse_words(json.dumps(good), "fr")
    with pytest.raises(ValueError):
        parse_words(json.dumps({**good, "format": "something-else/1"}), "es")


def test_only_whole_literal_sentences_can_be_translated():
    assert calls_in('t("Order {reference}").format(reference=r)\nx.t("no")') == {
        "Order {reference}"}
    for bad in ('t(f"Order {r}")', 't("Order " + r)', "t(label)", 't("a", "b")'):
        with pytest.raises(ValueError):
            calls_in(bad)


AT = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)
# (language, date, date in a table cell, date and time, money, number); CLDR's French groups
# digits with a narrow no-break space, and most languages keep the currency sign on the amount.
CASES = [
    ("en", "5 November 2026", "5 Nov 2026", "5 November 2026, 09:00 UTC", "€12,400.00",
     "1,234,567"),
    ("es", "5 de noviembre de 2026", "5 nov 2026", "5 de noviembre de 2026, 9:00 UTC",
     "12.400,00\u00a0€", "1.234.567"),
    ("fr", "5 novembre 2026", "5 nov. 2026", "5 novembre 2026, 09:00 UTC",
     "12\u202f400,00\u00a0€", "1\u202f234\u202f567"),
    ("pt", "5 de novembro de 2026", "5 de nov. de 2026", "5 de novembro de 2026 09:00 UTC",
     "€\u00a012.400,00", "1.234.567"),
    ("de", "5. November 2026", "05.11.2026", "5. November 2026, 09:00 UTC", "12.400,00\u00a0€",
     "1.234.567"),
]


@pytest.mark.parametrize(("language", "date", "cell", "at", "money", "number"), CASES)
def test_dates_numbers_and_money_follow_the_language(language, date, cell, at, money, number):
    t = words(language)
    assert language in LOCALES
    assert t.date(AT.date()) == date and t.date("2026-11-05") == date
    assert t.date(AT, compact=True) == cell
    assert t.datetime(AT) == at
    # Another zone is shown in UTC; a naive time is taken as UTC.
    assert t.datetime(AT.astimezone(dt.timezone(dt.timedelta(hours=-5)))) == at
    assert t.datetime(AT.replace(tzinfo=None)) == at
    assert t.money("12400", "EUR") == money and t.money(Decimal("12400.00"), "EUR") == money
    assert t.number(1234567) == number


def test_values_that_are_not_numbers_or_dates_are_kept():
    t = words("es")
    assert t.money("about 300", "EUR") == "about 300 EUR"
    assert t.number("n/a") == "n/a" and t.date("soon") == "soon"
    assert t.date(None) == "" and t.datetime(None) == "" and t.money(None, "EUR") == ""


# -- the tables' columns hold their words in every language --------------------------------------
PADDING = 6  # the grid's left and right cell padding, in points
UUID = "8c1f3d2e-1234-4cde-9abc-1234567890ab"


def widest_word(text: str, font: str, size: float = 8.5) -> float:
    return max(stringWidth(w, font, size) for w in text.split())


def columns(t) -> list[tuple[str, float, list[str], list[str]]]:
    """(table, width, header words, cell words) for each column with short labels."""
    days = [t.date(dt.date(2026, m, 30), compact=True) for m in (1, 5, 9, 11)]
    codes = evidence_pdf.code_words(t)

    def pick(*keys: str) -> list[str]:
        return [codes[k] for k in keys]

    answers = list(packet_pdf.answer_words(t).values())
    return [
        ("order lines", w, [t(h)], cells) for w, h, cells in zip(
            packet_pdf.LINE_COLUMNS, ("SKU", "Description", "Category", "Qty", "Unit price"),
            ([], [], [t("not given")], [t.number(1000)], [t.money("1234567.89", "USD")]),
            strict=True)
    ] + [
        ("flags", packet_pdf.FLAG_COLUMNS[0], [t("Severity")],
         list(packet_pdf.factor_words(t).values())),
        ("flags (bold)", packet_pdf.FLAG_COLUMNS[0], list(packet_pdf.severity_words(t).values()),
         []),
        ("flags", packet_pdf.FLAG_COLUMNS[3], [t("Basis")], []),
        ("checklist", packet_pdf.CHECKLIST_COLUMNS[1], [t("Answer")],
         [*answers, *(t("{answer} (a risk sign)").format(answer=a) for a in answers)]),
        ("policy", evidence_pdf.POLICY_COLUMNS[0], [t("Version")],
         [t("Version {number}").format(number=12)]),
        ("policy", evidence_pdf.POLICY_COLUMNS[1], [t("Status")], pick("adopted", "superseded")),
        ("policy", evidence_pdf.POLICY_COLUMNS[2], [t("Adopted")], days),
        ("packets", evidence_pdf.PACKET_COLUMNS[0], [t("Date")], days),
        ("packets", evidence_pdf.PACKET_COLUMNS[1], [t("Kind")],
         pick("escalation", "misuse", "followup")),
        ("packets", evidence_pdf.PACKET_COLUMNS[2], [t("Order")], []),
        ("packets", evidence_pdf.PACKET_COLUMNS[3], [t("Status")],
         pick("built", "queued", "sent", "exported", "answered")),
        ("packets", evidence_pdf.PACKET_COLUMNS[4], [t("E-mail")],
         [t("not e-mailed"), *pick("queued", "sending", "sent", "failed", "cancelled")]),
        ("packets", evidence_pdf.PACKET_COLUMNS[5], [t("Packet id")], []),
        ("answers", evidence_pdf.ANSWER_COLUMNS[0], [t("Date")], days),
        ("answers", evidence_pdf.ANSWER_COLUMNS[1], [t("Order")], []),
        ("answers", evidence_pdf.ANSWER_COLUMNS[2], [t("Outcome")],
         pick("approved", "approved_with_conditions", "rejected")),
        ("answers", evidence_pdf.ANSWER_COLUMNS[3], [t("Their ref.")], []),
        ("answers", evidence_pdf.ANSWER_COLUMNS[4], [t("Person")], []),
        ("lists", evidence_pdf.LIST_COLUMNS[0], [t("List")],
         ["OFAC SDN", "UN Security Council", "EU financial sanctions", "UK sanctions list"]),
        ("lists", evidence_pdf.LIST_COLUMNS[1], [t("Version")], [t.number(1234)]),
        ("lists", evidence_pdf.LIST_COLUMNS[2], [t("Published")], [*days, t("not stated")]),
        ("lists", evidence_pdf.LIST_COLUMNS[3], [t("Entries")], [t.number(123456)]),
        ("lists", evidence_pdf.LIST_COLUMNS[4], [t("Names")], [t.number(123456)]),
        ("lists", evidence_pdf.LIST_COLUMNS[5], [t("Imported")], days),
    ]


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_no_table_word_is_broken_in_two(language):
    """A word wider than its column is cut in the middle (German compounds are long): every
    header and label of a narrow column fits in every language."""
    f = fonts()
    for table, width, headers, cells in columns(words(language)):
        for text in headers:
            font = f.bold
            assert widest_word(text, font) + PADDING <= width, (language, table, text)
        for text in cells:
            font = f.bold if table == "flags (bold)" else f.regular
            assert widest_word(text, font) + PADDING <= width, (language, table, text)
    # Any packet id fits on one line (the widest: all of the widest hexadecimal digit).
    widest = max("0123456789abcdef", key=lambda c: stringWidth(c, f.regular, 10))
    uuid = "-".join(widest * n for n in (8, 4, 4, 4, 12))
    for packet_id in (UUID, uuid):
        assert stringWidth(packet_id, f.regular, evidence_pdf.PACKET_ID_SIZE) + PADDING <= \
            evidence_pdf.PACKET_COLUMNS[5], packet_id

