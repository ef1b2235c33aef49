"""The words of the documents in the reader's language, and dates, numbers and money as that
language writes them.

Every label, heading and sentence of a document is written in English in the source, as a call
``t("Escalation of order {reference}")`` where ``t = words(language)``; the translations live in
``resources/translations/reports.<lang>.json``::

    {"format": "channel-diligence-report-words/1", "language": "es",
     "texts": {"Escalation of order {reference}": "Escalamiento del pedido {reference}"}}

A sentence is translated whole, with named ``{placeholders}`` for the data, so that each
language can put the data where its grammar wants it. A text without a translation prints in
English. ``source_strings()`` finds every ``t("...")`` of this package by reading the source,
so the tests can tell when a translation is missing or no longer used.

Dates (in full in sentences, as the policy writes them; short in table cells), numbers and money
are written with Babel (CLDR data) for the language's usual country:
English as in the United Kingdom, Spanish as in Spain, French as in France, Portuguese as in
Brazil, German as in Germany.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import importlib.resources
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib.resources.abc import Traversable
from typing import Literal

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal
from pydantic import BaseModel, ConfigDict

from reseller_app.domain.dates import as_utc
from reseller_app.domain.languages import language_of

FORMAT = "channel-diligence-report-words/1"
DEFAULT = "en"
# The language's usual country, for dates, numbers and money.
LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt": "pt_BR", "de": "de_DE"}
# The name every document function uses for its Words: source_strings() looks for it.
CALL_NAME = "t"


class _WordsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["channel-diligence-report-words/1"]
    language: str
    texts: dict[str, str]


@dataclass(frozen=True)
class Words:
    """The documents' words in one language: ``t("English text")`` gives the translation, or
    the English text when there is none; ``t.date(...)`` and the like write values."""

    language: str
    texts: Mapping[str, str] = field(default_factory=dict, repr=False)

    def __call__(self, text: str) -> str:
        return self.texts.get(text) or text

    @functools.cached_property
    def locale(self) -> Locale:
        return Locale.parse(LOCALES[self.language])

    def date(self, value: dt.date | dt.datetime | str | None, *, compact: bool = False) -> str:
        """``5 de noviembre de 2026`` (es), or ``5 nov 2026`` when ``compact`` (for table
        cells); an ISO date text is read first; anything else is kept as is."""
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            value = as_utc(value).date()
        return format_date(value, "medium" if compact else "long", locale=self.locale)

    def datetime(self, value: dt.datetime | None) -> str:
        """Date and time in UTC, said so: ``5 de noviembre de 2026, 9:00 UTC`` (es). A naive
        time is taken as UTC (the app stores UTC)."""
        if value is None:
            return ""
        at = as_utc(value)
        pattern = self.locale.datetime_formats["medium"]
        both = str(pattern).format(format_time(at, "short", tzinfo=dt.UTC, locale=self.locale),
                                   format_date(at.date(), "long", locale=self.locale))
        return f"{both} UTC"

    def money(self, amount: Decimal | str | int | None, currency: str) -> str:
        """``12.400,00 €`` (es) for ``"12400"`` in EUR; text that is not a number is kept."""
        number = _decimal(amount)
        if number is None:
            return "" if amount is None else f"{amount} {currency}".strip()
        return format_currency(number, currency, locale=self.locale)

    def number(self, value: int | Decimal | str | None) -> str:
        """``1.234`` (es); text that is not a number is kept."""
        number = _decimal(value)
        if number is None:
            return "" if value is None else str(value)
        return format_decimal(number, locale=self.locale)


def _decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def translations_file(language: str) -> Traversable:
    return (importlib.resources.files("reseller_app.resources") / "translations"
            / f"reports.{language}.json")


def parse_words(data: bytes | str, language: str) -> Words:
    """A translations file read and checked (pydantic); it must be for ``language``."""
    parsed = _WordsFile.model_validate_json(data)
    if parsed.language != language:
        raise ValueError(f"reports.{language}.json is for language {parsed.language!r}")
    return Words(language, {k: v for k, v in parsed.texts.items() if v.strip()})


@functools.cache
def words(language: str | None = DEFAULT) -> Words:
    """The documents' words for a language (read once per process). English, a language
    without a file, or one the app does not speak: the English source texts."""
    language = language_of(language) or DEFAULT
    source = translations_file(language)
    if language == DEFAULT or not source.is_file():
        return Words(language)
    return parse_words(source.read_bytes(), language)


# -- completeness -------------------------------------------------------------------------------
def calls_in(source: str, filename: str = "<source>") -> set[str]:
    """The texts of the ``t("...")`` calls in Python source. A ``t(...)`` whose argument is not
    one plain string literal cannot be translated from a file: it is an error."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == CALL_NAME):
            continue
        args = node.args
        if (len(args) != 1 or node.keywords or not isinstance(args[0], ast.Constant)
                or not isinstance(args[0].value, str)):
            raise ValueError(f"{filename}:{node.lineno}: {CALL_NAME}() takes one string "
                             "literal (a whole sentence with {named} placeholders)")
        found.add(args[0].value)
    return found


def source_strings() -> set[str]:
    """Every English text the documents of this package may print (their ``t("...")``)."""
    found: set[str] = set()
    package = importlib.resources.files("reseller_app.reports")
    for entry in package.iterdir():
        if entry.name.endswith(".py"):
            found |= calls_in(entry.read_text(encoding="utf-8"), entry.name)
    return found
