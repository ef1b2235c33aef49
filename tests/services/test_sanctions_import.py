"""Importing a sanctions list as a new version: all or nothing, audited, stamped, the very same
file not stored twice; and checking a party against the newest version of each list."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reseller_app.domain.sanctions.entries import ListSource, PartyKind
from reseller_app.domain.sanctions.matching import NameIndex, Verdict
from reseller_app.services.audit import AuditService
from reseller_app.services.errors import ValidationError
from reseller_app.services.party_index import NoListsImported, check_party, party_index
from reseller_app.services.sanctions_lists import (
    ListImportCancelled,
    all_versions,
    import_list,
    newest_versions,
    read_list_file,
)
from reseller_app.store import sanctions as store

DATA = Path(__file__).resolve().parents[1] / "data" / "sanctions"
OFAC = DATA / "ofac" / "sdn.csv"
UN = DATA / "un-consolidated-excerpt.xml"


def _imported_events(ctx) -> list[tuple]:
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return con.execute("SELECT seq, details FROM audit_event WHERE action = "
                           "'sanctions_list.imported'").fetchall()
    finally:
        con.close()


def _count(ctx, table: str) -> int:
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_an_import_stores_a_version_with_its_entries_and_one_audit_event(ctx) -> None:
    version = import_list(ctx, OFAC)
    assert version.source is ListSource.OFAC and not version.already
    assert version.entry_count == 7 and version.name_count > version.entry_count
    assert _count(ctx, "sanction_entry") == 7
    events = _imported_events(ctx)
    assert len(events) == 1 and '"entries":7' in events[0][1].replace(" ", "")
    report = AuditService(ctx).verify()
    assert report.ok, report.reason


def test_the_same_file_again_stores_nothing_and_says_when_it_came(ctx) -> None:
    first = import_list(ctx, UN)
    again = import_list(ctx, UN)
    assert again.already and again.id == first.id
    assert len(all_versions(ctx)) == 1


def test_a_new_file_of_a_list_is_a_new_version_and_the_newest_is_checked(ctx, tmp_path) -> None:
    import_list(ctx, OFAC)
    folder = tmp_path / "ofac2"
    shutil.copytree(DATA / "ofac", folder)
    sdn = folder / "sdn.csv"
    body = sdn.read_bytes().rstrip(b"\x1a")  # OFAC ends its files with an old end-of-file mark
    sdn.write_bytes(body + b'99999,"ACME ROCKET WORKS",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,'
                    b'-0- ,-0- ,-0- \r\n\x1a')
    before = check_party(ctx, "Acme Rocket Works")
    assert before.verdict is Verdict.CLEAR
    second = import_list(ctx, sdn)
    assert [v.id for v in newest_versions(ctx)] == [second.id]
    after = check_party(ctx, "Acme Rocket Works")
    assert after.verdict is Verdict.MATCH and after.list_ids == (second.id,)
    assert after.matches[0].entry_id == "99999"


def test_cancelling_stores_nothing(ctx) -> None:
    with pytest.raises(ListImportCancelled):
        import_list(ctx, OFAC, cancelled=lambda: True)
    assert _count(ctx, "sanction_list") == 0 and _count(ctx, "sanction_entry") == 0
    assert not _imported_events(ctx)


def test_a_broken_file_is_refused_in_words_and_nothing_changes(ctx, tmp_path) -> None:
    import_list(ctx, UN)
    cut = tmp_path / "consolidated.xml"
    cut.write_bytes(UN.read_bytes()[:3000])
    with pytest.raises(ValidationError) as refused:
        import_list(ctx, cut)
    assert "consolidated.xml" in refused.value.message
    assert len(all_versions(ctx)) == 1 and _count(ctx, "sanction_entry") > 0


def test_a_party_is_checked_against_every_newest_list(ctx) -> None:
    with pytest.raises(NoListsImported):
        check_party(ctx, "Saddam Hussein")
    assert party_index(ctx) is None
    import_list(ctx, OFAC)
    import_list(ctx, UN)
    found = check_party(ctx, "AL-TIKRITI, Saddam Hussein", kind="person")
    assert found.verdict is Verdict.MATCH
    assert found.matches[0].source is ListSource.UN and found.matches[0].entry_id == "IQi.001"
    by_ofac = check_party(ctx, "Banco Nacional de Cuba", kind=PartyKind.ORGANISATION)
    assert by_ofac.matches[0].entry_id == "306"
    assert check_party(ctx, "Müller Steuerberatung").verdict is Verdict.CLEAR
    with pytest.raises(ValidationError) as long:
        check_party(ctx, "x" * 5000)
    assert "5,000 characters" in long.value.message


def test_an_edited_entry_is_named_by_verify_audit(ctx) -> None:
    version = import_list(ctx, OFAC)
    con = sqlite3.connect(ctx.engine.url.database)
    con.execute("UPDATE sanction_entry SET name = 'SOMEONE ELSE' WHERE entry_id = '306'")
    con.commit()
    con.close()
    report = AuditService(ctx).verify()
    assert not report.ok
    assert f"sanctions list version {version.id} (OFAC" in report.reason


def test_the_index_built_from_the_database_checks_as_the_one_built_from_the_files(ctx) -> None:
    """party_index reads light rows (store.index_rows), not whole entries, to keep the app's
    memory down: every listed name, and each written a little differently, must find the
    same matches, scores and explanations as in an index of the files' own entries."""
    import_list(ctx, OFAC)
    import_list(ctx, UN)
    stored = party_index(ctx)
    assert stored is not None
    entries = [e for path in (OFAC, UN) for e in read_list_file(path).entries]
    from_files = NameIndex.build(entries)
    assert stored.names.name_count == from_files.name_count
    assert stored.names.entry_count == from_files.entry_count == len(entries)
    queries = [n.text for e in entries for n in e.names]
    queries += [q.replace("a", "e", 1) + " Ltd" for q in queries[::3]]
    for query in queries:
        for country, kind in ((None, None), ("IQ", PartyKind.PERSON)):
            assert (stored.names.check(query, country=country, kind=kind)
                    == from_files.check(query, country=country, kind=kind)), query
    with ctx.session() as s:  # the small page cache of the read is the connection's own again
        raw = s.connection().connection.dbapi_connection
        before = raw.execute("PRAGMA cache_size").fetchone()[0]
        rows = list(store.index_rows(s, [v.id for v in stored.versions]))
        assert raw.execute("PRAGMA cache_size").fetchone()[0] == before
    assert sum(len(r[4]) for r in rows) == sum(len(e.names) for e in entries)
