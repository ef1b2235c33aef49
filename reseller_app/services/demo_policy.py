"""The demo's human rights policy: version 1, adopted by the demo's senior approver a few weeks
ago, sent to the staff and the distributor, and acknowledged by one member of staff.

Made through PolicyService like a user's own policy, so the demo has the real audit events.
"""

from __future__ import annotations

import datetime as dt

from reseller_app.domain.policy import Approval
from reseller_app.services.context import AppContext
from reseller_app.services.dto import PolicyVersionView
from reseller_app.services.people import PeopleService
from reseller_app.services.policy import PolicyService
from reseller_app.services.setup import SetupService

ANSWERS = {
    "company_description": (
        "We sell, install and support laptops, servers, networks, cameras and software for "
        "small businesses, schools, hospitals and public bodies in Germany and across Europe, "
        "and for a few customers further afield."),
    "commitment_own_words": (
        "We believe the technology we sell should make people's lives better, not be turned "
        "against them. We would rather lose a sale than help anyone harm people."),
    "report_channels": (
        "Concerns can also be sent by post, anonymously if you prefer, to our office at "
        "Hafenstraße 12, 20457 Hamburg, Germany."),
    "internal_expertise": (
        "our sales team, our service technicians and our Managing Director, who reviewed the "
        "orders we held or declined in the past year"),
    "published_at": ("on our website at https://www.nordlicht-it.example/human-rights, and "
                     "on request from our office"),
}


def load_demo_policy(ctx: AppContext) -> PolicyVersionView:
    """Adopt the sample policy (once: a database that has one keeps it)."""
    policy = PolicyService(ctx)
    existing = policy.adopted()
    if existing is not None:
        return existing
    profile = SetupService(ctx).profile()
    draft = policy.start_draft("en")  # the sample answers are English
    policy.save_draft(draft.id, {**draft.values, **ANSWERS})
    today = ctx.clock().date()
    approved_on = today - dt.timedelta(days=21)
    name = profile.approver_name if profile else "Katrin Vogel"
    title = profile.approver_title if profile else "Managing Director"
    if PeopleService(ctx).is_set_up():
        # With people, adopting needs the senior approver's own passphrase, which the sample
        # cannot have: the sample policy waits as a draft for them.
        return policy.version(draft.id)
    adopted = policy.adopt(draft.id, Approval(name, title, approved_on),
                           next_review=approved_on + dt.timedelta(days=365))
    staff = policy.record_communication(
        adopted.id, "staff", "Tom Becker (Sales)", "e-mail and team meeting",
        approved_on + dt.timedelta(days=2), note="Presented at the monthly team meeting.")
    policy.acknowledge(staff.id, approved_on + dt.timedelta(days=3))
    distributor = profile.distributors[0].name if profile and profile.distributors else \
        "Central Distribution Europe"
    policy.record_communication(adopted.id, "distributor", distributor, "e-mail",
                                approved_on + dt.timedelta(days=4))
    return policy.version(adopted.id)
