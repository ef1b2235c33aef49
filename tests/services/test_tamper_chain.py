"""Tampering with the newest events or the whole chain of a copy of the demo database, by hand
with plain sqlite3 after the app signed the chain's head: each is named by ``verify-audit``
itself, and a head kept elsewhere (a packet the distributor holds) names it too
(``verify-audit --against``), also when the stored heads were deleted with the events.

The forger here knows the format: they recompute every later hash with ``event_hash`` after an
edit, drop the append-only triggers, and edit the signed heads' table. What they do not have is
the company's private key (in the keyring only)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from reseller_app.domain.audit import GENESIS, canonical, event_hash
from reseller_app.domain.chain_head import CHAIN_HEAD_NAME, HeadOutcome, parse_head
from reseller_app.domain.vocabulary import AuditAction, HeadOccasion
from reseller_app.services.audit import AuditService
from reseller_app.services.chain_head import ChainHeadService
from reseller_app.services.demo import load_demo_data
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.startup import open_app

from ..conftest import MemoryKeyring, stepping_clock

TRIGGERS = ("audit_event_no_update", "audit_event_no_delete", "chain_head_no_update",
            "chain_head_no_delete")


class Signed:
    """The template database: the demo, a head signed at closing, a packet built (its head
    inside), and the head signed again at closing."""

    def __init__(self, path: Path, passwords: dict, packet_id: str, packet_head_seq: int,
                 last_seq: int) -> None:
        self.path, self.passwords = path, passwords
        self.packet_id, self.packet_head_seq, self.last_seq = packet_id, packet_head_seq, last_seq


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    backend = MemoryKeyring()  # the module's own: the per-test keyring is not there yet
    keyring.set_keyring(backend)
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ctx = open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")
    try:
        load_demo_data(ctx)
        heads = ChainHeadService(ctx)
        assert heads.sign_if_grown(HeadOccasion.CLOSING) is not None
        held = query(path, "SELECT id FROM orders WHERE status = 'held' ORDER BY id")[0][0]
        view = EscalationService(ctx).build(
            held, recommendation="approve_with_conditions",
            recommendation_text="Traffic use is plausible; we propose limits.",
            mitigations=["feature_limitation"], conditions="No face matching.")
        packet_head = parse_head(EscalationService(ctx).file(view.id, CHAIN_HEAD_NAME))
        assert heads.sign_if_grown(HeadOccasion.CLOSING) is not None
    finally:
        ctx.engine.dispose()
    last = query(path, "SELECT max(seq) FROM audit_event")[0][0]
    assert packet_head.seq == last - 1  # the head before the packet's own event
    return Signed(path, dict(backend.passwords), view.id, packet_head.seq, last)


@pytest.fixture
def db(signed: Signed, tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Path]:
    """A copy of the template, with the company's key in this test's keyring."""
    memory_keyring.passwords.update(signed.passwords)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(signed.path, copy)
    yield copy


def query(path: Path, sql: str, *args: object) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def tamper(path: Path, *statements: str | tuple) -> None:
    """The tamperer: drop the append-only triggers, then edit."""
    con = sqlite3.connect(path)
    try:
        for name in TRIGGERS:
            con.execute(f"DROP TRIGGER IF EXISTS {name}")
        for sql in statements:
            if isinstance(sql, tuple):
                con.execute(sql[0], sql[1:])
            else:
                con.execute(sql)
        con.commit()
    finally:
        con.close()


def rehash_from(path: Path, first: int) -> None:
    """The forger recomputes every hash from event ``first`` on, so the chain holds again."""
    con = sqlite3.connect(path)
    try:
        for name in TRIGGERS:
            con.execute(f"DROP TRIGGER IF EXISTS {name}")
        prev = GENESIS if first == 1 else con.execute(
            "SELECT hash FROM audit_event WHERE seq = ?", (first - 1,)).fetchone()[0]
        rows = con.execute("SELECT seq, at, actor, action, entity, entity_id, details FROM "
                           "audit_event WHERE seq >= ? ORDER BY seq", (first,)).fetchall()
        for seq, at, actor, action, entity, entity_id, details in rows:
            digest = event_hash(prev, seq, at, actor, action, entity, entity_id,
                                json.loads(details))
            con.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?",
                        (prev, digest, seq))
            prev = digest
        con.commit()
    finally:
        con.close()


def verify(path: Path):
    ctx = open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")
    try:
        return AuditService(ctx).verify()
    finally:
        ctx.engine.dispose()


def against(path: Path, head_file: Path):
    ctx = open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")
    try:
        return AuditService(ctx).against(head_file)
    finally:
        ctx.engine.dispose()


def newest_head_when(path: Path) -> str:
    signed_at = query(path, "SELECT signed_at FROM chain_head ORDER BY id DESC LIMIT 1")[0][0]
    return f"{signed_at[:10]} {signed_at[11:16]} UTC"


def save_packet(signed: Signed, db: Path, target: Path, how: str) -> Path:
    """The packet as the distributor holds it: saved before any tampering, from a copy."""
    source = target.parent / "before.sqlite3"
    shutil.copy(db, source)
    ctx = open_app(f"sqlite:///{source}", clock=stepping_clock(), actor="tester")
    try:
        service = EscalationService(ctx)
        if how == "zip":
            target.write_bytes(service.zip_bytes(signed.packet_id))
            return target
        if how == "eml":
            target.write_bytes(service.eml(signed.packet_id))
            return target
        target.mkdir()
        return service.save_folder(signed.packet_id, target)
    finally:
        ctx.engine.dispose()


# -- verify-audit on its own -----------------------------------------------------------------------
def test_the_untouched_copy_is_intact_and_says_which_key_checked_its_head(db, signed):
    result = verify(db)
    assert result.ok, result.reason
    assert f"(event {signed.last_seq}) holds" in result.head
    assert "whose private half is in this computer's keyring" in result.head
    assert query(db, "SELECT occasion FROM chain_head ORDER BY id") == [
        ("closing",), ("closing",)]  # the packet's head was the first one again: kept once


def test_the_last_event_deleted_is_named(db, signed):
    when = newest_head_when(db)
    tamper(db, f"DELETE FROM audit_event WHERE seq = {signed.last_seq}")
    result = verify(db)
    assert not result.ok
    assert result.reason_en == (f"events after {signed.last_seq - 1} were deleted: the head "
                                f"signed on {when} names event {signed.last_seq}")


def test_the_last_five_events_deleted_are_named(db, signed):
    tamper(db, f"DELETE FROM audit_event WHERE seq > {signed.last_seq - 5}")
    result = verify(db)
    assert not result.ok
    assert result.reason_en.startswith(f"events after {signed.last_seq - 5} were deleted")
    assert f"names event {signed.last_seq}" in result.reason_en


def test_a_chain_rehashed_from_an_edited_middle_event_is_named(db, signed):
    middle = signed.last_seq // 2
    details = json.loads(query(db, "SELECT details FROM audit_event WHERE seq = ?",
                               middle)[0][0])
    details["forged"] = True
    tamper(db, ("UPDATE audit_event SET actor = 'mallory', details = ? WHERE seq = ?",
                canonical(details), middle))
    rehash_from(db, middle)
    result = verify(db)
    assert not result.ok
    assert result.reason_en.startswith(
        f"the chain was rewritten: event {signed.last_seq} no longer has the hash signed on")


def test_events_reordered_and_rehashed_are_named(db, signed):
    a, b = signed.last_seq - 10, signed.last_seq - 9
    columns = "at, actor, action, entity, entity_id, details"
    row_a = query(db, f"SELECT {columns} FROM audit_event WHERE seq = ?", a)[0]
    row_b = query(db, f"SELECT {columns} FROM audit_event WHERE seq = ?", b)[0]
    update = ("UPDATE audit_event SET at = ?, actor = ?, action = ?, entity = ?, "
              "entity_id = ?, details = ? WHERE seq = ?")
    tamper(db, (update, *row_b, a), (update, *row_a, b))
    rehash_from(db, a)
    result = verify(db)
    assert not result.ok
    assert "the chain was rewritten" in result.reason_en


def test_a_rewritten_chain_with_its_heads_edited_to_match_is_named(db, signed):
    """The forger also writes the new hashes into the heads: the signatures no longer hold."""
    tamper(db, f"UPDATE audit_event SET actor = 'mallory' WHERE seq = {signed.last_seq - 3}")
    rehash_from(db, signed.last_seq - 3)
    tamper(db, "UPDATE chain_head SET event_hash = (SELECT hash FROM audit_event "
               "WHERE audit_event.seq = chain_head.seq)")
    result = verify(db)
    assert not result.ok
    assert f"(event {signed.last_seq}) does not hold" in result.reason_en
    assert "edited or forged" in result.reason_en


def test_the_signed_head_row_edited_is_named(db, signed):
    """Pointing the newest head at an older event (to cover deleting the newest ones)."""
    tamper(db, f"DELETE FROM audit_event WHERE seq > {signed.last_seq - 3}",
           f"UPDATE chain_head SET seq = {signed.last_seq - 3}, event_hash = (SELECT hash FROM "
           f"audit_event WHERE seq = {signed.last_seq - 3}) WHERE id = (SELECT max(id) FROM "
           "chain_head)")
    result = verify(db)
    assert not result.ok
    assert f"(event {signed.last_seq - 3}) does not hold: its signature" in result.reason_en


@pytest.mark.parametrize("signature", [os.urandom(64), b"\x00" * 64, b"short", b""],
                         ids=["forged", "zeros", "truncated", "empty"])
def test_a_forged_or_truncated_head_signature_is_named(db, signed, signature):
    tamper(db, ("UPDATE chain_head SET signature = ? WHERE id = (SELECT max(id) FROM "
                "chain_head)", signature))
    result = verify(db)
    assert not result.ok
    assert "does not hold: its signature is not the company key's signature" in result.reason_en


def test_the_heads_deleted_are_named(db, signed):
    tamper(db, f"DELETE FROM audit_event WHERE seq = {signed.last_seq}", "DELETE FROM chain_head")
    started = query(db, "SELECT seq FROM audit_event WHERE action = ?",
                    AuditAction.CHAIN_HEADS_STARTED.value)[0][0]
    result = verify(db)
    assert not result.ok
    assert result.reason_en.startswith(
        f"the signed heads were deleted: event {started} says the chain's head has been signed "
        "since")


def test_the_heads_table_dropped_is_named(db, signed):
    tamper(db, "DROP TABLE chain_head")
    result = verify(db)
    assert not result.ok
    assert result.reason_en == "the table of the signed heads was removed from the database"


def test_the_heads_deleted_then_signed_again_are_named(db, signed):
    """Closing the app after the heads were deleted signs a new one: that hides nothing."""
    tamper(db, "DELETE FROM chain_head")
    ctx = open_app(f"sqlite:///{db}", clock=stepping_clock(), actor="tester")
    try:
        assert ChainHeadService(ctx).sign_if_grown(HeadOccasion.CLOSING) is not None
        result = AuditService(ctx).verify()
    finally:
        ctx.engine.dispose()
    assert not result.ok
    assert "the oldest signed head stored names event" in result.reason_en
    assert len(query(db, "SELECT seq FROM audit_event WHERE action = ?",
                     AuditAction.CHAIN_HEADS_STARTED.value)) == 1  # not written again


def test_the_heads_deleted_with_every_event_since_they_began_leave_records_behind(db, signed):
    """Heads, the event saying they began and every later event gone: the database alone can
    no longer show the head, but the packet built since has no event any more."""
    tamper(db, f"DELETE FROM audit_event WHERE seq >= {signed.packet_head_seq}",
           "DELETE FROM chain_head")
    result = verify(db)
    assert not result.ok
    assert "a packet about order" in result.reason_en and "events were deleted" in \
        result.reason_en


def test_an_older_head_still_names_a_rewrite_when_the_newest_is_gone(db, signed):
    tamper(db, "DELETE FROM chain_head WHERE id = (SELECT max(id) FROM chain_head)",
           "UPDATE audit_event SET actor = 'mallory' WHERE seq = 5")
    rehash_from(db, 5)
    result = verify(db)
    assert not result.ok
    assert "the chain was rewritten: event" in result.reason_en


def test_without_a_key_nothing_is_signed_and_verify_says_so(ctx):
    """No keyring: nothing signed, nothing fails, and the check does not pretend."""
    keyring.set_keyring(fail.Keyring())
    load_demo_data(ctx)  # the key cannot be made where there is no keyring: none is stored
    assert ChainHeadService(ctx).sign_if_grown(HeadOccasion.CLOSING) is None
    result = AuditService(ctx).verify()
    assert result.ok
    assert result.head.startswith("The chain's head is not signed yet")


# -- against a head the distributor holds ----------------------------------------------------------
@pytest.mark.parametrize("how", ["zip", "eml", "folder"])
def test_a_packet_the_distributor_holds_names_a_truncation_the_database_hides(db, signed,
                                                                             tmp_path, how):
    """The chain cut back before the packet's head, and every signed head deleted with the
    marker event: ``verify-audit`` alone cannot tell; the packet's head can."""
    packet = save_packet(signed, db, tmp_path / f"packet.{how}", how)
    assert against(db, packet).ok
    cut = signed.packet_head_seq - 3
    tamper(db, f"DELETE FROM audit_event WHERE seq > {cut}", "DELETE FROM chain_head",
           f"DELETE FROM audit_event WHERE action = '{AuditAction.CHAIN_HEADS_STARTED.value}'",
           "DELETE FROM packet_attachment", "DELETE FROM packet")
    rehash_from(db, 1)  # the marker's gap closed: renumbered and re-hashed from the start
    verdict = against(db, packet)
    assert verdict.outcome in (HeadOutcome.TRUNCATED, HeadOutcome.REWRITTEN)
    assert f"event {signed.packet_head_seq}" in verdict.message_en


