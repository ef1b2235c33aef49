"""The due diligence report as a packet on a real PostgreSQL server: the same tests as on
SQLite (signed packet, outbox, the quarter's report due until it goes, the reminders naming
it, the evidence bundle)."""

from __future__ import annotations

# Every test of the module (their names change as the report grows): collected here, on
# PostgreSQL, with the module's fixtures.
from tests.services.test_chain_report_send import *  # noqa: F403
