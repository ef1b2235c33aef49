"""Business settings the user edits in the settings dialog: the SMTP server for escalations,
and the sanctions lists' addresses and age limit (``lists_settings``).

The server, port, security, user and sender address are kept in the database (``setting``
table, key ``smtp``); the password only in the operating system's keyring, under the service
"Channel Diligence SMTP" and the account ``user@host``. Where no keyring backend exists the
status says so and the caller passes the password at send time.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import asdict

from reseller_app.domain.people import Action
from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.domain.sanctions.freshness import MAX_STALE_DAYS, MIN_STALE_DAYS
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.context import AppContext
from reseller_app.services.dto import SmtpSettings, SmtpStatus
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.first_screen import LISTS_SETTING
from reseller_app.services.list_updates import (
    ListsSettings,
    check_address,
    official_addresses,
    read_lists_settings,
)
from reseller_app.services.mail import (
    LOCAL_HOSTS,
    SECURITY,
    SendFailed,
    SmtpTransport,
    build_message,
    message_domain,
)
from reseller_app.services.mail_setup import MailTestFailed, explain
from reseller_app.services.oauth import OAuthService
from reseller_app.services.people import check_role
from reseller_app.services.secrets import SecretStore
from reseller_app.services.setup import EMAIL
from reseller_app.store import audit_log, bulk

SMTP_SETTING = "smtp"



def _no_keyring() -> str:
    return t("This computer has no password store (keyring) the app can use: the SMTP "
             "password cannot be kept, so the app asks for it each time it sends.")


class PasswordNeeded(ServiceError):
    """The server needs a password and none is stored: ask the user and pass ``password=``."""


def keyring_account(settings: SmtpSettings) -> str:
    return f"{settings.user}@{settings.host}"


def validate_smtp(settings: SmtpSettings) -> SmtpSettings:
    host = (settings.host or "").strip()
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise ValidationError("host", t("Enter the mail server's name, e.g. "
                                        "smtp.example.com."))
    try:
        port = int(settings.port)
    except (TypeError, ValueError):
        raise ValidationError("port", t("The port is a number, e.g. 587.")) from None
    if not 1 <= port <= 65535:
        raise ValidationError("port", t("The port must be between {low} and {high}.", low=1,
                                        high=65535))
    security = (settings.security or "").strip().lower()
    if security not in SECURITY:
        raise ValidationError("security", t("Choose STARTTLS, SSL or none."))
    user = (settings.user or "").strip()
    sender = (settings.from_address or "").strip()
    if not EMAIL.match(sender):
        raise ValidationError("from_address", t("Enter the address the e-mails come from."))
    if user and security == "none" and host.lower() not in LOCAL_HOSTS:
        raise ValidationError("security", t("The password would travel unencrypted: choose "
                                            "STARTTLS or SSL for a server that needs a "
                                            "login."))
    return SmtpSettings(host, port, security, user, sender)


class SettingsService:
    def __init__(self, ctx: AppContext, *, secrets: SecretStore | None = None) -> None:
        self.ctx = ctx
        self.secrets = secrets or SecretStore()

    # -- reading -------------------------------------------------------------------------------
    def smtp_settings(self) -> SmtpSettings | None:
        data = bulk.get_setting(self.ctx, SMTP_SETTING)
        if not isinstance(data, dict):
            return None
        try:
            return SmtpSettings(**{k: data[k] for k in ("host", "port", "security", "user",
                                                        "from_address")})
        except KeyError:
            return None

    def smtp(self) -> SmtpStatus:
        settings = self.smtp_settings()
        available = self.secrets.available()
        stored = bool(settings and settings.user and available and
                      self.secrets.get(keyring_account(settings)) is not None)
        if not available:
            message = _no_keyring()
        elif settings is None:
            message = t("E-mail sending is not set up yet.")
        elif settings.user and not stored:
            message = t("No password is stored for this server: enter it to send.")
        else:
            message = ""
        return SmtpStatus(settings, available, stored, self.secrets.backend_name(), message)

    # -- writing -------------------------------------------------------------------------------
    def save_smtp(self, settings: SmtpSettings, password: str | None = None) -> SmtpStatus:
        """Store the settings; ``password``: None keeps the stored one, "" forgets it."""
        check_role(self.ctx, Action.CHANGE_SETTINGS)
        clean = validate_smtp(settings)
        if password and not self.secrets.available():
            raise ValidationError("password", _no_keyring())
        previous = self.smtp_settings()
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            bulk.put_setting(s, SMTP_SETTING, asdict(clean))
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.SETTINGS_SMTP_SAVED,
                             entity="setting", entity_id=SMTP_SETTING, at=now,
                             details={**asdict(clean),
                                      "password": "changed" if password else
                                      "forgotten" if password == "" else "unchanged"})
            s.commit()
        # The keyring is not transactional: write it once the settings are saved.
        old_account = keyring_account(previous) if previous and previous.user else None
        new_account = keyring_account(clean) if clean.user else None
        if old_account and old_account != new_account:
            self.secrets.delete(old_account)
        if new_account and password:
            self.secrets.set(new_account, password)
        elif new_account and password == "":
            self.secrets.delete(new_account)
        return self.smtp()

    # -- sanctions lists ---------------------------------------------------------------------
    def lists_settings(self) -> ListsSettings:
        """The official addresses with the user's replacements, and the days until old."""
        return read_lists_settings(self.ctx)

    def save_lists_settings(self, urls: Mapping[str, str] | None,
                            stale_days: int) -> ListsSettings:
        """Keep the addresses (``{"ofac/sdn.csv": "https://...", ...}``; only those that
        differ from the official ones are stored, so a new release's official address takes
        over the others) and the days until a list is old. ``urls`` None: the official ones."""
        check_role(self.ctx, Action.CHANGE_SETTINGS)
        official = official_addresses()
        own: dict[str, dict[str, str]] = {}
        for key, url in (urls or {}).items():
            source, _, name = key.partition("/")
            files = official[ListSource(source)].files
            default = next(f.url for f in files if f.name == name)
            clean = check_address(url, key)
            if clean != default:
                own.setdefault(source, {})[name] = clean
        if not isinstance(stale_days, int) or not MIN_STALE_DAYS <= stale_days <= MAX_STALE_DAYS:
            raise ValidationError("stale_days", t(
                "Give the number of days as a whole number from {low} to {high}.",
                low=MIN_STALE_DAYS, high=MAX_STALE_DAYS))
        value = {"addresses": own, "stale_days": stale_days}
        with self.ctx.write_session() as s:
            bulk.put_setting(s, LISTS_SETTING, value)
            s.flush()
            audit_log.append(s, actor=self.ctx.actor, action=AuditAction.SETTINGS_LISTS_SAVED,
                             entity="setting", entity_id=LISTS_SETTING, at=self.ctx.clock(),
                             details=value)
            s.commit()
        return self.lists_settings()

    # -- sending -------------------------------------------------------------------------------
    def password_for(self, settings: SmtpSettings, given: str | None) -> str | None:
        """The password to log in with: the one given now, else the keyring's (or the OAuth2
        login, when the settings say so: services/oauth)."""
        if not settings.user:
            return None
        oauth = self.oauth_login(settings)
        if oauth is not None:
            return oauth  # type: ignore[return-value]  # SmtpTransport logs in by XOAUTH2
        if given:
            return given
        if not self.secrets.available():
            raise PasswordNeeded(_no_keyring())
        stored = self.secrets.get(keyring_account(settings))
        if stored is None:
            raise PasswordNeeded(t("No password is stored for {user} on {host}: enter it to "
                                   "send.", user=settings.user, host=settings.host))
        return stored

    oauth: object | None = None  # an OAuthService; tests set one with a local token endpoint

    def oauth_login(self, settings: SmtpSettings) -> object | None:
        """The XOAUTH2 login when the login method is OAuth2 (None: log in by password)."""
        service = self.oauth if isinstance(self.oauth, OAuthService) else OAuthService(self.ctx)
        return service.login_for(settings.user)

    def configured(self) -> SmtpSettings:
        settings = self.smtp_settings()
        if settings is None:
            raise ValidationError("smtp", t("Set up e-mail sending first (Settings: mail "
                                            "server)."))
        return settings

    def send_test_email(self, to: str | None = None, *, password: str | None = None,
                        transport: SmtpTransport | None = None) -> str:
        """Send a short message now (not through the outbox); returns the server's reply."""
        settings = self.configured()
        recipient = (to or settings.from_address).strip()
        if not EMAIL.match(recipient):
            raise ValidationError("to", t("'{address}' is not an e-mail address.",
                                          address=recipient))
        now = self.ctx.clock()
        msg = build_message(
            files={}, subject="Channel Diligence: test e-mail", to=recipient,
            from_address=settings.from_address, date=now, packet_id="test",
            message_id=f"<test.{uuid.uuid4()}@{message_domain(settings.from_address)}>",
            body="This test e-mail shows that Channel Diligence can send escalation packets "
                 f"through {settings.host}.\n\nSent {now:%Y-%m-%d %H:%M} UTC.\n")
        transport = transport or SmtpTransport(settings, self.password_for(settings, password))
        try:
            return transport.send(msg)
        except SendFailed as exc:  # in plain words with what to do, the server's after it
            raise MailTestFailed(explain(exc, settings), kind=exc.kind, reason=exc.reason) from None
