"""Every stored record against the hash its audit event recorded (``store.record_hash``).

``check`` re-reads every order (with its lines), screening, decision, distributor's answer,
packet, criteria pack, policy version, person and import batch, and compares each with its
newest stamp; first it checks the stamps themselves against the digest their event's hashed
details carry. The first difference is named in words: "decision 12 of order SO-2001 differs
from what was recorded on 2026-12-01 (event 345)". One streamed query per table, no query per
record: 100,000 orders take a few times a bare SELECT of them.

``seal`` stamps the records of a database from before the stamps (migration 0012) with one
"records sealed" event, the first time it is opened; afterwards every event stamps its own.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.store import audit_log, record_hash
from reseller_app.store.record_hash import KINDS, Kind
from reseller_app.store.tables import DbAuditEvent, DbSetting

SEAL_PENDING = "records.seal_pending"  # left by migration 0012


# -- sealing a database from before the stamps --------------------------------------------------
def seal(ctx: AppContext) -> int:
    """Stamp every record that has no stamp, with one event; returns how many. Cheap when there
    is nothing to do: one look-up of the setting migration 0012 leaves behind."""
    with ctx.session() as s:
        if s.get(DbSetting, SEAL_PENDING) is None:
            return 0
    if ctx.read_only():  # sealed by the first open that can write
        return 0
    with ctx.write_session() as s:
        pending = s.get(DbSetting, SEAL_PENDING)
        if pending is None:  # another desk sealed it meanwhile
            return 0
        conn = s.connection()
        stamped = {(kind, record_id) for kind, record_id in conn.execute(
            text("SELECT kind, record_id FROM record_stamp"))}
        missing: list[tuple[str, str]] = []
        for kind in KINDS:
            key = kind.columns[0]
            missing += [(kind.name, str(rid)) for (rid,) in conn.execute(
                text(f"SELECT {key} FROM {kind.table} ORDER BY {key}"))
                if (kind.name, str(rid)) not in stamped]
        s.delete(pending)
        if missing:
            counts: dict[str, int] = {}
            for kind_name, _ in missing:
                counts[kind_name] = counts.get(kind_name, 0) + 1
            audit_log.append(s, actor=ctx.actor, action=AuditAction.RECORDS_SEALED,
                             entity="database", entity_id="records",
                             details={"sealed": len(missing), "kinds": counts},
                             at=ctx.clock(), records=missing)
        s.commit()
    return len(missing)


# -- checking -------------------------------------------------------------------------------------
def _event(conn: Connection, seq: int) -> Any:
    table = DbAuditEvent.__table__
    return conn.execute(select(table.c.at, table.c.entity, table.c.entity_id, table.c.details)
                        .where(table.c.seq == seq)).first()


def _order_reference(conn: Connection, order_id: Any) -> str:
    found = conn.execute(text("SELECT reference FROM orders WHERE id = :i"),
                         {"i": order_id}).scalar()
    return str(found) if found is not None else str(order_id)


def _plain(text_: str, /, **params: Any) -> str:
    """``t`` without the translator: the English of a reason, kept for exports."""
    return text_.format(**params) if params else text_


def _name(conn: Connection, kind: Kind, record_id: str, event: Any = None, t: Any = t) -> str:
    """The record as the user knows it ("decision 12 of order SO-2001"), in the user's
    language (or in English with ``t=_plain``)."""
    key = int(record_id) if kind is not record_hash.PACKET else record_id
    if kind in (record_hash.SCREENING, record_hash.DECISION, record_hash.ANSWER):
        order_id = conn.execute(text(f"SELECT order_id FROM {kind.table} WHERE id = :i"),
                                {"i": key}).scalar()
        if order_id is None and event is not None and event.entity == "order":
            order_id = event.entity_id
        order = _order_reference(conn, order_id) if order_id is not None else "?"
        if kind is record_hash.SCREENING:
            return t("screening {id} of order {name}", id=record_id, name=order)
        if kind is record_hash.DECISION:
            return t("decision {id} of order {name}", id=record_id, name=order)
        return t("the distributor's answer {id} on order {name}", id=record_id, name=order)
    if kind is record_hash.ORDER:
        reference = conn.execute(text("SELECT reference FROM orders WHERE id = :i"),
                                 {"i": key}).scalar()
        if reference is None and event is not None:
            reference = audit_log.read_details(event.details).get("reference")
        return t("order {name}", name=reference or record_id)
    if kind is record_hash.PACKET:
        return t("packet {name}", name=record_id[:8])
    if kind is record_hash.PACK:
        row = conn.execute(text("SELECT pack_id, version FROM pack WHERE id = :i"),
                           {"i": key}).first()
        return t("criteria pack {name}", name=f"{row[0]} {row[1]}" if row else record_id)
    if kind is record_hash.POLICY:
        number = conn.execute(text("SELECT number FROM policy_version WHERE id = :i"),
                              {"i": key}).scalar()
        return t("policy version {number}", number=number if number is not None else record_id)
    if kind is record_hash.PERSON:
        name = conn.execute(text("SELECT name FROM person WHERE id = :i"), {"i": key}).scalar()
        if name is None and event is not None and event.entity == "person":
            name = audit_log.read_details(event.details).get("name")
        return t("person {name}", name=name or record_id)
    if kind is record_hash.SANCTIONS_LIST:
        row = conn.execute(text("SELECT source, published FROM sanction_list WHERE id = :i"),
                           {"i": key}).first()
        return t("sanctions list version {id} ({name})", id=record_id,
                 name=f"{row[0].upper()} {row[1]}".strip() if row else "?")
    if kind is record_hash.PARTY_REVIEW:
        return t("review {id} of a possible sanctions match", id=record_id)
    if kind is record_hash.PARTY_CHECK:
        return t("sanctions check {id} of a party", id=record_id)
    return t("import batch {id}", id=record_id)


def _stamps(conn: Connection) -> tuple[dict[tuple[str, str], tuple[int, str]],
                                       dict[int, tuple[int, str]]]:
    """The newest stamp of each record, and each event's (count, digest) of its stamps."""
    newest: dict[tuple[str, str], tuple[int, str]] = {}
    digests: dict[int, Any] = {}
    counts: dict[int, int] = {}
    for seq, kind, record_id, sha in record_hash.fetch(
            conn, "SELECT event_seq, kind, record_id, sha256 FROM record_stamp ORDER BY id"):
        newest[(kind, record_id)] = (seq, sha)
        h = digests.get(seq)
        if h is None:
            h = digests[seq] = hashlib.sha256()
            counts[seq] = 0
        # record_hash.stamp_line, written out: this runs once per stamp
        h.update(f"{kind}\t{record_id}\t{sha}\n".encode("utf-8", "surrogatepass"))
        counts[seq] += 1
    return newest, {seq: (counts[seq], h.hexdigest()) for seq, h in digests.items()}


