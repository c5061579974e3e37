"""Numbers that say how another one changed, or what it comes to in another currency: they
belong to that figure and are not figures of their own.

- "rose from 4.1% to 4.5%": 4.5% changed from 4.1%; "an increase of 144,000 to 488,000" and
  "rose five cents to $2.31": 488,000 and $2.31 changed by that much;
- "rose by 144,000", "up nearly 28 cents from a year ago", "31 cents higher than a year ago":
  the figure is the change itself;
- "1.0%, up from 0.7%": 1.0% changed from 0.7%;
- "60 million Kenyan shillings ($589,390)": the amount in brackets is the first one converted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import astuple, dataclass, field, replace

from briefing.extract.dates import MONTH_NAME
from briefing.extract.numbers import (
    CHANGE_THEN_LEVELS,
    DURATIONS,
    NEXT_CHANGE_LISTED,
    SCALE_WORD,
    SCALES,
    Quantity,
    levels_of_a_change,
    plain_number,
)
from briefing.model import Amount, Change

RISE = (
    r"rose|risen|rises|increased|grew|grown|climbed|jumped|gained|went\s+up|edged\s+up|widened|advanced|"
    r"moved\s+up|surged|soared|rebounded|accelerated|picked\s+up|(?<!been\s)improved|"
    r"raised|revised\s+up(?:ward)?"  # a forecast "raised 30 million bushels"
)
FALL = (
    r"fell|fallen|falls|decreased|declined|dropped|lost|shrank|shrunk|slipped|went\s+down|moved\s+down|"
    r"edged\s+down|narrowed|lowered|reduced|eased|dipped|plunged|plummeted|tumbled|"
    r"revised\s+down(?:ward)?"
)
RISING = r"increasing|rising|growing|climbing|advancing"  # "increasing 1.8 percent after …"
FALLING = r"decreasing|falling|declining|dropping"
# "is forecast to increase by 4 per cent", "saw productivity rise 18.3 per cent"
RISE_BASE = r"increase|rise|grow|climb"
FALL_BASE = r"decrease|decline|fall|drop|shrink"
NOUN_RISE = r"increase|rise|gain|growth|jump"
NOUN_FALL = r"decrease|decline|fall|drop|reduction|loss|cut"
# "rose by", "fell", "an increase of": what stands right before a number that is a change.
_BY = re.compile(
    rf"(?:(?P<rise>\b(?:{RISE}|{RISING}|{RISE_BASE}))|(?P<fall>\b(?:{FALL}|{FALLING}|{FALL_BASE})))"
    r"(?:\s+(?:only|just|slightly|about|nearly|almost|roughly|around|some|another|a\s+further|"
    # "decreased (by 37%, …", "decreased, by 13%": the "by" after a comma or in a bracket
    r"an\s+additional))?(?:\s+by|\s*,\s*by|\s*\(\s*by)?\s+$"
    # "rose rather faster, by 74%": words between the verb and its "by"
    rf"|(?:\b(?:(?P<rise3>{RISE})|{FALL}))(?:\s+(?!to\b|from\b)[a-z]+){{1,2}},?\s+by\s+$"
    # … but "a net gain of 9,600 persons", "the peak gain of 38,000": a flow, not a change
    rf"|(?<!\bnet\s)(?<!\bpeak\s)(?:(?P<nrise>\b(?:{NOUN_RISE}))|(?P<nfall>\b(?:{NOUN_FALL})))"
    r"(?:(?<!loss)e?s)?"
    # "increases of 10 per cent and 7 per cent": each an increase
    # "the largest absolute decline of all cargo groups in 2023 of 10.8 million tonnes"
    # "an increase from end June 2012 of 9.1%": the time it is measured from, between
    # "an increase in trade union membership numbers among public sector employees of"
    r"(?:\s+of\s+all\s+[a-z]+(?:\s+[a-z]+)?|\s+in\s+(?:19|20)\d\d"
    rf"|\s+in\s+[a-z](?:(?!\b(?:{NOUN_RISE}|{NOUN_FALL})\b)[^.;()\d]){{1,90}}?(?=\s+of\s+$)"
    r"|\s+(?:from|since)\s+(?:(?:the\s+)?end\s+(?:of\s+)?)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d(?:[-–/]\d\d)?)*"
    r"\s+of\s+$"
    # "increases of 10 per cent and 7 per cent": the second of the list
    rf"|(?:(?P<nrise4>\b(?:{NOUN_RISE}))|\b(?!loss)(?:{NOUN_FALL}))e?s\s+of\s+[$€£]?[\d.,]+\s*"
    r"(?:%|per\s*cent|percent)?\s*(?:,\s*(?:and\s+)?|and\s+)$",
    re.IGNORECASE,
)
# Words of a clause: anything but the end of a sentence (a decimal point is not one).
_WORDS = r"(?:[^.;]|\.\d)"
_GERUNDS = r"increasing|decreasing|rising|falling|reducing|declining|growing|dropping"
_FROM = re.compile(
    # "fell by 6% compared with the previous quarter, from 189 to 178": a clause may part them
    # "up 17,000 tonnes from 2.41 million tonnes to 2.42 million" too
    rf"\b(?:{RISE}|{FALL}|{NOUN_RISE}|{NOUN_FALL}|changed?|{_GERUNDS}|up|down)\b{_WORDS}{{0,80}}?"
    # "increased from the equivalent of 7.4 days per worker in 1997 to 10.0 days"
    r"\bfrom\s+(?:the\s+equivalent\s+of\s+)?$"
    r"|\b(?:higher|lower),?\s+from\s+$"  # "12% higher, from 500 to 560"
    r"|\(\s*[+\-\u2212]\d[\d.,]*\s*%\s*,\s*from\s+$",  # "(-7%, from 145 per 100,000 to 134)"
    re.I,
)
# "a record high", "a new series peak": a level a change reached, named.
_A_PEAK = r"a\s+(?:new\s+)?(?:record\s+|series\s+)?(?:high|low|peak)"
_TO = re.compile(
    # "to a record high of 5%", "to a series peak (56%)"
    rf"^{_WORDS}{{0,60}}?\bto\s+(?:reach\s+|stand\s+at\s+|{_A_PEAK}\s*(?:of\s+|\(\s*))?$",
    re.IGNORECASE,
)
# "was 12.4%, an increase of 4.6 percentage points from 2021": the change of the figure before.
# "…, which was an increase of £3.9 billion compared with August 2021" too
_CHANGE_OF = re.compile(
    r",\s*(?:(?:which|this|that)\s+(?:is|was|represents|represented)\s+)?(?:an?\s+)?"
    rf"(?:(?P<nrise>{NOUN_RISE})|(?P<nfall>{NOUN_FALL}))\s+of\s+$",
    re.I,
)
_ANOTHER_CHANGE = re.compile(
    rf"[^.;,\d]{{0,40}}?\s+and\s+(?:an?\s+)?(?:{NOUN_RISE}|{NOUN_FALL})\s+of\b", re.I
)
# "11 100 persons emigrated, which is 2 900 more than in the corresponding quarter last year":
# the change of the figure before, told after it.
_WHICH_IS = re.compile(
    # "136 decisions … in 2019/20, 15 fewer than in …": the same, told by a comma alone
    # "a $1,495 million deficit in the March 2016 quarter ($665 million smaller than …)"
    r"(?:[^.;,\d]|\b(?:19|20)\d\d(?:/\d\d)?\b){0,60}(?:,\s*|\s*\(\s*)(?P<which>(?:which|this|that)\s+(?:is|are|was|were)\s+)?"
    r"(?:about\s+|almost\s+|nearly\s+|some\s+)?",
    re.IGNORECASE,
)
# "up nearly 28 cents from the same time last year", "31 cents higher than a year ago".
_UP = re.compile(r"\b(?P<way>up|down)(?:\s+by)?\s+$", re.IGNORECASE)  # "down by 250 people"
# "up 17,000 tonnes (an increase of 1%) from …": a bracket may come between
# "down 1.1 million tonnes of CO2e since 2011": what is measured, then since when
_UP_AFTER = re.compile(
    # "down 13.2% to 349,452": the level it came to
    # "down by 250 people or 9% from last year": what it counts, and the change in per cent
    # "up 700 persons from the previous year"
    r"^\s+(?:\([^()]*\)\s+)?(?:of\s+[\w-]+\s+|[a-z]+\s+(?=or\s|from\s|on\s|since\s))?"
    r"(?:or\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?"
    r"(?:from|on|over|compared|since|to|relative\s+to|against)\b"
    # "the number of assaults was up 1.9 percent.": the change, told last
    r"|^\s*(?:[.;)]|$|,\s+(?:and|while|whereas|but|the)\b|\s+(?:and|in|during|this|last)\s)",
    re.IGNORECASE,
)
# "made up 25% of the workforce", "taking up 20% of": a share, not a rise
_MADE_UP = re.compile(r"\b(?:make|makes|made|making|take|takes|took|taking)\s+up\s+$", re.I)
# "5,000 fewer men being in employment", "29% fewer completed cases": how far it fell, when
# no "than" names a group it is compared with ("15% less than men"). ("5,467 more homes" is
# as often what is added as how far a count rose.)
_FEWER = re.compile(
    r"^\s+(?:fewer|less)\s+(?!(?:years?|months?|weeks?|days?|hours?|times|likely)\b)"
    r"(?P<rest>(?:[^.;]|\.\d)*)",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\(\s*(?:up|down)\s+$", re.IGNORECASE)  # "(down 4,000 people)"
# "31 cents higher than a year ago", "5 percent up on the same period in 2023"; but "9% lower
# than the five-year average" says how far from an average, not how much it changed.
_THAN = re.compile(
    # "$665 million smaller than the December 2015 quarter deficit": a deficit's change too
    r"^\s+(?:(?P<way>higher|lower|more|less|fewer|smaller|larger|bigger|greater)\s+"
    r"(?:in\s+[^()]{2,20}?\s*(?:\([^()]*\)\s*)?)?(?:than|at)\b"  # "lower in 2016/17 (443) than"
    r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:average|mean|norm|normal|expected)\b)"
    # "15% less than men": a gap between two groups, not a change
    r"(?!\s+(?:men|women|males|females|boys|girls|those|other|others|the\s+national)\b)"
    r"|(?P<way2>up|down)\s+(?:on|than|from|compared)\b"
    # "219 fewer fatalities from motor vehicle crashes in 2014 than in 2013"
    r"|(?P<way3>more|fewer|less)\s+(?:[a-z][\w-]*\s+){1,8}?"
    r"(?:in\s+(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?\s+)?(?:than\s+"
    r"(?:in|during|a\s+year|the\s+(?:previous|prior|same|year))\b"
    # "30 million fewer passengers used Irish airports in 2020 compared to 2019"
    r"|compared\s+(?:to|with)\s+(?:in\s+)?(?:19|20)\d\d\b))",
    re.IGNORECASE,
)
# "1.0% in the 12 months to March, up from 0.7%", "was 67; this is slightly down from 69".
_UP_FROM = re.compile(
    # "… at 31 March 2016, up from a revised $151.9 billion", "77% - up from 75%"
    r"(?:,|\s[-–—]|;\s+(?:this|that|which)\s+(?:is|was))\s*(?:\w+ly\s+)?(?P<way>up|down)\s+from\s+"
    r"(?:an?\s+(?:revised|provisional|estimated)\s+)?$",
    re.IGNORECASE,
)
# "The West Coast and Gulf Coast prices each rose three cents to $2.59 and $2.08, respectively":
# the change goes with every amount of the list.
_EACH = re.compile(r"\beach\b|\brespectively\b", re.IGNORECASE)
_LISTED = re.compile(r"^[^.;\d]{0,30}?(?:,|\band\b)[^.;\d]{0,4}$")
_BRACKET = re.compile(
    r"^\s*\(\s*(?:about|approximately|around|roughly|some|nearly|almost|or|~)?\s*$", re.I
)


@dataclass
class Linked:
    """The figures of a sentence, and what the other numbers say about them."""

    figures: list[Quantity]
    changes: dict[int, Change] = field(default_factory=dict)  # by position in `figures`
    converted: dict[int, Amount] = field(default_factory=dict)


# "…; light rail, (80 percent)", "… and imports (3%)": another thing, no verb of its own
_GAPPED_WORD = (
    r"(?!(?:compared|to|a|an|of|with|than|by|from|in|on|at|for|as|while|which|that|was|were|is|"
    r"are|its|their)\b)(?![a-z]+(?:ing|ed)\b)[A-Za-z][\w-]*"
)
_GAPPED_ITEM = re.compile(
    rf"\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_GAPPED_WORD}(?:\s+{_GAPPED_WORD}){{0,3}},?\s+"
)


def link(text: str, quantities: Sequence[Quantity]) -> Linked:
    """Split `quantities` into figures and the changes and conversions that belong to them."""
    dropped: set[int] = set()
    changes: dict[int, Change] = {}
    by_of: dict[int, Change] = {}  # "an increase of 1,295 cases": the change 1,295 is the size of
    converted: dict[int, Amount] = {}
    quantities = list(quantities)
    claimed = _levels_with_rate_and_size(text, quantities, changes, dropped)
    claimed |= _rate_or_size_to_level(text, quantities, changes, dropped, claimed)
    for i, first in enumerate(quantities):
        if i in claimed:
            continue
        second = quantities[i + 1] if i + 1 < len(quantities) else None
        beyond = _next_outside(text, quantities, i)  # past "(down 4,000 people)"
        if second is not None and _rounded_then_exact(text, first, second):
            dropped.add(i)  # "Almost 30 million (29,760,088) fewer passengers": one number
        elif second is not None and _is_conversion(text, first, second):
            converted[i] = Amount(second.value, second.unit or _unit_words(text, second))
            dropped.add(i + 1)
        elif beyond is not None and (change := _change_to(text, first, quantities[beyond])):
            changes[beyond] = change
            for k in range(i + 1, beyond):  # "decreased by 18,708 (-14.7%) to 108,273"
                if quantities[k].unit == "%" and change.by:
                    changes[k] = _same_way(change, quantities[k])
            moved = _size_before(text, quantities, i, changes) if change.by is None else None
            if moved is not None:
                # "up 17,000 tonnes from 2.41 million to 2.42 million": how far it moved
                changes[beyond] = replace(change, by=changes.pop(moved).by)
                dropped.add(moved)
            if change.before is None or not _OWN_DATE.search(
                text, first.end, quantities[beyond].begin
            ):
                dropped.add(i)  # "from 4.1%": no figure of its own; "from 8,320 in 2022" is
            quantities[beyond] = _with_unit_of(quantities[beyond], first)
        elif second is not None and _then_versus_now(text, first, second):
            # "decreased in 2011–2016 (4% vs. 2%)": the old value, a figure of its own time,
            # then the new, which moved from it
            changes[i + 1] = Change(first.value, second.value, None)
        elif second is not None and (by := _bracketed_change(text, first, second)) is not None:
            changes[i] = Change(None, first.value, by)  # "rose to 3.6 per cent (up 0.1 point)"
            dropped.add(i + 1)
        elif (
            second is not None
            and _can_change_by(first, second)
            and (told := _CHANGE_OF.search(text, first.end, second.begin))
            # "…, a decrease of 5.3pp on the previous year and an increase of 2.8pp on …":
            # two changes from two times, neither the level's one change
            and not _ANOTHER_CHANGE.match(text, second.end)
        ):
            sign = 1 if told["nrise"] else -1
            changes[i] = by_of[i + 1] = Change(None, first.value, sign * second.value)
            dropped.add(i + 1)
        elif (
            second is not None
            and (way := _COMMA_UP.fullmatch(text, first.end, second.begin))
            and second.unit not in _RATES
            and _can_change_by(first, second)
        ):
            # "13.730 billion bushels, down 200 million as …": the level and how far it moved
            size = abs(second.value)
            changes[i] = Change(None, first.value, size if way["way"].lower() == "up" else -size)
            dropped.add(i + 1)
        elif (
            second is not None
            and (by := _more_than(text, first, second)) is not None
            # "(down 4.0 per cent), which was 20.5 per cent lower than its high": a change has
            # no level to be lower than
            and _by(text, first) is None
        ):
            changes[i] = Change(None, first.value, by)
            dropped.add(i + 1)
        elif second is not None and (new := _up_from(text, quantities, i + 1)) is not None:
            changes[new] = Change(second.value, quantities[new].value, None)
            if not _DATED_AFTER.match(text, second.end):
                dropped.add(i + 1)  # "up from 54.2% in 2021" is a figure of its own year
        elif (
            second is not None
            and i not in changes
            and _ROSE_TO.search(text, max(0, first.begin - 50), first.begin)
            and _THEN_FROM.fullmatch(text, first.end, second.begin)
            and (first.unit is None or second.unit is None or _same_kind(first, second))
        ):
            # "rose to 4.5% from 4.1%", "fell to 12.9% in 2022 from 13.3% in 2021"
            changes[i] = Change(_scaled_like(second, first), first.value, None)
            if not _DATED_AFTER.match(text, second.end):
                dropped.add(i + 1)  # "from 13.3% in 2021" is a figure of its own year
            quantities[i + 1] = _with_unit_of(second, first)
        elif i not in changes and (by := _by(text, first)) is not None:
            changes[i] = Change(None, None, by)
        elif i not in changes and _ROSE_TO.search(text, max(0, first.begin - 50), first.begin):
            changes[i] = Change(None, first.value, None)  # "employment increased to 13,590,800"
        elif i not in changes and _UNCHANGED_AT.search(text, max(0, first.begin - 40), first.begin):
            changes[i] = Change(None, first.value, 0)  # "the price is unchanged at $9.10"
        elif (
            i
            and (said := changes.get(i - 1) or by_of.get(i - 1))
            and said.by
            and _RESTATED.fullmatch(text, quantities[i - 1].end, first.begin)
        ):
            # "up by nearly 3 percent or about 1.3 million visitors": the same change, counted
            changes[i] = _same_way(said, first)  # "(-0.6%)": a fall, however it is signed
        elif (
            i
            and (said := changes.get(i - 1))
            and said.by
            and first.unit == quantities[i - 1].unit
            and _AND_AGAINST.fullmatch(text, quantities[i - 1].end, first.begin)
            and _AGAINST.match(text, first.end)
        ):
            # "rising by 5% on the previous quarter and 1% on the previous year": the same
            # way, against another time
            changes[i] = _same_way(said, first)
        elif (
            i
            and (said := changes.get(i - 1))
            and said.by
            and said.before is None
            and said.after is None
            and first.unit == quantities[i - 1].unit
            and _GAPPED_ITEM.fullmatch(text, quantities[i - 1].end, first.begin)
        ):
            # "Exports rose 5% and imports 3%", "Heavy rail grew 30 percent; light rail, 80
            # percent": the same way, of another thing, its verb left out
            changes[i] = _same_way(said, first)
    _for_each_group(text, quantities, changes)
    _restated_in_per_cent(text, quantities, changes)
    _yearly_averages(text, quantities, changes)
    if _EACH.search(text):
        _share_changes(text, quantities, changes, dropped)
    _changes_by_place(text, quantities, changes, dropped)
    kept = [i for i in range(len(quantities)) if i not in dropped]
    return Linked(
        [quantities[i] for i in kept],
        {n: _plain_change(changes[i]) for n, i in enumerate(kept) if i in changes},
        {n: _plain_amount(converted[i]) for n, i in enumerate(kept) if i in converted},
    )


def _plain_change(change: Change) -> Change:
    """ "from 4.1 million": 4100000, not the 4099999.9999999995 that 4.1 × 1,000,000 makes."""
    return Change(*(None if v is None else plain_number(v) for v in astuple(change)))


def _plain_amount(amount: Amount) -> Amount:
    return replace(amount, value=plain_number(amount.value))


# "5% on the previous quarter and 1% on the previous year": a change against another time.
_AGAINST = re.compile(
    r"\s+(?:on|over|compared\s+(?:with|to)|from|than)\s+(?:the\s+)?(?:previous|last|same|a\s+year|"
    r"one\s+year|year\s+earlier|a\s+month|corresponding)",
    re.IGNORECASE,
)
_AND_AGAINST = re.compile(_AGAINST.pattern + r"[^,;()\d]{0,30}?,?\s+and\s+", re.IGNORECASE)
# "… or about 1.3 million visitors", "1,295 cases (16%)": the same change, told again.
_RESTATED = re.compile(r",?\s+or\s+|(?:\s+[a-z]+)?\s*\(\s*(?:or\s+)?")


# "up from 54.2% in 2021", "up from 57,200 in 2020/21": the old value, dated.
_DATED_AFTER = re.compile(
    rf"(?:\s+per\s+[a-z]+)?\s+(?:in|at|for|during)\s+(?:(?:19|20)\d\d|{MONTH_NAME}\s+(?:19|20)\d\d)\b"
)
# "from 8,320 in 2022 to 9,615": an old value with its own date, a figure of its own.
_OWN_DATE = re.compile(rf"\b(?:(?:19|20)\d\d|Q[1-4]|{MONTH_NAME})\b")
# "Sexual crimes were 9% lower (a decrease of 106 crimes)": a comparative that ends its clause,
# against the period the report compares with.
_LOWER_AT_END = re.compile(
    r"^\s+(?P<way>higher|lower)(?=\s*(?:\(|,|;|\.|$))"
    # "was 5.1 percent below its year-earlier level": the change over the year
    r"|^\s+(?P<way2>above|below)\s+(?:its|the|their)\s+(?:year-earlier|year-ago|prior-year)\s+level",
    re.IGNORECASE,
)
# "3.6 per cent for women (up 0.1 percentage point)": a level, then how much it moved.
_UP_IN_BRACKET = re.compile(r"[^()]{0,30}?\(\s*(?P<way>up|down)\s+(?:by\s+)?$", re.IGNORECASE)


def _bracketed_change(text: str, level: Quantity, change: Quantity) -> float | None:
    """How much `level` moved, when a bracket right after it says so in points of its rate."""
    told = _UP_IN_BRACKET.fullmatch(text, level.end, change.begin)
    if not told or not text[change.end :].lstrip().startswith(")"):
        return None
    if (level.unit, change.unit) != ("%", "percentage points"):
        return None
    return change.value if told["way"].lower() == "up" else -change.value


def _with_unit_of(new: Quantity, old: Quantity) -> Quantity:
    """ "from 2.5 per 100,000 persons to 2.9": the new value in the rate the old one gave."""
    if new.unit is not None or old.unit is None:
        return new
    if " per " not in f" {old.unit}" and not _is_measure(old.unit) and old.unit not in DURATIONS:
        return new  # "up 0.1 years to 33.1": 33.1 years
    # "raised 30 million bushels to 80 million": the measure said once
    return replace(new, unit=old.unit, display=f"{new.display} {old.unit}")


def _is_measure(unit: str) -> bool:
    """A physical measure ("bushels", "tonnes"), not a rate, money or a span of time."""
    return unit not in _RATES and not is_money(unit) and unit not in _SPANS_OF_TIME


_SPANS_OF_TIME = frozenset({"years", "months", "weeks", "days", "hours", "share", "out of 10"})


def _can_change_by(figure: Quantity, change: Quantity) -> bool:
    """A percentage changes by points or per cent, not by a count: in "14,700 (+0.7%) in Q1,
    an increase of 15,800", 15,800 is a figure of its own."""
    if figure.unit in _RATES:
        return change.unit in _RATES
    said = figure.unit or change.unit
    if (
        (figure.unit is None) != (change.unit is None)
        and said
        and (_is_measure(said) or said in DURATIONS)
    ):
        # "raised 30 million bushels to 80 million", "13.7 billion bushels, down 200 million",
        # "up 0.1 years to 33.1": the measure said once
        return True
    return change.unit == figure.unit  # "5.1 million, an increase of 7.4%": a rate of its own


