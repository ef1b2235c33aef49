"""Settings' "Signing key" group (ui/signing_key_box.py): the company key's fingerprint, where
its private half is, and the public-key file exported for distributors and auditors."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from reseller_app.domain import signing
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.settings_dialog import SettingsDialog

from .conftest import sample_profile
from .test_escalation import no_duplicate_mnemonics


def test_settings_show_the_fingerprint_and_export_a_key_file_that_reads_back(
        qtbot: QtBot, configured: Backend, tmp_path: Path) -> None:
    key = CompanyKeyService(configured.ctx).current()
    assert key is not None  # made at setup
    dialog = SettingsDialog(configured)
    qtbot.addWidget(dialog)
    dialog.show()
    no_duplicate_mnemonics(dialog)
    box = dialog.signing_key
    assert box.fingerprint.text() == key.fingerprint
    assert box.fingerprint.isVisible() and box.fingerprint.textInteractionFlags()  # selectable
    assert "on this computer, in the system keyring: packets made here are signed" in \
        box.private_note.text()
    assert box.export_button.isEnabled()
    written = box.export_to(tmp_path / "nordlicht.pub.json")
    assert written is not None and written.is_file()
    read = signing.parse_public_key(written.read_bytes())
    assert read.fingerprint == key.fingerprint and read.owner == sample_profile().name
    assert options.KEY_EXPORT_FOLDER.last_folder() == str(tmp_path)  # remembered
    assert box.error.isHidden()


def test_settings_say_when_the_private_key_is_elsewhere_or_there_is_none(
        qtbot: QtBot, backend: Backend, memory_keyring) -> None:
    keyring.set_keyring(fail.Keyring())
    assert backend.setup.save_profile(sample_profile()) is not None  # the note, once
    dialog = SettingsDialog(backend)
    qtbot.addWidget(dialog)
    box = dialog.signing_key
    assert box.fingerprint.text() == "No key yet" and not box.export_button.isEnabled()
    keyring.set_keyring(memory_keyring)
    key = CompanyKeyService(backend.ctx).ensure()
    memory_keyring.passwords.clear()  # as on another computer using the same database
    box.load()
    assert box.fingerprint.text() == key.fingerprint
    assert "not on this computer" in box.private_note.text()
