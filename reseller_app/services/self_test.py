"""``reseller-app --self-test``: does this installed copy work? Checked on a temporary database.

Each check returns a short line on success and raises with the reason otherwise; the caller
prints one line per check and names the first that failed. The user's own database is never
opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reseller_app.domain.vocabulary import RiskTier
from reseller_app.services.context import AppContext, open_app

# The README's order example: a camera sale to a police force; the screening must hold it.
SAMPLE_ORDER: dict[str, Any] = {
    "reference": "SELF-TEST-1",
    "date": "2026-11-02",
    "sales_model": "assisted",
    "customer": {"name": "Policía Regional", "country": "VE", "type": "government",
                 "sector": "public_administration", "government_function": "law_enforcement"},
    "destination_country": "VE",
    "intended_use": "Traffic monitoring at city junctions",
    "use_cases": ["public_space_surveillance"],
    "lines": [{"sku": "CAM-4K", "description": "4K IP camera", "category": "video_surveillance",
               "quantity": 40, "unit_price": 310}],
    "currency": "EUR",
}

Check = tuple[str, Callable[[], str]]


class SelfTest:
    """The service checks, in order, on a database in ``folder`` (a temporary folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ctx: AppContext | None = None

    def checks(self) -> list[Check]:
        return [("database", self.database), ("criteria pack", self.pack),
                ("screening", self.screening), ("policy PDF", self.policy_pdf),
                ("backup", self.backup)]

    def _ctx(self) -> AppContext:
        if self.ctx is None:
            raise RuntimeError("the database did not open")
        return self.ctx

    def database(self) -> str:
        from reseller_app.store import db

        path = self.folder / "self-test.sqlite3"
        self.ctx = open_app(str(path), actor="self-test")
        revision = db.current_revision(self.ctx.engine)
        if revision != db.HEAD_REVISION:
            raise RuntimeError(f"the schema is at {revision}, not {db.HEAD_REVISION}")
        return f"created and migrated to schema {revision} ({path})"

    def pack(self) -> str:
        from reseller_app.services.packs import PackService

        ref = PackService(self._ctx()).active().ref
        return f"{ref.id} {ref.version} loaded"

    def screening(self) -> str:
        from reseller_app.domain.orders import parse_order
        from reseller_app.services.packs import PackService

        result = PackService(self._ctx()).screener().screen(parse_order(SAMPLE_ORDER))
        if not result.hold or result.tier not in (RiskTier.HIGH, RiskTier.PROHIBITED):
            raise RuntimeError(f"the sample camera order for a police force came out "
                               f"{result.tier} (hold={result.hold}); expected high and held")
        return f"sample order: tier {result.tier}, held, {len(result.flags)} flags"

    def policy_pdf(self) -> str:
        from reseller_app.services.policy import PolicyService

        policy = PolicyService(self._ctx())
        policy.start_draft()
        data = policy.pdf(draft=True, page_size="A4")
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
            raise RuntimeError("the policy PDF is not a complete PDF file")
        out = self.folder / "policy-draft.pdf"
        out.write_bytes(data)
        return f"draft policy, {len(data):,} bytes"

    def backup(self) -> str:
        from reseller_app.services.backups import BackupService

        service = BackupService(self._ctx())
        info = service.backup_now()
        revision = service.verify(info.path)
        return f"copied and verified (schema {revision}, {info.size:,} bytes)"

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.engine.dispose()
            self.ctx = None


def run_checks(checks: list[Check], say: Callable[[str], None]) -> str | None:
    """Run the checks in order, one line each; returns the name of the first that failed."""
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:  # every failure named, in words, no traceback
            reason = " ".join((str(exc) or type(exc).__name__).split())
            say(f"FAIL {name}: {reason}")
            return name
        say(f"ok   {name}: {detail}")
    return None
