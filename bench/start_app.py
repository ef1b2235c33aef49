"""The start measure: the real entry point (``reseller-app --db URL``), then quit.

``start_app.py URL`` quits on the event loop's second turn, when the main window is shown (the
database is still opening behind it); ``start_app.py URL --ready`` quits once the window shows
its first page of orders and the overview's numbers.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reseller_app import cli
from reseller_app.ui.app import application

app = application()


def quit_when_ready() -> None:
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "ready"):
            widget.ready.connect(lambda: QTimer.singleShot(0, app.quit))
            return
    QTimer.singleShot(1, quit_when_ready)


if "--ready" in sys.argv:
    QTimer.singleShot(0, quit_when_ready)
else:
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
sys.exit(cli.main(["--db", sys.argv[1]]))
