"""The digest's text from the reminders, as a table of cases: nothing when nothing is due,
overdue before waiting, every order reference named once."""

from __future__ import annotations

import datetime as dt

import pytest

from reseller_app.domain.digest import compose
from reseller_app.domain.reminders import Reminder, ReminderTarget
from reseller_app.domain.vocabulary import ReminderKind, ReminderScreen

DAY = dt.date(2026, 12, 7)


def reminder(kind: ReminderKind, overdue: bool, text: str, *refs: str) -> Reminder:
    return Reminder(kind, overdue, text, max(len(refs), 1), refs,
                    ReminderTarget(ReminderScreen.FOLLOW_UPS), f"{kind.value}:x")


LATE = reminder(ReminderKind.FOLLOW_UPS_OVERDUE, True, "A follow-up is overdue: order SO-1.",
                "SO-1")
HELD = reminder(ReminderKind.ORDERS_HELD, True,
                "Order SO-2 has been held for more than 7 days without a decision.", "SO-2")
FAILED = reminder(ReminderKind.OUTBOX_FAILED, False,
                  "An e-mail could not be sent: open the outbox to retry or export it.", "SO-1")
POLICY = reminder(ReminderKind.POLICY_REVIEW_DUE, False,
                  "No human rights policy is adopted yet.")


@pytest.mark.parametrize(("reminders", "subject", "lines", "refs"), [
    ([LATE, HELD], "Channel Diligence daily digest of 2026-12-07: 2 overdue, 0 waiting",
     ["Overdue (2):", "- A follow-up is overdue: order SO-1.",
      "- Order SO-2 has been held for more than 7 days without a decision.",
      "Orders named: SO-1, SO-2"], ("SO-1", "SO-2")),
    ([POLICY], "Channel Diligence daily digest of 2026-12-07: 0 overdue, 1 waiting",
     ["Waiting (1):", "- No human rights policy is adopted yet."], ()),
    # A sentence that does not name its order gets the reference on the next line.
    ([LATE, FAILED], "Channel Diligence daily digest of 2026-12-07: 1 overdue, 1 waiting",
     ["Overdue (1):", "Waiting (1):", "  Orders: SO-1", "Orders named: SO-1"], ("SO-1",)),
])
def test_the_digest_text(reminders, subject, lines, refs):
    digest = compose(reminders, DAY, "Nordlicht  IT GmbH")
    assert digest is not None
    assert digest.subject == subject and digest.order_refs == refs
    body = digest.body.splitlines()
    assert body[0] == "What is waiting in Channel Diligence on 2026-12-07 (Nordlicht IT GmbH)"
    assert all(line in body for line in lines), body
    headings = [line for line in body if line.startswith(("Overdue (", "Waiting ("))]
    assert headings == sorted(headings)  # overdue first


def test_nothing_due_is_no_digest():
    assert compose([], DAY, "Nordlicht IT GmbH") is None
