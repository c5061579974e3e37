"""Dates in English text: years, fiscal years, quarters, month and year, full dates,
ranges of them, "since", "by".

A date comes back in ISO 8601 at the precision the text gives: "2009", "2009-04",
"2009-04-20"; a quarter or a run of months is a range ("April to June 2020" is 2020-04 to
2020-06). A year inside a name ("the 2000 UN TIP Protocol", "the Act of 2010") or a legal
reference ("Law 2014-37") is not a date; a year that qualifies a noun ("the 2008 law", "a
2021 survey") is one of kind "modifier"; the years that end a plan's name ("the National
Action Plan to Combat Modern Slavery 2020–25") are of kind "name": no period, no event, and
no figure; "since 2014" is of kind "since". A month or day
without its year ("on December 26", "in April") is a date only when the caller knows the
year it belongs to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
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
# "FY 2023", "fiscal year 2023": a year all the same.
_FISCAL = r"(?:(?:F?FY|fiscal\s+years?(?:\s+\(FY\))?|financial\s+years?)\s*)?"
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "1": 1, "2": 2, "3": 3, "4": 4,
            "one": 1, "two": 2, "three": 3, "four": 4}  # fmt: skip
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
# "the second half (H2) of 2020", "the first quarter (Q1) of 2023": the part's short name
_SHORT_NAME = r"(?:\((?-i:[A-Z][A-Z0-9]{0,4})\)\s+)?"


def _atom(tag: str) -> str:
    """One date: "20 April 2009", "April 20, 2009", "2009-04-20", "March 2013", "mid-2025"."""
    d, m, y = f"{tag}d", f"{tag}m", f"{tag}y"
    return (
        r"(?:"
        + rf"{_DAY.format(d)}\s+{_MONTH.format(m)},?\s+{_YEAR.format(y)}"
        # "Sept.12, 2007": an abbreviation's full stop may stand for the space
        + rf"|{_MONTH.format(m + '2')}(?:\s+|(?<=\.)){_DAY.format(d + '2')},\s+"
        + _YEAR.format(y + "2")
        + rf"|{_YEAR.format(y + '3')}-(?P<{m}3>[01]\d)-(?P<{d}3>[0-3]\d)"
        + rf"|(?:(?:early|mid|late)[-\s]+)?{_MONTH.format(m + '4')}\s+(?:of\s+)?"
        + _YEAR.format(y + "4")
        + rf"|(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[-\s]+)?{_FISCAL}"
        + _YEAR.format(y + "5")
        # "since 2013–14": a financial year, told by its first (a range's end, by its last)
        + rf"(?:[/–-](?P<{y}5f>\d\d)(?![\d/–-]))?"
        # "Mar '07": a month and its year's last two digits, as tables head their columns
        + rf"|{_MONTH.format(m + '6')}\s+['’](?P<{y}6>\d\d)(?![\d'’])"
        # "03.05.2013": day, month and year with dots, as European releases write them
        + rf"|(?<![\d.])(?P<{d}7>[0-3]?\d)\.(?P<{m}7>[01]?\d)\.{_YEAR.format(y + '7')}(?![\d.]\d)"
        + r")"
    )


DATE = re.compile(
    r"(?<![\w$€£¥-])(?:"
    + r"(?:the\s+)?(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\s+"
    + rf"{_SHORT_NAME}(?:of\s+)?{_YEAR.format('qy')}"
    # "Q1 2023", "Q1/2023", "2023 Q1"
    + rf"|Q(?P<quarter2>[1-4])\s*/?\s*{_YEAR.format('qy2')}"
    + rf"|{_YEAR.format('qy3')}\s*Q(?P<quarter3>[1-4])"
    # "Q1-Q3 2024", "Q2 to Q4 2023": a run of quarters
    + rf"|Q(?P<qa>[1-4])\s*(?:–|—|-|to)\s*Q(?P<qb>[1-4])\s+{_YEAR.format('qry')}"
    # "Quarter 2 2021", "quarter 1 of 2020", "Quarter 2 (April to June) 2021", "quarter four 2011"
    + r"|quarter\s+(?P<quarter4>[1-4]|one|two|three|four)\s+"
    + rf"(?:of\s+|\([^()]{{3,30}}\)\s+)?{_YEAR.format('qy5')}"
    # "H1 2021", "2021 H2": a half of a year
    + rf"|(?-i:H)(?P<half>[12])\s*{_YEAR.format('hay')}"
    + rf"|{_YEAR.format('hay2')}\s*(?-i:H)(?P<half2>[12])"
    # "the first three quarters of 2023", "the second half of 2022", "the first nine months of 2023"
    + r"|(?:the\s+)?(?P<part>first|second|last|final)\s+"
    + r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])?\s*"
    + rf"(?P<piece>quarters|half|months)\s+{_SHORT_NAME}(?:of\s+)?{_YEAR.format('py')}"
    # "the June 2017 quarter": a quarter named by its last month (New Zealand, Australia).
    + rf"|(?:the\s+)?{_MONTH.format('qm')}\s+{_YEAR.format('qy4')}\s+quarter\b"
    # "the June quarter 2019", "Jun Qtr 19": the same, the year after
    + rf"|(?:the\s+)?{_MONTH.format('qm2')}\s+quarter\s+(?:of\s+)?{_YEAR.format('qy6')}"
    + rf"|{_MONTH.format('qm3')}\s+Qtr\.?\s+['’]?(?P<qy7>\d\d)(?![\d%])"
    # "between January 1 and August 31, 2000", "January 9 to 15, 2011": a run of days, the
    # year written once
    + rf"|(?:(?:from|between)\s+)?{_MONTH.format('dm1')}\s+{_DAY.format('dd1')}\s*"
    + rf"(?:--|–|—|-|to|through|until|and)\s*(?:{_MONTH.format('dm2')}\s+)?"
    + rf"{_DAY.format('dd2')},?\s+{_YEAR.format('dy')}"
    # "3 to 9 December 2023": days of one month
    + r"|(?:(?:from|between)\s+)?(?P<yd1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:–|—|-|to|and|until)\s*"
    + rf"{_DAY.format('yd2')}\s+{_MONTH.format('ym')},?\s+{_YEAR.format('yy')}"
    # "1st April to 30th June 2021": the same, day first
    + rf"|(?:(?:from|between)\s+)?{_DAY.format('xd1')}\s+{_MONTH.format('xm1')}\s*"
    + rf"(?:--|–|—|-|to|through|until|and)\s*{_DAY.format('xd2')}\s+{_MONTH.format('xm2')},?\s+"
    + rf"{_YEAR.format('xy')}"
    + rf"|(?:(?:from|between)\s+)?{_MONTH.format('rm1')}\s*(?:--|–|—|-|to|through|until|and)\s*"
    + rf"{_MONTH.format('rm2')}(?:\s+quarter\s+of)?,?\s+{_YEAR.format('ry')}"
    # "the five years to 2014-15", "the 3 years ending 2022": a window of years ending then
    + r"|(?:the\s+)?(?P<nyears>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])"
    + r"\s+years?\s+"
    + r"(?:to|ending|ended|up\s+to)\s+(?P<ny1>(?:1[89]|20)\d\d)(?:[/–-](?P<ny2>\d\d))?(?![\d/-])"
    # "FY98", "FY 21": a fiscal year in two digits
    + r"|(?-i:F?FY)\s?'?(?P<fy98>\d\d)(?![\d/–-])"
    # "2022/23", "FY 2022-23": a financial year over two calendar years.
    # … "2015/2016", as Statistics Canada writes it
    + rf"|{_FISCAL}(?P<fin1>(?:1[89]|20)\d\d)"
    + r"(?:[/–-](?P<fin2>\d\d)|/(?P<fin4>(?:1[89]|20)\d\d))(?![\d/-])"
    + rf"|(?P<between>between)\s+{_atom('a')},?\s+and\s+{_atom('b')}"
    # "from 1 January 2011 up until 23 July 2019"
    + rf"|(?P<from>from)\s+{_atom('c')}\s+(?:up\s+)?(?:to|until|till|through)\s+{_atom('e')}"
    + rf"|{_atom('f')},?\s*(?:--|–|—|-|to|until|through)\s*{_atom('g')}"
    + rf"|(?P<since>since|by|until)\s+{_atom('h')}"
    # "since 1999–2004": a span of survey years, the time a change is measured from
    + r"(?:\s*[–—-]\s*(?P<hto>(?:1[89]|20)\d\d)(?![\d/-]))?"
    + rf"|{_atom('i')}"
    + r")(?![\w-])",
    re.IGNORECASE,
)

# Words before a number that make it a reference, not a date: "Law 2014-37".
REFERENCE = re.compile(
    # "§ 6320": the sign stands alone, with no word boundary before it
    r"(?:§{1,2}|\b(?:art(?:icle)?s?|sections?|sec|laws?|acts?|decrees?|regulations?|directives?|"
    r"resolutions?|chapters?|paragraphs?|para|clauses?|rules?|codes?|no|nos|numbers?|notes?|"
    r"footnotes?|pages?|pp?|vol|volume|bill|case|cases|ordinance|order|forms?|tables?|figures?|figs?|"
    r"charts?|graphs?|maps?|diagrams?|panels?|"
    # "type 2 diabetes", "stage 4 cancer", "category 5 hurricanes": a class's number
    r"types?|stages?|grades?|phases?|categor(?:y|ies)|"
    r"annex(?:es)?|appendix|appendices|exhibits?|boxe?s?|versions?|bulletins?|"
    # "National Outcome 9", "Goal 3", "Indicator 8.7.1": a framework's numbered aims
    r"outcomes?|goals?|indicators?|objectives?|"
    # "Recommendation 11 of the 2015/16 Annual Review", "Priority 2", "Action 4"
    r"recommendations?|priorit(?:y|ies)|pillars?|principles?|milestones?|actions?))\.?\s*"
    r"(?:no\.?\s*)?$",
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
    kind: str = "date"  # or "since" ("since 2014"), "modifier" ("the 2008 law"), "name" (a plan's)


# "July to September (Q3) 2023", "Q3 (July to September) 2023": a bracket that names the
# same quarter again, between the months and their year; read past, as blanks.
_QUARTER_NOTE = re.compile(
    r"(?<=[A-Za-z\d])\s*\((?:Q[1-4]|[A-Z][a-z]+\s+(?:to|-|–)\s+[A-Z][a-z]+)\)(?=\s+(?:1[89]|20)\d\d\b)"
)


# "between January and April of 2013": the "of" between a month and its year, read as a space
# so that the months run together.
_MONTH_OF = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?P<of>\s+of)(?=\s+(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)


def _blank_of(month: re.Match[str]) -> str:
    return month[0][: month.start("of") - month.start()] + " " * len(month["of"])


def part_of(part: DateSpan, whole: DateSpan) -> bool:
    """Whether `part` is a part of `whole`, a period or a span of them ("2015-01 to 2015-04"
    of 2015), and not the same."""
    first, last = whole.start, whole.until or whole.start
    end = part.until or part.start
    if (part.start, part.until) == (whole.start, whole.until):
        return False
    return part.start[: len(first)] >= first and end[: len(last)] <= last


# "99.4 percent of its 2002 average": the year a base is taken in, not the figure's.
_AGAINST_BASE = re.compile(r"\b(?:of|above|below|than|from)\s+(?:its|the|their)\s+$", re.I)
_BASE_PERIOD = re.compile(
    # "the 1991 to 2020 LTA": a long-term average, as water and weather reports shorten it
    r"\s*(?:long[- ]term\s+)?(?:average|mean|normal|norm|baseline|base\s+period|(?-i:LTA))\b",
    re.IGNORECASE,
)


_DECADE = re.compile(r"(?<=0)['’]s\b")
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


# "1000–2000", "between 1000 and 2000": a number before a year-like one makes it an amount.
_NUMBER_TO = re.compile(r"(?<![\w.,/–-])(?P<n>\d[\d,.]{2,})\s*(?:–|—|-|to|and)\s*$")
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d(?:[-/]\d\d)?")


def find_dates(
    text: str, year: str | None = None, written: str | None = None, financial: bool = False
) -> list[DateSpan]:
    """Every date expression in `text`, in order, without years inside names or references;
    with `year`, also the months and days written without one ("on December 26"), which a
    report `written` on a day of that year tells of as past: "December" in February is the
    December before."""
    spans = []
    blank = _QUARTER_NOTE.sub(
        lambda m: " " * len(m[0]), _WEEKDAY.sub(lambda m: " " * len(m[0]), text)
    )
    scanned = _MONTH_OF.sub(_blank_of, blank)
    for match in _date_matches(scanned):
        if _is_reference(text, match) or _is_name(text, match) or not _is_valid(match):
            continue
        if (low := _NUMBER_TO.search(text, max(0, match.start() - 20), match.start())) and not (
            _YEAR_LIKE.fullmatch(low["n"])
        ):
            continue  # "concentrations of 1000–2000 μg/m3": the top of a range of amounts
        named = _ENDS_A_NAME.search(text, max(0, match.start() - 80), match.start())
        if PRICE_BASE.match(text, match.end()):
            continue  # "in 1995 dollars": the base year of a price
        if _DECADE.match(text, match.end()) and _THE.search(text, 0, match.start()):
            continue  # "by the 2080's": a decade, as "the 2080s" is; "2019's report" is a year
        start, until = _iso_pair(match)
        if until is not None and len(until) == len(start) and until < start:
            start, until = until, start  # "decreased between 2019 and 2018"
        if match["rm1"] and until and _QUARTERS_AFTER.match(text, match.end()):
            # "the September and June 2011 quarters": from the start of the earlier quarter
            start = f"{start[:4]}-{max(int(start[5:7]) - 2, 1):02d}"
        begin = match.start()
        if weekday := _WEEKDAY_BEFORE.search(text, max(0, begin - 12), begin):
            begin = weekday.start()  # "Sunday, 08 April 2021": the day's name is the date's
        elif len(start) == 4 and (season := _SEASON_BEFORE.search(text, max(0, begin - 20), begin)):
            # "during fall 1993": the season is told with its year (its months depend on the
            # hemisphere, so the period stays the year)
            begin = season.start()
        stop = match.end()
        split = _SPLIT_YEAR_AFTER.match(text, stop)
        if (
            split
            and (_is_numbered_quarter(match) or match["piece"])
            and int(split["next"]) == (int(start[:4]) + 1) % 100
        ):
            # "quarter three of 2019/20", "the final six months of 2019/20": a part of the
            # financial year that runs from April
            start, until, stop = *_in_financial_year(start, until or start), split.end()
        start, until = whole_year(start, until)  # "January to December 2019" is 2019
        if until and start.endswith("-10") and (q4 := _Q4_TO_Q4.search(text, 0, begin)):
            start, until, begin = start[:4], None, q4.start()  # "… to fourth quarter 2006"
        if until is None and len(start) == 10 and _WEEK_ENDING.search(text, 0, match.start()):
            start, until = _week_before(start), start  # "week ending 20 January 2018"
        elif (
            until is None
            and len(start) == 7
            and start[5:] not in _YEAR_ENDS
            and _FINANCIAL_YEAR_TO.search(text, 0, begin)
        ):
            start, until = _financial_year_to_date(start)  # "the financial year to August 2022"
        elif until is None and len(start) >= 7 and _is_year_to(text, match.start()):
            start, until = _year_to(start)  # "the year ending March 2023"
            if fye := _FYE.search(text, 0, match.start()):
                begin = fye.start()  # "FYE March 2023" is one date
        elif until is None and len(start) >= 7 and (window := _MONTHS_TO.search(text, 0, begin)):
            start, until = _months_to(start, window)  # "the three months to April 2022"
        since = (
            (match["since"] or "").lower() == "since"
            or (
                _SINCE.search(text, max(0, match.start() - 80), match.start())
                and not _RUNS_TO.match(text, match.end())
            )
            or _SINCE_EVENT.search(text, max(0, match.start() - 110), match.start())
        )
        kind = "since" if since else "date"
        if _is_modifier(text, match):
            kind = "modifier"
        based = _BASE_PERIOD.match(text, match.end())
        if based and (until or _AGAINST_BASE.search(text, 0, match.start())):
            kind = "name"  # "below the 1971–2000 average", "of its 2002 average": a base's years
        if named or _is_target(text, match):
            kind = "name"  # "the National Action Plan to Combat Modern Slavery 2020–25"
        spans.append(DateSpan(begin, stop, start, until, text[begin:stop], kind))
    spans = _with_numeric_days(text, spans)
    if year is not None:
        if written and written[:4] == year and not _FUTURE.search(text):
            spans += _yearless(text, year, spans, written[:7], financial, now=written)
        else:
            spans += _yearless(text, year, spans, financial=financial, now=written)
        spans.sort(key=lambda d: d.begin)
    return spans


def _with_numeric_days(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """ "Released 20/10/2022": a day written in figures, when only one reading is a date (a
    day after the 12th); "12/09/2019", which may be either, stays the year it certainly is."""
    for match in _NUMERIC_DAY.finditer(text):
        first, second, year = int(match[1]), int(match[2]), match[3]
        if first > 12 >= second >= 1:
            day, month = first, second  # 20/10/2022: day first, as in most of the world
        elif second > 12 >= first >= 1:
            day, month = second, first  # 10/20/2022: month first, as in the United States
        else:
            continue
        iso = f"{year}-{month:02d}-{day:02d}"
        if not _is_real_date(iso):
            continue
        spans = [d for d in spans if not (match.start() <= d.begin < match.end())]
        spans.append(DateSpan(match.start(), match.end(), iso, None, match[0], "date"))
    return sorted(spans, key=lambda d: d.begin)


_NUMERIC_DAY = re.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?![\d/])")


def month_count(iso: str, last: bool = False) -> int:
    """ "2017-04" as a count of months; "2017" as its first month, or its last with `last`."""
    return int(iso[:4]) * 12 + (int(iso[5:7]) - 1 if len(iso) > 4 else 11 if last else 0)


def month_iso(count: int) -> str:
    """A count of months as its month ("2017-04"): what `month_count` counts, back."""
    return f"{count // 12}-{count % 12 + 1:02d}"


def whole_year(start: str, until: str | None) -> tuple[str, str | None]:
    """A run of months from January to December of one year is that year."""
    same_year = until and len(start) == len(until) == 7 and start[:4] == until[:4]
    if same_year and start[5:] == "01" and until and until[5:] == "12":
        return start[:4], None
    return start, until


# "Fourth quarter to fourth quarter 2006": a year's growth, measured between its last quarters.
_Q4_TO_Q4 = re.compile(r"\b(?:the\s+)?fourth\s+quarter\s+to\s+$", re.IGNORECASE)
_WEEK_ENDING = re.compile(r"\bweek\s+(?:ending|ended|to)\s+(?:on\s+)?$", re.IGNORECASE)
# "the year ending March 2023", "FYE March 2023", "the 12 months to 31 December 2021": the
# twelve months that end then.
_YEAR_ENDING = re.compile(
    r"(?:\b(?:(?:financial|fiscal|calendar)\s+)?year\s+(?:ending|ended|to)|\bFYE|"
    # "the year to end September 2020"
    r"\b(?:12|twelve)\s+months\s+(?:to|ending|ended))\s+(?:on\s+|(?:the\s+)?end\s+(?:of\s+)?)?"
    r"(?:\((?-i:[A-Z]{2,5})\)\s+)?$",  # "the financial year ending (FYE) March 2022"
    re.IGNORECASE,
)


# "the three months to April 2022", "the quarter ended 30 June 2021": the months that end then.
_MONTHS_TO = re.compile(
    r"\b(?:(?P<n>two|three|four|six|nine|[2-9]|1[01])[- ]months?|(?P<quarter>quarter))\s+"
    r"(?:to|ending|ended)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "six": 6, "nine": 9}


def _months_to(end: str, window: re.Match[str]) -> tuple[str, str | None]:
    """The months of `window` that end with the month of `end` ("2022-02" to "2022-04"); a
    day that ends no month is left as said."""
    if len(end) == 10 and (dt.date.fromisoformat(end) + dt.timedelta(days=1)).day != 1:
        return end, None
    n = 3 if window["quarter"] else _COUNTS.get(window["n"].lower()) or int(window["n"])
    return month_iso(month_count(end) - (n - 1)), end[:7]


# "Prices rose by 1.0% in the 12 months to March 2021": a price index's twelve-month rate is
# the rate of its month.
_PRICES = re.compile(r"\b(?:prices?|inflation|CPI\w*|RPI\w*|HICP|index)\b", re.IGNORECASE)


_FYE = re.compile(r"\bFYE\s+$")


def _is_year_to(text: str, begin: int) -> bool:
    lead_in = _YEAR_ENDING.search(text, 0, begin)
    if lead_in is None:
        return False
    return "month" not in lead_in.group().lower() or not _PRICES.search(text)


# "the financial year to August 2022": the months of the financial year so far, not twelve
# (a month that ends a financial year somewhere, as June does, is its whole year).
_FINANCIAL_YEAR_TO = re.compile(r"\bfinancial\s+year\s+to\s+(?:the\s+end\s+of\s+)?$", re.I)
_YEAR_ENDS = frozenset({"03", "06", "09", "12"})


def _financial_year_to_date(end: str) -> tuple[str, str]:
    """From April, when the financial year that `end` falls in began, to `end`'s month."""
    year, month = int(end[:4]), int(end[5:7])
    return f"{year if month >= 4 else year - 1}-04", end


