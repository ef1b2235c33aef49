"""OAuth2 (XOAUTH2) sign-in for sending through Microsoft 365 / Outlook.com and Google.

Microsoft is retiring SMTP basic authentication, and Google needs an app password without it:
instead the user signs in once through the system browser (loopback redirect; device code for
Microsoft on a machine without a browser) and the app keeps the refresh token **only in the
keyring** (``services/secrets.py``, service "Channel Diligence OAuth2", account
``provider:address``): never in the database, the settings, the logs or an export. Before a
send the access token is refreshed when it has expired, and the SMTP login uses the XOAUTH2
mechanism.

The token code is the providers' own libraries (msal for Microsoft, google-auth and
google-auth-oauthlib for Google), imported only when a token is needed (start-up time).

The client id (the app registration the user signs in to) is a setting with a default in
``resources/mail/oauth_clients.json``; no public client id is shipped, so an organisation
registers its own (README) and the app says so in words while it is missing.
"""

from __future__ import annotations

import base64
import datetime as dt
import importlib.resources
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reseller_app.domain.people import Action
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.people import check_role
from reseller_app.services.secrets import SecretStore
from reseller_app.store import audit_log, bulk

log = logging.getLogger(__name__)

OAUTH_KEYRING_SERVICE = "Channel Diligence OAuth2"
AUTH_SETTING = "smtp_auth"  # {"method": "password"|"oauth2", "provider": ..., "clients": {...}}
AUTH_METHODS = ("password", "oauth2")
# An access token this close to its end is refreshed first: a packet upload takes a while.
EARLY = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Provider:
    key: str
    name: str  # as the user knows it
    scopes: tuple[str, ...]
    authority: str = ""  # Microsoft: msal authority (its token endpoint is found from it)
    auth_uri: str = ""  # Google
    token_uri: str = ""  # Google


PROVIDERS: dict[str, Provider] = {
    # msal adds offline_access (the refresh token), openid and profile itself and refuses
    # them in the list: SMTP.Send is the one scope asked for.
    "microsoft": Provider("microsoft", "Microsoft", ("https://outlook.office.com/SMTP.Send",),
                          authority="https://login.microsoftonline.com/common"),
    "google": Provider("google", "Google", ("https://mail.google.com/",),
                       auth_uri="https://accounts.google.com/o/oauth2/auth",
                       token_uri="https://oauth2.googleapis.com/token"),
}
MICROSOFT_OFFLINE_SCOPE = "offline_access"  # asked for by msal on every request


class OAuthError(ServiceError):
    """No usable sign-in for sending: nothing was sent and nothing is lost (the outbox keeps
    its messages queued). ``sign_in_again``: the user must sign in again in Settings > E-mail;
    otherwise (the provider could not be reached) a later try may work as it is."""

    def __init__(self, message: str, *, sign_in_again: bool) -> None:
        super().__init__(message)
        self.sign_in_again = sign_in_again


@dataclass(frozen=True)
class XOAuth2Login:
    """What the SMTP login needs for XOAUTH2 instead of a password."""

    user: str
    access_token: str

    def __repr__(self) -> str:  # never the token, even in a traceback's locals
        return f"XOAuth2Login({self.user})"

    def sasl(self) -> str:
        return xoauth2_string(self.user, self.access_token)


def xoauth2_string(user: str, access_token: str) -> str:
    """The XOAUTH2 initial response before base64 (smtplib encodes it)."""
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def xoauth2_base64(user: str, access_token: str) -> str:
    return base64.b64encode(xoauth2_string(user, access_token).encode()).decode("ascii")


def shipped_clients() -> dict[str, dict[str, str]]:
    path = importlib.resources.files("reseller_app.resources") / "mail" / "oauth_clients.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if k in PROVIDERS and isinstance(v, dict)}


def _provider(key: str) -> Provider:
    try:
        return PROVIDERS[key]
    except KeyError:
        raise ValidationError("provider", t("Sign-in is available for Microsoft and Google "
                                            "only.")) from None


def _no_client_id(p: Provider) -> str:
    return t("Signing in with {provider} (OAuth2) needs a client id: your organisation "
             "registers the app with {provider} once and enters its client id in Settings > "
             "E-mail (the README says how).", provider=p.name)


def _sign_in_again(p: Provider, address: str) -> str:
    return t("{provider} no longer accepts the sign-in of {address} (it expired or was "
             "withdrawn). Sign in to {provider} again in Settings > E-mail; the messages stay "
             "in the outbox.", provider=p.name, address=address)


def _consent_withdrawn(p: Provider, address: str) -> str:
    return t("The permission for this app to send e-mail as {address} was withdrawn at "
             "{provider}. Sign in to {provider} again in Settings > E-mail and allow sending; "
             "the messages stay in the outbox.", provider=p.name, address=address)