def _next_outside(text: str, quantities: Sequence[Quantity], i: int) -> int | None:
    """The next quantity after the `i`th that is not inside brackets opened after it, but
    for a level a change reached, named in brackets ("from 31% … to a series peak (56%)")."""
    for j in range(i + 1, len(quantities)):
        between = text[quantities[i].end : quantities[j].begin]
        if between.count("(") <= between.count(")") or PEAK_IN_BRACKETS.search(between):
            return j
    return None


def _size_before(
    text: str, quantities: Sequence[Quantity], i: int, changes: dict[int, Change]
) -> int | None:
    """The change told just before the old value `i` of "from A to B", in its measure
    ("rose by 17,000 tonnes (1%) from …"), when there is one: the size of that change."""
    for k in range(i - 1, -1, -1):
        between = re.sub(r"\([^()]*\)", "", text[quantities[k].end : quantities[i].begin])
        if "(" in between or ")" in between:
            continue  # inside brackets told between them
        size, change = quantities[k], changes.get(k)
        if _FROM_AFTER_SIZE.fullmatch(between) and change and change.by and change.after is None:
            return k if size.unit == quantities[i].unit and size.unit not in _RATES else None
        return None
    return None


_FROM_AFTER_SIZE = re.compile(r"\s*(?:\w+\s+)?from\s+[$€£¥]?", re.IGNORECASE)


