"""OAuth2 (XOAUTH2) sending, without the internet: a local OAuth2 token endpoint (http.server on
127.0.0.1) answers the refresh-token grant, and a local SMTP server (aiosmtpd) accepts XOAUTH2
only with the bearer token that endpoint handed out.

Google: google-auth's refresh call goes to the local endpoint through the token URI.
Microsoft: msal accepts only https authorities, so its HTTP client (a requests.Session, msal's
``http_client``) sends what it would send to login.microsoftonline.com to the local endpoint
instead; msal's own code (tenant discovery, the refresh-token grant) runs unchanged.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from aiosmtpd.smtp import AuthResult

from reseller_app.services.company_key import KEY_KEYRING_SERVICE
from reseller_app.services.dto import MessageState, SmtpSettings
from reseller_app.services.oauth import (
    AUTH_SETTING,
    OAUTH_KEYRING_SERVICE,
    OAuthError,
    OAuthService,
    xoauth2_base64,
)
from reseller_app.services.outbox import OutboxService
from reseller_app.services.settings import SettingsService
from reseller_app.store import bulk, db

from ..smtp_server import SmtpServer
from .test_escalation import build, held_order

# aiosmtpd warns on each connection: login without TLS, deliberate on 127.0.0.1.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

ADDRESS = "orders@nordlicht.example"
MS = "https://login.microsoftonline.com"


class TokenEndpoint:
    """A tiny OAuth2 authorization server: each refresh with a good refresh token hands out a
    new access token; "rt-revoked" and "rt-no-consent" are refused as the providers do."""

    def __init__(self) -> None:
        self.issued: list[str] = []
        self.grants: list[dict[str, str]] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def _json(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # msal's tenant discovery
                if self.path.endswith("/.well-known/openid-configuration"):
                    tenant = self.path.split("/")[1]
                    self._json(200, {
                        "authorization_endpoint": f"{MS}/{tenant}/oauth2/v2.0/authorize",
                        "token_endpoint": f"{MS}/{tenant}/oauth2/v2.0/token",
                        "device_authorization_endpoint": f"{MS}/{tenant}/oauth2/v2.0/devicecode",
                        "issuer": f"{MS}/{tenant}/v2.0"})
                else:
                    self._json(404, {"error": "not_found"})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                endpoint.grants.append(form)
                rt = form.get("refresh_token")
                if self.path.endswith("/devicecode"):  # Microsoft's device code sign-in
                    self._json(200, {"device_code": "dc-1", "user_code": "WDJB-MJHT",
                                     "verification_uri": "https://microsoft.com/devicelogin",
                                     "expires_in": 900, "interval": 1,
                                     "message": "To sign in, open https://microsoft.com/"
                                                "devicelogin and enter the code WDJB-MJHT."})
                elif form.get("grant_type") == "urn:ietf:params:oauth:grant-type:device_code":
                    endpoint.issued.append("at-device")
                    self._json(200, {"access_token": "at-device", "token_type": "Bearer",
                                     "expires_in": 3599, "refresh_token": "rt-good"})
                elif form.get("grant_type") != "refresh_token":
                    self._json(400, {"error": "unsupported_grant_type"})
                elif rt == "rt-good":
                    token = f"at-{len(endpoint.issued) + 1}"
                    endpoint.issued.append(token)
                    self._json(200, {"access_token": token, "token_type": "Bearer",
                                     "expires_in": 3599, "refresh_token": "rt-good",
                                     "scope": form.get("scope", "")})
                elif rt == "rt-no-consent":
                    self._json(400, {"error": "invalid_grant", "error_codes": [65001],
                                     "error_description": "AADSTS65001: The user or "
                                     "administrator has not consented to use the application."})
                else:
                    self._json(400, {"error": "invalid_grant", "error_codes": [70008],
                                     "error_description": "Token has been expired or revoked."})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class LocalMicrosoft(requests.Session):
    """msal's HTTP client: what goes to login.microsoftonline.com goes to the local endpoint."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.local = url

    def request(self, method, url, *args, **kwargs):
        return super().request(method, url.replace(MS, self.local), *args, **kwargs)


class XOAuth2Server(SmtpServer):
    """The project's aiosmtpd test server, accepting only AUTH XOAUTH2 with a known token."""

    def __init__(self, tokens: list[str]) -> None:
        super().__init__()
        self.tokens = tokens  # the access tokens the token endpoint handed out
        self.xoauth2: list[str] = []

    def start(self) -> XOAuth2Server:
        from aiosmtpd.controller import Controller

        import tests.smtp_server as smtp_server

        server = self

        class Handler(smtp_server._Handler):
            async def auth_XOAUTH2(self, smtp, args):
                raw = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
                server.xoauth2.append(raw)
                fields = dict(f.split("=", 1) for f in raw.split("\x01") if "=" in f)
                token = fields.get("auth", "").removeprefix("Bearer ")
                ok = fields.get("user") == ADDRESS and token in server.tokens
                return AuthResult(success=ok, handled=False)

        self.controller = Controller(Handler(self), hostname=self.host, port=self.port,
                                     auth_required=True, auth_require_tls=False)
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            self.controller.start()
        return self


