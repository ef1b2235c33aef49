"""Orders on a real PostgreSQL server from two desks (two app contexts on one database): the
second save of the same order is refused naming who changed what, nothing is overwritten, and
two saves at the same moment leave exactly one of them stored."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from sqlalchemy.orm.exc import StaleDataError

from reseller_app.services.audit import AuditService
from reseller_app.services.context import WorkingPerson
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import OrderStatus
from reseller_app.services.errors import OrderChanged
from reseller_app.services.orders import OrderService
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService
from reseller_app.services.startup import open_app
from reseller_app.store.tables import DbOrder

from ..conftest import stepping_clock

FAST = PassphraseHasher(n=2**4, r=8, p=1)
RATIONALE = "Checked the end-use statement with the customer."


@pytest.fixture
def second_desk(configured):
    anna, _ = PeopleService(configured, hasher=FAST).first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", "violet kettle on the moon"),
        NewPerson("Jonas Berg", "jonas.berg@example.com", "seven quiet harbour lamps"))
    other = open_app(configured.db_url, clock=stepping_clock(), actor="anna")
    other.person = WorkingPerson(anna.id, anna.name)
    yield other
    other.engine.dispose()


def test_two_desks_saving_the_same_order_on_postgres(configured, second_desk, catalog):
    here, there = OrderService(configured), OrderService(second_desk)
    order_id = here.save(catalog.camera_order()).id
    opened_here, opened_there = here.get(order_id), there.get(order_id)

    there.save(dataclasses.replace(opened_there.draft, destination_country="CO"))
    with pytest.raises(OrderChanged) as refused:
        here.save(dataclasses.replace(opened_here.draft, intended_use="Parking garage"))
    assert str(refused.value).startswith("Anna Weber (anna) changed order SO-2001 ")
    assert "(destination) after you opened it: nothing was saved." in str(refused.value)

    now = here.get(order_id)
    assert (now.draft.destination_country, now.draft.intended_use) == \
        ("CO", opened_here.draft.intended_use)
    assert now.version == 2

    # A decision on what this desk saw is refused too; on what is stored now it is recorded.
    with pytest.raises(OrderChanged, match=r"\(destination\)"):
        DecisionService(configured).record(order_id, "decline", RATIONALE, decided_by="Tom",
                                           expected_version=opened_here.version)
    DecisionService(second_desk).record(order_id, "decline", RATIONALE, decided_by="Anna",
                                        expected_version=now.version)
    assert here.get(order_id).status == OrderStatus.DECLINED
    assert AuditService(configured).verify().ok


def test_two_saves_at_the_same_moment_store_one_and_refuse_the_other(configured, second_desk,
                                                                     catalog):
    order_id = OrderService(configured).save(catalog.camera_order()).id
    desks = {"here": configured, "there": second_desk}
    opened = {name: OrderService(ctx).get(order_id) for name, ctx in desks.items()}
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def save(name: str) -> None:
        draft = dataclasses.replace(opened[name].draft, intended_use=f"Use typed {name}")
        start.wait()
        try:
            OrderService(desks[name]).save(draft)
            outcome[name] = "saved"
        except OrderChanged:
            outcome[name] = "refused"

    threads = [threading.Thread(target=save, args=(name,)) for name in desks]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    assert sorted(outcome.values()) == ["refused", "saved"]
    [winner] = [name for name, result in outcome.items() if result == "saved"]
    stored = OrderService(configured).get(order_id)
    assert stored.draft.intended_use == f"Use typed {winner}" and stored.version == 2


def test_a_writer_that_skips_the_check_still_cannot_overwrite(configured, second_desk, catalog):
    """The ORM's guard under the services' check: an UPDATE of an order row names the version
    it read, so a write based on an older read changes nothing and fails."""
    order_id = OrderService(configured).save(catalog.camera_order()).id
    with configured.session() as s:  # reads version 1 (no write lock taken yet)
        row = s.get(DbOrder, order_id)
        there = OrderService(second_desk).get(order_id)
        OrderService(second_desk).save(dataclasses.replace(there.draft, intended_use="Gate"))
        row.status = OrderStatus.CLEARED.value
        with pytest.raises(StaleDataError):
            s.flush()
        s.rollback()
    stored = OrderService(configured).get(order_id)
    assert (stored.draft.intended_use, stored.version) == ("Gate", 2)
    assert stored.status != OrderStatus.CLEARED
