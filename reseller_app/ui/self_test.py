"""The desktop part of ``reseller-app --self-test``: Qt starts (offscreen unless a platform is
set), every screen's module imports (an installer that left one out fails here, not when the
user opens that screen) and the main window draws; where there is a display, Qt also starts on
it with its real platform plugin (a missing system library fails the self-test, not the user)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

import reseller_app.ui as ui
from reseller_app.services.i18n import SUPPORTED
from reseller_app.ui import language
from reseller_app.ui.app import application
from reseller_app.ui.main_window import MainWindow

# What the user's environment asked for, before window_check() puts Qt offscreen in this process.
_PLATFORM_ASKED = os.environ.get("QT_QPA_PLATFORM")


def window_check() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
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


# The X11 libraries Qt's xcb platform plugin loads, by the file name the loader reports as
# missing, with the Debian / Ubuntu package that holds each. A desktop install often lacks a few
# (libxcb-icccm4 and libxcb-keysyms1 on a bare Debian 12): the .deb depends on all of them.
XCB_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

_MISSING_LIBRARY = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*): cannot open shared object file")


def has_display() -> bool:
    """Whether Qt would open real windows here (Linux and BSD: an X11 or Wayland display and no
    QT_QPA_PLATFORM forcing another platform; Windows and macOS always)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    if (_PLATFORM_ASKED or "") in ("offscreen", "minimal", "vnc"):
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


_PLUGIN_PATH = re.compile(r"Cannot load library (\S+?\.so): ")


def _not_found(plugin: str) -> list[str]:
    """Every library ``plugin`` needs that the loader cannot find (the loader itself names only
    the first one): ldd lists them all."""
    try:
        done = subprocess.run(["ldd", plugin], capture_output=True, text=True, timeout=20,
                              errors="replace")
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.split("=>")[0].strip() for line in done.stdout.splitlines()
            if "=> not found" in line]


def display_problem(qt_output: str) -> str:
    """What went wrong, in words, from what Qt printed while it failed to start on a display."""
    missing = list(dict.fromkeys(_MISSING_LIBRARY.findall(qt_output)))
    for plugin in dict.fromkeys(_PLUGIN_PATH.findall(qt_output)):
        missing = list(dict.fromkeys([*missing, *_not_found(plugin)]))
    # Qt says this whenever the xcb plugin fails; it is the cause only when nothing else is.
    if not missing and "xcb-cursor0 or libxcb-cursor0 is needed" in qt_output:
        missing.append("libxcb-cursor.so.0")
    if missing:
        packages = " ".join(XCB_PACKAGES.get(name, name) for name in missing)
        return (f"the window cannot open: the system libraries {', '.join(missing)} are "
                f"missing (Debian/Ubuntu packages: {packages}; install them, e.g. "
                f"'sudo apt install {packages}')")
    lines = [line.strip() for line in qt_output.splitlines() if line.strip()]
    reasons = [line for line in lines if "could not connect to display" in line.lower()
               or "could not load the qt platform plugin" in line.lower()
               or "no qt platform plugin could be initialized" in line.lower()]
    detail = (reasons or lines or ["Qt stopped without saying why"])[0]
    return f"the window cannot open on this display: {detail}"


def probe_display() -> int:
    """``reseller-app --probe-display`` (run by the self-test in a child process, because Qt ends
    the process when no platform plugin loads): start Qt on the real display, print its name."""
    app = QGuiApplication(["reseller-app"])
    print(app.platformName(), flush=True)
    return 0


def display_check() -> str:
    """Qt starts on the real display, in a child process, with the same platform plugin the
    app will use: a missing system library fails here, named with its package."""
    if not has_display():
        return "no display here (the window check above ran offscreen)"
    if getattr(sys, "frozen", False):
        command = [sys.executable, "--probe-display"]
    else:
        command = [sys.executable, "-m", "reseller_app", "--probe-display"]
    env = {**os.environ, "QT_DEBUG_PLUGINS": "1"}
    env.pop("QT_QPA_PLATFORM", None)
    if _PLATFORM_ASKED is not None:
        env["QT_QPA_PLATFORM"] = _PLATFORM_ASKED
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60,
                              errors="replace")
    except subprocess.TimeoutExpired:
        raise RuntimeError("the window did not open within a minute on this display") from None
    if done.returncode != 0:
        raise RuntimeError(display_problem(done.stderr + done.stdout))
    platform = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "?"
    return f"Qt opens on this display ({platform})"