PEAK_IN_BRACKETS = re.compile(rf"\bto\s+{_A_PEAK}\s*\(\s*$", re.I)


def _rounded_then_exact(text: str, first: Quantity, second: Quantity) -> bool:
    """ "Almost 30 million (29,760,088)", "About 1.2 million (1,187,400) people": a number in
    words and its exact count in brackets right after it, of the same unit, within a tenth."""
    return (
        first.unit == second.unit
        and bool(_ROUNDED.match(first.display))
        and bool(_OPENS_BRACKET.fullmatch(text, first.end, second.begin))
        and _CLOSES_BRACKET.match(text, second.end) is not None
        and second.value != 0
        and abs(first.value - second.value) <= 0.1 * abs(second.value)
        and first.value != second.value
    )


_ROUNDED = re.compile(
    r"(?:almost|nearly|about|around|approximately|roughly|some|over|more\s+than|just\s+over|"
    r"just\s+under|close\s+to|an\s+estimated)\s",
    re.IGNORECASE,
)
_OPENS_BRACKET = re.compile(r"\s*\(\s*")
_CLOSES_BRACKET = re.compile(r"\s*\)")


def _is_conversion(text: str, first: Quantity, second: Quantity) -> bool:
    money = is_money(first.unit) and is_money(second.unit)
    if money and first.unit != second.unit:
        return bool(
            _BRACKET.match(text[first.end : second.begin])
            and text[second.end : second.end + 3].lstrip().startswith(")")
        )
    return _measure_converted(text, first, second)