@pytest.fixture
def endpoint():
    ep = TokenEndpoint()
    yield ep
    ep.stop()


@pytest.fixture
def smtp(endpoint):
    srv = XOAuth2Server(endpoint.issued).start()
    yield srv
    srv.stop()


def set_up(ctx, smtp: SmtpServer, provider: str, endpoint: TokenEndpoint,
           refresh_token: str = "rt-good") -> tuple[SettingsService, OAuthService]:
    settings = SettingsService(ctx)
    settings.save_smtp(SmtpSettings(smtp.host, smtp.port, "none", ADDRESS, ADDRESS))
    if provider == "google":
        oauth = OAuthService(ctx, token_uri=f"{endpoint.url}/token")
    else:
        oauth = OAuthService(ctx, http_client=LocalMicrosoft(endpoint.url))
    oauth.save(method="oauth2", provider=provider, client_id="cid-1234",
               client_secret="not-so-secret" if provider == "google" else None)
    # As a finished browser sign-in leaves it: an access token that has already expired.
    oauth._store(provider, ADDRESS, refresh_token, "at-expired", -60)
    settings.oauth = oauth
    return settings, oauth


@pytest.mark.parametrize("provider", ["microsoft", "google"])
def test_an_expired_access_token_is_refreshed_and_the_mail_goes_by_xoauth2(
        configured, catalog, endpoint, smtp, provider, memory_keyring):
    settings, _ = set_up(configured, smtp, provider, endpoint)
    outbox = OutboxService(configured, settings=settings)
    outbox.queue(build(configured, held_order(configured, catalog)).id)
    report = outbox.send_pending()
    assert report.sent == 1, report.items[0].last_error
    assert endpoint.issued == ["at-1"]
    assert smtp.xoauth2 == [f"user={ADDRESS}\x01auth=Bearer at-1\x01\x01"]
    grant = endpoint.grants[-1]
    assert grant["refresh_token"] == "rt-good" and grant["client_id"] == "cid-1234"
    scope = grant.get("scope", "")
    assert ("https://outlook.office.com/SMTP.Send" in scope and "offline_access" in scope
            if provider == "microsoft" else "https://mail.google.com/" in scope)
    # The new access token is kept (in the keyring) and used until it expires: no new grant.
    assert "250" in settings.send_test_email()
    assert endpoint.issued == ["at-1"] and len(smtp.received) == 2
    stored = json.loads(memory_keyring.passwords[(OAUTH_KEYRING_SERVICE,
                                                  f"{provider}:{ADDRESS}")])
    assert stored["access_token"] == "at-1" and stored["refresh_token"] == "rt-good"


def test_a_valid_access_token_is_used_without_asking_the_token_endpoint(
        configured, endpoint, smtp):
    settings, oauth = set_up(configured, smtp, "google", endpoint)
    oauth._store("google", ADDRESS, "rt-good", "at-fresh", 3600)
    endpoint.issued.append("at-fresh")
    assert "250" in settings.send_test_email()
    assert endpoint.grants == [] and smtp.xoauth2[-1].endswith("Bearer at-fresh\x01\x01")


@pytest.mark.parametrize("provider", ["microsoft", "google"])
def test_a_revoked_refresh_token_keeps_the_messages_queued_and_says_sign_in_again(
        configured, catalog, endpoint, smtp, provider, caplog):
    caplog.set_level(logging.DEBUG)
    settings, _ = set_up(configured, smtp, provider, endpoint, refresh_token="rt-revoked")
    outbox = OutboxService(configured, settings=settings)
    outbox.queue(build(configured, held_order(configured, catalog)).id)
    with pytest.raises(OAuthError) as exc:
        outbox.send_pending()
    name = "Microsoft" if provider == "microsoft" else "Google"
    assert exc.value.sign_in_again
    assert f"Sign in to {name} again in Settings > E-mail" in str(exc.value)
    assert [i.state for i in outbox.items()] == [MessageState.QUEUED]
    assert smtp.received == [] and smtp.xoauth2 == []
    assert "rt-revoked" not in caplog.text and "at-expired" not in caplog.text


def test_withdrawn_consent_is_named_as_such(configured, endpoint, smtp):
    settings, _ = set_up(configured, smtp, "microsoft", endpoint, refresh_token="rt-no-consent")
    with pytest.raises(OAuthError) as exc:
        settings.send_test_email()
    assert "permission" in str(exc.value) and "withdrawn" in str(exc.value)


