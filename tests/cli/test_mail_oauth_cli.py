"""``mail oauth`` and ``mail signin``: the client id in words, the login method switched."""

from __future__ import annotations

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, main
from reseller_app.services.oauth import OAuthService
from reseller_app.services.startup import open_app


def test_signing_in_without_a_client_id_says_what_is_missing(db_url, capsys):
    assert main(["--db", db_url, "mail", "signin", "microsoft", "a@nordlicht.example"]) \
        == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs a client id" in err and "Traceback" not in err


def test_the_client_id_is_set_and_the_login_switched_and_back(db_url, capsys):
    assert main(["--db", db_url, "mail", "oauth", "google", "--client-id", "cid.apps",
                 "--client-secret", "desktop-secret"]) == EXIT_OK
    assert "mail signin google" in capsys.readouterr().out
    ctx = open_app(db_url)
    try:
        service = OAuthService(ctx)
        assert service.config()["method"] == "oauth2"
        assert service.client("google")["client_id"] == "cid.apps"
        assert main(["--db", db_url, "mail", "oauth", "password"]) == EXIT_OK
        assert service.config()["method"] == "password"
        assert service.client("google")["client_id"] == "cid.apps"  # kept for next time
    finally:
        ctx.engine.dispose()


def test_an_unknown_provider_is_bad_input(db_url, capsys):
    with pytest.raises(SystemExit) as exc:  # argparse's own exit
        main(["--db", db_url, "mail", "signin", "yahoo", "a@b.example"])
    assert exc.value.code == EXIT_BAD_INPUT and "microsoft" in capsys.readouterr().err
