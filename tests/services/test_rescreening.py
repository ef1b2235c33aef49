"""Screen again: orders imported before the catalog knew their products, screened once more."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reseller_app.services.audit import AuditService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.decisions import DecisionService
from reseller_app.services.dto import Product
from reseller_app.services.errors import ValidationError
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.rescreening import RescreenService

HEADER = ["Order No", "Date", "Company", "Country", "Type", "Ship to", "Purpose", "SKU",
          "Category", "Qty", "Price"]


def import_rows(ctx, tmp_path: Path, rows: list[list[str]]) -> None:
    path = tmp_path / "orders.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    service = ImportService(ctx)
    report = service.import_csv(path, service.suggest_mapping(service.read_headers(path)))
    assert report.imported == len({r[0] for r in rows}) and not report.errors


def camera_row(ref: str, sku: str = "DOME-9", country: str = "VE",
               customer: str = "Policía Regional") -> list[str]:
    return [ref, "2026-11-02", customer, country, "private", country,
            "Monitoring the car park", sku, "", "4", "310"]


@pytest.fixture
def imported_blind(configured, tmp_path):
    """Two orders of a camera the catalog did not know at import, one of a laptop."""
    import_rows(configured, tmp_path, [camera_row("B-1"), camera_row("B-2"),
                                       ["B-3", "2026-11-02", "Office AG", "DE", "private", "DE",
                                        "Laptops", "LT-14", "general_it", "2", "900"]])
    CatalogService(configured).save_product(Product("DOME-9", "Dome camera", "Axis",
                                                    "video_surveillance"))
    return configured


def test_screen_again_uses_the_catalog_keeps_the_old_screening_and_says_what_changed(
        imported_blind):
    ctx = imported_blind
    orders = OrderService(ctx)
    before = orders.get_by_reference("B-1")
    assert before is not None and before.draft.lines[0].category is None
    service = RescreenService(ctx)
    progress: list[tuple[int, int]] = []
    report = service.rescreen(service.ids_for_references(["B-1", "B-3"]),
                              progress=lambda d, t: progress.append((d, t)))
    assert report.screened == 2 and not report.cancelled
    assert [r.reference for r in report.changed] == ["B-1"]  # the laptop order is as it was
    changed = report.changed[0]
    assert changed.previous_tier == before.screening.tier
    assert "category.video_surveillance" in changed.flags_added
    assert changed.filled_categories == {"DOME-9": "video_surveillance"}
    assert progress[-1] == (2, 2)

    after = orders.get_by_reference("B-1")
    assert after is not None
    assert after.draft.lines[0].category == "video_surveillance"
    assert after.screening.tier == changed.tier
    assert any(f.criterion == "category.video_surveillance" for f in after.screening.flags)
    history = orders.history(after.id)
    entry = history[-1]
    assert entry.action == "order.rescreened"
    assert "screened again" in entry.summary and "DOME-9" in entry.summary
    assert entry.details["previous_screening_id"] != entry.details["screening_id"]
    # B-2 was not named: untouched.
    assert orders.get_by_reference("B-2").draft.lines[0].category is None  # type: ignore[union-attr]
    assert AuditService(ctx).verify().ok

    # Screening again with nothing new finds the order as it is and records nothing.
    again = service.rescreen(service.ids_for_references(["B-1"]))
    assert again.screened == 1 and again.renewed == []
    assert len(orders.history(after.id)) == len(history)


def test_screen_all_open_orders_skips_declined_and_resets_decisions_that_no_longer_apply(
        imported_blind):
    ctx = imported_blind
    orders = OrderService(ctx)
    decisions = DecisionService(ctx)
    b1 = orders.get_by_reference("B-1")
    b2 = orders.get_by_reference("B-2")
    assert b1 is not None and b2 is not None
    decisions.record(b1.id, "escalate", "Ask the distributor.", decided_by="Tom Seller")
    decisions.record(b2.id, "decline", "Not for us.", decided_by="Tom Seller")
    service = RescreenService(ctx)
    open_ids = service.open_order_ids()
    assert b2.id not in open_ids and b1.id in open_ids

    report = service.rescreen(open_ids)
    assert [r.reference for r in report.changed] == ["B-1"]
    item = report.changed[0]
    assert item.decision_reset
    view = orders.get(b1.id)
    assert view.status.value == item.status != "escalated"
    assert "no longer applies" in orders.history(b1.id)[-1].summary
    assert orders.get(b2.id).status.value == "declined"  # closed: left alone


def test_cancel_keeps_whole_orders(imported_blind):
    service = RescreenService(imported_blind)
    report = service.rescreen(service.open_order_ids(), is_cancelled=lambda: True)
    assert report.cancelled and report.renewed == []


def test_unknown_references_are_named(imported_blind):
    with pytest.raises(ValidationError, match="NOPE-1, NOPE-2"):
        RescreenService(imported_blind).ids_for_references(["B-1", "NOPE-1", "NOPE-2"])
