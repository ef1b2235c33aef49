"""In-app help (F1): for the screen in front of the user, why it matters, in plain words.

The texts are data (``resources/help/<language>.json``, English as the fallback), drawn from
the BSR brief the screening follows; each names the part of the guidance it rests on.
"""

from __future__ import annotations

import json
from functools import cache
from html import escape
from importlib import resources

from pydantic import BaseModel, ConfigDict
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reseller_app.domain.languages import DEFAULT, language_of
from reseller_app.ui.typography import heading, note

HELP_FORMAT = "channel-diligence-help/1"
# Dialogs that belong to a screen's subject (by class name: no import just to compare).
DIALOG_KEYS = {"EscalationDialog": "escalation", "AnswerDialog": "escalation",
               "MisuseDialog": "escalation", "PolicyWizard": "policy"}
ORDER_TAB_KEYS = ("order", "checklist", "decision", "history", "escalation")


class HelpScreen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str
    paragraphs: tuple[str, ...]
    basis: str = ""


class HelpFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: str
    language: str
    screens: dict[str, HelpScreen]


@cache
def help_texts(language: str | None = None) -> dict[str, HelpScreen]:
    """The help of ``language`` (the system's by default), falling back to English."""
    folder = resources.files("reseller_app.resources") / "help"
    language = language or language_of(QLocale().name()) or DEFAULT
    english = _load(folder / "en.json")
    if language != "en" and (folder / f"{language}.json").is_file():
        return {**english, **_load(folder / f"{language}.json")}
    return english


def _load(path: object) -> dict[str, HelpScreen]:
    data = HelpFile.model_validate(json.loads(path.read_bytes()))  # type: ignore[attr-defined]
    if data.format != HELP_FORMAT:
        raise ValueError(f"{path}: not a help file ({data.format})")
    return dict(data.screens)


def help_key_for(window: QWidget | None) -> str | None:
    """Which screen's help fits ``window`` (the active window) or the window it belongs to."""
    while window is not None:
        key = DIALOG_KEYS.get(type(window).__name__)
        if key:
            return key
        screen_key = getattr(window, "help_key", None)
        if callable(screen_key):
            return screen_key()
        name = type(window).__name__
        if name == "OrderWindow":
            tabs = getattr(window, "tabs", None)
            index = tabs.currentIndex() if tabs is not None else 0
            return ORDER_TAB_KEYS[index] if 0 <= index < len(ORDER_TAB_KEYS) else "order"
        if name == "PolicyWindow":
            return "policy"
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return None


class HelpDialog(QDialog):
    """One non-modal help window, its text changing with the screen it is asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = ""
        self.setWindowTitle(self.tr("Help — Channel Diligence"))
        self.title = heading("", self, scale=1.3)
        self.text = QTextBrowser(self)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Help text"))
        self.basis = note("", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.basis)
        layout.addWidget(buttons)
        self.resize(560, 440)

    def show_for(self, key: str) -> None:
        texts = help_texts()
        screen = texts.get(key) or texts["overview"]
        self.key = key if key in texts else "overview"
        self.title.setText(screen.title)
        self.title.setAccessibleName(screen.title)
        self.text.setHtml("".join(f"<p>{escape(p)}</p>" for p in screen.paragraphs))
        self.basis.setText(self.tr("Based on: {0}").format(screen.basis) if screen.basis else "")
        self.basis.setVisible(bool(screen.basis))
        self.setWindowTitle(self.tr("Help: {0}").format(screen.title))
        self.show()
        self.raise_()
        self.activateWindow()

    def plain_text(self) -> str:
        return self.text.toPlainText()


def active_window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None

