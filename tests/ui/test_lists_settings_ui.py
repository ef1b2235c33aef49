"""Settings, "Sanctions lists": the addresses and the days until a list is old are shown, kept
through the settings service, refused at their field, and reset to the official ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.services.list_updates import official_addresses
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.settings_dialog import SettingsDialog

UN_KEY = "un/consolidated.xml"


def open_dialog(qtbot: QtBot, backend: Backend) -> SettingsDialog:
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_lists_settings_round_trip_and_reset(qtbot: QtBot, configured: Backend) -> None:
    official = official_addresses()
    dialog = open_dialog(qtbot, configured)
    box = dialog.lists_box
    assert box.days.value() == 30 and len(box.urls) == 7
    assert box.urls[UN_KEY].text() == official[ListSource.UN].files[0].url
    assert box.urls[UN_KEY].accessibleName() == "UN Security Council"
    box.urls[UN_KEY].setText("https://mirror.example.org/un.xml")
    box.days.setValue(14)
    dialog.save_and_close()  # no mail server set up: the lists' settings alone are kept
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    kept = configured.settings.lists_settings()
    assert kept.stale_days == 14 and kept.changed == {UN_KEY}
    again = open_dialog(qtbot, configured)
    assert again.lists_box.urls[UN_KEY].text() == "https://mirror.example.org/un.xml"
    qtbot.mouseClick(again.lists_box.reset_button, Qt.MouseButton.LeftButton)
    assert again.lists_box.urls[UN_KEY].text() == official[ListSource.UN].files[0].url
    again.save_and_close()
    reset = configured.settings.lists_settings()
    assert not reset.changed and reset.stale_days == 14


def test_a_refused_address_is_shown_at_its_field(qtbot: QtBot, configured: Backend) -> None:
    dialog = open_dialog(qtbot, configured)
    field = dialog.lists_box.urls[UN_KEY]
    field.setText("http://mirror.example.org/un.xml")
    dialog.save_and_close()
    assert dialog.isVisible()
    messages = [e.message() for e in dialog.lists_box.findChildren(FieldError)
                if e.message()]
    assert messages == ["Use the https:// address: a list fetched over plain http could have "
                        "been changed on its way."]
    assert configured.settings.lists_settings().changed == frozenset()
