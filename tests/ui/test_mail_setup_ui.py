"""Settings: the e-mail address comes first and proposes the server settings from the
provider table, with the provider's advice and help link; the test message runs off the GUI
thread and a failure reads in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseller_app.ui.backend import Backend
from reseller_app.ui.settings_dialog import SettingsDialog

from ..smtp_server import SmtpServer
from .test_escalation import no_duplicate_mnemonics

WAIT = 30000


def open_dialog(qtbot: QtBot, backend: Backend) -> SettingsDialog:
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_address(qtbot: QtBot, dialog: SettingsDialog, address: str) -> None:
    """Typing proposes once the typing pauses (the field may keep the focus)."""
    dialog.sender.clear()
    qtbot.keyClicks(dialog.sender, address)
    qtbot.waitUntil(lambda: dialog._proposal_key() == dialog._proposed, timeout=WAIT)


def test_the_address_proposes_gmail_with_its_advice(qtbot: QtBot, configured: Backend) -> None:
    dialog = open_dialog(qtbot, configured)
    no_duplicate_mnemonics(dialog)
    assert dialog.host.text() == "" and not dialog.provider_note.isVisible()
    type_address(qtbot, dialog, "anna@gmail.com")
    assert dialog.host.text() == "smtp.gmail.com" and dialog.port.value() == 465
    assert dialog.security.currentData() == "ssl" and dialog.user.text() == "anna@gmail.com"
    assert dialog.provider_note.isVisible()
    note = dialog.provider_note.text()
    assert "Gmail needs an app password" in note
    assert '<a href="https://support.google.com/accounts/answer/185833">' in note
    type_address(qtbot, dialog, "anna@web.de")
    assert (dialog.host.text(), dialog.port.value(), dialog.security.currentData()) == (
        "smtp.web.de", 587, "starttls")
    assert "POP3/IMAP" in dialog.provider_note.text()


def test_an_own_domain_is_a_guess_or_the_chosen_provider(qtbot: QtBot,
                                                         configured: Backend) -> None:
    dialog = open_dialog(qtbot, configured)
    qtbot.keyClicks(dialog.host, "mail.nordlicht.example")
    type_address(qtbot, dialog, "einkauf@nordlicht.example")
    assert dialog.host.text() == "mail.nordlicht.example"  # a guess keeps what was typed
    assert "guess" in dialog.provider_note.text()
    dialog.provider.setCurrentIndex(dialog.provider.findData("microsoft365"))
    assert dialog.host.text() == "smtp.office365.com" and dialog.port.value() == 587
    assert "OAuth2" in dialog.provider_note.text()
    dialog.host.clear()
    dialog.provider.setCurrentIndex(0)
    assert dialog.host.text() == "smtp.nordlicht.example"  # an empty server takes the guess
    type_address(qtbot, dialog, "einkauf@nordlicht-it.example")
    assert dialog.host.text() == "smtp.nordlicht-it.example"  # a guess follows the address


def test_loaded_settings_are_not_replaced(qtbot: QtBot, configured: Backend) -> None:
    from reseller_app.services.dto import SmtpSettings

    configured.settings.save_smtp(SmtpSettings("relay.nordlicht.example", 2525, "starttls",
                                               "", "anna@gmail.com"))
    dialog = open_dialog(qtbot, configured)
    dialog.sender.editingFinished.emit()  # leaving the field unchanged
    assert dialog.host.text() == "relay.nordlicht.example" and dialog.port.value() == 2525


def test_a_refused_login_reads_in_plain_words(qtbot: QtBot, configured: Backend) -> None:
    srv = SmtpServer(user="mailer", password="right").start()
    try:
        dialog = open_dialog(qtbot, configured)
        type_address(qtbot, dialog, "orders@nordlicht.example")
        dialog.host.setText(srv.host)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.port.setValue(srv.port)
        dialog.user.setText("mailer")
        qtbot.keyClicks(dialog.password, "wrong")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
        result = dialog.test_result.text()
        assert "The test e-mail was not sent" in result
        assert "refused the login" in result and "535" in result
        assert srv.received == []
    finally:
        srv.stop()
