"""Country names in the user's language: ISO 3166-1 from pycountry (LGPL-2.1), whose gettext
catalogues translate them ("Germany", "Alemania", "Allemagne", "Alemanha", "Deutschland")."""

from __future__ import annotations

import gettext
from functools import cache

# Kosovo has no ISO 3166-1 code; XK is the user-assigned code the World Bank and the EU use.
# (Here, where the orders list reads it at start-up without importing domain.orders.)
USER_ASSIGNED_COUNTRIES = {"XK": "Kosovo"}


@cache
def _translate(language: str):
    import pycountry

    if language == "en":
        return str
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language],
                               fallback=True).gettext


@cache
def country_names(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) for every ISO 3166-1 country plus Kosovo (XK), sorted by name."""
    import pycountry  # imported on first use: it reads its data files

    words = _translate(language)
    pairs = {c.alpha_2: words(getattr(c, "common_name", None) or c.name)
             for c in pycountry.countries}
    pairs.update(USER_ASSIGNED_COUNTRIES)
    return tuple(sorted(pairs.items(), key=lambda kv: kv[1].casefold()))


@cache
def _names_by_code(language: str) -> dict[str, str]:
    return dict(country_names(language))


def country_name(code: str | None, language: str = "en") -> str:
    """The usual name of the country ``code`` (the code itself when it is not a country)."""
    if not code:
        return ""
    return _names_by_code(language).get(code.upper(), code)
