"""``reseller-app --self-test``: every check on a temporary database, never the user's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reseller_app.services.self_test import SelfTest, run_checks


def test_self_test_passes_and_leaves_the_users_database_alone(tmp_path: Path) -> None:
    users_db = tmp_path / "mine.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHANNEL_DILIGENCE_DB": str(users_db),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "reseller_app", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok   database", "ok   criteria pack", "ok   screening", "ok   policy PDF",
        "ok   backup", "ok   desktop", "ok   translations", "ok   display"]
    assert "tier high, held" in lines[2]
    assert lines[-1] == "Self-test passed."
    assert not users_db.exists() and not (tmp_path / "data").exists()


def test_a_failing_check_is_named(tmp_path: Path) -> None:
    test = SelfTest(tmp_path)
    said: list[str] = []
    # The pack cannot load before the database opened: a real failure of a real check.
    failed = run_checks([("criteria pack", test.pack), ("screening", test.screening)],
                        said.append)
    assert failed == "criteria pack"
    assert said == ["FAIL criteria pack: the database did not open"]


def test_a_display_qt_cannot_open_fails_the_self_test_in_words(tmp_path: Path) -> None:
    """With a display named but not usable (here: no X server at :987; on a machine without
    Qt's X11 libraries: those), the self-test fails at "display" instead of the user's first
    start failing with Qt's abort."""
    env = {**os.environ, "DISPLAY": ":987", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "reseller_app", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 1, done.stdout + done.stderr
    last = done.stdout.splitlines()[-1]
    assert last.startswith("FAIL display: the window cannot open"), done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stderr.strip() == "reseller-app: self-test failed at: display"


QT_MISSING_ICCCM = """\
qt.core.library: "/opt/cd/PySide6/Qt/plugins/platforms/libqxcb.so" cannot load: Cannot load \
library /opt/cd/PySide6/Qt/plugins/platforms/libqxcb.so: libxcb-icccm.so.4: cannot open shared \
object file: No such file or directory
qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform \
plugin.
qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.
This application failed to start because no Qt platform plugin could be initialized.
"""


def test_a_missing_library_is_named_with_its_package() -> None:
    """What Qt 6 prints on a bare Debian 12 (no libxcb-icccm4): the package to install."""
    from reseller_app.ui.self_test import display_problem

    problem = display_problem(QT_MISSING_ICCCM.replace("\\\n", ""))
    assert "libxcb-icccm.so.4" in problem and "sudo apt install libxcb-icccm4" in problem
    # Qt's cursor hint is printed whenever xcb fails: not blamed when another library is.
    assert "libxcb-cursor0" not in problem
    only_cursor = display_problem(
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt "
        "xcb platform plugin.\n")
    assert "libxcb-cursor0" in only_cursor
    no_server = display_problem('qt.qpa.xcb: could not connect to display :987\n')
    assert no_server == ("the window cannot open on this display: "
                         "qt.qpa.xcb: could not connect to display :987")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb (Debian package xvfb) not here")
def test_on_a_real_display_qt_opens_or_names_what_is_missing(tmp_path: Path) -> None:
    from reseller_app.ui.self_test import XCB_PACKAGES

    display = f":{200 + os.getpid() % 500}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1024x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket = Path("/tmp/.X11-unix") / f"X{display[1:]}"
        for _ in range(200):  # the server is up when its socket is there (10 s at most)
            if socket.exists() or server.poll() is not None:
                break
            time.sleep(0.05)
        assert socket.exists(), "Xvfb did not start"
        env = {**os.environ, "DISPLAY": display}
        env.pop("QT_QPA_PLATFORM", None)
        done = subprocess.run([sys.executable, "-m", "reseller_app", "--probe-display"],
                              env=env, capture_output=True, text=True, timeout=60)
        from reseller_app.ui.self_test import display_check, has_display

        assert has_display() is False  # the suite runs offscreen
        if done.returncode == 0:
            assert done.stdout.strip() == "xcb"
        else:  # this machine lacks a library: the probe's words name its package
            from reseller_app.ui.self_test import display_problem

            problem = display_problem(done.stderr)
            assert any(pkg in problem for pkg in XCB_PACKAGES.values()), problem
        assert display_check().startswith("no display here")
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_readme_names_every_system_package_the_window_needs() -> None:
    from reseller_app.ui.self_test import XCB_PACKAGES

    root = Path(__file__).resolve().parents[2]
    for doc in ("README.md", "installers/README.md"):
        text = " ".join((root / doc).read_text(encoding="utf-8").split())
        missing = [p for p in XCB_PACKAGES.values() if p not in text]
        assert not missing, (doc, missing)
