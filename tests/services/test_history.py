"""An order's history from the registry of formatters (services/history.py)."""

from __future__ import annotations

from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.audit import AuditService
from reseller_app.services.history import FORMATTERS, summarise
from reseller_app.store import audit_log


def test_every_audit_action_has_a_formatter() -> None:
    missing = [a.value for a in AuditAction if a not in FORMATTERS]
    assert not missing, f"no history formatter for {missing}: add one in services/history.py"


def test_every_formatter_answers_with_a_sentence_even_without_details() -> None:
    for action in AuditAction:
        assert summarise(action, {}).strip(), action


def test_an_event_from_a_newer_release_is_shown_with_its_name_and_details(configured, orders,
                                                                          catalog) -> None:
    """A database written by a newer release (or an older one) may hold actions this release
    does not know: the history names them and what they recorded, and hides nothing."""
    view = orders.save(catalog.laptop_order())
    with configured.write_session() as s:
        audit_log.append(s, actor="someone", action="order.signed", entity="order",
                         entity_id=view.id, details={"signer": "Ana Löw", "pages": 3},
                         at=configured.clock())
        s.commit()

    history = orders.history(view.id)  # read back from the SQLite file

    assert [h.action for h in history] == ["order.created", "order.signed"]
    unknown = history[-1]
    assert unknown.summary == ('Unrecognised event: order.signed ({"pages": 3, '
                               '"signer": "Ana Löw"}).')
    assert unknown.details == {"signer": "Ana Löw", "pages": 3}
    assert unknown.actor == "someone"
    assert AuditService(configured).verify().ok  # a real event in the chain, not a stub


def test_an_unknown_event_without_details_is_still_named() -> None:
    assert summarise("order.archived", {}) == "Unrecognised event: order.archived."


def test_an_early_import_event_still_reads_as_an_import() -> None:
    assert summarise("import.completed", {"imported": 2, "file_name": "orders.csv"}) == \
        "Imported from orders.csv with 2 orders."
