"""Opening the company key's encrypted file for this session with the administrator's
passphrase (where there is no keyring; see ``services/company_key.py``).

Its own module because it needs both halves: the key file (``company_key``) and the holder's
sign-in (``people``: the lock after five wrong tries), and ``people`` already follows the key
file when a passphrase changes.
"""

from __future__ import annotations

from reseller_app.services.company_key import CompanyKey, CompanyKeyService, KeyLocked
from reseller_app.services.context import AppContext
from reseller_app.services.people import PeopleService


def locked(ctx: AppContext) -> KeyLocked | None:
    """Whose passphrase signing needs first in this session (None: nothing to ask)."""
    return CompanyKeyService(ctx).locked()


def unlock(ctx: AppContext, passphrase: str) -> CompanyKey:
    """Open the key for this session; ``SignInError`` (wrong, counted; locked; inactive) or
    ``KeyUnavailable`` in words when it cannot be."""
    return CompanyKeyService(ctx).unlock(passphrase, PeopleService(ctx).authenticate)
