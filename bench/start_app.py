"""The start measure: the real entry point up to the main window shown with its first page.

Quits on the event loop's second turn, after the window has loaded its first page of orders.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from reseller_app import cli
from reseller_app.ui.app import application

app = application()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
sys.exit(cli.main(["--db", sys.argv[1]]))
