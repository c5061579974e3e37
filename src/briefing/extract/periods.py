"""Which period each figure of a sentence is about: the date of the clause that states it.

For a figure, in this order:
1. a date of its own clause: the one right after it ("91 victims in 2020") before the next
   figure, else the one right before it ("In 2020, the government identified 91"), else the
   nearest; dates listed together ("in 2017 and 2023") give their span;
2. in an aside that breaks a figure down ("41 victims (30 women and 11 men)"), the period of
   the figure it breaks down;
3. in a comparison without a date, a relative one ("the previous year": a year before the
   main clause's), else none: a comparison never borrows the main clause's date;
4. in a main clause without a date, the date of another main clause of the sentence, else
   the `fallback` the caller knows (the figure this sentence breaks down, the paragraph's
   date, the section's, the report's).

"since 2014" is never a period by itself; "since 1 January 2024" starts one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from briefing.extract.changes import FALL, NOUN_FALL, NOUN_RISE, RISE
from briefing.extract.clauses import (
    Clause,
    clauses,
    date_owner,
    dateline_end,
    governing,
    outer_clause,
)
from briefing.extract.dates import DateSpan, find_dates, month_count, month_iso, record_since
from briefing.extract.numbers import WORD_VALUES, Quantity
from briefing.model import Period

PREVIOUS = re.compile(
    r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<unit>year|quarter|month|week)\b"
    r"|\b(?:a|one)\s+(?P<unit2>year)\s+(?:earlier|ago|before)\b"  # "one year before, …"
    # "from five years earlier"
    r"|\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit5>year|quarter|month)s"
    r"\s+(?:earlier|ago|before)\b"
    r"|\bthe\s+(?P<unit3>year|quarter|month|week)\s+before\b"
    r"|\bthe\s+same\s+(?:period|time|quarter|month|week|date|day)\s+(?:(?:of\s+)?(?:last|the\s+previous)|a)\s+"
    r"(?P<unit4>year)\b",
    re.IGNORECASE,
)


# "(33%) decrease from", "(5%) higher than": what comes between a change and the time it is
# measured from.
# "1% on the previous year": the time a change is measured against, not the change's own.
_ON_BASE = re.compile(
    r"\s+(?:on|over|compared\s+(?:with|to)|against)\s+(?:the\s+)?(?:previous|prior|preceding|"
    r"same|corresponding)\b",
    re.IGNORECASE,
)
_CHANGED_SINCE = re.compile(
    r"\b(?:increase|decrease|rise|fall|drop|decline|growth|up|down|higher|lower|more|less|"
    r"fewer)\b",
    re.IGNORECASE,
)


# "the median gap from 2019 of £750", "the rate in 2015 of 4.1%": the value that date had.
_OF_VALUE = r"of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?"
# "an increase from end June 2012 of 9.1%": a change measured from then, of now
_CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:increase|decrease|rise|fall|drop|decline|growth|change|reduction)\s+(?:from|since)\s+"
    r"(?:(?:the\s+)?end\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_DATE_OF = re.compile(rf"\s+{_OF_VALUE}", re.IGNORECASE)
# "the 2019 fuel poverty rate of 24.6%": the value of what that year names
_NAMED_OF = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,4}}{_OF_VALUE}", re.IGNORECASE)
# "compared to the same period in the previous year": the base a change is measured from,
# not the period the figure is of.
_NOT_OF_A_BASE = "".join(
    f"(?<!same {unit} )" for unit in ("period", "quarter", "month", "week", "time")
)
# "The previous week's level", "last year's total": what is told is of that earlier time.
_OF_EARLIER = re.compile(
    r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:year|quarter|month|week)['’]s\b"
    # "In the previous month, sales were …"
    r"|" + _NOT_OF_A_BASE + r"\b(?:in|during)\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:year|quarter|month|week)\b",
    re.IGNORECASE,
)
_CAUSE = re.compile(
    r"\b(?:boosted|driven|caused|hit|hampered|affected|helped|supported)\s+by\b"
    r"|\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of|owing\s+to|thanks\s+to)\b",
    re.IGNORECASE,
)
_FROM_VALUE = re.compile(r"\bfrom\s+[$€£]?\d[\d,.]*(?:\s+[a-z]+)?\s+$", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast\s+year\b(?!['’])", re.IGNORECASE)
_BASE_BEFORE = re.compile(
    r"\b(?:same|corresponding|from|than|since|on|over|compared\s+(?:with|to)|against|"
    r"relative\s+to)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "This followed a 4.1% rise in the previous month.": the figure is of the month before
# (but "120,000 more than in the previous month" is of now, how far from then).
_IN_EARLIER = re.compile(
    r"(?:(?!\bthan\b)[^,;()\d]){0,30}?"
    + _NOT_OF_A_BASE
    + r"\b(?:in|during)\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:year|quarter|month|week)\b",
    re.IGNORECASE,
)


# "down 2% from 2024", "up 13% from last year": a figure compared with a year is of a year.
ANNUAL = re.compile(
    r"\b(?:from|over|than(?:\s+in)?|compared\s+(?:with|to))\s+"
    r"(?:last\s+year|(?P<year>(?:19|20)\d\d))\b(?![/–-]\d)",
    re.IGNORECASE,
)
THIS = re.compile(
    r"\bthis\s+(?P<unit>year|quarter)\b"
    # "rose during a year by 3.6%" in a December release: over the year
    r"|\b(?:during|over)\s+(?:a|the)\s+(?P<unit2>year)\b",
    re.IGNORECASE,
)


def _earlier(iso: str, months: int) -> str:
    """ "2017-04" three months earlier is "2017-01"; "2017" a year earlier "2016"."""
    parts = iso.split("-")
    if len(parts) == 1:
        return str(int(parts[0]) - max(months // 12, 1))
    rest = f"-{parts[2]}" if len(parts) == 3 else ""
    return f"{month_iso(month_count(iso[:7]) - months)}{rest}"


class Dated(NamedTuple):
    period: Period | None
    main: bool  # stated in a main clause (not a comparison or an aside)
    kind: str  # the kind of its clause: "main", "concession", "comparison" or "aside"
    related: int | None  # an aside's host, a comparison's main figure (their positions)


def figure_periods(
    sentence: str,
    quantities: Sequence[Quantity],
    dates: Sequence[DateSpan],
    fallback: Period | None,
) -> list[Dated]:
    """The period of each of `quantities` in `sentence`, whose dates are `dates`. The date of
    the value a change went from ("rose 9%, from 2,131 in 2022 to 2,314") dates that value
    (when it is a figure of its own) but neither the 9% nor 2,314."""
    dates = _parallel(sentence, dates)
    dated = _dated(sentence, quantities, dates, fallback)
    old = [d for d in dates if dates_an_old_value(sentence, d)]
    if old:
        new = _dated(sentence, quantities, [d for d in dates if d not in old], fallback)
        dated = [
            dated[i] if _opens_from(sentence, q, old) else new[i] for i, q in enumerate(quantities)
        ]
    dated = [_since_value(sentence, quantities, dates, dated, i) for i in range(len(dated))]
    return [_level_reached(sentence, quantities, dated, i) for i in range(len(dated))]


# "… compared to the previous year (from 11,068 to 10,529)": the level a change reached;
# "rose 5% on the previous month to 4,200": the same, told after the time it is measured from
_TO_AFTER_FROM = re.compile(
    r"\bfrom\s+[$€£]?\d[\d,.]*(?:\s+[a-z]+)?\s+to\s+[$€£]?$"
    r"|\b(?:on|over|against|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?(?:previous|preceding|"
    r"prior|same|last)\b[^;()]{0,40}?\s+to\s+[$€£]?$",
    re.I,
)


def _level_reached(
    sentence: str, quantities: Sequence[Quantity], dated: list[Dated], i: int
) -> Dated:
    """The level a change reached, told undated in its comparison's bracket, is of the main
    clause's time, not of the time it is compared with."""
    if dated[i].kind != "comparison" or not _TO_AFTER_FROM.search(
        sentence, max(0, quantities[i].begin - 40), quantities[i].begin
    ):
        return dated[i]
    main = next((d for d in dated if d.main and d.period), None)
    if main is None or _OWN_DATE_BETWEEN.search(
        sentence, max(0, quantities[i].begin - 40), quantities[i].begin
    ):
        return dated[i]
    return Dated(main.period, False, dated[i].kind, dated[i].related)


