"""Starting with the session: the entry written and removed (``services/autostart.py``) and
the setting kept with one audit event (``services/tray_settings.py``)."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest
from sqlmodel import select

from reseller_app.domain.autostart import LAUNCH_AGENT_LABEL
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.autostart import Autostart, database_choice, installed_command
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ValidationError
from reseller_app.services.tray_settings import TraySettingsService
from reseller_app.store import tables

COMMAND = ["/home/ana/.local/opt/ChannelDiligence/ChannelDiligence", "--minimized"]


def test_linux_entry_is_written_in_xdg_config_home_and_removed(tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    autostart = Autostart(platform="linux", home=tmp_path / "home",
                          environ={"XDG_CONFIG_HOME": str(config)}, command=COMMAND)
    assert not autostart.enabled()
    autostart.set_enabled(True)
    entry = config / "autostart" / "channel-diligence.desktop"
    assert autostart.enabled() and entry.is_file()
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert f"Exec={COMMAND[0]} --minimized\n" in text
    assert "Name=Channel Diligence\n" in text
    autostart.set_enabled(False)
    assert not entry.exists() and not autostart.enabled()
    autostart.set_enabled(False)  # already gone: nothing to say


def test_linux_entry_defaults_to_dot_config(tmp_path: Path) -> None:
    autostart = Autostart(platform="linux", home=tmp_path, environ={}, command=COMMAND)
    autostart.set_enabled(True)
    assert (tmp_path / ".config" / "autostart" / "channel-diligence.desktop").is_file()


def test_macos_launch_agent(tmp_path: Path) -> None:
    autostart = Autostart(platform="darwin", home=tmp_path, environ={}, command=COMMAND)
    autostart.set_enabled(True)
    path = tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    plist = plistlib.loads(path.read_bytes())
    assert plist["ProgramArguments"] == COMMAND and plist["RunAtLoad"] is True
    assert autostart.enabled()
    autostart.set_enabled(False)
    assert not path.exists()


def test_windows_value_text() -> None:
    autostart = Autostart(platform="win32", home=Path("C:/Users/ana"), environ={},
                          command=[r"C:\Program Files\CD\ChannelDiligence.exe", "--minimized"])
    assert autostart.text() == r'"C:\Program Files\CD\ChannelDiligence.exe" --minimized'
    assert autostart.where().endswith(r"CurrentVersion\Run\ChannelDiligence")


def test_an_entry_that_cannot_be_written_is_said_at_the_field(tmp_path: Path) -> None:
    blocker = tmp_path / "cfg"
    blocker.write_text("a file where the folder should be")
    autostart = Autostart(platform="linux", home=tmp_path, command=COMMAND,
                          environ={"XDG_CONFIG_HOME": str(blocker)})
    with pytest.raises(ValidationError) as caught:
        autostart.set_enabled(True)
    assert caught.value.field == "start_with_session"
    assert "could not be changed" in caught.value.message


def test_installed_command_starts_this_package_minimized() -> None:
    command = installed_command()
    assert command[-1] == "--minimized"
    assert command[1:3] == ["-m", "reseller_app"]  # not frozen here


def test_installed_command_of_the_installers_and_of_windows_python(tmp_path: Path) -> None:
    exe = str(tmp_path / "ChannelDiligence.exe")
    assert installed_command(exe, frozen=True, platform="win32") == [exe, "--minimized"]
    python = tmp_path / "python.exe"
    assert installed_command(str(python), frozen=False, platform="win32")[0] == str(python)
    (tmp_path / "pythonw.exe").write_bytes(b"")  # beside it: no console window at login
    assert installed_command(str(python), frozen=False, platform="win32") == [
        str(tmp_path / "pythonw.exe"), "-m", "reseller_app", "--minimized"]


def _events(ctx: AppContext) -> list[tables.DbAuditEvent]:
    with ctx.session() as s:
        return list(s.exec(select(tables.DbAuditEvent).where(
            tables.DbAuditEvent.action == AuditAction.SETTINGS_TRAY_SAVED)))


def test_tray_settings_off_by_default_then_saved_with_one_event(ctx: AppContext,
                                                                tmp_path: Path) -> None:
    autostart = Autostart(platform="linux", home=tmp_path, environ={}, command=COMMAND)
    service = TraySettingsService(ctx, autostart=autostart)
    assert not service.read().keep_in_tray and not service.read().start_with_session
    saved = service.save(True, True)
    assert saved.keep_in_tray and saved.start_with_session
    assert autostart.enabled()
    [event] = _events(ctx)
    assert event.actor == "tester"
    saved = service.save(True, False)
    assert not saved.start_with_session and not autostart.enabled()
    assert saved.keep_in_tray
    assert len(_events(ctx)) == 2


def test_the_entry_is_the_truth(ctx: AppContext, tmp_path: Path) -> None:
    autostart = Autostart(platform="linux", home=tmp_path, environ={}, command=COMMAND)
    service = TraySettingsService(ctx, autostart=autostart)
    service.save(False, True)
    autostart.path().unlink()  # removed by the desktop's own settings
    assert not service.read().start_with_session


def test_a_refused_entry_keeps_nothing(ctx: AppContext, tmp_path: Path) -> None:
    (tmp_path / "cfg").write_text("not a folder")
    autostart = Autostart(platform="linux", home=tmp_path, command=COMMAND,
                          environ={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    service = TraySettingsService(ctx, autostart=autostart)
    with pytest.raises(ValidationError):
        service.save(True, True)
    assert not service.read().keep_in_tray
    assert _events(ctx) == []


# -- the database the entry starts ------------------------------------------------------------

DEFAULT = "/home/ana/.local/share/Channel Diligence/channel-diligence.sqlite3"
SHARED = "/srv/shared data/it's \"ours\" $HOME.sqlite3"  # quotes, a dollar and spaces
SERVER = "postgresql+psycopg://ana@db.example:5432/diligence?sslmode=require"


def _entry(tmp_path: Path, platform: str, db_url: str | None) -> Autostart:
    return Autostart(platform=platform, home=tmp_path, environ={}, command=COMMAND,
                     db_url=db_url, default_url=DEFAULT)


def test_the_default_database_needs_no_argument(tmp_path: Path) -> None:
    assert database_choice(DEFAULT, default_url=DEFAULT) == []
    assert database_choice(f"sqlite:///{DEFAULT}", default_url=DEFAULT) == []
    assert database_choice(None) == []
    assert _entry(tmp_path, "darwin", DEFAULT).full_command() == COMMAND


def test_linux_entry_starts_the_same_sqlite_file(tmp_path: Path) -> None:
    autostart = _entry(tmp_path, "linux", SHARED)
    autostart.set_enabled(True)
    text = autostart.path().read_text(encoding="utf-8")
    exec_value = next(line for line in text.splitlines() if line.startswith("Exec="))[5:]
    assert _exec_arguments(exec_value) == [*COMMAND, "--db", SHARED]


def _exec_arguments(value: str) -> list[str]:
    """An Exec value read as the Desktop Entry spec says: the string's escapes first (each
    backslash twice), then the quoting (in quotes, a backslash escapes ``" ` $ \\``)."""
    value = value.replace("\\\\", "\\")
    args: list[str] = []
    current, quoted, i = "", False, 0
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and value[i + 1] in '"`$\\':
            current, i = current + value[i + 1], i + 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += c
        i += 1
    return [*args, current]


def test_linux_entry_starts_the_same_server(tmp_path: Path) -> None:
    autostart = _entry(tmp_path, "linux", "postgresql://ana@db.example:5432/diligence"
                                          "?sslmode=require")
    autostart.set_enabled(True)
    text = autostart.path().read_text(encoding="utf-8")
    assert f'Exec={COMMAND[0]} --minimized --db "{SERVER}"\n' in text  # "?" is reserved


def test_macos_launch_agent_starts_the_same_database(tmp_path: Path) -> None:
    for db_url in (SHARED, SERVER):
        autostart = _entry(tmp_path, "darwin", db_url)
        autostart.set_enabled(True)
        plist = plistlib.loads(autostart.path().read_bytes())
        assert plist["ProgramArguments"] == [*COMMAND, "--db", db_url]


def test_windows_value_starts_the_same_database() -> None:
    exe = r"C:\Program Files\CD\ChannelDiligence.exe"
    autostart = Autostart(platform="win32", home=Path("C:/Users/ana"), environ={},
                          command=[exe, "--minimized"], default_url=DEFAULT,
                          db_url=r"sqlite:///D:\Shared data\cd.sqlite3")
    assert autostart.full_command()[-2:] == ["--db", str(Path(r"D:\Shared data\cd.sqlite3"))]
    assert autostart.text().startswith(f'"{exe}" --minimized --db "')
    autostart = Autostart(platform="win32", home=Path("C:/Users/ana"), environ={},
                          command=[exe, "--minimized"], db_url=SERVER, default_url=DEFAULT)
    assert autostart.text() == f'"{exe}" --minimized --db {SERVER}'


def test_the_demo_starts_the_demo(tmp_path: Path) -> None:
    assert database_choice(DEFAULT, demo=True, default_url=DEFAULT) == ["--demo"]


@pytest.mark.parametrize("db_url", [
    "postgresql://ana:s3cret@db.example/diligence",
    "postgresql+psycopg://db.example/diligence?user=ana&password=s3cret",
])
@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_a_password_in_the_url_is_never_written_down(tmp_path: Path, platform: str,
                                                     db_url: str) -> None:
    autostart = _entry(tmp_path, platform, db_url)
    with pytest.raises(ValidationError) as caught:
        autostart.set_enabled(True)  # refused before the registry or a file is touched
    assert caught.value.field == "start_with_session"
    assert "password" in caught.value.message and "s3cret" not in caught.value.message
    assert not any(tmp_path.rglob("*"))  # nothing written


def test_the_settings_start_the_database_the_app_runs_on(ctx: AppContext,
                                                         tmp_path: Path) -> None:
    service = TraySettingsService(ctx)  # the entry of the app's own database
    service.autostart = Autostart(platform="darwin", home=tmp_path, environ={},
                                  command=COMMAND, db_url=ctx.db_url)
    assert service.save(False, True).start_with_session
    plist = plistlib.loads(service.autostart.path().read_bytes())
    assert plist["ProgramArguments"][-2] == "--db"
    assert plist["ProgramArguments"][-1] == str(Path(ctx.db_url.split("///", 1)[1]))
    assert TraySettingsService(ctx).autostart.db_url == ctx.db_url