def _year_to(end: str) -> tuple[str, str | None]:
    """The twelve months that end with the month of `end`; a calendar year as its year."""
    year, month = int(end[:4]), int(end[5:7])
    if len(end) == 10 and (dt.date.fromisoformat(end) + dt.timedelta(days=1)).day != 1:
        return end, None  # "the year to 15 March": not a whole month, left as said
    if month == 12:
        return str(year), None
    return f"{year - 1}-{month + 1:02d}", f"{year}-{month:02d}"


# "2019/20", "quarter three of 2019/20": a financial year, or a part of one, as told; what is
# told after it by its quarter alone ("in quarter four") is of it too.
FINANCIAL_YEAR_TOLD = re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)[/–-]\d\d$")
_SPLIT_YEAR_AFTER = re.compile(r"[/–-](?P<next>\d\d)(?![\d%])")


def _is_numbered_quarter(match: re.Match[str]) -> bool:
    return any(match[name] for name in ("quarter", "quarter2", "quarter3", "quarter4"))


def _financial_quarter(calendar: str) -> tuple[str, str]:
    """Quarter N of the financial year that starts in April of `calendar`'s year, from its
    calendar reading ("2019-07", quarter three): "2019-10" to "2019-12"."""
    return _in_financial_year(calendar, month_iso(month_count(calendar) + 2))


