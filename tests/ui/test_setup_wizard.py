"""First run: the setup wizard saves the profile, then the main window opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from reseller_app.ui.app import Launcher
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import MainWindow
from reseller_app.ui.setup_wizard import (
    APPROVER_PAGE,
    COMPANY_PAGE,
    FINISH_PAGE,
    PEOPLE_PAGE,
    SetupWizard,
)
from reseller_app.ui.sign_in import remembered_person


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_first_run_wizard_saves_profile_and_opens_main_window(qtbot: QtBot,
                                                              backend: Backend) -> None:
    assert not backend.setup.is_configured()
    launcher = Launcher(backend)
    launcher.start()
    wizard = launcher.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)

    company = wizard.company
    qtbot.keyClicks(company.name, "Nordlicht IT GmbH")
    qtbot.keyClicks(company.country.lineEdit(), "Germany")
    qtbot.keyClick(company.country.lineEdit(), Qt.Key.Key_Tab)
    assert company.country.code() == "DE"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == APPROVER_PAGE

    qtbot.keyClicks(wizard.approver.name, "Anna Weber")
    qtbot.keyClicks(wizard.approver.title, "Managing Director")
    qtbot.keyClicks(wizard.approver.email, "anna.weber@example.com")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PEOPLE_PAGE  # skipped: no passphrase typed
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    distributors = wizard.distributors
    qtbot.keyClicks(distributors.rows[0].name, "TechDistri Europe")
    qtbot.keyClicks(distributors.rows[0].email, "compliance@techdistri.example")
    qtbot.mouseClick(distributors.add_button, Qt.MouseButton.LeftButton)
    assert len(distributors.rows) == 2
    qtbot.keyClicks(distributors.rows[1].name, "Second Distribution")
    qtbot.keyClicks(distributors.rows[1].email, "risk@second.example")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FINISH_PAGE
    assert not wizard.finish.demo.isChecked()

    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible())

    profile = backend.setup.profile()
    assert profile is not None
    assert profile.name == "Nordlicht IT GmbH"
    assert profile.country == "DE"
    assert profile.approver_name == "Anna Weber"
    assert [d.email for d in profile.distributors] == ["compliance@techdistri.example",
                                                       "risk@second.example"]
    assert isinstance(launcher.window, MainWindow)
    qtbot.addWidget(launcher.window)
    assert not backend.people.is_set_up()  # without people, the app works as before


def test_empty_company_name_is_shown_at_the_field(qtbot: QtBot, backend: Backend) -> None:
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == COMPANY_PAGE
    error = wizard.company.errors.error_for("name")
    assert error is not None
    assert error.message() == "Enter your company's name."
    assert wizard.company.name.accessibleDescription() == "Enter your company's name."
    assert not backend.setup.is_configured()


def test_distributor_needs_an_escalation_email(qtbot: QtBot, backend: Backend) -> None:
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.company.name, "Nordlicht IT GmbH")
    wizard.company.country.set_code("DE")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.approver.name, "Anna Weber")
    qtbot.keyClicks(wizard.approver.title, "Managing Director")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)  # people: skipped
    qtbot.keyClicks(wizard.distributors.rows[0].name, "TechDistri Europe")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    row = wizard.distributors.rows[0]
    assert "e-mail" in row.error.message()
    assert wizard.currentId() != FINISH_PAGE


ADMIN_PASS = "violet kettle on the moon"
APPROVER_PASS = "seven quiet harbour lamps"


def to_people_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.keyClicks(wizard.company.name, "Nordlicht IT GmbH")
    wizard.company.country.set_code("DE")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.approver.name, "Anna Weber")
    qtbot.keyClicks(wizard.approver.title, "Managing Director")
    qtbot.keyClicks(wizard.approver.email, "anna.weber@example.com")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PEOPLE_PAGE


def finish(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.distributors.rows[0].name, "TechDistri Europe")
    qtbot.keyClicks(wizard.distributors.rows[0].email, "compliance@techdistri.example")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FINISH_PAGE
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_the_wizard_creates_a_one_person_company_administrator(qtbot: QtBot,
                                                              backend: Backend) -> None:
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    to_people_page(qtbot, wizard)
    people = wizard.people
    assert people.admin_name.text() == "Anna Weber"  # the senior approver, prefilled
    assert people.admin_email.text() == "anna.weber@example.com"
    assert not people.approver_name.isVisible()
    qtbot.keyClicks(people.admin_passphrase, ADMIN_PASS)
    qtbot.keyClicks(people.admin_again, ADMIN_PASS)
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    [admin] = backend.people.list()
    assert (admin.name, admin.role) == ("Anna Weber", "administrator")  # may also approve
    assert backend.ctx.person is not None and backend.ctx.person.id == admin.id
    assert remembered_person(backend.ctx.db_url) == admin.id  # not asked at the next start


def test_the_wizard_creates_a_separate_senior_approver(qtbot: QtBot, backend: Backend) -> None:
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    to_people_page(qtbot, wizard)
    people = wizard.people
    people.admin_name.setText("Lea Kim")
    people.admin_email.setText("lea.kim@example.com")
    qtbot.keyClicks(people.admin_passphrase, ADMIN_PASS)
    qtbot.keyClicks(people.admin_again, ADMIN_PASS)
    people.separate.setChecked(True)
    assert people.approver_name.isVisible()
    qtbot.keyClicks(people.approver_name, "Anna Weber")
    qtbot.keyClicks(people.approver_email, "anna.weber@example.com")
    qtbot.keyClicks(people.approver_passphrase, APPROVER_PASS)
    qtbot.keyClicks(people.approver_again, APPROVER_PASS)
    finish(qtbot, wizard)
    assert [(p.name, p.role) for p in backend.people.list()] == [
        ("Anna Weber", "approver"), ("Lea Kim", "administrator")]
    assert backend.people.authenticate("anna.weber@example.com", APPROVER_PASS).name == \
        "Anna Weber"


def test_the_people_page_refuses_a_short_or_mistyped_passphrase(qtbot: QtBot,
                                                                backend: Backend) -> None:
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    to_people_page(qtbot, wizard)
    people = wizard.people
    qtbot.keyClicks(people.admin_passphrase, "short")
    qtbot.keyClicks(people.admin_again, "short")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PEOPLE_PAGE
    assert "at least 10 characters" in people.errors.error_for(
        "administrator_passphrase").message()
    people.admin_passphrase.setText(ADMIN_PASS)
    people.admin_again.setText(ADMIN_PASS + "x")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PEOPLE_PAGE
    assert "differ" in people.errors.error_for("administrator_again").message()
    assert not backend.people.is_set_up()


def test_editing_the_company_profile_has_no_people_page(qtbot: QtBot,
                                                        configured: Backend) -> None:
    wizard = SetupWizard(configured, profile=configured.setup.profile())
    qtbot.addWidget(wizard)
    assert wizard.page(PEOPLE_PAGE) is None


def test_without_a_keyring_the_setup_keeps_the_key_in_a_file_with_the_admin_s_passphrase(
        qtbot: QtBot, backend: Backend, monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    from reseller_app.domain import sealed_key
    from reseller_app.domain.vocabulary import KeyStorage
    from reseller_app.services import company_key as ck
    from reseller_app.services.company_key import CompanyKeyService

    monkeypatch.setattr(ck, "SEAL_STRENGTH", sealed_key.Strength(n=2**4))
    keyring.set_keyring(fail.Keyring())
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    to_people_page(qtbot, wizard)
    qtbot.keyClicks(wizard.people.admin_passphrase, ADMIN_PASS)
    qtbot.keyClicks(wizard.people.admin_again, ADMIN_PASS)
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted  # the setup went through
    key = CompanyKeyService(backend.ctx).current()
    assert key is not None and key.storage == KeyStorage.FILE and key.holder == "Anna Weber"
    assert wizard.signing_note is None and wizard._note_box is None  # nothing to say


def test_without_a_keyring_or_people_the_setup_finishes_and_says_once_packets_will_not_be_signed(
        qtbot: QtBot, backend: Backend) -> None:
    import keyring
    from keyring.backends import fail

    from reseller_app.services.company_key import CompanyKeyService

    keyring.set_keyring(fail.Keyring())
    wizard = SetupWizard(backend)
    qtbot.addWidget(wizard)
    wizard.show()
    to_people_page(qtbot, wizard)  # no passphrase typed: no people set up
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted  # the setup went through
    assert backend.setup.profile() is not None
    assert CompanyKeyService(backend.ctx).current() is None
    assert wizard.signing_note and "will not be signed on this computer" in wizard.signing_note
    box = wizard._note_box
    assert box is not None and box.text() == wizard.signing_note
    qtbot.addWidget(box)
    assert box.isVisible()  # shown with open(): it does not hold up the finish
