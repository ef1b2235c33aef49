"""Icons shipped in resources/icons (SVG), loaded by name."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon


def named_icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as an icon; an empty icon if it is missing."""
    try:
        path = resources.files("reseller_app.resources") / "icons" / f"{name}.svg"
        if path.is_file():
            return QIcon(str(path))
    except (ModuleNotFoundError, OSError):
        pass
    return QIcon()
