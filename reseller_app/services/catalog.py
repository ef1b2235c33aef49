"""Customers (and end users) and products the reseller sells to and sells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlmodel import Session

from reseller_app.domain.orders import is_country_code
from reseller_app.domain.text_fold import fold
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer, Product
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.services.party_checks import (
    StoredCheck,
    check_customer,
    store_customer_check,
)
from reseller_app.store import audit_log
from reseller_app.store.tables import DbCustomer, DbProduct
from reseller_app.store.text_search import ACCENTED, FOLD_ACCENTS, PLAIN


def customer_dto(row: DbCustomer) -> Customer:
    return Customer(row.name, row.country, row.type, row.sector, row.government_function,
                    row.notes, row.id)


def product_dto(row: DbProduct) -> Product:
    return Product(row.sku, row.name, row.vendor, row.category, row.id)


def _opt(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _letter_variants() -> tuple[dict[str, str], str]:
    """For SQLite's GLOB: each folded letter and every letter folding to it ("o" -> "oOòóöØ…"),
    over the Latin, Greek and Cyrillic letters and the full-width forms; and a GLOB class of
    the characters folding to more or less than one letter ("ß" -> "ss", combining accents),
    rows with which are left to the check in Python."""
    variants: dict[str, set[str]] = {}
    odd = []
    # Latin, Greek, Cyrillic, Latin Extended Additional, ligatures, full-width forms.
    for start, end in ((0x20, 0x250), (0x370, 0x530), (0x1E00, 0x1F00), (0xFB00, 0xFB07),
                       (0xFF01, 0xFF5F)):
        for cp in range(start, end):
            ch = chr(cp)
            folded = fold(ch)
            if len(folded) == 1:
                variants.setdefault(folded, set()).add(ch)
            elif ch.isprintable():
                odd.append(ch)
    odd_class = "[" + "".join(odd) + "\u0300-\u036f]"
    return {k: "".join(sorted(v)) for k, v in variants.items()}, odd_class


def _glob_pattern(search: str) -> str:
    """A GLOB pattern (case-sensitive, exact per character) finding ``search`` with any case
    and accents: "öko" -> "*[oOòóôõöøŌ…][kKķĶ…][oOò…]*"."""
    parts = []
    for ch in fold(search):
        chars = _VARIANTS.get(ch, ch + ch.upper())
        if len(chars) > 1 or ch in "*?[":
            parts.append("[" + chars + "]")
        else:
            parts.append(ch)
    return "*" + "".join(parts) + "*"


_SQL_LETTERS = 64  # of a search, matched in SQL (SQLite); the rest in Python


def _text_matches(columns: Sequence[ColumnElement[Any]], search: str, dialect: str
                  ) -> ColumnElement[bool]:
    """An SQL condition true for every row with ``search`` in one of ``columns``, case and
    accents ignored. On PostgreSQL: ILIKE (it knows the case of every letter) with accents
    dropped by translate(), as the orders' search does. SQLite's LIKE and lower() know the case
    of ASCII letters only: LIKE for rows in plain ASCII (most, and quick), GLOB with each
    letter's variants spelled out for the others, and rows with letters folding to two ("ß")
    left to the check in Python (:func:`_search`)."""
    if dialect != "sqlite":
        pattern = f"%{_escape(search.translate(FOLD_ACCENTS))}%"
        return or_(*(func.translate(c, ACCENTED, PLAIN).ilike(pattern, escape="\\")
                     for c in columns))
    # ASCII-only rows (most) by LIKE, quick; the others by GLOB, slower. Both from the first
    # letters only: SQLite refuses a pattern past 50,000 bytes ("LIKE or GLOB pattern too
    # complex"), which a few hundred letters with all their variants reach; the rows found
    # are checked against the whole search in Python anyway.
    first = search[:_SQL_LETTERS]
    folded = fold(first)
    like = "%" + "".join(ch if ch.isascii() else "_" for ch in _escape(folded)) + "%"
    glob = _glob_pattern(first)
    return or_(*(or_(c.like(like, escape="\\"),
                     and_(c.op("GLOB")("*[^ -~]*"),
                          or_(c.op("GLOB")(glob), c.op("GLOB")(f"*{_ODD_LETTERS}*"))))
                 for c in columns))


def _search(s: Session, q: Select, columns: Sequence[ColumnElement[Any]], search: str,
            limit: int | None, text_of: Any) -> list[Any]:
    """The rows of ``q`` (ordered) with ``search`` in one of ``columns``, at most ``limit``.
    ``text_of(row)`` gives the row's searchable texts for the check in Python (SQLite)."""
    dialect = s.get_bind().dialect.name
    q = q.where(_text_matches(columns, search, dialect))
    if dialect != "sqlite":
        return list(s.execute(q if limit is None else q.limit(limit)))
    wanted = fold(search)
    found = []
    for row in s.execute(q):  # stops reading once ``limit`` matches are found
        if any(wanted in fold(text) for text in text_of(row)):
            found.append(row)
            if limit is not None and len(found) >= limit:
                break
    return found


_VARIANTS, _ODD_LETTERS = _letter_variants()


