"""The due diligence report's queries on a real PostgreSQL server: the same tests as on
SQLite (the completeness mask's SQL, the correlated first decision, dates and timestamps)."""

from __future__ import annotations

from tests.services.test_chain_report import (  # noqa: F401  (collected here, on PostgreSQL)
    quarter,
    test_an_empty_period_and_a_month,
    test_names_only_when_ticked_in,
    test_the_json_follows_the_schema_and_building_writes_nothing,
    test_the_quarter_is_counted_by_tier_month_region_and_outcome,
)
