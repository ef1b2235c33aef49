"""Set up e-mail by address: the shipped provider table, settings proposed from an address,
and a failed test message explained in plain words with what to do.

``SendFailed`` (``services.mail``) says what went wrong, in English, as the outbox keeps it;
``explain`` turns its ``kind`` into the user's language, naming the provider's help page where
it helps ("Gmail needs an app password: ...").
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from reseller_app.domain.mail_providers import (
    Proposal,
    Provider,
    ProviderTable,
    address_domain,
    advice,
    propose,
)
from reseller_app.domain.texts import t
from reseller_app.services.dto import SmtpSettings
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.mail import SendFailed


@functools.cache
def provider_table() -> ProviderTable:
    """The shipped table, read and validated once (a broken file is a packaging error)."""
    raw = (resources.files("reseller_app.resources") / "mail" / "providers.json").read_text(
        encoding="utf-8")
    return ProviderTable.model_validate(json.loads(raw))


def propose_for(address: str, provider_id: str | None = None) -> Proposal:
    """Server settings for ``address`` (see ``domain.mail_providers.propose``)."""
    try:
        return propose(address, provider_table(), provider_id)
    except ValueError:
        raise ValidationError("from_address", t("'{address}' is not an e-mail address.",
                                                address=address.strip())) from None


def provider_for(settings: SmtpSettings) -> Provider | None:
    """The provider whose server these settings use (its help applies), if any."""
    table = provider_table()
    domain = address_domain(settings.from_address or "")
    by_domain = table.by_domain(domain) if domain else None
    if by_domain is not None and by_domain.host == settings.host.lower():
        return by_domain
    return next((p for p in table.providers if p.host == settings.host.lower()), None)


def describe(proposal: Proposal) -> str:
    """One paragraph for the screens and the CLI: which provider, or that it is a guess."""
    if proposal.provider is None:
        return t("{domain} is not in the app's list of providers: these settings are a guess "
                 "(smtp.{domain}, port {port}, STARTTLS). Check them with your provider or IT "
                 "person, then send a test message.",
                 domain=proposal.host.removeprefix("smtp."), port=proposal.port)
    p = proposal.provider
    return " ".join([t("Settings of {provider}.", provider=p.name), *advice(p),
                     t("Help: {url}", url=p.help_url)])


class MailTestFailed(ServiceError):
    """The test message did not go: ``message`` explains it in plain words; ``kind`` as in
    ``SendFailed``; ``reason`` the server's own words (English)."""

    def __init__(self, message: str, *, kind: str, reason: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.reason = reason


def explain(failure: SendFailed, settings: SmtpSettings) -> str:
    """What went wrong and what to do, in the user's words; the server's own answer after it."""
    host, port = settings.host, settings.port
    provider = provider_for(settings)
    kind = failure.kind
    if kind == "dns":
        text = t("The mail server {host} does not exist (no such name on the internet). Check "
                 "its spelling; your provider's help pages name it.", host=host)
    elif kind == "refused":
        text = t("Nothing answers at {host} on port {port}. Check the port (usually 587 for "
                 "STARTTLS, 465 for SSL) and that a firewall lets the app out.",
                 host=host, port=port)
    elif kind in ("timeout", "unreachable"):
        text = t("{host} did not answer on port {port}. Check the port and security (587 with "
                 "STARTTLS, 465 with SSL), and whether a firewall or your internet provider "
                 "blocks outgoing mail.", host=host, port=port)
    elif kind == "no_starttls":
        text = t("{host} does not offer STARTTLS on port {port}: choose SSL with port 465, or "
                 "the port your provider names.", host=host, port=port)
    elif kind == "tls_self_signed":
        text = t("The server's certificate is self-signed, so the app cannot tell it is really "
                 "{host}. Use your provider's official server name, or ask your IT person to "
                 "install a proper certificate.", host=host)
    elif kind == "tls_wrong_name":
        text = t("The server's certificate is made out to another name than {host}. Use the "
                 "exact server name your provider gives (often the certificate's name).",
                 host=host)
    elif kind == "tls_expired":
        text = t("The certificate of {host} has expired. Tell your provider or IT person; "
                 "nothing is sent until it is renewed.", host=host)
    elif kind == "tls_untrusted":
        text = t("The certificate of {host} is not trusted by this computer. Check the server "
                 "name, or ask your IT person.", host=host)
    elif kind == "tls":
        text = t("The secure connection to {host} failed. Check the security setting: port 465 "
                 "goes with SSL, port 587 with STARTTLS.", host=host)
    elif kind == "auth":
        text = t("{host} refused the login: check the user name (usually your full address) "
                 "and the password.", host=host)
        if provider is not None and provider.auth[0] != "password":
            text = " ".join([text, *advice(provider), t("How: {url}", url=provider.help_url)])
    elif kind == "auth_unsupported":
        text = t("{host} and the app found no login method they both know. Check the security "
                 "setting (a login needs STARTTLS or SSL).", host=host)
        if provider is not None and provider.auth[0] == "oauth2":
            text = " ".join([text, *advice(provider), t("How: {url}", url=provider.help_url)])
    elif kind == "sender":
        text = t("{host} refused to send from {address}: the sending address must belong to "
                 "the account you log in with.", host=host, address=settings.from_address)
    elif kind == "recipient":
        text = t("{host} refused the recipient address: check it.", host=host)
    elif kind == "closed":
        text = t("{host} closed the connection before the message was through. Try again "
                 "later; if it keeps happening, check the port and security, or ask your "
                 "provider whether it limits sending.", host=host)
    else:
        text = t("{host} did not take the message.", host=host)
    return " ".join([text, t("(The server said: {reason})", reason=failure.reason)])
