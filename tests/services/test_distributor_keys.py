"""Pinned keys (services/distributor_keys.py): pinned from a key file with its fingerprint to
compare, replaced only on purpose, listed; every change audited; the per-distributor choice to
accept unsigned decision files is off by default and audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from reseller_app.domain import signing
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.distributor_keys import (
    ROLE_DISTRIBUTOR,
    ROLE_RESELLER,
    PinnedKeyService,
)
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.store.tables import DbAuditEvent


def key_file(tmp_path, owner: str, name: str = "key.json"):
    pair = signing.generate()
    path = tmp_path / name
    path.write_bytes(signing.dump_public_key(owner, pair.public))
    return path, signing.fingerprint(pair.public)


def events(ctx) -> list[tuple[str, dict]]:
    with ctx.session() as s:
        rows = s.execute(select(DbAuditEvent).order_by(DbAuditEvent.seq)).scalars().all()
        return [(r.action, json.loads(r.details)) for r in rows]


def test_a_distributors_key_is_pinned_with_its_fingerprint_and_listed(configured, tmp_path):
    path, fingerprint = key_file(tmp_path, "TechDistri Europe")
    keys = PinnedKeyService(configured)
    assert keys.preview(path).fingerprint == fingerprint
    pinned = keys.pin(ROLE_DISTRIBUTOR, "techdistri  europe", path,
                      fingerprint=fingerprint.lower().replace(" ", ""))
    assert pinned.name == "TechDistri Europe" and pinned.fingerprint == fingerprint
    assert pinned.pinned_by == "tester" and not pinned.accept_unsigned
    assert [k.name for k in keys.keys(ROLE_DISTRIBUTOR)] == ["TechDistri Europe"]
    assert keys.pin(ROLE_DISTRIBUTOR, "1", path) == pinned  # by its number; pinned already
    action, details = events(configured)[-1]
    assert action == AuditAction.KEY_PINNED and details["fingerprint"] == fingerprint
    assert [a for a, _ in events(configured)].count(AuditAction.KEY_PINNED) == 1


def test_a_wrong_fingerprint_or_an_unknown_distributor_pins_nothing(configured, tmp_path):
    path, _ = key_file(tmp_path, "TechDistri Europe")
    keys = PinnedKeyService(configured)
    with pytest.raises(ValidationError, match="not the key its owner read out"):
        keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", path, fingerprint="0000 1111")
    with pytest.raises(ValidationError, match="no distributor Nobody GmbH"):
        keys.pin(ROLE_DISTRIBUTOR, "Nobody GmbH", path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    with pytest.raises(ValidationError, match=r"bad\.json"):
        keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", bad)
    assert keys.keys() == []


def test_replacing_a_pinned_key_is_explicit_and_audited(configured, tmp_path):
    first, old = key_file(tmp_path, "TechDistri Europe", "a.json")
    second, new = key_file(tmp_path, "TechDistri Europe", "b.json")
    keys = PinnedKeyService(configured)
    keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", first)
    with pytest.raises(ValidationError, match="already has a pinned key"):
        keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", second)
    assert keys.get(ROLE_DISTRIBUTOR, "TechDistri Europe").fingerprint == old
    assert keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", second,
                    replace=True).fingerprint == new
    action, details = events(configured)[-1]
    assert action == AuditAction.KEY_REPLACED
    assert details["previous_fingerprint"] == old and details["fingerprint"] == new


def test_one_key_cannot_speak_for_two_resellers(ctx, tmp_path):
    path, _ = key_file(tmp_path, "Nordlicht IT GmbH")
    keys = PinnedKeyService(ctx)
    assert keys.pin(ROLE_RESELLER, "", path).name == "Nordlicht IT GmbH"
    with pytest.raises(ValidationError, match="already pinned for Nordlicht IT GmbH"):
        keys.pin(ROLE_RESELLER, "Someone Else", path)


def test_accepting_unsigned_files_is_off_by_default_and_each_change_is_audited(configured,
                                                                               tmp_path):
    keys = PinnedKeyService(configured)
    with pytest.raises(NotFound, match="Pin its key first"):
        keys.set_accept_unsigned("TechDistri Europe", True)
    path, _ = key_file(tmp_path, "TechDistri Europe")
    keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", path)
    assert keys.set_accept_unsigned("TechDistri Europe", True).accept_unsigned
    assert keys.set_accept_unsigned("TechDistri Europe", True).accept_unsigned  # no change
    assert not keys.set_accept_unsigned("TechDistri Europe", False).accept_unsigned
    changes = [d["accept_unsigned"] for a, d in events(configured)
               if a == AuditAction.KEY_UNSIGNED_ALLOWED]
    assert changes == [True, False]


def test_only_an_administrator_pins_keys_and_accepts_unsigned_files(configured, tmp_path):
    from reseller_app.domain.people import Role
    from reseller_app.services.people import NewPerson, NotAllowed, PeopleService

    from .test_people import ADMIN, APPROVER, FAST, STAFF_PASS

    people = PeopleService(configured, hasher=FAST)
    admin, approver = people.first_setup(ADMIN, APPROVER)
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    path, _ = key_file(tmp_path, "TechDistri Europe")
    keys = PinnedKeyService(configured)
    for who in (staff, approver):
        with pytest.raises(NotAllowed) as exc:
            keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", path, by=who)
        assert exc.value.needed == Role.ADMINISTRATOR
    assert keys.keys() == []
    assert keys.pin(ROLE_DISTRIBUTOR, "TechDistri Europe", path, by=admin).pinned_by == \
        "Anna Weber"
    with pytest.raises(NotAllowed):
        keys.set_accept_unsigned("TechDistri Europe", True, by=staff)
    assert not keys.get(ROLE_DISTRIBUTOR, "TechDistri Europe").accept_unsigned
    assert keys.set_accept_unsigned("TechDistri Europe", True, by=admin).accept_unsigned
    assert events(configured)[-1][1]["person"] == "Anna Weber"