# Measures a report may give again in another system: the dimension of each unit word.
_DIMENSIONS = {
    **dict.fromkeys("kilometre kilometres km kilometer kilometers mile miles".split(), "length"),
    **dict.fromkeys(
        "tonne tonnes ton tons kilogram kilograms kg pound pounds lb lbs".split(), "mass"
    ),
    **dict.fromkeys("litre litres liter liters gallon gallons".split(), "volume"),
    **dict.fromkeys("hectare hectares ha acre acres".split(), "area"),
    # "1.8°F (1.0°C)", "2.57 inches (65 mm)": weather told in two systems
    **dict.fromkeys("°f °c fahrenheit celsius".split(), "temperature"),
    **dict.fromkeys(
        "inch inches in mm millimetre millimetres millimeter millimeters cm centimetre "
        "centimetres centimeter centimeters foot feet metre metres meter meters".split(),
        "length",
    ),
}
# "15.73 billion net tonne kilometres (", "9.77 billion net tonne miles)": the unit word said
# after a number, up to a bracket.
_MEASURED = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?P<unit>[a-z]+)?\s*(?P<close>[()])")


def _unit_words(text: str, quantity: Quantity) -> str | None:
    """ "net tonne miles" of "9.77 billion net tonne miles)": the unit a bracket says."""
    said = re.match(r"\s*([a-z][\w -]{0,40}?)\s*\)", text[quantity.end :])
    return said[1] if said else None


