"""Country choosers: names in the app's language (``domain.countries``), the alpha-2 code as
data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from reseller_app.domain import countries
from reseller_app.ui import language


def country_names() -> tuple[tuple[str, str], ...]:
    """(code, name) in the app's language, sorted by name."""
    return countries.country_names(language.current())


def country_name(code: str | None) -> str:
    return countries.country_name(code, language.current())


class CountryCombo(QComboBox):
    """Pick a country by typing part of its name; ``code()`` gives the alpha-2 code or None.

    An empty field means "no country"; ``none_text`` says what that means ("All countries",
    "Same as the end user's country") as the field's placeholder.
    """

    def __init__(self, parent: QWidget | None = None, *, none_text: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._populated = False
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(none_text)
        self.lineEdit().setClearButtonEnabled(True)
        self.lineEdit().editingFinished.connect(self._snap_to_item)
        self.set_code(None)

    def _populate(self) -> None:
        """Fill the list on first use: it keeps opening the main window quick."""
        if self._populated:
            return
        self._populated = True
        text = self.currentText()
        self.blockSignals(True)
        for code, name in country_names():
            self.addItem(f"{name} ({code})", code)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._populate()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self._populate()
        super().showPopup()

    def code(self) -> str | None:
        self._snap_to_item()
        if self.currentIndex() < 0:
            return None
        data = self.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        if code:
            self._populate()
        index = self.findData(code.upper()) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def _snap_to_item(self) -> None:
        """Typed text that names a country (or its code) selects it; other text is cleared."""
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()) == text:
            return
        if not text:
            if self.currentIndex() >= 0:
                self.set_code(None)
            return
        self._populate()
        folded = text.casefold()
        best = -1
        for i in range(self.count()):
            item = self.itemText(i).casefold()
            code = str(self.itemData(i)).casefold()
            if item == folded or code == folded:
                best = i
                break
            if best < 0 and item.startswith(folded):
                best = i
        if best < 0:
            best = next((i for i in range(self.count())
                         if folded in self.itemText(i).casefold()), -1)
        self.set_code(str(self.itemData(best)) if best >= 0 else None)
