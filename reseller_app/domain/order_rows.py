"""Turning the rows of a shop's or ERP's CSV export into orders (pure: rows in, orders out).

One row is one order line; rows that share an order reference form one order, and the order's
own fields (customer, destination, intended use...) are read from its first row; a later row
may leave them blank but must not contradict them. A row that cannot be read is reported with
its line number and the reason, and its whole order is left out: an order is imported complete
or not at all.

What a file leaves blank is filled from the reseller's catalog where it knows better: a line's
product category from its SKU, a customer's or end user's type, sector and government function
from their name and country. A shop's export rarely has those columns, and without them a
risky order would look harmless (unknown counts as a risk, but a lesser one than the truth).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, partial
from operator import itemgetter
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from reseller_app.domain.csv_dates import DateOrder, parse_date
from reseller_app.domain.orders import (
    MAX_QUANTITY,
    MAX_UNIT_PRICE,
    USER_ASSIGNED_COUNTRIES,
    Order,
    OrderLine,
    Party,
    SalesModel,
    normalise_country,
    reference_problem,
    split_tags,
)
from reseller_app.domain.text_fold import fold
from reseller_app.domain.texts import mark, t

_M = TypeVar("_M", bound=BaseModel)

# What the catalog knows about a customer or end user, found by (name, country):
# (type, sector, government function), each None when the catalog does not say.
PartyFacts = tuple[str | None, str | None, str | None]


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
    # A consumer has no company: the person's name (Shopify's "Billing Name") names the
    # customer where the customer name column is blank.
    ImportField("customer_person", mark("Customer person name (where no company is given)"),
                False, ("customer_person", "billing_name", "contact_name")),
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
    # Who receives the goods: a shop's shipping address. It names a consignee only when it is
    # another party than the customer and the end user (see ``consignee_party``), so a shop's
    # "Shipping Company" / "Shipping Name" can be mapped whatever its orders hold.
    ImportField("consignee_name", mark("Consignee name (company receiving the goods)"), False,
                ("consignee_name", "consignee", "shipping_company", "ship_to_company")),
    ImportField("consignee_person", mark("Consignee person name (where no company is given)"),
                False, ("consignee_person", "shipping_name", "ship_to_name")),
    ImportField("consignee_country", mark("Consignee country (if not the destination)"), False,
                ("consignee_country",)),
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


def _same_name(text: str) -> str:
    return " ".join(fold(text).split())


def consignee_party(company: str | None, person: str | None, customer_company: str | None,
                    customer_person: str | None, end_user: str | None) -> str | None:
    """The name of the consignee an export's shipping address names, or None when the goods go
    to the customer or the end user themselves.

    Shop exports fill a shipping address for every order, and for most it is the buyer's own:
    a consumer's shipping name is the billing name, a company's shipping company is the billing
    company. Only a shipping party that is neither is another party (a freight forwarder, a
    warehouse, a friend a present is sent to), to be screened and named as the consignee:
    - the shipping company (it receives, whoever it is addressed to) unless it is the
      customer's or the end user's name;
    - with no shipping company, the shipping person's name, unless it is the customer's
      person, company or end user; and not for a customer that is a company (a person there
      without a company is one of the customer's own people, as "Petra Schmidt" at Acme).
    Names count as the same with case, accents and spacing ignored; the country does not count
    (a party's other address is still that party: the destination says where it goes).
    """
    own = {_same_name(n) for n in (customer_company, customer_person, end_user) if n}
    if company is not None:
        return None if _same_name(company) in own else company
    if person is None or customer_company is not None:
        return None
    return None if _same_name(person) in own else person


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


def parse_decimal(text: str) -> Decimal:
    s = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in s and "." in s:
        # The separator that comes last is the decimal one: 1.234,50 or 1,234.50.
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else \
            s.replace(",", "")
    elif "," in s:
        s = s.replace(",", ".")
    try:
        number = Decimal(s)
    except InvalidOperation:
        raise ValueError(t("'{text}' is not a number", text=text)) from None
    if not number.is_finite():  # NaN, sNaN, Infinity: Decimal reads them, no order has them
        raise ValueError(t("'{text}' is not a number", text=text))
    return number


@cache
def _country_names() -> dict[str, str]:
    """Country names, official and common names and alpha-3 codes (folded) -> alpha-2."""
    import pycountry  # late: only files that write names need the table

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("alpha_3", "name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(value.casefold(), c.alpha_2)
    for code, name in USER_ASSIGNED_COUNTRIES.items():
        names.setdefault(name.casefold(), code)
    return names


def country_from_name(value: str) -> str | None:
    """The ISO code of a country written by name ("Germany") or alpha-3 code, else None."""
    return _country_names().get(" ".join(value.split()).casefold())


def fill_party(name: str | None, country: str | None, type_: str | None, sector: str | None,
               function: str | None, known: Mapping[tuple[str, str | None], PartyFacts]
               ) -> tuple[str | None, str | None, str | None]:
    """A party's type, sector and government function: the file's, and the catalog's (found by
    name and country) for those the file leaves blank. The file's own values always win."""
    if name is None or (type_ is not None and sector is not None and function is not None):
        return type_, sector, function
    facts = known.get((name, country))
    if facts is None:
        return type_, sector, function
    return (type_ if type_ is not None else facts[0],
            sector if sector is not None else facts[1],
            function if function is not None else facts[2])


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
# The model's four slots set through their descriptors: what ``object.__setattr__`` ends up
# calling, without looking each name up again (a third of the time of building a line).
_SLOTS = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
_SETTERS = tuple(getattr(BaseModel.__dict__.get(name), "__set__", None) for name in _SLOTS)
if None in _SETTERS:  # another pydantic: set by name
    _SETTERS = tuple(partial(lambda name, m, v: _set_attribute(m, name, v), name)
                     for name in _SLOTS)
_set_dict, _set_fields_set, _set_extra, _set_private = _SETTERS
# Every field is given: the same set of names for each model of a class (copied, as
# ``model_construct`` gives each model its own).
_FIELD_SETS = {cls: set(cls.model_fields) for cls in (Order, OrderLine, Party)}


def _construct(cls: type[_M], values: dict[str, Any]) -> _M:
    """``cls.model_construct(**values)`` where ``values`` holds every field, in field order."""
    if not _FAST:
        return cls.model_construct(**values)
    m = _new_object(cls)
    _set_dict(m, values)
    _set_fields_set(m, _FIELD_SETS[cls].copy())
    _set_extra(m, None)
    _set_private(m, None)
    return m


_LINE_KEYS = ("sku", "description", "category", "quantity", "unit_price")
_HEADER_KEYS = ("date", "sales_model", "customer_name", "customer_person", "customer_country",
                "customer_type", "customer_sector", "customer_government_function",
                "end_user_name", "end_user_country", "end_user_type", "consignee_name",
                "consignee_person", "consignee_country", "destination_country",
                "intended_use", "use_cases", "currency")
_MEMO_LIMIT = 50_000  # values remembered per kind (dates, countries, parties...) in one file
_CUSTOMER_KEYS = frozenset(k for k in _HEADER_KEYS if k.startswith("customer_"))
_END_USER_KEYS = frozenset(k for k in _HEADER_KEYS if k.startswith("end_user_"))
_CONSIGNEE_KEYS = frozenset(k for k in _HEADER_KEYS if k.startswith("consignee_"))
_COUNTRY_KEYS = frozenset(("customer_country", "end_user_country", "consignee_country",
                           "destination_country"))
_MAX_DIGITS = len(str(MAX_QUANTITY))  # a longer run of digits is too large a quantity


def _conflict(key: str, reference: str, row: int) -> str:
    """Why a row is refused whose order's own fields differ from the order's first row: one
    sentence per kind of field, so that each can be translated whole."""
    if key in _CUSTOMER_KEYS:
        return t("order {reference}: the customer differs from row {row}", reference=reference,
                 row=row)
    if key in _END_USER_KEYS:
        return t("order {reference}: the end user differs from row {row}", reference=reference,
                 row=row)
    if key in _CONSIGNEE_KEYS:
        return t("order {reference}: the consignee differs from row {row}", reference=reference,
                 row=row)
    if key == "destination_country":
        return t("order {reference}: the destination country differs from row {row}",
                 reference=reference, row=row)
    if key == "date":
        return t("order {reference}: the order date differs from row {row}",
                 reference=reference, row=row)
    if key == "sales_model":
        return t("order {reference}: the sales model differs from row {row}",
                 reference=reference, row=row)
    if key == "intended_use":
        return t("order {reference}: the intended use differs from row {row}",
                 reference=reference, row=row)
    if key == "use_cases":
        return t("order {reference}: the use-case tags differ from row {row}",
                 reference=reference, row=row)
    return t("order {reference}: the currency differs from row {row}", reference=reference,
             row=row)


def _bad_country(key: str, value: str) -> str:
    # One sentence per column, so that each can be translated whole.
    if key == "customer_country":
        return t("customer country '{value}' is not a country code such as DE or a country name "
                 "such as Germany", value=value)
    if key == "end_user_country":
        return t("end user country '{value}' is not a country code such as DE or a country name "
                 "such as Germany", value=value)
    if key == "consignee_country":
        return t("consignee country '{value}' is not a country code such as DE or a country "
                 "name such as Germany", value=value)
    return t("destination country '{value}' is not a country code such as DE or a country name "
             "such as Germany", value=value)


class _Cells:
    """Some cells of a row, stripped, blank or missing ones as None (picked out in C)."""

    def __init__(self, columns: tuple[int | None, ...]) -> None:
        assert len(columns) > 1  # itemgetter of one index gives the value, not a tuple
        self.columns = columns
        # An unmapped column reads the "" put after the row's last cell (index -1); with
        # every column mapped, the row is read as it is (no copy of it).
        self.pick = itemgetter(*(i if i is not None else -1 for i in columns))
        self.pad = None in columns

    def __call__(self, values: list[str]) -> list[str | None]:
        try:
            cells = self.pick([*values, ""] if self.pad else values)
        except IndexError:  # a row shorter than the header
            n = len(values)
            return [(values[i].strip() or None) if i is not None and i < n else None
                    for i in self.columns]
        return [c.strip() or None for c in cells]


class _RowReader:
    """Reads the mapped cells of a row: an order's own fields from its first row, a line from
    each. Values that recur down a file (dates, countries, tags, parties) are worked out once."""

    def __init__(self, header_index: dict[str, int], default_sales_model: SalesModel,
                 categories: Mapping[str, str],
                 parties: Mapping[tuple[str, str | None], PartyFacts],
                 date_order: DateOrder | None = None,
                 default_customer_type: str | None = None) -> None:
        self.line_cells = _Cells(tuple(header_index.get(k) for k in _LINE_KEYS))
        self.header_cells = _Cells(tuple(header_index.get(k) for k in _HEADER_KEYS))
        # The order's own cells as they are, for the cheap test that a later row of an order
        # repeats its first row (as most exports do).
        mapped = tuple(i for k in _HEADER_KEYS if (i := header_index.get(k)) is not None)
        self.order_pick = itemgetter(*mapped) if mapped else None
        self.default_sales_model = default_sales_model
        self.categories = categories
        self.known_parties = parties
        self.date_order = date_order
        self.default_customer_type = default_customer_type
        self.dates: dict[str, dt.date] = {}
        self.prices: dict[str, Decimal] = {}  # good unit prices only (a bad one raises)
        self.countries: dict[str, str | None] = {}
        self.tags: dict[str | None, tuple[str, ...]] = {}
        self.parties: dict[tuple[str | None, ...], Party] = {}

    def line(self, values: list[str]) -> OrderLine:
        sku, description, category, qty_text, price_text = self.line_cells(values)
        if qty_text is None:
            quantity = 1
        elif qty_text.isascii() and qty_text.isdigit() and len(qty_text) <= _MAX_DIGITS:
            quantity = int(qty_text)
        else:
            qty = parse_decimal(qty_text)
            if qty != qty.to_integral_value():
                raise ValueError(t("quantity '{quantity}' is not a whole number",
                                   quantity=qty_text))
            # Bounds tested before int(): that of 1e999999999 would take minutes and gigabytes.
            if qty <= 0:
                raise ValueError(t("quantity {quantity} must be greater than zero",
                                   quantity=qty_text))
            if qty > MAX_QUANTITY:
                raise ValueError(t("quantity {quantity} is more than {limit}, the most one "
                                   "order line can hold", quantity=qty_text,
                                   limit=f"{MAX_QUANTITY:,}"))
            quantity = int(qty)
        if quantity <= 0:
            raise ValueError(t("quantity {quantity} must be greater than zero",
                               quantity=quantity))
        if quantity > MAX_QUANTITY:
            raise ValueError(t("quantity {quantity} is more than {limit}, the most one "
                               "order line can hold", quantity=qty_text,
                               limit=f"{MAX_QUANTITY:,}"))
        price = self.prices.get(price_text) if price_text else None
        if price is None and price_text:
            price = parse_decimal(price_text)
            if price < 0:
                raise ValueError(t("unit price {price} must not be negative", price=price_text))
            if price > MAX_UNIT_PRICE:
                raise ValueError(t("unit price {price} is more than {limit}, the most one "
                                   "unit can cost", price=price_text,
                                   limit=f"{MAX_UNIT_PRICE:,}"))
            if len(self.prices) < _MEMO_LIMIT:
                self.prices[price_text] = price
        if category is None and sku is not None:
            category = self.categories.get(sku)  # the catalog's category for this SKU
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
                # Shops write "Germany" as often as "DE".
                code = country_from_name(value)
                if code is None:
                    raise ValueError(_bad_country(key, value)) from None
            if len(self.countries) < _MEMO_LIMIT:
                self.countries[value] = code
        return code

    def _date(self, text: str | None) -> dt.date | None:
        if text is None:
            return None
        date = self.dates.get(text)
        if date is None:
            date = parse_date(text, self.date_order)
            if len(self.dates) < _MEMO_LIMIT:
                self.dates[text] = date
        return date

    def _party(self, *fields: str | None) -> Party:
        """A customer or end user, completed from the catalog, then the customer's type from
        the file's default (the last ``fields``); equal ones are one object (the model is
        frozen)."""
        party = self.parties.get(fields)
        if party is None:
            name, country, type_, sector, function, default_type = fields
            if self.known_parties:
                type_, sector, function = fill_party(name, country, type_, sector, function,
                                                     self.known_parties)
            if type_ is None:
                type_ = default_type
            party = _construct(Party, {"name": name, "country": country, "type": type_,
                                       "sector": sector, "government_function": function})
            if len(self.parties) < _MEMO_LIMIT:
                self.parties[fields] = party
        return party

    def order_cells(self, values: list[str]) -> tuple[str, ...] | str | None:
        """The order's own cells of a row as they are (None for a row shorter than them)."""
        if self.order_pick is None:
            return None
        try:
            return self.order_pick(values)
        except IndexError:
            return None

    def differing_field(self, first: list[str], values: list[str]) -> str | None:
        """The key of an order field that ``values`` gives otherwise than the order's first row
        ``first``, or None. A blank cell repeats the first row (some exports fill the order's
        fields on its first row only); case and spelling of a country, date or sales model do
        not count. (Called once the cells as they are, :meth:`order_cells`, differ.)"""
        for key, a, b in zip(_HEADER_KEYS, self.header_cells(first), self.header_cells(values),
                             strict=True):
            if b is None or a == b:
                continue
            if a is None or not self._same(key, a, b):
                return key
        return None

    def _same(self, key: str, a: str, b: str) -> bool:
        """Whether two differently written cells of a field mean the same value."""
        if key in _COUNTRY_KEYS:
            return self._country(key, a) == self._country(key, b)
        if key == "date":
            return self._date(a) == self._date(b)
        if key == "sales_model":
            a, b = a.lower(), b.lower()
            return _SALES_MODELS.get(a, a) == _SALES_MODELS.get(b, b)
        if key == "use_cases":
            return split_tags(a) == split_tags(b)
        if key == "currency":
            return a.upper() == b.upper()
        return False

    def header(self, values: list[str]) -> tuple[dict[str, Any], str | None]:
        """The order's own fields from ``date`` to ``use_cases`` (in the model's field order),
        and its currency."""
        (date_text, model_text, customer_name, customer_person, customer_country, customer_type,
         customer_sector, customer_function, end_user_name, end_user_country, end_user_type,
         consignee_name, consignee_person, consignee_country, destination, intended_use,
         use_cases, currency) = self.header_cells(values)
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
                end_user_type, None, None, None)
        date = self._date(date_text)
        consignee = None
        if consignee_name is not None or consignee_person is not None:
            name = consignee_party(consignee_name, consignee_person, customer_name,
                                   customer_person, end_user_name)
            if name is not None:
                # Where it is received is where it goes, unless the file says otherwise.
                consignee = self._party(
                    name, self._country("consignee_country", consignee_country)
                    or self._country("destination_country", destination), None, None, None,
                    None)
        if customer_name is None:
            customer_name = customer_person
        customer = self._party(
            customer_name, self._country("customer_country", customer_country), customer_type,
            customer_sector, customer_function, self.default_customer_type)
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
            "consignee": consignee,
            # A blank destination is where the end user (else the customer) is, as screened.
            "destination_country": self._country("destination_country", destination)
            or (end_user if end_user is not None else customer).country,
            "intended_use": intended_use,
            "use_cases": tags,
        }, currency


