"""The rows an order is stored as: ``orders``, ``order_line``, ``screening`` (and, on SQLite,
the ``order_search`` index the database keeps from ``orders``).

One mapping from a screened order to its rows, used by every writer: the order editor's save
and the screening again (ORM objects, ``setattr`` by column name) and the CSV import (lists of
values in column order for ``executemany``). Adding a column to orders is one edit here; a
test fails when a table has a column no mapping fills.

Values are built as lists in the columns' order (not dicts): the import builds thousands of
them, and a list is what ``executemany`` takes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from reseller_app.domain.orders import Order, OrderLine
from reseller_app.domain.screening import ScreeningResult

# What an order's screening sets on its row (screening again sets only these, and the time).
SCREENED_COLUMNS = ("status", "tier", "hold", "blocked")
# Every column a save writes. An edit keeps the rest: when and by which import it came in.
ORDER_COLUMNS = (
    "reference", "order_date", "sales_model", "customer_id", "end_user_id", "customer_name",
    "end_user_name", "destination_country", "intended_use", "use_cases", "currency", "total",
    *SCREENED_COLUMNS, "updated_at", "consignee_id", "consignee_name")
# ``version`` is in neither: a new row gets 1 from the database's default (the import adds no
# value to its thousands of rows), and every later write of the row counts it on (the ORM).
NEW_ORDER_COLUMNS = (*ORDER_COLUMNS, "import_batch_id", "created_at")
LINE_COLUMNS = ("order_id", "position", "sku", "description", "category", "quantity",
                "product_id", "unit_price")
SCREENING_COLUMNS = ("order_id", "created_at", "tier", "hold", "blocked", "result",
                     "order_snapshot", "pack_id", "pack_version", "pack_sha256")

# ``order.model_dump_json(exclude_none=True)`` without its Python wrapper (a fifth of its
# time, which counts in an import): the order as screened, order JSON v1.
_to_json = Order.__pydantic_serializer__.to_json


def order_snapshot(order: Order) -> str:
    """The order as screened, stored with its screening (order JSON v1 text)."""
    return _to_json(order, exclude_none=True).decode()


@lru_cache(maxsize=1024)
def _use_cases_json(use_cases: tuple[str, ...]) -> str:
    # Few distinct sets of tags recur across a file's orders: each is written once.
    return json.dumps(list(use_cases))


def screened_values(result: ScreeningResult, status: str) -> list[Any]:
    """The values of :data:`SCREENED_COLUMNS`."""
    return [status, result.tier, result.hold, result.blocked]


def new_order_values(order: Order, result: ScreeningResult, status: str, *,
                     customer_id: int | None, end_user_id: int | None, now: dt.datetime,
                     import_batch_id: int | None = None,
                     consignee_id: int | None = None) -> list[Any]:
    """The values of :data:`NEW_ORDER_COLUMNS` for ``order`` screened as ``result``, with where
    it came from. The names are the order's own (copied so that the list never joins the
    catalog); the ids link them to the catalog's customers. No consignee is NULL in both of
    its columns (as in every order stored before there were consignees)."""
    cust, eu, cons = order.customer, order.end_user, order.consignee
    return [
        order.reference, order.date or now.date(), order.sales_model.value, customer_id,
        end_user_id, cust.name or "", (eu.name or "") if eu else "", order.destination_country,
        order.intended_use or "", _use_cases_json(order.use_cases), order.currency or "EUR",
        str(order.total), status, result.tier, result.hold, result.blocked, now,
        consignee_id, (cons.name or "") if cons else None, import_batch_id, now]


def order_values(order: Order, result: ScreeningResult, status: str, *,
                 customer_id: int | None, end_user_id: int | None,
                 now: dt.datetime, consignee_id: int | None = None) -> list[Any]:
    """The values of :data:`ORDER_COLUMNS`: what saving an order again writes."""
    return new_order_values(order, result, status, customer_id=customer_id,
                            end_user_id=end_user_id, now=now,
                            consignee_id=consignee_id)[:len(ORDER_COLUMNS)]


def line_values(order_id: int, position: int, line: OrderLine,
                product_id: int | None) -> list[Any]:
    """The values of :data:`LINE_COLUMNS`; ``product_id`` links the line to the catalog."""
    return [order_id, position, line.sku, line.description, line.category, line.quantity,
            product_id, None if line.unit_price is None else str(line.unit_price)]


def screening_values(order_id: int, order: Order, result: ScreeningResult, now: dt.datetime,
                     result_json: Callable[[ScreeningResult], str] = ScreeningResult.to_json,
                     snapshot: str | None = None) -> list[Any]:
    """The values of :data:`SCREENING_COLUMNS`. ``result_json`` gives the stored form of the
    result (the full JSON by default; an import stores the compact form, see
    ``Screener.stored_json``); ``snapshot`` is ``order_snapshot(order)`` when known already."""
    pack = result.pack
    return [order_id, now, result.tier, result.hold, result.blocked, result_json(result),
            order_snapshot(order) if snapshot is None else snapshot, pack.id, pack.version,
            pack.sha256]


def fields(columns: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    """Column name -> value, for an ORM object (``DbOrder(**fields(...))``)."""
    return dict(zip(columns, values, strict=True))


def set_fields(row: Any, columns: Sequence[str], values: Sequence[Any]) -> None:
    """Set ``values`` on an ORM object by column name."""
    for name, value in zip(columns, values, strict=True):
        setattr(row, name, value)


# -- the search index (SQLite) ----------------------------------------------------------------
# The database keeps ``order_search`` from ``orders`` with triggers (migrations 0001, 0004):
# one trigger per inserted row. An import runs the insert trigger's own statement once for all
# its orders instead, so the index's columns are written in the migration only.
SEARCH_TRIGGER = "orders_search_insert"


def search_rows_sql(trigger_sql: str) -> str | None:
    """The insert trigger's statement for every order from ``id >= ?`` in one go, or None
    when the trigger is not of the known shape (the trigger is then left to index each row)."""
    _, sep, rest = trigger_sql.partition(" BEGIN ")
    body = rest.strip().removesuffix("END").strip().removesuffix(";").strip()
    if not sep or ";" in body or not body.upper().startswith("INSERT INTO ORDER_SEARCH("):
        return None
    target, sep, values = body.partition(" VALUES ")
    values = values.strip()
    if not sep or not values.startswith("(new.id,") or not values.endswith(")") \
            or "old." in values:
        return None
    columns = values[len("(new.id,"):-1].replace("new.", "")
    return f"{target} SELECT id,{columns} FROM orders WHERE id >= ?"
