"""A criterion's basis as the user reads it: each source's short title and section, linked to
the source, with the full title on hover (see ``domain/citations.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reseller_app.domain.citations import Citation
from reseller_app.ui.typography import note


def citation_html(citations: Sequence[Citation]) -> str:
    """"<a href=…>BSR (2022) Sales Partners brief, §6.4</a>; …" (text without a link as is)."""
    return "; ".join(
        f'<a href="{escape(c.url, quote=True)}">{escape(c.text)}</a>' if c.url else escape(c.text)
        for c in citations)


def citation_tooltip(citations: Sequence[Citation]) -> str:
    """The full titles of the sources cited, one a line (the short ones are on the label)."""
    return "\n".join(f"{c.title}: {c.locator}" if c.locator else c.title
                     for c in citations if c.title)


def citation_note(citations: Sequence[Citation], parent: QWidget | None = None, *,
                  lead: str = "") -> QLabel:
    """Small grey text: ``lead`` (plain text, e.g. the criterion id) then the citations,
    their links opening the source in the browser."""
    label = note("", parent)
    parts = [escape(lead)] if lead else []
    if citations:
        parts.append(citation_html(citations))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(" · ".join(parts))
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setToolTip(citation_tooltip(citations))
    return label