def test_an_evidence_bundle_names_the_newest_events_deleted(db, signed, tmp_path):
    """The bundle's own head (the newest it holds; its packets hold older ones) is checked."""
    ctx = open_app(f"sqlite:///{db}", clock=stepping_clock(), actor="tester")
    try:
        report = EvidenceService(ctx).bundle(dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                                             tmp_path)
    finally:
        ctx.engine.dispose()
    with zipfile.ZipFile(report.path) as zf:
        bundled = parse_head(zf.read(CHAIN_HEAD_NAME))
        inner = [n for n in zf.namelist() if n.endswith("/" + CHAIN_HEAD_NAME)]
    assert bundled.seq > signed.packet_head_seq and inner  # the packet's head is inside too
    assert against(db, report.path).ok
    tamper(db, f"DELETE FROM audit_event WHERE seq >= {bundled.seq}", "DELETE FROM chain_head")
    verdict = against(db, report.path)
    assert verdict.outcome == HeadOutcome.TRUNCATED
    assert verdict.message_en.startswith(f"events after {bundled.seq - 1} were deleted")


def test_a_packet_against_a_rewritten_chain_is_named(db, signed, tmp_path):
    packet = save_packet(signed, db, tmp_path / "packet.zip", "zip")
    tamper(db, "UPDATE audit_event SET actor = 'mallory' WHERE seq = 3")
    rehash_from(db, 3)
    verdict = against(db, packet)
    assert verdict.outcome == HeadOutcome.REWRITTEN
    assert verdict.message_en.startswith(
        f"the chain was rewritten: event {signed.packet_head_seq} no longer has the hash")


def test_a_head_file_that_is_not_ours_is_refused_in_words(db, signed, tmp_path):
    packet = save_packet(signed, db, tmp_path / "packet.zip", "zip")
    ctx = open_app(f"sqlite:///{db}", clock=stepping_clock(), actor="tester")
    try:
        head = EscalationService(ctx).file(signed.packet_id, CHAIN_HEAD_NAME)
    finally:
        ctx.engine.dispose()
    data = json.loads(head)
    data["seq"] += 1
    forged = tmp_path / "chain-head.json"
    forged.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"chain-head\.json: refused: the signed head"):
        against(db, forged)
    with zipfile.ZipFile(packet) as zf:  # the packet without its head: built before heads
        files = {n: zf.read(n) for n in zf.namelist() if n != CHAIN_HEAD_NAME}
    older = tmp_path / "older.zip"
    with zipfile.ZipFile(older, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(ValidationError, match=r"older\.zip holds no chain-head\.json"):
        against(db, older)
    with pytest.raises(ValidationError, match="There is no file or folder"):
        against(db, tmp_path / "nothing.zip")
