"""Who may decide what on a screened order (pure: facts in, allowed outcomes or a refusal out).

- A prohibited use (a blocked order) can only be declined: nobody can approve it.
- From the pack's ``holds.senior_approval_from_tier`` up, proceeding needs the company's senior
  approver by name (UN Guiding Principles 16: the most senior level).
- Proceeding with conditions needs at least one mitigation or the conditions in words.
- A rationale is always required: it is what an auditor or the distributor will read.
- A self-service order held because self-service is not allowed for its tier proceeds only
  through a sales-assisted review; recording the decision is that review.
"""

from __future__ import annotations

from dataclasses import dataclass

from reseller_app.domain.packs import TIER_RANK
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import DecisionOutcome, OrderStatus, RiskTier

PROCEED = DecisionOutcome.PROCEED
PROCEED_WITH_CONDITIONS = DecisionOutcome.PROCEED_WITH_CONDITIONS
ESCALATE = DecisionOutcome.ESCALATE
DECLINE = DecisionOutcome.DECLINE
OUTCOMES: tuple[str, ...] = tuple(DecisionOutcome)
APPROVING = frozenset({PROCEED, PROCEED_WITH_CONDITIONS})

# The order's status once an outcome is recorded.
STATUS_AFTER = {
    DecisionOutcome.PROCEED: OrderStatus.PROCEED,
    DecisionOutcome.PROCEED_WITH_CONDITIONS: OrderStatus.PROCEED_WITH_CONDITIONS,
    DecisionOutcome.ESCALATE: OrderStatus.ESCALATED,
    DecisionOutcome.DECLINE: OrderStatus.DECLINED,
}


class DecisionRefused(ValueError):
    """The decision breaks a rule; ``field`` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class DecisionFacts:
    """What the rules need to know about an order and its latest screening."""

    tier: str
    blocked: bool
    self_service: bool  # the order is (still) a self-service sale
    self_service_hold_from_tier: str  # pack.holds.self_service_hold_from_tier
    senior_approval_from_tier: str  # pack.holds.senior_approval_from_tier
    approver_name: str  # the company's senior approver, "" when not set up
    mitigation_ids: frozenset[str]  # what the pack offers
    # Blocked because a party is on a sanctions list (a confirmed match), not for its use.
    restricted_party: bool = False


def tier_word(tier: str) -> str:
    """The tier as the adjective in "a {tier}-risk order", in the user's language."""
    words = {RiskTier.LOW: t("low"), RiskTier.ELEVATED: t("elevated"), RiskTier.HIGH: t("high"),
             RiskTier.PROHIBITED: t("prohibited")}
    return words.get(tier, tier)


def needs_senior_approval(facts: DecisionFacts) -> bool:
    return not facts.blocked and \
        TIER_RANK[facts.tier] >= TIER_RANK[facts.senior_approval_from_tier]


def needs_sales_review(facts: DecisionFacts) -> bool:
    return facts.self_service and not facts.blocked and \
        TIER_RANK[facts.tier] >= TIER_RANK[facts.self_service_hold_from_tier]


def blocked_reason(facts: DecisionFacts) -> str:
    """Why a blocked order can only be declined, and what to do."""
    if facts.restricted_party:
        return t("A party of this order is on a sanctions list (a confirmed match): nobody can "
                 "approve it, the only possible decision is to decline, and the distributor "
                 "must be told through the misuse report or an escalation.")
    return t("This order asks for a prohibited use: nobody can approve it, the only possible "
             "decision is to decline.")


def allowed_outcomes(facts: DecisionFacts) -> tuple[str, ...]:
    return (DECLINE,) if facts.blocked else OUTCOMES


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check(facts: DecisionFacts, outcome: str, *, rationale: str, decided_by: str,
          mitigations: tuple[str, ...] = (), conditions: str = "",
          approved_by: str | None = None) -> None:
    """Raise :class:`DecisionRefused` for the first rule the decision breaks."""
    if outcome not in OUTCOMES:
        raise DecisionRefused("outcome", t("'{outcome}' is not a decision.", outcome=outcome))
    if facts.blocked and outcome != DECLINE:
        raise DecisionRefused("outcome", blocked_reason(facts))
    if not rationale.strip():
        raise DecisionRefused("rationale", t("Say why: the rationale is required."))
    if not decided_by.strip():
        raise DecisionRefused("decided_by", t("Say who decided."))
    unknown = [m for m in mitigations if m not in facts.mitigation_ids]
    if unknown:
        raise DecisionRefused("mitigations", t("Unknown safeguard: {safeguard}.",
                                               safeguard=unknown[0]))
    if outcome == PROCEED_WITH_CONDITIONS and not mitigations and not conditions.strip():
        raise DecisionRefused(
            "conditions", t("Choose at least one safeguard or write down the conditions."))
    if outcome in APPROVING and needs_senior_approval(facts):
        if not facts.approver_name.strip():
            raise DecisionRefused(
                "approved_by", t("This decision needs the senior approver, and none is set "
                                 "up: add one in the company profile first."))
        if not approved_by or not _same_person(approved_by, facts.approver_name):
            raise DecisionRefused(
                "approved_by", t("Only the senior approver, {approver}, can approve a "
                                 "{tier}-risk order: type their name once they have approved "
                                 "it.", approver=facts.approver_name,
                                 tier=tier_word(facts.tier)))
