"""Turning the rows of a shop's or ERP's CSV export into orders (pure: rows in, orders out).

One row is one order line; rows that share an order reference form one order, and the order's
own fields (customer, destination, intended use...) are read from its first row. A row that
cannot be read is reported with its line number and the reason, and its whole order is left
out: an order is imported complete or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from reseller_app.domain.orders import (
    Order,
    OrderLine,
    Party,
    SalesModel,
    normalise_country,
    split_tags,
)


@dataclass(frozen=True, slots=True)
class ImportField:
    key: str
    label: str
    required: bool = False
    aliases: tuple[str, ...] = ()


FIELDS: tuple[ImportField, ...] = (
    ImportField("reference", "Order reference", True,
                ("order_reference", "order", "order_id", "order_no", "order_number", "reference",
                 "ref", "bestellnummer", "pedido", "commande")),
    ImportField("date", "Order date", False, ("order_date", "date", "created", "created_at")),
    ImportField("sales_model", "Sales model", False, ("sales_model", "channel", "sales_channel")),
    ImportField("customer_name", "Customer name", False,
                ("customer_name", "customer", "company", "client", "billing_company", "buyer")),
    ImportField("customer_country", "Customer country", False,
                ("customer_country", "billing_country", "country")),
    ImportField("customer_type", "Customer type", False, ("customer_type", "type")),
    ImportField("customer_sector", "Customer sector", False, ("customer_sector", "sector",
                                                              "industry")),
    ImportField("customer_government_function", "Government function", False,
                ("customer_government_function", "government_function")),
    ImportField("end_user_name", "End user name", False, ("end_user_name", "end_user")),
    ImportField("end_user_country", "End user country", False, ("end_user_country",)),
    ImportField("end_user_type", "End user type", False, ("end_user_type",)),
    ImportField("destination_country", "Destination country", False,
                ("destination_country", "shipping_country", "ship_to_country", "destination")),
    ImportField("intended_use", "Intended use", False,
                ("intended_use", "use", "purpose", "end_use", "notes", "comment")),
    ImportField("use_cases", "Use-case tags", False, ("use_cases", "use_case", "tags")),
    ImportField("sku", "SKU", False, ("sku", "item", "item_number", "article", "part_number",
                                      "product_code")),
    ImportField("description", "Description", False, ("description", "product", "item_name",
                                                      "product_name", "name")),
    ImportField("category", "Product category", False, ("category", "risk_category",
                                                        "product_category")),
    ImportField("quantity", "Quantity", False, ("quantity", "qty", "amount", "menge",
                                                "cantidad")),
    ImportField("unit_price", "Unit price", False, ("unit_price", "price", "net_price")),
    ImportField("currency", "Currency", False, ("currency", "curr")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)

_SALES_MODELS = {
    "assisted": SalesModel.ASSISTED, "sales_assisted": SalesModel.ASSISTED,
    "sales assisted": SalesModel.ASSISTED, "sales-assisted": SalesModel.ASSISTED,
    "self_service": SalesModel.SELF_SERVICE, "self-service": SalesModel.SELF_SERVICE,
    "self service": SalesModel.SELF_SERVICE, "webshop": SalesModel.SELF_SERVICE,
    "online": SalesModel.SELF_SERVICE, "shop": SalesModel.SELF_SERVICE,
}


def _norm_header(h: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", h.strip().lower()).strip("_")


def suggest_mapping(headers: list[str], remembered: dict[str, str] | None = None
                    ) -> dict[str, str]:
    """Field key -> CSV header: the remembered mapping where its headers exist, else by name."""
    mapping: dict[str, str] = {}
    present = set(headers)
    for key, header in (remembered or {}).items():
        if key in FIELD_KEYS and header in present:
            mapping[key] = header
    taken = set(mapping.values())
    normalised = {_norm_header(h): h for h in headers}
    for f in FIELDS:
        if f.key in mapping:
            continue
        for alias in (f.key, *f.aliases):
            header = normalised.get(alias)
            if header is not None and header not in taken:
                mapping[f.key] = header
                taken.add(header)
                break
    return mapping


def parse_date(text: str) -> dt.date:
    text = text.strip()
    if len(text) == 10 and text[4] == "-":
        try:  # the usual ISO date, parsed in C
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date '{text}' is not a date like 2026-11-25 or 25.11.2026")


def parse_decimal(text: str) -> Decimal:
    s = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in s and "." in s:
        # The separator that comes last is the decimal one: 1.234,50 or 1,234.50.
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else \
            s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not a number") from None


@dataclass(frozen=True, slots=True)
class ParsedOrder:
    first_row: int
    rows: tuple[int, ...]
    order: Order


@dataclass(frozen=True, slots=True)
class BadRow:
    row: int
    reason: str


def _line(get, row: int) -> OrderLine:
    qty_text = get("quantity")
    if qty_text:
        qty = parse_decimal(qty_text)
        if qty != qty.to_integral_value():
            raise ValueError(f"quantity '{qty_text}' is not a whole number")
        quantity = int(qty)
    else:
        quantity = 1
    if quantity <= 0:
        raise ValueError(f"quantity {quantity} must be greater than zero")
    price_text = get("unit_price")
    price = parse_decimal(price_text) if price_text else None
    if price is not None and price < 0:
        raise ValueError(f"unit price {price_text} must not be negative")
    # Every value is checked above (``get`` strips and turns blanks into None), so the model is
    # built without validating again: the import builds tens of thousands of these.
    return OrderLine.model_construct(sku=get("sku"), description=get("description"),
                                     category=get("category"), quantity=quantity,
                                     unit_price=price)


def _country(get, key: str, label: str) -> str | None:
    value = get(key)
    try:
        return normalise_country(value)
    except ValueError:
        raise ValueError(f"{label} '{value}' is not an ISO 3166-1 code such as DE") from None


def _header(get, default_sales_model: SalesModel) -> dict:
    model_text = (get("sales_model") or "").lower()
    if model_text:
        if model_text not in _SALES_MODELS:
            raise ValueError(f"sales model '{model_text}' is not 'assisted' or 'self_service'")
        sales_model = _SALES_MODELS[model_text]
    else:
        sales_model = default_sales_model
    end_user = None
    if get("end_user_name") or get("end_user_country") or get("end_user_type"):
        end_user = Party.model_construct(
            name=get("end_user_name"),
            country=_country(get, "end_user_country", "end user country"),
            type=get("end_user_type"), sector=None, government_function=None)
    date_text = get("date")
    return {
        "date": parse_date(date_text) if date_text else None,
        "sales_model": sales_model,
        "customer": Party.model_construct(
            name=get("customer_name"),
            country=_country(get, "customer_country", "customer country"),
            type=get("customer_type"), sector=get("customer_sector"),
            government_function=get("customer_government_function"),
        ),
        "end_user": end_user,
        "destination_country": _country(get, "destination_country", "destination country"),
        "intended_use": get("intended_use"),
        "use_cases": split_tags(get("use_cases")),
        "currency": get("currency"),
    }


def orders_from_rows(
    rows: Iterable[tuple[int, list[str]]],
    header_index: dict[str, int],
    *,
    default_sales_model: SalesModel = SalesModel.ASSISTED,
) -> Iterator[ParsedOrder | BadRow]:
    """Group numbered rows into orders; yields each order or each bad row, in file order.

    ``header_index`` maps field keys to column positions. An order with a bad row yields the bad
    row(s) and one more :class:`BadRow` per good row of that order saying it was left out.
    """
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    ref_col = header_index["reference"]
    for number, values in rows:
        ref = values[ref_col].strip() if ref_col < len(values) else ""
        if not ref:
            yield BadRow(number, "the order reference is empty")
            continue
        groups.setdefault(ref, []).append((number, values))

    for ref, members in groups.items():
        bad: list[BadRow] = []
        lines: list[OrderLine] = []
        header: dict | None = None
        for number, values in members:
            n = len(values)
            # Each mapped cell once, stripped, blanks as None (read many times below).
            get = {key: (values[i].strip() or None) if i < n else None
                   for key, i in header_index.items()}.get

            try:
                if header is None:
                    header = _header(get, default_sales_model)
                lines.append(_line(get, number))
            except (ValueError, ValidationError) as exc:
                bad.append(BadRow(number, str(exc).splitlines()[0]))
        if bad:
            yield from bad
            bad_numbers = {b.row for b in bad}
            for number, _ in members:
                if number not in bad_numbers:
                    yield BadRow(number, f"left out because another row of order {ref} is bad")
            continue
        assert header is not None
        yield ParsedOrder(members[0][0], tuple(n for n, _ in members),
                          Order.model_construct(reference=ref, lines=tuple(lines), **header))
