"""Fixtures for the UI tests: real widgets on a real SQLite database under tmp_path.

The ``ctx`` fixture (``open_app`` on a temporary SQLite file, in-memory keyring) comes from
tests/conftest.py. QSettings are redirected to tmp_path so tests never touch the user's.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reseller_app.services.dto import (
    CompanyProfile,
    CompanySalesModel,
    CompanySize,
    Customer,
    Distributor,
    LineDraft,
    OrderDraft,
    OrderView,
    Product,
)
from reseller_app.ui.app import application
from reseller_app.ui.backend import Backend

APPROVER = "Anna Weber"


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    """The QApplication with the app's names, and QSettings in a temporary folder."""
    application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield qapp
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture
def backend(app: QApplication, ctx: object) -> Backend:
    """The services on a fresh database, not configured yet (first run)."""
    return Backend(ctx)  # type: ignore[arg-type]


def sample_profile() -> CompanyProfile:
    return CompanyProfile(
        name="Nordlicht IT GmbH", country="DE", size=CompanySize.SMALL,
        sales_model=CompanySalesModel.BOTH, approver_name=APPROVER,
        approver_title="Managing Director", approver_email="anna.weber@example.com",
        distributors=[Distributor("TechDistri Europe", "compliance@techdistri.example")],
    )


class Catalog:
    """The catalog entries the tests use, saved through the services."""

    def __init__(self, backend: Backend) -> None:
        save_c, save_p = backend.catalog.save_customer, backend.catalog.save_product
        self.police = save_c(Customer("Policía Regional", "VE", "government",
                                      government_function="law_enforcement"))
        self.office = save_c(Customer("Müller Steuerberatung", "DE", "private",
                                      sector="finance"))
        self.camera = save_p(Product("CAM-4K", "4K IP dome camera", "Axis",
                                     "video_surveillance"))
        self.laptop = save_p(Product("LT-14", "Business laptop", "Lenovo", "general_it"))


@pytest.fixture
def configured(backend: Backend) -> Backend:
    backend.setup.save_profile(sample_profile())
    backend.reload_profile()
    return backend


@pytest.fixture
def catalog(configured: Backend) -> Catalog:
    return Catalog(configured)


def camera_order(catalog: Catalog, reference: str = "SO-2001",
                 use: str = "Traffic monitoring at city junctions") -> OrderDraft:
    cam = catalog.camera
    return OrderDraft(
        reference=reference, date=dt.date(2026, 11, 2), sales_model="assisted",
        customer_id=catalog.police.id, end_user_id=None, destination_country="VE",
        intended_use=use, use_cases=[],
        lines=[LineDraft(cam.sku, cam.name, cam.category, 40, Decimal("310"), cam.id)],
    )


def laptop_order(catalog: Catalog, reference: str = "SO-2002") -> OrderDraft:
    lt = catalog.laptop
    return OrderDraft(
        reference=reference, date=dt.date(2026, 11, 3), sales_model="assisted",
        customer_id=catalog.office.id, end_user_id=None, destination_country="DE",
        intended_use="Laptops for the accounting team", use_cases=[],
        lines=[LineDraft(lt.sku, lt.name, lt.category, 10, Decimal("900"), lt.id)],
    )


@pytest.fixture
def held_order(configured: Backend, catalog: Catalog) -> OrderView:
    view = configured.orders.save(camera_order(catalog))
    assert view.status == "held"
    return view
