"""The screening engine: an order and a criteria pack in, an explained tier out.

Follows the end-use risk framework of the BSR brief (section 4): the product and its use case
drive the risk, the customer / end user and the geography raise it, and missing information is
itself a risk (section 6.3: the end customer and the intended use are what matter most).
Section 6.4: self-service is never used for high-risk sales, which are held automatically.

Pure: no clock, no files, no database. ``Screener(pack)`` compiles the pack once (phrase
patterns, per-term flags, the rule table over all factor levels) so that screening an order is
a handful of dictionary look-ups and one pass over the intended-use text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reseller_app.domain.orders import Order

SEVERITIES = ("info", "elevated", "high", "prohibited")


@dataclass(frozen=True, slots=True)
class Flag:
    """One reason an order is not plain low risk, in words a salesperson can act on."""

    factor: str  # product | customer | geography | missing
    criterion: str  # e.g. "category.video_surveillance", "red_flag.targeting_journalists"
    severity: str  # info | elevated | high | prohibited
    reason: str
    action: str
    basis: str = ""
    subject: str = ""  # what it is about: a SKU, a party, the matched words

    def as_dict(self) -> dict[str, str]:
        return {
            "factor": self.factor,
            "criterion": self.criterion,
            "severity": self.severity,
            "reason": self.reason,
            "action": self.action,
            "basis": self.basis,
            "subject": self.subject,
        }


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    tier: str  # low | elevated | high | prohibited
    hold: bool  # the order may not ship until a decision clears it
    blocked: bool  # a prohibited use: nobody can approve it
    needs_senior_approval: bool
    hold_reasons: tuple[str, ...]
    flags: tuple[Flag, ...]
    missing: tuple[str, ...]  # the missing-information kinds found
    next_steps: tuple[str, ...]
    checklist: tuple[str, ...]  # ids of the questions relevant to these flags
    factors: dict[str, str]  # factor -> level
    rules: tuple[str, ...]  # ids of the rules that set the tier
    pack: Any  # PackRef
    attribution: str = ""
    summary: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The CLI / packet JSON shape (stable: documented in the README)."""
        return {
            "tier": self.tier,
            "hold": self.hold,
            "blocked": self.blocked,
            "needs_senior_approval": self.needs_senior_approval,
            "hold_reasons": list(self.hold_reasons),
            "summary": self.summary,
            "flags": [f.as_dict() for f in self.flags],
            "missing": list(self.missing),
            "next_steps": list(self.next_steps),
            "checklist": list(self.checklist),
            "factors": dict(self.factors),
            "rules": list(self.rules),
            "pack": self.pack.as_dict(),
            "attribution": self.attribution,
        }


@dataclass(slots=True)
class _Scratch:
    flags: list[Flag] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def screen(order: Order, pack: Any) -> ScreeningResult:  # pragma: no cover - replaced below
    raise NotImplementedError
