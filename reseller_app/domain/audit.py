"""The audit log's hash chain (pure: events in, verdict out).

Each event's hash is ``sha256(prev_hash + canonical JSON of its fields)``, and each event names
the hash of the one before it. Editing an event breaks its own hash; deleting one leaves a gap
in the sequence numbers and breaks the next event's link. A forger who rewrites every later hash
as well is not caught here, which is why the chain's head can be exported (see the README).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reseller_app.domain.texts import t

GENESIS = "0" * 64  # the "previous hash" of the first event


@dataclass(frozen=True, slots=True)
class ChainEvent:
    seq: int
    at: str  # ISO 8601 UTC, exactly as stored
    actor: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any] | None  # None: the stored details are not a JSON object
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""  # why it is broken, in the user's language
    reason_en: str = ""  # the same in English, for records that outlive the session (exports)


def canonical(data: Any) -> str:
    """The one JSON text of ``data`` that is hashed: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, entity: str,
               entity_id: str, details: dict[str, Any]) -> str:
    payload = canonical({
        "seq": seq, "at": at, "actor": actor, "action": action, "entity": entity,
        "entity_id": entity_id, "details": details,
    })
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def verify_chain(events: Iterable[ChainEvent]) -> ChainVerdict:
    """Check events in ``seq`` order from the first; stops at the first broken one."""
    expected_seq = 1
    prev = GENESIS
    checked = 0
    for ev in events:
        if ev.seq != expected_seq:
            missing = expected_seq if ev.seq > expected_seq else ev.seq
            return ChainVerdict(
                False, checked, missing,
                t("event {missing} is missing (the next one is {found})", missing=expected_seq,
                  found=ev.seq),
                f"event {expected_seq} is missing (the next one is {ev.seq})")
        if ev.prev_hash != prev:
            return ChainVerdict(False, checked, ev.seq,
                                t("it does not link to the event before it"),
                                "it does not link to the event before it")
        if ev.details is None:
            return ChainVerdict(False, checked, ev.seq, t("its details are not readable"),
                                "its details are not readable")
        if event_hash(prev, ev.seq, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id,
                      ev.details) != ev.hash:
            return ChainVerdict(False, checked, ev.seq, t("its content does not match its hash"),
                                "its content does not match its hash")
        checked += 1
        prev = ev.hash
        expected_seq += 1
    return ChainVerdict(True, checked)