_OWN_DATE_BETWEEN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _dated(
    sentence: str,
    quantities: Sequence[Quantity],
    dates: Sequence[DateSpan],
    fallback: Period | None,
) -> list[Dated]:
    found = _Sentence(sentence, quantities, dates, fallback)
    return [
        Dated(period, home.kind == "main" and home.depth == 0, found.kind(i), found.related(i))
        for i, (period, home) in enumerate(zip(found.periods(), found.homes, strict=True))
    ]


_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s+[$€£]?$", re.IGNORECASE)


def _opens_from(sentence: str, quantity: Quantity, old: Sequence[DateSpan]) -> bool:
    """Whether `quantity` is the value a change went from, its date among `old` just after it."""
    return bool(_FROM_RIGHT_BEFORE.search(sentence, 0, quantity.begin)) and any(
        0 <= d.begin - quantity.end < 60 for d in old
    )


_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_WHEN_THEN = re.compile(r",?\s+when\s+[^,;.()\d]{0,40}")


def _since_value(
    sentence: str,
    quantities: Sequence[Quantity],
    dates: Sequence[DateSpan],
    dated: list[Dated],
    i: int,
) -> Dated:
    """ "the highest number of cases reported since 2013 (9,556)": the number in brackets is
    2013's, what the sentence's figure is compared with."""
    quantity = quantities[i]
    since = next(
        (
            d
            for d in dates
            if d.kind == "since"
            and (
                _BRACKET_OPENS.fullmatch(sentence, d.end, quantity.begin)
                # "the fewest … since 2000, when only 231 people were killed": 2000's
                or _WHEN_THEN.fullmatch(sentence, d.end, quantity.begin)
            )
        ),
        None,
    )
    if since is None:
        return dated[i]
    hosts = [j for j in range(i) if dated[j].main and quantities[j].unit == quantity.unit]
    period = Period(since.start, since.until)
    return Dated(period, False, "comparison", hosts[-1] if hosts else None)


