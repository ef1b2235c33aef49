"""Update lists: the publishers' files fetched (from a local server in the tests, never the
internet) and imported as new versions; offline, refused or broken answers change nothing; the
addresses and the days until a list is old kept in the settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.domain.sanctions.freshness import DEFAULT_STALE_DAYS
from reseller_app.services.errors import ValidationError
from reseller_app.services.list_updates import (
    ListImportCancelled,
    official_addresses,
    update_lists,
)
from reseller_app.services.sanctions_lists import all_versions
from reseller_app.services.settings import SettingsService
from tests.list_server import DATA, local_addresses, offline_addresses, serve


def _count(ctx, table: str) -> int:
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_the_official_addresses_are_the_publishers_own() -> None:
    addresses = official_addresses()
    assert set(addresses) == set(ListSource)
    ofac = [f.name for f in addresses[ListSource.OFAC].files]
    assert ofac == ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"]
    assert all(f.url.startswith("https://www.treasury.gov/ofac/downloads/")
               for f in addresses[ListSource.OFAC].files)
    assert addresses[ListSource.UN].files[0].url == \
        "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
    assert "webgate.ec.europa.eu/fsd/fsf" in addresses[ListSource.EU].files[0].url
    assert addresses[ListSource.UK].files[0].url.startswith("https://")


def test_settings_round_trip_keeps_only_the_changed_addresses(ctx) -> None:
    settings = SettingsService(ctx)
    first = settings.lists_settings()
    assert first.stale_days == DEFAULT_STALE_DAYS and not first.changed
    assert first.addresses == official_addresses()
    mine = "https://lists.example.com/un.xml"
    urls = {f"{s.value}/{f.name}": f.url for s, a in first.addresses.items() for f in a.files}
    urls["un/consolidated.xml"] = mine
    saved = settings.save_lists_settings(urls, 14)
    assert saved.stale_days == 14 and saved.changed == {"un/consolidated.xml"}
    again = SettingsService(ctx).lists_settings()
    assert again.url(ListSource.UN, "consolidated.xml") == mine
    assert again.url(ListSource.OFAC, "sdn.csv") == first.url(ListSource.OFAC, "sdn.csv")
    reset = settings.save_lists_settings(None, 14)
    assert reset.addresses == official_addresses() and not reset.changed


@pytest.mark.parametrize(("url", "days", "field"), [
    ("ftp://example.com/list.xml", 30, "un/consolidated.xml"),
    ("http://lists.example.com/un.xml", 30, "un/consolidated.xml"),  # plain http: refused
    ("not an address", 30, "un/consolidated.xml"),
    ("https://scsanctions.un.org/resources/xml/en/consolidated.xml", 0, "stale_days"),
])
def test_settings_refuse_what_cannot_be_used(ctx, url: str, days: int, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SettingsService(ctx).save_lists_settings({"un/consolidated.xml": url}, days)
    assert caught.value.field == field and caught.value.message
    assert SettingsService(ctx).lists_settings().addresses == official_addresses()


def test_update_fetches_every_list_and_imports_it(ctx) -> None:
    with serve(DATA) as server:
        SettingsService(ctx).save_lists_settings(local_addresses(server), 30)
        stages: list[tuple[ListSource, str]] = []
        results = update_lists(ctx, stage=lambda s, what: stages.append((s, what)))
    assert [r.source for r in results] == list(ListSource)
    assert all(r.ok and not r.error for r in results), [r.error for r in results]
    ofac = results[0].version
    assert ofac is not None and ofac.entry_count == 7 and ofac.file_name == "sdn.csv"
    assert stages[:2] == [(ListSource.OFAC, "download"), (ListSource.OFAC, "import")]
    assert {v.source for v in all_versions(ctx)} == set(ListSource)
    with serve(DATA) as server:  # the same files again: nothing new is stored
        SettingsService(ctx).save_lists_settings(local_addresses(server), 30)
        again = update_lists(ctx, only=[ListSource.UN])
    assert [r.source for r in again] == [ListSource.UN] and again[0].version.already
    assert len(all_versions(ctx)) == 4


def test_offline_says_so_per_list_and_changes_nothing(ctx) -> None:
    SettingsService(ctx).save_lists_settings(offline_addresses(), 30)
    entries = _count(ctx, "sanction_entry")
    results = update_lists(ctx, only=[ListSource.OFAC, ListSource.UN], timeout=5)
    assert [r.source for r in results] == [ListSource.OFAC, ListSource.UN]
    for result in results:
        assert not result.ok and result.offline
        assert "Could not reach 127.0.0.1" in result.error
        assert "The lists already imported stay in use." in result.error
    assert all_versions(ctx) == [] and _count(ctx, "sanction_entry") == entries


def test_a_name_that_does_not_resolve_reads_as_offline(ctx) -> None:
    urls = {"un/consolidated.xml": "https://lists.invalid/consolidated.xml"}
    SettingsService(ctx).save_lists_settings(urls, 30)
    [result] = update_lists(ctx, only=[ListSource.UN], timeout=5)
    assert result.offline and result.error.startswith(
        "Could not reach lists.invalid: the computer seems to be offline.")


def test_http_errors_and_foreign_files_are_refused_in_words(ctx, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<html><body>Moved</body></html>", encoding="utf-8")
    with serve(tmp_path) as server:
        SettingsService(ctx).save_lists_settings(
            {"un/consolidated.xml": server.url("missing.xml"),
             "uk/UK-Sanctions-List.csv": server.url("page.html"),
             "eu/eu-financial-sanctions-1.1.xml": server.url("announce-huge")}, 30)
        results = update_lists(ctx, only=[ListSource.UN, ListSource.UK, ListSource.EU])
    by_source = {r.source: r for r in results}
    assert "answered “404" in by_source[ListSource.UN].error
    assert "Settings (Sanctions lists)" in by_source[ListSource.UN].error
    assert by_source[ListSource.UK].error.startswith("The file fetched from 127.0.0.1 cannot "
                                                     "be used:")
    assert not by_source[ListSource.UK].offline
    assert "more than a sanctions list ever is" in by_source[ListSource.EU].error
    assert all_versions(ctx) == []


def test_a_server_sending_without_end_is_stopped_at_the_limit(ctx, monkeypatch) -> None:
    from reseller_app.services import input_files

    monkeypatch.setitem(input_files.LIMITS, input_files.InputKind.SANCTIONS_LIST, 300_000)
    with serve(DATA) as server:
        SettingsService(ctx).save_lists_settings(
            {"un/consolidated.xml": server.url("endless")}, 30)
        [result] = update_lists(ctx, only=[ListSource.UN])
    assert "more than a sanctions list ever is" in result.error and all_versions(ctx) == []


def test_cancel_stops_the_update_and_stores_nothing(ctx) -> None:
    with serve(DATA) as server:
        SettingsService(ctx).save_lists_settings(local_addresses(server), 30)
        with pytest.raises(ListImportCancelled):
            update_lists(ctx, cancelled=lambda: True)
    assert all_versions(ctx) == [] and _count(ctx, "sanction_entry") == 0


def test_only_a_role_that_manages_lists_may_update(ctx) -> None:
    from reseller_app.domain.people import Role
    from reseller_app.services.context import WorkingPerson
    from reseller_app.services.passphrases import PassphraseHasher
    from reseller_app.services.people import NewPerson, NotAllowed, PeopleService

    people = PeopleService(ctx, hasher=PassphraseHasher(n=2**4, r=8, p=1))
    admin, _approver = people.first_setup(
        NewPerson("Anna Weber", "anna.weber@example.com", "violet kettle on the moon"),
        NewPerson("Jonas Berg", "jonas.berg@example.com", "seven quiet harbour lamps"))
    staff = people.add(admin, NewPerson("Lea Kim", "lea.kim@example.com",
                                        "paper boats in April rain", Role.STAFF))
    ctx.person = WorkingPerson(staff.id, staff.name)
    with pytest.raises(NotAllowed):
        update_lists(ctx, only=[ListSource.UN])
    with pytest.raises(NotAllowed):
        SettingsService(ctx).save_lists_settings(None, 14)
    assert all_versions(ctx) == [] and SettingsService(ctx).lists_settings().stale_days == 30
