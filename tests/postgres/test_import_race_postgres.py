"""Two imports of the same file at once on PostgreSQL (``UniqueViolation`` before the fix)."""

from __future__ import annotations

from tests.services.test_import_race import ROWS, race_two_imports


def test_two_imports_of_one_file_at_once_on_postgresql(db_url, tmp_path):
    reports = race_two_imports(db_url, tmp_path)
    assert sorted(r.imported for r in reports) == [0, ROWS]
    loser = next(r for r in reports if r.imported == 0)
    assert loser.errors == [] and loser.already_imported == ROWS
