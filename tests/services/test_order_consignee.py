"""An order's consignee (who receives the goods for the customer or end user): saved and read
back, screened for its country, stamped and checked like the rest of the order, named in the
escalation packet, and read from a shop export's shipping party (real SQLite, real PDF)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.dto import Customer
from reseller_app.services.errors import ValidationError
from reseller_app.services.escalation import EscalationService
from reseller_app.services.imports import ImportService
from reseller_app.services.rescreening import RescreenService
from reseller_app.store import db

from .test_escalation import build, held_order, pdf_text

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def forwarder(configured) -> Customer:
    return CatalogService(configured).save_customer(
        Customer("Gulf Freight Forwarding FZE", "AE", "private", sector="other"))


def _row(ctx, order_id: int) -> tuple:
    con = sqlite3.connect(db.sqlite_path(ctx.db_url))
    try:
        return con.execute("SELECT consignee_id, consignee_name FROM orders WHERE id = ?",
                           (order_id,)).fetchone()
    finally:
        con.close()


def test_an_order_keeps_its_consignee_and_loses_it_when_taken_away(configured, catalog,
                                                                    orders, forwarder):
    draft = dataclasses.replace(catalog.laptop_order(), consignee_id=forwarder.id)
    view = orders.save(draft)
    assert view.draft.consignee_id == forwarder.id
    assert view.consignee.name == "Gulf Freight Forwarding FZE"
    assert _row(configured, view.id) == (forwarder.id, "Gulf Freight Forwarding FZE")
    assert orders.to_domain(view.draft).consignee.country == "AE"

    edited = orders.save(dataclasses.replace(view.draft, consignee_id=None))
    assert edited.consignee is None and edited.draft.consignee_id is None
    # No consignee is NULL, as in every order stored before there were consignees.
    assert _row(configured, view.id) == (None, None)
    history = orders.history(view.id)
    assert "consignee" in history[-1].details["changed"]
    assert "consignee" in history[-1].summary
    assert AuditService(configured).verify().ok


def test_a_consignee_in_a_high_risk_country_is_flagged_as_its_own_party(catalog, orders,
                                                                        forwarder):
    plain = orders.save(catalog.laptop_order("SO-3001"))
    routed = orders.save(dataclasses.replace(catalog.laptop_order("SO-3002"),
                                             consignee_id=forwarder.id))
    assert not [f for f in plain.screening.flags if f.factor == "geography"]
    flags = [f for f in routed.screening.flags if f.factor == "geography"]
    assert [(f.criterion, f.subject) for f in flags] == [("country.high", "consignee: AE")]
    # Weighed as where the goods go: cameras routed through it are screened as cameras going
    # there, not as cameras staying at home.
    def cameras(reference: str, country: str, consignee: int | None = None):
        return orders.save(dataclasses.replace(
            catalog.camera_order(reference, country=country), customer_id=catalog.office.id,
            consignee_id=consignee))

    home, through = cameras("SO-3003", "DE"), cameras("SO-3004", "DE", forwarder.id)
    abroad = cameras("SO-3005", "AE")
    assert through.screening.tier == abroad.screening.tier != home.screening.tier


def test_screening_again_keeps_the_consignee_and_its_flag(configured, catalog, orders,
                                                          forwarder):
    view = orders.save(dataclasses.replace(catalog.laptop_order(), consignee_id=forwarder.id))
    RescreenService(configured).rescreen([view.id])
    again = orders.get(view.id)
    assert again.consignee.id == forwarder.id
    assert any(f.subject == "consignee: AE" for f in again.screening.flags)
    assert AuditService(configured).verify().ok


def test_the_customer_or_end_user_is_refused_as_the_consignee(catalog, orders):
    draft = dataclasses.replace(catalog.laptop_order(), consignee_id=catalog.office.id)
    with pytest.raises(ValidationError) as exc:
        orders.save(draft)
    assert exc.value.field == "consignee_id"
    assert "customer or the end user" in exc.value.message


def test_an_order_stamped_before_consignees_still_verifies(configured, catalog, orders):
    """The columns dropped (as before 0018) and added again empty: the stamps still fit, and
    a consignee written behind the app's back is found."""
    view = orders.save(catalog.laptop_order())
    with db.write_engine(configured.engine).begin() as conn:
        command.downgrade(db.alembic_config(conn), "0017")
    with db.write_engine(configured.engine).begin() as conn:
        command.upgrade(db.alembic_config(conn), "head")
    assert AuditService(configured).verify().ok
    con = sqlite3.connect(db.sqlite_path(configured.db_url))
    try:
        with con:
            con.execute("UPDATE orders SET consignee_name = 'Front Trading' WHERE id = ?",
                        (view.id,))
    finally:
        con.close()
    assert not AuditService(configured).verify().ok


