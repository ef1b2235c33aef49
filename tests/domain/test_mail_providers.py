"""The shipped provider table is complete and consistent; an address proposes its provider's
settings, an unknown domain a guess marked as such."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from pydantic import ValidationError

from reseller_app.domain.mail_providers import (
    USUAL_PORTS,
    ProviderTable,
    address_domain,
    advice,
    propose,
)


def raw_table() -> dict:
    path = resources.files("reseller_app.resources") / "mail" / "providers.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def table() -> ProviderTable:
    return ProviderTable.model_validate(raw_table())


def test_every_entry_is_complete_and_consistent(table):
    for p in table.providers:
        assert p.name and p.host and p.help_url.startswith("https://")
        assert p.port == USUAL_PORTS[p.security]
        assert p.domains or p.choice, p.id
        assert advice(p), p.id
    domains = [d for p in table.providers for d in p.domains]
    assert len(domains) == len(set(domains))


@pytest.mark.parametrize("address, provider, host, port, security", [
    ("anna@outlook.com", "outlook", "smtp-mail.outlook.com", 587, "starttls"),
    ("anna@Hotmail.com", "outlook", "smtp-mail.outlook.com", 587, "starttls"),
    ("anna@live.com", "outlook", "smtp-mail.outlook.com", 587, "starttls"),
    ("anna@gmail.com", "gmail", "smtp.gmail.com", 465, "ssl"),
    ("anna@googlemail.com", "gmail", "smtp.gmail.com", 465, "ssl"),
    ("anna@icloud.com", "icloud", "smtp.mail.me.com", 587, "starttls"),
    ("anna@me.com", "icloud", "smtp.mail.me.com", 587, "starttls"),
    ("anna@mac.com", "icloud", "smtp.mail.me.com", 587, "starttls"),
    ("anna@ionos.de", "ionos", "smtp.ionos.de", 587, "starttls"),
    ("anna@1und1.de", "ionos", "smtp.ionos.de", 587, "starttls"),
    ("anna@strato.de", "strato", "smtp.strato.de", 465, "ssl"),
    ("anna@gmx.de", "gmx", "mail.gmx.net", 587, "starttls"),
    ("anna@gmx.net", "gmx", "mail.gmx.net", 587, "starttls"),
    ("anna@gmx.com", "gmx_com", "mail.gmx.com", 587, "starttls"),
    ("anna@web.de", "webde", "smtp.web.de", 587, "starttls"),
    ("anna@orange.fr", "orange", "smtp.orange.fr", 465, "ssl"),
    ("anna@free.fr", "free", "smtp.free.fr", 465, "ssl"),
    ("anna@movistar.es", "movistar", "smtp.movistar.es", 465, "ssl"),
    ("anna@zoho.com", "zoho", "smtp.zoho.com", 465, "ssl"),
    ("anna@zoho.eu", "zoho_eu", "smtp.zoho.eu", 465, "ssl"),
    ("anna@yahoo.com", "yahoo", "smtp.mail.yahoo.com", 465, "ssl"),
])
def test_a_known_address_proposes_its_providers_settings(table, address, provider, host, port,
                                                         security):
    proposal = propose(f"  {address} ", table)
    assert proposal.provider is not None and proposal.provider.id == provider
    assert (proposal.host, proposal.port, proposal.security) == (host, port, security)
    login = address.partition("@")[0] if provider == "free" else address
    assert proposal.login == login and not proposal.guess


def test_a_company_domain_is_a_guess_unless_a_provider_is_chosen(table):
    guess = propose("einkauf@nordlicht-it.de", table)
    assert guess.guess and guess.provider is None
    assert (guess.host, guess.port, guess.security) == ("smtp.nordlicht-it.de", 587, "starttls")
    chosen = propose("einkauf@nordlicht-it.de", table, "microsoft365")
    assert not chosen.guess and chosen.host == "smtp.office365.com" and chosen.port == 587
    assert {p.id for p in table.choices()} >= {"microsoft365", "google_workspace", "ionos",
                                               "strato", "ovh"}


@pytest.mark.parametrize("text", ["", "anna", "anna@", "@gmail.com", "anna@localhost",
                                  "anna@gmail..com", "anna@gm ail.com"])
def test_not_an_address(table, text):
    assert address_domain(text) is None
    with pytest.raises(ValueError):
        propose(text, table)


def test_advice_names_app_passwords_and_oauth2(table):
    assert "app password" in " ".join(advice(table.by_id("gmail")))
    assert "OAuth2" in " ".join(advice(table.by_id("outlook")))
    assert "POP3/IMAP" in " ".join(advice(table.by_id("webde")))


@pytest.mark.parametrize("change, words", [
    (lambda t: t["providers"][1]["domains"].append("gmail.com"), "in both"),
    (lambda t: t["providers"][0].update(port=465), "starttls on port 465"),
    (lambda t: t["providers"][0].pop("help_url"), "help_url"),
    (lambda t: t["providers"][0].update(security="tls"), "security"),
    (lambda t: t["providers"][1].update(choice=False), "not offered as a choice"),
])
def test_a_broken_table_is_refused(change, words):
    data = raw_table()
    change(data)
    with pytest.raises(ValidationError) as exc:
        ProviderTable.model_validate(data)
    assert words in str(exc.value)
