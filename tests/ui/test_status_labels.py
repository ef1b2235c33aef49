"""The words that explain an order's status to the user."""

from __future__ import annotations

from reseller_app.ui.labels import status_explanation


def test_cleared_text_is_true_for_elevated_orders_with_warnings() -> None:
    text = status_explanation("cleared")
    assert "found nothing" not in text
    assert "optional" in text and "warnings" in text
