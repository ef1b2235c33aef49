"""Service-level fixtures: a configured company, a small catalog and order drafts (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext
from reseller_app.services.dto import (
    CompanyProfile,
    CompanySalesModel,
    CompanySize,
    Customer,
    Distributor,
    LineDraft,
    OrderDraft,
    OrderFilter,
    Product,
)
from reseller_app.services.orders import OrderService
from reseller_app.services.setup import SetupService

APPROVER = "Anna Weber"


def sample_profile() -> CompanyProfile:
    return CompanyProfile(
        name="Nordlicht IT GmbH", country="DE", size=CompanySize.SMALL,
        sales_model=CompanySalesModel.BOTH, approver_name=APPROVER,
        approver_title="Managing Director", approver_email="anna.weber@example.com",
        distributors=[Distributor("TechDistri Europe", "compliance@techdistri.example")],
    )


@dataclass
class Catalog:
    police: Customer
    office: Customer
    school: Customer
    camera: Product
    laptop: Product

    def camera_order(self, reference: str = "SO-2001", *, use: str = "Traffic monitoring at "
                     "city junctions", sales_model: str = "assisted", country: str = "VE",
                     date: dt.date = dt.date(2026, 11, 2)) -> OrderDraft:
        cam = self.camera
        return OrderDraft(
            reference=reference, date=date, sales_model=sales_model,
            customer_id=self.police.id, end_user_id=None, destination_country=country,
            intended_use=use, use_cases=[],
            lines=[LineDraft(cam.sku, cam.name, cam.category, 40, Decimal("310"), cam.id)],
        )

    def laptop_order(self, reference: str = "SO-2002", *, customer: Customer | None = None,
                     country: str = "DE", use: str = "Laptops for the accounting team",
                     date: dt.date = dt.date(2026, 11, 3),
                     sales_model: str = "assisted") -> OrderDraft:
        lt = self.laptop
        return OrderDraft(
            reference=reference, date=date, sales_model=sales_model,
            customer_id=(customer or self.office).id, end_user_id=None,
            destination_country=country, intended_use=use, use_cases=[],
            lines=[LineDraft(lt.sku, lt.name, lt.category, 10, Decimal("900"), lt.id)],
        )


@pytest.fixture
def configured(ctx: AppContext) -> AppContext:
    """The context after the first-run setup (company profile with the senior approver)."""
    SetupService(ctx).save_profile(sample_profile())
    return ctx


@pytest.fixture
def catalog(configured: AppContext) -> Catalog:
    return make_catalog(configured)


def make_catalog(ctx: AppContext) -> Catalog:
    """The tests' catalog (a police customer, an office, a school, a camera, a laptop), saved
    in ``ctx``'s database."""
    cat = CatalogService(ctx)
    return Catalog(
        police=cat.save_customer(Customer("Policía Regional", "VE", "government",
                                          government_function="law_enforcement")),
        office=cat.save_customer(Customer("Müller Steuerberatung", "DE", "private",
                                          sector="finance")),
        school=cat.save_customer(Customer("École Jules Ferry", "FR", "education",
                                          sector="education")),
        camera=cat.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                        "video_surveillance")),
        laptop=cat.save_product(Product("LT-14", "Business laptop", "Lenovo", "general_it")),
    )


# -- orders: shared with tests/postgres -------------------------------------------------------
@pytest.fixture
def orders(configured) -> OrderService:
    return OrderService(configured)


@pytest.fixture
def many(orders, catalog: Catalog) -> dict[str, int]:
    drafts = [
        catalog.camera_order("SO-2026-0001", date=dt.date(2026, 10, 1)),  # high, VE, police
        catalog.laptop_order("SO-2026-0002", date=dt.date(2026, 10, 15)),  # low, DE, office
        catalog.laptop_order("SO-2026-0003", customer=catalog.school, country="FR",
                             use="Ordinateurs pour les élèves", date=dt.date(2026, 11, 1)),
        catalog.camera_order("SO-2026-0004", use="Facial recognition of protesters",
                             date=dt.date(2026, 11, 2)),  # prohibited
        catalog.laptop_order("SO-2026-0005", date=dt.date(2026, 11, 2),
                             use="Notebooks für die Buchhaltung"),
    ]
    return {d.reference: orders.save(d).id for d in drafts}


def refs(orders: OrderService, f: OrderFilter) -> list[str]:
    rows = orders.query(f, 0, 100)
    assert orders.count(f) == len(rows)
    return [r.reference for r in rows]