def _measure_converted(text: str, first: Quantity, second: Quantity) -> bool:
    """A measure given again in brackets in another unit of the same kind: "15.73 billion net
    tonne kilometres (9.77 billion net tonne miles)", "4,000 km (2,485 miles)"."""
    told = _MEASURED.match(text, first.end)
    again = _MEASURED.match(text, second.end)
    if not (told and again and told["close"] == "(" and again["close"] == ")"):
        return False
    if text[told.end() : second.begin].strip():
        return False  # "(about 9.77 billion …)": only the number opens the bracket
    units = [
        (told["unit"] or (first.unit or "").split(" ")[-1]).lower(),
        (again["unit"] or (second.unit or "").split(" ")[-1]).lower(),
    ]
    kinds = [_DIMENSIONS.get(u) for u in units]
    return kinds[0] is not None and kinds[0] == kinds[1] and units[0] != units[1]


def _change_to(text: str, old: Quantity, new: Quantity) -> Change | None:
    """ "from A to B" (after a verb of change), or "rose A to B", "an increase of A to B"."""
    between = re.sub(r"\([^()]*\)", "", text[old.end : new.begin])
    if not _TO.match(between):
        return None
    before = text[max(0, old.begin - 100) : old.begin]
    listed = NEXT_CHANGE_LISTED.search(
        text, max(0, old.begin - 160), old.begin
    ) or levels_of_a_change(text, old.begin, new.end)
    if (_FROM.search(before) or CHANGE_THEN_LEVELS.search(before) or listed) and (
        old.unit is None or new.unit is None or _same_kind(old, new)
    ):
        # "fell from 33.8 victimizations per 1,000 persons in 1993 to 7.5": the unit said once
        return Change(_scaled_like(old, new), new.value, None)
    if (verb := _BY.search(before)) and _can_change_by(new, old):
        # "decreased by 11% to 13.9 million tonnes": 11% is a rate of change of its own, not
        # a number of tonnes the new figure changed by
        if old.unit in _RATES and new.unit not in _RATES:
            return None
        sign = 1 if verb["rise"] or verb["nrise"] or verb["rise3"] or verb["nrise4"] else -1
        return Change(None, new.value, sign * old.value)
    if (
        _GAPPED_BY.search(before)
        and _can_change_by(new, old)
        and (verb := _BY_EARLIER.search(text, max(0, old.begin - 250), old.begin))
    ):
        # "decreased by 8 percentage points to 33% …, by 7 percentage points to 30% …": the
        # same way, its verb left out
        return Change(None, new.value, (1 if verb["rise"] else -1) * old.value)
    if (
        (way := _UP.search(before))
        and _can_change_by(new, old)
        and not (old.unit in _RATES and new.unit not in _RATES)
        and not (old.unit == new.unit == "%")  # "down 5% to 62.3%": 5% may be a rate of change
    ):
        # "up 11.9 TWh to 35.4 TWh"
        return Change(None, new.value, old.value if way["way"].lower() == "up" else -old.value)
    return None


_RATES = frozenset({"%", "percentage points"})


def _same_way(said: Change, quantity: Quantity) -> Change:
    """A change of `quantity`'s size the way `said` went ("rose 5% and 3%": 3 up, however
    the 3 is signed)."""
    size = abs(quantity.value)
    return Change(None, None, size if said.by is not None and said.by > 0 else -size)


def listed_for_group(text: str, quantities: Sequence[Quantity], i: int) -> tuple[int, str] | None:
    """ "rents increased by 6% in 2014, 10% for LFA holdings and 1% for non-LFA": the figure a
    list item repeats for a group (its position) and the group, when the item is one."""
    if not i or not (group := _FOR_GROUP.match(text, quantities[i].end)) or _EACH.search(text):
        return None  # "56% and 55% for boys and girls respectively": the groups are paired
    if not _LISTED_AFTER.fullmatch(text, quantities[i - 1].end, quantities[i].begin):
        return None
    head = i - 1
    while head and _LISTED_AFTER.fullmatch(text, quantities[head - 1].end, quantities[head].begin):
        head -= 1  # back along the list to its first figure
    if head and _BRACKETED_AFTER.fullmatch(text, quantities[head - 1].end, quantities[head].begin):
        head -= 1  # "by six per cent (four per cent in real terms), ten per cent for …"
    same_unit = quantities[head].unit == quantities[i].unit
    if not same_unit or _FOR_GROUP.match(text, quantities[head].end):
        return None  # "300 for Wales and 200 for Scotland": no figure of the whole to repeat
    return head, group["group"]


# ", 10% for LFA holdings", "; £25 per hectare for LFA holdings": an item after a list's first
_PER_UNIT = r"\s+(?:per|a)\s+[a-z]+"  # "£25 per hectare"
_NEXT_ITEM = r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)"
_LISTED_AFTER = re.compile(
    rf"(?:{_PER_UNIT}|[^.;()\d]{{0,30}}\))?\s*{_NEXT_ITEM}"
    rf"|(?:{_PER_UNIT})?\s+for\s+[^.;()\d]{{2,40}}?{_NEXT_ITEM}"
)
_BRACKETED_AFTER = re.compile(r"[^.;()]{0,40}\(\s*")
_FOR_GROUP = re.compile(
    rf"(?:{_PER_UNIT})?\s+for\s+(?P<group>(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)"
    r"(?=\s*(?:[,;.)]|\s+and\b|$))"
)


def _restated_in_per_cent(
    text: str, quantities: Sequence[Quantity], changes: dict[int, Change]
) -> None:
    """ "down by 250 people or 9% from last year": the same change, told in per cent."""
    for i in range(1, len(quantities)):
        said = changes.get(i - 1)
        if i in changes or not said or not said.by or said.before is not None:
            continue
        if quantities[i].unit == "%" and _OR_IN_PER_CENT.fullmatch(
            text, quantities[i - 1].end, quantities[i].begin
        ):
            changes[i] = _same_way(said, quantities[i])


_OR_IN_PER_CENT = re.compile(r"\s+(?:[a-z]+\s+)?or\s+", re.IGNORECASE)


def _for_each_group(text: str, quantities: Sequence[Quantity], changes: dict[int, Change]) -> None:
    """A list item told for a group after a change is the same way's change of that group."""
    for i in range(1, len(quantities)):
        if i in changes or not (listed := listed_for_group(text, quantities, i)):
            continue
        said = changes.get(listed[0])
        if said and said.by and said.before is None and said.after is None:
            changes[i] = _same_way(said, quantities[i])


_GAPPED_BY = re.compile(rf"{_NEXT_ITEM}by\s+$", re.IGNORECASE)
_BY_EARLIER = re.compile(rf"\b(?:(?P<rise>{RISE})|{FALL})\s+by\b(?!.*\b(?:{RISE}|{FALL})\b)", re.I)