def _in_financial_year(start: str, until: str) -> tuple[str, str]:
    """The months `start` to `until` of a calendar year, read in the financial year that
    starts in April of it: "2019-07" to "2019-12" (the last six months) is "2019-10" to
    "2020-03"."""
    return month_iso(month_count(start) + 3), month_iso(month_count(until) + 3)


def _week_before(day: str) -> str:
    """The first day of the seven that end on `day`."""
    return (dt.date.fromisoformat(day) - dt.timedelta(days=6)).isoformat()


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """The DATE matches of `text`; a reference's year ends its match, so that "149/2018 - 28
    September 2018" is a release number, then a date, not one range."""
    position = 0
    while match := DATE.search(text, position):
        year = _FIRST_YEAR.search(match.group())
        if year and year.end() < len(match.group()) and _is_reference(text, match):
            yield match  # refused by the caller; the date may start after its year
            position = match.start() + year.end()
            continue
        yield match
        position = max(match.end(), match.start() + 1)


_FIRST_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_QUARTERS_AFTER = re.compile(r"\s+quarters\b", re.IGNORECASE)
_SINCE = re.compile(
    r"\b(?:since|prior\s+to)\s+(?:the\s+)?$"
    # "cases began increasing from late 2023", "an increase in cases from late 2023": when a
    # trend began, as "since" tells it
    r"|\b(?:increas\w*|ris\w*|rose|grow\w*|grew|fall\w*|fell|declin\w*|decreas\w*|"
    r"began|started)\b[^.;:\d]{0,50}?\bfrom\s+(?:(?:early|mid|late)[-\s]+)?$",
    re.IGNORECASE,
)
# "the lowest level … since the 2019/20 marketing year", "the highest level since May": the
# time a record is counted from.
SUPERLATIVE = (
    r"(?:first|highest|lowest|largest|smallest|biggest|best|worst|most|least|fewest|strongest|"
    r"weakest|fastest|slowest|greatest|sharpest|steepest)"
)
RECORD_SINCE = re.compile(rf"\b{SUPERLATIVE}\b[^.;]*\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_WORD = re.compile(r"since\s+(?:the\s+)?", re.IGNORECASE)


def record_since(text: str, date: DateSpan) -> bool:
    """ "the lowest since June 2022": the date a record counts from, whether or not the date's
    span holds its "since"."""
    since = _SINCE_WORD.match(date.text)
    end = date.begin + (since.end() if since else 0)
    return bool(RECORD_SINCE.search(text, max(0, date.begin - 100), end))


# "… from 100 in 2019 to 200 in 2020": a run from one time to another, no trend's start.
_RUNS_TO = re.compile(r"[^.;]{0,40}?\b(?:to|until|till|through)\b", re.IGNORECASE)
# "since the fall of the Duvalier dictatorship in 1986", "since BTS began collecting records in
# 1995": the year a "since" counts from, told with what began then.
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the\s+)?[^,;.()\d]{3,100}?\s+in\s+$"
    # "the lowest percentage reported since a peak of 76% in November 2022"
    r"|\bsince\s+an?\s+(?:peak|high|low|record|trough)\s+of\s+[^,;()]{1,30}?\s+in\s+$"
    # "continued the general decline that started in 2006": when a trend began
    r"|\b(?:decline|fall|rise|increase|growth|trend|drop|recovery)\s+(?:that|which)\s+"
    r"(?:started|began)\s+in\s+$",
    re.IGNORECASE,
)
# A month written without a year: "on December 26", "in April", "276 in February". "May"
# counts only with a day or after "in", since it is also a verb.
_YEARLESS = re.compile(
    r"(?<![\w-])(?:(?P<lead>in|on|during|by|until|to|from|since|of|through|and|,|as\s+at)\s+)?"
    r"(?:(?P<part>early|mid|late)(?:\s+|-))?"  # "by late May", "in mid-June"
    r"(?:(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?\s+(?=[A-Z]))?"  # "on 1 October"
    r"(?:(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)?+"  # not "July" of "July 24, 2017"
    # "As of Aug. 3": an abbreviated month only with its full stop and a day.
    r"|(?P<abbr>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s*(?P<aday>[0-3]?\d)\b)"
    r"(?![\w-]|,?\s+\d{4})"
)
_TODAY_BEFORE = re.compile(r"\btoday\s*\(\s*$", re.IGNORECASE)
_QUARTER_AFTER = re.compile(r"\s+quarter\b(?!\s+(?:of\s+)?\d{4})", re.IGNORECASE)
# "in the 3rd quarter" of a report on 2015: that year's quarter.
_YEARLESS_QUARTER = re.compile(
    r"(?<![\w-])(?:(?:the\s+)(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b"
    # "in quarter four", "in Quarter 2": the quarter, numbered after the word
    r"|(?<=\b[Ii]n\s)quarter\s+(?P<numbered>[1-4]|one|two|three|four)\b)"
    r"(?!\s+(?:of\s+)?(?:the\s+year\s+)?\d{4}|\s+\d{4}"
    # "the first quarter since September 2015 that …": an ordinal, not a date
    r"|\s+(?:since|in\s+which|when|that|to\s+show)\b)"
)


