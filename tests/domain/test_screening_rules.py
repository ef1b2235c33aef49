"""What a flag tells the user to do matches what the screening did, a high-risk use holds
the order on its own, the tier follows the risk for self-service, and negated red-flag phrases.

Tables of realistic orders against the shipped default pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from reseller_app.domain.orders import parse_order
from reseller_app.domain.packs import MISSING_KINDS, CriteriaPack
from reseller_app.domain.screening import Screener, ScreeningResult

CUSTOMER = {"name": "Acme Software GmbH", "type": "private", "sector": "it_services",
            "country": "DE"}
LAPTOP = {"sku": "LT-14", "category": "general_it"}
CAMERA = {"sku": "CAM-IN", "description": "Indoor camera", "category": "video_surveillance"}
DPI = {"sku": "DPI-100", "description": "DPI probe", "category": "network_monitoring"}


@pytest.fixture(scope="module")
def screener(default_pack) -> Screener:
    return Screener(default_pack)


def _order(**changes: Any) -> dict[str, Any]:
    """An ordinary order (everyday IT for a known company in Germany), with ``changes``."""
    data: dict[str, Any] = {"reference": "R-1", "customer": dict(CUSTOMER),
                            "destination_country": "DE", "intended_use": "Office work",
                            "lines": [LAPTOP]}
    data.update(changes)
    return data


def _minimal_orders(pack: CriteriaPack) -> Iterator[tuple[str, dict[str, Any]]]:
    """For every criterion of the pack, the plainest order that raises it, sold both ways
    (standard terms raise no flag: they are left out)."""
    v = pack.vocabulary
    cases: list[tuple[str, dict[str, Any]]] = []
    cases += [(f"category.{t.id}", _order(lines=[{"sku": "S", "category": t.id}]))
              for t in v.product_categories]
    cases += [(f"use_case.{t.id}", _order(use_cases=[t.id])) for t in v.use_cases]
    cases += [(f"customer_type.{t.id}",
               _order(customer={**CUSTOMER, "type": t.id, "government_function": "other"
                                if t.id == "government" else None}))
              for t in v.customer_types if t.id != "unknown"]  # that is missing.customer_type
    cases += [(f"government_function.{t.id}",
               _order(customer={**CUSTOMER, "type": "government", "sector": None,
                                "government_function": t.id}))
              for t in v.government_functions]
    cases += [(f"sector.{t.id}", _order(customer={**CUSTOMER, "sector": t.id}))
              for t in v.sectors]
    cases += [(f"red_flag.{f.id}", _order(intended_use=phrase))
              for f in pack.red_flags for phrases in f.phrases.values() for phrase in phrases]
    missing = {
        "customer_identity": _order(customer={**CUSTOMER, "name": None}),
        "customer_type": _order(customer={**CUSTOMER, "type": None}),
        "end_user": _order(end_user={"type": "private", "country": "DE"}),
        "government_function": _order(customer={**CUSTOMER, "type": "government"}),
        "intended_use": _order(intended_use=None),
        "destination": _order(destination_country=None, customer={**CUSTOMER, "country": None}),
        "product_category": _order(lines=[{"sku": "X-1"}]),
        "unrecognised_value": _order(lines=[{"sku": "X-1", "category": "quantum_widgets"}]),
    }
    assert set(missing) == set(MISSING_KINDS)
    cases += [(f"missing.{kind}", order) for kind, order in missing.items()]
    cases += [("country.high", _order(destination_country="VE")),
              ("country.elevated", _order(destination_country="BR"))]
    standard = {f"{kind}.{t.id}" for kind, group in (
        ("category", v.product_categories), ("use_case", v.use_cases),
        ("customer_type", v.customer_types), ("government_function", v.government_functions),
        ("sector", v.sectors)) for t in group if t.level == "standard"}
    for criterion, order in cases:
        if criterion in standard:
            continue
        for model in ("assisted", "self_service"):
            yield criterion, {**order, "sales_model": model}


# Words that tell the user to hold the order or to get a senior person's decision ("hold" alone
# also means "contain": "systems hold personal data").
HOLD_WORDS = re.compile(r"\bhold (the|this) order\b|\bheld\b|\bdo not (ship|sell)\b"
                        r"|\bstop the sale\b", re.IGNORECASE)
SENIOR_WORDS = re.compile(r"\bsenior\b", re.IGNORECASE)


def _contradictions(result: ScreeningResult) -> list[str]:
    problems = []
    for f in result.flags:
        words = f"{f.reason} {f.action}"
        if HOLD_WORDS.search(words) and not result.hold:
            problems.append(f"{f.criterion} says hold, the {result.tier} order is not held")
        if SENIOR_WORDS.search(words) and not (result.needs_senior_approval or result.blocked):
            problems.append(f"{f.criterion} asks for a senior person, the {result.tier} order "
                            "does not need one")
    return problems


def test_no_flag_asks_for_a_hold_or_a_senior_decision_the_order_does_not_get(
        screener, default_pack):
    """Every criterion of the pack on its own (rules only ever raise the tier, so what holds
    alone holds in any company): a flag that says "hold" or "a senior person decides" comes
    with a held order that needs that person (or is blocked outright)."""
    seen: set[str] = set()
    problems: list[str] = []
    for criterion, data in _minimal_orders(default_pack.pack):
        result = screener.screen(parse_order(data))
        fired = {f.criterion for f in result.flags}
        assert criterion in fired, (criterion, data, fired)
        seen.add(criterion)
        problems += [f"{p} ({data['sales_model']})" for p in _contradictions(result)]
    assert sorted(set(problems)) == []
    assert len(seen) > 60  # the criteria of the pack, each raised above


def test_no_rule_or_tier_text_promises_a_hold_its_tier_does_not_give(default_pack):
    """The rules' explanations and the tiers' words say "hold" or "senior" only for tiers that
    are held for the senior approver (or blocked)."""
    from reseller_app.domain.packs import TIER_RANK

    pack = default_pack.pack
    held = TIER_RANK[pack.holds.hold_from_tier]
    senior = TIER_RANK[pack.holds.senior_approval_from_tier]
    texts = [(r.tier, r.id, r.explanation) for r in pack.rules]
    texts += [(tier, f"tiers.{tier}", " ".join((t.summary, *t.next_steps)))
              for tier, t in pack.tiers.items()]
    for tier, name, words in texts:
        if HOLD_WORDS.search(words) or re.search(r"\bhold (for|until)\b", words):
            assert TIER_RANK[tier] >= held, name
        if SENIOR_WORDS.search(words) and tier != "prohibited":
            assert TIER_RANK[tier] >= senior, name


def test_the_check_finds_a_contradiction(screener):
    """The check itself: a flag saying "hold" on an order that is not held is reported."""
    result = screener.screen(parse_order(_order(intended_use="wiretap")))
    assert result.hold and not _contradictions(result)
    from dataclasses import replace
    assert _contradictions(replace(result, hold=False, needs_senior_approval=False))


# -- a high-risk use holds the order on its own ----------------------------------------------------
def test_dpi_probes_for_lawful_interception_at_a_private_operator_are_held(screener):
    """The reseller's case: DPI probes for lawful interception of calls, for a private telecom
    operator in a mid-tier country. It came out "elevated, not held" while its flag said
    "Hold the order... a senior person decides"."""
    result = screener.screen(parse_order(_order(
        customer={"name": "Rede Nacional Telecom", "type": "private",
                  "sector": "telecommunications", "country": "BR"},
        destination_country="BR", lines=[DPI],
        intended_use="DPI probes for lawful interception of calls on the operator's network")))
    assert result.factors == {"product": "high", "customer": "elevated",
                              "geography": "elevated", "missing": "standard"}
    assert "red_flag.communications_interception" in {f.criterion for f in result.flags}
    assert (result.tier, result.hold, result.needs_senior_approval) == ("high", True, True)
    assert result.rules == ("R14-high-risk-use-case",)


def test_every_high_risk_use_holds_the_order_on_its_own(screener, default_pack):
    """A high-risk use-case tag or red flag, with everyday IT for an ordinary company: held for
    a senior decision. An elevated one makes the order elevated (never "no sign of risk")."""
    pack = default_pack.pack
    uses = [(t.level, _order(use_cases=[t.id])) for t in pack.vocabulary.use_cases]
    uses += [(f.level, _order(intended_use=f.phrases["en"][0])) for f in pack.red_flags]
    expected = {"standard": ("low", False), "elevated": ("elevated", False),
                "high": ("high", True), "prohibited": ("prohibited", True)}
    for level, data in uses:
        result = screener.screen(parse_order(data))
        assert (result.tier, result.hold) == expected[level], (data, result.rules)


# -- self-service: the tier follows the risk -------------------------------------------------------
def _one_camera(model: str) -> dict[str, Any]:
    return _order(sales_model=model, intended_use=None, lines=[{**CAMERA, "quantity": 1}],
                  customer={"name": "Jana Novak", "type": "individual", "country": "DE"})


def test_one_consumer_camera_from_the_webshop_leaves_self_service_without_a_senior_person(
        screener, default_pack):
    holds = default_pack.pack.holds
    result = screener.screen(parse_order(_one_camera("self_service")))
    assert result.tier == "elevated"
    assert result.hold and result.hold_reasons == (holds.self_service_reason,)
    assert not result.needs_senior_approval and not result.blocked


def test_the_same_camera_sold_by_a_salesperson_is_elevated_and_not_held(screener):
    result = screener.screen(parse_order(_one_camera("assisted")))
    assert (result.tier, result.hold, result.needs_senior_approval) == ("elevated", False, False)
    assert "missing.intended_use" in {f.criterion for f in result.flags}


@pytest.mark.parametrize(("name", "changes"), [
    ("an unnamed end user", {"end_user": {"type": "private", "country": "DE"}}),
    ("an unnamed customer", {"customer": {**CUSTOMER, "name": None}}),
    ("a government body that does not say what it does",
     {"customer": {"name": "Ministry", "type": "government", "country": "DE"}}),
])
def test_cameras_for_someone_unknown_still_need_a_senior_person(screener, name, changes):
    """Not knowing who buys or uses a high-risk product stays high (BSR 2022 §6.3)."""
    result = screener.screen(parse_order(_order(lines=[CAMERA], **changes)))
    assert (result.tier, result.hold, result.needs_senior_approval) == ("high", True, True), name


def test_the_pack_says_why_self_service_holds_need_no_senior_person(default_pack):
    pack = default_pack.pack
    assert (pack.holds.self_service_hold_from_tier, pack.holds.senior_approval_from_tier) == (
        "elevated", "high")
    assert "§6.4" in pack.holds.explanation and "senior" in pack.holds.explanation
    r6 = next(r for r in pack.rules if r.id == "R6-surveillance-with-missing-information")
    assert r6.when == {"product": "high", "missing": "high"}
    assert pack.missing_information["intended_use"].level == "elevated"


# -- negated red-flag phrases ----------------------------------------------------------------------
def _cameras_for(use: str) -> dict[str, Any]:
    return _order(lines=[CAMERA], intended_use=use)


NEGATED = [
    # (language, intended use, the red flag, the words shown)
    ("en", "Thermal cameras, no face recognition", "facial_recognition",
     "no face recognition"),
    ("en", "Cameras for the car park without facial recognition", "facial_recognition",
     "without facial recognition"),
    ("en", "We will not use them for face matching", "facial_recognition",
     "not use them for face matching"),
    ("en", "We don\u2019t do facial recognition", "facial_recognition",
     "don\u2019t do facial recognition"),
    ("en", "Never for licence plate reading", "licence_plate_recognition",
     "never for licence plate"),
    ("es", "Cámaras térmicas, sin reconocimiento facial", "facial_recognition",
     "sin reconocimiento facial"),
    ("es", "No se usarán para reconocimiento facial", "facial_recognition",
     "no se usaran para reconocimiento facial"),
    ("es", "Nunca para interceptar llamadas", "communications_interception",
     "nunca para interceptar llamadas"),
    ("fr", "Caméras thermiques, sans reconnaissance faciale", "facial_recognition",
     "sans reconnaissance faciale"),
    ("fr", "Le client n'utilisera pas la reconnaissance faciale", "facial_recognition",
     "pas la reconnaissance faciale"),
    ("fr", "Aucune écoute téléphonique", "communications_interception",
     "aucune ecoute telephonique"),
    ("pt", "Câmeras térmicas, sem reconhecimento facial", "facial_recognition",
     "sem reconhecimento facial"),
    ("pt", "Não haverá reconhecimento facial", "facial_recognition",
     "nao havera reconhecimento facial"),
    ("pt", "Nunca para rastrear celulares", "location_tracking",
     "nunca para rastrear celulares"),
    ("de", "Wärmebildkameras, keine Face Recognition", "facial_recognition",
     "keine face recognition"),
    ("de", "Kameras ohne facial recognition für das Lager", "facial_recognition",
     "ohne facial recognition"),
]


@pytest.mark.parametrize(("language", "use", "flag_id", "words"), NEGATED,
                         ids=[f"{c[0]}: {c[1]}" for c in NEGATED])
def test_a_negated_red_flag_is_shown_but_does_not_raise_the_risk(screener, default_pack,
                                                                   language, use, flag_id, words):
    result = screener.screen(parse_order(_cameras_for(use)))
    by_criterion = {f.criterion: f for f in result.flags}
    assert f"red_flag.{flag_id}" not in by_criterion
    flag = by_criterion[f"negated.{flag_id}"]
    red_flag = next(f for f in default_pack.pack.red_flags if f.id == flag_id)
    assert (flag.severity, flag.subject) == ("info", f'"{words}"')
    assert flag.reason.startswith(f"{red_flag.label}: ") and "negation" in flag.reason
    # The cameras alone: elevated, not held; the matched words ask no question of their own.
    assert (result.tier, result.hold) == ("elevated", False)
    assert "red_flag_confirmed" not in result.checklist


PLAIN = [
    # (intended use, the red flag raised): a negation elsewhere does not undo the phrase
    ("Face recognition at the gate, no audio", "facial_recognition"),
    ("No audio; face recognition at the gate", "facial_recognition"),
    ("No audio but face recognition at the gate", "facial_recognition"),
    ("Not the lobby: face recognition of visitors", "facial_recognition"),
    ("No face recognition in the lobby, face recognition at the gate", "facial_recognition"),
    ("No problem at all with the rest: face recognition", "facial_recognition"),
    ("not one two three four face recognition", "facial_recognition"),  # too far before it
    ("Câmeras no estádio com reconhecimento facial", "facial_recognition"),  # pt "no" = "in the"
    ("Sin audio pero con reconocimiento facial", "facial_recognition"),
    ("Pas de son, mais reconnaissance faciale", "facial_recognition"),
    ("Record staff without their knowledge", "covert_surveillance"),
    ("Never without their knowledge, of course", "covert_surveillance"),  # says a negation
    ("El cliente no revela el usuario final", "end_user_withheld"),
    ("Le client préfère ne pas divulguer l'utilisateur final", "end_user_withheld"),
]


@pytest.mark.parametrize(("use", "flag_id"), PLAIN, ids=[c[0] for c in PLAIN])
def test_a_phrase_not_negated_raises_its_red_flag(screener, use, flag_id):
    result = screener.screen(parse_order(_cameras_for(use)))
    criteria = {f.criterion for f in result.flags}
    assert f"red_flag.{flag_id}" in criteria and f"negated.{flag_id}" not in criteria


NEGATED_PROHIBITED = [
    ("en", "Cameras for the newsroom, never to track journalists", "targeting_journalists"),
    ("es", "Cámaras para la redacción, nunca para rastrear periodistas", "targeting_journalists"),
    ("fr", "Caméras pour la rédaction, jamais pour surveiller des journalistes",
     "targeting_journalists"),
    ("pt", "Câmeras para a redação, nunca para vigiar jornalistas", "targeting_journalists"),
    ("de", "Kameras für die Redaktion, nicht to track journalists", "targeting_journalists"),
    ("en", "No internet shutdown features needed", "internet_shutdown"),
]


@pytest.mark.parametrize(("language", "use", "flag_id"), NEGATED_PROHIBITED,
                         ids=[f"{c[0]}: {c[1]}" for c in NEGATED_PROHIBITED])
def test_a_negated_prohibited_phrase_still_asks_its_checklist_question(screener, language, use,
                                                                        flag_id):
    result = screener.screen(parse_order(_cameras_for(use)))
    criteria = {f.criterion for f in result.flags}
    assert f"negated.{flag_id}" in criteria and f"red_flag.{flag_id}" not in criteria
    assert not result.blocked and result.tier == "elevated"
    assert "red_flag_confirmed" in result.checklist


def test_the_negation_words_are_in_the_pack_for_every_language(default_pack):
    negation = default_pack.pack.negation
    assert negation is not None
    assert set(negation.words) == {"en", "es", "fr", "pt", "de"}
    expected = {"en": {"no", "not", "without", "never"}, "es": {"no", "sin", "nunca"},
                "fr": {"sans", "pas", "jamais"}, "pt": {"não", "sem", "nunca"},
                "de": {"ohne", "kein", "nicht"}}
    for language, words in expected.items():
        assert words <= set(negation.words[language]), language
    assert negation.shared_languages == ("en",)


def test_a_negated_flag_is_stored_without_its_words_and_read_back_in_spanish(screener,
                                                                            default_pack):
    import importlib.resources

    from reseller_app.domain.pack_texts import localize, localize_result, parse_texts
    from reseller_app.domain.screening import ScreeningResult

    result = screener.screen(parse_order(_cameras_for("Thermal cameras, no face recognition")))
    stored = screener.stored_json(result)
    assert '"negated.facial_recognition"' in stored and "negation" not in stored
    assert ScreeningResult.from_json(stored, default_pack) == result

    pack = default_pack.pack
    raw = (importlib.resources.files("reseller_app.resources") / "packs" / "i18n"
           / f"{pack.id}.es.json").read_bytes()
    spanish = localize_result(result, pack, localize(pack, parse_texts(raw)))
    flag = next(f for f in spanish.flags if f.criterion == "negated.facial_recognition")
    assert flag.reason.startswith("Reconocimiento facial: ") and "negación" in flag.reason
    assert flag.subject == '"no face recognition"'


def test_importing_the_pack_over_the_previous_one_lists_what_changes_the_tiers(default_pack):
    """The review before an import names the missing-information levels and the negation words,
    which change tiers as much as the rules do."""
    import json

    from reseller_app.domain.packs import diff_packs, load_pack

    data = json.loads(default_pack.canonical)
    del data["negation"]
    data["missing_information"]["end_user"]["level"] = "elevated"
    data["holds"]["senior_approval_from_tier"] = "elevated"
    older = load_pack(json.dumps(data)).pack
    changes = {(c.section, c.item): (c.change, c.detail)
               for c in diff_packs(older, default_pack.pack)}
    assert changes[("missing_information", "end_user")] == ("changed", "elevated -> high")
    assert changes[("holds", "senior_approval_from_tier")] == ("changed", "elevated -> high")
    assert {item for section, item in changes if section == "negation"} == {
        "en", "es", "fr", "pt", "de"}
    assert changes[("negation", "de")] == ("added", "")


def test_a_pack_whose_negation_words_miss_a_language_is_refused(default_pack):
    import json

    from reseller_app.domain.packs import PackError, load_pack

    data = json.loads(default_pack.canonical)
    del data["negation"]["words"]["pt"]
    with pytest.raises(PackError, match=r"negation\.words lacks pt"):
        load_pack(json.dumps(data))
    del data["negation"]  # a pack without negation words is valid: nothing is negated
    assert load_pack(json.dumps(data)).pack.negation is None