def _scaled_like(old: Quantity, new: Quantity) -> float:
    """ "rising from 2.31 to 2.34 million": the scale said once, after the second number."""
    said = SCALE_WORD.search(new.display)
    if not said or re.search(r"[a-z]", old.display, re.IGNORECASE):
        return old.value
    scaled = old.value * SCALES[said[1].lower()]
    return scaled if new.value / 10 <= scaled <= new.value * 10 else old.value


_COMMA_UP = re.compile(
    # "a deficit of $515 million in the March 2016 quarter, down $247 million from …"
    r"(?:\s+(?:in|during|for|at)\s+(?:the\s+)?[^,;()\d]{0,30}?(?:1[89]|20)\d\d[^,;()\d]{0,12}?)?"
    r"\s*,\s*(?P<way>up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[$€£¥]?",
    re.IGNORECASE,
)
_UNCHANGED_AT = re.compile(r"\b(?:unchanged|steady|stable|flat)\s+at\s+[$€£¥]?$", re.IGNORECASE)
# "employment increased to 13,590,800", "fell to 1.07": the level a change reached.
# "… to 4.5% from", "… to 12.9% in 2022 from": the old value comes after the new one.
_THEN_FROM = re.compile(
    # "… to $1.16 per gallon from $1.35 per gallon": the unit said again
    r"(?:\s+per\s+[a-z]+)?\s*(?:(?:in|during|at)\s+[^,;()]{1,40}?)?,?\s+from\s+(?:about\s+|nearly\s+|almost\s+)?[$€£]?",
    re.IGNORECASE,
)
_RATE_OF_CHANGE = (
    r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:\d[\d.,]*|[a-z]+)\s*"
    r"(?:%|per\s*cent|percent|percentage\s+points?)"
)
_ROSE_TO = re.compile(
    rf"(?:\b(?:{RISE}|{FALL}|{RISING}|{FALLING}|{RISE_BASE}|{FALL_BASE}|improved|worsened|climbed)"
    r"(?:\s+(?:slightly|sharply|further|again|only))?"
    # "decreased by 27 per cent to £160 million", "decreased 15 percent in 1998, to $1.16":
    # the rate, then the level it reached
    rf"(?:\s+{_RATE_OF_CHANGE}(?:\s+(?:in|during)\s+[^,;()]{{1,30}}?)?,?)?"
    # "(up 4.5% to 4,936)", but not "up to 500 people" (as many as)
    rf"|\b(?:up|down)\s+{_RATE_OF_CHANGE})\s+to\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|an\s+estimated\s+)?[$€£¥]?$",
    re.IGNORECASE,
)


def _more_than(text: str, first: Quantity, second: Quantity) -> float | None:
    """ "11 100, which is 2 900 more than last year": by how much `first` changed."""
    linked = _WHICH_IS.fullmatch(text, first.end, second.begin)
    if second.unit != first.unit or not linked:
        return None
    if not linked["which"] and not _THAN_THEN.match(text, second.end):
        return None  # "77.7 years, 7.8 years more than Glasgow City": a gap, not a change
    # "which are 4,657 persons more than a year earlier": the noun said again, then the way
    after = _NOUN_AGAIN.sub(" ", text[second.end : second.end + 40], count=1)
    way = _THAN.match(after)
    if way is None or not (told := way["way"] or way["way3"]):
        return None
    rising = told.lower() in {"higher", "more", "larger", "bigger", "greater"}
    return second.value if rising else -second.value


# "…, 15 fewer than in the same period in the previous year": a change since then
_THAN_THEN = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:more|fewer|less|higher|lower|smaller|larger)\s+than\s+"
    r"(?:in\s+|during\s+|at\s+)?(?:the\s+(?:same|previous|prior|corresponding)|a\s+year|last|"
    r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)
_NOUN_AGAIN = re.compile(r"^\s+(?:[a-z][\w-]*\s+){1,2}?(?=(?:more|fewer|less|higher|lower)\b)")


