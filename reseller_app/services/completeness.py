"""An order's completeness (``domain/completeness.py``) from what the services hand out: a saved
order's view, or the order window's draft as typed (with the screening shown and the
checklist's answers as ticked), so that the window and the list (``store/completeness_sql``)
say the same of a saved order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reseller_app.domain.completeness import Completeness, order_completeness
from reseller_app.services.dto import Customer, OrderDraft, OrderView


def draft_completeness(draft: OrderDraft, customer: Customer | None,
                       end_user: Customer | None, *, imported: bool,
                       asked: Iterable[str], answers: Mapping[str, str]) -> Completeness:
    """``customer`` / ``end_user``: the catalog entries the draft names (None: none);
    ``imported``: the order came from an import file; ``asked``: the question ids of the
    screening shown; ``answers``: question id -> "yes" / "no" / "unknown"."""
    # Where it goes, as the screening and the saved order have it: the end user's country (the
    # customer's, when the customer is the end user) when no destination is given.
    user = end_user if end_user is not None else customer
    destination = draft.destination_country or (user.country if user is not None else None)
    return order_completeness(
        customer_name=customer.name if customer is not None else None,
        customer_country=customer.country if customer is not None else None,
        end_user_named=end_user is not None,
        end_user_same_as_customer=end_user is None and not imported,
        destination_country=destination,
        intended_use=draft.intended_use,
        use_cases=draft.use_cases,
        checklist_asked=asked,
        checklist_answers=answers,
    )


def view_completeness(view: OrderView) -> Completeness:
    """A saved order's completeness, as the orders list shows it."""
    return draft_completeness(
        view.draft, view.customer, view.end_user, imported=view.imported,
        asked=view.screening.checklist,
        answers={a.question_id: a.answer for a in view.checklist_answers})
