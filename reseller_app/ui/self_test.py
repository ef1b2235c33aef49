"""The desktop part of ``reseller-app --self-test``: Qt starts (offscreen unless a platform is
set), every screen's module imports (an installer that left one out fails here, not when the
user opens that screen) and the main window draws."""

from __future__ import annotations

import importlib
import os
import pkgutil


def window_check() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reseller_app.ui.app import application
    from reseller_app.ui.main_window import MainWindow

    app = application()
    import reseller_app.ui as ui

    names = sorted(m.name for m in pkgutil.iter_modules(ui.__path__, "reseller_app.ui."))
    for name in names:
        importlib.import_module(name)
    window = MainWindow()
    window.resize(1024, 700)
    image = window.grab()
    window.deleteLater()
    app.processEvents()
    if image.isNull():
        raise RuntimeError("the main window could not be drawn")
    return (f"Qt {app.platformName()}: {len(names)} screen modules imported, main window drawn "
            f"({image.width()}x{image.height()})")


def translations_check() -> str:
    """Every shipped language's window texts load, with Qt's own (standard buttons)."""
    from PySide6.QtCore import QCoreApplication

    from reseller_app.services.i18n import SUPPORTED
    from reseller_app.ui import language
    from reseller_app.ui.app import application

    app = application()
    before = language.current()
    found = []
    try:
        for code in SUPPORTED[1:]:
            language.install(app, code)
            if QCoreApplication.translate("MainWindow", "&File") == "&File":
                raise RuntimeError(f"the {code} translation of the window did not load")
            found.append(code)
    finally:
        language.install(app, before)
    return f"{', '.join(found)} load"
