"""The human rights policy on PostgreSQL: versions, the frozen-version trigger, communications.

Skipped without a PostgreSQL server (see conftest.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from reseller_app.domain.policy import Approval
from reseller_app.services.audit import AuditService
from reseller_app.services.policy import PolicyService

from ..conftest import START

TODAY = START.date()


def test_policy_versions_are_frozen_by_the_server_too(configured):
    policy = PolicyService(configured)
    draft = policy.start_draft()
    policy.save_draft(draft.id, {**draft.values, "internal_expertise": "our sales team",
                                 "published_at": "on our website"})
    approval = Approval("Anna Weber", "Managing Director", TODAY)
    v1 = policy.adopt(draft.id, approval, TODAY + dt.timedelta(days=365))
    assert v1.approval == approval and v1.adopted_at.tzinfo is not None
    c = policy.record_communication(v1.id, "staff", "Tom Becker", "e-mail", TODAY)
    policy.acknowledge(c.id, TODAY)
    # a second version supersedes the first: the status may change, the text may not
    v2 = policy.start_draft()
    policy.adopt(v2.id, approval, TODAY + dt.timedelta(days=365))
    assert [(v.number, v.status) for v in policy.versions()] == [(2, "adopted"),
                                                                 (1, "superseded")]
    for sql in ("UPDATE policy_version SET field_values = '{}' WHERE id = :id",
                "DELETE FROM policy_version WHERE id = :id"):
        with pytest.raises(DBAPIError, match="cannot be changed"), \
                configured.engine.begin() as conn:
            conn.execute(text(sql), {"id": v1.id})
    assert policy.version(v1.id).values == v1.values
    assert policy.communications(v1.id)[0].acknowledged_on == TODAY
    assert AuditService(configured).verify().ok
