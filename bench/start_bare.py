"""Baseline for the start measure: a bare PySide6 main window shown, then quit."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
