"""Orders as the screening engine sees them, and the order JSON format v1.

The same model is read from the CLI's ``ORDER.json``, built by the order editor and by the CSV
import, and handed to :func:`reseller_app.domain.screening.screen`. Values outside the pack's
vocabulary (a customer type nobody knows, a category the pack does not list) are accepted here
and reported by the screening as unrecognised, i.e. missing information. Input that cannot be an
order at all (a country that is not ISO 3166-1, a quantity of zero, an unknown sales model) is
refused with :class:`OrderInputError`, which names the field.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from reseller_app.domain.countries import USER_ASSIGNED_COUNTRIES
from reseller_app.domain.inputs import InputError, iso_date, problem, read_json, whole_number
from reseller_app.domain.texts import t

ORDER_FORMAT = "channel-diligence-order/1"


# Far beyond any real order line, low enough that totals stay exact (28 significant digits) and
# fit the database: a larger number is a typing or export error, not an order.
MAX_QUANTITY = 1_000_000_000
MAX_UNIT_PRICE = Decimal(10) ** 12


class SalesModel(StrEnum):
    ASSISTED = "assisted"
    SELF_SERVICE = "self_service"


class OrderInputError(ValueError):
    """Bad order input; ``field`` is the dotted path of the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


@cache
def _iso_alpha2() -> frozenset[str]:
    # late: pycountry reads its data files; only when a code is checked
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | frozenset(USER_ASSIGNED_COUNTRIES)


def is_country_code(code: str) -> bool:
    return code.upper() in _iso_alpha2()


def normalise_country(value: Any) -> str | None:
    """Upper-case ISO alpha-2 code, ``None`` for empty; raises ValueError otherwise."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(t("must be an ISO 3166-1 alpha-2 code such as 'DE'"))
    code = value.strip().upper()
    if not code:
        return None
    if code not in _iso_alpha2():
        raise ValueError(t("'{value}' is not an ISO 3166-1 alpha-2 country code", value=value))
    return code


# Line and paragraph breaks, tabs and other controls, and the invisible format characters
# (right-to-left override, zero-width space): in a reference they break e-mail headers and
# lists, or make one reference look like another.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def reference_problem(reference: str) -> str | None:
    """Why ``reference`` cannot be an order reference, or None. The one rule for the order
    editor, the CSV import and order JSON."""
    if reference.isprintable():  # the usual case, checked in C
        return None
    if any(unicodedata.category(ch) in _CONTROL_CATEGORIES for ch in reference):
        return t("must not contain a line break, a tab or another invisible control character")
    return None


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def split_tags(v: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Use-case tags from a list of texts, or from one text separated by ';' or ','."""
    if v is None:
        return ()
    if isinstance(v, str):
        v = v.replace(",", ";").split(";")
    return tuple(tag.strip() for tag in v if tag.strip())


def _quantity_error(quantity: int) -> str | None:
    """Why ``quantity`` cannot be an order line's quantity, or None when it can."""
    if quantity <= 0:
        return t("must be a whole number greater than zero")
    if quantity > MAX_QUANTITY:
        return t("must not be more than {limit}", limit=f"{MAX_QUANTITY:,}")
    return None


def _unit_price_error(price: Decimal) -> str | None:
    """Why ``price`` cannot be a unit price (negative, not a number, absurdly large), or None."""
    if not price.is_finite():
        return t("must be a number")
    if price < 0:
        return t("must not be negative")
    if price > MAX_UNIT_PRICE:
        return t("must not be more than {limit}", limit=f"{MAX_UNIT_PRICE:,}")
    return None


