"""Flags and checklist questions cite the public sources they rest on, with links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.services.dto import OrderView
from reseller_app.ui.backend import Backend
from reseller_app.ui.data_sources_dialog import DataSourcesDialog
from reseller_app.ui.order_detail import CHECKLIST_TAB, OrderWindow
from reseller_app.ui.screening_panel import ScreeningPanel


def open_window(qtbot: QtBot, backend: Backend, order_id: int) -> OrderWindow:
    window = OrderWindow(backend)
    qtbot.addWidget(window)
    assert window.open_order(order_id)
    window.show()
    return window


def test_each_flag_names_its_sources_with_section_and_link(qtbot: QtBot, configured: Backend,
                                                          held_order: OrderView) -> None:
    window = open_window(qtbot, configured, held_order.id)
    items = window.editor.panel.flag_items()
    camera = next(i for i in items if i.flag.criterion == "category.video_surveillance")
    bsr, state = configured.pack.source("bsr-2022"), configured.pack.source("us-state-2020")
    html = camera.basis.text()
    assert f'<a href="{bsr.url}">BSR (2022) Sales Partners brief, §6.4</a>' in html
    assert f'<a href="{state.url}">US State Dept. surveillance guidance (2020), Definitions</a>' \
        in html
    assert camera.basis.openExternalLinks()
    assert camera.basis.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert bsr.title in camera.basis.toolTip()
    # Every flag's basis resolves to a listed source with a link, the country's to WGI.
    for item in items:
        assert item.citations and all(c.url and c.source_id for c in item.citations), \
            item.flag.criterion
    country = next(i for i in items if i.flag.factor == "geography")
    assert country.citations[0].source_id == "wgi"


def test_without_the_pack_the_basis_shows_as_written(qtbot: QtBot, configured: Backend,
                                                     held_order: OrderView) -> None:
    panel = ScreeningPanel(lambda tier: tier)
    qtbot.addWidget(panel)
    panel.show_result(held_order.screening)
    camera = next(i for i in panel.flag_items()
                  if i.flag.criterion == "category.video_surveillance")
    assert "bsr-2022 §6.4" in camera.basis.text() and "<a " not in camera.basis.text()


def test_checklist_questions_cite_their_sources(qtbot: QtBot, configured: Backend,
                                                held_order: OrderView) -> None:
    window = open_window(qtbot, configured, held_order.id)
    window.tabs.setCurrentIndex(CHECKLIST_TAB)
    items = window.checklist.items
    assert items
    for item in items:
        assert item.basis is not None and '<a href="https://' in item.basis.text(), \
            item.question.id
        assert "Research notes" not in item.basis.text()


def test_data_sources_list_each_source_as_flags_cite_it(qtbot: QtBot,
                                                        configured: Backend) -> None:
    dialog = DataSourcesDialog(configured)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    html = dialog.browser.toHtml()
    assert "Sales Partners and Human Rights Due Diligence in the Technology Sector" in text
    assert "Best Practices Brief, August 2022" in text
    for source in configured.pack.sources:
        assert source.short in text and source.url in html, source.id
    assert "research notes" not in text.lower()
