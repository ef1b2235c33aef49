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
from operator import itemgetter
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from reseller_app.domain.orders import (
    Order,
    OrderLine,
    Party,
    SalesModel,
    normalise_country,
    split_tags,
)
from reseller_app.domain.texts import mark, t

_M = TypeVar("_M", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class ImportField:
    key: str
    label: str
    required: bool = False
    aliases: tuple[str, ...] = ()


FIELDS: tuple[ImportField, ...] = (
    ImportField("reference", mark("Order reference"), True,
                ("order_reference", "order", "order_id", "order_no", "order_number", "reference",
                 "ref", "bestellnummer", "pedido", "commande")),
    ImportField("date", mark("Order date"), False, ("order_date", "date", "created", "created_at")),
    ImportField("sales_model", mark("Sales model"), False,
                ("sales_model", "channel", "sales_channel")),
    ImportField("customer_name", mark("Customer name"), False,
                ("customer_name", "customer", "company", "client", "billing_company", "buyer")),
    ImportField("customer_country", mark("Customer country"), False,
                ("customer_country", "billing_country", "country")),
    ImportField("customer_type", mark("Customer type"), False, ("customer_type", "type")),
    ImportField("customer_sector", mark("Customer sector"), False, ("customer_sector", "sector",
                                                              "industry")),
    ImportField("customer_government_function", mark("Government function"), False,
                ("customer_government_function", "government_function")),
    ImportField("end_user_name", mark("End user name"), False, ("end_user_name", "end_user")),
    ImportField("end_user_country", mark("End user country"), False, ("end_user_country",)),
    ImportField("end_user_type", mark("End user type"), False, ("end_user_type",)),
    ImportField("destination_country", mark("Destination country"), False,
                ("destination_country", "shipping_country", "ship_to_country", "destination")),
    ImportField("intended_use", mark("Intended use"), False,
                ("intended_use", "use", "purpose", "end_use", "notes", "comment")),
    ImportField("use_cases", mark("Use-case tags"), False, ("use_cases", "use_case", "tags")),
    ImportField("sku", mark("SKU"), False, ("sku", "item", "item_number", "article", "part_number",
                                      "product_code")),
    ImportField("description", mark("Description"), False, ("description", "product", "item_name",
                                                      "product_name", "name")),
    ImportField("category", mark("Product category"), False, ("category", "risk_category",
                                                        "product_category")),
    ImportField("quantity", mark("Quantity"), False, ("quantity", "qty", "amount", "menge",
                                                "cantidad")),
    ImportField("unit_price", mark("Unit price"), False, ("unit_price", "price", "net_price")),
    ImportField("currency", mark("Currency"), False, ("currency", "curr")),
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
    raise ValueError(t("date '{text}' is not a date like 2026-11-25 or 25.11.2026", text=text))


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
        raise ValueError(t("'{text}' is not a number", text=text)) from None


@dataclass(frozen=True, slots=True)
class ParsedOrder:
    first_row: int
    rows: tuple[int, ...]
    order: Order


@dataclass(frozen=True, slots=True)
class BadRow:
    row: int
    reason: str


# -- building the orders ---------------------------------------------------------------------------
# Every value is checked here (cells are stripped, blanks are None), so the models are built
# without validating again: an import builds tens of thousands of them. ``_construct`` does what
# pydantic's ``model_construct`` does for these models (no defaults to fill: every field is
# given), without its per-field loop, which costs more than the rest of reading a row.
_new_object = object.__new__
_set_attribute = object.__setattr__


def _constructible(cls: type[BaseModel]) -> bool:
    return (not cls.__pydantic_post_init__ and not cls.__pydantic_root_model__
            and not cls.__private_attributes__ and cls.model_config.get("extra") != "allow")


_FAST = all(_constructible(cls) for cls in (Order, OrderLine, Party))


def _construct(cls: type[_M], values: dict[str, Any]) -> _M:
    """``cls.model_construct(**values)`` where ``values`` holds every field, in field order."""
    if not _FAST:
        return cls.model_construct(**values)
    m = _new_object(cls)
    _set_attribute(m, "__dict__", values)
    _set_attribute(m, "__pydantic_fields_set__", set(values))
    _set_attribute(m, "__pydantic_extra__", None)
    _set_attribute(m, "__pydantic_private__", None)
    return m


_LINE_KEYS = ("sku", "description", "category", "quantity", "unit_price")
_HEADER_KEYS = ("date", "sales_model", "customer_name", "customer_country", "customer_type",
                "customer_sector", "customer_government_function", "end_user_name",
                "end_user_country", "end_user_type", "destination_country", "intended_use",
                "use_cases", "currency")
_MEMO_LIMIT = 50_000  # values remembered per kind (dates, countries, parties...) in one file


def _bad_country(key: str, value: str) -> str:
    # One sentence per column, so that each can be translated whole.
    if key == "customer_country":
        return t("customer country '{value}' is not an ISO 3166-1 code such as DE", value=value)
    if key == "end_user_country":
        return t("end user country '{value}' is not an ISO 3166-1 code such as DE", value=value)
    return t("destination country '{value}' is not an ISO 3166-1 code such as DE", value=value)


class _Cells:
    """Some cells of a row, stripped, blank or missing ones as None (picked out in C)."""

    def __init__(self, columns: tuple[int | None, ...]) -> None:
        assert len(columns) > 1  # itemgetter of one index gives the value, not a tuple
        self.columns = columns
        # An unmapped column reads the "" put after the row's last cell (index -1).
        self.pick = itemgetter(*(i if i is not None else -1 for i in columns))

    def __call__(self, values: list[str]) -> list[str | None]:
        try:
            cells = self.pick([*values, ""])
        except IndexError:  # a row shorter than the header
            n = len(values)
            return [(values[i].strip() or None) if i is not None and i < n else None
                    for i in self.columns]
        return [c.strip() or None for c in cells]


class _RowReader:
    """Reads the mapped cells of a row: an order's own fields from its first row, a line from
    each. Values that recur down a file (dates, countries, tags, parties) are worked out once."""

    def __init__(self, header_index: dict[str, int], default_sales_model: SalesModel) -> None:
        self.line_cells = _Cells(tuple(header_index.get(k) for k in _LINE_KEYS))
        self.header_cells = _Cells(tuple(header_index.get(k) for k in _HEADER_KEYS))
        self.default_sales_model = default_sales_model
        self.dates: dict[str, dt.date] = {}
        self.countries: dict[str, str | None] = {}
        self.tags: dict[str | None, tuple[str, ...]] = {}
        self.parties: dict[tuple[str | None, ...], Party] = {}

    def line(self, values: list[str]) -> OrderLine:
        sku, description, category, qty_text, price_text = self.line_cells(values)
        if qty_text is None:
            quantity = 1
        elif qty_text.isascii() and qty_text.isdigit():
            quantity = int(qty_text)
        else:
            qty = parse_decimal(qty_text)
            if qty != qty.to_integral_value():
                raise ValueError(t("quantity '{quantity}' is not a whole number",
                                   quantity=qty_text))
            quantity = int(qty)
        if quantity <= 0:
            raise ValueError(t("quantity {quantity} must be greater than zero",
                               quantity=quantity))
        price = parse_decimal(price_text) if price_text else None
        if price is not None and price < 0:
            raise ValueError(t("unit price {price} must not be negative", price=price_text))
        return _construct(OrderLine, {"sku": sku, "description": description,
                                      "category": category, "quantity": quantity,
                                      "unit_price": price})

    def _country(self, key: str, value: str | None) -> str | None:
        if value is None:
            return None
        code = self.countries.get(value)
        if code is None:
            try:
                code = normalise_country(value)
            except ValueError:
                raise ValueError(_bad_country(key, value)) from None
            if len(self.countries) < _MEMO_LIMIT:
                self.countries[value] = code
        return code

    def _date(self, text: str | None) -> dt.date | None:
        if text is None:
            return None
        date = self.dates.get(text)
        if date is None:
            date = parse_date(text)
            if len(self.dates) < _MEMO_LIMIT:
                self.dates[text] = date
        return date

    def _party(self, *fields: str | None) -> Party:
        """A customer or end user; equal ones are one object (the model is frozen)."""
        party = self.parties.get(fields)
        if party is None:
            name, country, type_, sector, function = fields
            party = _construct(Party, {"name": name, "country": country, "type": type_,
                                       "sector": sector, "government_function": function})
            if len(self.parties) < _MEMO_LIMIT:
                self.parties[fields] = party
        return party

    def header(self, values: list[str]) -> tuple[dict[str, Any], str | None]:
        """The order's own fields from ``date`` to ``use_cases`` (in the model's field order),
        and its currency."""
        (date_text, model_text, customer_name, customer_country, customer_type, customer_sector,
         customer_function, end_user_name, end_user_country, end_user_type, destination,
         intended_use, use_cases, currency) = self.header_cells(values)
        if model_text:
            model_text = model_text.lower()
            if model_text not in _SALES_MODELS:
                raise ValueError(t("sales model '{value}' is not 'assisted' or 'self_service'",
                                   value=model_text))
            sales_model = _SALES_MODELS[model_text]
        else:
            sales_model = self.default_sales_model
        end_user = None
        if end_user_name or end_user_country or end_user_type:
            end_user = self._party(
                end_user_name, self._country("end_user_country", end_user_country),
                end_user_type, None, None)
        date = self._date(date_text)
        customer = self._party(
            customer_name, self._country("customer_country", customer_country), customer_type,
            customer_sector, customer_function)
        tags = self.tags.get(use_cases)
        if tags is None:
            tags = split_tags(use_cases)
            if len(self.tags) < _MEMO_LIMIT:
                self.tags[use_cases] = tags
        return {
            "date": date,
            "sales_model": sales_model,
            "customer": customer,
            "end_user": end_user,
            "destination_country": self._country("destination_country", destination),
            "intended_use": intended_use,
            "use_cases": tags,
        }, currency


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
            yield BadRow(number, t("the order reference is empty"))
            continue
        members = groups.get(ref)
        if members is None:
            groups[ref] = [(number, values)]
        else:
            members.append((number, values))

    reader = _RowReader(header_index, default_sales_model)
    for ref, members in groups.items():
        bad: list[BadRow] = []
        lines: list[OrderLine] = []
        header: dict[str, Any] | None = None
        currency: str | None = None
        for number, values in members:
            try:
                if header is None:
                    header, currency = reader.header(values)
                lines.append(reader.line(values))
            except (ValueError, ValidationError) as exc:
                bad.append(BadRow(number, str(exc).splitlines()[0]))
        if bad:
            yield from bad
            bad_numbers = {b.row for b in bad}
            for number, _ in members:
                if number not in bad_numbers:
                    yield BadRow(number, t("left out because another row of order {reference} "
                                           "is bad", reference=ref))
            continue
        assert header is not None
        yield ParsedOrder(members[0][0], tuple(n for n, _ in members), _construct(Order, {
            "reference": ref, **header, "lines": tuple(lines), "currency": currency}))
