"""The company key in its encrypted file (no keyring) in the window: Settings says where it
is, and the first signature of a session asks the administrator's passphrase in a small dialog
(ui/key_unlock_dialog.py): a wrong one refused in words, Cancel builds nothing, the right one
opens the key for the rest of the session and the packet is signed."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reseller_app.domain import sealed_key
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.services import company_key as ck
from reseller_app.services.company_key import CompanyKeyService, verify_packet
from reseller_app.services.dto import OrderView
from reseller_app.services.people import PeopleService
from reseller_app.ui.backend import Backend
from reseller_app.ui.escalation_dialog import PREVIEW, EscalationDialog
from reseller_app.ui.evidence_dialog import EvidenceDialog
from reseller_app.ui.key_unlock_dialog import KeyUnlockDialog
from reseller_app.ui.settings_dialog import SettingsDialog

from ..services.test_people import ADMIN, ADMIN_PASS, APPROVER, FAST
from .test_escalation import WAIT, click, no_duplicate_mnemonics


@pytest.fixture
def backend(backend: Backend, memory_keyring, monkeypatch) -> Backend:
    """The app on a computer without a keyring; setup then made the key file with the
    administrator's passphrase. A new session: the key is not opened yet."""
    monkeypatch.setattr(ck, "SEAL_STRENGTH", sealed_key.Strength(n=2**4))  # the file says so
    keyring.set_keyring(fail.Keyring())
    PeopleService(backend.ctx, FAST).first_setup(ADMIN, APPROVER)
    backend.ctx.cache.clear()
    return backend


def test_settings_say_the_key_is_in_the_encrypted_file(qtbot: QtBot,
                                                       configured: Backend) -> None:
    dialog = SettingsDialog(configured)
    qtbot.addWidget(dialog)
    box = dialog.signing_key
    assert box.fingerprint.text() == CompanyKeyService(configured.ctx).current().fingerprint
    assert "in an encrypted file, unlocked with the administrator's passphrase (Anna Weber)" \
        in box.private_note.text()


def unlock_dialog(dialog) -> KeyUnlockDialog:
    key_dialog = dialog.key_dialog
    assert isinstance(key_dialog, KeyUnlockDialog) and key_dialog.isVisible()
    return key_dialog


def test_building_a_packet_asks_the_passphrase_once(qtbot: QtBot, configured: Backend,
                                                    held_order: OrderView,
                                                    tmp_path: Path) -> None:
    dialog = EscalationDialog(configured, held_order.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recommendation_text.setPlainText("The end use cannot be verified.")
    click(qtbot, dialog.recommendation_buttons["reject"])
    click(qtbot, dialog.build_button)
    asking = unlock_dialog(dialog)
    no_duplicate_mnemonics(asking)
    assert "Anna Weber" in asking.passphrase.accessibleName()
    texts = " ".join(label.text() for label in asking.findChildren(QLabel))
    assert "encrypted with the passphrase of Anna Weber, the administrator" in texts
    asking.reject()  # Cancel: nothing built
    assert configured.escalation.packets(kind="escalation") == []

    click(qtbot, dialog.build_button)
    asking = unlock_dialog(dialog)
    qtbot.keyClicks(asking.passphrase, "not her passphrase")
    click(qtbot, asking.unlock_button)
    qtbot.waitUntil(lambda: not asking.error.isHidden(), timeout=WAIT)
    assert "Wrong passphrase for Anna Weber" in asking.error.message()
    assert asking.isVisible() and asking.passphrase.text() == ""
    assert configured.escalation.packets(kind="escalation") == []

    qtbot.keyClicks(asking.passphrase, ADMIN_PASS)
    click(qtbot, asking.unlock_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=WAIT)
    assert not asking.isVisible()
    packet = dialog.packet
    assert packet is not None and MANIFEST_SIGNATURE_NAME in [f.name for f in packet.files]
    public = CompanyKeyService(configured.ctx).export(tmp_path / "company.json")
    saved = configured.escalation.save_zip(packet.id, tmp_path)
    assert verify_packet(saved, public).ok

    # Once per session: the evidence bundle does not ask again.
    evidence = EvidenceDialog(configured)
    qtbot.addWidget(evidence)
    evidence.show()
    evidence.out.setText(str(tmp_path / "evidence.zip"))
    click(qtbot, evidence.export_button)
    assert evidence.key_dialog is None
    qtbot.waitUntil(lambda: evidence.report is not None, timeout=WAIT)


def test_the_evidence_bundle_asks_the_passphrase_first(qtbot: QtBot, configured: Backend,
                                                       tmp_path: Path) -> None:
    dialog = EvidenceDialog(configured)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.out.setText(str(tmp_path / "evidence.zip"))
    click(qtbot, dialog.export_button)
    asking = unlock_dialog(dialog)
    click(qtbot, asking.unlock_button)  # nothing typed
    assert "Type the passphrase" in asking.error.message()
    qtbot.keyClicks(asking.passphrase, ADMIN_PASS)
    click(qtbot, asking.unlock_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert (tmp_path / "evidence.zip").is_file()
