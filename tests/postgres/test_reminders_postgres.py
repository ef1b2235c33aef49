"""The reminders and the daily digest on a real PostgreSQL server: the same tests as on SQLite
(held orders, follow-ups, failed outbox, answers, policy, packs and lists; the digest queued
once a day), so that their date arithmetic, booleans and GROUP BY hold on both databases."""

from __future__ import annotations

from tests.services.test_digest import (  # noqa: F401  (collected here, on PostgreSQL)
    quiet,
    server,
    test_nothing_is_queued_when_nothing_is_due,
    test_off_by_default_with_the_approvers_addresses_ready,
    test_the_digest_is_queued_once_a_day,
    test_the_digest_reaches_each_recipient_with_the_order_references,
    test_what_stops_a_digest_is_said_in_words,
)
from tests.services.test_reminders import (  # noqa: F401  (collected here, on PostgreSQL)
    test_a_failed_e_mail_reminds_until_it_is_dealt_with,
    test_an_answer_received_reminds_for_the_recent_days,
    test_an_old_criteria_pack_reminds,
    test_follow_ups_due_today_and_overdue,
    test_lists_none_then_old,
    test_no_policy_is_due_but_not_overdue,
    test_orders_held_longer_than_the_set_days,
    test_overdue_come_first,
    test_settings_are_checked_and_audited,
    test_the_policy_review_is_due_then_overdue,
)
