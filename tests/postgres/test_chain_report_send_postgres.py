"""The due diligence report as a packet on a real PostgreSQL server: the same tests as on
SQLite (signed packet, outbox, the quarter's report due until it goes, the reminders naming
it, the evidence bundle)."""

from __future__ import annotations

from tests.services.test_chain_report_send import (  # noqa: F401  (collected here, on PostgreSQL)
    q3_orders,
    test_a_distributor_s_desk_says_a_report_asks_for_no_decision,
    test_a_quarter_without_orders_has_no_report_due,
    test_a_queued_report_reaches_the_distributor_with_its_files,
    test_a_report_is_a_signed_packet_about_no_order,
    test_a_report_saved_from_the_command_line_counts_as_gone,
    test_bad_requests_are_refused_in_words,
    test_the_evidence_bundle_holds_the_report_packet,
    test_the_last_quarter_s_report_is_due_until_it_goes,
    test_the_reminders_name_the_report_that_is_due,
    test_without_a_key_the_report_is_built_unsigned,
)
