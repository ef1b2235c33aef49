"""The People window: an administrator adds people, changes roles, deactivates and resets
passphrases through ``services.people``; refusals are shown in words; anyone else sees the list
read-only (real widgets, real SQLite)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseller_app.domain.people import Role
from reseller_app.services.context import WorkingPerson
from reseller_app.services.passphrases import PassphraseHasher
from reseller_app.services.people import NewPerson, PeopleService, Person, SignInError
from reseller_app.ui.backend import Backend
from reseller_app.ui.main_window import MainWindow
from reseller_app.ui.people_window import AddPersonDialog, PeopleWindow, ResetPassphraseDialog

from .test_escalation import no_duplicate_mnemonics

FAST = PassphraseHasher(n=2**4, r=8, p=1)
ADMIN_PASS = "violet kettle on the moon"
APPROVER_PASS = "seven quiet harbour lamps"
STAFF_PASS = "paper boats in April rain"
NEW_PASS = "a brand new passphrase for Max"


@pytest.fixture
def team(configured: Backend) -> dict[str, Person]:
    people = PeopleService(configured.ctx, hasher=FAST)
    admin, approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", ADMIN_PASS),
        NewPerson("Jonas Berg", "jonas.berg@example.com", APPROVER_PASS))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com", STAFF_PASS,
                                        Role.STAFF))
    return {"admin": admin, "approver": approver, "staff": staff}


def working_as(backend: Backend, person: Person) -> None:
    backend.ctx.person = WorkingPerson(person.id, person.name)


def opened(qtbot: QtBot, backend: Backend) -> PeopleWindow:
    window = PeopleWindow(backend)
    qtbot.addWidget(window)
    window.show()
    return window


def cells(window: PeopleWindow) -> list[list[str]]:
    model = window.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def person_actions(backend: Backend) -> list[str]:
    con = sqlite3.connect(backend.ctx.db_url.removeprefix("sqlite:///"))
    try:
        return [r[0] for r in con.execute(
            "SELECT action FROM audit_event WHERE entity = 'person' ORDER BY seq")]
    finally:
        con.close()


def fill_new_person(qtbot: QtBot, dialog: AddPersonDialog, name: str, email: str,
                    role: Role, passphrase: str, again: str | None = None) -> None:
    for field in (dialog.name, dialog.email):
        field.clear()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.email, email)
    dialog.role.setCurrentIndex(dialog.role.findData(role.value))
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.again, passphrase if again is None else again)
    dialog.add_button.click()


def test_the_list_shows_name_email_role_active_and_lock(qtbot: QtBot, configured: Backend,
                                                        team: dict[str, Person]) -> None:
    people = PeopleService(configured.ctx, hasher=FAST)
    for _ in range(5):  # five wrong tries lock Lea
        with pytest.raises(SignInError):
            people.authenticate("lea.kim@example.com", "not her passphrase at all")
    working_as(configured, team["admin"])
    window = opened(qtbot, configured)
    rows = cells(window)
    assert [r[:4] for r in rows] == [
        ["Anna Weber", "anna.weber@example.com", "administrator", "Active"],
        ["Jonas Berg", "jonas.berg@example.com", "approver", "Active"],
        ["Lea Kim", "lea.kim@example.com", "staff", "Active"]]
    assert rows[0][4] == "" and rows[2][4] != ""  # locked until ... (local time)
    assert window.model.headerData(4, Qt.Orientation.Horizontal) == "Locked until"
    assert "administrator" in window.access.text() and window.add_button.isEnabled()


def test_an_administrator_adds_a_person_and_refusals_stay_in_the_dialog(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    working_as(configured, team["admin"])
    window = opened(qtbot, configured)
    no_duplicate_mnemonics(window)
    window.add_button.click()
    dialog = window.dialog
    assert isinstance(dialog, AddPersonDialog) and dialog.isVisible()
    no_duplicate_mnemonics(dialog)

    fill_new_person(qtbot, dialog, "Max Roth", "max@example.com", Role.STAFF, NEW_PASS,
                    again="something else entirely")
    assert dialog.isVisible() and "differ" in dialog.error.message()
    fill_new_person(qtbot, dialog, "Max Roth", "max@example.com", Role.STAFF, "short")
    assert dialog.isVisible() and "passphrase" in dialog.error.message().lower()
    fill_new_person(qtbot, dialog, "Max Roth", "Lea.Kim@example.com", Role.STAFF, NEW_PASS)
    assert dialog.isVisible()
    assert dialog.error.message() == ("Someone with the e-mail address lea.kim@example.com "
                                      "is already in the list.")
    assert dialog.passphrase.text() == "" and dialog.again.text() == ""  # never kept

    fill_new_person(qtbot, dialog, "Max Roth", "max@example.com", Role.APPROVER, NEW_PASS)
    assert not dialog.isVisible() and window.dialog is None
    assert ["Max Roth", "max@example.com", "approver", "Active", ""] in cells(window)
    assert window.selected() is not None and window.selected().email == "max@example.com"
    assert window.done_label.text() == "Max Roth <max@example.com> was added as approver."
    assert person_actions(configured)[-1] == "person.added"
    assert PeopleService(configured.ctx).authenticate("max@example.com", NEW_PASS).name == \
        "Max Roth"


def test_an_administrator_changes_a_role_and_deactivates_and_reactivates(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    working_as(configured, team["admin"])
    window = opened(qtbot, configured)
    window.select("lea.kim@example.com")
    assert window.active_button.text() == "&Deactivate"
    window.role.setCurrentIndex(window.role.findData(Role.APPROVER.value))
    window.role_button.click()
    assert window.done_label.text() == "Lea Kim now has the role approver."
    assert cells(window)[2][2] == "approver"

    window.active_button.click()
    assert cells(window)[2][3] == "Inactive"
    assert window.active_button.text() == "R&eactivate"
    window.active_button.click()
    assert cells(window)[2][3] == "Active" and window.done_label.text() == \
        "Lea Kim is active again."
    assert person_actions(configured)[-3:] == ["person.role_changed", "person.deactivated",
                                               "person.reactivated"]


def test_the_last_administrator_cannot_deactivate_themself(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    working_as(configured, team["admin"])
    window = opened(qtbot, configured)
    before = person_actions(configured)
    window.select("anna.weber@example.com")
    window.active_button.click()
    assert window.error.message().startswith("There must always be an active administrator")
    assert cells(window)[0][2:4] == ["administrator", "Active"]
    window.role.setCurrentIndex(window.role.findData(Role.STAFF.value))
    window.role_button.click()
    assert window.error.message().startswith("There must always be an active administrator")
    assert person_actions(configured) == before  # nothing recorded, nothing changed


def test_an_administrator_resets_another_persons_passphrase(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    working_as(configured, team["admin"])
    window = opened(qtbot, configured)
    window.select("lea.kim@example.com")
    window.reset_button.click()
    dialog = window.dialog
    assert isinstance(dialog, ResetPassphraseDialog)
    no_duplicate_mnemonics(dialog)
    qtbot.keyClicks(dialog.passphrase, "too short")
    qtbot.keyClicks(dialog.again, "too short")
    dialog.reset_button.click()
    assert dialog.isVisible() and dialog.error.message()
    qtbot.keyClicks(dialog.passphrase, NEW_PASS)
    qtbot.keyClicks(dialog.again, NEW_PASS)
    dialog.reset_button.click()
    assert not dialog.isVisible()
    assert window.done_label.text() == "Lea Kim has a new passphrase: tell it to them."
    assert person_actions(configured)[-1] == "person.passphrase_reset"
    assert PeopleService(configured.ctx).authenticate("lea.kim@example.com", NEW_PASS).name \
        == "Lea Kim"


def test_staff_see_the_list_read_only_with_the_role_needed(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    working_as(configured, team["staff"])
    window = opened(qtbot, configured)
    assert len(cells(window)) == 3
    assert window.access.text().startswith("Managing people needs the role administrator; "
                                           "Lea Kim has the role staff.")
    window.select("jonas.berg@example.com")
    for button in (window.add_button, window.role_button, window.active_button,
                   window.reset_button):
        assert not button.isEnabled()


def test_an_administrator_demoted_meanwhile_is_refused_in_words(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    working_as(configured, team["admin"])
    window = opened(qtbot, configured)
    people = PeopleService(configured.ctx, hasher=FAST)
    # On another desk: Jonas becomes administrator, then takes Anna's role away.
    people.change_role(team["admin"], team["approver"].id, Role.ADMINISTRATOR)
    people.change_role(team["approver"].id, team["admin"].id, Role.STAFF)
    window.select("lea.kim@example.com")
    window.active_button.click()
    assert window.error.message() == ("Managing people needs the role administrator; Anna "
                                      "Weber has the role staff.")
    assert cells(window)[2][3] == "Active"
    assert not window.active_button.isEnabled()  # the list now says what she may do


def test_the_first_person_is_added_as_administrator(qtbot: QtBot,
                                                    configured: Backend) -> None:
    window = opened(qtbot, configured)
    assert window.access.text().startswith("Nobody is in the list yet")
    with qtbot.waitSignal(window.firstSetUp):
        window.add_button.click()
        dialog = window.dialog
        assert isinstance(dialog, AddPersonDialog) and dialog.role.count() == 1
        fill_new_person(qtbot, dialog, "Anna Weber", "anna.weber@example.com",
                        Role.ADMINISTRATOR, ADMIN_PASS)
    assert cells(window) == [["Anna Weber", "anna.weber@example.com", "administrator",
                              "Active", ""]]
    assert person_actions(configured) == ["person.first_setup"]


def test_the_file_menu_opens_the_people_window(qtbot: QtBot, configured: Backend,
                                               team: dict[str, Person]) -> None:
    working_as(configured, team["admin"])
    main = MainWindow(configured)
    qtbot.addWidget(main)
    main.people_action.trigger()
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, PeopleWindow) and w.isVisible()]
    assert len(windows) == 1 and len(cells(windows[0])) == 3
    windows[0].close()


def test_a_change_made_meanwhile_on_another_desk_is_not_overwritten(
        qtbot: QtBot, configured: Backend, team: dict[str, Person]) -> None:
    working_as(configured, team["admin"])
    window = opened(qtbot, configured)
    window.select("lea.kim@example.com")
    PeopleService(configured.ctx, hasher=FAST).change_role(team["admin"], team["staff"].id,
                                                           Role.APPROVER)
    window.active_button.click()  # the list still showed Lea as staff
    assert "was changed at" in window.error.message()
    assert "nothing was saved" in window.error.message()
    assert cells(window)[2][2:4] == ["approver", "Active"]  # the list as it is now
