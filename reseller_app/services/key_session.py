"""Opening the company key's encrypted file for this session with the administrator's
passphrase (where there is no keyring; see ``services/company_key.py``).

Its own module because it needs both halves: the key file (``company_key``) and the holder's
sign-in (``people``: the lock after five wrong tries), and ``people`` already follows the key
file when a passphrase changes.

A database whose people were set up before the key file existed (no keyring, no key yet) gets
its key here, at the first signature: made with the passphrase of the administrator who gives
it (the one working, if an administrator, else the first), instead of a packet built unsigned.
"""

from __future__ import annotations

from reseller_app.domain.people import Role
from reseller_app.domain.texts import t
from reseller_app.services.company_key import CompanyKey, CompanyKeyService, KeyLocked
from reseller_app.services.context import AppContext
from reseller_app.services.people import PeopleService, Person


def _administrator(ctx: AppContext) -> Person | None:
    admins = [p for p in PeopleService(ctx).list(include_inactive=False)
              if p.role == Role.ADMINISTRATOR]
    working = [p for p in admins if ctx.person is not None and p.id == ctx.person.id]
    first = sorted(admins, key=lambda p: p.id)[:1]
    return (working or first)[0] if admins else None


def _to_make(ctx: AppContext, service: CompanyKeyService) -> Person | None:
    """The administrator whose passphrase the key is made with now: no key yet, no keyring."""
    if service.current() is not None or service.secrets.available():
        return None
    return _administrator(ctx)


def locked(ctx: AppContext) -> KeyLocked | None:
    """Whose passphrase signing needs first in this session (None: nothing to ask)."""
    service = CompanyKeyService(ctx)
    admin = _to_make(ctx, service)
    if admin is not None:
        return KeyLocked(t(
            "This computer has no system keyring: the company's signing key is made now, in a "
            "file encrypted with the passphrase of {person}, the administrator: give it to "
            "sign.", person=admin.name), admin.id, admin.name)
    return service.locked()


def unlock(ctx: AppContext, passphrase: str) -> CompanyKey:
    """Open the key for this session (or make it, see above); ``SignInError`` (wrong,
    counted; locked; inactive) or ``KeyUnavailable`` in words when it cannot be."""
    service, people = CompanyKeyService(ctx), PeopleService(ctx)
    admin = _to_make(ctx, service)
    if admin is not None:
        people.authenticate(admin.id, passphrase)
        return service.make_sealed(admin.id, admin.name, passphrase)
    return service.unlock(passphrase, people.authenticate)
