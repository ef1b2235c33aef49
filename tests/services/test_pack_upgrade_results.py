"""Pack 2026.12.0 changed the default pack's rules: orders screened with the rules before
keep the result they got, in words, while new screenings follow the new rules."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext
from reseller_app.services.dto import Customer, LineDraft, OrderDraft, OrderStatus
from reseller_app.services.orders import OrderService
from reseller_app.services.packs import PackService, default_pack_bytes

from .conftest import Catalog


def rules_before_issue_10(version: str) -> bytes:
    """The default pack with the rules it had before: no rule on the use alone, an unknown use
    with a camera was high, no negation words."""
    data = json.loads(default_pack_bytes())
    data["version"] = version
    del data["negation"]
    data["rules"] = [r for r in data["rules"] if r["id"] not in (
        "R14-high-risk-use-case", "R15-sensitive-use-case")]
    r6 = next(r for r in data["rules"] if r["id"] == "R6-surveillance-with-missing-information")
    r6["when"] = {"product": "high", "missing": "elevated"}
    for kind in ("customer_identity", "end_user", "government_function"):
        data["missing_information"][kind]["level"] = "elevated"
    for q in data["checklist"]:
        q["ask_when"] = [c for c in q["ask_when"] if not c.startswith("negated.")]
    return json.dumps(data).encode()


def webshop_camera(catalog: Catalog, customer_id: int, reference: str) -> OrderDraft:
    cam = catalog.camera
    return OrderDraft(
        reference=reference, date=dt.date(2026, 12, 1), sales_model="self_service",
        customer_id=customer_id, end_user_id=None, destination_country="DE", intended_use="",
        use_cases=[], lines=[LineDraft(cam.sku, cam.name, cam.category, 1, Decimal("89"),
                                       cam.id)])


def test_an_order_screened_with_the_old_rules_keeps_its_result(configured: AppContext,
                                                              catalog: Catalog) -> None:
    packs, orders = PackService(configured), OrderService(configured)
    person = CatalogService(configured).save_customer(Customer("Jana Novak", "DE", "individual"))
    assert packs.import_pack(rules_before_issue_10("2099.1.0")).active
    before = orders.save(webshop_camera(catalog, person.id, "WEB-1"))
    assert (before.screening.tier, before.screening.needs_senior_approval) == ("high", True)

    newer = json.loads(default_pack_bytes())
    newer["version"] = "2099.2.0"
    assert packs.import_pack(json.dumps(newer).encode()).active

    kept = orders.get(before.id)
    assert kept.screening == before.screening  # as screened, words and all
    assert kept.screening.pack.version == "2099.1.0" and kept.status == OrderStatus.HELD
    assert all(f.reason and f.action for f in kept.screening.flags)

    after = orders.save(webshop_camera(catalog, person.id, "WEB-2"))
    result = after.screening
    assert (result.tier, result.hold, result.needs_senior_approval) == ("elevated", True, False)
    assert result.pack.version == "2099.2.0"
