"""Catalog search, the orders' search index and screening find a text the same way, whatever
accents, case or width it was typed with (one fold: domain/text_fold.py). SQLite always;
PostgreSQL when a server is installed (tests/postgres/conftest.py)."""

from __future__ import annotations

import dataclasses
import importlib.resources
import json
from collections.abc import Iterator

import pytest

from reseller_app.domain.orders import parse_order
from reseller_app.domain.packs import load_pack
from reseller_app.domain.screening import Screener
from reseller_app.domain.text_fold import fold
from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer, OrderFilter, Product
from reseller_app.services.orders import OrderService
from reseller_app.services.setup import SetupService
from reseller_app.services.startup import open_app
from reseller_app.store.text_search import FOLD_ACCENTS
from tests.conftest import stepping_clock
from tests.postgres.conftest import create_database, pg_cluster  # noqa: F401
from tests.services.conftest import Catalog, sample_profile

# (as stored, as typed): each typed form must find the stored one, and the other way round.
CASES = [
    ("Søren Ørsted", "soren orsted"),
    ("Straße", "STRASSE"),
    ("Æble", "aeble"),
    ("Łódź", "LODZ"),
    ("İstanbul", "istanbul"),
    ("ıspanak", "ISPANAK"),
    ("Œuvre", "oeuvre"),
    ("Đoàn", "doan"),
    ("Ħamrun", "hamrun"),
    ("Åsa", "asa"),
    ("École", "ecole"),
    ("E\u0301cole", "ÉCOLE"),  # decomposed é, found by the composed one
    ("ＡＢＣ Ｔｒａｄｉｎｇ", "abc trading"),
    ("ﬁnance", "finance"),
]
# Letters folding to two (ß -> ss), written in another width or with a separate accent
# (decomposed) cannot be expressed by PostgreSQL's translate(), which maps one letter to one:
# its search keeps what it had (the composed letters).
PG_ONE_TO_ONE = {"soren orsted", "lodz", "istanbul", "ispanak", "doan", "hamrun", "asa",
                 "ecole"}
IDS = [fold(typed) + ("-decomposed" if "\u0301" in stored else "") for stored, typed in CASES]


