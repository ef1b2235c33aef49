"""The order history page shows every event, also one this release does not know."""

from __future__ import annotations

from reseller_app.store import audit_log
from reseller_app.ui.history_view import HistoryView

from .conftest import laptop_order


def test_an_event_from_a_newer_release_is_listed_with_its_name_and_details(
        qtbot, configured, catalog, ctx) -> None:
    view = configured.orders.save(laptop_order(catalog))
    with ctx.write_session() as s:  # as a newer release would have written it
        audit_log.append(s, actor="someone", action="order.signed", entity="order",
                         entity_id=view.id, details={"signer": "Ana"}, at=ctx.clock())
        s.commit()

    page = HistoryView(configured)
    qtbot.addWidget(page)
    page.load(view.id)

    summaries = page.summaries()
    assert summaries[0] == 'Unrecognised event: order.signed ({"signer": "Ana"}).'  # newest first
    assert summaries[1].startswith("Order SO-2002 entered and screened")
    page.table.selectRow(0)
    assert page.details.text() == summaries[0]