# A sentence that tells what is to come: "The next release will be on 15 March".
_FUTURE = re.compile(
    r"\b(?:will|next|due|scheduled|expected|planned|forthcoming|upcoming|to\s+be)\b", re.I
)


MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "Sunday, 08 April 2021", "between Monday, 04 April and Friday, 06 May 2022": a day's name
# before its date, read with it.
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY = re.compile(rf"\b{_WEEKDAY_NAME},?\s+(?=\d|{MONTH_NAME}\b)")
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY_NAME},?\s+$")
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_SEASON_BEFORE = re.compile(rf"\b(?:the\s+)?{_SEASON}\s+(?:of\s+)?$", re.IGNORECASE)
# "January to April", "from June through August": a run of months written without a year.
_YEARLESS_RUN = re.compile(
    rf"(?<![\w-])(?:(?:from\s+)?(?P<m1>{MONTH_NAME})\s*(?:to|through|until|–|—|-)\s*"
    # "Between April and June, 69,200 immigrants entered Canada": one run of months
    rf"|(?i:between)\s+(?P<m3>{MONTH_NAME})\s+and\s+)(?P<m2>{MONTH_NAME})(?![\w-]|,?\s+\d{{4}}|\s+\d)"
)


# "From January 9 to 15, citizens voted": a run of days in a month, the year not written.
_YEARLESS_DAYS = re.compile(
    rf"(?<![\w-])(?P<lead>(?i:from|between)\s+)?(?P<month>{MONTH_NAME})\s+(?P<d1>[0-3]?\d)\s*"
    r"(?:to|through|until|and|–|—|-)\s*(?P<d2>[0-3]?\d)(?![\w-]|,?\s+\d{4}|[.,]\d)"
    # … not "In January 2 to 3 percent moved": the days end their phrase, or "from" opens it
    r"(?(lead)(?!\s*(?:%|per\s*cent|percent))|(?=\s*(?:[,.;:)]|$)))"
)


