"""The autostart entries' texts and places (``domain/autostart.py``)."""

from __future__ import annotations

import plistlib
import shlex
from pathlib import PurePosixPath

import pytest

from reseller_app.domain.autostart import (
    LAUNCH_AGENT_LABEL,
    MINIMIZED_FLAG,
    database_arguments,
    desktop_entry,
    exec_line,
    launch_agent,
    launch_agent_path,
    launcher_command,
    url_has_password,
    windows_run_value,
    xdg_autostart_path,
)

HOME = PurePosixPath("/home/ana")


@pytest.mark.parametrize(("executable", "frozen", "expected"), [
    ("/opt/ChannelDiligence/ChannelDiligence", True,
     ["/opt/ChannelDiligence/ChannelDiligence", MINIMIZED_FLAG]),
    ("/usr/bin/python3", False, ["/usr/bin/python3", "-m", "reseller_app", MINIMIZED_FLAG]),
])
def test_the_launcher_is_the_installed_app_started_minimized(
        executable: str, frozen: bool, expected: list[str]) -> None:
    assert launcher_command(executable, frozen=frozen) == expected


@pytest.mark.parametrize(("config", "expected"), [
    (None, "/home/ana/.config/autostart/channel-diligence.desktop"),
    ("", "/home/ana/.config/autostart/channel-diligence.desktop"),
    ("/srv/cfg", "/srv/cfg/autostart/channel-diligence.desktop"),
    ("relative/cfg", "/home/ana/.config/autostart/channel-diligence.desktop"),  # spec: ignored
])
def test_xdg_autostart_path_respects_xdg_config_home(config: str | None, expected: str) -> None:
    assert str(xdg_autostart_path(HOME, config)) == expected


def test_launch_agent_path() -> None:
    assert str(launch_agent_path(HOME)) == \
        f"/home/ana/Library/LaunchAgents/{LAUNCH_AGENT_LABEL}.plist"


@pytest.mark.parametrize(("command", "expected"), [
    (["/usr/bin/python3", "-m", "reseller_app", "--minimized"],
     "/usr/bin/python3 -m reseller_app --minimized"),
    (["/home/ana/My Apps/ChannelDiligence", "--minimized"],
     '"/home/ana/My Apps/ChannelDiligence" --minimized'),
    (["/opt/100%/app"], '"/opt/100%%/app"'),
    (['/opt/a"b$c/app'], '"/opt/a\\\\"b\\\\$c/app"'),
])
def test_exec_line_quotes_as_the_desktop_entry_spec_says(command: list[str],
                                                         expected: str) -> None:
    assert exec_line(command) == expected


def test_desktop_entry_runs_the_command() -> None:
    text = desktop_entry(["/home/ana/My Apps/cd", "--minimized"], name="Channel Diligence",
                         comment="Reminders\nin the tray")
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Type=Application" in lines
    assert "Comment=Reminders in the tray" in lines  # one line: a newline would end the key
    exec_value = next(line for line in lines if line.startswith("Exec="))[5:]
    assert shlex.split(exec_value) == ["/home/ana/My Apps/cd", "--minimized"]


def test_launch_agent_runs_once_at_login() -> None:
    plist = plistlib.loads(launch_agent(["/Applications/CD.app/Contents/MacOS/CD",
                                         "--minimized"]).encode())
    assert plist["Label"] == LAUNCH_AGENT_LABEL
    assert plist["ProgramArguments"] == ["/Applications/CD.app/Contents/MacOS/CD",
                                         "--minimized"]
    assert plist["RunAtLoad"] is True
    assert plist["KeepAlive"] is False  # quitting from the tray stays quit


@pytest.mark.parametrize(("command", "expected"), [
    ([r"C:\Program Files\ChannelDiligence\ChannelDiligence.exe", "--minimized"],
     r'"C:\Program Files\ChannelDiligence\ChannelDiligence.exe" --minimized'),
    ([r"C:\Python312\pythonw.exe", "-m", "reseller_app", "--minimized"],
     r"C:\Python312\pythonw.exe -m reseller_app --minimized"),
])
def test_windows_run_value(command: list[str], expected: str) -> None:
    assert windows_run_value(command) == expected


@pytest.mark.parametrize(("command", "expected"), [
    # A backslash before a quote is doubled, the quote escaped; a trailing one doubled.
    ([r"C:\CD\cd.exe", "--db", "D:\\Shared data\\"],
     r'C:\CD\cd.exe --db "D:\Shared data\\"'),
    ([r"C:\CD\cd.exe", "--db", r'D:\a\"b c'], r'C:\CD\cd.exe --db "D:\a\\\"b c"'),
    ([r"C:\CD\cd.exe", ""], r'C:\CD\cd.exe ""'),
    ([r"C:\CD\cd.exe", "--db", "postgresql+psycopg://ana@db.example/cd?sslmode=require"],
     r"C:\CD\cd.exe --db postgresql+psycopg://ana@db.example/cd?sslmode=require"),
])
def test_windows_run_value_quotes_as_windows_reads_it(command: list[str], expected: str) -> None:
    assert windows_run_value(command) == expected


@pytest.mark.parametrize(("database", "demo", "expected"), [
    (None, False, []),
    (None, True, ["--demo"]),
    ("/srv/cd/shop.sqlite3", False, ["--db", "/srv/cd/shop.sqlite3"]),
    ("/srv/cd/demo copy.sqlite3", True, ["--demo", "--db", "/srv/cd/demo copy.sqlite3"]),
])
def test_database_arguments_name_a_database_that_is_not_the_default(
        database: str | None, demo: bool, expected: list[str]) -> None:
    assert database_arguments(database, demo=demo) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql+psycopg://ana:s3cret@db.example/cd", True),
    ("postgresql+psycopg://ana:@db.example/cd", True),  # an empty one is one all the same
    ("postgresql+psycopg://db.example/cd?user=ana&password=s3cret", True),
    ("postgresql+psycopg://ana@db.example/cd?sslmode=require", False),
    ("postgresql+psycopg:///cd?host=/run/postgresql", False),
])
def test_url_has_password(url: str, expected: bool) -> None:
    assert url_has_password(url) is expected
