"""Several desks on one database: the second save of an order is refused, naming who changed it
and what, and nothing is overwritten (two app contexts on one SQLite file, and two processes)."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext, WorkingPerson
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import LineDraft, OrderStatus
from reseller_app.services.errors import OrderChanged
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService
from reseller_app.services.rescreening import RescreenService
from reseller_app.services.startup import open_app
from reseller_app.store.tables import DbAuditEvent, DbOrder

from ..conftest import stepping_clock
from .conftest import APPROVER, Catalog
from .test_imports import ROWS, write

FAST = PassphraseHasher(n=2**4, r=8, p=1)
RATIONALE = "Checked the end-use statement with the customer."


@pytest.fixture
def second_desk(configured: AppContext):
    """Another desk on the same database file: its own engine, session and person."""
    anna, _ = PeopleService(configured, hasher=FAST).first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", "violet kettle on the moon"),
        NewPerson("Jonas Berg", "jonas.berg@example.com", "seven quiet harbour lamps"))
    other = open_app(configured.db_url, clock=stepping_clock(), actor="anna")
    other.person = WorkingPerson(anna.id, anna.name)
    yield other
    other.engine.dispose()


def events(ctx: AppContext) -> int:
    with ctx.session() as s:
        return len(s.execute(select(DbAuditEvent.seq)).all())


def version(ctx: AppContext, order_id: int) -> int:
    with ctx.session() as s:
        return s.get(DbOrder, order_id).version  # type: ignore[union-attr]


def test_the_second_save_is_refused_naming_who_changed_what(configured, second_desk,
                                                            catalog: Catalog):
    mine = OrderService(configured)
    order_id = mine.save(catalog.camera_order()).id
    opened_here = mine.get(order_id)
    opened_there = OrderService(second_desk).get(order_id)
    assert opened_here.version == opened_there.version == 1

    OrderService(second_desk).save(dataclasses.replace(
        opened_there.draft, destination_country="CO",
        lines=[dataclasses.replace(opened_there.draft.lines[0], quantity=12)]))
    before = events(configured)

    typed = dataclasses.replace(opened_here.draft, intended_use="Parking garage entrances")
    with pytest.raises(OrderChanged) as refused:
        mine.save(typed)

    message = str(refused.value)
    assert message.startswith("Anna Weber (anna) changed order SO-2001 ")
    assert "(destination, products) after you opened it: nothing was saved." in message
    assert "Reload the order" in message
    assert refused.value.changed == ["destination", "products"]
    assert refused.value.order_id == order_id
    # Nothing was written: Anna's change stands, and no event was added.
    now = mine.get(order_id)
    assert now.draft.destination_country == "CO" and now.draft.lines[0].quantity == 12
    assert now.draft.intended_use == opened_here.draft.intended_use
    assert now.version == 2
    assert events(configured) == before

    # Reloaded, the same edit goes through (and counts the version on).
    saved = mine.save(dataclasses.replace(now.draft, intended_use="Parking garage entrances"))
    assert saved.version == 3 and saved.draft.destination_country == "CO"


def test_a_decision_on_an_order_edited_meanwhile_is_refused(configured, second_desk,
                                                             catalog: Catalog):
    order_id = OrderService(configured).save(catalog.camera_order()).id
    seen = OrderService(configured).get(order_id)
    there = OrderService(second_desk).get(order_id)
    OrderService(second_desk).save(dataclasses.replace(there.draft, intended_use="Port gate"))

    with pytest.raises(OrderChanged, match=r"\(intended use\) after you opened it"):
        DecisionService(configured).record(order_id, "decline", RATIONALE, decided_by="Tom",
                                           expected_version=seen.version)
    assert OrderService(configured).get(order_id).decisions == []


def test_an_edit_after_a_decision_at_another_desk_is_refused(configured, second_desk,
                                                              catalog: Catalog):
    order_id = OrderService(configured).save(catalog.camera_order()).id
    opened = OrderService(configured).get(order_id)
    there = OrderService(second_desk).get(order_id)
    DecisionService(second_desk).record(order_id, "decline", RATIONALE, decided_by="Anna",
                                        expected_version=there.version)

    with pytest.raises(OrderChanged, match=r"\(decision\) after you opened it"):
        OrderService(configured).save(dataclasses.replace(opened.draft, intended_use="x y z"))
    assert OrderService(configured).get(order_id).status == OrderStatus.DECLINED


def test_every_writer_of_the_order_row_counts_the_version_on(configured, orders,
                                                             catalog: Catalog):
    view = orders.save(catalog.camera_order())
    assert view.version == 1
    view = orders.save(dataclasses.replace(view.draft, intended_use="Traffic counting"))
    assert view.version == 2
    DecisionService(configured).record(view.id, "proceed", RATIONALE, decided_by="Tom",
                                       approved_by=APPROVER, expected_version=2)
    assert version(configured, view.id) == 3
    # Each write recorded the version it left.
    assert [e.details.get("version") for e in orders.history(view.id)] == [1, 2, 3]


def test_screening_again_counts_the_version_on(configured, orders, catalog: Catalog):
    # A line typed by hand without a category: screening again fills it from the catalog.
    draft = catalog.laptop_order()
    draft.lines = [LineDraft("CAM-4K", "dome camera", None, 2, Decimal("310"), None)]
    view = orders.save(draft)
    report = RescreenService(configured).rescreen([view.id])
    assert [r.order_id for r in report.renewed] == [view.id]
    assert version(configured, view.id) == 2
    [event] = [e for e in orders.history(view.id) if e.action == AuditAction.ORDER_RESCREENED]
    assert event.details["version"] == 2
    with pytest.raises(OrderChanged, match=r"\(screening\) after you opened it"):
        orders.save(dataclasses.replace(view.draft, intended_use="Lobby camera"))


def test_a_save_from_another_process_refuses_this_desks_save(configured, orders,
                                                             catalog: Catalog, tmp_path: Path):
    """Two real processes on one SQLite file (as two desks on a shared folder)."""
    order_id = orders.save(catalog.camera_order()).id
    opened = orders.get(order_id)
    script = textwrap.dedent(f"""
        import dataclasses
        from reseller_app.services.context import WorkingPerson
        from reseller_app.services.orders import OrderService
        from reseller_app.services.startup import open_app
        ctx = open_app({configured.db_url!r}, actor="jonas")
        ctx.person = WorkingPerson(3, "Jonas Berg")
        service = OrderService(ctx)
        view = service.get({order_id})
        service.save(dataclasses.replace(view.draft, destination_country="PE"))
        print(service.get({order_id}).version)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2"

    with pytest.raises(OrderChanged) as refused:
        orders.save(dataclasses.replace(opened.draft, intended_use="Parking garage"))
    assert str(refused.value).startswith("Jonas Berg (jonas) changed order SO-2001 ")
    assert refused.value.changed == ["destination"]
    assert orders.get(order_id).draft.destination_country == "PE"
    assert orders.get(order_id).draft.intended_use == opened.draft.intended_use


def test_the_import_inserts_orders_at_version_one(ctx, tmp_path):
    service = ImportService(ctx)
    path = write(tmp_path / "shop.csv", ROWS)
    assert service.import_csv(path, service.suggest_mapping(service.read_headers(path))
                              ).imported == 4
    with ctx.session() as s:
        assert list(s.execute(select(DbOrder.version)).scalars()) == [1, 1, 1, 1]


def test_no_writer_updates_order_rows_around_the_orm():
    """The ORM counts the version on at every UPDATE of an order row; an SQL UPDATE written by
    hand would not (and would overwrite another desk's change): none outside the migrations."""
    root = Path(__file__).resolve().parents[2] / "reseller_app"
    pattern = re.compile(r"update\(\s*DbOrder\b|update\(\s*orders\b|UPDATE\s+orders\b",
                         re.IGNORECASE)
    offenders = [str(path.relative_to(root)) for path in root.rglob("*.py")
                 if "migrations" not in path.parts and pattern.search(path.read_text("utf-8"))]
    assert offenders == []