# "…, while one year before, the corresponding figure …": the words before a main clause's own
_CLAUSE_LEAD = re.compile(r"[\s,;]*(?:(?:while|whereas|and|but)\s+)?", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")


class _Sentence:
    def __init__(
        self,
        text: str,
        quantities: Sequence[Quantity],
        dates: Sequence[DateSpan],
        fallback: Period | None,
    ) -> None:
        self.text, self.quantities = text, quantities
        self.fallback = _at_precision(text, fallback)
        self.spans = clauses(text)
        # A dateline's date says when the text was written, not what its figures are of.
        written = dateline_end(text)
        self.dates = [
            _same_months(text, _counted_from(text, d, self.fallback), self.fallback)
            for d in dates
            if (d.kind != "since" or len(d.start) > 4 or _is_from_the_start(text, d))
            and d.kind != "name"
            # "the highest level since May": a record's start, no count's
            and not (d.kind == "since" and record_since(text, d))
            and d.begin >= written
            and not self._dates_a_cause(d, quantities)
        ]
        self.owner = {id(d): date_owner(text, self.spans, d) for d in self.dates}
        # "slightly more than 4813 in 2017": the number's clause, where its digits are
        self.homes = [governing(self.spans, q.end - 1) for q in quantities]
        self.main_dates = [
            d
            for d in self.dates
            if self.owner[id(d)].depth == 0 and self.owner[id(d)].kind == "main"
        ]
        self.done: list[Period | None] = []

    def _dates_a_cause(self, date: DateSpan, quantities: Sequence[Quantity]) -> bool:
        """ "a 10% increase in average yield boosted by favourable planting conditions in the
        autumn of 2021": the date says when the cause was, not what the figures are of."""
        causes = list(_CAUSE.finditer(self.text, max(0, date.begin - 90), date.begin))
        cause = causes[-1] if causes else None
        if cause is None or any(cause.end() <= q.begin < date.begin for q in quantities):
            return False
        return not re.search(r"[;()]", self.text[cause.end() : date.begin])

    def related(self, i: int) -> int | None:
        """The figure an aside breaks down, or the one a comparison compares with: the
        first figure of the main clauses, in the same unit, or for a bracket ("92 victims
        (286 in 2018)") the one it follows."""
        home = self.homes[i]
        if home.kind == "aside" or _bracketed(self.text, home):
            return _host(i, self.quantities, self.homes, home, self.text)
        if home.kind != "comparison":
            return None
        unit = self.quantities[i].unit
        if home.depth > 1:  # "(9.5%, compared with 9.2% in August)": the bracket's figure
            parent = outer_clause(self.spans, home)
            inside = [j for j in range(i) if parent.holds(self.quantities[j].begin)]
            host = next((j for j in reversed(inside) if self.quantities[j].unit == unit), None)
            if host is not None:
                return host
        return next(
            (j for j in range(i) if self.homes[j].depth == 0 and self.quantities[j].unit == unit),
            None,
        )

    def kind(self, i: int) -> str:
        """The kind of the figure's clause; a bracket that gives a comparison its number alone
        compares ("higher than in 2020 (40%)", "similar to the preceding year (16,921)")."""
        home = self.homes[i]
        parent = outer_clause(self.spans, home)
        if home.kind != "aside" or parent.kind != "comparison":
            return home.kind
        # Not "an increase of 15,800 (+0.8%)": there the bracket breaks its host down.
        held = [q.begin for q in self.quantities if parent.begin <= q.begin < home.end]
        return "comparison" if len(held) == 1 else home.kind

    def periods(self) -> list[Period | None]:
        for i, quantity in enumerate(self.quantities):
            many = _AVERAGE_OF_YEARS.search(self.text, max(0, quantity.begin - 60), quantity.begin)
            self.done.append(None if many else self._period(i))
        return self.done

    def _reached(self, i: int, own: list[DateSpan]) -> Period | None:
        """A change told with the level it reached and that level's date: of that date."""
        quantity = self.quantities[i]
        for date in own:
            if date.begin > quantity.end and _TO_LEVEL_IN.fullmatch(
                self.text, quantity.end, date.begin
            ):
                return Period(date.start, date.until)
        return None

    def _period(self, i: int) -> Period | None:
        quantity = self.quantities[i]
        for date in self.dates:
            if (
                date.kind == "date"
                and _DATE_OF.fullmatch(self.text, date.end, quantity.begin)
                and not _CHANGE_FROM_BEFORE.search(self.text, max(0, date.begin - 40), date.begin)
            ):
                return Period(date.start, date.until)  # "the gap from 2019 of £750": 2019's
            if date.kind == "modifier" and _NAMED_OF.fullmatch(self.text, date.end, quantity.begin):
                return Period(date.start, date.until)  # "the 2019 fuel poverty rate of 24.6%"
        if each := _bracket_respectively(self.text, quantity, self.quantities, self.dates):
            return each  # "In 2005, 2013 and 2016-17, women (19.1%, 23.0% and 22.2% respectively)"
        clause = self.homes[i]
        while True:
            own = [d for d in self.dates if self.owner[id(d)] is clause]
            own = [d for d in own if not _deadline_apart(self.text, self.quantities[i], d)]
            if own and (relative := self._relative_after(i, clause)):
                return relative  # "compared with 51.1% a year earlier and 56.1% in 2015"
            if own:
                # Only the figures of this clause stand between a figure and its date.
                peers = [
                    q for q, home in zip(self.quantities, self.homes, strict=True) if home is clause
                ]
                if level_dated := self._reached(i, own):
                    return level_dated  # "decreased by 3.1%, to 105,415 in 2022"
                if each := _respectively(self.text, self.quantities[i], peers, own):
                    return each  # "in 2012 and 2013, with 1,896 and 1,188 …, respectively"
                return _paired(self.text, self.quantities[i], peers, own)
            if clause.kind == "aside" and _CHANGE_ASIDE.match(self.text, clause.begin):
                # "falling 0.1 points from 4.9 percent in the March quarter (down 3,000
                # people)": a change is of the period the main clause tells
                return _nearest(self.quantities[i], self.main_dates) or self.fallback
            if clause.kind == "aside":
                follows = self._follows(i, clause)
                if follows is not None:
                    return follows
            elif clause.kind == "comparison" and _ON_BASE.match(self.text, self.quantities[i].end):
                # "rising by 5% on the previous quarter and 1% on the previous year": the 1%
                # is measured against the year before, and is of now
                return (
                    _span(self.main_dates[0], self.main_dates) if self.main_dates else self.fallback
                )
            elif clause.kind == "comparison":
                return self._relative(clause)
            elif clause.depth == 0 and self.main_dates and (earlier := self._opens_earlier(clause)):
                # "…, while one year before, the corresponding figure was EUR 76.4 billion"
                return self._relative(earlier)
            elif clause.depth == 0:
                told = _OF_EARLIER.search(
                    self.text, clause.begin, self.quantities[i].begin
                ) or _IN_EARLIER.match(self.text, self.quantities[i].end, clause.end)
                if told and (
                    governing(self.spans, told.end() - 1) is not clause
                    or _FROM_VALUE.search(self.text, max(0, told.start() - 40), told.start())
                ):
                    told = None  # "from 16,921 in the previous year to reach 17,004": a base
                if told and not self.main_dates:  # "The previous week's level was 6,615,000"
                    return self._relative(Clause(told.start(), told.end(), "main", 0))
                if not self.main_dates and (year := self._last_year(clause)):
                    return year
                quantity = self.quantities[i]
                # "Airline fatalities increased from 14 to 22, while … from 64 in 2004 to 18 in
                # 2005": a level reached without its date is of the sentence's latest
                reached = _REACHED_FROM.search(self.text, 0, quantity.begin)
                if reached and self.main_dates and self.main_dates[0].begin > quantity.end:
                    return _span(self.main_dates[-1], self.main_dates)
                if not self.main_dates and (window := _over_the_last(self.text, self.fallback)):
                    return window  # "Over the last 4 quarters, corporate profits rose 5.6%"
                mains = [d for d in self.main_dates if not _deadline_apart(self.text, quantity, d)]
                return _nearest(quantity, mains) or self.fallback
            clause = outer_clause(self.spans, clause)

    def _last_year(self, clause: Clause) -> Period | None:
        """ "Last year, 24% of households were in fuel poverty" in a report of April 2024:
        2023, the calendar year before (of a report of a whole year, which year is meant is
        not clear). The reading turns "last year" into a date only from a release's written
        day; read as a date from the title's month, it would date comparisons and fiscal
        years too ("compared to 27.6% last year" in a report on 2015-16), so this reads it
        for a main clause's figure alone."""
        now = self.fallback
        said = _LAST_YEAR.search(self.text, clause.begin, clause.end)
        if now is None or len(now.start) < 7 or said is None:
            return None
        if governing(self.spans, said.start()) is not clause:
            return None  # "compared with a surplus of $0.6 billion last year": a comparison's
        if _BASE_BEFORE.search(self.text, max(0, said.start() - 30), said.start()):
            return None  # "up 5% from last year", "the same month last year": a base
        return Period(str(int(now.start[:4]) - 1))

    def _follows(self, i: int, aside: Clause) -> Period | None:
        """An aside is about what it follows: a figure ("41 victims (30 women and 11 men)")
        or a date ("in 2020 (40%)"), or the earlier time a bracket follows ("similar to last
        year (19.2%)")."""
        bracket = self.text[aside.begin : aside.end].lstrip().startswith("(")
        base = _BASE_JUST_BEFORE.search(self.text, max(0, aside.begin - 60), aside.begin)
        if bracket and base:
            return self._relative(Clause(base.start(), aside.begin, "comparison", aside.depth))
        parent = outer_clause(self.spans, aside)
        if (
            parent.kind == "comparison" and parent.depth > 0
        ):  # "similar to the year before (16,921)"
            own = [d for d in self.dates if self.owner[id(d)] is parent]
            return _span(own[-1], own) if own else self._relative(parent)
        host = _host(i, self.quantities, self.homes, aside, self.text)
        outer = [
            d for d in self.dates if d.end <= aside.begin and self.owner[id(d)].depth < aside.depth
        ]
        if outer and (host is None or outer[-1].end > self.quantities[host].end):
            return _span(outer[-1], outer)
        return self.done[host] if host is not None else None

    def _opens_earlier(self, clause: Clause) -> Clause | None:
        """The time a main clause opens with when it is the one before the sentence's: "a year
        earlier, the figure was …"."""
        lead = _CLAUSE_LEAD.match(self.text, clause.begin, clause.end)
        start = lead.end() if lead else clause.begin
        earlier = PREVIOUS.match(self.text, start, clause.end)
        if earlier is None or not _COMMA_AFTER.match(self.text, earlier.end()):
            return None
        return Clause(earlier.start(), earlier.end(), "main", 0)

    def _relative_after(self, i: int, clause: Clause) -> Period | None:
        """A relative date right after the figure, before the next figure or date: "51.1% a
        year earlier"."""
        quantity = self.quantities[i]
        stops = [q.begin for q in self.quantities if q.begin > quantity.end]
        stops += [d.begin for d in self.dates if d.begin >= quantity.end]
        end = min([clause.end, *stops])
        earlier = PREVIOUS.search(self.text, quantity.end, end)
        if clause.kind != "comparison" or not earlier:
            return None
        if _CHANGED_SINCE.search(self.text, quantity.end, earlier.start()):
            return None  # "a 33% decrease from five years earlier": a change, of now
        return self._relative(Clause(quantity.end, end, clause.kind, clause.depth))

    def _relative(self, clause: Clause) -> Period | None:
        """ "compared with 400 the previous year", "51.1% a year earlier", "in the previous
        quarter": the main clause's period, that much earlier."""
        before = PREVIOUS.search(self.text, clause.begin, clause.end)
        main = _span(self.main_dates[0], self.main_dates) if self.main_dates else self.fallback
        if main is not None and _AFTER_DOING.match(self.text, clause.begin):
            return _the_one_before(main)  # "rose 1.1 percent after rising 3.2 percent"
        if before is None and _NOW.search(self.text, clause.begin, clause.end):
            return main  # "down from 200 in Q2 2019 to 188 in the current quarter"
        if (
            before is None
            and not _tells_time(self.text, clause.begin, clause.end)
            and not _FROM_BEFORE.match(self.text, clause.begin)  # "to 562 from 558": earlier
        ):
            return main  # "higher in the most deprived areas compared to the least deprived (6.7)"
        if before is None or main is None:
            return None
        unit = (
            before["unit"]
            or before["unit2"]
            or before["unit3"]
            or before["unit4"]
            or before["unit5"]
        )
        if unit.lower() == "week":
            return _week_earlier(main)
        if before["unit4"] and "week" in before.group().lower() and len(main.start) == 10:
            return _weeks_earlier(main, 52)  # "the same week last year"
        months = {"quarter": 3, "month": 1}.get(unit.lower(), 12) * _count(before["count"])
        main = _in_months(main)
        return Period(_earlier(main.start, months), main.end and _earlier(main.end, months))


# "similar to last year (19.2%)", "a decrease of 3.3% since last year (69.7%)": the earlier
# time a bracket of values follows, told as the base of a comparison.
_BASE_JUST_BEFORE = re.compile(
    r"\b(?:since|than|to|with|from|on|against)\s+(?:(?:the\s+)?same\s+\w+\s+)?"
    rf"(?:{PREVIOUS.pattern})\s*$",
    re.IGNORECASE,
)


# "… after rising 3.2 percent": what the same measure did in the period before.
_AFTER_DOING = re.compile(
    r"\s*after\s+(?:rising|falling|increasing|decreasing|declining|"
    r"growing|dropping|climbing|edging)\b(?![^.;]*\b(?:in|during)\s)",
    re.I,
)


def _the_one_before(period: Period) -> Period | None:
    """The quarter, month or year right before `period`, one of them; None for another span."""
    whole = _in_months(period)
    if whole.end is None:
        months = 12 if len(whole.start) == 4 else 1 if len(whole.start) == 7 else 0
    else:
        months = _span_months(whole)
    if months not in (1, 3, 12):
        return None
    return Period(_earlier(whole.start, months), whole.end and _earlier(whole.end, months))


def _span_months(period: Period) -> int:
    """How many months `period` covers, told by months ("2013-07" to "2013-09": 3)."""
    if period.end is None or len(period.start) != 7 or len(period.end) != 7:
        return 0
    return month_count(period.end) - month_count(period.start) + 1


# "Over the last 4 quarters", "in the past 12 months": a window that ends with the text's time.
_OVER_THE_LAST = re.compile(
    r"^\W*(?:over|in|during|for)\s+the\s+(?:last|past|previous)\s+(?P<count>\d{1,2}|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>quarter|month|year)s\b",
    re.IGNORECASE,
)


def _over_the_last(text: str, now: Period | None) -> Period | None:
    """The window "Over the last 4 quarters, …" names, put first, ending with `now`, one
    quarter, month or year (a window of years ends with a year; of months or quarters, with
    a month). A `now` that is a span already is the window the text means."""
    said = _OVER_THE_LAST.match(text)
    if said is None or now is None or (now.end and _span_months(_in_months(now)) != 3):
        return None
    whole = _in_months(now)
    last = whole.end or whole.start
    months = {"quarter": 3, "month": 1, "year": 12}[said["unit"].lower()] * _count(said["count"])
    if len(last) == 4:
        if said["unit"].lower() != "year":
            return None
        return Period(str(int(last) - months // 12 + 1), last)
    if len(last) != 7:
        return None
    return Period(_earlier(last, months - 1), last)


def _count(word: str | None) -> int:
    """ "five" years earlier: 5; none said, 1."""
    if word is None:
        return 1
    return int(word) if word.isdigit() else int(WORD_VALUES[word.lower()])


# "The 4-week moving average was 5,508,500": a figure of the weeks that end with the one told.
_MOVING = re.compile(
    r"\b(?P<n>\d{1,2}|two|three|four|five|six|eight|twelve)[- ](?P<unit>week|month)s?\s+"
    r"(?:moving|rolling)\s+(?:average|total|sum)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def over_window(before: str, period: Period | None) -> Period | None:
    """A moving average told of a week or a month (`before` is the text before the figure)
    covers the weeks or months that end with it: "the 4-week moving average" of the week
    5 to 11 April is 15 March to 11 April."""
    moving = _MOVING.search(before)
    if not (moving and period):
        return period
    n = int(moving["n"]) if moving["n"].isdigit() else WORD_VALUES[moving["n"].lower()]
    end = period.end or period.start
    if moving["unit"].lower() == "week" and len(end) == 10:
        first = dt.date.fromisoformat(end) - dt.timedelta(days=7 * n - 1)
        return Period(first.isoformat(), end)
    if moving["unit"].lower() == "month" and len(end) == 7:
        return Period(_earlier(end, n - 1), end)
    return period


def _week_earlier(period: Period) -> Period | None:
    """The week before a week told by its days; None for a period told less finely."""
    return _weeks_earlier(period, 1) if len(period.start) == 10 else None


def _weeks_earlier(period: Period, weeks: int) -> Period:
    """`period`, told by its days, `weeks` weeks earlier: the same week a year before is 52."""
    days = [
        dt.date.fromisoformat(d) - dt.timedelta(weeks=weeks)
        for d in (period.start, period.end)
        if d
    ]
    return Period(days[0].isoformat(), days[1].isoformat() if len(days) > 1 else None)


def _in_months(period: Period) -> Period:
    """ "1 April to 30 June 2021" as the months it covers, so that the quarter before it is
    January to March, not 1 January to 30 March."""
    if len(period.start) != 10 or not period.end or len(period.end) != 10:
        return period
    last = dt.date.fromisoformat(period.end) + dt.timedelta(days=1)
    if period.start[8:] != "01" or last.day != 1:
        return period
    return Period(period.start[:7], period.end[:7])


def _at_precision(text: str, fallback: Period | None) -> Period | None:
    """The period a sentence without a date of its own is about, at the precision it speaks
    of: a month's report says "this quarter" of the quarter that holds the month, and "this
    year", "down 2% from 2024" or "up 13% from last year" of its year."""
    if fallback is None or len(fallback.start) < 7:
        return fallback
    year = fallback.start[:4]
    if (fallback.end or fallback.start)[:4] != year:
        return fallback
    this = THIS.search(text)
    if this and (this["unit"] or "").lower() == "quarter":
        if fallback.end is None:
            first = (int(fallback.start[5:7]) - 1) // 3 * 3 + 1
            return Period(f"{year}-{first:02d}", f"{year}-{first + 2:02d}")
        return fallback
    annual = any(not m["year"] or int(m["year"]) == int(year) - 1 for m in ANNUAL.finditer(text))
    return Period(year) if this or annual else fallback


# "in the same period in 2023", "the corresponding period of 2023": the months spoken of, in
# that year.
_SAME_PERIOD = re.compile(
    r"\b(?:same|corresponding|equivalent)\s+(?P<unit>period|months?|quarter|week)\s+(?:of|in|last)\s+$",
    re.IGNORECASE,
)


# "since the start of 2020", "since the beginning of 2020": a total counted from then to the
# time the report tells of.
_FROM_THE_START = re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+$", re.I)


def _is_from_the_start(text: str, date: DateSpan) -> bool:
    lead = text[max(0, date.begin - 40) : date.begin] + date.text[: date.text.find(date.start[:4])]
    return bool(_FROM_THE_START.search(lead))


def _counted_from(text: str, date: DateSpan, now: Period | None) -> DateSpan:
    """A "since the start of" date as the span from it to the end of `now`."""
    since_day = date.kind == "since" and len(date.start) > 4  # "since 1 January 2022"
    if now is None or date.until or not (since_day or _is_from_the_start(text, date)):
        return date
    end = now.end or now.start
    if end <= date.start:
        return date
    start = (date.start + "-01-01")[: len(end)] if len(date.start) == 4 else date.start
    return DateSpan(date.begin, date.end, start, end, date.text, "date")


def _same_months(text: str, date: DateSpan, spoken: Period | None) -> DateSpan:
    """A bare year after "the same period in" is the months of `spoken` in that year ("the
    same month of 2019" in a report of November 2020: November 2019); "the same week of
    2024", the week 52 weeks a year before."""
    if spoken is None or len(date.start) != 4 or date.until or len(spoken.start) < 7:
        return date
    same = _SAME_PERIOD.search(text, max(0, date.begin - 40), date.begin)
    if not same:
        return date
    end = spoken.end or spoken.start
    if end[:4] != spoken.start[:4]:
        return date
    year = date.start
    if same["unit"].lower() == "week" and len(spoken.start) == 10:
        week = _weeks_earlier(
            Period(spoken.start, spoken.end), 52 * (int(spoken.start[:4]) - int(year))
        )
        return DateSpan(date.begin, date.end, week.start, week.end, date.text, date.kind)
    until = f"{year}{end[4:7]}" if spoken.end else None
    return DateSpan(date.begin, date.end, f"{year}{spoken.start[4:7]}", until, date.text, date.kind)


def _parallel(text: str, dates: Sequence[DateSpan]) -> list[DateSpan]:
    """ "from 14,389 in quarter 2 2019 to 13,527 in 2020": the year a change went to, told
    bare, is of the same months as the one it went from (quarter 2 2020)."""
    result = list(dates)
    for k in range(1, len(result)):
        first, date = result[k - 1], result[k]
        if (
            len(date.start) == 4
            and not date.until
            and len(first.start) >= 7
            and first.start[:4] < date.start
            and (first.until or first.start)[:4] == first.start[:4]
            and _TO_LEVEL_IN.fullmatch(text, first.end, date.begin)
        ):
            start = f"{date.start}{first.start[4:7]}"
            until = f"{date.start}{first.until[4:7]}" if first.until else None
            result[k] = DateSpan(date.begin, date.end, start, until, date.text, date.kind)
    return result


def _respectively(
    text: str, quantity: Quantity, peers: Sequence[Quantity], own: list[DateSpan]
) -> Period | None:
    """The date in the same place of its list as the figure in its own, when the sentence
    pairs them "respectively" and the two lists are as long."""
    if not re.search(r"\brespectively\b", text, re.IGNORECASE) or len(own) < 2:
        return None
    listed = [q for q in peers if q.unit == quantity.unit]
    if len(listed) != len(own) or quantity not in listed:
        return None
    date = own[listed.index(quantity)]
    return Period(date.start, date.until)


def _bracket_respectively(
    text: str, quantity: Quantity, quantities: Sequence[Quantity], dates: Sequence[DateSpan]
) -> Period | None:
    """The date in the same place of the sentence's one run of as many dates as the figures of
    the figure's bracket, when the bracket ends "respectively": "from both 2005 and 2013 (37.9%
    and 32.1% respectively)"."""
    opening = text.rfind("(", 0, quantity.begin)
    closing = text.find(")", quantity.end)
    if opening < 0 or closing < 0 or text.rfind(")", 0, quantity.begin) > opening:
        return None
    if not _RESPECTIVELY_CLOSES.search(text, quantity.end, closing + 1):
        return None
    listed = [
        q for q in quantities if opening < q.begin and q.end <= closing and q.unit == quantity.unit
    ]
    told = [d for d in dates if d.kind == "date"]
    runs = _runs(told, lambda a, b: bool(_LISTED_WITH.fullmatch(text, a.end, b.begin)))
    fitting = [run for run in runs if len(run) == len(listed)]
    if len(listed) == 2 and not fitting and len(spans := [e for d in told if (e := _ends(d))]) == 1:
        # "between 2009–10 and 2011–12 (64% and 65% respectively)": each end its value
        return spans[0][listed.index(quantity)]
    if len(listed) < 2 or len(fitting) != 1:
        return None
    date = fitting[0][listed.index(quantity)]
    return Period(date.start, date.until)


_TWO_ENDS = re.compile(r"(?:between|from)\s+(?P<first>.+?)\s+(?:and|to)\s+(?P<last>.+)$", re.I)


def _ends(date: DateSpan) -> list[Period] | None:
    """The two times a span is told between ("between 2009–10 and 2011–12"), or None."""
    told = _TWO_ENDS.match(date.text)
    ends = [find_dates(told[part]) for part in ("first", "last")] if told else []
    if len(ends) != 2 or any(len(end) != 1 for end in ends):
        return None
    return [Period(end[0].start, end[0].until) for end in ends]


_RESPECTIVELY_CLOSES = re.compile(r"\brespectively\s*\)$", re.IGNORECASE)
_LISTED_WITH = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _runs(
    dates: Sequence[DateSpan], joins: Callable[[DateSpan, DateSpan], bool]
) -> list[list[DateSpan]]:
    """`dates` in runs of those listed together ("2005, 2013 and 2016-17"), as `joins` tells."""
    runs: list[list[DateSpan]] = []
    for date in dates:
        if runs and joins(runs[-1][-1], date):
            runs[-1].append(date)
        else:
            runs.append([date])
    return runs


def _deadline_apart(text: str, quantity: Quantity, date: DateSpan) -> bool:
    """ "providing 46% of global assistance, and has taken a step towards the commitment to
    provide 0.7% of GNI by 2030": a deadline told in another predicate is not the figure's."""
    return bool(
        date.begin > quantity.end
        and (
            date.text.lower().startswith("by ")
            or _BY.search(text, max(0, date.begin - 8), date.begin)
        )
        and _AND_THEN.search(text, quantity.end, date.begin)
    )


_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# ", and has taken", ", and will": a second predicate of the same subject.
_AND_THEN = re.compile(
    r",\s+and\s+(?:has|have|had|is|are|was|were|will|would|plans?|aims?)\b", re.IGNORECASE
)


def _paired(
    text: str, quantity: Quantity, quantities: Sequence[Quantity], own: list[DateSpan]
) -> Period:
    """The date right after the figure, with no other figure between; else right before. A
    date that opens the figure's own words ("In quarter three 7.1% …, in quarter four this
    increased") is the figure's, before one that opens the next clause after a comma."""

    def clear(a: int, b: int) -> bool:
        return not any(a <= q.begin < b for q in quantities if q is not quantity)

    after = [d for d in own if d.begin >= quantity.end and clear(quantity.end, d.begin)]
    before = [d for d in own if d.end <= quantity.begin and clear(d.end, quantity.begin)]
    if after and before:
        next_frame = _NEXT_FRAME.search(text, quantity.end, after[0].begin)
        if next_frame and not text[before[-1].end : quantity.begin].strip(" ,"):
            return _span(before[-1], own)
        if _CONTRAST_FRAME.search(text, quantity.end, after[0].begin):
            return _span(before[-1], own)  # "In 2019 sales were 76 million, but in 2020 they …"
    if after:
        chosen = after[0]
    elif before:
        chosen = before[-1]
    else:
        chosen = min(
            own, key=lambda d: min(abs(d.begin - quantity.end), abs(quantity.begin - d.end))
        )
    return _span(chosen, own)


# ", in quarter four this increased", "… and in 2022 0.10 mg/kg were sold": a comma or "and",
# then the time of a clause of its own.
_NEXT_FRAME = re.compile(r"(?:,|,?\s+and)\s+(?:in|during|for|by)\s+(?:the\s+)?$", re.IGNORECASE)
# ", but in 2020 they fell", "but 40 years later (2000-01)": a contrast, then its own time.
_CONTRAST_FRAME = re.compile(
    r"[,;]?\s(?:but|while|whereas|yet)\s+(?:(?:in|during|for|by)\s+(?:the\s+)?|[\w\s]{1,25}\(\s*)$",
    re.IGNORECASE,
)


def _span(date: DateSpan, dates: list[DateSpan]) -> Period:
    """The date, or the span of the dates listed with it ("in 2017 and 2023")."""
    run = next((r for r in _runs(dates, _joins) if date in r), [date])
    if len(run) > 1:  # "the September, June and March 2011 quarters": earliest to latest
        return Period(min(d.start for d in run), max(d.until or d.start for d in run))
    return Period(date.start, date.until)


def _joins(first: DateSpan, second: DateSpan) -> bool:
    """Dates listed together: "2019 and 2021", "2017, 2018 and 2019"; a list gives its dates
    at one precision ("the report for 2005 today" lists nothing)."""
    same = second.kind == first.kind and len(second.start) == len(first.start)
    return 0 <= second.begin - first.end <= 6 and same


def _bracketed(text: str, clause: Clause) -> bool:
    return text[clause.begin : clause.end].lstrip()[:1] in ("(", "[")


def _host(
    i: int, quantities: Sequence[Quantity], homes: list[Clause], aside: Clause, text: str
) -> int | None:
    """The figure an aside breaks down: the last one before it, outside it; or the last of
    the aside right before it ("…, including an attack that injured 62 others, including 11
    children": the 62), but not a comparison's nor a bracket's ("rose to 400 in 2020 (300 in
    2019), including 120 children": the 400)."""
    for j in range(i - 1, -1, -1):
        if quantities[j].end <= aside.begin and (
            homes[j].depth < aside.depth
            or (
                homes[j].depth == aside.depth
                and homes[j].end >= aside.begin
                and homes[j].kind != "comparison"
                and not _bracketed(text, homes[j])
            )
        ):
            return j
    return None


def _nearest(quantity: Quantity, main_dates: list[DateSpan]) -> Period | None:
    if not main_dates:
        return None
    before = [d for d in main_dates if d.end <= quantity.begin]
    chosen = before[-1] if before else main_dates[0]
    return _span(chosen, main_dates)


# "decreased by 3.1%, to 105,415 in 2022": a change, then the level it reached and when.
_TO_LEVEL_IN = re.compile(
    r"\s*,?\s*to\s+(?:about\s+|around\s+|nearly\s+|an\s+estimated\s+)?[$€£]?[\d,.]+"
    r"(?:\s+(?:million|billion|thousand))?[^,;()\d]{0,30}?\s+in\s+",
    re.IGNORECASE,
)
# "increased from 14 to (22)": the level a change reached.
_REACHED_FROM = re.compile(r"\bfrom\s+[$€£]?[\d,.]+\s+to\s+(?:about\s+|around\s+)?[$€£]?$", re.I)
# "(ticked up to 562) from 558": a comparison with the earlier level.
_FROM_BEFORE = re.compile(r"[\s,;–—-]*(?:(?:up|down|rising|falling)\s+)?from\b", re.I)


def _tells_time(text: str, begin: int, end: int) -> bool:
    """Whether a comparison reaches to another time; "64% of 65–69 year olds", "26.8 years of
    age", "employees aged 25 to 34 years" are ages, of the same time."""
    return any(
        not (
            m.group().lower() in {"year", "years"}
            and (_AGE_AFTER.match(text, m.end()) or _AGE_BEFORE.search(text, begin, m.start()))
        )
        for m in _IN_TIME.finditer(text, begin, end)
    )


_AGE_AFTER = re.compile(r"[\s-]*(?:of\s+age|old|olds|age\s+(?:groups?|bands?))\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?\s+$", re.I)
# Words by which a comparison reaches to another time than its sentence's.
_IN_TIME = re.compile(
    r"\b(?:earlier|before|ago|previous|prior|preceding|last|since|average|peak|record|high|"
    r"low|baseline|base|pre-\w+|year|years|quarter|month|week|period|time|level|levels|"
    r"(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
# The period the text is of, named as now.
_NOW = re.compile(
    r"\b(?:in|during|for|of)\s+(?:the\s+current|this)\s+(?:year|quarter|month|week|period)\b",
    re.IGNORECASE,
)
# "compares to the five-year average rate of 0.53": of years the text does not name.
_AVERAGE_OF_YEARS = re.compile(
    r"\bthe\s+(?:\w+|\d+)[- ]year\s+average(?:\s+[a-z]+)?\s+(?:(?:of|was|is|at)\s+)?[$€£]?$",
    re.IGNORECASE,
)
_CHANGE_ASIDE = re.compile(r"\s*[(\[]\s*(?:up|down|an?\s+(?:increase|decrease|rise|fall))\b", re.I)


# "our 2-year audit period (Jan. 1, 2016, through Dec. 31, 2017)": a period the report names
# once and then refers to ("overpayments of $335,832 for the audit period").
_NAMED = re.compile(
    r"\b(?:the|our|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<name>(?:audit|review|reporting|"
    r"study|survey|sample|evaluation|inspection|performance|programme|program)\s+period)"
    r"\s*(?:\(|,|from|of|covering)?\s*$",
    re.IGNORECASE,
)


# "last week (week ending 19 January 2025)": a relative time the report pins to a date once.
_PINNED = re.compile(
    r"\b(?P<name>(?:last|this|the\s+latest|the\s+past)\s+(?:week|month|quarter|year))\s*"
    r"\(\s*(?:the\s+)?(?:(?:week|month|quarter|year)\s+(?:ending|ended|to)\s+)?$",
    re.IGNORECASE,
)


def named_periods(sentence: str, dates: Sequence[DateSpan]) -> dict[str, Period]:
    """The periods `sentence` names, by name: "audit period" for 2016-01-01–2017-12-31, "last
    week" for the week ending 19 January 2025."""
    named = {}
    for date in dates:
        if week := _WEEK_NAMED.match(sentence, date.end):
            # "the week ending 10 January 2025 (Week 2 2025)": the report's name for that week
            name = " ".join(week["name"].lower().split())
            named[name] = named[re.sub(r"\s+(?:of\s+)?\d{4}$", "", name)] = Period(
                date.start, date.until
            )
        elif date.until and (match := _NAMED.search(sentence, 0, date.begin)):
            named[match["name"].lower()] = Period(date.start, date.until)
        elif pinned := _PINNED.search(sentence, 0, date.begin):
            name = re.sub(r"^the\s+", "", pinned["name"].lower())
            named[" ".join(name.split())] = Period(date.start, date.until)
    return named


_RELATIVE = frozenset({"last", "this", "latest", "past"})
_WEEK_NAMED = re.compile(
    r"\s*\(\s*(?P<name>week\s+\d{1,2}(?:\s+(?:of\s+)?(?:19|20)\d\d)?)\s*\)", re.IGNORECASE
)


def mentions(sentence: str, named: dict[str, Period]) -> list[DateSpan]:
    """Where `sentence` refers to a named period, as a date of its own kind ("named")."""
    found: list[DateSpan] = []
    for name, period in sorted(named.items(), key=lambda item: -len(item[0])):
        pattern = (
            rf"\b(?:the\s+)?{re.escape(name)}\b(?!\s+\d)"  # "last week", "Week 2 2025"
            if name.split()[0] in _RELATIVE | {"week"}
            else rf"\b(?:the|our|this|that)\s+(?:[\w-]+\s+)?{re.escape(name)}\b"
        )
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            if any(d.begin < match.end() and match.start() < d.end for d in found):
                continue  # "Week 2" inside "Week 2 2025", found first
            text = match.group()
            # a time pinned to a date dates what happened then; "the audit period" does not
            kind = "date" if name.split()[0] in _RELATIVE | {"week"} else "named"
            found.append(DateSpan(match.start(), match.end(), period.start, period.end, text, kind))
    return found


# "between the 1st April and the 31st March the following year", "2017/18 (August 2017 to
# July 2018)": how a report says its years run, when they are not calendar years.
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DEFINED_YEAR = re.compile(
    rf"\b(?:between|from)\s+(?:the\s+)?(?:1(?:st)?\s+)?(?P<m1>{_MONTH_NAMES})\s+"
    rf"(?:and|to|until)\s+(?:the\s+)?(?:3[01](?:st)?\s+)?(?P<m2>{_MONTH_NAMES})\s+"
    r"(?:of\s+)?the\s+following\s+year"
    rf"|\b(?:1[89]|20)\d\d[/–-]\d\d\s+\((?P<m3>{_MONTH_NAMES})\s+(?:1[89]|20)\d\d\s+"
    rf"(?:to|–|-)\s+(?P<m4>{_MONTH_NAMES})\s+(?:1[89]|20)\d\d\)"
    # "between August 2017 and July 2018", "the twelve months 1 April 2014 to 31 March 2015",
    # "the period 1 April 2018 to 31 March 2019", "(i.e. the period from April 2023 – March 2024)"
    rf"|\b(?:between|from|twelve\s+months|12\s+months|period)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?"
    rf"(?P<m5>{_MONTH_NAMES})\s+(?P<y5>(?:1[89]|20)\d\d)\s*(?:and|to|–|-)\s*"
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?P<m6>{_MONTH_NAMES})\s+(?P<y6>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)


def defined_year(text: str) -> tuple[int, int] | None:
    """The first and last month of the years `text` says it counts in, when they run from
    one calendar year into the next (April to March), else None."""
    for match in _DEFINED_YEAR.finditer(text):
        if match["m5"] and int(match["y6"]) != int(match["y5"]) + 1:
            continue  # "between March 2019 and June 2020" is a span, not how years run
        first, last = [
            _MONTH_NUMBER[m.lower()]
            for m in (
                match["m1"] or match["m3"] or match["m5"],
                match["m2"] or match["m4"] or match["m6"],
            )
        ]
        if last == first - 1:
            return first, last
    return None


_MONTH_NUMBER = {name.lower(): n for n, name in enumerate(_MONTH_NAMES.split("|"), start=1)}


def in_defined_year(period: Period, months: tuple[int, int] | None) -> Period:
    """ "2022-23" in a report whose years run from April: April 2022 to March 2023."""
    if months is None or period.end is None:
        return period
    if len(period.start) != 4 or len(period.end) != 4 or int(period.end) != int(period.start) + 1:
        return period
    return Period(f"{period.start}-{months[0]:02d}", f"{period.end}-{months[1]:02d}")


# "from 2,131 in 2022 (to 2,314)": the date of the value a change started from.
_OLD_VALUE_DATED = re.compile(
    r"\bfrom\s+[$€£]?\d[\d,.]*%?(?:\s+(?:(?!\bto\b)[^;()]){0,40}?)?\s+"
    r"(?:in|during|at\s+(?:the\s+)?end\s+of)\s+$",
    re.IGNORECASE,
)
# "… to 2,314", "… to a peak of 6.0 million"
_THEN_TO = re.compile(r"\s+to\s+(?:[$€£]?\d|an?\s+(?:\w+\s+)?(?:peak|high|low|record)\b)")
# "up £930 (3.2%) from £29,180 in 2021.": a change told before its old value, which ends it
_CHANGED_FROM = re.compile(
    rf"\b(?:up|down|{RISE}|{FALL}|{NOUN_RISE}|{NOUN_FALL})\b[^;]{{0,40}}"
    r"\bfrom\s+[$€£]?\d[\d,.]*%?\s+(?:in|during)\s+$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|$)")
# "… to 7.5 in 2021": a new value with its own date, which makes the change a span.
_NEW_DATED = re.compile(
    r"\s+to\s+(?:an?\s+(?:\w+\s+)?(?:peak|high|low|record)\s+of\s+)?[$€£]?\d[\d,.]*"
    r"(?:\s+(?:(?!\bto\b)[^;()]){0,40}?)?\s+"
    r"(?:in|during|at\s+(?:the\s+)?(?:end|start|beginning)\s+of)\s+"
    r"(?:the\s+)?(?:[A-Z]\w+\s+)?(?:quarter\s+(?:of\s+)?)?(?:1[89]|20)\d\d",
    re.IGNORECASE,
)


def dates_an_old_value(text: str, date: DateSpan) -> bool:
    """Whether `date` dates the value a change went from ("rose 9%, from 2,131 in 2022 to
    2,314"): a comparison's date, neither the new value's period nor an event."""
    old = _OLD_VALUE_DATED.search(text, max(0, date.begin - 80), date.begin)
    if old and _THEN_TO.match(text, date.end):
        return True
    changed = _CHANGED_FROM.search(text, max(0, date.begin - 80), date.begin)
    return bool(changed and _CLAUSE_ENDS.match(text, date.end))


def dates_only_an_old_value(text: str, date: DateSpan) -> bool:
    """Whether `date` dates only the value a change went from, the new value having none of
    its own ("… in 2023 increased 9%, from 2,131 in 2022 to 2,314"): then it is no event; with
    one ("from 33.8 in 1993 to 7.5 in 2021") the change spans both."""
    return dates_an_old_value(text, date) and not _NEW_DATED.match(text, date.end)
