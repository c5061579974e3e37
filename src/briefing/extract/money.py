"""Currencies, by name, ISO code or sign, from Babel's currency data rather than a hand list.

"60 million Kenyan shillings", "KES 60 million", "CLP 1,200", "€2.1 million" and "baht"
each name one currency. A bare name that several currencies share ("pesos", "shillings",
"dollars") is the currency of a country the report names, else the most common one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

# A bare name shared by many currencies, when no country of the report uses one of them.
COMMON = {"dollar": "USD", "pound": "GBP", "euro": "EUR", "franc": "CHF", "peso": "MXN",
          "rupee": "INR", "shilling": "KES", "krone": "NOK", "kroner": "NOK", "kronor": "SEK",
          "dinar": "KWD", "riyal": "SAR", "dirham": "AED", "yen": "JPY", "yuan": "CNY"}  # fmt: skip
# Signs written before an amount.
SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "a$": "AUD",
         "c$": "CAD", "nz$": "NZD", "hk$": "HKD", "r$": "BRL", "ksh": "KES", "₹": "INR",
         "₦": "NGN", "₱": "PHP", "₩": "KRW", "₺": "TRY", "฿": "THB", "₵": "GHS"}  # fmt: skip


@dataclass(frozen=True)
class Currencies:
    """How the report's words name currencies: `countries` are ISO territory codes the
    report names, whose currencies a bare "pesos" or "shillings" means."""

    countries: tuple[str, ...] = ()
    dollar: str = "USD"  # what "$" means: the dollar of the one country named that has one
    _local: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for country in self.countries:
            for code in get_territory_currencies(country):
                for word in _bare_words(code):
                    self._local.setdefault(word, code)

    def code(self, words: str) -> str | None:
        """The ISO code of a currency named by `words` ("Kenyan shillings", "KES", "baht")."""
        lowered = " ".join(words.lower().split())
        if lowered in _names():
            return _names()[lowered]
        if words.isupper() and words in _codes():
            return words
        singular = _singular(lowered)
        if singular in self._local:
            return self._local[singular]
        owners = _bare().get(singular, frozenset())
        if len(owners) == 1:
            return next(iter(owners))
        return COMMON.get(singular) or COMMON.get(lowered)


def currencies_of(text: str) -> Currencies:
    """The currencies of the countries `text` (a report's title, author and lead) names, by
    name or as an adjective ("Australian", "Canadian"); "$" is the dollar of the one such
    country that has one, unless the text names the United States."""
    forms = _country_forms()
    found = list(dict.fromkeys(forms[m.group()] for m in _country_pattern().finditer(text)))
    dollars = {
        c for code in found for c in get_territory_currencies(code) if "dollar" in _bare_words_of(c)
    }
    american = bool(_AMERICAN.search(text))
    dollar = next(iter(dollars)) if len(dollars) == 1 and not american else "USD"
    return Currencies(tuple(found), dollar)


_AMERICAN = re.compile(r"\bU\.\s?S\.|\bUS\b|\bUnited\s+States\b|\bAmerican\b|\bUSD\b")


@cache
def _country_forms() -> dict[str, str]:
    """Each way a text names a country, to its code: "Australia", "Australian", "Canadian"."""
    forms: dict[str, str] = dict(_DOLLAR_REGIONS)
    for name, code in _countries().items():
        for form in (name, name + "n", *([name[:-1] + "ian"] if name.endswith("a") else [])):
            forms.setdefault(form, code)
    return forms


# States and provinces of the dollar countries whose own agencies report in their country's
# dollar: Babel names countries, not their parts. ("South Australia" names its country.)
_DOLLAR_REGIONS = {
    **dict.fromkeys(
        "New South Wales|NSW|Victoria|Victorian|Queensland|Qld|Tasmania|Tasmanian|"
        "Northern Territory|Australian Capital Territory".split("|"),
        "AU",
    ),
    **dict.fromkeys(
        "Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|"
        "New Brunswick|Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|"
        "Northwest Territories".split("|"),
        "CA",
    ),
}


@cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(_country_forms(), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b")


def _bare_words_of(code: str) -> set[str]:
    return set(_bare_words(code))


# Bare currency names that are English words first: "10,659 right kidneys" is no sum in
# special drawing rights, nor "three gold medals" one in troy ounces.
NOT_BARE = frozenset(
    "real won mark rand som kip vatu right gold silver platinum palladium unit value account "
    "currency)".split()
)


def name_pattern() -> str:
    """A regular expression for any currency name or code written after an amount."""
    bare = {w for w in _bare() if w not in NOT_BARE} | {
        f"{w}s" for w in _bare() if w not in NOT_BARE
    }
    words = sorted({*_names(), *bare, *COMMON}, key=len, reverse=True)
    names = "|".join(re.escape(w) for w in words)
    codes = "|".join(sorted(_codes()))
    return rf"(?i:{names})\b|(?:{codes})\b"


def code_pattern() -> str:
    """A regular expression for an ISO code or a sign written before an amount."""
    signs = "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True))
    codes = "|".join(sorted(_codes()))
    return rf"(?:(?<![A-Za-z])(?:{codes})\s?|(?i:{signs})\s?)$"


# Codes a report may write against an amount ("USD4,000"): the common ones, never one that
# is also an acronym ("SDG16" is a goal, not 16 Sudanese pounds).
GLUED = frozenset({*COMMON.values(), *SIGNS.values()})


def glued_code_pattern() -> str:
    """A look-behind for an ISO code written against the amount after it ("USD4,000")."""
    return "|".join(rf"(?<=(?<![A-Za-z]){code})" for code in sorted(GLUED))


def sign_code(sign: str) -> str | None:
    sign = sign.strip()
    return SIGNS.get(sign.lower()) or (sign if sign in _codes() else None)


@cache
def _codes() -> frozenset[str]:
    """Codes of currencies in use (not the historic ones)."""
    return frozenset(code for code, name in Locale("en").currencies.items() if "(" not in name)


@cache
def _names() -> dict[str, str]:
    """Full names, singular and plural, lower-cased: "kenyan shillings" is KES."""
    names: dict[str, str] = {}
    for code in sorted(_codes()):
        for count in (1, 2):
            names.setdefault(get_currency_name(code, count, "en").lower(), code)
    return names


@cache
def _bare() -> dict[str, frozenset[str]]:
    """The last word of each name ("shilling"), and the codes that share it."""
    owners: dict[str, set[str]] = {}
    for code in _codes():
        for word in _bare_words(code):
            owners.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in owners.items()}


def _bare_words(code: str) -> Iterable[str]:
    for count in (1, 2):
        name = get_currency_name(code, count, "en").lower()
        yield _singular(name.split()[-1])


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def _countries() -> dict[str, str]:
    """English country names to their codes, for the two-letter territories."""
    return {
        name: code
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha()
    }
