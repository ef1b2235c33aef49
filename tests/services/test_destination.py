"""A blank destination is the end user's country (else the customer's): screening uses it, so
the order stores it, the list shows it, the destination filter finds it, the packet names it."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

from alembic import command

from reseller_app.services.dto import OrderFilter, OrderStatus
from reseller_app.services.escalation import EscalationService
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.store import db
from reseller_app.store.db import sqlite_path

from .conftest import refs
from .test_imports import write


def test_a_blank_destination_is_stored_as_the_country_screened(configured, orders, catalog):
    view = orders.save(dataclasses.replace(catalog.camera_order(), destination_country=None))
    assert view.screening.tier == "high"
    assert view.draft.destination_country == "VE"  # the police customer's country
    [row] = orders.query(OrderFilter(), 0, 10)
    assert row.country == "VE"
    assert refs(orders, OrderFilter(country="VE")) == ["SO-2001"]

    packet = EscalationService(configured).build(
        view.id, recommendation="reject", recommendation_text="Police use.", mitigations=[],
        conditions="", attachments=[])
    data = json.loads(EscalationService(configured).file(
        packet.id, "escalation-SO-2001.json"))
    assert data["destination"] == {"country": "VE", "name": "Venezuela"}


def test_an_end_user_elsewhere_gives_the_end_users_country(configured, orders, catalog):
    draft = dataclasses.replace(catalog.laptop_order(), destination_country=None,
                                end_user_id=catalog.school.id)
    assert orders.save(draft).draft.destination_country == "FR"


def test_an_old_decided_order_keeps_its_decision_when_saved_unchanged(configured, orders,
                                                                       catalog):
    """Its snapshot has no destination; the filled-in one is the same place, not an edit."""
    view = orders.save(dataclasses.replace(catalog.laptop_order(), destination_country=None))
    assert view.status == OrderStatus.CLEARED
    path = sqlite_path(configured.db_url)
    con = sqlite3.connect(path)
    try:
        snapshot = json.loads(con.execute("SELECT order_snapshot FROM screening").fetchone()[0])
        snapshot.pop("destination_country")
        con.execute("UPDATE screening SET order_snapshot = ?", (json.dumps(snapshot),))
        con.execute("UPDATE orders SET status = 'proceed'")
        con.commit()
    finally:
        con.close()
    again = orders.save(orders.get(view.id).draft)
    assert again.status == OrderStatus.PROCEED


def test_a_csv_row_without_destination_stores_the_end_users_country(ctx, tmp_path):
    header = ["Order No", "Date", "Company", "Country", "Type", "Ship to", "Purpose", "SKU",
              "Category", "Qty", "Price"]
    path = write(tmp_path / "shop.csv", [
        ["W-1", "2026-11-02", "Acme GmbH", "AT", "private", "", "Office", "LT-1", "general_it",
         "3", "900"]], header=header)
    service = ImportService(ctx)
    assert service.import_csv(path, service.suggest_mapping(header)).imported == 1
    orders = OrderService(ctx)
    assert orders.get_by_reference("W-1").draft.destination_country == "AT"
    assert refs(orders, OrderFilter(country="AT")) == ["W-1"]


def test_migration_0005_fills_blank_destinations_from_the_snapshot(configured, orders,
                                                                   catalog):
    view = orders.save(dataclasses.replace(catalog.camera_order(), destination_country=None))
    path = sqlite_path(configured.db_url)
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE orders SET destination_country = NULL")  # as 0004 stored it
        con.commit()
    finally:
        con.close()
    with db.write_engine(configured.engine).begin() as conn:
        command.downgrade(db.alembic_config(conn), "0004")
        command.upgrade(db.alembic_config(conn), "head")
    assert orders.get(view.id).draft.destination_country == "VE"
