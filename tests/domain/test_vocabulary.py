"""One source per vocabulary: the stored words live in ``domain/vocabulary.py`` only.

The scan reads every module of ``reseller_app/`` with ``ast`` and fails on a bare string that is
a status, tier, outcome, packet or message state or audit action, where it means that. Many of
these values are ordinary words too ("high", "sent", "blocked" is also a field of the screening
JSON), so only the unambiguous ones are refused everywhere; the others only where they can only
mean the vocabulary: compared with a ``status`` / ``tier`` / ``outcome`` / ``state`` /
``action``, passed as such a keyword, looked up in a ``*TIER*`` / ``*STATUS*`` table, or listed
(as dict keys or in a tuple, list or set) together with another value of the same vocabulary.

Left alone on purpose: ``domain/vocabulary.py`` itself; the Alembic migrations (frozen in
time); the English texts given to ``t()`` / ``tr()`` / ``translate()`` (words for people, like
``t("declined")``); and ``Literal[...]`` in the criteria pack's pydantic schema, which checks
the pack file's text against literal strings.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest

import reseller_app
from reseller_app.domain.vocabulary import (
    AnswerOutcome,
    ApprovalState,
    AuditAction,
    DecisionOutcome,
    MessageState,
    OrderStatus,
    PacketStatus,
    ReceivedState,
    RiskTier,
)

ROOT = Path(reseller_app.__file__).parent

# Where a bare value is right, and why.
ALLOWED_FILES = {
    # The one source.
    "domain/vocabulary.py",
}
ALLOWED_DIRS = (
    # Alembic migrations are frozen in time: they must keep meaning what they meant when they
    # were written, whatever the enums become later, so they may not import them.
    "store/migrations/",
)

VOCABULARIES: tuple[type[StrEnum], ...] = (
    OrderStatus, RiskTier, DecisionOutcome, AnswerOutcome, PacketStatus, MessageState,
    AuditAction, ReceivedState, ApprovalState,
)
ALL_VALUES = frozenset(m.value for v in VOCABULARIES for m in v)

# Values that mean nothing else anywhere in the app: refused in any context.
UNAMBIGUOUS = frozenset(
    {m.value for m in AuditAction}
    | {OrderStatus.HELD, OrderStatus.CLEARED, OrderStatus.ESCALATED, OrderStatus.DECLINED,
       OrderStatus.PROCEED_WITH_CONDITIONS, AnswerOutcome.APPROVED_WITH_CONDITIONS}
)

# A name or attribute compared with, or passed as a keyword named, one of these holds a value of
# a vocabulary ("view.status", "previous_tier", "item.state", "action=...").
_SUBJECTS = ("status", "tier", "outcome", "state", "action")

# Lists of values: two or more members of one of these groups side by side (a label map's keys,
# a tuple of choices). Tiers count only with "low", which no other vocabulary has: the country
# and use-case levels and the flag severities share "elevated", "high" and "prohibited".
_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(OrderStatus),
    frozenset(DecisionOutcome),
    frozenset(AnswerOutcome),
    frozenset(PacketStatus) | frozenset(MessageState),
)


def _is_subject(node: ast.AST) -> bool:
    if isinstance(node, ast.Call):  # self.outcome() == "..."
        node = node.func
    name = node.attr if isinstance(node, ast.Attribute) else \
        node.id if isinstance(node, ast.Name) else ""
    name = name.lower()
    return any(name == s or name.endswith("_" + s) for s in _SUBJECTS)


def _strings(node: ast.AST) -> Iterator[ast.Constant]:
    """The string constants of a value or of a literal tuple, list or set of values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for elt in node.elts:
            yield from _strings(elt)


def _is_listing(values: list[str]) -> bool:
    found = set(values)
    if RiskTier.LOW in found and len(found & set(RiskTier)) >= 2:
        return True
    return any(len(found & group) >= 2 for group in _GROUPS)


_ENUMS = {v.__name__: v for v in VOCABULARIES}


def _members(items: list[ast.expr | None]) -> list[str]:
    """The values of the enum members among ``items`` (``OrderStatus.HELD`` -> "held"): one
    bare value beside members of its vocabulary is a listing too."""
    values = []
    for item in items:
        if isinstance(item, ast.Attribute) and isinstance(item.value, ast.Name) \
                and item.value.id in _ENUMS and item.attr in _ENUMS[item.value.id].__members__:
            values.append(_ENUMS[item.value.id][item.attr].value)
    return values


