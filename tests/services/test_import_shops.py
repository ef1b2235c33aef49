"""Real shop exports imported (Shopify, WooCommerce), dates that read two ways, a default
customer type and sales model, and files a CSV reader splits wrongly (real SQLite, real
files)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reseller_app.services.dto import CompanySalesModel
from reseller_app.services.errors import ValidationError
from reseller_app.services.imports import DateOrderNeeded, ImportService
from reseller_app.services.setup import SetupService
from reseller_app.store.tables import DbAuditEvent, DbOrder

from .conftest import sample_profile

SHOPS = Path(__file__).parents[1] / "fixtures" / "shops"
HEADER = "Order No,Date,Company,Country,SKU,Qty\n"


def import_file(ctx, path: Path, **kw):
    service = ImportService(ctx)
    return service.import_csv(path, service.suggest_mapping(service.read_headers(path)), **kw)


def stored(ctx) -> int:
    with ctx.session() as s:
        return s.execute(select(func.count()).select_from(DbOrder)).scalar_one()


def text_file(tmp_path: Path, text: str, name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


# -- shop exports ----------------------------------------------------------------------------
def test_a_shopify_export_is_imported_as_it_comes(configured, orders, tmp_path):
    path = shutil.copy(SHOPS / "shopify-orders.csv", tmp_path / "orders_export.csv")
    report = import_file(configured, path, customer_type="individual")
    assert report.imported == 2 and not report.errors
    first = orders.get_by_reference("#1001")
    assert first.draft.date == dt.date(2026, 2, 11)
    assert [ln.sku for ln in first.draft.lines] == ["LT-1", "MS-1"]
    assert first.customer.name == "Acme GmbH" and first.customer.country == "DE"
    consumer = orders.get_by_reference("#1002")
    assert consumer.customer.name == "Jeanne Martin" and consumer.customer.type == "individual"
    assert "customer_type" not in set(consumer.screening.missing)


def test_without_a_default_a_shops_customer_has_no_type(configured, orders, tmp_path):
    path = shutil.copy(SHOPS / "shopify-orders.csv", tmp_path / "orders_export.csv")
    assert import_file(configured, path).imported == 2
    consumer = orders.get_by_reference("#1002")
    assert "customer_type" in set(consumer.screening.missing)


def test_a_woocommerce_export_is_imported_as_it_comes(configured, orders, tmp_path):
    path = shutil.copy(SHOPS / "woocommerce-orders.csv", tmp_path / "woo.csv")
    report = import_file(configured, path, customer_type="private")
    assert report.imported == 2 and not report.errors
    order = orders.get_by_reference("4712")
    assert order.draft.date == dt.date(2026, 2, 13)
    assert order.customer.name == "Bernard Conseil SARL" and order.customer.type == "private"
    assert order.draft.lines[0].quantity == 3


def test_a_customer_type_the_pack_does_not_know_is_refused_with_the_known_ones(configured,
                                                                              tmp_path):
    path = shutil.copy(SHOPS / "woocommerce-orders.csv", tmp_path / "woo.csv")
    with pytest.raises(ValidationError) as exc:
        import_file(configured, path, customer_type="consumer")
    assert exc.value.field == "customer_type"
    assert "'consumer' is not a customer type" in exc.value.message
    assert "private, " in exc.value.message and "individual" in exc.value.message


# -- the sales model of a shop's orders ----------------------------------------------------------
SELF_SERVICE_REASON = "Orders with risk signs are not sold self-service"


def import_choices(ctx) -> dict:
    with ctx.session() as s:
        details = s.execute(select(DbAuditEvent.details)
                            .where(DbAuditEvent.action == "orders.imported")).scalar_one()
    return json.loads(details)["choices"]


def test_a_shops_elevated_order_is_held_as_self_service(configured, orders, tmp_path):
    # The company sells both ways (its usual model: sales-assisted); a Shopify export's orders
    # were placed in the webshop, which the preset says.
    path = shutil.copy(SHOPS / "shopify-orders.csv", tmp_path / "orders_export.csv")
    service = ImportService(configured)
    preset = service.preset_for(service.read_headers(path))
    assert preset is not None and preset.sales_model == "self_service"
    report = import_file(configured, path, sales_model=preset.sales_model)
    assert report.imported == 2 and report.held == 2
    order = orders.get_by_reference("#1002")
    assert order.draft.sales_model == "self_service"
    assert order.screening.tier == "elevated" and order.screening.hold
    assert any(SELF_SERVICE_REASON in r for r in order.screening.hold_reasons)
    assert import_choices(configured) == {"default_sales_model": "self_service"}


def test_without_a_sales_model_a_shops_orders_take_the_companys_usual_one(configured, orders,
                                                                         tmp_path):
    path = shutil.copy(SHOPS / "shopify-orders.csv", tmp_path / "orders_export.csv")
    assert import_file(configured, path).held == 0
    order = orders.get_by_reference("#1002")
    assert order.draft.sales_model == "assisted" and order.screening.tier == "elevated"
    assert not order.screening.hold


def test_a_sales_model_given_overrides_the_companys_usual_one(configured, orders, tmp_path):
    SetupService(configured).save_profile(dataclasses.replace(
        sample_profile(), sales_model=CompanySalesModel.SELF_SERVICE))
    path = shutil.copy(SHOPS / "woocommerce-orders.csv", tmp_path / "woo.csv")
    assert ImportService(configured).default_sales_model() == "self_service"
    report = import_file(configured, path, sales_model="assisted")
    assert report.imported == 2 and report.held == 0
    assert orders.get_by_reference("4712").draft.sales_model == "assisted"
    assert import_choices(configured) == {"default_sales_model": "assisted"}


def test_the_files_own_sales_model_wins_row_by_row(configured, orders, tmp_path):
    path = text_file(tmp_path, "Order No,Date,Company,Country,SKU,Qty,Channel\n"
                     "W-1,2026-11-02,Acme,DE,LT-1,1,assisted\n"
                     "W-2,2026-11-02,Beta,FR,LT-1,1,\n")
    assert import_file(configured, path, sales_model="self_service").imported == 2
    assert orders.get_by_reference("W-1").draft.sales_model == "assisted"
    assert orders.get_by_reference("W-2").draft.sales_model == "self_service"


def test_a_sales_model_that_is_none_is_refused_in_words(configured, tmp_path):
    path = shutil.copy(SHOPS / "shopify-orders.csv", tmp_path / "orders_export.csv")
    with pytest.raises(ValidationError) as exc:
        import_file(configured, path, sales_model="webshop")
    assert exc.value.field == "sales_model"
    assert exc.value.message == ("'webshop' is no sales model: an order taken by a salesperson "
                                 "is 'assisted', one placed in a webshop 'self_service'.")
    assert stored(configured) == 0


# -- dates that read two ways -------------------------------------------------------------------
AMBIGUOUS = HEADER + "W-1,02/11/2026,Acme,DE,LT-1,1\nW-2,03/11/2026,Beta,FR,LT-1,1\n"


def test_dates_that_read_two_ways_are_asked_for_not_guessed(configured, orders, tmp_path):
    path = text_file(tmp_path, AMBIGUOUS)
    with pytest.raises(DateOrderNeeded) as exc:
        import_file(configured, path)
    assert "02/11/2026 is day first or month first" in exc.value.message
    assert stored(configured) == 0
    report = import_file(configured, path, date_order="dmy", customer_type="individual")
    assert report.imported == 2
    assert orders.get_by_reference("W-1").draft.date == dt.date(2026, 11, 2)
    # The audit event says how the file was read where it could not say itself.
    with configured.session() as s:
        details = s.execute(select(DbAuditEvent.details)
                            .where(DbAuditEvent.action == "orders.imported")).scalar_one()
    assert json.loads(details)["choices"] == {"date_order": "dmy",
                                              "default_customer_type": "individual"}


def test_one_date_with_13_or_more_decides_for_the_whole_file(configured, orders, tmp_path):
    path = text_file(tmp_path, AMBIGUOUS + "W-3,25/11/2026,Gamma,AT,LT-1,1\n")
    assert import_file(configured, path).imported == 3
    assert orders.get_by_reference("W-1").draft.date == dt.date(2026, 11, 2)


@pytest.mark.parametrize(
    ("extra", "chosen", "words"),
    [
        ("W-3,25/11/2026,Gamma,AT,LT-1,1\n", "mdy", "25/11/2026 can only be day first"),
        ("W-3,25/11/2026,Gamma,AT,LT-1,1\nW-4,11/25/2026,Delta,AT,LT-1,1\n", None,
         "25/11/2026 is day first and 11/25/2026 month first"),
    ],
)
def test_a_choice_the_dates_contradict_or_a_file_of_both_orders_is_refused(
        configured, tmp_path, extra, chosen, words):
    path = text_file(tmp_path, AMBIGUOUS + extra)
    with pytest.raises(ValidationError, match=words):
        import_file(configured, path, date_order=chosen)
    assert stored(configured) == 0


# -- files split wrongly --------------------------------------------------------------------------
def test_an_unclosed_quote_refuses_the_row_that_swallowed_the_next_ones(configured, orders,
                                                                       tmp_path):
    path = text_file(tmp_path, HEADER + 'W-1,2026-11-02,"Acme GmbH,DE,LT-1,1\n'
                     'W-2,2026-11-03,Beta,FR,LT-2,1\nW-3,2026-11-03,"Gamma",AT,LT-1,1\n'
                     "W-4,2026-11-04,Delta,AT,LT-1,1\n")
    report = import_file(configured, path)
    assert report.imported == 1 and orders.get_by_reference("W-4") is not None
    assert orders.get_by_reference("W-1") is None
    [error] = report.errors
    assert error.row == 2
    assert "the Company cell holds line breaks and commas" in error.reason
    assert "lines 2 to 4 of the file" in error.reason


def test_a_refused_first_row_takes_the_rest_of_its_order_along(configured, orders, tmp_path):
    path = text_file(tmp_path, HEADER + "W-1,2026-11-02,Acme,DE,LT-1\n"  # a cell short
                     "W-1,,,,MS-1,1\nW-2,2026-11-03,Beta,FR,LT-2,1\n")
    report = import_file(configured, path)
    assert report.imported == 1 and orders.get_by_reference("W-1") is None
    reasons = {e.row: e.reason for e in report.errors}
    assert "5 cells where the first row has 6" in reasons[2]
    assert reasons[3] == "left out because another row of order W-1 is bad"


def test_a_header_with_commas_over_rows_with_semicolons_is_refused(configured, tmp_path):
    path = text_file(tmp_path, HEADER + "W-1;2026-11-02;Acme;DE;LT-1;1\n"
                     "W-2;2026-11-03;Beta;FR;LT-2;1\n")
    with pytest.raises(ValidationError, match="separates its column names with commas but the "
                                              "rows below it use semicolons"):
        import_file(configured, path)
    assert stored(configured) == 0


def test_a_zero_byte_in_a_cell_is_named_by_row_and_column(configured, tmp_path):
    rows = "".join(f"W-{i},2026-11-02,Acme,DE,LT-1,1\n" for i in range(1, 30))
    path = text_file(tmp_path, HEADER + rows + "W-99,2026-11-02,Ac\x00me,DE,LT-1,1\n")
    report = import_file(configured, path)
    assert report.imported == 29
    [error] = report.errors
    assert error.row == 31 and "Company cell holds a zero byte" in error.reason


def test_a_cell_over_the_csv_limit_is_named_by_row_and_column(configured, tmp_path):
    path = text_file(tmp_path, HEADER + "W-1,2026-11-02,Acme,DE,LT-1,1\n"
                     f"W-2,2026-11-02,Acme,DE,{'x' * 140_000},1\n")
    with pytest.raises(ValidationError) as exc:
        import_file(configured, path)
    assert exc.value.field == "file"
    assert "Row 3 of orders.csv has more than 131,072 characters in its SKU cell" in \
        exc.value.message


def test_a_remembered_choice_keeps_its_column_from_the_generic_preset(configured, tmp_path):
    path = text_file(tmp_path, HEADER + "W-1,2026-11-02,Acme,DE,LT-1,1\n")
    service = ImportService(configured)
    headers = service.read_headers(path)
    assert service.suggest_mapping(headers)["customer_name"] == "Company"
    service.import_csv(path, {"reference": "Order No", "intended_use": "Company"})
    mapping = service.suggest_mapping(headers)
    assert mapping["intended_use"] == "Company" and "customer_name" not in mapping
