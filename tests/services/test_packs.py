"""Criteria packs: a pack is compiled once per process, whatever the database."""

from __future__ import annotations

from reseller_app.domain.orders import parse_order
from reseller_app.services.packs import PackService
from reseller_app.services.startup import open_app


def test_contexts_share_the_compiled_pack_but_not_the_screened_texts(ctx, tmp_path):
    first = PackService(ctx).screener()
    assert PackService(ctx).screener() is first  # one per context
    order = parse_order({"intended_use": "to track journalists", "lines": [{"sku": "S"}]})
    result = first.screen(order)
    other = open_app(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        second = PackService(other).screener()
        assert second is not first and second.ref == first.ref
        assert second._rule_table is first._rule_table  # compiled once
        assert second._red_flag_cache == {}  # each context screens its own texts
        assert second.screen(order) == result
    finally:
        other.engine.dispose()
