"""Checking the audit log: has any event been changed or removed behind the app's back?"""

from __future__ import annotations

from reseller_app.domain.audit import verify_chain
from reseller_app.services.context import AppContext
from reseller_app.services.dto import AuditVerification
from reseller_app.store import audit_log


class AuditService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def verify(self) -> AuditVerification:
        """Recompute the hash chain from the first event; name the first broken one."""
        with self.ctx.session() as s:
            verdict = verify_chain(audit_log.iter_chain(s))
        return AuditVerification(verdict.ok, verdict.checked, verdict.first_bad_seq,
                                 verdict.reason, verdict.reason_en)
