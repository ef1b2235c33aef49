"""Settings > E-mail: "Sign in with Microsoft or Google" runs off the GUI thread and says the
result in words; the tokens end up in the keyring only."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from reseller_app.services.oauth import OAUTH_KEYRING_SERVICE, OAuthService
from reseller_app.ui.backend import Backend
from reseller_app.ui.oauth_signin import OAuthSignInBox
from reseller_app.ui.settings_dialog import SettingsDialog

from .test_walkthrough import duplicates, visible_mnemonics

ADDRESS = "orders@nordlicht.example"
WAIT = 30000


class BrowserStandIn(OAuthService):
    """The real service, with the one step that needs a person at a browser answered as
    Google's sign-in page would (there is no browser in the tests)."""

    def _google_sign_in(self, client, address, show):
        assert client["client_id"] == "cid.apps.googleusercontent.com"
        return "rt-from-browser", "at-from-browser", 3599


def test_signing_in_without_a_client_id_says_so_in_the_window(qtbot: QtBot,
                                                              configured: Backend) -> None:
    dialog = SettingsDialog(configured)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not duplicates(visible_mnemonics(dialog))
    box = dialog.oauth_box
    assert "password" in box.result.text()
    dialog.user.setText(ADDRESS)
    box.provider.setCurrentIndex(box.provider.findData("microsoft"))
    box.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
    assert "needs a client id" in box.result.text()
    assert box.sign_in_button.isEnabled()


def test_a_sign_in_is_kept_in_the_keyring_and_shown(qtbot: QtBot, configured: Backend,
                                                     memory_keyring) -> None:
    service = BrowserStandIn(configured.ctx)
    box = OAuthSignInBox(configured.ctx, lambda: ADDRESS, service=service)
    qtbot.addWidget(box)
    box.provider.setCurrentIndex(box.provider.findData("google"))
    box.client_id.setText("cid.apps.googleusercontent.com")
    assert box.sign_in() is not None
    qtbot.waitUntil(lambda: not box.busy(), timeout=WAIT)
    assert f"Signed in to Google as {ADDRESS}" in box.result.text()
    stored = json.loads(memory_keyring.passwords[(OAUTH_KEYRING_SERVICE, f"google:{ADDRESS}")])
    assert stored["refresh_token"] == "rt-from-browser"
    assert service.config()["method"] == "oauth2"

    again = OAuthSignInBox(configured.ctx, lambda: ADDRESS)  # the window opened again
    qtbot.addWidget(again)
    assert again.provider.currentData() == "google"
    assert again.client_id.text() == "cid.apps.googleusercontent.com"
    assert "Google sign-in of" in again.result.text()
    again.password_button.click()
    assert "password" in again.result.text() and service.config()["method"] == "password"