# "£9.61 billion, a 3.49% increase of £324 million from £9.28 billion in 2019/20": a level,
# the rate and the size of its change, and the old value it moved from.
_THEN_RATE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s*,\s*(?:(?:which|this)\s+(?:is|was)\s+)?an?\s+$", re.I
)
_RATE_OF_SIZE = re.compile(
    rf"\s+(?:(?P<rise>{NOUN_RISE})|{NOUN_FALL})\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)
_SIZE_FROM = re.compile(r"(?:\s+[a-z]+){0,2}?\s+from\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)


def _levels_with_rate_and_size(
    text: str, quantities: list[Quantity], changes: dict[int, Change], dropped: set[int]
) -> set[int]:
    """Link each level told with the rate and the size of its change ("£9.61 billion, a
    3.49% increase of £324 million from £9.28 billion"); the positions it used come back."""
    claimed: set[int] = set()
    for i in range(len(quantities) - 2):
        level, rate, size = quantities[i : i + 3]
        told = _RATE_OF_SIZE.fullmatch(text, rate.end, size.begin)
        if (
            i in claimed
            or rate.unit != "%"
            or level.unit in _RATES
            or not told
            or not _THEN_RATE.fullmatch(text, level.end, rate.begin)
            or not _can_change_by(level, size)
        ):
            continue
        sign = 1 if told["rise"] else -1
        old = quantities[i + 3] if i + 3 < len(quantities) else None
        if old and (_SIZE_FROM.fullmatch(text, size.end, old.begin)) and _same_kind(old, level):
            changes[i] = Change(old.value, level.value, sign * size.value)
            claimed.add(i + 3)
            if not _DATED_AFTER.match(text, old.end):
                dropped.add(i + 3)  # "from £9.28 billion in 2019/20" is a figure of its year
        else:
            changes[i] = Change(None, level.value, sign * size.value)
        changes[i + 1] = Change(None, None, sign * rate.value)
        dropped.add(i + 2)
        claimed.update({i, i + 1, i + 2})
    return claimed


# "(up 8%, or $0.9b, to $12.1b)": the rate of a change, its size, then the level it reached
_WAY_BEFORE = re.compile(rf"\b(?:(?P<up>up|{RISE})|down|{FALL})\s+(?:by\s+)?$", re.IGNORECASE)
_OR_SIZE = re.compile(r"\s*,?\s*(?:\(\s*)?or\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_TO_LEVEL = re.compile(
    r"(?:\s+[a-z]+)?\s*\)?\s*,?\s*to\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE
)


def _rate_or_size_to_level(
    text: str,
    quantities: list[Quantity],
    changes: dict[int, Change],
    dropped: set[int],
    claimed: set[int],
) -> set[int]:
    """Link each change told by its rate, "or" its size, then the level it reached ("up 8%,
    or $0.9b, to $12.1b"); the positions it used come back."""
    used: set[int] = set()
    for i in range(len(quantities) - 2):
        rate, size, level = quantities[i : i + 3]
        way = _WAY_BEFORE.search(text, max(0, rate.begin - 30), rate.begin)
        if (
            {i, i + 1, i + 2} & (claimed | used)
            or way is None
            or rate.unit not in {"%", "percentage points"}
            or not _OR_SIZE.fullmatch(text, rate.end, size.begin)
            or not _TO_LEVEL.fullmatch(text, size.end, level.begin)
            or not _can_change_by(level, size)
        ):
            continue
        sign = 1 if way["up"] else -1
        changes[i] = Change(None, None, sign * rate.value)
        changes[i + 2] = Change(None, level.value, sign * size.value)
        dropped.add(i + 1)
        used.update({i, i + 1, i + 2})
    return used


_VERSUS = re.compile(r"\s*(?:vs\.?|versus)\s*", re.IGNORECASE)
_CHANGE_WORD = re.compile(rf"\b(?:{RISE}|{FALL}|(?:{NOUN_RISE}|{NOUN_FALL})e?s?)\b", re.IGNORECASE)


def _then_versus_now(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether "(4% vs. 2%)", after a change told in the sentence, is the old value and the
    new: "decreased in 2011–2016 (4% vs. 2%)", "Declines ranged … among poor (31% vs. 17%)"."""
    return (
        first.unit == second.unit
        and bool(_VERSUS.fullmatch(text, first.end, second.begin))
        and text[: first.begin].rstrip().endswith("(")
        and text[second.end :].lstrip().startswith(")")
        and bool(_CHANGE_WORD.search(text, 0, first.begin))
    )


def _up_from(text: str, quantities: Sequence[Quantity], j: int) -> int | None:
    """ "1.0%, up from 0.7%", "was 67, accounting for 8.2% …; this is down from 69": the
    position of the figure whose old value the `j`th is, the nearest before it in its unit."""
    old = quantities[j]
    between = text[quantities[j - 1].end : old.begin]
    if not _UP_FROM.search(between) or "." in between:
        return None
    if j + 1 < len(quantities) and _TO.match(
        re.sub(r"\([^()]*\)", "", text[old.end : quantities[j + 1].begin])
    ):
        return None  # "fallen by 862, down from 14,389 … to 13,527": the old value of 13,527
    return next((i for i in range(j - 1, -1, -1) if _same_kind(quantities[i], old)), None)


# "gained 0.9% in the euro area and 1.0% in the EU27": the next place's change, told the same way.
_AND_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Za-z][^,;()\d]{1,40}?\s+and\s+(?:by\s+)?")
# "grew 1.1% on an hours worked basis and 0.5% on a QALI basis", "rose 2.0% year on year and
# 0.3% month on month": a change told one way, then another way.
_QUALIFIER = r"(?:[^,;()\d]|(?:19|20)\d\d)"  # "in May 2020", not "in 5 regions"
GAPPED = re.compile(
    rf"\s+(?P<qual>(?:on|in|for|among)\s+(?:the\s+|an?\s+)?[A-Za-z]{_QUALIFIER}{{1,40}}?|"
    r"(?:year|month|quarter)\s+on\s+(?:year|month|quarter))\s+and\s+(?:by\s+)?"
)
GAPPED_AFTER = re.compile(
    rf"\s+(?P<qual>(?:on|in|for|among)\s+(?:the\s+|an?\s+)?[A-Za-z]{_QUALIFIER}{{1,40}}?|"
    r"(?:year|month|quarter)\s+on\s+(?:year|month|quarter))(?=\s*(?:[,.;]|$))"
)


def _changes_by_place(
    text: str, quantities: Sequence[Quantity], changes: dict[int, Change], dropped: set[int]
) -> None:
    """A change told for one place, then another number for another place, changed alike."""
    for i in sorted(changes):
        change, j = changes[i], i + 1
        if change.by is None or change.after is not None or j >= len(quantities):
            continue
        if j in changes or j in dropped or quantities[j].unit != quantities[i].unit:
            continue
        if _AND_IN_PLACE.fullmatch(text, quantities[i].end, quantities[j].begin) or (
            GAPPED.fullmatch(text, quantities[i].end, quantities[j].begin)
            and GAPPED_AFTER.match(text, quantities[j].end)
        ):
            changes[j] = _same_way(change, quantities[j])


# "grew by 60%, an average of 4.8% a year", "by 74%, or 5.7% per annum": a rate per year.
PER_YEAR = re.compile(r"\s+(?:a|per|each)\s+(?:year|annum)\b|\s+annually\b", re.IGNORECASE)


def _yearly_averages(text: str, quantities: Sequence[Quantity], changes: dict[int, Change]) -> None:
    """A percentage a year after a change in per cent is the same change, as a yearly rate."""
    for i in range(1, len(quantities)):
        said, quantity = changes.get(i - 1), quantities[i]
        if i in changes or said is None or not said.by or said.after is not None:
            continue
        if quantity.unit == quantities[i - 1].unit == "%" and PER_YEAR.match(text, quantity.end):
            changes[i] = _same_way(said, quantity)


def _share_changes(
    text: str, quantities: Sequence[Quantity], changes: dict[int, Change], dropped: set[int]
) -> None:
    """Each amount listed after a changed one, in the same unit, changed as much."""
    for i in sorted(changes):
        change = changes[i]
        j = i + 1
        while j < len(quantities) and j not in changes and j not in dropped:
            previous, current = quantities[j - 1], quantities[j]
            if current.unit != previous.unit or not _LISTED.match(
                text[previous.end : current.begin]
            ):
                break
            if change.after is None and change.by and abs(change.by) == abs(quantities[i].value):
                # "up by 16% and 17% respectively": each its own change, the same way
                changes[j] = _same_way(change, current)
            else:
                changes[j] = Change(
                    None, current.value if change.after is not None else None, change.by
                )
            j += 1


def _by(text: str, quantity: Quantity) -> float | None:
    """ "rose by 144,000", "up 28 cents from", "31 cents higher than a year ago", "declined
    2.8 percent": the figure is the change; "prices of rent rose by 6.2%" and "rose 8% from
    4,580 to 4,929" too. But an index or inflation that rose by 0.2% gives a rate (of
    inflation)."""
    before = text[max(0, quantity.begin - 45) : quantity.begin]
    after = text[quantity.end : quantity.end + 90]
    if quantity.unit == "%" and _A_RATE.search(text, max(0, quantity.begin - 60), quantity.begin):
        return None
    size = abs(quantity.value)  # "decreased by -0.9%" is a fall all the same
    if verb := _BY.search(before):
        return size if verb["rise"] or verb["nrise"] or verb["rise3"] or verb["nrise4"] else -size
    if noun := _NOUN_IN_OF.search(text, max(0, quantity.begin - 90), quantity.begin):
        return size if noun["rise"] or noun["rise2"] else -size
    way = _UP.search(before) if _UP_AFTER.match(after) or _BRACKETED.search(before) else None
    way = None if _MADE_UP.search(before) else way
    way = way or _THAN.match(after) or _LOWER_AT_END.match(after)
    if way is None and (fewer := _FEWER.match(after)) and "than" not in fewer["rest"]:
        return -size
    if (
        way is None
        and before.rstrip().endswith("(")
        and (rising := rose_in_brackets(text, quantity)) is not None
    ):
        return size if rising else -size  # "Receipts (2%) and disposals (12%) fell"
    if way is None and _SIGNED_IN_BRACKETS.search(before) and _SIGN.match(quantity.display):
        # "jumped in Finland (+842%), Hungary (+231%)": a percentage signed is a change
        return quantity.value if quantity.unit in {"%", "percentage points"} else None
    if way is None and (quantity.display.startswith("+") or before.endswith("+")):
        # "ranging from +1.7 percent in …", "France (+€1,499 million)": a plus says a rise
        return None if "°" in (quantity.unit or "") else size
    if way is None and POSTED.search(before) and (noun := POSTED_NOUN.match(after)):
        return size if re.fullmatch(NOUN_RISE, noun["noun"], re.I) else -size  # "posted a 3% gain"
    if way is None and (listed := _LISTED_BEFORE_NOUN.match(after)):
        after = after[listed.end() :]  # "A 66% and 22% fall in …": the fall of each
    if way is None and (noun := CHANGE_NOUN_AFTER.match(after) or CHANGE_NOUN_FROM.match(after)):
        return size if re.fullmatch(NOUN_RISE, noun["noun"], re.I) else -size  # "a 10% increase"
    if way is None:
        return None
    told = way["way"] or way.groupdict().get("way2") or way.groupdict().get("way3") or ""
    rising = told.lower() in {"up", "higher", "more", "above", "larger", "bigger", "greater"}
    return size if rising else -size


# "66% and (22% fall in …)", "12%, 15% and (20% rise)": numbers listed before the change they
# share.
_LISTED_BEFORE_NOUN = re.compile(
    r"(?:\s*,\s*[\d.,]+\s*%)*(?:\s*,)?\s+and\s+[\d.,]+\s*%(?=\s+[a-z])"
)


# "Finland (+842%)", "Yukon (-4%)": a name, then its change in brackets, signed.
_SIGNED_IN_BRACKETS = re.compile(r"[A-Za-z]\s*\(\s*$")
_SIGN = re.compile(r"[-+\u2212]")


def rose_in_brackets(text: str, quantity: Quantity) -> bool | None:
    """Whether `quantity`, in brackets after what changed, is a rise ("Receipts (2%) and
    disposals (12%) fell": two falls; a sign written says which way all the same), or None
    when no verb of change follows the brackets."""
    changed = _CHANGED_AFTER.match(text, quantity.end)
    if changed is None and (listed := _LISTED_AFTER_CHANGE.search(text, 0, quantity.begin)):
        # "Two offenses decreased: forcible rape (4.7 percent) and …": each item's change
        return (
            quantity.value > 0
            if re.match(r"[-+\u2212]", quantity.display)
            else bool(listed["rise"])
        )
    if changed is None and (found := _FOUND_IN.search(text, 0, quantity.begin)):
        # "the largest fall was registered in Estonia (22%)", "followed by Malta (6%)"
        return bool(found["rise"])
    if changed is None:
        return None
    if re.match(r"[-+\u2212]", quantity.display):
        return quantity.value > 0
    return bool(changed["rise"])


# "The highest increase was recorded in Greece (", "… followed by Malta (": a change found in
# a place, the nearest one told before the bracket and in its clause.
_FOUND_IN = re.compile(
    rf"\b(?:(?P<rise>{NOUN_RISE}|increases|rises)|{NOUN_FALL}|decreases|falls|declines)\s+"
    r"(?:was|were)\s+(?:recorded|registered|observed|seen|reported|found)\s+in\s+(?-i:[A-Z])"
    r"(?:(?!\bwhile\b|\bwhereas\b)[^;.])*\(\s*$",
    re.IGNORECASE,
)


# "increased during the trend period: murder (2.1 percent) and robbery (": a list of changes.
_LISTED_AFTER_CHANGE = re.compile(
    rf"\b(?:(?P<rise>{RISE})|{FALL})\b[^.:;()]{{0,40}}:(?:[^.;:]|\.\d)*?\(\s*$", re.IGNORECASE
)
# "Receipts (2%) and disposals (12%) fell on the previous quarter": the changes, in brackets
# after what changed, the verb after them all.
_CHANGED_AFTER = re.compile(
    r"\s*\)(?:\s*(?:,|,?\s+and)\s+(?:[\w'’-]+\s+){0,4}?\([^()]{1,20}\))*"
    rf"\s+(?:(?:have|has|had|both|all|each)\s+)?(?:(?P<rise>{RISE})|{FALL})\b",
    re.IGNORECASE,
)
# "an annual increase in employment of 2.4%", "an increase in full-time employment of 77,800":
# the number after the thing that changed is the size of the change.
_NOUN_IN_OF = re.compile(
    rf"\b(?:(?P<rise>{NOUN_RISE})|{NOUN_FALL})\s+in\s+[^.;:()\d]{{1,60}}?"
    # "the increase in real GDP was 2.8 percent", "real GDP increased at an annual rate of 3.6
    # percent": the size of the change, said after it
    r"\s+(?:of|was|were|is|are|amounted\s+to|came\s+to)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+|over\s+|more\s+than\s+)?[$€£¥]?$"
    rf"|\b(?:(?P<rise2>{RISE}|{RISING})|{FALL}|{FALLING})\s+at\s+an?\s+(?:[\w-]+\s+){{0,3}}?"
    r"rate\s+of\s+(?:about\s+|almost\s+|nearly\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
# "a 33% decrease from five years earlier": the change of what was told before it.
CHANGE_NOUN_FROM = re.compile(
    # "a 1% (451 persons) annual increase from the June quarter 2018"
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:annual|monthly|quarterly|weekly|yearly)\s+)?"
    rf"(?P<noun>{NOUN_RISE}|{NOUN_FALL})\s+(?=(?:from|on|over|compared|since)\b)",
    re.I,
)
# "a 10% increase in influenza A specimens", "the $29.3 billion increase in real PCE": the
# number is the size of the change the noun after it names.
CHANGE_NOUN_AFTER = re.compile(
    rf"\s+(?:(?:annual|monthly|quarterly|weekly|year-on-year|overall|net)\s+)?"
    # "a 1.6 million acre cut to harvested area": a cut is to what it lessens
    rf"(?P<noun>{NOUN_RISE}|{NOUN_FALL})(?:\s+in|(?<=cut)\s+to(?=\s+[a-z]))\s+(?:the\s+)?(?=\w)",
    re.IGNORECASE,
)
# "Furniture stores posted a 3.0% gain", "retailers reported a 2.3% sales decline": the
# subject's change, told as a noun it had.
POSTED = re.compile(
    r"\b(?:posted|reported|recorded|registered|saw|showed|had)\s+an?\s+$", re.IGNORECASE
)
POSTED_NOUN = re.compile(
    rf"\s+(?:(?P<what>[a-z]+)\s+)?(?P<noun>{NOUN_RISE}|{NOUN_FALL})\b(?!\s+(?:in|of)\b)",
    re.IGNORECASE,
)
# What rises by a percentage that is itself the measure: prices, an index, inflation.
_A_RATE = re.compile(r"\b(?:index|indices|inflation|CPI\w*|HICP|RPI|PPI)\b", re.I)


def _same_kind(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit


def is_money(unit: str | None) -> bool:
    """Whether `unit` is a currency's ISO code ("USD", "KES")."""
    return unit is not None and len(unit) == 3 and unit.isupper()
