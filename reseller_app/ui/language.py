"""The language the app speaks: Qt's translators, the locale for dates and money, the services.

The choice is the user's (Settings > Language, kept in QSettings) or, by default, the system's.
It takes effect at the next start: the windows are built in one language.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reseller_app.domain import texts
from reseller_app.services.i18n import DEFAULT, language_of, resolve
from reseller_app.ui import options

_current = DEFAULT
_installed: list[QTranslator] = []


def preference() -> str:
    """The language chosen in the settings ("" when it follows the system)."""
    return options.LANGUAGE.value()


def set_preference(code: str) -> None:
    options.LANGUAGE.set(code)


def current() -> str:
    """The language installed by :func:`install` (English before)."""
    return _current


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (keeps its date and number habits,
    e.g. Mexican rather than Spanish), else the language's main one."""
    system = QLocale.system()
    if language_of(system.name()) == language:
        return system
    return QLocale(language)


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Speak ``language`` (by default the preference, else the system's); returns its code."""
    global _current
    language = resolve(language if language is not None else preference(),
                       QLocale.system().name())
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if language != "en":
        qt = QTranslator(app)
        # By locale: Qt tries qtbase_pt_BR, then qtbase_pt (it ships pt_BR and pt_PT only).
        if qt.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
        ours = QTranslator(app)
        folder = resources.files("reseller_app.resources") / "translations"
        if ours.load(f"channel_diligence_{language}", str(folder)):
            _installed.append(ours)
        for translator in _installed:
            app.installTranslator(translator)
        texts.install(QCoreApplication.translate)
    else:
        texts.install(None)
    _current = language
    return language