def _yearless_runs(text: str, year: str, found: list[DateSpan]) -> list[DateSpan]:
    spans = []
    for match in _YEARLESS_DAYS.finditer(text):
        month = f"{year}-{MONTHS[match['month'].lower()]:02d}"
        start, until = f"{month}-{int(match['d1']):02d}", f"{month}-{int(match['d2']):02d}"
        if start < until and _is_real_date(start) and _is_real_date(until):
            spans.append(DateSpan(match.start(), match.end(), start, until, match[0], "date"))
    found = found + spans
    for match in _YEARLESS_RUN.finditer(text):
        if any(d.begin < match.end() and match.start() < d.end for d in found):
            continue
        first, last = (MONTHS[(match[m] or match["m3"]).lower()] for m in ("m1", "m2"))
        if first >= last:
            continue  # "November to February" crosses a year the text does not give
        start, until = f"{year}-{first:02d}", f"{year}-{last:02d}"
        if (
            match[0].lower().startswith("from")
            and last == first + 1
            and _CHANGED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            # "a drop of 35% from September to October": October's (but "rose by 30,800 from
            # April to June" is over the quarter)
            spans.append(DateSpan(match.start(), match.end(), until, None, match[0], "date"))
            continue
        spans.append(DateSpan(match.start(), match.end(), start, until, match[0], "date"))
    return spans


_CHANGED_BEFORE = re.compile(
    r"\b(?:rose|fell|increased|decreased|declined|dropped|grew|up|down|(?:increase|decrease|rise|"
    r"fall|drop|decline|change|growth)s?(?:\s+of)?)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


# "next April", "last March": a month told from the day the report was written.
_NEXT_OR_LAST = re.compile(r"\b(next|last)\s+$", re.IGNORECASE)


def _month_from(written: str, iso: str, ahead: bool) -> str:
    """The month `iso` names (its year ignored) after, or before, the month `written` is in."""
    year, month, now = int(written[:4]), iso[5:7], written[5:7]
    if ahead:
        return f"{year if month > now else year + 1}-{month}"
    return f"{year if month < now else year - 1}-{month}"


def _yearless(
    text: str,
    year: str,
    found: list[DateSpan],
    written: str | None = None,
    financial: bool = False,
    now: str | None = None,
) -> list[DateSpan]:
    """The months, days and quarters told without a year, of `year` ("next April" of the
    day the report was written, `now`, or of none when it was not told); a quarter alone is of
    the `financial` year that starts in April of `year` when the last told was ("quarter
    three of 2019/20 …, in quarter four")."""
    spans = _yearless_runs(text, year, found)
    found = found + spans
    for match in _YEARLESS.finditer(text):
        month = match["month"] or match["abbr"]
        if any(
            d.begin <= match.start() + len(match[0]) - 1 and match.start() < d.end for d in found
        ):
            continue
        if month == "May" and not (match["day"] or match["lead"] == "in" or match["part"]):
            continue
        iso = f"{year}-{MONTHS[month.lower()]:02d}"
        at = match.start("month" if match["month"] else "abbr")
        if relative := _NEXT_OR_LAST.search(text, max(0, at - 6), at):
            if not now:
                continue  # "as of next April" in a report of a year: which April is not told
            iso = _month_from(now, iso, relative[1].lower() == "next")
        elif written and _TODAY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            iso = f"{written[:4]}{iso[4:]}"  # "published today (07 February)": the release's year
        elif written and iso > written:
            iso = f"{int(year) - 1}{iso[4:]}"  # a month after the report's: the year before
        if day := match["day"] or match["day0"] or match["aday"]:
            iso += f"-{int(day):02d}"
        if not _is_real_date(iso):
            continue
        kind = "since" if match["lead"] == "since" else "date"
        begin = (
            match.start("day0")
            if match["day0"]
            else match.start("month" if match["month"] else "abbr")
        )
        if _BASED_ON.search(text, max(0, begin - 12), begin):
            kind = "modifier"  # "Based on Aug. 1 conditions"
        until = None
        if len(iso) == 10 and _WEEK_ENDING.search(text, 0, match.start()):
            iso, until = _week_before(iso), iso  # "in the week ending April 11"
        elif len(iso) == 7 and _QUARTER_AFTER.match(text, match.end()):
            # "in the September quarter": the quarter that ends that month
            iso, until = f"{iso[:5]}{max(int(iso[5:7]) - 2, 1):02d}", iso
        spans.append(DateSpan(begin, match.end(), iso, until, text[begin : match.end()], kind))
    for match in _YEARLESS_QUARTER.finditer(text):
        if any(d.begin <= match.start() < d.end for d in found):
            continue
        first = 3 * QUARTERS[(match["quarter"] or match["numbered"]).lower()] - 2
        start, until = f"{year}-{first:02d}", f"{year}-{first + 2:02d}"
        if financial:
            start, until = _financial_quarter(start)
        spans.append(DateSpan(match.start(), match.end(), start, until, match[0], "date"))
    return spans


def _is_valid(match: re.Match[str]) -> bool:
    """A real day of a real month: "31 February 2020" is not a date, nor "Q3-Q1 2024"."""
    if match["qa"] and match["qa"] >= match["qb"]:
        return False
    start, until = _iso_pair(match)
    return _is_real_date(start) and (until is None or _is_real_date(until))


def _is_real_date(iso: str) -> bool:
    import datetime as dt

    parts = [int(p) for p in iso.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


# A year that qualifies the noun after it: "the 2008 anti-trafficking law", "a 2021 survey",
# "its 2017 ban", "the country's 2019 budget".
# … not "report that 2006 was the 2nd warmest year", where the year is the subject
_MODIFIED = re.compile(
    r"\s+(?!(?:was|were|is|are|has|had|have|saw|remains?|remained)\b)"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
)
# "provisional 2019-20 outturn data", "revised 2021 estimates": an adjective, then the year.
_ADJECTIVE = re.compile(
    r"\b(?:[a-z]+(?:al|ary|ive)|revised|latest|previous|current|final|provisional|new|"
    r"additional|total|further)\s+$"
)
_OWNER = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|that|a|an)|['’]s)\s+$", re.I)


# "for the week ending December 23, 2016": a date that says what the data are of.
_DATING_A_NOUN = re.compile(
    r"\b(?:the|a)\s+(?:week|month|quarter|period|year)\s+(?:ending|ended)\s+(?:on\s+)?$", re.I
)


_OPENS_WITH_WEEK = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:in|during)\s+the\s+(?:week|month|quarter|period|year)\s+(?:ending|ended)\s+"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
_DATA_THROUGH = re.compile(r"\bdata\s+(?:through|up\s+to|until|to)\s+$", re.IGNORECASE)


# "$243 in 1995 dollars", "at constant 2015 prices": the base year of a price, not a date.
PRICE_BASE = re.compile(r"\)?\s+(?:constant\s+)?(?:dollars|prices|euros|pounds|yen)\b", re.I)


_BORN_IN = re.compile(
    r"\bborn\s+(?:in|during|between)\s+(?:(?:1[89]|20)\d\d\s*(?:,|and|or|to|–|-)\s*)?$",
    re.IGNORECASE,
)


def _is_modifier(text: str, match: re.Match[str]) -> bool:
    if _is_bare_year(match) and SURVEY_NAMED.match(text, match.end()):
        return True
    if _is_bare_year(match) and _SHORT_NAME_BEFORE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        return True  # "HFCS 2018": the survey's edition, the year its data are of
    if _DATING_A_NOUN.search(text, max(0, match.start() - 30), match.start()):
        # … but "In the week ending 10 January 2025, 14,416 deaths were registered" dates what
        # happened then, as "In 2019, …" would
        return not _OPENS_WITH_WEEK.match(text[: match.start()])
    if _BORN_IN.search(text, max(0, match.start() - 40), match.start()):
        return True  # "children born in 2015 and 2016": a cohort's years, no event
    if _DATA_THROUGH.search(text, max(0, match.start() - 30), match.start()):
        return True  # "will include monthly data through May 2016": what data cover
    if _BASED_ON.search(text, max(0, match.start() - 12), match.start()):
        return True  # "Based on Aug. 1 conditions": when what a forecast rests on was seen
    if not _is_bare_year(match):
        return False  # "the 2008 law", "our FY 2017 work", "the 2019-20 budget": a year
    before = text[max(0, match.start() - 12) : match.start()]
    after = text[match.end() : match.end() + 40]
    qualified = _OWNER.search(before) or _ADJECTIVE.search(before)
    return bool(qualified and _MODIFIED.match(after) and not _starts_with_month(after))


def _is_target(text: str, match: re.Match[str]) -> bool:
    """ "3.0% above the efficiency target for 2020", "19.9% away from the 2030 target": the
    year a target is set for, not the time a figure is of nor something that happened."""
    if not _is_bare_year(match):
        return False
    return bool(
        _TARGET_FOR.search(text, max(0, match.start() - 40), match.start())
        or (
            (
                _OWNER.search(text, max(0, match.start() - 12), match.start())
                # "national Healthy People 2020 incidence targets": a programme's targets
                or _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
            )
            and _TARGET_AFTER.match(text, match.end())
        )
    )


_NAME_BEFORE = re.compile(rf"\b(?!{MONTH_NAME}\b|(?i:{_SEASON})\b)[A-Z][a-z]+\s+$")


_TARGETS = r"(?:targets?|goals?|objectives?|ambitions?|deadlines?|milestones?)"
_TARGET_FOR = re.compile(rf"\b{_TARGETS}\s+(?:for|of|set\s+for)\s+(?:the\s+year\s+)?$", re.I)
_TARGET_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?{_TARGETS}\b")


# A survey or a census named with its year: the year its data are of.
# "the 2019-20 SCJS": a survey's short name
SURVEY_NAMED = re.compile(
    r"\s+(?:(?:[A-Z][\w'’-]*\s+){0,5}?(?:Survey|Census)\b|(?-i:[A-Z]{2,6})(?![\w'’-])(?!\s+(?-i:[A-Z])))"
)
_SHORT_NAME_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z]{2,6})\s+$")
_BASED_ON = re.compile(r"\bbased\s+on\s+$", re.IGNORECASE)


