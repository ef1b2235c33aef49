"""Every QSettings option of the windows, declared once with its key, type and default
(Picard's ``options.py``): window layout, the language, and the folders the file dialogs
remember. Business settings live in the database (``services/settings.py``), not here.

A view reads and writes an option by name (``options.MAIN_WINDOW_GEOMETRY.value()``), never by
a key typed again; a file dialog starts in ``options.PACKETS_FOLDER.last_folder()`` and
``remember()``s where the user went. The keys are the ones earlier versions wrote, so nothing
the user had is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

Location = QStandardPaths.StandardLocation


@dataclass(frozen=True)
class Option:
    """One value in QSettings: its key, its type (``str``, ``bytes`` for saved Qt state) and
    what it is when unset or unreadable."""

    key: str
    type: type
    default: Any = None

    def value(self) -> Any:
        raw = QSettings().value(self.key)
        if raw is None or raw == "":
            return self.default
        if self.type is bytes:
            return raw if isinstance(raw, QByteArray | bytes) else self.default
        if self.type is str:
            return raw if isinstance(raw, str) else self.default
        if self.type is int:  # an INI file gives numbers back as text
            try:
                return int(raw)
            except (TypeError, ValueError):
                return self.default
        return raw

    def set(self, value: Any) -> None:
        QSettings().setValue(self.key, value)

    def remove(self) -> None:
        QSettings().remove(self.key)


@dataclass(frozen=True)
class FolderOption(Option):
    """The folder a file dialog used last ("remember the last folder"); the first time, a
    standard folder of the user's (``start_in``)."""

    type: type = str
    start_in: Location | None = None  # None: the home folder

    def last_folder(self) -> str:
        saved = self.value()
        if saved:
            return str(saved)
        if self.start_in is None:
            return str(Path.home())
        return QStandardPaths.writableLocation(self.start_in)

    def remember(self, chosen: Path | str, *, is_folder: bool = False) -> None:
        """Keep the folder of ``chosen`` (a file), or ``chosen`` itself when ``is_folder``."""
        path = Path(chosen)
        self.set(str(path if is_folder else path.parent))


# -- the language --------------------------------------------------------------------------------
LANGUAGE = Option("language", str, "")  # "" (the system's) or a language code

# -- who is working -----------------------------------------------------------------------------
# The person this OS account works as, "<person id>@<database fingerprint>" (see ui/sign_in.py:
# remembered, they are not asked again at start on this computer).
WORKING_PERSON = Option("people/workingPerson", str, "")

# -- the tray (ui/tray.py) --------------------------------------------------------------------
TRAY_NOTIFIED = Option("tray/notified", str, "")  # "<date>|<key> <key>...": notified that day
TRAY_UNAVAILABLE_SAID = Option("tray/unavailableSaid", str, "")  # "1": said there is no tray
TRAY_HIDDEN_SAID = Option("tray/hiddenSaid", str, "")  # "1": said the app stays in the tray

# -- window layout -------------------------------------------------------------------------------
MAIN_WINDOW_GEOMETRY = Option("mainWindow/geometry", bytes)
MAIN_WINDOW_STATE = Option("mainWindow/state", bytes)
ORDER_WINDOW_GEOMETRY = Option("orderWindow/geometry", bytes)
POLICY_WINDOW_GEOMETRY = Option("policyWindow/geometry", bytes)
ORDERS_HEADER = Option("ordersView/header", bytes)
ORDER_EDITOR_SPLITTER = Option("orderEditor/splitter", bytes)
POLICY_PAPER = Option("policy/paper", str, "")  # "" (by the company's country), A4, Letter


def table_header(table: str) -> Option:
    """The column layout of one of the main window's tables (``customersView``, ...)."""
    return Option(f"{table}/header", bytes)


def policy_wizard_page(draft_id: int) -> Option:
    """The page of the policy wizard a draft was left on."""
    return Option(f"policyWizard/page/{draft_id}", int, 0)


# -- the folders the file dialogs remember ------------------------------------------------------
IMPORT_FOLDER = FolderOption("import/lastDir")  # CSV files of orders
PACK_IMPORT_FOLDER = FolderOption("packImport/lastDir")  # criteria packs
LISTS_FOLDER = FolderOption("sanctionsLists/lastDir",  # sanctions list files downloaded
                            start_in=Location.DownloadLocation)
ANSWERS_FOLDER = FolderOption("answers/importDir", start_in=Location.DownloadLocation)
PACKETS_FOLDER = FolderOption("packets/saveDir", start_in=Location.DocumentsLocation)
ATTACHMENTS_FOLDER = FolderOption("packets/attachDir", start_in=Location.DocumentsLocation)
POLICY_EXPORT_FOLDER = FolderOption("policy/exportDir", start_in=Location.DocumentsLocation)
GUIDANCE_FOLDER = FolderOption("guidance/saveDir", start_in=Location.DocumentsLocation)
EVIDENCE_FOLDER = FolderOption("evidence/saveDir", start_in=Location.DocumentsLocation)
KEY_EXPORT_FOLDER = FolderOption("signingKey/exportDir",  # the company's public key
                                 start_in=Location.DocumentsLocation)
DESK_PACKETS_FOLDER = FolderOption("desk/packetsDir",  # packets received on the desk
                                   start_in=Location.DownloadLocation)
DESK_DECISIONS_FOLDER = FolderOption("desk/decisionsDir",  # decision files it wrote
                                     start_in=Location.DocumentsLocation)