def _literal_type_args(tree: ast.AST) -> set[int]:
    """ids of the nodes inside ``Literal[...]``: pydantic's schema of the criteria pack file
    (``Tier = Literal["low", ...]``) validates the file's text against literal strings."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) \
                and node.value.id == "Literal":
            inside.update(id(n) for n in ast.walk(node.slice))
    return inside


_TRANSLATE = frozenset({"t", "_t", "tr", "translate"})


def _texts_for_users(tree: ast.AST) -> set[int]:
    """ids of the English source texts given to ``t()`` / ``tr()`` / ``translate()``: words
    for people that happen to spell a value (``t("declined")``), not the value."""
    texts: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) \
                else ""
            if name in _TRANSLATE:
                texts.update(id(a) for a in node.args)
    return texts


def bare_values(tree: ast.AST) -> list[ast.Constant]:
    found: dict[int, ast.Constant] = {}
    exempt = _literal_type_args(tree) | _texts_for_users(tree)

    def add(constant: ast.Constant) -> None:
        if constant.value in ALL_VALUES and id(constant) not in exempt:
            found[id(constant)] = constant

    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in UNAMBIGUOUS:
            add(node)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and "," in node.value and _is_listing(node.value.split(",")):
            found[id(node)] = node  # "held,blocked,escalated": a list of values in one text
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_subject(side) for side in sides):
                for side in sides:
                    for c in _strings(side):
                        add(c)
        elif isinstance(node, ast.keyword) and node.arg and _is_subject(ast.Name(node.arg)):
            for c in _strings(node.value):
                add(c)
        elif isinstance(node, ast.Subscript) and _is_subject_table(node.value):
            for c in _strings(node.slice):
                add(c)
        elif isinstance(node, ast.Dict | ast.Tuple | ast.List | ast.Set):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            constants = [k for k in items if isinstance(k, ast.Constant)
                         and isinstance(k.value, str)]
            if _is_listing([c.value for c in constants] + _members(items)):
                for c in constants:
                    add(c)
    return sorted(found.values(), key=lambda c: (c.lineno, c.col_offset))


def _is_subject_table(node: ast.AST) -> bool:
    """``TIER_RANK[...]``, ``STATUS_AFTER[...]``: a table keyed by a vocabulary."""
    name = node.attr if isinstance(node, ast.Attribute) else \
        node.id if isinstance(node, ast.Name) else ""
    return any(s in name.lower() for s in ("tier", "status", "outcome"))


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in ALLOWED_FILES or rel.startswith(ALLOWED_DIRS):
            continue
        yield rel, path


def test_no_bare_vocabulary_values_outside_the_vocabulary_module() -> None:
    problems = []
    for rel, path in _modules():
        source = path.read_text(encoding="utf-8")
        for c in bare_values(ast.parse(source, filename=str(path))):
            problems.append(f"reseller_app/{rel}:{c.lineno}: {c.value!r}")
    assert not problems, (
        "Use the enum member from reseller_app/domain/vocabulary.py instead of the bare "
        "string:\n" + "\n".join(problems))


@pytest.mark.parametrize(("source", "bad"), [
    ('if view.status == "held": pass', ["held"]),
    ('if order.status in ("proceed", "blocked"): pass', ["proceed", "blocked"]),
    ('x = row.tier != "high"', ["high"]),
    ('log(action="order.created")', ["order.created"]),
    ('words = {"low": 1, "high": 2}', ["low", "high"]),
    ('choices = ("approved", "rejected")', ["approved", "rejected"]),
    ('if self.outcome() == "decline": pass', ["decline"]),
    ('rank = TIER_RANK["high"]', ["high"]),
    ('counts = service.items(["sent", "failed"])', ["sent", "failed"]),
    ('emit("escalated")', ["escalated"]),
    ('words = {AnswerOutcome.APPROVED: 1, "rejected": 2}', ["rejected"]),
    ('combo.addItem(label, "high,prohibited,low")', ["high,prohibited,low"]),
])
def test_the_scan_finds_vocabulary_values(source: str, bad: list[str]) -> None:
    assert [c.value for c in bare_values(ast.parse(source))] == bad


@pytest.mark.parametrize("source", [
    # Ordinary words and other vocabularies that share a value: not the vocabulary.
    'result = {"tier": t, "hold": h, "blocked": b}',  # a field of the screening JSON
    'severity = {"info": 1, "elevated": 2, "high": 3, "prohibited": 4}',  # flag severities
    'level = {"standard": 0, "elevated": 1, "high": 2}',  # country and use-case levels
    'if term.level == "prohibited": pass',
    'kind = "sent"',  # a mail test's result
    'text = "high, elevated"',  # words in a sentence
    'parser.add_parser("escalate")',  # a command's name
    'parser.add_argument("--x", action="store_true")',
    'Tier = Literal["low", "elevated", "high", "prohibited"]',  # pydantic's schema
    'words = {OrderStatus.DECLINED: t("declined")}',  # the English text to translate
])
def test_the_scan_leaves_other_words_alone(source: str) -> None:
    assert bare_values(ast.parse(source)) == []


def test_stored_values_are_the_strings_they_always_were() -> None:
    """The database, packet JSON and audit log hold these strings: they never change."""
    assert list(OrderStatus) == ["cleared", "held", "blocked", "proceed",
                                 "proceed_with_conditions", "escalated", "declined"]
    assert list(RiskTier) == ["low", "elevated", "high", "prohibited"]  # also the rank order
    assert list(DecisionOutcome) == ["proceed", "proceed_with_conditions", "escalate", "decline"]
    assert list(AnswerOutcome) == ["approved", "approved_with_conditions", "rejected"]
    assert list(PacketStatus) == ["built", "queued", "sent", "exported", "answered"]
    assert list(MessageState) == ["queued", "sending", "sent", "failed", "cancelled"]
    assert all(a.value.count(".") == 1 for a in AuditAction)
