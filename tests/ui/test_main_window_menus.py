"""The main window's menus, built from its table of actions (``MainWindow._menu_actions``)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reseller_app.ui.main_window import MainWindow, MenuAction


def test_the_menus_keep_their_entries_order_and_keys(qtbot: QtBot, app: object) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    menus = {m.text(): [("-" if a.isSeparator() else a.text(),
                         [k.toString() for k in a.shortcuts()][:1])
                        for a in m.menu().actions()] for m in window.menuBar().actions()}
    assert list(menus) == ["&File", "&View", "&Policy", "&Escalation", "&Help"]
    assert [text for text, _ in menus["&File"]] == [
        "&New order", "-", "&Import orders from CSV…", "Import criteria &pack…",
        "San&ctions lists…", "-", "&Back up now", "&Restore from backup…", "-",
        "Compan&y profile…", "&Settings…",
        "Peop&le…", "-", "Prin&t the policy…", "Due &diligence report…", "-", "&Quit"]
    assert menus["&View"][:6] == [(t, [k]) for t, k in (
        ("O&verview", "Ctrl+1"), ("&Orders", "Ctrl+2"), ("&Customers", "Ctrl+3"),
        ("&Products", "Ctrl+4"), ("O&utbox", "Ctrl+5"), ("Follo&w-ups", "Ctrl+6"))]
    assert ("&Quit", ["Ctrl+Q"]) in menus["&File"] and ("&New order", ["Ctrl+N"]) \
        in menus["&File"]
    assert [t for t, _ in menus["&Escalation"]] == [
        "&Waiting for your approval…", "&Report misuse…", "&Import distributor's decision file…",
        "Responsible-use &guidance PDF…", "Export &evidence for audit…", "-",
        "&Distributor desk…"]
    # Before the database is open only Quit, the help and About work.
    enabled = {a.text() for m in window.menuBar().actions() for a in m.menu().actions()
               if a.isEnabled() and not a.isSeparator()}
    assert enabled == {"&Quit", "&Help for this screen", "&About Channel Diligence"}


def test_every_menu_entry_calls_a_method_of_the_window() -> None:
    entries = [e for e in MainWindow._menu_actions(_Texts()) if e is not None]  # type: ignore[arg-type]
    assert all(isinstance(e, MenuAction) and callable(getattr(MainWindow, e.slot, None))
               for e in entries), [e.slot for e in entries if not hasattr(MainWindow, e.slot)]


class _Texts:
    """Stands in for the window: ``_menu_actions`` only asks it for translated texts."""

    def tr(self, text: str) -> str:
        return text