def _is_reference(text: str, match: re.Match[str]) -> bool:
    """ "Law 2014-37", "Law 60/2013", "Decree No. 12/2019": numbers of a legal text."""
    before = text[max(0, match.start() - 30) : match.start()]
    return bool(
        REFERENCE.search(before)
        or _NUMBERED_REFERENCE.search(before)
        or _SERIAL_BEFORE.search(before)
        or _CITATION_BEFORE.search(before)
    )


# "Release 149/2018", "OIG-17-97": a serial number of its year, which no month can be.
_SERIAL_BEFORE = re.compile(r"(?<![\w/.,-])(?:1[3-9]|[2-9]\d|\d{3,})/$")
# "(Becker et al. 2006)", "(Smith and Jones, 2019)", "(OIG-17-97-D, July 24, 2017)": when a
# cited work appeared, not what the report tells.
_CITATION_BEFORE = re.compile(
    r"(?:\bet\s+al\.?,?|\(\s*[A-Z][a-z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][a-z][\w'’-]*)?,?"
    r"|\b[A-Z]{2,}-[\w-]*\d[\w-]*,)\s*$"
)


def _is_name(text: str, match: re.Match[str]) -> bool:
    """ "the 2000 UN TIP Protocol", "Mexico: 2019 Trafficking in Persons Report", "the
    Counter-Trafficking in Persons Act of 2010": a year that is part of a name."""
    if not _is_bare_year(match) or re.match(r"FY|fiscal\s+year", match.group(0), re.I):
        return False  # "Fiscal Year 2013 Food for Peace Fact Sheet": that year's
    after = text[match.end() : match.end() + 40]
    before = text[max(0, match.start() - 40) : match.start()]
    if _NAMED_OF.search(before):
        return True
    if re.search(r"\bcoronavirus\s+disease\s+$", before, re.IGNORECASE):
        return True  # "Coronavirus disease 2019 (COVID-19)": the disease's name
    if SURVEY_NAMED.match(after):
        return False  # "the 2023 National Survey on Drug Use and Health": what its data are of
    followed_by_name = CAPITALISED.match(after) and not _starts_with_month(after)
    starts = not before.strip() or before.rstrip().endswith(":")
    return bool(followed_by_name and (starts or DETERMINER.search(before[-10:])))


