"""Every text the user reads is translated, each shipped language is complete, and the app
really speaks Spanish when asked to."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseller_app.domain import texts
from reseller_app.domain.pack_texts import parse_texts
from reseller_app.domain.packs import load_pack
from reseller_app.domain.policy import load_template
from reseller_app.services.packs import default_pack_bytes
from reseller_app.ui import language
from reseller_app.ui.backend import Backend
from reseller_app.ui.labels import date_text, money_text, tier_label
from reseller_app.ui.main_window import MainWindow
from scripts import translations, ui_strings

from .conftest import Catalog, camera_order

LANGUAGES = ("es", "fr", "pt", "de")
RESOURCES = resources.files("reseller_app.resources")


# -- the source scan ---------------------------------------------------------------------------
def test_no_user_visible_string_in_the_ui_bypasses_translation() -> None:
    assert ui_strings.bypasses() == []


def test_the_scan_finds_strings_that_bypass_translation(tmp_path: Path) -> None:
    (tmp_path / "view.py").write_text(
        "from PySide6.QtWidgets import QLabel, QWidget\n"
        "class View(QWidget):\n"
        "    def __init__(self, name):\n"
        "        super().__init__()\n"
        "        QLabel('Hello there', self)\n"
        "        self.setWindowTitle(f'Order {name}')\n"
        "        self.setToolTip(self.tr(f'Order {name}'))\n"
        "        self.setStatusTip(self.tr('Fine'))\n"
        "        self.combo.addItem(self.tr('All'), 'held,blocked')\n"
        "        QMessageBox.warning(self, 'Careful', 'Really?')\n"
        "        log.warning('the backup failed: %s', 'for the log file only')\n",
        encoding="utf-8")
    found = [b.what for b in ui_strings.bypasses(tmp_path)]
    assert found == ["QLabel('Hello there')", "setWindowTitle('Order ')",
                     "translated text is not a plain literal", "warning('Careful')",
                     "warning('Really?')"]
    assert [(m.context, m.source) for m in ui_strings.messages(tmp_path)] == [
        ("View", "Fine"), ("View", "All")]


# -- completeness ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_window_text_is_translated_and_keeps_placeholders(lang: str) -> None:
    done = translations.read_ts(translations.ts_path(lang))
    missing = [(ctx, src) for ctx, srcs in translations.sources().items() for src in srcs
               if not done.get((ctx, src))]
    assert missing == [], f"{len(missing)} texts untranslated in {lang}, e.g. {missing[:3]}"
    broken = {(ctx, src): translations.problems(src, tr) for (ctx, src), tr in done.items()
              if tr and translations.problems(src, tr)}
    assert broken == {}


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_qm_file_is_compiled_from_the_ts_file(lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"{lang}.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(translations.ts_path(lang)), "-qm",
                    str(out)], check=True)
    assert out.read_bytes() == translations.qm_path(lang).read_bytes(), \
        "run: python scripts/translations.py release"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_criteria_pack_texts_are_translated(lang: str) -> None:
    pack = load_pack(default_pack_bytes()).pack
    raw = (RESOURCES / "packs" / "i18n" / f"{pack.id}.{lang}.json").read_bytes()
    assert parse_texts(raw).missing(pack) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_policy_template_matches_the_english_one(lang: str) -> None:
    english = load_template((RESOURCES / "policy" / "template.en.json").read_bytes())
    other = load_template((RESOURCES / "policy" / f"template.{lang}.json").read_bytes())
    assert other.language == lang
    assert [s.id for s in other.sections] == [s.id for s in english.sections]
    assert {f: (v.kind, v.required) for f, v in other.fields().items()} == {
        f: (v.kind, v.required) for f, v in english.fields().items()}
    assert other.title != english.title


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_covers_every_screen(lang: str) -> None:
    english = json.loads((RESOURCES / "help" / "en.json").read_bytes())["screens"]
    other = json.loads((RESOURCES / "help" / f"{lang}.json").read_bytes())["screens"]
    assert other.keys() == english.keys()
    assert all(other[k]["title"] != english[k]["title"] or k == "overview" for k in other)


# -- the app in Spanish ------------------------------------------------------------------------
@pytest.fixture
def spanish(app: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    language.install(app, "es")
    try:
        yield app
    finally:
        language.install(app, "en")
        QLocale.setDefault(before)  # the other tests' dates stay as they were


def test_the_app_speaks_spanish(qtbot: QtBot, spanish: QApplication, ctx: object) -> None:
    ctx.language = language.current()  # type: ignore[attr-defined]
    backend = Backend(ctx)  # type: ignore[arg-type]
    from .conftest import sample_profile

    backend.setup.save_profile(sample_profile())
    backend.reload_profile()
    view = backend.orders.save(camera_order(Catalog(backend)))

    assert language.current() == "es" and QLocale().name().startswith("es")
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert tier_label("high") == "Alto"
    assert date_text(view.draft.date) == "2/11/2026"  # CLDR: d/M/yyyy in Spanish
    assert money_text(12400, "EUR") == "12.400,00\xa0€"

    # The pack's words (flag reasons, checklist questions) and the services' messages follow.
    english = load_pack(default_pack_bytes()).pack
    camera = english.term("product_categories", "video_surveillance")
    flag = next(f for f in backend.orders.get(view.id).screening.flags
                if f.criterion == "category.video_surveillance")
    assert camera is not None and flag.reason and flag.reason != camera.reason
    assert backend.pack.checklist[0].text != english.checklist[0].text
    assert texts.t("Choose the column that holds the order reference.") != \
        "Choose the column that holds the order reference."


def test_the_language_chosen_in_settings_is_used_at_the_next_start(
        qtbot: QtBot, configured: Backend, app: QApplication) -> None:
    from reseller_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(configured)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system by default
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert language.preference() == "fr"
    assert "Français" in dialog.language_note.text()  # "start again to use Français"
    before = QLocale()
    try:
        assert language.install(app) == "fr"  # what the next start does
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    finally:
        language.set_preference("")
        language.install(app, "en")
        QLocale.setDefault(before)
