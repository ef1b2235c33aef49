"""Proposing mail server settings from an e-mail address, with the shipped provider table.

Pure: the table comes in as data (``ProviderTable``, validated with pydantic when the service
loads ``resources/mail/providers.json``); ``propose(address, table)`` looks the address's
domain up and, for a domain the table does not know, guesses ``smtp.<domain>:587`` STARTTLS,
marked as a guess so the screens can say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from reseller_app.domain.texts import t

Security = Literal["starttls", "ssl"]
Auth = Literal["password", "app_password", "oauth2"]
# The port each security setting is published on by all providers in the table.
USUAL_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465}
GUESS_PORT, GUESS_SECURITY = 587, "starttls"


class Provider(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str = Field(min_length=1)
    domains: tuple[str, ...]
    host: str = Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}$")
    port: int = Field(ge=1, le=65535)
    security: Security
    login: Literal["address", "local_part"]  # the user name: the address, or before the @
    auth: tuple[Auth, ...] = Field(min_length=1)
    choice: bool
    notes: tuple[Literal["allow_external", "smtp_auth_admin", "two_step_app_password"], ...]
    help_url: str = Field(pattern=r"^https://[^\s]+$")

    @field_validator("domains")
    @classmethod
    def _domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for domain in value:
            if domain != domain.lower().strip() or "." not in domain or "@" in domain:
                raise ValueError(f"'{domain}' is not a lower-case domain")
        return value

    @model_validator(mode="after")
    def _reachable(self) -> Provider:
        if not self.domains and not self.choice:
            raise ValueError(f"{self.id}: no domain and not offered as a choice")
        if USUAL_PORTS[self.security] != self.port:
            raise ValueError(f"{self.id}: {self.security} on port {self.port}")
        return self


class ProviderTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str
    providers: tuple[Provider, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> ProviderTable:
        ids: set[str] = set()
        owner: dict[str, str] = {}
        for p in self.providers:
            if p.id in ids:
                raise ValueError(f"provider '{p.id}' twice")
            ids.add(p.id)
            for domain in p.domains:
                if domain in owner:
                    raise ValueError(f"domain '{domain}' in both '{owner[domain]}' and '{p.id}'")
                owner[domain] = p.id
        return self

    def by_domain(self, domain: str) -> Provider | None:
        domain = domain.lower().strip().rstrip(".")
        return next((p for p in self.providers if domain in p.domains), None)

    def by_id(self, provider_id: str) -> Provider | None:
        return next((p for p in self.providers if p.id == provider_id), None)

    def choices(self) -> tuple[Provider, ...]:
        """The providers offered by name (a company's own domain hosted by them)."""
        return tuple(p for p in self.providers if p.choice)


@dataclass(frozen=True)
class Proposal:
    """Server settings for an address; ``provider`` None and ``guess`` True when unknown."""

    address: str
    host: str
    port: int
    security: str
    login: str
    provider: Provider | None
    guess: bool


def address_domain(address: str) -> str | None:
    """The domain of ``name@domain.tld`` in lower case; None when it is not such an address."""
    local, at, domain = address.strip().rpartition("@")
    domain = domain.strip().lower().rstrip(".")
    if not at or not local or "." not in domain or any(c.isspace() for c in domain) \
            or domain.startswith(".") or ".." in domain:
        return None
    return domain


def propose(address: str, table: ProviderTable, provider_id: str | None = None) -> Proposal:
    """Settings for ``address``: its provider's, ``provider_id``'s when the user chose one (a
    company's own domain at Microsoft 365, say), else a guess. ValueError: not an address."""
    domain = address_domain(address)
    if domain is None:
        raise ValueError(address)
    address = address.strip()
    provider = table.by_id(provider_id) if provider_id else table.by_domain(domain)
    if provider is None:
        return Proposal(address, f"smtp.{domain}", GUESS_PORT, GUESS_SECURITY, address, None,
                        True)
    login = address.rpartition("@")[0] if provider.login == "local_part" else address
    return Proposal(address, provider.host, provider.port, provider.security, login,
                    provider, False)


def advice(provider: Provider) -> list[str]:
    """What the user must know to log in at ``provider``, in plain words (the help link is
    shown next to it)."""
    lines: list[str] = []
    first = provider.auth[0]
    if first == "oauth2":
        lines.append(t("{provider} is switching off logins with a plain password for other "
                       "programs: sign in with your Microsoft account (OAuth2) where the app "
                       "offers it.", provider=provider.name))
        if "app_password" in provider.auth:
            lines.append(t("Until then, with two-step verification on, an app password "
                           "works instead of your usual password."))
    elif first == "app_password":
        lines.append(t("{provider} needs an app password, not your usual password: switch on "
                       "two-step verification, create an app password for Channel Diligence "
                       "and type it here.", provider=provider.name))
        if "oauth2" in provider.auth:
            lines.append(t("Signing in with your account (OAuth2) works too where the app "
                           "offers it."))
    elif provider.login == "local_part":
        lines.append(t("Log in with the part of your address before the @ and your mail "
                       "password."))
    else:
        lines.append(t("Log in with your full e-mail address and your mail password."))
    for note in provider.notes:
        if note == "allow_external":
            lines.append(t("{provider} accepts other programs only after you allow POP3/IMAP "
                           "access in its web mail settings.", provider=provider.name))
        elif note == "smtp_auth_admin":
            lines.append(t("If the login is refused, your administrator must allow "
                           "\"Authenticated SMTP\" for this mailbox in Microsoft 365."))
        elif note == "two_step_app_password":
            lines.append(t("With two-step verification on, use an app-specific password."))
    return lines
