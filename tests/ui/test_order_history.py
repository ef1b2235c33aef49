"""An order's history names the pack's questions, flags and safeguards in the user's
language, never their ids."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from reseller_app.domain.packs import load_pack
from reseller_app.services.dto import ChecklistAnswer, OrderView
from reseller_app.services.packs import default_pack_bytes
from reseller_app.ui.backend import Backend
from reseller_app.ui.order_detail import OrderWindow

from .conftest import APPROVER, Catalog, camera_order


def test_history_details_use_the_packs_words_in_the_users_language(
        qtbot: QtBot, configured: Backend, catalog: Catalog) -> None:
    configured.ctx.language = "es"  # the pack's Spanish texts (no Qt translator needed)
    configured.reload_pack()
    spanish = configured.pack
    english = load_pack(default_pack_bytes()).pack
    view = configured.orders.save(camera_order(catalog, use="Covert tracking of journalists"))
    configured.orders.save(dataclasses.replace(
        view.draft, id=view.id, intended_use="Covert tracking of journalists at night"))
    view = configured.orders.get(view.id)
    asked = view.screening.checklist[0]
    configured.orders.save_checklist(view.id, [ChecklistAnswer(asked, "no", "Asked by phone")])

    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(view.id)
    history = window.history
    rows = {history.model.row_object(i).action: i for i in range(history.model.loaded())}
    texts = {}
    for action, row in rows.items():
        history.table.selectRow(row)
        texts[action] = history.details.text()

    question = next(q for q in spanish.checklist if q.id == asked)
    assert question.text != next(q.text for q in english.checklist if q.id == asked)
    assert f"{question.text} — Yes" not in texts["checklist.answered"]
    assert f"{question.text} — No" in texts["checklist.answered"]
    assert f"{question.text} — Asked by phone" in texts["checklist.answered"]
    assert asked not in texts["checklist.answered"]

    updated = texts["order.updated"]
    flags = [f for f in view.screening.flags]
    for flag in flags:
        assert flag.criterion not in updated
    red = next(f for f in spanish.red_flags
               if any(fl.criterion == f"red_flag.{f.id}" for fl in flags))
    assert red.label in updated
    assert "Changed: Intended use" in updated
    assert "intended_use" not in updated and "intended use" not in updated
    assert "country.high" not in updated and "Destination country: high risk" in updated
    assert "_" not in updated.replace("channel-diligence", "")


def test_decision_details_name_the_safeguards_in_the_users_language(
        qtbot: QtBot, configured: Backend, held_order: OrderView) -> None:
    configured.ctx.language = "es"
    configured.reload_pack()
    allowed = configured.decisions.allowed(held_order.id)
    chosen = allowed.mitigations[:2]
    configured.decisions.record(held_order.id, "proceed_with_conditions", "Checked on site.",
                                "Tom Sales", mitigations=chosen, approved_by=APPROVER)
    window = OrderWindow(configured)
    qtbot.addWidget(window)
    window.open_order(held_order.id)
    window.history.table.selectRow(0)
    text = window.history.details.text()
    labels = [m.label for m in configured.pack.mitigations if m.id in chosen]
    assert len(labels) == 2
    assert f"Safeguards: {labels[0]}, {labels[1]}" in text or \
        f"Safeguards: {labels[1]}, {labels[0]}" in text
    assert not any(m in text for m in chosen)