def _unreachable(p: Provider, reason: str) -> str:
    return t("The {provider} sign-in service could not be reached ({reason}). Nothing was "
             "sent; the messages stay in the outbox. Check the internet connection and try "
             "again.", provider=p.name, reason=reason)


def _not_signed_in(p: Provider, address: str) -> str:
    return t("{address} is not signed in to {provider} on this computer. Sign in to "
             "{provider} in Settings > E-mail.", provider=p.name, address=address)


def _when(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


class OAuthService:
    """Sign-in, the tokens in the keyring, and the XOAUTH2 login for the send path.

    ``http_client`` (a requests.Session) and ``token_uri`` are for tests against a local token
    endpoint; ``sign_in_flow`` replaces the browser for tests of the sign-in bookkeeping.
    """

    def __init__(self, ctx: AppContext, *, secrets: SecretStore | None = None,
                 http_client: Any = None, token_uri: str | None = None) -> None:
        self.ctx = ctx
        self.secrets = secrets or SecretStore(OAUTH_KEYRING_SERVICE)
        self._http = http_client
        self._token_uri = token_uri

    # -- settings ------------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        data = bulk.get_setting(self.ctx, AUTH_SETTING)
        data = data if isinstance(data, dict) else {}
        method = data.get("method") if data.get("method") in AUTH_METHODS else "password"
        provider = data.get("provider") if data.get("provider") in PROVIDERS else ""
        clients = data.get("clients") if isinstance(data.get("clients"), dict) else {}
        return {"method": method, "provider": provider, "clients": clients}

    def client(self, provider: str) -> dict[str, str]:
        """The provider's app registration: the settings' values over the shipped file's."""
        p = _provider(provider)
        merged = dict(shipped_clients().get(p.key, {}))
        merged.update({k: v for k, v in self.config()["clients"].get(p.key, {}).items() if v})
        if not (merged.get("client_id") or "").strip():
            raise OAuthError(_no_client_id(p), sign_in_again=False)
        return merged

    def save(self, *, method: str, provider: str = "", client_id: str | None = None,
             client_secret: str | None = None, tenant: str | None = None) -> dict[str, Any]:
        """Choose password or OAuth2 for the SMTP login; set a provider's client id."""
        check_role(self.ctx, Action.CHANGE_SETTINGS)
        if method not in AUTH_METHODS:
            raise ValidationError("method", t("Choose password or OAuth2 sign-in."))
        if method == "oauth2" or provider:
            _provider(provider)
        config = self.config()
        clients = {k: dict(v) for k, v in config["clients"].items() if isinstance(v, dict)}
        entry = clients.setdefault(provider, {}) if provider else {}
        if client_id is not None:
            entry["client_id"] = client_id.strip()
        if client_secret is not None:  # Google "desktop app" secret: not confidential
            entry["client_secret"] = client_secret.strip()
        if tenant is not None and provider == "microsoft":
            entry["authority"] = (f"https://login.microsoftonline.com/{tenant.strip()}"
                                  if tenant.strip() else "")
        value = {"method": method, "provider": provider, "clients": clients}
        with self.ctx.write_session() as s:
            bulk.put_setting(s, AUTH_SETTING, value)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.SETTINGS_SMTP_AUTH_SAVED,
                             entity="setting", entity_id=AUTH_SETTING, at=self.ctx.clock(),
                             details={"method": method, "provider": provider})
            s.commit()
        return self.config()

    # -- the keyring ---------------------------------------------------------------------------
    @staticmethod
    def account(provider: str, address: str) -> str:
        return f"{provider}:{address.strip().lower()}"

    def _load(self, provider: str, address: str) -> dict[str, Any] | None:
        raw = self.secrets.get(self.account(provider, address))
        try:
            data = json.loads(raw) if raw else None
        except ValueError:
            return None
        return data if isinstance(data, dict) and data.get("refresh_token") else None

    def _store(self, provider: str, address: str, refresh_token: str, access_token: str,
               expires_in: Any) -> None:
        if not self.secrets.available():
            raise OAuthError(t("This computer has no password store (keyring) the app can "
                               "use, so the sign-in cannot be kept. Use a password instead."),
                             sign_in_again=False)
        try:
            seconds = int(expires_in)
        except (TypeError, ValueError):
            seconds = 3600
        expires = self.ctx.clock() + dt.timedelta(seconds=seconds)
        self.secrets.set(self.account(provider, address), json.dumps({
            "refresh_token": refresh_token, "access_token": access_token,
            "expires_at": expires.isoformat()}))

    def signed_in(self, provider: str, address: str) -> bool:
        return self._load(provider, address) is not None

    def sign_out(self, provider: str, address: str) -> None:
        self.secrets.delete(self.account(provider, address))

    # -- sign-in (the system browser) ----------------------------------------------------------
    def sign_in(self, provider: str, address: str, *, device_code: bool = False,
                show: Callable[[str], None] = print) -> str:
        """Sign in through the system browser (blocks until done: run it off the GUI thread).
        ``device_code`` (Microsoft): a code to enter on another device instead."""
        p = _provider(provider)
        address = address.strip()
        client = self.client(p.key)
        if p.key == "microsoft":
            result = self._microsoft_sign_in(client, address, device_code, show)
        else:
            result = self._google_sign_in(client, address, show)
        self._store(p.key, address, *result)
        return t("Signed in to {provider} as {address}: e-mail is sent with this sign-in.",
                 provider=p.name, address=address)

    def _microsoft_app(self, client: dict[str, str]) -> Any:
        # late: the sign-in libraries load only for an OAuth2 mailbox
        import msal
        import requests

        p = PROVIDERS["microsoft"]
        try:
            return msal.PublicClientApplication(
                client["client_id"], authority=client.get("authority") or p.authority,
                http_client=self._http)
        except (requests.RequestException, ValueError) as exc:
            raise OAuthError(_unreachable(p, _reason(exc)), sign_in_again=False) from None

    def _microsoft_sign_in(self, client: dict[str, str], address: str, device_code: bool,
                           show: Callable[[str], None]) -> tuple[str, str, Any]:
        p = PROVIDERS["microsoft"]
        app = self._microsoft_app(client)
        scopes = list(p.scopes)
        if device_code:
            flow = app.initiate_device_flow(scopes=scopes)
            if "user_code" not in flow:
                raise OAuthError(self._microsoft_words(flow, address), sign_in_again=True)
            show(flow["message"])  # Microsoft's own words: the address and the code
            result = app.acquire_token_by_device_flow(flow)
        else:
            show(t("The browser opens for the {provider} sign-in; come back here when it says "
                   "so.", provider=p.name))
            result = app.acquire_token_interactive(scopes=scopes, login_hint=address or None,
                                                   prompt="select_account", timeout=600)
        return self._microsoft_tokens(result, address, None)

    def _google_sign_in(self, client: dict[str, str], address: str,
                        show: Callable[[str], None]) -> tuple[str, str, Any]:
        # late: the sign-in libraries load only for an OAuth2 mailbox
        from google_auth_oauthlib.flow import InstalledAppFlow

        p = PROVIDERS["google"]
        flow = InstalledAppFlow.from_client_config({"installed": {
            "client_id": client["client_id"], "client_secret": client.get("client_secret", ""),
            "auth_uri": p.auth_uri, "token_uri": self._token_uri or p.token_uri,
            "redirect_uris": ["http://localhost"]}}, scopes=list(p.scopes))
        show(t("The browser opens for the {provider} sign-in; come back here when it says "
               "so.", provider=p.name))
        try:
            creds = flow.run_local_server(
                host="localhost", port=0, open_browser=True, timeout_seconds=600,
                login_hint=address or None, prompt="consent",  # consent: a refresh token
                # Shown on the terminal: the way in when no browser opens.
                authorization_prompt_message=t("If the browser does not open, open this "
                                               "address:") + " {url}",
                success_message=t(
                    "Signed in. You can close this window and go back to Channel Diligence."))
        except Exception as exc:  # the user closed the browser, denied access, or time ran out
            raise OAuthError(t("The {provider} sign-in did not finish ({reason}). Try again.",
                               provider=p.name, reason=_reason(exc)),
                             sign_in_again=True) from None
        if not creds.refresh_token:
            raise OAuthError(t("{provider} did not allow the app to stay signed in. Try again "
                               "and allow access.", provider=p.name), sign_in_again=True)
        expires_in = ((creds.expiry.replace(tzinfo=dt.UTC) - dt.datetime.now(dt.UTC))
                      .total_seconds() if creds.expiry else 3600)
        return creds.refresh_token, creds.token, expires_in

    # -- the send path -------------------------------------------------------------------------
    def login_for(self, user: str) -> XOAuth2Login | None:
        """The XOAUTH2 login when the settings say OAuth2, else None (log in by password)."""
        config = self.config()
        if config["method"] != "oauth2":
            return None
        return XOAuth2Login(user, self.access_token(config["provider"], user))

    def access_token(self, provider: str, address: str) -> str:
        """A valid access token: the stored one, or a new one from the refresh token."""
        p = _provider(provider)
        stored = self._load(p.key, address)
        if stored is None:
            raise OAuthError(_not_signed_in(p, address), sign_in_again=True)
        expires = _when(stored.get("expires_at"))
        if stored.get("access_token") and expires and expires - EARLY > self.ctx.clock():
            return str(stored["access_token"])
        client = self.client(p.key)
        if p.key == "microsoft":
            app = self._microsoft_app(client)
            result = self._microsoft_refresh(app, stored["refresh_token"])
            tokens = self._microsoft_tokens(result, address, stored["refresh_token"])
        else:
            tokens = self._google_refresh(client, stored["refresh_token"], address)
        self._store(p.key, address, *tokens)
        return tokens[1]

    def _microsoft_refresh(self, app: Any, refresh_token: str) -> dict[str, Any]:
        # late: the sign-in libraries load only for an OAuth2 mailbox
        import requests

        p = PROVIDERS["microsoft"]
        try:
            # msal's refresh call for a refresh token kept outside its cache (here: the keyring)
            return app.acquire_token_by_refresh_token(refresh_token, scopes=list(p.scopes))
        except requests.RequestException as exc:
            raise OAuthError(_unreachable(p, _reason(exc)), sign_in_again=False) from None

    def _microsoft_tokens(self, result: dict[str, Any], address: str,
                          old_refresh: str | None) -> tuple[str, str, Any]:
        if "access_token" not in result:
            raise OAuthError(self._microsoft_words(result, address),
                             sign_in_again=result.get("error") != "temporarily_unavailable")
        refresh = result.get("refresh_token") or old_refresh
        if not refresh:
            raise OAuthError(t("{provider} did not allow the app to stay signed in. Try again "
                               "and allow access.", provider="Microsoft"), sign_in_again=True)
        return refresh, result["access_token"], result.get("expires_in")

    @staticmethod
    def _microsoft_words(result: dict[str, Any], address: str) -> str:
        p = PROVIDERS["microsoft"]
        error = str(result.get("error") or "")
        codes = str(result.get("error_codes") or "") + str(result.get("error_description") or "")
        # Logged without the description's trace ids: the error code is enough.
        log.warning("Microsoft sign-in refused: %s %s", error, result.get("error_codes"))
        if error == "consent_required" or "65001" in codes or "AADSTS65004" in codes:
            return _consent_withdrawn(p, address)
        if error in ("invalid_grant", "interaction_required", "invalid_client",
                     "unauthorized_client"):
            return _sign_in_again(p, address)
        if error == "authorization_pending" or error == "expired_token":
            return t("The {provider} sign-in did not finish ({reason}). Try again.",
                     provider=p.name, reason=error.replace("_", " "))
        return t("{provider} refused the sign-in of {address} ({reason}). Sign in to "
                 "{provider} again in Settings > E-mail.", provider=p.name, address=address,
                 reason=error.replace("_", " ") or "no reason given")

    def _google_refresh(self, client: dict[str, str], refresh_token: str,
                        address: str) -> tuple[str, str, Any]:
        # late: the sign-in libraries load only for an OAuth2 mailbox
        from google.auth import exceptions
        from google.auth.transport.requests import Request
        from google.oauth2.credentials import Credentials

        p = PROVIDERS["google"]
        creds = Credentials(None, refresh_token=refresh_token,
                            token_uri=self._token_uri or client.get("token_uri") or p.token_uri,
                            client_id=client["client_id"],
                            client_secret=client.get("client_secret", ""),
                            scopes=list(p.scopes))
        request = Request(self._http) if self._http is not None else Request()
        try:
            creds.refresh(request)
        except exceptions.RefreshError as exc:
            details = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
            error = str(details.get("error") or "")
            log.warning("Google sign-in refused: %s", error or "no error code")
            if error in ("invalid_grant", "unauthorized_client", "invalid_client", ""):
                raise OAuthError(_sign_in_again(p, address), sign_in_again=True) from None
            if error == "access_denied":
                raise OAuthError(_consent_withdrawn(p, address), sign_in_again=True) from None
            raise OAuthError(_unreachable(p, error.replace("_", " ")),
                             sign_in_again=False) from None
        except exceptions.TransportError as exc:
            raise OAuthError(_unreachable(p, _reason(exc)), sign_in_again=False) from None
        expires_in = ((creds.expiry.replace(tzinfo=dt.UTC) - dt.datetime.now(dt.UTC))
                      .total_seconds() if creds.expiry else 3600)
        return creds.refresh_token or refresh_token, str(creds.token), expires_in


def _reason(exc: BaseException) -> str:
    """A few words for an exception; a connection error's chain ends in the OS's words."""
    inner: BaseException | None = exc
    while inner is not None and inner.__cause__ is not None:
        inner = inner.__cause__
    text = str(getattr(inner, "strerror", None) or inner or exc)
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused"
    if "Name or service not known" in text or "getaddrinfo" in text:
        return "the name was not found"
    return " ".join(text.split())[:200] or type(exc).__name__
