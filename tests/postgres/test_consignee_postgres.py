"""An order's consignee on a real PostgreSQL server: migration 0018 down and up again (its
reference to the catalog kept), an order stamped before it still verifying, and a consignee
saved, read back and checked like the rest of the order."""

from __future__ import annotations

import dataclasses

from alembic import command
from sqlalchemy import inspect

from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.dto import Customer
from reseller_app.store import db

from .conftest import Catalog


def test_0018_down_and_up_keeps_orders_and_their_stamps(configured, orders, catalog: Catalog):
    forwarder = CatalogService(configured).save_customer(
        Customer("Gulf Freight Forwarding FZE", "AE", "private"))
    plain = orders.save(catalog.laptop_order("SO-4001"))
    with db.write_engine(configured.engine).begin() as conn:
        command.downgrade(db.alembic_config(conn), "0017")
    assert "consignee_id" not in {c["name"] for c in inspect(configured.engine)
                                  .get_columns("orders")}
    with db.write_engine(configured.engine).begin() as conn:
        command.upgrade(db.alembic_config(conn), "head")
    foreign = {fk["name"]: fk["referred_table"]
               for fk in inspect(configured.engine).get_foreign_keys("orders")}
    assert foreign["fk_orders_consignee_id_customer"] == "customer"
    assert AuditService(configured).verify().ok

    routed = orders.save(dataclasses.replace(plain.draft, consignee_id=forwarder.id))
    assert routed.consignee.name == "Gulf Freight Forwarding FZE"
    assert [f.subject for f in routed.screening.flags if f.factor == "geography"] == [
        "consignee: AE"]
    assert AuditService(configured).verify().ok