# "the National Action Plan to Combat Modern Slavery 2020–25": a plan, a law or a programme
# named with its years (a publication's year, "Summary Report 2013", is often what it covers).
_ENDS_A_NAME = re.compile(
    r"\b(?-i:Plan|Strategy|Act|Programme|Program|Framework|Agenda|Vision|Policy|Initiative|"
    r"Compact)(?:\s+(?:to|for|of|on|and|the|(?-i:[A-Z])[\w'’-]*)){0,6}\s+$"
    # "the General Register Office Annual Report 2019", "the Coroners Annual Returns 2019"; not
    # "the Report for 2019", which covers that year
    r"|\b(?-i:Report|Returns|Review|Yearbook)(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+$"
)


# "the Counter-Trafficking in Persons Act of 2010", "the Payment Integrity Information Act of
# 2019": a capitalised name, then "of", then its year.
_NAMED_OF = re.compile(r"[A-Z][\w-]*\)?\s+of\s+$")


def _is_bare_year(match: re.Match[str]) -> bool:
    """A year alone ("2008", "FY 2017") or a financial year ("2019-20"), as a noun's
    modifier or a name's part is written; not a month, a day or a range."""
    if match["iy5"]:
        return match.group(0).endswith(match["iy5"])
    return bool(match["fin1"])


