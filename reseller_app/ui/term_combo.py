"""A combo box over one group of the criteria pack's vocabulary (labels shown, ids kept)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from reseller_app.domain.packs import Term
from reseller_app.ui.labels import unrecognised_label
from reseller_app.ui.tier_badge import level_icon


class TermCombo(QComboBox):
    """Pick a vocabulary term; ``none_text`` adds a first entry meaning "not given"."""

    def __init__(self, terms: Sequence[Term], parent: QWidget | None = None, *,
                 none_text: str = "", show_levels: bool = False) -> None:
        super().__init__(parent)
        if none_text:
            self.addItem(none_text, None)
        for term in terms:
            if show_levels:
                self.addItem(level_icon(term.level), term.label, term.id)
            else:
                self.addItem(term.label, term.id)
            tip = term.description or term.reason
            if tip:
                self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)

    def term_id(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_term_id(self, term_id: str | None) -> None:
        index = self.findData(term_id) if term_id else self.findData(None)
        if index < 0 and term_id:
            # A value from an older pack or an import: keep it visible rather than lose it.
            self.addItem(unrecognised_label(term_id), term_id)
            self.setItemData(self.count() - 1, self.tr(
                "The criteria pack does not know this value, so the screening counts it as "
                "missing information. Choose one from the list."), Qt.ItemDataRole.ToolTipRole)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