class CatalogService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- customers ---------------------------------------------------------------------------
    def customers(self, search: str = "", limit: int | None = None) -> list[Customer]:
        """Customers by name (containing ``search``, case and accents ignored: "öko" finds
        "ÖKO Ärzte e.V."), at most ``limit``; quick on 50,000 customers (the drop-down's
        search while typing)."""
        c = DbCustomer.__table__.c
        q = select(c.name, c.country, c.type, c.sector, c.government_function, c.notes, c.id) \
            .order_by(c.name, c.id)  # the name index: the first 300 of 50,000 at once
        with self.ctx.session() as s:
            if search.strip():
                rows = _search(s, q, (c.name,), search.strip(), limit, lambda r: (r.name,))
            else:
                rows = list(s.execute(q if limit is None else q.limit(limit)))
            return [Customer(*row) for row in rows]

    def customer(self, customer_id: int) -> Customer:
        with self.ctx.session() as s:
            row = s.get(DbCustomer, customer_id)
            if row is None:
                raise NotFound(t("Customer {customer} does not exist.", customer=customer_id))
            return customer_dto(row)

    def save_customer(self, c: Customer) -> Customer:
        name = " ".join((c.name or "").split())
        if not name:
            raise ValidationError("name", t("Enter the customer's name."))
        country = _opt(c.country)
        if country is not None:
            country = country.upper()
            if not is_country_code(country):
                raise ValidationError("country", t("'{country}' is not an ISO 3166-1 country "
                                                   "code.", country=c.country))
        values = {"name": name, "country": country, "type": _opt(c.type) or "unknown",
                  "sector": _opt(c.sector), "government_function": _opt(c.government_function),
                  "notes": (c.notes or "").strip()}
        check = self._sanctions_check(c.id, name, country)
        with self.ctx.write_session() as s:
            also = None if check is None else \
                (lambda s, row: store_customer_check(s, row.id, check, self.ctx.clock()))
            row = self._upsert(s, DbCustomer, "customer", c.id, values, also)
            return customer_dto(row)

    def _sanctions_check(self, customer_id: int | None, name: str, country: str | None
                         ) -> StoredCheck | None:
        """A new or renamed customer (or one moved to another country) checked against the
        sanctions lists, before the write (the first check of a run builds the lists' index);
        None when nothing changed that the lists look at, or no list is imported."""
        if customer_id is not None:
            with self.ctx.session() as s:
                before = s.get(DbCustomer, customer_id)
                if before is not None and (before.name, before.country) == (name, country):
                    return None
        return check_customer(self.ctx, name, country, customer_id=customer_id)

    # -- products ----------------------------------------------------------------------------
    def products(self, search: str = "") -> list[Product]:
        """Products by SKU, those with ``search`` in the SKU or name (case and accents
        ignored)."""
        c = DbProduct.__table__.c
        q = select(c.sku, c.name, c.vendor, c.category, c.id).order_by(c.sku)
        with self.ctx.session() as s:
            if search.strip():
                rows = _search(s, q, (c.sku, c.name), search.strip(), None,
                               lambda r: (r.sku, r.name))
            else:
                rows = list(s.execute(q))
            return [Product(*row) for row in rows]

    def product_by_sku(self, sku: str) -> Product | None:
        with self.ctx.session() as s:
            row = s.execute(select(DbProduct).where(DbProduct.sku == sku.strip())).scalar()
            return product_dto(row) if row else None

    def save_product(self, p: Product) -> Product:
        sku = (p.sku or "").strip()
        if not sku:
            raise ValidationError("sku", t("Enter the product's SKU."))
        name = " ".join((p.name or "").split())
        if not name:
            raise ValidationError("name", t("Enter the product's name."))
        category = (p.category or "").strip()
        if not category:
            raise ValidationError("category", t("Choose the product's category."))
        values = {"sku": sku, "name": name, "vendor": (p.vendor or "").strip(),
                  "category": category}
        with self.ctx.write_session() as s:
            clash = s.execute(select(DbProduct.id).where(DbProduct.sku == sku)).scalar()
            if clash is not None and clash != p.id:
                raise ValidationError("sku", t("Another product already has the SKU {sku}.",
                                               sku=sku))
            row = self._upsert(s, DbProduct, "product", p.id, values)
            return product_dto(row)

    def _upsert(self, s: Session, table: type[Any], entity: str, row_id: int | None,
                values: dict[str, Any],
                also: Callable[[Session, Any], None] | None = None) -> Any:
        """Create or update one catalog row and audit it, inside the caller's write session;
        ``also(s, row)`` writes what goes with it (a customer's sanctions check) under the same
        event."""
        if row_id is None:
            row = table(**values)
            s.add(row)
        else:
            row = s.get(table, row_id)
            if row is None:
                if entity == "customer":
                    raise NotFound(t("Customer {customer} does not exist.", customer=row_id))
                raise NotFound(t("Product {product} does not exist.", product=row_id))
            for key, value in values.items():
                setattr(row, key, value)
        s.flush()
        if also is not None:
            also(s, row)
        audit_log.append(s, actor=self.ctx.actor,
                         action=AuditAction(f"{entity}.created" if row_id is None
                                            else f"{entity}.updated"),
                         entity=entity, entity_id=row.id, details=values, at=self.ctx.clock())
        s.commit()
        return row