@pytest.mark.parametrize("provider", ["microsoft", "google"])
def test_an_unreachable_token_endpoint_loses_nothing(configured, catalog, endpoint, smtp,
                                                     provider):
    settings, _ = set_up(configured, smtp, provider, endpoint)
    endpoint.stop()  # nothing listens there any more
    outbox = OutboxService(configured, settings=settings)
    outbox.queue(build(configured, held_order(configured, catalog)).id)
    with pytest.raises(OAuthError) as exc:
        outbox.send_pending()
    assert not exc.value.sign_in_again and "could not be reached" in str(exc.value)
    assert [i.state for i in outbox.items()] == [MessageState.QUEUED]


def test_without_a_client_id_the_app_says_oauth2_needs_one(configured, smtp, endpoint):
    oauth = OAuthService(configured)
    oauth.save(method="oauth2", provider="microsoft")  # the shipped file has no client id
    with pytest.raises(OAuthError) as exc:
        oauth.sign_in("microsoft", ADDRESS)
    assert "needs a client id" in str(exc.value) and "README" in str(exc.value)


def test_not_signed_in_says_so(configured, smtp, endpoint):
    settings, oauth = set_up(configured, smtp, "google", endpoint)
    oauth.sign_out("google", ADDRESS)
    with pytest.raises(OAuthError) as exc:
        settings.send_test_email()
    assert "is not signed in to Google" in str(exc.value)


@pytest.mark.parametrize("provider", ["microsoft", "google"])
def test_tokens_live_only_in_the_keyring(configured, catalog, endpoint, smtp, provider,
                                         memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    settings, _ = set_up(configured, smtp, provider, endpoint)
    outbox = OutboxService(configured, settings=settings)
    outbox.queue(build(configured, held_order(configured, catalog)).id)
    assert outbox.send_pending().sent == 1
    # (and the company's signing key, made for the packet's signature, in its own service)
    assert {k for k in memory_keyring.passwords if k[0] != KEY_KEYRING_SERVICE} == \
        {(OAUTH_KEYRING_SERVICE, f"{provider}:{ADDRESS}")}
    saved = bulk.get_setting(configured, AUTH_SETTING)
    assert saved["method"] == "oauth2" and "rt-good" not in json.dumps(saved)
    configured.engine.dispose()  # flush everything to the files
    secrets = [b"rt-good", b"at-1", xoauth2_base64(ADDRESS, "at-1").encode()]
    database = db.sqlite_path(configured.db_url)
    for path in database.parent.iterdir():
        if path.name.startswith(database.name):
            data = path.read_bytes()
            assert not any(s in data for s in secrets), path
    assert not any(s.decode() in caplog.text for s in secrets)
    assert "at-1" not in repr(settings.oauth_login(settings.configured()))


def test_a_token_the_smtp_server_refuses_is_an_authentication_failure(configured, endpoint,
                                                                       smtp):
    settings, oauth = set_up(configured, smtp, "google", endpoint)
    oauth._store("google", ADDRESS, "rt-good", "at-unknown", 3600)  # not one the server knows
    with pytest.raises(Exception) as exc:
        settings.send_test_email()
    assert "refused" in str(exc.value) and smtp.received == []


def test_expiry_is_read_from_the_app_clock(configured, endpoint, smtp):
    _, oauth = set_up(configured, smtp, "google", endpoint)
    oauth._store("google", ADDRESS, "rt-good", "at-fresh", 3600)
    now = configured.clock()
    configured.clock = lambda: now + dt.timedelta(hours=2)  # the access token ran out
    assert oauth.access_token("google", ADDRESS) == "at-1"


def test_a_microsoft_device_code_sign_in_is_kept_and_used_for_sending(
        configured, endpoint, smtp, memory_keyring):
    """The whole sign-in through msal (the device code flow: no browser needed here)."""
    settings, oauth = set_up(configured, smtp, "microsoft", endpoint)
    oauth.sign_out("microsoft", ADDRESS)
    shown: list[str] = []
    message = oauth.sign_in("microsoft", ADDRESS, device_code=True, show=shown.append)
    assert "Signed in to Microsoft as" in message and "WDJB-MJHT" in shown[0]
    stored = json.loads(memory_keyring.passwords[(OAUTH_KEYRING_SERVICE,
                                                  f"microsoft:{ADDRESS}")])
    assert stored["refresh_token"] == "rt-good" and stored["access_token"] == "at-device"
    assert "250" in settings.send_test_email()
    assert smtp.xoauth2 == [f"user={ADDRESS}\x01auth=Bearer at-device\x01\x01"]