class Party(BaseModel):
    """A customer, an end user or a consignee. Every field may be missing: missing counts as a
    risk."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    name: str | None = None
    country: str | None = None
    type: str | None = None
    sector: str | None = None
    government_function: str | None = None

    _blank = field_validator("name", "type", "sector", "government_function", mode="before")(
        classmethod(lambda cls, v: _blank_to_none(v))
    )

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, v: Any) -> str | None:
        return normalise_country(v)


class OrderLine(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    sku: str | None = None
    description: str | None = None
    category: str | None = None
    quantity: int = 1
    unit_price: Decimal | None = None

    _blank = field_validator("sku", "description", "category", mode="before")(
        classmethod(lambda cls, v: _blank_to_none(v))
    )

    @field_validator("quantity", mode="before")
    @classmethod
    def _whole_number(cls, v: Any) -> Any:
        # pydantic's lax mode would read true, "40" and 40.0 as numbers: the format wants a
        # whole number as JSON writes one, so an export that quotes or rounds is noticed.
        return whole_number(v)

    @field_validator("quantity")
    @classmethod
    def _positive(cls, v: int) -> int:
        error = _quantity_error(v)
        if error is not None:
            raise ValueError(error)
        return v

    @field_validator("unit_price")
    @classmethod
    def _price(cls, v: Decimal | None) -> Decimal | None:
        if v is not None:
            error = _unit_price_error(v)
            if error is not None:
                raise ValueError(error)
        return v


class Order(BaseModel):
    """An order to screen (order JSON v1)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    reference: str | None = None
    date: dt.date | None = None
    sales_model: SalesModel = SalesModel.ASSISTED
    customer: Party = Field(default_factory=Party)
    end_user: Party | None = None
    # Who receives the goods when it is neither the customer nor the end user (a freight
    # forwarder, a warehouse, a subcontractor installing them): a party to screen like the
    # others, and an intermediary is a diversion red flag of its own. None: no other party.
    consignee: Party | None = None
    destination_country: str | None = None
    intended_use: str | None = None
    use_cases: tuple[str, ...] = ()
    lines: tuple[OrderLine, ...] = ()
    currency: str | None = None

    _blank = field_validator("reference", "intended_use", "currency", mode="before")(
        classmethod(lambda cls, v: _blank_to_none(v))
    )

    @field_validator("reference")
    @classmethod
    def _reference(cls, v: str | None) -> str | None:
        problem = None if v is None else reference_problem(v)
        if problem is not None:
            raise ValueError(problem)
        return v

    @field_validator("destination_country", mode="before")
    @classmethod
    def _country(cls, v: Any) -> str | None:
        return normalise_country(v)

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: Any) -> Any:
        # pydantic would read 0 as 1970-01-01 and a date with a time of midnight as the date.
        return iso_date(v)

    @field_validator("use_cases", mode="before")
    @classmethod
    def _tags(cls, v: Any) -> Any:
        # A number, a yes/no or a list of numbers is not a tag: refused, not silently dropped.
        if v is None or isinstance(v, str):
            return split_tags(v)
        if not isinstance(v, list | tuple):
            raise ValueError(t("must be a list of tags, or one text of tags separated by ';'"))
        if not all(isinstance(tag, str) for tag in v):
            raise ValueError(t("every tag must be a text, such as 'public_space_surveillance'"))
        return split_tags(v)

    @property
    def effective_end_user(self) -> Party:
        """Who will use the goods: the end user if named, else the customer."""
        return self.end_user if self.end_user is not None else self.customer

    @property
    def destination(self) -> str | None:
        """Where the goods go: the destination if given, else the end user's country (what
        screening uses, so what is stored, listed and told to the distributor)."""
        return self.destination_country or self.effective_end_user.country

    @property
    def total(self) -> Decimal:
        # The additions of ``sum()`` in the same order, without a generator: half the time,
        # and an import totals thousands of orders.
        total = Decimal(0)
        for ln in self.lines:
            total += (ln.unit_price or Decimal(0)) * ln.quantity
        return total


def with_destination(order: Order) -> Order:
    """The order with a blank destination set to the country screening uses for it."""
    if order.destination_country is not None or order.destination is None:
        return order
    return order.model_copy(update={"destination_country": order.destination})


def parse_order(data: Any) -> Order:
    """Validate a decoded order JSON object; raises :class:`OrderInputError` naming the field."""
    if not isinstance(data, dict):
        raise OrderInputError("", t("an order must be a JSON object"))
    try:
        return Order.model_validate(data)
    except ValidationError as exc:
        raise OrderInputError(*problem(exc)) from None


def parse_order_json(text: str | bytes) -> Order:
    try:
        data = read_json(text)
    except InputError as exc:
        raise OrderInputError(exc.field, exc.message) from None
    return parse_order(data)


def order_to_json(order: Order) -> dict[str, Any]:
    """The order as order JSON v1 (for packets, history and the CLI)."""
    return order.model_dump(mode="json", exclude_none=True)
