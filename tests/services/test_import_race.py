"""Two imports of the same file at once (two desks, a double click) both finish in words.

The references are checked again under the write lock: the import that comes second reports
the orders as imported already instead of failing on the unique reference.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from reseller_app.services.audit import AuditService
from reseller_app.services.dto import ImportReport, OrderFilter
from reseller_app.services.imports import ImportService
from reseller_app.services.orders import OrderService
from reseller_app.services.startup import open_app
from tests.conftest import stepping_clock
from tests.services.test_imports import write

ROWS = 600


def race_two_imports(db_url: str, tmp_path: Path) -> list[ImportReport]:
    """Import one file from two threads, each with its own connection to ``db_url``, held
    together until both have looked for existing references (so both find none)."""
    rows = [[f"R-{i}", "2026-11-02", f"Cust {i % 20}", "DE", "private", "", "DE", "Office",
             "LT-1", "general_it", "1", "900", "assisted"] for i in range(ROWS)]
    path = write(tmp_path / "same.csv", rows)
    contexts = [open_app(db_url, clock=stepping_clock(), actor=f"desk {n}") for n in (1, 2)]
    both_screening = threading.Barrier(2, timeout=60)

    def run(n: int) -> ImportReport:
        service = ImportService(contexts[n])
        mapping = service.suggest_mapping(service.read_headers(path))
        waited = False

        def progress(done: int, total: int) -> None:
            nonlocal waited
            # Past a third of the bar: the rows are read and looked up, screening is under
            # way; neither import has stored anything yet.
            if not waited and done > total // 3 + total // 20:
                waited = True
                both_screening.wait()

        return service.import_csv(path, mapping, progress=progress)

    try:
        with ThreadPoolExecutor(2) as pool:
            reports = list(pool.map(run, (0, 1)))
        assert OrderService(contexts[0]).count(OrderFilter()) == ROWS
        assert AuditService(contexts[0]).verify().ok
    finally:
        for ctx in contexts:
            ctx.engine.dispose()
    return reports


def test_two_imports_of_one_file_at_once_on_sqlite(db_url, tmp_path):
    reports = race_two_imports(db_url, tmp_path)
    assert sorted(r.imported for r in reports) == [0, ROWS]
    loser = next(r for r in reports if r.imported == 0)
    assert loser.errors == [] and not loser.cancelled
    assert loser.already_imported == ROWS
