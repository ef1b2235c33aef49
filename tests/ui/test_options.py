"""The windows' QSettings options are declared once (ui/options.py), with the keys earlier
versions wrote, and the file dialogs remember their last folder through one helper."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from reseller_app.ui import options

UI = Path(options.__file__).parent


def declared() -> dict[str, options.Option]:
    return {o.key: o for o in vars(options).values() if isinstance(o, options.Option)}


def test_keys_are_declared_once() -> None:
    names = [n for n, o in vars(options).items() if isinstance(o, options.Option)]
    assert len({vars(options)[n].key for n in names}) == len(names)


def test_no_view_types_a_settings_key_that_is_not_declared() -> None:
    keys = set(declared())
    used: set[str] = set()
    for path in UI.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= {(path.name, m) for m in re.findall(
            r"""(?:\.value|\.setValue|\.remove)\(\s*["']([A-Za-z]+(?:/[A-Za-z]+)*)["']""",
            source)}
    assert {(name, key) for name, key in used if key not in keys} == set()


def test_a_folder_is_remembered_and_read_back(app: QApplication, tmp_path: Path) -> None:
    option = options.PACKETS_FOLDER
    assert option.last_folder() == QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    assert options.IMPORT_FOLDER.last_folder() == str(Path.home())
    option.remember(tmp_path / "escalation.eml")
    assert option.last_folder() == str(tmp_path)
    option.remember(tmp_path / "out", is_folder=True)
    assert option.last_folder() == str(tmp_path / "out")


def test_values_written_by_earlier_versions_are_read(app: QApplication, tmp_path: Path) -> None:
    QSettings().setValue("import/lastDir", str(tmp_path))
    QSettings().setValue("policyWizard/page/7", "3")  # an INI file keeps numbers as text
    QSettings().setValue("language", "de")
    assert options.IMPORT_FOLDER.last_folder() == str(tmp_path)
    assert options.policy_wizard_page(7).value() == 3
    assert options.policy_wizard_page(8).value() == 0
    assert options.LANGUAGE.value() == "de"
    options.LANGUAGE.remove()
    assert options.LANGUAGE.value() == ""
