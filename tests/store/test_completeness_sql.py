"""The completeness SQL's intended-use rule says what ``in_words`` says, text by text (the
other items are compared through real orders in tests/services/test_completeness.py)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reseller_app.domain.completeness import in_words
from reseller_app.domain.vocabulary import CompletenessItem
from reseller_app.store.completeness_sql import item_sql

TEXTS = ["", "CCTV", "public_space_surveillance", "access_control;workplace_monitoring",
         "access_control; workplace_monitoring", "access_control, workplace_monitoring",
         "cameras for access_control", "a_b\nc_d", "Überwachung des Lagers", "a_b,  c_d",
         "a_b ;c_d", "100% sure_thing", "x_%y"]


def _sql_in_words(texts: list[str]) -> list[bool]:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, intended_use TEXT)")
    con.executemany("INSERT INTO orders (intended_use) VALUES (?)", [(t,) for t in texts])
    sql = item_sql(CompletenessItem.INTENDED_USE)
    rows = con.execute(f"SELECT {sql} FROM orders ORDER BY id").fetchall()
    con.close()
    return [bool(r[0]) for r in rows]


@pytest.mark.parametrize("text", TEXTS)
def test_intended_use_in_sql_as_in_the_domain(text: str) -> None:
    assert _sql_in_words([text]) == [in_words(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab_ ,;\n%", max_size=12).map(str.strip), min_size=1,
                max_size=20))
def test_any_stored_text(texts: list[str]) -> None:
    # Stored texts are trimmed (the order model strips them).
    assert _sql_in_words(texts) == [in_words(t) for t in texts]
