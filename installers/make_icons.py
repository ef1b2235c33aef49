"""Render the app icon (resources/icons/channel-diligence.svg) for the installers.

    python installers/make_icons.py

Writes installers/windows/channel-diligence.ico (Windows .exe and setup), PNGs in
installers/macos/channel-diligence.iconset/ and, on macOS (iconutil), the .icns for the .app.
Uses Qt (PySide6, already installed for the app), offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "channel-diligence.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    ico = HERE / "windows" / "channel-diligence.ico"
    if not render(renderer, 256).save(str(ico)):
        print(f"could not write {ico} (Qt's ico plugin is missing?)", file=sys.stderr)
        return 1
    print(f"wrote {ico}")
    iconset = HERE / "macos" / "channel-diligence.iconset"
    iconset.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 128, 256, 512):
        render(renderer, size).save(str(iconset / f"icon_{size}x{size}.png"))
        render(renderer, size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"))
    print(f"wrote {iconset}")
    if shutil.which("iconutil"):
        icns = HERE / "macos" / "channel-diligence.icns"
        subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(icns)], check=True)
        print(f"wrote {icns}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
