"""Customer and product search ignores case and accents, for every letter (not only ASCII),
on SQLite and on PostgreSQL (skipped without a server, see tests/postgres/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reseller_app.services.catalog import CatalogService, fold
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer, Product
from reseller_app.services.startup import open_app
from tests.conftest import stepping_clock
from tests.postgres.conftest import create_database, pg_cluster  # noqa: F401


@pytest.fixture(params=["sqlite", "postgresql"])
def cat(request: pytest.FixtureRequest, tmp_path) -> Iterator[CatalogService]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.url(create_database(cluster))
    ctx: AppContext = open_app(url, clock=stepping_clock(), actor="tester")
    service = CatalogService(ctx)
    for name in ("ÖKO Ärzte e.V.", "Policía Regional", "Müller Steuerberatung",
                 "Straße & Co", "Oko Plain Ltd", "Ørsted Energi", "Ärztekammer Nord"):
        service.save_customer(Customer(name, "DE", "private"))
    service.save_product(Product("CAM-4K", "4K IP dome camera", "Axis", "video_surveillance"))
    service.save_product(Product("ÉCR-27", "Écran 27 pouces", "Dell", "general_it"))
    yield service
    ctx.engine.dispose()


def names(customers: list[Customer]) -> list[str]:
    return [c.name for c in customers]


def test_fold_ignores_case_and_accents() -> None:
    assert fold("ÖKO Ärzte e.V.") == "oko arzte e.v."
    assert fold("Policía") == fold("POLICIA") == "policia"
    assert fold("Ørsted") == "orsted"
    assert fold("Straße") == "strasse"


@pytest.mark.parametrize("search", ["öko", "ÖKO", "oko ä", "Ärzte", "ärzte e.v", "ARZTE"])
def test_customers_with_capital_non_ascii_letters_are_found(cat: CatalogService,
                                                            search: str) -> None:
    assert "ÖKO Ärzte e.V." in names(cat.customers(search))


def test_customer_search_ignores_accents_both_ways(cat: CatalogService) -> None:
    assert names(cat.customers("policia")) == ["Policía Regional"]
    assert names(cat.customers("POLICÍA")) == ["Policía Regional"]
    assert names(cat.customers("muller")) == ["Müller Steuerberatung"]
    assert names(cat.customers("orsted")) == ["Ørsted Energi"]
    assert names(cat.customers("oko")) == ["Oko Plain Ltd", "ÖKO Ärzte e.V."]
    assert names(cat.customers("arzte")) == ["Ärztekammer Nord", "ÖKO Ärzte e.V."]
    assert names(cat.customers("50%")) == []
    assert names(cat.customers("_")) == []


def test_customer_search_keeps_the_limit_and_the_name_order(cat: CatalogService) -> None:
    every = names(cat.customers("r"))
    assert len(every) > 2
    assert names(cat.customers("r", limit=2)) == every[:2]
    assert len(cat.customers("e", limit=3)) == 3
    assert len(cat.customers("", limit=3)) == 3


def test_products_are_found_by_sku_or_name_whatever_the_case(cat: CatalogService) -> None:
    assert [p.sku for p in cat.products("ecran")] == ["ÉCR-27"]
    assert [p.sku for p in cat.products("écr-")] == ["ÉCR-27"]
    assert [p.sku for p in cat.products("ip DOME")] == ["CAM-4K"]
    assert [p.sku for p in cat.products("cam-4")] == ["CAM-4K"]


def test_search_in_a_large_catalog_stops_at_the_limit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = open_app(f"sqlite:///{tmp_path / 'big.sqlite3'}", clock=stepping_clock(),
                   actor="tester")
    service = CatalogService(ctx)
    for i in range(400):
        service.save_customer(Customer(f"Ärztehaus {i:03d}", "DE", "private"))
    found = service.customers("ärztehaus", 50)
    assert len(found) == 50
    assert found[0].name == "Ärztehaus 000"
    assert names(service.customers("ÄRZTEHAUS 399")) == ["Ärztehaus 399"]
    ctx.engine.dispose()


@pytest.mark.parametrize("search", ["o" * 400, "é" * 300, "Ärzte " * 80])
def test_a_search_of_hundreds_of_letters_finds_nothing_instead_of_failing(
        cat: CatalogService, search: str) -> None:
    """SQLite refuses a LIKE / GLOB pattern past 50,000 bytes: a long search with accents
    once raised "LIKE or GLOB pattern too complex"."""
    assert cat.customers(search) == []
    assert cat.products(search) == []


def test_a_long_name_is_found_by_its_whole_long_search(cat: CatalogService) -> None:
    long_name = "Österreichische Gesellschaft für Überwachungstechnik " * 4
    cat.save_customer(Customer(long_name.strip(), "AT", "private"))
    assert names(cat.customers(fold(long_name.strip()).upper())) == [long_name.strip()]
    assert cat.customers(long_name.strip() + " und Söhne") == []