@pytest.fixture(params=["sqlite", "postgresql"])
def ctx(request: pytest.FixtureRequest, tmp_path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.url(create_database(cluster))
    context = open_app(url, clock=stepping_clock(), actor="tester")
    SetupService(context).save_profile(sample_profile())
    yield context
    context.engine.dispose()


def _postgres_can(stored: str, typed: str) -> bool:
    return fold(typed) in PG_ONE_TO_ONE and "\u0301" not in stored


def _skip_where_postgres_cannot(ctx: AppContext, stored: str, typed: str) -> None:
    if ctx.engine.dialect.name != "sqlite" and not _postgres_can(stored, typed):
        pytest.skip("PostgreSQL's translate() folds one letter to one letter only")


@pytest.mark.parametrize(("stored", "typed"), CASES, ids=IDS)
def test_catalog_search_finds_it(ctx: AppContext, stored: str, typed: str) -> None:
    _skip_where_postgres_cannot(ctx, stored, typed)
    cat = CatalogService(ctx)
    cat.save_customer(Customer(f"{stored} GmbH", "DE", "private"))
    cat.save_customer(Customer("Somebody Else", "DE", "private"))
    assert [c.name for c in cat.customers(typed)] == [f"{stored} GmbH"]
    assert [c.name for c in cat.customers(stored)] == [f"{stored} GmbH"]


@pytest.mark.parametrize(("stored", "typed"), CASES, ids=IDS)
def test_orders_search_finds_it(ctx: AppContext, stored: str, typed: str) -> None:
    _skip_where_postgres_cannot(ctx, stored, typed)
    if stored == "ﬁnance":
        pytest.skip("ligatures are not folded in the orders' index (store/text_search.py)")
    cat = CatalogService(ctx)
    catalog = Catalog(
        police=cat.save_customer(Customer(f"{stored} Behörde", "DE", "private")),
        office=cat.save_customer(Customer("Plain Office", "DE", "private")),
        school=cat.save_customer(Customer("School", "FR", "education")),
        camera=cat.save_product(Product("CAM", "Camera", "Axis", "video_surveillance")),
        laptop=cat.save_product(Product("LT", "Laptop", "Lenovo", "general_it")),
    )
    orders = OrderService(ctx)
    by_use = orders.save(catalog.laptop_order("SO-1", use=f"Laptops for {stored} team"))
    orders.save(catalog.laptop_order("SO-2", customer=catalog.police))
    orders.save(catalog.laptop_order("SO-3"))
    for search in (typed, stored):
        found = {r.reference for r in orders.query(OrderFilter(text=search), 0, 10)}
        assert found == {"SO-1", "SO-2"}, search
    # ...and still after an edit (the index's update trigger folds as its insert did).
    orders.save(dataclasses.replace(orders.get(by_use.id).draft, intended_use="Laptops"))
    found = {r.reference for r in orders.query(OrderFilter(text=typed), 0, 10)}
    assert found == {"SO-2"}


def _screener(phrase: str) -> Screener:
    raw = json.loads((importlib.resources.files("reseller_app.resources") / "packs"
                      / "default-pack.json").read_bytes())
    flag = dict(raw["red_flags"][0], id="fold_test", phrases={"en": [phrase]}, gap=0)
    raw["red_flags"] = [flag]
    return Screener(load_pack(json.dumps(raw).encode()))


@pytest.mark.parametrize(("stored", "typed"), CASES, ids=IDS)
def test_screening_finds_it(stored: str, typed: str) -> None:
    # A pack phrase written one way raises its flag on an intended use written the other way.
    for phrase, use in ((typed, f"Laptops for {stored} now"), (stored, f"For {typed} now")):
        order = parse_order({
            "reference": "T-1", "sales_model": "assisted", "destination_country": "DE",
            "customer": {"name": "Office", "country": "DE", "type": "private"},
            "intended_use": use, "use_cases": [],
            "lines": [{"sku": "LT", "name": "Laptop", "category": "general_it",
                       "quantity": 1}]})
        flags = [f.criterion for f in _screener(phrase).screen(order).flags]
        assert "red_flag.fold_test" in flags, (phrase, use)


@pytest.mark.parametrize(("stored", "typed"), CASES, ids=IDS)
def test_postgres_translate_agrees_with_the_fold_letter_for_letter(stored: str,
                                                                   typed: str) -> None:
    """What PostgreSQL's search compares (translate(), then ILIKE's lower case)."""
    if not _postgres_can(stored, typed):
        return
    assert stored.translate(FOLD_ACCENTS).lower() == fold(stored)


def test_a_csv_import_indexes_names_as_the_orders_editor_does(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The import indexes its orders in one statement (store/bulk.py), folded as the
    index's triggers fold an order saved in the editor."""
    import csv

    from reseller_app.services.imports import ImportService

    ctx = open_app(f"sqlite:///{tmp_path / 'app.sqlite3'}", clock=stepping_clock(),
                   actor="tester")
    try:
        path = tmp_path / "shop.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["Order No", "Date", "Company", "Country", "Type", "Function", "Ship to",
                        "Purpose", "SKU", "Category", "Qty", "Price", "Channel"])
            for i, (stored, _) in enumerate(CASES):
                w.writerow([f"W-{i}", "2026-11-02", f"{stored} GmbH", "DE", "private", "", "DE",
                            "Office laptops", "LT-1", "general_it", "3", "900", "assisted"])
        service = ImportService(ctx)
        report = service.import_csv(path, service.suggest_mapping(service.read_headers(path)))
        assert report.imported == len(CASES)
        orders = OrderService(ctx)
        for i, (stored, typed) in enumerate(CASES):
            if stored == "ﬁnance":
                continue  # ligatures: see test_orders_search_finds_it
            found = [r.reference for r in orders.query(OrderFilter(text=typed), 0, 50)]
            assert f"W-{i}" in found, (stored, typed, found)
    finally:
        ctx.engine.dispose()
