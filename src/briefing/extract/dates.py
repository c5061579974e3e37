"""Dates in English text: years, month and year, full dates, ranges, "since", "by".

A date comes back in ISO 8601 at the precision the text gives: "2009", "2009-04",
"2009-04-20". A year inside a name ("the 2000 UN TIP Protocol", "the 1998 Penal
Code") or a legal reference ("Law 2014-37") is not a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<{}>(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?)"
_YEAR = r"(?P<{}>1[89]\d\d|20\d\d)(?![\d,.]\d|\s*(?:%|percent|per cent))"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"


def _atom(tag: str) -> str:
    """One date: "20 April 2009", "April 20, 2009", "2009-04-20", "March 2013", "mid-2025"."""
    d, m, y = f"{tag}d", f"{tag}m", f"{tag}y"
    return (
        r"(?:"
        + rf"{_DAY.format(d)}\s+{_MONTH.format(m)},?\s+{_YEAR.format(y)}"
        + rf"|{_MONTH.format(m + '2')}\s+{_DAY.format(d + '2')},\s+{_YEAR.format(y + '2')}"
        + rf"|{_YEAR.format(y + '3')}-(?P<{m}3>[01]\d)-(?P<{d}3>[0-3]\d)"
        + rf"|(?:(?:early|mid|late)[-\s]+)?{_MONTH.format(m + '4')}\s+{_YEAR.format(y + '4')}"
        + rf"|(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[-\s]+)?{_YEAR.format(y + '5')}"
        + r")"
    )


DATE = re.compile(
    r"(?<![\w$€£¥-])(?:"
    + rf"(?P<between>between)\s+{_atom('a')}\s+and\s+{_atom('b')}"
    + rf"|(?P<from>from)\s+{_atom('c')}\s+(?:to|until|till|through)\s+{_atom('e')}"
    + rf"|{_atom('f')}\s*(?:–|—|-|to|until|through)\s*{_atom('g')}"
    + rf"|(?P<since>since|by|until)\s+{_atom('h')}"
    + rf"|{_atom('i')}"
    + r")(?![\w-])",
    re.IGNORECASE,
)

# Words before a number that make it a reference, not a date: "Law 2014-37".
REFERENCE = re.compile(
    r"\b(?:art(?:icle)?s?|sections?|sec|§|laws?|acts?|decrees?|regulations?|directives?|"
    r"resolutions?|chapters?|paragraphs?|para|clauses?|rules?|codes?|no|nos|numbers?|notes?|"
    r"footnotes?|pages?|pp?|vol|volume|bill|case|cases|ordinance|order)\.?\s*(?:no\.?\s*)?$",
    re.IGNORECASE,
)
_NUMBERED_REFERENCE = re.compile(REFERENCE.pattern.removesuffix("$") + r"\d+[/.-]$", re.IGNORECASE)
DETERMINER = re.compile(r"\b(?:the|its|their|his|her|our|this|that|a|an)\s+$", re.IGNORECASE)
CAPITALISED = re.compile(r"\s+(?:[A-Z][\w'’.-]*|[A-Z]{2,})")


@dataclass(frozen=True)
class DateSpan:
    """A date expression found at `begin:end` of a text."""

    begin: int
    end: int
    start: str
    until: str | None  # end of a range; None for a single date
    text: str


def find_dates(text: str) -> list[DateSpan]:
    """Every date expression in `text`, in order, without years inside names or references."""
    spans = []
    for match in DATE.finditer(text):
        if _is_reference(text, match) or _is_name(text, match):
            continue
        start, until = _iso_pair(match)
        spans.append(DateSpan(match.start(), match.end(), start, until, match[0]))
    return spans


def _is_reference(text: str, match: re.Match[str]) -> bool:
    """ "Law 2014-37", "Law 60/2013", "Decree No. 12/2019": numbers of a legal text."""
    before = text[max(0, match.start() - 30) : match.start()]
    return bool(REFERENCE.search(before) or _NUMBERED_REFERENCE.search(before))


def _is_name(text: str, match: re.Match[str]) -> bool:
    """ "the 2000 UN TIP Protocol": a bare year after a determiner, before a capitalised word."""
    if not match["iy5"] or match.group(0) != match["iy5"]:
        return False
    after = text[match.end() : match.end() + 40]
    before = text[max(0, match.start() - 10) : match.start()]
    followed_by_name = CAPITALISED.match(after) and not _starts_with_month(after)
    return bool(followed_by_name and DETERMINER.search(before[-10:]))


def _starts_with_month(text: str) -> bool:
    word = re.match(r"\s+(\w+)", text)
    return bool(word and word[1].lower() in MONTHS)


def _iso_pair(match: re.Match[str]) -> tuple[str, str | None]:
    if match["between"]:
        return _iso(match, "a"), _iso(match, "b")
    if match["from"]:
        return _iso(match, "c"), _iso(match, "e")
    if match["fy"] or match["fy2"] or match["fy3"] or match["fy4"] or match["fy5"]:
        first, second = _iso(match, "f"), _iso(match, "g")
        return first, second
    if match["since"]:
        return _iso(match, "h"), None
    return _iso(match, "i"), None


def _iso(match: re.Match[str], tag: str) -> str:
    """The ISO date of atom `tag`, whichever of its five forms matched."""
    groups = match.groupdict()
    for suffix in ("", "2", "3", "4", "5"):
        year = groups.get(f"{tag}y{suffix}")
        if year:
            month = groups.get(f"{tag}m{suffix}")
            day = groups.get(f"{tag}d{suffix}")
            iso = year
            if month:
                number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
                iso += f"-{number:02d}"
                if day:
                    iso += f"-{int(day):02d}"
            return iso
    raise ValueError(f"no date in atom {tag!r} of {match[0]!r}")
