"""Texts for people from the domain and the services: ``t()``, and the scanner that finds them."""

from __future__ import annotations

import importlib.util
import string
import sys
import textwrap
from pathlib import Path

import pytest

from reseller_app.domain import texts
from reseller_app.domain.texts import CONTEXT, t

ROOT = Path(__file__).resolve().parents[2]

SPANISH = {
    "Order {order} does not exist.": "El pedido {order} no existe.",
    "Say who decided.": "Diga quién decidió.",
    "Name at least one condition or safeguard you propose.":
        "Indique al menos una condición o salvaguarda que propone.",
    "quantity {quantity} must be greater than zero":
        "la cantidad {quantity} debe ser mayor que cero",
}


@pytest.fixture(scope="module")
def scanner():
    spec = importlib.util.spec_from_file_location("service_strings",
                                                  ROOT / "scripts" / "service_strings.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


@pytest.fixture
def spanish():
    """A dict-based translator (what the desktop app does with Qt's); the calls it got."""
    calls: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        calls.append((context, text))
        return SPANISH.get(text, "")  # Qt answers "" for a text it has no translation of

    texts.install(translate)
    try:
        yield calls
    finally:
        texts.install(None)


# -- t() ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("template", "params", "english"), [
    ("Say who decided.", {}, "Say who decided."),
    ("Order {order} does not exist.", {"order": 7}, "Order 7 does not exist."),
    ("The port must be between {low} and {high}.", {"low": 1, "high": 65535},
     "The port must be between 1 and 65535."),
    ("must be {fields}.", {"fields": "{name, sha256}"}, "must be {name, sha256}."),
])
def test_without_a_translator_the_text_is_english_with_its_placeholders_filled(
        template, params, english):
    assert t(template, **params) == english


def test_an_installed_translator_is_asked_in_the_services_context(spanish):
    assert t("Order {order} does not exist.", order=7) == "El pedido 7 no existe."
    assert spanish == [(CONTEXT, "Order {order} does not exist.")]
    # A text without a translation stays English.
    assert t("Choose A4 or Letter.") == "Choose A4 or Letter."


def test_uninstalling_the_translator_goes_back_to_english(spanish):
    texts.install(None)
    assert t("Say who decided.") == "Say who decided."
    assert spanish == []


def test_domain_rules_speak_the_installed_language(spanish):
    from reseller_app.domain import decisions, packets
    from reseller_app.domain.order_rows import BadRow, orders_from_rows

    facts = decisions.DecisionFacts("low", False, False, "high", "high", "", frozenset())
    with pytest.raises(decisions.DecisionRefused) as exc:
        decisions.check(facts, "proceed", rationale="Fine.", decided_by=" ")
    assert (exc.value.field, exc.value.message) == ("decided_by", "Diga quién decidió.")
    assert packets.recommendation_problem("approve_with_conditions", "Why.", "", ()) == (
        "conditions", "Indique al menos una condición o salvaguarda que propone.")
    bad = [r for r in orders_from_rows([(2, ["A1", "0"])], {"reference": 0, "quantity": 1})
           if isinstance(r, BadRow)]
    assert [b.reason for b in bad] == ["la cantidad 0 debe ser mayor que cero"]


def test_good_input_asks_the_translator_nothing(spanish, default_pack):
    """Hot paths (a CSV of thousands of rows, screening every order) must not look up texts
    for input that is fine."""
    from reseller_app.domain.order_rows import ParsedOrder, orders_from_rows
    from reseller_app.domain.orders import parse_order
    from reseller_app.domain.screening import Screener

    index = {"reference": 0, "date": 1, "customer_country": 2, "quantity": 3, "unit_price": 4,
             "destination_country": 5, "sales_model": 6}
    rows = [(n, [f"A{n // 2}", "2026-11-02", "DE", "2", "10,50", "FR", "webshop"])
            for n in range(2, 202)]
    parsed = list(orders_from_rows(rows, index))
    assert len(parsed) == 100 and all(isinstance(p, ParsedOrder) for p in parsed)
    screener = Screener(default_pack)
    for p in parsed:
        screener.screen(p.order)
    parse_order({"reference": "SO-1", "customer": {"country": "de"},
                 "lines": [{"quantity": 1, "unit_price": 3}]})
    assert spanish == []


# -- the scanner ----------------------------------------------------------------------------------
def test_the_scanner_finds_the_texts_of_the_services_and_the_domain(scanner):
    found = scanner.messages()
    assert all(isinstance(text, str) and file.startswith("reseller_app/") and line > 0
               for text, file, line in found)
    files = {file for _, file, _ in found}
    assert {"reseller_app/services/orders.py", "reseller_app/domain/orders.py",
            "reseller_app/domain/order_rows.py", "reseller_app/services/settings.py"} <= files
    assert ("The port must be between {low} and {high}.", "reseller_app/services/settings.py"
            ) in {(text, file) for text, file, _ in found}


def test_no_user_facing_text_bypasses_translation(scanner):
    assert scanner.bypasses() == []


def test_every_allowed_bypass_says_why(scanner):
    assert scanner.ALLOWED and all(len(why) > 20 for why in scanner.ALLOWED.values())


def test_the_scanner_reports_what_bypasses_translation(scanner, tmp_path):
    (tmp_path / "sample.py").write_text(textwrap.dedent('''
        from reseller_app.domain.texts import t

        class ServiceError(Exception):
            pass

        class ValidationError(ServiceError):
            def __init__(self, field, message):
                super().__init__(message)

        class Busy(ServiceError):
            pass

        def fine(x):
            raise ValidationError("some_field", t("Enter {x}.", x=x))

        def also_fine(exc, text):
            if text:
                raise ServiceError(text)
            raise ValidationError(f"lines[{x}].quantity", t("Too many."))
            raise KeyError(x)

        def bad(x, exc):
            raise ValidationError("some_field", "Enter the name.")
            raise ServiceError(f"No order {x} here.") from exc
            raise Busy("Try again later.")
            raise SomethingFailed("The server " + x + " said no")
            t(f"Order {x}")
    '''), encoding="utf-8")
    found = scanner.bypasses([tmp_path])
    assert [(line, what) for _, line, what in found] == [
        (24, "ValidationError('Enter the name.')"), (25, "ServiceError('No order  here.')"),
        (26, "Busy('Try again later.')"), (27, "SomethingFailed('The server  said no')"),
        (28, "t() text is not a plain string literal")]
    assert [text for text, _, _ in scanner.messages([tmp_path])] == ["Enter {x}.", "Too many."]


def _placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


def test_every_template_names_valid_placeholders_and_gets_exactly_those(scanner):
    problems = []
    for m in scanner.templates():
        where = f"{m.file}:{m.line}: {m.text!r}"
        try:
            names = _placeholders(m.text)
        except ValueError as exc:  # a lone "{" or "}"
            problems.append(f"{where}: {exc}")
            continue
        bad = [n for n in names if not n.isidentifier()]
        if bad:
            problems.append(f"{where}: placeholders must be plain names, not {bad}")
        elif m.params is None:
            problems.append(f"{where}: pass the params by name, not as **mapping")
        elif set(names) != set(m.params):
            problems.append(f"{where}: the template names {sorted(set(names))}, the call "
                            f"passes {sorted(m.params)}")
    assert problems == []


def test_every_template_fills_with_its_params(scanner):
    for m in scanner.templates():
        assert isinstance(t(m.text, **dict.fromkeys(m.params or (), "X")), str)
