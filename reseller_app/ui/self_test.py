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
