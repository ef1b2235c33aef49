"""Words for the codes the services use (tiers, statuses, outcomes, factors, sales models)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from reseller_app.domain.dates import as_utc
from reseller_app.domain.vocabulary import DecisionOutcome, OrderStatus, RiskTier

TIERS = tuple(RiskTier)
FACTORS = ("product", "customer", "geography", "missing")
STATUSES = (
    OrderStatus.HELD, OrderStatus.BLOCKED, OrderStatus.ESCALATED, OrderStatus.CLEARED,
    OrderStatus.PROCEED, OrderStatus.PROCEED_WITH_CONDITIONS, OrderStatus.DECLINED,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def tier_label(tier: str) -> str:
    return {
        RiskTier.LOW: _t("Low"),
        RiskTier.ELEVATED: _t("Elevated"),
        RiskTier.HIGH: _t("High"),
        RiskTier.PROHIBITED: _t("Prohibited"),
    }.get(tier, tier)


def status_label(status: str) -> str:
    return {
        OrderStatus.CLEARED: _t("Cleared"),
        OrderStatus.HELD: _t("On hold"),
        OrderStatus.BLOCKED: _t("Blocked"),
        OrderStatus.PROCEED: _t("Proceeding"),
        OrderStatus.PROCEED_WITH_CONDITIONS: _t("Proceeding with conditions"),
        OrderStatus.ESCALATED: _t("Escalated to distributor"),
        OrderStatus.DECLINED: _t("Declined"),
    }.get(status, status)


def list_name(source: str) -> str:
    """A sanctions list by its publisher (``domain.sanctions.entries.ListSource``)."""
    return {
        "ofac": _t("OFAC SDN"),
        "un": _t("UN Security Council"),
        "eu": _t("EU financial sanctions"),
        "uk": _t("UK sanctions list"),
    }.get(source, source)


def status_explanation(status: str, screening: Any = None) -> str:
    """The status in a sentence; ``screening`` (the order's ``ScreeningResult``) tells an order
    blocked by a confirmed sanctions match from one blocked for a prohibited use."""
    if status == OrderStatus.BLOCKED and party_blocked(screening):
        return _t("A party of the order is on a sanctions list (a confirmed match). The order "
                  "can only be declined.")
    return {
        # Also said of elevated orders, which list warnings: true for them too.
        OrderStatus.CLEARED: _t("Not held: the order may go ahead. Any warnings below are worth "
                                "a look; recording a decision is optional."),
        OrderStatus.HELD: _t("The order waits for a decision before it may ship."),
        OrderStatus.BLOCKED: _t("The order asks for a prohibited use. It cannot be approved."),
        OrderStatus.PROCEED: _t("A decision cleared the order."),
        OrderStatus.PROCEED_WITH_CONDITIONS: _t("A decision cleared the order with conditions."),
        OrderStatus.ESCALATED: _t("The order waits for the distributor's answer."),
        OrderStatus.DECLINED: _t("The order was declined."),
    }.get(status, "")


def party_blocked(screening: Any) -> bool:
    """Whether the screening blocks the order for a confirmed sanctions match only (its
    criteria do not prohibit it)."""
    parties = getattr(screening, "parties", None)
    return (parties is not None and bool(parties.confirmed)
            and getattr(screening, "tier", None) != RiskTier.PROHIBITED)


def outcome_label(outcome: str) -> str:
    return {
        DecisionOutcome.PROCEED: _t("Proceed"),
        DecisionOutcome.PROCEED_WITH_CONDITIONS: _t("Proceed with conditions"),
        DecisionOutcome.ESCALATE: _t("Escalate to distributor"),
        DecisionOutcome.DECLINE: _t("Decline"),
    }.get(outcome, outcome)


def factor_label(factor: str) -> str:
    return {
        "product": _t("Product and use case"),
        "customer": _t("Customer / end user"),
        "geography": _t("Geography"),
        "missing": _t("Missing information"),
    }.get(factor, factor)


def severity_label(severity: str) -> str:
    return {
        "info": _t("Note"),
        "elevated": _t("Elevated"),
        "high": _t("High"),
        "prohibited": _t("Prohibited"),
    }.get(severity, severity)


def sales_model_label(model: str) -> str:
    return {
        "assisted": _t("Sales-assisted (we talk to the customer)"),
        "self_service": _t("Self-service (web shop, no conversation)"),
        "both": _t("Both"),
    }.get(model, model)


def subject_text(subject: str) -> str:
    """What a flag is about, in words: the engine's role words translated, a country code
    named ("destination: VE" -> "Destination: Venezuela"); SKUs and quoted words as they are."""
    # late: keeps pydantic off the first page of orders
    from reseller_app.domain.screening import split_subject

    role, rest = split_subject(subject)
    if role is None:
        return subject
    words = {"customer": _t("Customer"), "end user": _t("End user"), "order": _t("Order"),
             "use case": _t("Use case"), "destination": _t("Destination"),
             "consignee": _t("Consignee")}[role]
    if len(rest) == 2 and rest.isalpha():
        # late: keeps pydantic off the first page of orders
        from reseller_app.ui.countries import country_name

        rest = country_name(rest)
    return f"{words}: {rest}" if rest else words


def severity_tier(severity: str) -> str:
    """The tier colour a flag of this severity is drawn in."""
    return {"info": RiskTier.LOW}.get(severity, severity)


def unrecognised_label(value: str) -> str:
    """A value the criteria pack does not know (from an import or an older pack)."""
    return _t("{0} (not recognised)").format(value)


def term_text(pack: Any, group: str, term_id: str | None) -> str:
    """The pack's words for a vocabulary id; an id it does not know is marked as such."""
    if not term_id:
        return ""
    term = pack.term(group, term_id)
    return term.label if term is not None else unrecognised_label(term_id)


def answer_label(answer: str) -> str:
    """A checklist answer in words."""
    return {"yes": _t("Yes"), "no": _t("No"), "unknown": _t("Not sure yet")}.get(answer, answer)


def field_label(field: str) -> str:
    """An order field an edit changed (the history's "Changed: ...")."""
    return {
        "reference": _t("Reference"),
        "date": _t("Date"),
        "sales_model": _t("Sales model"),
        "customer": _t("Customer"),
        "end_user": _t("End user"),
        "consignee": _t("Consignee"),
        "destination_country": _t("Destination"),
        "intended_use": _t("Intended use"),
        "use_cases": _t("Use cases"),
        "lines": _t("Products"),
        "currency": _t("Currency"),
    }.get(field, field.replace("_", " "))


def missing_label(kind: str) -> str:
    """A kind of missing information the screening checks, in a few words."""
    return {
        "customer_identity": _t("Customer's name"),
        "customer_type": _t("Type of customer or end user"),
        "end_user": _t("End user"),
        "government_function": _t("Function of the government body"),
        "intended_use": _t("Intended use"),
        "destination": _t("Destination country"),
        "product_category": _t("Product category"),
        "unrecognised_value": _t("A value the criteria pack does not know"),
    }.get(kind, kind.replace("_", " "))


# The parts of a screening flag's criterion ("category.video_surveillance") naming a vocabulary.
_CRITERION_GROUPS = {
    "category": "product_categories",
    "use_case": "use_cases",
    "customer_type": "customer_types",
    "government_function": "government_functions",
    "sector": "sectors",
}


def criterion_text(pack: Any, criterion: str) -> str:
    """What a screening flag is about in the pack's words (in the user's language):
    "red_flag.covert_surveillance" -> "Covert surveillance", "country.high" -> "Destination
    country: high risk". An id the pack does not know stays as it is."""
    kind, _, key = criterion.partition(".")
    if kind in _CRITERION_GROUPS:
        term = pack.term(_CRITERION_GROUPS[kind], key)
        return term.label if term is not None else criterion
    if kind in ("red_flag", "negated"):
        flag = next((f for f in pack.red_flags if f.id == key), None)
        if flag is None:
            return criterion
        # A red flag's words after "no", "without"...: found, but they raised nothing.
        return flag.label if kind == "red_flag" else _t("{0} (negated)").format(flag.label)
    if kind == "missing":
        return _t("Missing: {0}").format(missing_label(key))
    if kind == "country":
        return {"high": _t("Destination country: high risk"),
                "elevated": _t("Destination country: elevated risk"),
                "prohibited": _t("Destination country: prohibited")}.get(key, criterion)
    if kind == "restricted_party":  # "restricted_party.possible.ofac.306" (re-screening)
        state, _, entry = key.partition(".")
        source, _, entry_id = entry.partition(".")
        text = {"confirmed": _t("Sanctions list, confirmed match: {0} entry {1}"),
                "possible": _t("Sanctions list, possible match: {0} entry {1}")}.get(state)
        return text.format(source.upper(), entry_id) if text else criterion
    return criterion


def question_text(pack: Any, question_id: str) -> str:
    question = next((q for q in pack.checklist if q.id == question_id), None)
    return question.text if question is not None else question_id.replace("_", " ")


def mitigation_label(pack: Any, mitigation_id: str) -> str:
    mitigation = next((m for m in pack.mitigations if m.id == mitigation_id), None)
    return mitigation.label if mitigation is not None else mitigation_id.replace("_", " ")


# -- numbers, dates and money in the user's locale ---------------------------------------------
def date_format() -> str:
    """The locale's short date with a four-digit year (11/26/2026, 26.11.2026, 26/11/2026)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): ISO 8601
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def local_time(at: dt.datetime) -> str:
    """A stored time in the user's time zone and date habits (times without a zone are UTC)."""
    local = as_utc(at).astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text(local.date())} {time}"


def number_text(value: int) -> str:
    """1,234 / 1.234 / 1 234 as the locale writes it."""
    return QLocale().toString(value)


def money_text(amount: Decimal | float | int | None, currency: str = "") -> str:
    """An amount with its currency as the locale writes it (1.234,50 €, $1,234.50)."""
    if amount is None:
        return ""
    value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    if currency:
        try:
            # late: Babel reads its locale data; only for an amount with a currency
            from babel.numbers import format_currency

            return format_currency(value, currency.upper(), locale=QLocale().name())
        except Exception:  # an unknown currency code or locale: the plain number and code
            pass
    text = QLocale().toString(float(value), "f", 2)
    return f"{text} {currency}".strip()
