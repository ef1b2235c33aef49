"""Starting with the user's session: the command that starts the app minimized to the tray,
and the text of each platform's autostart entry (an XDG ``.desktop`` file on Linux, a
LaunchAgent property list on macOS, a ``Run`` value in the Windows registry).

Pure: paths are built from the home and config folders given, texts from the command given;
``services/autostart.py`` writes and removes them.
"""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import PurePath, PurePosixPath
from urllib.parse import parse_qs, urlsplit

APP_ID = "channel-diligence"
# Started by the session: the window stays in the tray (minimized where there is no tray).
MINIMIZED_FLAG = "--minimized"
DB_FLAG = "--db"  # the database the app was started on, when it is not the default one
DEMO_FLAG = "--demo"
LAUNCH_AGENT_LABEL = "org.channeldiligence.app"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "ChannelDiligence"
# Reserved characters of the Exec key (XDG Desktop Entry spec, "The Exec key"): an argument
# holding one of them is quoted.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED = set('"`$\\')


def launcher_command(executable: str, *, frozen: bool) -> list[str]:
    """The installed app started minimized: the bundled executable (PyInstaller's, the one
    ``installers/`` ship), else this Python running the package (``python -m reseller_app``)."""
    if frozen:
        return [executable, MINIMIZED_FLAG]
    return [executable, "-m", "reseller_app", MINIMIZED_FLAG]


def database_arguments(database: str | None, *, demo: bool = False) -> list[str]:
    """The arguments that start the same database as now: ``--demo`` for the demo, ``--db``
    and the file or URL when it is not the default one (``database`` None), so that a session
    started on ``--db`` or $CHANNEL_DILIGENCE_DB does not come back on another database (the
    environment of a login is not the one of a terminal)."""
    args = [DEMO_FLAG] if demo else []
    if database is not None:
        args += [DB_FLAG, database]
    return args


def url_has_password(url: str) -> bool:
    """Whether a server's URL carries a password (``user:secret@host`` or ``?password=``): an
    autostart entry is a plain file (or registry value) anyone reading the profile can read."""
    try:
        parts = urlsplit(url)
        in_userinfo = parts.password is not None
    except ValueError:  # a port that is not a number: not ours to judge, the open will say
        return False
    return in_userinfo or "password" in {key.lower() for key in parse_qs(parts.query)}


def xdg_autostart_path(home: PurePath, xdg_config_home: str | None = None) -> PurePath:
    """``$XDG_CONFIG_HOME/autostart/channel-diligence.desktop`` (``~/.config`` when unset or
    not absolute, as the spec says)."""
    config = PurePosixPath(xdg_config_home) if xdg_config_home else None
    if config is None or not config.is_absolute():
        config = PurePosixPath(home) / ".config"
    return config / "autostart" / f"{APP_ID}.desktop"


def launch_agent_path(home: PurePath) -> PurePath:
    """``~/Library/LaunchAgents/<label>.plist``: launchd starts it at the user's login."""
    return PurePosixPath(home) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def _exec_argument(arg: str) -> str:
    if arg and not (set(arg) & _EXEC_RESERVED) and "%" not in arg:
        return arg
    quoted = "".join("\\" + c if c in _EXEC_ESCAPED else c for c in arg).replace("%", "%%")
    # A string value's own escape rule applies before the quoting rule: each backslash twice.
    return '"' + quoted.replace("\\", "\\\\") + '"'


def exec_line(command: Sequence[str]) -> str:
    """The ``Exec`` value for ``command``, quoted as the Desktop Entry spec says."""
    return " ".join(_exec_argument(arg) for arg in command)


def desktop_entry(command: Sequence[str], *, name: str, comment: str) -> str:
    """The XDG autostart file's text."""
    one_line = " ".join(comment.split())
    return "\n".join((
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        f"Name={name}",
        f"Comment={one_line}",
        f"Exec={exec_line(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ))


def launch_agent(command: Sequence[str]) -> str:
    """The LaunchAgent's property list: run ``command`` once at login, not kept alive (quitting
    the app from its tray icon must stay quit)."""
    plist = {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(command),
             "RunAtLoad": True, "KeepAlive": False, "ProcessType": "Interactive"}
    return plistlib.dumps(plist, sort_keys=False).decode("utf-8")


def _windows_argument(arg: str) -> str:
    # The rules of CommandLineToArgvW (and the C runtime): backslashes are literal except
    # before a quote, where each one must be doubled and the quote itself escaped; a quoted
    # argument's trailing backslashes are doubled so that the closing quote stays a quote.
    if arg and not any(c in arg for c in ' \t"'):
        return arg
    out, backslashes = [], 0
    for c in arg:
        if c == "\\":
            backslashes += 1
            continue
        if c == '"':
            out.append("\\" * (2 * backslashes + 1) + '"')
        else:
            out.append("\\" * backslashes + c)
        backslashes = 0
    out.append("\\" * (2 * backslashes))
    return '"' + "".join(out) + '"'


def windows_run_value(command: Sequence[str]) -> str:
    """The ``Run`` value's command line: each argument with a space, a quote (or empty) in
    quotes, as Windows reads a command line (``C:\\Program Files\\...`` is the usual place)."""
    return " ".join(_windows_argument(arg) for arg in command)
