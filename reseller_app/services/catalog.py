"""Customers (and end users) and products the reseller sells to and sells."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from reseller_app.domain.orders import is_country_code
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer, Product
from reseller_app.services.errors import NotFound, ValidationError
from reseller_app.store import audit_log
from reseller_app.store.tables import DbCustomer, DbProduct


def customer_dto(row: DbCustomer) -> Customer:
    return Customer(row.name, row.country, row.type, row.sector, row.government_function,
                    row.notes, row.id)


def product_dto(row: DbProduct) -> Product:
    return Product(row.sku, row.name, row.vendor, row.category, row.id)


def _opt(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


class CatalogService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- customers ---------------------------------------------------------------------------
    def customers(self, search: str = "", limit: int | None = None) -> list[Customer]:
        """Customers by name (containing ``search``, case-insensitive), at most ``limit``."""
        c = DbCustomer.__table__.c
        q = select(c.name, c.country, c.type, c.sector, c.government_function, c.notes, c.id) \
            .order_by(c.name, c.id)  # the name index: the first 300 of 50,000 at once
        if search.strip():
            q = q.where(func.lower(c.name).like(_like(search.strip()), escape="\\"))
        if limit is not None:
            q = q.limit(limit)
        with self.ctx.session() as s:
            return [Customer(*row) for row in s.execute(q)]

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
        with self.ctx.write_session() as s:
            row = self._upsert(s, DbCustomer, "customer", c.id, values)
            return customer_dto(row)

    # -- products ----------------------------------------------------------------------------
    def products(self, search: str = "") -> list[Product]:
        q = select(DbProduct).order_by(DbProduct.sku)
        if search.strip():
            pattern = _like(search.strip())
            q = q.where(func.lower(DbProduct.sku).like(pattern, escape="\\")
                        | func.lower(DbProduct.name).like(pattern, escape="\\"))
        with self.ctx.session() as s:
            return [product_dto(r) for r in s.execute(q).scalars()]

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
                values: dict[str, Any]) -> Any:
        """Create or update one catalog row and audit it, inside the caller's write session."""
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
        audit_log.append(s, actor=self.ctx.actor,
                         action=f"{entity}.created" if row_id is None else f"{entity}.updated",
                         entity=entity, entity_id=row.id, details=values, at=self.ctx.clock())
        s.commit()
        return row