def check(s: Session, claims: dict[int, Any]) -> tuple[int | None, str, str] | None:
    """(event seq or None, reason, reason in English) for the first record that differs from
    its stamp, or None. ``claims``: each event's ``records`` details (seq -> {count, sha256}),
    gathered while the chain was checked."""
    conn = s.connection()
    if s.get(DbSetting, SEAL_PENDING) is not None:  # opened only where it could not be saved
        return (None, t("the records of this database were never sealed with their hashes: "
                        "open it once where it can be saved"),
                "the records of this database were never sealed with their hashes: open it "
                "once where it can be saved")
    newest, per_event = _stamps(conn)
    for seq in sorted(set(claims) | set(per_event)):
        claim = claims.get(seq)
        got = per_event.get(seq, (0, record_hash.stamps_digest(())))
        if not isinstance(claim, dict) or [claim.get("count"), claim.get("sha256")] != list(got):
            return (seq, t("the record hashes of event {seq} were changed", seq=seq),
                    _plain("the record hashes of event {seq} were changed", seq=seq))
    for kind in KINDS:
        for record_id, sha in record_hash.iter_hashes(conn, kind):
            stamp = newest.pop((kind.name, record_id), None)
            if stamp is None:
                return None, *(_unstamped(conn, kind, record_id, tr) for tr in (t, _plain))
            if stamp[1] != sha:
                return None, *_changed(conn, kind, record_id, stamp[0], gone=False)
    gone = [(KINDS.index(record_hash.BY_NAME[kind_name]), seq, kind_name, record_id)
            for (kind_name, record_id), (seq, sha) in newest.items()
            if kind_name in record_hash.BY_NAME and sha != record_hash.DELETED]
    if gone:  # an order before its screenings: the user knows it by its reference
        _, seq, kind_name, record_id = min(gone)
        return None, *_changed(conn, record_hash.BY_NAME[kind_name], record_id, seq, gone=True)
    return None


def _unstamped(conn: Connection, kind: Kind, record_id: str, t: Any) -> str:
    record = _name(conn, kind, record_id, t=t)
    return t("{what}: events were deleted",
             what=t("{record} has no audit event", record=record))


def _changed(conn: Connection, kind: Kind, record_id: str, seq: int,
             gone: bool) -> tuple[str, str]:
    """(reason, in English) for a record that differs from its stamp, or is gone."""
    event = _event(conn, seq)
    date = str(event.at)[:10] if event is not None else "?"
    return (_changed_words(_name(conn, kind, record_id, event), date, seq, gone, t),
            _changed_words(_name(conn, kind, record_id, event, t=_plain), date, seq, gone,
                           _plain))


def _changed_words(record: str, date: str, seq: int, gone: bool, t: Any) -> str:
    if gone:
        return t("{record} was recorded on {date} (event {seq}) but is no longer in the "
                 "database", record=record, date=date, seq=seq)
    return t("{record} differs from what was recorded on {date} (event {seq})",
             record=record, date=date, seq=seq)


def claims_of(details: dict[str, Any] | None) -> Any:
    """An event's ``records`` details (its stamps' count and digest), if it has any."""
    return (details or {}).get(audit_log.RECORDS_KEY)
