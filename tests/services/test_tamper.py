"""Tampering with a copy of the demo database behind the app's back (plain sqlite3, triggers
dropped first, as a tamperer with the file would): ``verify-audit`` names every change.

Each case edits, deletes or forges one kind of record, a record stamp or an event, and the
check must name what was touched (the record as the user knows it), not only say "failed".
The chain's head (deleting the newest events, re-hashing the whole chain) is checked by the
signed head, with its own cases.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reseller_app.services.answers import AnswerService
from reseller_app.services.audit import AuditService
from reseller_app.services.context import open_context
from reseller_app.services.demo import load_demo_data
from reseller_app.services.dto import AnswerInput, AttachmentInput
from reseller_app.services.escalation import EscalationService
from reseller_app.services.people import NewPerson, PeopleService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock

TRIGGERS = ("audit_event_no_update", "audit_event_no_delete", "record_stamp_no_update",
            "record_stamp_no_delete", "policy_version_frozen", "policy_version_no_delete")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo database, plus what the demo has none of: an escalation packet with the
    distributor's answer, and people."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    ctx = open_app(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")
    try:
        load_demo_data(ctx)
        order_id = _one(path, "SELECT id FROM orders WHERE reference = 'DEMO-0017'")
        packet = EscalationService(ctx).build(
            order_id, recommendation="approve_with_conditions",
            recommendation_text="Plausible use; we propose limits.", conditions="No faces.",
            attachments=[AttachmentInput("end-user-statement.pdf", b"%PDF-1.4 statement")])
        AnswerService(ctx).record(packet.id, AnswerInput(
            "rejected", [], "TD-1", ctx.clock().date() - dt.timedelta(days=1), "Dana Ruiz"))
        people = PeopleService(ctx)
        people.first_setup(NewPerson("Ada Admin", "ada@example.com", "correct horse 1",
                                     "administrator"),
                           NewPerson("Sam Senior", "sam@example.com", "correct horse 2",
                                     "approver"))
        assert AuditService(ctx).verify().ok
    finally:
        ctx.engine.dispose()
    return path


def _one(path: Path, sql: str) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _edit(path: Path, *statements: str | Callable[[sqlite3.Connection], None]) -> None:
    con = sqlite3.connect(path)
    try:
        for name in TRIGGERS:
            con.execute(f"DROP TRIGGER IF EXISTS {name}")
        for statement in statements:
            if callable(statement):
                statement(con)
            else:
                con.execute(statement)
        con.commit()
    finally:
        con.close()


def _rewrite_pack(con: sqlite3.Connection) -> None:
    """Every "prohibited" made "standard", the SHA-256 recomputed to match: the pack looks
    whole by itself."""
    row_id, content = con.execute("SELECT id, content FROM pack WHERE active").fetchone()
    content = content.replace('"prohibited"', '"standard"')
    sha = hashlib.sha256(content.encode("utf-8")).hexdigest()
    con.execute("UPDATE pack SET content = ?, sha256 = ? WHERE id = ?", (content, sha, row_id))


def _swap_events(con: sqlite3.Connection) -> None:
    con.execute("UPDATE audit_event SET seq = -1 WHERE seq = 10")
    con.execute("UPDATE audit_event SET seq = 10 WHERE seq = 11")
    con.execute("UPDATE audit_event SET seq = 11 WHERE seq = -1")


def _forge_stamp(con: sqlite3.Connection) -> None:
    """A decision changed and a newer stamp forged for it under the newest event."""
    con.execute("UPDATE decision SET outcome = 'proceed' WHERE id = 5")
    seq = con.execute("SELECT max(seq) FROM audit_event").fetchone()[0]
    con.execute("INSERT INTO record_stamp (event_seq, kind, record_id, sha256) "
                "VALUES (?, 'decision', '5', ?)", (seq, "0" * 64))


ORDER_23 = "(SELECT id FROM orders WHERE reference = 'DEMO-0023')"
ORDER_28 = "(SELECT id FROM orders WHERE reference = 'DEMO-0028')"
ORDER_17 = "(SELECT id FROM orders WHERE reference = 'DEMO-0017')"

# (case, tampering, words the English reason must contain)
CASES: list[tuple[str, tuple, tuple[str, ...]]] = [
    ("decision outcome changed",
     ("UPDATE decision SET outcome = 'proceed' WHERE id = 5",),
     ("decision 5 of order DEMO-0023 differs from what was recorded on",)),
    ("decision rationale rewritten",
     ("UPDATE decision SET rationale = 'Fine.' WHERE id = 6",),
     ("decision 6 of order DEMO-0027 differs",)),
    ("order from blocked to cleared",
     (f"UPDATE orders SET status = 'cleared', blocked = 0, hold = 0 WHERE id = {ORDER_28}",),
     ("order DEMO-0028 differs from what was recorded on",)),
    ("order's destination changed",
     (f"UPDATE orders SET destination_country = 'DE' WHERE id = {ORDER_23}",),
     ("order DEMO-0023 differs",)),
    ("a consignee slipped into an order that had none",
     (f"UPDATE orders SET consignee_name = 'Front Trading FZE' WHERE id = {ORDER_23}",),
     ("order DEMO-0023 differs",)),
    ("screening's tier lowered",
     (f"UPDATE screening SET tier = 'low' WHERE id = (SELECT max(id) FROM screening "
      f"WHERE order_id = {ORDER_28})",),
     ("screening", "of order DEMO-0028 differs")),
    ("a line's quantity changed",
     (f"UPDATE order_line SET quantity = quantity + 10 WHERE order_id = {ORDER_23}",),
     ("order DEMO-0023 differs",)),
    ("a line deleted",
     (f"DELETE FROM order_line WHERE id = (SELECT min(id) FROM order_line "
      f"WHERE order_id = {ORDER_23})",),
     ("order DEMO-0023 differs",)),
    ("distributor's answer turned around",
     ("UPDATE distributor_answer SET outcome = 'approved'",),
     ("the distributor's answer 1 on order DEMO-0017 differs",)),
    ("stored packet's manifest replaced",
     ("UPDATE packet SET manifest = X'7B7D'",),
     ("packet", "differs from what was recorded on")),
    ("stored packet's signature removed",
     ("UPDATE packet SET manifest_signature = NULL",),
     ("packet", "differs")),
    ("packet's attachment replaced",
     ("UPDATE packet_attachment SET content = X'00'",),
     ("packet", "differs from what was recorded on")),
    ("stored criteria pack rewritten with its SHA-256",
     (_rewrite_pack,),
     ("criteria pack channel-diligence",)),
    ("adopted policy's text changed",
     ("UPDATE policy_version SET field_values = replace(field_values, 'a', 'e') "
      "WHERE number = 1",),
     ("policy version 1 differs",)),
    ("person made administrator",
     ("UPDATE person SET role = 'administrator' WHERE name = 'Sam Senior'",),
     ("person Sam Senior differs",)),
    ("person's passphrase hash replaced",
     ("UPDATE person SET passphrase_hash = (SELECT passphrase_hash FROM person "
      "WHERE name = 'Ada Admin') WHERE name = 'Sam Senior'",),
     ("person Sam Senior differs",)),
    ("decision deleted",
     ("DELETE FROM decision WHERE id = 5",),
     ("decision 5 of order DEMO-0023 was recorded on", "but is no longer in the database")),
    ("order deleted with everything about it",
     (f"DELETE FROM decision WHERE order_id = {ORDER_23}",
      f"DELETE FROM screening WHERE order_id = {ORDER_23}",
      f"DELETE FROM order_line WHERE order_id = {ORDER_23}",
      f"DELETE FROM checklist_answer WHERE order_id = {ORDER_23}",
      f"DELETE FROM orders WHERE id = {ORDER_23}"),
     ("order DEMO-0023 was recorded on", "but is no longer in the database")),
    ("answer deleted",
     ("DELETE FROM distributor_answer",),
     ("the distributor's answer 1 on order DEMO-0017 was recorded on", "no longer")),
    ("person deleted",
     ("DELETE FROM person WHERE name = 'Sam Senior'",),
     ("person", "was recorded on", "no longer in the database")),
    ("forged screening added",
     (f"INSERT INTO screening (order_id, created_at, tier, hold, blocked, result, "
      f"order_snapshot, pack_id, pack_version, pack_sha256) SELECT order_id, created_at, "
      f"'low', 0, 0, result, order_snapshot, pack_id, pack_version, pack_sha256 "
      f"FROM screening WHERE order_id = {ORDER_28}",),
     ("screening", "of order DEMO-0028 has no audit event")),
    ("forged decision added",
     ("INSERT INTO decision (order_id, screening_id, outcome, mitigations, conditions, "
      "rationale, decided_by, approved_by, sales_review, decided_at) SELECT order_id, "
      "screening_id, 'proceed', mitigations, conditions, 'ok', decided_by, approved_by, "
      "sales_review, decided_at FROM decision WHERE id = 6",),
     ("decision on order DEMO-0027 has no audit event",)),
    ("forged person added",
     ("INSERT INTO person (name, email, role, active, passphrase_hash, failed_tries, "
      "created_at, updated_at, version) SELECT 'Eve', 'eve@example.com', 'approver', 1, "
      "passphrase_hash, 0, created_at, updated_at, 1 FROM person WHERE name = 'Ada Admin'",),
     ("person Eve has no audit event",)),
    ("a record stamp edited",
     ("UPDATE record_stamp SET sha256 = '0000' WHERE id = 7",),
     ("the record hashes of event", "were changed")),
    ("a record stamp deleted",
     ("DELETE FROM record_stamp WHERE id = 7",),
     ("the record hashes of event", "were changed")),
    ("a record changed and a stamp forged for it",
     (_forge_stamp,),
     ("the record hashes of event", "were changed")),
    ("all record stamps deleted",
     ("DELETE FROM record_stamp",),
     ("the record hashes of event", "were changed")),
    ("an event's details edited",
     ("UPDATE audit_event SET details = replace(details, 'DEMO-0023', 'DEMO-9999') "
      "WHERE entity_id = " + ORDER_23 + " AND action = 'decision.recorded'",),
     ("its content does not match its hash",)),
    ("an event deleted in the middle",
     ("DELETE FROM audit_event WHERE seq = 20",),
     ("event 20 is missing",)),
    ("two events swapped",
     (_swap_events,),
     ("it does not link to the event before it",)),
]


@pytest.mark.parametrize(("tampering", "words"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_verify_audit_names_each_tampering(demo_file, tmp_path, tampering, words):
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_file, path)
    _edit(path, *tampering)
    ctx = open_context(f"sqlite:///{path}", clock=stepping_clock(), actor="tester")
    try:
        result = AuditService(ctx).verify()
    finally:
        ctx.engine.dispose()
    assert not result.ok
    for word in words:
        assert word in result.reason_en, (word, result.reason_en)
    assert result.reason  # and in the user's language


def test_there_are_enough_cases():
    assert len(CASES) >= 20
