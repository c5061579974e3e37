"""Dates as statistical tables write them in a header cell.

Tables date their rows and columns tersely: "2023 Q3", "I-2020", "2023M01", "Jan 2023", "H1
2023", "2023p" (provisional), and, when the caption or another header gives the year, a month
or quarter alone ("January", "Q3", "3rd quarter", "Jan–Mar"). These forms are read only in a
header, which is a whole cell: in running text "I" and "May" mean other things.
"""

from __future__ import annotations

import re

from briefing.extract.dates import MONTHS, QUARTERS, find_dates, whole_year
from briefing.model import Period

# What follows a year to flag it: "2023p", "2022r", "2023*", "2023 (p)", "2021¹", "2012-13r".
# "2008pr", "2008pp": updated and preliminary, as Statistics Canada flags them.
_FLAG = re.compile(r"(?<=\d\d)\s*(?:\(?(?:pr|pp|[a-z])\)?|\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$", re.IGNORECASE)
# "July 1, 2008, number", "October 2013p, millions of dollars": what the column counts in,
# after its date.
_COUNTED_IN = re.compile(
    r",\s*(?:number(?:\s+of\s+\w+)?|persons|people|count|population"
    r"|(?:in\s+)?(?:thousands?|millions?|billions?)(?:\s+of\s+\w+)?)$",
    re.IGNORECASE,
)
# "March (p)", "Q2 (revised)": a flag in brackets after a month or a quarter.
_NOTED = re.compile(
    r"\s+\((?:p|r|e|f|provisional|revised|estimated?|prelim(?:inary)?)\)$|\*+$", re.IGNORECASE
)
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_SEP = r"\s*[-–/.:]?\s*"  # "2023 Q3", "2023-Q3", "2017: Mar." (a header over a header)
_QUARTER = (
    r"(?:Q(?P<q>[1-4])|(?P<qn>[1-4])Q|(?P<roman>IV|I{1,3})(?:\s+quarter)?"
    r"|(?:quarter|qtr\.?)\s*(?P<qw>[1-4])"
    r"|(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)"
)
_HALF = r"(?:H(?P<h>[12])|(?P<ho>first|second|1st|2nd)\s+half(?:[-\s]year)?(?:\s+of)?)"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_RUN = rf"(?P<m1>{_MONTH_NAMES})\.?\s*(?:–|—|-|to)\s*(?P<m2>{_MONTH_NAMES})\.?"
_PART = rf"(?:{_QUARTER}|{_HALF}|{_MONTH_RUN}|(?P<month>{_MONTH_NAMES})\.?)"
# The part and its year in either order ("Q1 2020", "2020-Q1", "2023M01", "2023 Jan"), or
# the part alone, which needs the year from elsewhere.
_HEADER_DATE = re.compile(
    rf"{_PART}(?:{_SEP}{_YEAR})?"
    rf"|{_YEAR.replace('?P<', '?P<y_')}{_SEP}"
    rf"(?:M(?P<mm>0[1-9]|1[0-2])|{_PART.replace('?P<', '?P<y_')})",
    re.IGNORECASE,
)

# A year counted up to a part of it: "2012 (thru 3Q)", "2024 through September", "2023 YTD Q2".
_TO_DATE = re.compile(
    rf"^{_YEAR}\s*\(?\s*(?:YTD\s*|(?:thru|through|to|until|up\s+to)\s+(?:the\s+end\s+of\s+)?)"
    r"(?P<part>[^()]+?)\)?$",
    re.IGNORECASE,
)


# I to XII: months as central European tables number them, and I to IV quarters.
ROMAN_NUMERALS = {
    numeral: number
    for number, numeral in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1)
}


def header_period(text: str, year: str | None = None, roman: bool = False) -> Period | None:
    """The period a header cell names, if it names nothing else; `year` dates a month or a
    quarter written alone; with `roman`, "I" to "XII" are the months of that year."""
    header = _NOTED.sub("", _FLAG.sub("", _COUNTED_IN.sub("", text.strip()))).strip()
    if roman and year and (month := ROMAN_NUMERALS.get(header.rstrip("."))):
        return Period(f"{year}-{month:02d}")
    if (to_date := _TO_DATE.match(header)) and (
        upto := header_period(to_date["part"], to_date["year"])
    ):
        return Period(f"{to_date['year']}-01", upto.end or upto.start)
    dates = find_dates(header, year)
    if dates and len(header) - (dates[0].end - dates[0].begin) <= 2:
        return Period(*whole_year(dates[0].start, dates[0].until))
    match = _HEADER_DATE.fullmatch(header)
    if match is None:
        return None
    parts = {k.removeprefix("y_"): v for k, v in match.groupdict().items() if v}
    if parts.keys() == {"roman"} and "quarter" not in header.lower():
        return None  # "II" alone may be anything
    year = parts.get("year", year)
    if year is None:
        return None
    first, last = _months(parts)
    if first == last:
        return Period(f"{year}-{first:02d}")
    return Period(*whole_year(f"{year}-{first:02d}", f"{year}-{last:02d}"))


def _months(parts: dict[str, str]) -> tuple[int, int]:
    """The first and last month the header's part of the year covers."""
    quarter = parts.get("q") or parts.get("qn") or parts.get("qw")
    if quarter or "roman" in parts or "qo" in parts:
        number = (
            int(quarter)
            if quarter
            else ROMAN_NUMERALS[parts["roman"].upper()]
            if "roman" in parts
            else QUARTERS[parts["qo"].lower()]
        )
        return 3 * number - 2, 3 * number
    if "h" in parts or "ho" in parts:
        half = int(parts["h"]) if "h" in parts else 1 if parts["ho"][0] in "f1" else 2
        return 6 * half - 5, 6 * half
    if "m1" in parts:
        return MONTHS[parts["m1"].lower()], MONTHS[parts["m2"].lower()]
    month = int(parts["mm"]) if "mm" in parts else MONTHS[parts["month"].lower()]
    return month, month
