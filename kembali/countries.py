"""ISO 3166-1 countries and ISO 639 languages, from pycountry's maintained tables."""

from functools import cache

import pycountry
from django.utils.translation import gettext as _


@cache
def country_choices() -> list[tuple[str, str]]:
    return sorted(((c.alpha_3, c.name) for c in pycountry.countries), key=lambda pair: pair[1])


@cache
def _alpha3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_country(code: str) -> bool:
    return code in _alpha3_codes()


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code) if code else None
    return country.name if country else (code or _("unknown"))


@cache
def _language_codes() -> frozenset[str]:
    codes = set()
    for language in pycountry.languages:
        codes.add(language.alpha_3)
        if hasattr(language, "alpha_2"):
            codes.add(language.alpha_2)
    return frozenset(codes)


def is_language(code: str) -> bool:
    """An ISO 639-1 or 639-3 code, optionally with a BCP 47 script or region (bn, rhg, ps-AF)."""
    return code.split("-")[0].lower() in _language_codes()


def language_name(code: str) -> str:
    base = code.split("-")[0].lower()
    language = pycountry.languages.get(alpha_2=base) if len(base) == 2 else None
    language = language or pycountry.languages.get(alpha_3=base)
    return language.name if language else code
