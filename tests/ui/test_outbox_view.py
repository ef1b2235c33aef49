"""The outbox page: when a message is due or was sent, in the user's format."""

from __future__ import annotations

import datetime as dt
import types

from reseller_app.services.dto import MessageState
from reseller_app.ui.labels import local_time
from reseller_app.ui.outbox_view import OutboxView


def test_outbox_times_are_all_in_the_users_format() -> None:
    queued = dt.datetime(2026, 11, 26, 4, 4, tzinfo=dt.UTC)
    sent = dt.datetime(2026, 11, 26, 3, 58, tzinfo=dt.UTC)
    view_text = OutboxView.when_text
    fake = types.SimpleNamespace
    q = view_text(fake(tr=lambda s: s), fake(state=MessageState.QUEUED, next_attempt_at=queued,
                                             sent_at=None))
    s = view_text(fake(tr=lambda s: s), fake(state=MessageState.SENT, next_attempt_at=sent,
                                             sent_at=sent))
    assert q == local_time(queued)
    assert s == f"sent {local_time(sent)}"
