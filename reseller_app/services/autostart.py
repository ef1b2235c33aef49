"""Starting with the user's session, on this computer: writes and removes the platform's
autostart entry (texts in ``domain/autostart.py``).

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/channel-diligence.desktop``.
- macOS: a LaunchAgent in ``~/Library/LaunchAgents`` (launchd reads it at the next login).
- Windows: the value ``ChannelDiligence`` under ``HKCU\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run`` (``winreg``, imported on Windows only).

The entry itself is the truth: ``enabled()`` looks at it, so an entry removed by hand (or by the
desktop's own settings) shows as off.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from reseller_app.domain.autostart import (
    RUN_KEY,
    RUN_VALUE_NAME,
    database_arguments,
    desktop_entry,
    launch_agent,
    launch_agent_path,
    launcher_command,
    url_has_password,
    windows_run_value,
    xdg_autostart_path,
)
from reseller_app.domain.texts import t
from reseller_app.services.errors import ValidationError
from reseller_app.services.files import write_atomically
from reseller_app.services.locations import (
    DB_FILE,
    DEMO_DB_FILE,
    default_data_dir,
    normalise_url,
    sqlite_file,
)

FIELD = "start_with_session"  # the settings' field an error is shown at


def installed_command(executable: str | None = None, *, frozen: bool | None = None,
                      platform: str | None = None) -> list[str]:
    """How this installation starts, minimized: the frozen executable of the installers, or
    this interpreter with ``-m reseller_app`` (a pip or source install; on Windows its
    ``pythonw.exe`` beside it, so that no console window opens at login)."""
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if not frozen and (platform or sys.platform).startswith("win"):
        windowless = Path(executable).with_name("pythonw.exe")
        if Path(executable).name.lower() == "python.exe" and windowless.is_file():
            executable = str(windowless)
    return launcher_command(executable, frozen=frozen)


def database_choice(db_url: str | None, *, demo: bool = False,
                    default_url: str | None = None) -> list[str]:
    """The arguments that start the database at ``db_url`` again (none for the default one):
    an SQLite file by its path, a server by its URL. A URL holding a password is refused in
    words: the entry is a plain file (or registry value) that would keep it for anyone to read.
    ``default_url`` is the user data folder's file (given by tests)."""
    if db_url is None:
        return database_arguments(None, demo=demo)
    url = normalise_url(db_url)
    if default_url is None:
        default_url = normalise_url(str(default_data_dir() / (DEMO_DB_FILE if demo else DB_FILE)))
    if url == normalise_url(default_url):
        return database_arguments(None, demo=demo)
    path = sqlite_file(url)
    if path is not None:
        return database_arguments(str(path), demo=demo)
    if url_has_password(url):
        raise ValidationError(FIELD, t(
            "The address of this database holds its password, and the entry that starts "
            "Channel Diligence with your session is a plain file anyone using this computer "
            "account can read. Keep the password in PostgreSQL's password file (pgpass) and "
            "start Channel Diligence with the address without it, then tick this again."))
    return database_arguments(url, demo=demo)


class Autostart:
    """The autostart entry of this user on this computer; it starts the database given
    (``db_url``, the one this app runs on), not always the default one."""

    def __init__(self, *, platform: str | None = None, home: Path | None = None,
                 environ: Mapping[str, str] | None = None,
                 command: Sequence[str] | None = None, db_url: str | None = None,
                 demo: bool = False, default_url: str | None = None) -> None:
        self.platform = platform or sys.platform
        self.home = home if home is not None else Path.home()
        self.environ = os.environ if environ is None else environ
        self.command = list(command) if command is not None else installed_command()
        self.db_url, self.demo, self.default_url = db_url, demo, default_url

    def full_command(self) -> list[str]:
        """The launcher and the database to start; a ``ValidationError`` when the database's
        URL cannot be written down (it holds a password)."""
        return self.command + database_choice(self.db_url, demo=self.demo,
                                              default_url=self.default_url)

    @property
    def windows(self) -> bool:
        return self.platform.startswith("win")

    def path(self) -> Path | None:
        """The entry's file (None on Windows: a registry value)."""
        if self.windows:
            return None
        if self.platform == "darwin":
            return Path(launch_agent_path(self.home))
        return Path(xdg_autostart_path(self.home, self.environ.get("XDG_CONFIG_HOME")))

    def where(self) -> str:
        """Where the entry lives, for the audit log and the settings' note."""
        path = self.path()
        return str(path) if path is not None else f"HKCU\\{RUN_KEY}\\{RUN_VALUE_NAME}"

    def text(self) -> str:
        """What the entry holds for this installation."""
        command = self.full_command()
        if self.windows:
            return windows_run_value(command)
        if self.platform == "darwin":
            return launch_agent(command)
        return desktop_entry(command, name="Channel Diligence", comment=t(
            "Reminders of follow-ups, held orders and failed messages, in the tray"))

    def enabled(self) -> bool:
        if self.windows:
            return self._registry_value() is not None
        path = self.path()
        return path is not None and path.is_file()

    def set_enabled(self, on: bool) -> None:
        """Write or remove the entry; a ``ValidationError`` on ``start_with_session`` saying
        why when it cannot be (a read-only home, a policy locking the registry)."""
        # A database that cannot be written down is said as it is, before anything is touched.
        text = self.text() if on else ""
        try:
            if self.windows:
                self._write_registry(text if on else None)
            elif on:
                self._file().parent.mkdir(parents=True, exist_ok=True)
                write_atomically(self._file(), text.encode("utf-8"))
            else:
                self._file().unlink(missing_ok=True)
        except (OSError, ValidationError) as exc:
            reason = exc.message if isinstance(exc, ValidationError) \
                else exc.strerror or type(exc).__name__
            raise ValidationError(FIELD, t(
                "The entry that starts Channel Diligence with your session could not be "
                "changed ({where}): {reason}", where=self.where(), reason=reason)) from None

    def _file(self) -> Path:
        path = self.path()
        assert path is not None
        return path

    # -- Windows ---------------------------------------------------------------------------------
    def _registry_value(self) -> str | None:
        # late: winreg exists on Windows only
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, RUN_VALUE_NAME)
        except OSError:
            return None
        return str(value)

    def _write_registry(self, text: str | None) -> None:
        """Set the Run value to ``text``, or remove it (None)."""
        # late: winreg exists on Windows only
        import winreg  # type: ignore[import-not-found]

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if text is not None:
                winreg.SetValueEx(key, RUN_VALUE_NAME, 0, winreg.REG_SZ, text)
            else:
                with contextlib.suppress(FileNotFoundError):  # already gone
                    winreg.DeleteValue(key, RUN_VALUE_NAME)
