"""The evidence bundle reports its progress step by step (for the export dialog's bar)."""

from __future__ import annotations

import datetime as dt

from reseller_app.services.evidence import BUNDLE_STEPS, EvidenceService

from .test_escalation import build, held_order


def test_the_bundle_reports_each_step_up_to_the_total(configured, catalog, tmp_path):
    build(configured, held_order(configured, catalog))
    calls: list[tuple[int, int]] = []
    report = EvidenceService(configured).bundle(
        dt.date(2026, 11, 1), dt.date(2026, 11, 30), tmp_path / "bundle.zip",
        progress=lambda done, total: calls.append((done, total)))
    assert report.path.is_file() and report.packets == 1
    assert {total for _, total in calls} == {BUNDLE_STEPS}
    done = [d for d, _ in calls]
    assert done == sorted(done) and done[0] == 0 and done[-1] == BUNDLE_STEPS