def orders_from_rows(
    rows: Iterable[tuple[int, list[str]]],
    header_index: dict[str, int],
    *,
    default_sales_model: SalesModel = SalesModel.ASSISTED,
    categories: Mapping[str, str] | None = None,
    parties: Mapping[tuple[str, str | None], PartyFacts] | None = None,
    date_order: DateOrder | None = None,
    default_customer_type: str | None = None,
) -> Iterator[ParsedOrder | BadRow]:
    """Group numbered rows into orders; yields each order or each bad row, in file order.

    ``header_index`` maps field keys to column positions. An order with a bad row yields the bad
    row(s) and one more :class:`BadRow` per good row of that order saying it was left out; a
    row that contradicts its order's first row (another customer, another destination...) is a
    bad row. ``categories`` (SKU -> product category) and ``parties`` ((name, country) ->
    type, sector, government function) are the catalog's, to fill what the file leaves blank.
    ``date_order`` reads dates such as 02/11/2026 (see :func:`decide_date_order`);
    ``default_customer_type`` is the type of a customer that neither the file nor the catalog
    gives one (a consumer shop's customers are private persons).
    """
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    ref_col = header_index["reference"]
    for number, values in rows:
        ref = values[ref_col].strip() if ref_col < len(values) else ""
        if not ref:
            yield BadRow(number, t("the order reference is empty"))
            continue
        if reference_problem(ref) is not None:
            yield BadRow(number, t("the order reference must not contain a line break, a tab "
                                   "or another invisible control character"))
            continue
        members = groups.get(ref)
        if members is None:
            groups[ref] = [(number, values)]
        else:
            members.append((number, values))

    reader = _RowReader(header_index, default_sales_model, categories or {}, parties or {},
                        date_order, default_customer_type)
    order_cells = reader.order_cells
    for ref, members in groups.items():
        bad: list[BadRow] = []
        lines: list[OrderLine] = []
        header: dict[str, Any] | None = None
        currency: str | None = None
        first_number, first_values, first_cells = 0, members[0][1], None
        for number, values in members:
            try:
                if header is None:
                    header, currency = reader.header(values)
                    first_number, first_values = number, values
                    first_cells = reader.order_cells(values)
                elif first_cells is None or order_cells(values) != first_cells:
                    # Not a plain repeat of the first row (the usual case, compared in C).
                    key = reader.differing_field(first_values, values)
                    if key is not None:
                        bad.append(BadRow(number, _conflict(key, ref, first_number)))
                        continue
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
