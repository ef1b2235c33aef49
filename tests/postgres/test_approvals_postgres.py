"""Approval from the approver's own desk on a real PostgreSQL server: two desks (two app
contexts on one database), the same cases as on SQLite (tests/services/test_approvals.py)."""

from __future__ import annotations

# The SQLite cases, run again here: the db_url fixture of this folder makes them PostgreSQL.
from tests.services.test_approvals import (  # noqa: F401
    desks,
    team,
    test_an_order_decided_on_after_the_request_cannot_be_approved,
    test_an_order_edited_after_the_request_cannot_be_approved,
    test_one_request_is_approved_once,
    test_staff_asks_and_the_approver_approves_at_their_own_desk,
    test_the_approver_sends_it_back_with_a_reason_the_requester_reads,
)