def test_the_packet_names_the_consignee_in_its_pdf_and_json(configured, catalog, orders,
                                                            forwarder):
    jsonschema = pytest.importorskip("jsonschema")
    order_id = held_order(configured, catalog)
    view = orders.get(order_id)
    orders.save(dataclasses.replace(view.draft, consignee_id=forwarder.id))
    packet = build(configured, order_id)
    service = EscalationService(configured)
    data = json.loads(service.file(packet.id, packet.json_name))
    assert data["consignee"] == {
        "name": "Gulf Freight Forwarding FZE", "country": "AE",
        "country_name": "United Arab Emirates", "type": "private", "sector": "other",
        "government_function": None}
    schema = json.loads((REPO / "resources/schemas/escalation-packet-v1.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    text = pdf_text(service.pdf(packet.id))
    assert "Consignee (receives the goods)" in text
    assert "Gulf Freight Forwarding FZE" in text


def test_a_packet_without_a_consignee_is_as_it_always_was(configured, catalog):
    packet = build(configured, held_order(configured, catalog))
    service = EscalationService(configured)
    assert "consignee" not in json.loads(service.file(packet.id, packet.json_name))
    assert "Consignee" not in pdf_text(service.pdf(packet.id))


# -- a shop's export ---------------------------------------------------------------------------
SHOPIFY_HEADER = ("Name,Email,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                  "Lineitem sku,Billing Name,Billing Company,Billing Country,Shipping Name,"
                  "Shipping Company,Shipping Country\n")


def test_a_shopify_order_shipped_to_another_party_names_it_as_the_consignee(configured, orders,
                                                                           tmp_path):
    path = tmp_path / "orders_export.csv"
    path.write_text(
        SHOPIFY_HEADER
        # A company buying, shipped through a forwarder in Dubai.
        + "#2001,a@acme.example,EUR,2026-02-11 16:36:00 +0100,2,Laptop,900.00,LT-1,"
          "Petra Schmidt,Acme GmbH,DE,Omar Haddad,Gulf Freight Forwarding FZE,AE\n"
        # A company shipping to one of its own people: no other party.
        + "#2002,a@acme.example,EUR,2026-02-12 09:00:00 +0100,1,Mouse,20.00,MS-1,"
          "Petra Schmidt,Acme GmbH,DE,Hans Weber,,DE\n"
        # A consumer's own address, the name written otherwise: no other party.
        + "#2003,j@example.fr,EUR,2026-02-12 10:00:00 +0100,1,Mouse,20.00,MS-1,"
          "Jeanne Martin,,FR,JEANNE  MARTIN,,FR\n"
        # A consumer's present for someone else.
        + "#2004,j@example.fr,EUR,2026-02-12 11:00:00 +0100,1,Mouse,20.00,MS-1,"
          "Jeanne Martin,,FR,Paul Martin,,BE\n",
        encoding="utf-8", newline="")
    service = ImportService(configured)
    mapping = service.suggest_mapping(service.read_headers(path))
    assert mapping["consignee_name"] == "Shipping Company"
    assert mapping["consignee_person"] == "Shipping Name"
    report = service.import_csv(path, mapping, customer_type="individual")
    assert report.imported == 4 and not report.errors

    routed = orders.get_by_reference("#2001")
    assert routed.customer.name == "Acme GmbH"
    assert (routed.consignee.name, routed.consignee.country) == (
        "Gulf Freight Forwarding FZE", "AE")
    assert routed.draft.destination_country == "AE"
    assert orders.get_by_reference("#2002").consignee is None
    assert orders.get_by_reference("#2003").consignee is None
    present = orders.get_by_reference("#2004")
    assert (present.consignee.name, present.consignee.country) == ("Paul Martin", "BE")
    assert AuditService(configured).verify().ok