def _starts_with_month(text: str) -> bool:
    word = re.match(r"\s+(\w+)", text)
    return bool(word and word[1].lower() in MONTHS)


def _iso_pair(match: re.Match[str]) -> tuple[str, str | None]:
    for name, year in (
        ("quarter", "qy"),
        ("quarter2", "qy2"),
        ("quarter3", "qy3"),
        ("quarter4", "qy5"),
    ):
        if match[name]:
            first = 3 * QUARTERS[match[name].lower()] - 2
            return f"{match[year]}-{first:02d}", f"{match[year]}-{first + 2:02d}"
    if match["qa"]:
        first, last = 3 * int(match["qa"]) - 2, 3 * int(match["qb"])
        return f"{match['qry']}-{first:02d}", f"{match['qry']}-{last:02d}"
    if match["piece"]:
        return _part_of_year(match)
    if half := match["half"] or match["half2"]:
        year, first = match["hay"] or match["hay2"], 6 * int(half) - 5
        return f"{year}-{first:02d}", f"{year}-{first + 5:02d}"
    if month := match["qm"] or match["qm2"] or match["qm3"]:
        last = MONTHS[month.lower().rstrip(".")]
        year = match["qy4"] or match["qy6"] or f"20{match['qy7']}"
        return f"{year}-{max(last - 2, 1):02d}", f"{year}-{last:02d}"
    if match["nyears"]:
        last = int(match["ny1"])
        count = COUNTS.get(match["nyears"].lower()) or int(match["nyears"])
        end = fiscal_end(match["ny1"], match["ny2"]) if match["ny2"] else match["ny1"]
        return str(last - count + 1), end
    if match["fy98"]:
        return f"{19 if int(match['fy98']) >= 50 else 20}{match['fy98']}", None
    if match["fin1"]:
        return match["fin1"], match["fin4"] or fiscal_end(match["fin1"], match["fin2"])
    if match["dm1"]:
        year, days = match["dy"], []
        for month, day in ((match["dm1"], "dd1"), (match["dm2"] or match["dm1"], "dd2")):
            days.append(f"{year}-{MONTHS[month.lower().rstrip('.')]:02d}-{int(match[day]):02d}")
        return days[0], days[1]
    if match["ym"]:
        month = f"{match['yy']}-{MONTHS[match['ym'].lower().rstrip('.')]:02d}"
        return f"{month}-{int(match['yd1']):02d}", f"{month}-{int(match['yd2']):02d}"
    if match["xm1"]:
        year, days = match["xy"], []
        for m, d in (("xm1", "xd1"), ("xm2", "xd2")):
            days.append(f"{year}-{MONTHS[match[m].lower().rstrip('.')]:02d}-{int(match[d]):02d}")
        return days[0], days[1]
    if match["rm1"]:
        year = match["ry"]
        months = [MONTHS[match[m].lower().rstrip(".")] for m in ("rm1", "rm2")]
        return f"{year}-{months[0]:02d}", f"{year}-{months[1]:02d}"
    if match["between"]:
        return _iso(match, "a"), _last_year(match, "b")
    if match["from"]:
        return _iso(match, "c"), _last_year(match, "e")
    if any(match[f"fy{suffix}"] for suffix in ("", "2", "3", "4", "5", "6", "7")):
        return _iso(match, "f"), _iso(match, "g")
    if match["since"]:
        return _iso(match, "h"), match["hto"]
    return _iso(match, "i"), None


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11} | {str(n): n for n in range(2, 12)}  # fmt: skip


def _part_of_year(match: re.Match[str]) -> tuple[str, str]:
    """ "the first three quarters of 2023" is 2023-01 to 2023-09; "the second half" 07–12."""
    piece = match["piece"].lower()
    months = {"half": 6, "quarters": 3, "months": 1}[piece] * COUNTS.get(
        (match["count"] or "").lower(), 1
    )
    first = 1 if match["part"].lower() == "first" else 13 - months
    return f"{match['py']}-{first:02d}", f"{match['py']}-{first + months - 1:02d}"


def _last_year(match: re.Match[str], tag: str) -> str:
    """The end of a span: "between 2013–14 and 2016–17" runs to 2017, not 2016."""
    if end := match[f"{tag}y5f"]:
        return fiscal_end(match[f"{tag}y5"], end)
    return _iso(match, tag)


def fiscal_end(first: str, last: str) -> str:
    """The year a span written "1998-99" ends in: 1999; "1999-00" ends in 2000."""
    end = int(first[:2] + last[-2:])
    return str(end + 100 if end < int(first) else end)


def _iso(match: re.Match[str], tag: str) -> str:
    """The ISO date of atom `tag`, whichever of its seven forms matched."""
    groups = match.groupdict()
    for suffix in ("", "2", "3", "4", "5", "6", "7"):
        year = groups.get(f"{tag}y{suffix}")
        if year:
            if len(year) == 2:  # "Mar '07"
                year = f"{'19' if int(year) >= 50 else '20'}{year}"
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
