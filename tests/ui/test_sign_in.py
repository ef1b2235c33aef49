"""Who is working: asked after the first screen when the database has people, remembered for
this OS account, shown in the status bar and switchable (real widgets, real SQLite, QSettings
in tmp_path)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reseller_app.domain.people import Role
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService, Person
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import MainWindow
from reseller_app.ui.sign_in import SignInDialog, remembered_person

FAST = PassphraseHasher(n=2**4, r=8, p=1)
ADMIN_PASS = "violet kettle on the moon"
APPROVER_PASS = "seven quiet harbour lamps"
STAFF_PASS = "paper boats in April rain"
STARTS_WITH = Qt.MatchFlag.MatchStartsWith


@pytest.fixture
def team(configured: Backend) -> dict[str, Person]:
    people = PeopleService(configured.ctx, hasher=FAST)
    admin, approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", ADMIN_PASS),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    return {"admin": admin, "approver": approver, "staff": staff}


def started(qtbot: QtBot, backend: Backend) -> MainWindow:
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.ask_who_is_working()
    return window


def sign_in(qtbot: QtBot, dialog: SignInDialog, name: str, passphrase: str) -> None:
    dialog.person.setCurrentIndex(dialog.person.findText(name + " <", STARTS_WITH))
    qtbot.keyClicks(dialog.passphrase, passphrase)
    dialog.sign_in_button.click()


def test_a_database_without_people_works_as_the_os_login(qtbot: QtBot,
                                                         configured: Backend) -> None:
    window = started(qtbot, configured)
    who = window.who_is_working
    assert who is not None and who.dialog is None
    assert not who.label.isVisible() and not who.switch_button.isVisible()
    assert configured.ctx.person is None and configured.who == configured.actor
    assert window.centralWidget().isEnabled()


def test_the_app_asks_who_is_working_and_the_window_waits(qtbot: QtBot, configured: Backend,
                                                          team: dict[str, Person]) -> None:
    window = started(qtbot, configured)
    who = window.who_is_working
    dialog = who.dialog
    assert dialog is not None and dialog.isVisible()
    assert not window.centralWidget().isEnabled()  # no work before someone signs in
    names = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert names == ["Anna Weber <anna.weber@example.com>", "Jonas Berg <jonas.berg@example.com>",
                     "Lea Kim <lea.kim@example.com>"]

    sign_in(qtbot, dialog, "Lea Kim", "not my passphrase")
    assert dialog.isVisible() and dialog.error.message().startswith("Wrong passphrase for Lea")
    assert configured.ctx.person is None

    sign_in(qtbot, dialog, "Lea Kim", STAFF_PASS)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert configured.ctx.person is not None and configured.ctx.person.name == "Lea Kim"
    assert window.centralWidget().isEnabled()
    assert who.label.isVisible() and who.label.text() == "Working: Lea Kim"
    assert who.switch_button.isVisible()
    assert remembered_person(configured.ctx.db_url) == team["staff"].id


def test_the_remembered_person_is_not_asked_again(qtbot: QtBot, configured: Backend,
                                                  team: dict[str, Person]) -> None:
    first = started(qtbot, configured)
    sign_in(qtbot, first.who_is_working.dialog, "Jonas Berg", APPROVER_PASS)
    first.close()
    configured.ctx.person = None  # the next start of the app

    again = started(qtbot, configured)
    assert again.who_is_working.dialog is None
    assert configured.ctx.person.name == "Jonas Berg"
    assert again.who_is_working.label.text() == "Working: Jonas Berg"


def test_not_remembering_asks_at_the_next_start(qtbot: QtBot, configured: Backend,
                                                team: dict[str, Person]) -> None:
    window = started(qtbot, configured)
    dialog = window.who_is_working.dialog
    dialog.remember.setChecked(False)
    sign_in(qtbot, dialog, "Jonas Berg", APPROVER_PASS)
    assert remembered_person(configured.ctx.db_url) is None
    window.close()
    again = started(qtbot, configured)
    assert again.who_is_working.dialog is not None


def test_a_remembered_person_deactivated_since_is_asked_for(qtbot: QtBot, configured: Backend,
                                                            team: dict[str, Person]) -> None:
    window = started(qtbot, configured)
    sign_in(qtbot, window.who_is_working.dialog, "Lea Kim", STAFF_PASS)
    window.close()
    PeopleService(configured.ctx, hasher=FAST).deactivate(team["admin"], team["staff"].id)
    configured.ctx.person = None
    again = started(qtbot, configured)
    dialog = again.who_is_working.dialog
    assert dialog is not None
    assert dialog.person.findText("Lea Kim", STARTS_WITH) == -1  # only active people


def test_a_person_remembered_for_another_database_is_not_taken(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    options.WORKING_PERSON.set(f"{team['admin'].id}@0123456789abcdef")
    window = started(qtbot, configured)
    assert window.who_is_working.dialog is not None


def test_switch_person_needs_the_other_persons_passphrase(qtbot: QtBot, configured: Backend,
                                                          team: dict[str, Person]) -> None:
    window = started(qtbot, configured)
    who = window.who_is_working
    sign_in(qtbot, who.dialog, "Lea Kim", STAFF_PASS)
    who.switch_button.click()
    dialog = who.dialog
    assert dialog is not None and dialog.person.currentText().startswith("Lea Kim")
    dialog.reject()  # cancelled: Lea keeps working, the window stays open
    assert configured.ctx.person.name == "Lea Kim" and window.isVisible()

    who.switch_button.click()
    sign_in(qtbot, who.dialog, "Anna Weber", ADMIN_PASS)
    assert configured.ctx.person.name == "Anna Weber"
    assert who.label.text() == "Working: Anna Weber"
    assert remembered_person(configured.ctx.db_url) == team["admin"].id


def test_quitting_the_sign_in_closes_the_window(qtbot: QtBot, configured: Backend,
                                                team: dict[str, Person]) -> None:
    window = started(qtbot, configured)
    window.who_is_working.dialog.reject()
    assert not window.isVisible()
    assert configured.ctx.person is None


def test_the_passphrase_is_not_kept_in_the_settings(qtbot: QtBot, configured: Backend,
                                                    team: dict[str, Person],
                                                    tmp_path: Path) -> None:
    window = started(qtbot, configured)
    dialog = window.who_is_working.dialog
    sign_in(qtbot, dialog, "Lea Kim", STAFF_PASS)
    assert dialog.passphrase.text() == ""
    QSettings().sync()
    settings = b"".join(p.read_bytes() for p in (tmp_path / "settings").rglob("*") if p.is_file())
    assert settings and STAFF_PASS.encode() not in settings
