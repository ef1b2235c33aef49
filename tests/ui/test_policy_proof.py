"""Adopting the policy on a database with people: the senior approver confirms with their own
passphrase in a dialog before the policy is adopted (real widgets, real SQLite)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from reseller_app.services.context import WorkingPerson
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService
from reseller_app.ui.backend import Backend

from .test_policy import open_window, open_wizard, wizard_button

FAST = PassphraseHasher(n=2**4, r=8, p=1)
APPROVER_PASS = "seven quiet harbour lamps"


def test_the_approver_confirms_the_adoption_with_their_passphrase(
        qtbot: QtBot, configured: Backend) -> None:
    people = PeopleService(configured.ctx, hasher=FAST)
    admin, _ = people.first_setup(
        NewPerson("Lea Kim", "lea.kim@example.com", "violet kettle on the moon"),
        NewPerson("Anna Weber", "anna.weber@example.com", APPROVER_PASS))
    configured.ctx.person = WorkingPerson(admin.id, admin.name)
    service = configured.policy
    draft = service.start_draft()
    service.save_draft(draft.id, dict(draft.values, internal_expertise="Our sales team",
                                      published_at="on our website"))
    window = open_window(qtbot, configured)
    wizard = open_wizard(qtbot, window)
    wizard.go_to(wizard.approval_id)

    wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)
    dialog = wizard.proof_dialog
    assert dialog is not None and dialog.isVisible()
    assert service.adopted() is None
    names = [dialog.approver.itemText(i) for i in range(dialog.approver.count())]
    assert names == ["Anna Weber <anna.weber@example.com>", "Lea Kim <lea.kim@example.com>"]

    dialog.approver.setCurrentIndex(0)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.confirm_button.click()
    assert wizard.isVisible() and service.adopted() is None
    assert wizard.approval_page.fields.general_error.message().startswith(
        "Wrong passphrase for Anna Weber")

    wizard_button(qtbot, wizard, QWizard.WizardButton.FinishButton)
    dialog = wizard.proof_dialog
    dialog.approver.setCurrentIndex(0)
    qtbot.keyClicks(dialog.passphrase, APPROVER_PASS)
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: window.wizard is None)
    adopted = service.adopted()
    assert adopted is not None and adopted.adopted_by == f"Lea Kim ({configured.actor})"
