"""Two imports of the same file at once, and Screen again, on PostgreSQL (skipped without it)."""

from __future__ import annotations

from tests.services.test_import_race import ROWS, race_two_imports


def test_two_imports_of_one_file_at_once_on_postgresql(db_url, tmp_path):
    reports = race_two_imports(db_url, tmp_path)
    assert sorted(r.imported for r in reports) == [0, ROWS]
    loser = next(r for r in reports if r.imported == 0)
    assert loser.errors == [] and loser.already_imported == ROWS


def test_screen_again_on_postgresql(configured, tmp_path):
    from reseller_app.services.audit import AuditService
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Product
    from reseller_app.services.orders import OrderService
    from reseller_app.services.rescreening import RescreenService
    from tests.services.test_rescreening import camera_row, import_rows

    import_rows(configured, tmp_path, [camera_row("PG-1")])
    CatalogService(configured).save_product(Product("DOME-9", "Dome camera", "Axis",
                                                    "video_surveillance"))
    service = RescreenService(configured)
    report = service.rescreen(service.open_order_ids())
    assert [r.reference for r in report.changed] == ["PG-1"]
    view = OrderService(configured).get_by_reference("PG-1")
    assert view is not None and view.draft.lines[0].category == "video_surveillance"
    assert AuditService(configured).verify().ok
