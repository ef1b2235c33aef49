"""``domain/completeness.py``'s measure written as SQL over the ``orders`` table, for the orders
list (both of its read paths) and for aggregates such as the report up the chain.

Plain strings, no SQLAlchemy (``store/quick_read.py`` uses them before the ORM is loaded).
Each expression is a condition on one row of ``orders`` (named ``orders`` in the query), true
when the item is present; :func:`mask_sql` adds them up into the completeness mask
(``Completeness.from_mask``). tests/store/test_completeness_sql.py checks them against
``order_completeness`` case by case.

Per row, the checklist's condition reads the newest screening's JSON (a few kilobytes): cheap
for a page of the list, a real cost for a GROUP BY over every order, so an aggregate that needs
only counts can ask for the items it needs (:func:`item_sql`).
"""

from __future__ import annotations

from reseller_app.domain.completeness import ANSWERED, ITEMS, bit
from reseller_app.domain.vocabulary import CompletenessItem

_ANSWERED = ", ".join(f"'{a}'" for a in sorted(ANSWERED))
_NEWEST_RESULT = ("(SELECT s.result FROM screening AS s WHERE s.order_id = orders.id "
                  "ORDER BY s.id DESC LIMIT 1)")
_ANSWERED_IDS = ("SELECT a.question_id FROM checklist_answer AS a WHERE a.order_id = orders.id "
                 f"AND a.answer IN ({_ANSWERED})")
# The intended use with "tag, tag" and "tag; tag" closed up, as ``in_words`` reads it.
_USE = "replace(replace(coalesce(orders.intended_use, ''), ', ', ','), '; ', ';')"

_COMMON: dict[CompletenessItem, str] = {
    CompletenessItem.CUSTOMER: (
        "EXISTS (SELECT 1 FROM customer AS c WHERE c.id = orders.customer_id "
        "AND trim(c.name) <> '' AND coalesce(c.country, '') <> '')"),
    CompletenessItem.END_USER: (
        "(orders.end_user_id IS NOT NULL OR orders.import_batch_id IS NULL)"),
    CompletenessItem.DESTINATION: "coalesce(orders.destination_country, '') <> ''",
    CompletenessItem.INTENDED_USE: (
        f"(coalesce(orders.intended_use, '') <> '' AND ({_USE} LIKE '% %' "
        f"OR {_USE} LIKE '%' || char(10) || '%' OR {_USE} NOT LIKE '%!_%' ESCAPE '!'))"),
    CompletenessItem.USE_CASES: "coalesce(orders.use_cases, '') NOT IN ('', '[]')",
}

_CHECKLIST = {
    "sqlite": (f"NOT EXISTS (SELECT 1 FROM json_each({_NEWEST_RESULT}, '$.checklist') AS q "
               f"WHERE q.value NOT IN ({_ANSWERED_IDS}))"),
    "postgresql": (
        "NOT EXISTS (SELECT 1 FROM json_array_elements_text("
        f"CAST({_NEWEST_RESULT} AS json) -> 'checklist') AS q(value) "
        f"WHERE q.value NOT IN ({_ANSWERED_IDS}))"),
}


def item_sql(item: CompletenessItem, dialect: str = "sqlite") -> str:
    """The condition that ``item`` is present, for ``dialect`` ("sqlite" or "postgresql")."""
    if item is CompletenessItem.CHECKLIST:
        return _CHECKLIST[dialect]
    text = _COMMON[item]
    if dialect != "sqlite":
        text = text.replace("char(10)", "chr(10)")
    return text


def mask_sql(dialect: str = "sqlite") -> str:
    """The completeness mask of a row of ``orders`` (an integer, bit ``bit(item)`` per item
    present)."""
    return "(" + " + ".join(f"CASE WHEN {item_sql(item, dialect)} THEN {bit(item)} ELSE 0 END"
                            for item in ITEMS) + ")"
