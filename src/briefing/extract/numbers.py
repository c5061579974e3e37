"""Quantities in English text: digits, number words, ranges, percentages, money,
durations, scores, ratings and fractions, with the qualifier before them.

What is not a quantity is left out here: years and dates, article, section and
law numbers, numbers inside names ("G7", "COVID-19"), list numbering, page and
note numbers.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace

from briefing.extract import money
from briefing.extract.dates import PRICE_BASE, REFERENCE, SUPERLATIVE, DateSpan, find_dates

UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = {word: n for n, word in enumerate(UNITS)} | {
    word: 10 * n for n, word in enumerate(TENS, start=2)
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "m": 1_000_000,
    "k": 1_000,
    "trillion": 10**12,
}
# A scale written out in a figure's display: "2.34 million".
SCALE_WORD = re.compile(r"\b(thousand|million|billion|trillion)\b", re.IGNORECASE)
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}

NUMBER_WORD = (
    r"(?:(?:"
    + "|".join(TENS)
    + r")(?:[-\s](?:"
    + "|".join(UNITS[1:10])
    + r"))?|"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r")"
)
# "1,350", "2 456", "12.5"; and the decimal comma of continental Europe: "57,3", "1 740,25".
# "2¾ per cent", "¼ of a point": a vulgar fraction, as central banks write rates
VULGAR = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_DIGITS = (
    rf"\d*[{''.join(VULGAR)}]"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})*,\d{1,2}(?![\d,])"
    r"|\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| )\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|\.\d+(?![.\d])"  # "-.9", ".7": a table's decimals as US releases print them
)
_DECIMAL_COMMA_IN_TEXT = re.compile(
    r"(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*),(\d{1,2})(?![\d,])"
)
_DECIMAL_COMMA = re.compile(r"[\d\s\u00a0\u202f\u2009]*,\d{1,2}")
# "£4m", "$300k": a short scale only right after an amount's digits (alone, "4m" is 4 metres).
# "75p per therm", "rose 2.1p.": pence glued to a number in running text (a table's "2.1p",
# alone in its cell, is a provisional figure's flag)
_PENCE_END = r"(?=\s+[a-z]|[,;)]|\.(?:\s|$))"
# A measure's symbol written against its number: "32.8mm of rainfall", "5km", "3.4GW"
_GLUED_MEASURE = r"(?-i:(?:mm|cm|km2?|kg|[kMGT]Wh?)\b)"
# Letters a number may have glued to it: percentage points' "5.3pp", pence's "75p per therm",
# a measure's symbol
_GLUED_UNIT = rf"pp(?:ts?)?\b|p{_PENCE_END}|{_GLUED_MEASURE}"
# "$51.0b", "£2.1b": a billion shortened to its letter, only after an amount of money (a "3b"
# alone is a part of a table or a figure's name)
_MONEY_B = "|".join(
    rf"(?<=[$€£¥]{digits})"
    for digits in (
        r"\d",
        r"\d\d",
        r"\d\d\d",
        r"\d\.\d",
        r"\d\d\.\d",
        r"\d\d\d\.\d",
        r"\d\.\d\d",
        r"\d\d\.\d\d",
    )
)
_SCALE = (
    r"(?:\s*(?:hundred|thousand|million|billion|trillion|mn|bn)\b|(?<=\d)[mk](?!\w)"
    rf"|(?:{_MONEY_B})b(?!\w))"
)
_FRACTION = (
    r"(?:(?P<fnum>"
    + NUMBER_WORD
    + r"|an?)[-\s]+(?P<fden>halves|half|thirds?|quarters?|fifths?|tenths?)"
    r"(?=\s+(?:of|in|were|was|had|are|is)\b)"
    r"|(?P<fnum2>" + NUMBER_WORD + r")[-\s]+(?P<fden2>halves|thirds|quarters|fifths|tenths)\b"
    # "one in seven", "9 in 10": not "5 in 2020", a count and its year
    # "nine out of every ten": the same, told out of a whole
    # "three-in-ten adults": the same, hyphenated
    r"|(?P<onein>one|two|three|four|five|six|seven|eight|nine|[1-9])(?:\s+|-(?=in-))"
    # "nine out of ten users" (in words: "7 out of 10" is a score)
    r"(?:in(?:\s+every)?|out\s+of\s+every|(?<=[a-z]\s)out\s+of)(?:\s+|(?<=in)-)(?P<inden>"
    + NUMBER_WORD
    + r"|(?!(?:1[89]|20)\d\d\b)\d+)\b(?!\s*(?:years?|months?|weeks?|days?)\b)"
    # "half of all …", "and half were classed as normal"
    # "just under half (1.8 million) attended", "half reported": a share told by its verb
    r"|(?<!first\s)(?<!second\s)(?P<half>half)(?=\s+(?:of|the|all|were|was|are|is|had|have)\b"
    r"|\s*\((?=\s*[$€£]?\d)|\s+(?-i:[a-z]{3,}ed)\b))"
)
NUMBER = re.compile(
    # "USD4,000": a currency's code written against its amount
    # "8-Hour,79%": after a word and a comma with no space, as a list's cells run together
    rf"(?:(?<![\w.,-])|(?<=[A-Za-z],)|{money.glued_code_pattern()})(?:"
    + _FRACTION
    + r"|(?P<dozen>a\s+dozen)|(?:(?<![\w.,)])(?P<sign>[-\u2010\u2011\u2212+])(?=\.?\d))?(?P<digits>"
    + _DIGITS
    + r")"
    + r"|(?P<words>"
    + NUMBER_WORD
    + r"(?:\s+(?:hundred|thousand|million|billion)(?:\s+and\s+"
    + NUMBER_WORD
    + r")?)?))(?P<scale>"
    + _SCALE
    # no letter glued to it but a unit's; "the 60's": a decade
    + rf")?(?!(?!{_GLUED_UNIT})\w|[.,]\d|(?<=0)['’]s\b)",
    re.IGNORECASE,
)

NO_COUNTRY = money.Currencies()
_CURRENCY_PREFIX = re.compile(money.code_pattern())
# Units of physical measures, written out (any case) or as their symbols (case as written).
MEASURES = (
    r"(?:(?i:(?:metric\s+|short\s+)?(?:tonnes?|tons?)|bushels?|barrels?|gallons?|lit(?:re|er)s?|"
    r"(?:cubic\s+|square\s+)?(?:kilo|centi|milli)?met(?:re|er)s?|(?:square\s+)?miles?|acres?|"
    # "500 micrograms per cubic metre", "25 µg/m3", "0.114 ppm": concentrations in air
    r"(?:micro|milli)grams?\s+per\s+cubic\s+met(?:re|er)|parts\s+per\s+(?:million|billion)|"
    r"hectares?|kilograms?|grams?|degrees\s+(?:Fahrenheit|Celsius)|(?:kilo|mega|giga|tera)"
    r"watt(?:-hour)?s?|inches|inch|feet|foot)|(?:[kMGT]Wh?|kWh|MWh|GWh|TWh|km2?|kg|ha|mph|bbl|mm|cm|"
    r"[µμm]g/m[3³]|ppm|ppb))"
)
# "20.6 million tonnes of carbon dioxide equivalent", "5 Mt CO2e": what a tonne is of.
EQUIVALENT = r"(?i:\s+of\s+(?:[\w-]+\s+){1,2}?equivalent|\s+CO2e?|\s+CO₂e?)"
PER_MEASURE = r"(?i:acre|hectare|day|year|month|week|hour|capita|person|head|gallon|barrel)"
_AFTER_UNIT = re.compile(
    # "5.3pp", "2.8 ppts", "0.1 pts": percentage points, as statistical releases shorten them
    r"(?i:(?P<percent>\s?%|(?:\s+|-)per[\s-]?cent\b|\s+percentage\s+points?\b|\s?(?:pp|ppts?|pts|p\.p\.)(?!\w|\.\w)))"
    r"|\s+(?P<cents>(?i:cents?)\b)"
    # "51.6 pence per litre", "75p per therm" (not a table's flag "2.1p", which ends the cell)
    rf"|(?P<pence>\s+(?i:pence)\b|p{_PENCE_END})"
    rf"|\s+(?P<currency>{money.name_pattern()})"
    # … not "13,664 year 7 to 11 pupils", a count of pupils of some school years
    # "33.1 clinical hours", "5 business days": a kind of time, counted in its unit
    r"|(?i:[\s-]+(?:(?:clinical|paid|unpaid|contracted|overtime|teaching|contact|school|"
    r"business|calendar|sick|operating)\s+)?(?P<duration>years?|months?|weeks?|days?|hours?|minutes?)(?![\w-])(?!(?<=year)\s+\d)['’]?)"
    r"|(?i:\s+out\s+of\s+(?P<outof>\d+(?:\.\d+)?)\b)"
    # A physical measure: "75.7°F", "16.7 billion bushels", "188.8 bushels per acre", "3.4 GW".
    # "39,000 Mgal/d", "361,000 acre-ft/yr", "120 km/h", "25.7 mg/kg": a rate written with a
    # slash
    r"|(?P<measure>\s+[A-Za-z]{1,6}(?:-[A-Za-z]{1,4})?/(?i:d|day|yr|year|h|hr|hour|s|min|mo|month|"
    r"wk|week|ha|acre|km|capita|person|kg|g|l|ml|m[23²³])(?![\w/])"
    # "0.44 tonnes of waste per person": what is measured, left out of the unit
    rf"|\s?°\s?[CF]\b|(?:\s+|(?={_GLUED_MEASURE})){MEASURES}(?:(?P<of>\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+per\s+"
    rf"{PER_MEASURE}|{EQUIVALENT})?(?![\w-]))"
    # A rate: "16.5 victimizations per 1,000 persons", "14.4 per 1,000", "2.5 per 1,000 live
    # births", "11.1 per million population".
    # "17.4 chronic liver disease deaths per 100,000": what is counted, its head noun kept.
    r"|(?i:(?:\s+(?!per\b)[a-z][a-z-]+){0,3}?"
    r"(?P<rate>(?:\s+[a-z][a-z-]+)?\s+per\s+(?:(?:(?:1|10|100)(?:[,\s]?000)*|million)"
    # "1.6 births per woman": a rate per one of something
    r"|(?=(?:woman|person|capita|household|head|child|inhabitant|resident|adult)\b))"
    # "per 100,000 estimated resident population": the population, whatever qualifies it
    r"(?:\s+(?:(?:estimated|resident|usual|mid-year|total|general|adult|working-age|household)"
    r"\s+){1,2}population"
    # … not "per 100,000 to 507", "per 100,000 than", a word of the sentence after it
    r"|\s*(?!(?:in|for|of|and|or|to|than|from|at|by|with|among|while|but|compared)\b)[a-z][a-z-]+"
    r"(?:\s+(?!was\b|has\b|is\b|this\b|as\b|its\b|thus\b|plus\b)[a-z][a-z-]+s\b)?)?)\b)",
)
QUALIFIER = re.compile(
    r"(?:\b(?:up\s+to|more\s+than|over|at\s+least|about|around|approximately|nearly|almost|"
    r"some|fewer\s+than|less\s+than|roughly|an\s+estimated|close\s+to|just\s+over|just\s+under|"
    r"as\s+many\s+as|in\s+excess\s+of|at\s+most|under)\s+)$",
    re.IGNORECASE,
)
_RANGE_LINK = re.compile(
    r"(?:\s*[–—]\s*|-(?=\d)|\s+to\s+|\s+and\s+)(?:US\$|[$€£¥])?", re.IGNORECASE
)
# "Articles 301 to 305", "Sections 4 and 5", "Tier 2": the later numbers of a reference.
_REFERENCE_LIST = re.compile(
    REFERENCE.pattern.removesuffix("$")
    + r"\d+(?:\.\d+)*[\w/-]*(?:\s*(?:,\s*(?:and|or)|,|and|or|to|&|–|-)\s*\d+(?:\.\d+)*[\w/-]*)*"
    r"\s*(?:,\s*(?:and|or)|,|and|or|to|&|–|-)\s*$|\bTier\s+$"
    # "Section 42 (10) (b)": a subsection's number, in brackets after its section's
     + "|" + REFERENCE.pattern.removesuffix("$") + r"\d+[A-Za-z]?\s*\($",
    re.IGNORECASE,
)
_TIER = re.compile(r"\bTier\s+(?P<n>[123])(?P<watch>\s+Watch\s+List)?\b")
_CODE_TITLE = re.compile(r"\s+(?:U\.\s?S\.\s?C\.|USC\b|C\.\s?F\.\s?R\.|CFR\b|Stat\.)")
_LIST_CLOSED = re.compile(r"\b(?:and|or)\s+\d+(?:\.\d+)*[\w/-]*\s*,\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A quantity found at `begin:end` of a text; `display` is that text, qualifier included."""

    begin: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    display: str


@dataclass(frozen=True)
class _Atom:
    begin: int
    end: int
    value: float
    unit: str | None
    is_year_like: bool
    is_one: bool
    scale: float


def find_quantities(
    text: str,
    dates: list[DateSpan] | None = None,
    years_are_numbers: bool = False,
    currencies: money.Currencies = NO_COUNTRY,
) -> list[Quantity]:
    """Every quantity in `text`, in order; ranges come back as one quantity.

    `dates` are the text's dates when the caller has them already. `years_are_numbers`
    reads "1995" as a quantity, as in a table cell under a column of values. `currencies`
    says which currency a bare "pesos" is.
    """
    spans = sorted((d.begin, d.end) for d in (find_dates(text) if dates is None else dates))
    text = _PERCENT_HYPHEN.sub("\u2013", text)  # "(13%-19%)" is a range, not 13% and -19%
    text = text.translate(_HYPHENS)  # "three\u2011quarters": a hyphen that does not break
    atoms = [a for a in _atoms(text, currencies) if not _inside(spans, a.begin)]
    if years_are_numbers:
        atoms = [replace(a, is_year_like=False) for a in atoms]
    quantities = _ratings(text)
    taken = [(q.begin, q.end) for q in quantities]
    i = 0
    while i < len(atoms):
        first = atoms[i]
        second = atoms[i + 1] if i + 1 < len(atoms) else None
        quantity: Quantity | None
        if second and _is_range(text, first, second):
            quantity = _range(text, first, second)
            i += 2
        else:
            quantity = _single(text, first)
            i += 1
        if quantity and not any(b < quantity.end and quantity.begin < e for b, e in taken):
            quantities.append(quantity)
    quantities = _sharing_units(text, sorted(quantities, key=lambda q: q.begin))
    quantities = _in_minutes(text, _rate_told_once(text, quantities))
    kept = (
        _as_index(text, q)
        for q in quantities
        if math.isfinite(q.value)
        and not is_class(text, q)
        # "3 in 4 (74%)": the share in words, then exactly; the exact one is the figure
        and not (q.unit == "share" and _EXACTLY_AFTER.match(text, q.end))
        and not _INDEX_BASE.search(text, 0, q.begin)
    )
    return sorted(kept, key=lambda q: q.begin)


# "3 in 4 (74%)", "1 in 5 adults (21%)": the share in words, then exactly
_EXACTLY_AFTER = re.compile(
    # … "Nearly half (49.1% of males and 49.7% of females)": the exact shares, in the bracket
    r"\s*(?:[a-z][\w-]*\s+){0,3}?\(\s*\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*(?:\)|of\b)",
    re.IGNORECASE,
)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_PERCENT_HYPHEN = re.compile(r"(?<=\d%)-(?=\d)")
# "99.6 (2005=100)": an index, in points of a base year's 100, which is no figure itself.
_INDEX_BASE = re.compile(r"(?:1[89]|20)\d\d\s*=\s*$")
_BASED_INDEX = re.compile(r"\s*\(\s*(?:1[89]|20)\d\d\s*=\s*100\s*\)")


# "46 and 30 per cent", "12, 15 and 20%": numbers listed before the unit they share; not
# "16 000 or 0.3 per cent" (the same, told twice) nor "3,772, 12% more" (another figure).
_AND = re.compile(r"\s*,?\s*and\s+")
_COMPARED_SAME = re.compile(
    r"\s+(?P<noun>[a-z]+)\s+(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+", re.IGNORECASE
)
_COMMA = re.compile(r"\s*,\s*")
# … and durations: "sentenced to 15 and 18 months’ imprisonment"
_SHARED_UNITS = frozenset({"%", "percentage points", "years", "months", "weeks", "days"})


def _in_minutes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "1 hour and 39 minutes": one time, 99 minutes, as waiting times are told."""
    result: list[Quantity] = []
    for quantity in quantities:
        before = result[-1] if result else None
        if (
            before is not None
            and before.unit == "hours"
            and quantity.unit == "minutes"
            and _AND.fullmatch(text, before.end, quantity.begin)
        ):
            minutes = before.value * 60 + quantity.value
            display = text[before.begin : quantity.end]
            result[-1] = Quantity(before.begin, quantity.end, minutes, None, "minutes", display)
        else:
            result.append(quantity)
    return _time_ranges(text, result)


def _time_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    result: list[Quantity] = []
    for quantity in quantities:
        before = result[-1] if result else None
        if before is not None and _is_time_range(text, before, quantity):
            display = text[before.begin : quantity.end]
            low = before.value * (60 if before.unit == "hours" else 1)
            result[-1] = Quantity(
                before.begin, quantity.end, low, quantity.value, "minutes", display
            )
        else:
            result.append(quantity)
    return result


def _is_time_range(text: str, low: Quantity, high: Quantity) -> bool:
    """ "varying from 1 hour and 33 minutes to 1 hour and 35 minutes": one range of times
    (not the change of "increased from 2 hours and 40 minutes to …")."""
    return (
        high.unit == "minutes"
        and low.unit in ("minutes", "hours")
        and low.value_max is None
        and high.value_max is None
        and "and" in high.display
        and bool(re.fullmatch(r"\s+to\s+", text[low.end : high.begin]))
        and not _CHANGE_BEFORE.search(text, max(0, low.begin - 55), low.begin)
    )


def _sharing_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Each bare number listed before a percentage takes its unit."""
    result = list(quantities)
    listed = False  # whether result[i + 1] took its unit from the list after it
    for i in range(len(result) - 2, -1, -1):
        bare, after = result[i], result[i + 1]
        link = _AND.fullmatch(text, bare.end, after.begin) or (
            listed and _COMMA.fullmatch(text, bare.end, after.begin)
        )
        shares = bare.unit is None and bare.value_max is None and _shared(after.unit)
        if not link and (compared := _COMPARED_SAME.fullmatch(text, bare.end, after.begin)):
            # "18 cases compared to 5.9 cases per 100,000 population": one rate, said once
            rate = after.unit or ""
            same = RATE_UNIT.search(rate) and rate.startswith(compared["noun"])
            link = compared if same else None
        listed = bool(shares and link)
        if listed:
            shown = (
                bare.display
                if after.unit in {"%", "percentage points"} or RATE_UNIT.search(after.unit or "")
                else (
                    f"{bare.display} {after.unit}"  # "15 (and 18 months’)": shown "15 months"
                )
            )
            result[i] = replace(bare, unit=after.unit, display=shown)
    return result


def _rate_told_once(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "Hungary (10 974 first time applicants per million inhabitants), ahead of Sweden
    (4 362), Austria (3 215)": the places listed after the first, in brackets, share its rate."""
    result = list(quantities)
    for i in range(1, len(result)):
        first, bare = result[i - 1], result[i]
        if (
            bare.unit is None
            and first.unit
            and RATE_UNIT.search(first.unit)
            and _NEXT_BRACKETED.fullmatch(text, first.end, bare.begin)
            and text[bare.end : bare.end + 1] == ")"
        ):
            result[i] = replace(bare, unit=first.unit)
    return result


# "…), ahead of Sweden (", "…), Austria (", "…) and Luxembourg (": the next place's bracket
_NEXT_BRACKETED = re.compile(
    r"\s*\)\s*,?\s*(?:and\s+|or\s+|ahead\s+of\s+|followed\s+by\s+|then\s+)?"
    r"(?-i:[A-Z])[^(),;]{0,40}\(\s*",
    re.IGNORECASE,
)


# "58.0 and 21.9 deaths per million population": a rate, shared like a percentage
RATE_UNIT = re.compile(r"\bper\s")


def _shared(unit: str | None) -> bool:
    return unit in _SHARED_UNITS or bool(unit and RATE_UNIT.search(unit))


def _as_index(text: str, quantity: Quantity) -> Quantity:
    if quantity.unit is None and _BASED_INDEX.match(text, quantity.end):
        return replace(quantity, unit="index point")
    return quantity


# Numbers that name a class, a threshold or a window rather than count anything: "aged 16 to
# 24", "under 5 years", "20+ years", "3 or more related cases", "10% or higher", "per 1,000
# persons", "for 2 years in a row", "in the 12 months to March", "three times as many".
_CLASS_BEFORE = re.compile(
    # "his first two years in office", "the last three choices": which ones, not how many
    # "key stage 1", "year 3", "grade 8", "phase 2": a number that names a stage or a class
    # "the time within which 50% of patients …", "the bottom 10% of earners": a percentile
    # "adults aged ≥18 years who smoked ≥100 cigarettes": a threshold, not a finding
    # "between the ages of 50 and 53": an age band
    # "sexual violence since the age of 15": the age it is counted from
    r"(?:(?:[≥≤]|>=|<=)\s*|\b(?:under|over|above|below|at|from|to|since|by|before|after|until)"
    r"\s+the\s+(?:recommended\s+|minimum\s+|maximum\s+|legal\s+)?age\s+of\s+|"
    r"\bages\s+of\s+(?:between\s+)?(?:\d+\s*(?:and|to|–|-)\s*)?|"
    r"\b(?:aged?\s+(?:from|between)|aged?|ages|per|every|ranked|top|bottom|leading|weeks?|(?:key\s+)?stages?|grades?|"
    # "the waiting time for 50% of patients": a percentile, the median wait
    r"phases?|(?:within|by)\s+which|(?:waiting\s+)?times?\s+for|quintiles?|deciles?|quartiles?|"
    r"waves?|rounds?|steps?|levels?|(?:the|his|her|its|their|\w+['’]\s?s)\s+"
    r"(?:first|last|next|past|previous|preceding))\s+|#\s*|"
    r"\b(?:in|over|during|for)\s+(?:past|previous|preceding)\s+|\b(?:under|over|older\s+than|"
    r"younger\s+than|below|above)\s+(?=[\d\w.,\s–-]*\s*(?:years?|months?)\b))$",
    re.IGNORECASE,
)
_CLASS_AFTER = re.compile(
    r"\s*(?:\+|or\s+(?:more|higher|older|over|above|greater|fewer|less|younger|lower|below)|"
    r"and\s+(?:over|older|above|under|younger)|(?:years?|months?)\s+(?:and|or)\s+(?:over|older|"
    r"younger|above)|(?:years?|months?|weeks?|quarters?)?\s*in\s+a\s+row|consecutive|straight|"
    r"(?:months?|weeks?|years?)\s+(?:to|ending)\s+|-(?:month|year|week)\s+(?:rate|average|period)\b|"
    r"times\b|-fold\b|x\b|\s*(?:leading|largest|biggest|top)\b"
    # "2 and 3 year olds", "17–34-year-olds", "the 20 to 24 years age group": ages of a class
    r"|(?:\s*(?:and|or|to|–|-)\s*\d+)?(?:[\s-]+years?)?[\s-]+olds\b"
    r"|\s*age\s+(?:groups?|cohorts?|bands?|brackets?|ranges?)\b"
    # "1 bedroom (1.8%)", "3-bed properties": a home's size, a class of homes
    r"|[-\s]?bed(?:room)?\b(?!s))",
    re.IGNORECASE,
)
# "one year after graduation", "two years following release": when, after a person's step.
_OFFSET_AFTER = re.compile(r"\s+(?:after|following)\s+(?![\d$£€])", re.IGNORECASE)
# … not "waited an average of 18 weeks after referral", how long the wait was
_SPENT = re.compile(
    r"\b(?:wait\w*|took|takes?|taking|spen[dt]\w*|lasted|lasting|averag\w*|median|mean|"
    r"of|was|were|is|are|for)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "we have defined a household as fuel poor if it spends (more than 10%)": a definition's bound
_DEFINED_IF = re.compile(
    r"\b(?:defined?|definition|considered|classed|classified|regarded|deemed|counted)\b"
    r"[^.;]{0,80}?\b(?:if|when|where|whose)\b[^.;]{0,100}$",
    re.IGNORECASE,
)
# A unit in the singular after a number other than one, before a noun, makes an adjective:
# "82 foot (patrol boat)", "47-Foot (Motor Life Boat)", "24 (hour-a-day)".
_ATTRIBUTIVE_UNIT = re.compile(r"\d[\s-](?:foot|inch|metre|meter|mile|yard)$", re.IGNORECASE)
# "82 foot long", "3 miles away": a size told, not a kind of thing
_SIZE_WORDS = r"long|high|wide|deep|tall|away|below|above"
_ATTRIBUTIVE_AFTER = re.compile(
    r"(?:-|\s+)(?:foot|inch|metre|meter|mile|yard|hour|minute)(?:-|\s+(?!(?:of|in|to|and|or|for|"
    rf"by|per|on|at|a|an|the|is|was|were|are|{_SIZE_WORDS})\b)[A-Za-z])",
    re.IGNORECASE,
)
_SIZE_TOLD = re.compile(rf"\s+(?:{_SIZE_WORDS})\b", re.IGNORECASE)
_FOR_WHICH = re.compile(
    r"\b(?:for|in|of)\s+which\s+(?:there\s+(?:were|was|are|is|had\s+been)\s+)?$", re.IGNORECASE
)
_AGE_THAN = re.compile(r"\b(?:older|younger)\s+than\s+$", re.IGNORECASE)
# "zero to less than $50k, $50k to less than $200k": the bounds of a band
_TO_LESS_THAN = re.compile(r"\s*to\s+(?:less\s+than|under|below)\s", re.IGNORECASE)
_BOUND_BELOW = re.compile(r"(?:less\s+than|under|below)\s", re.IGNORECASE)
_FROM_END = re.compile(r"\bfrom\s*$", re.IGNORECASE)
# "zero to", "$50k to": the band's lower bound, not "from 10% to", a change
_BAND_LOW_BEFORE = re.compile(
    r"(?<!from\s)(?<![\d,.$€£])(?:\bzero|[$€£]?\d[\d,.]*[a-z%]*)\s+to\s*$", re.IGNORECASE
)
_QUOTES = frozenset("'‘’\"“”")
_AGES_LISTED = re.compile(
    r"\baged?\s+\d{1,3}\s*[–-]\s*\d{1,3}(?:\s*,\s*\d{1,3}\s*[–-]\s*\d{1,3})*"
    r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$",
    re.IGNORECASE,
)
_AGO = re.compile(r"\s+(?:earlier|ago|later|before\b(?!\s+\w))", re.IGNORECASE)
# "in the 12 months to March 2021", "the 12-month inflation rate": the window of a rate.
_WINDOW = re.compile(
    # … not "from 2 hours and 40 minutes to 2 hours and 48 minutes", a change of a time
    r"\s+(?:to|ending)\s+(?:(?:the\s+)?end\s+(?:of\s+)?)?(?:[A-Z]|\d(?![\d,.]*\s*(?:hours?|minutes?|days?|"
    # … nor "up 0.1 years to 33.1", a change and the level it reached
    r"weeks?|months?|years?)\b)(?!\d*\.\d))"
    # "In the 100 days since the Sept. 10, 2017 declaration": the window the counts are of
    r"|\s+(?:since|after|following)\s+(?:the\s+)?(?:[A-Z][a-z]*\.?\s+)?\d"
    # "used the internet in the three months prior to interview": the window asked about
    r"|\s+(?:prior\s+to|preceding|before)\s+(?:the\s+|their\s+)?(?:interview|survey|census)\b"
)
# "12-month", "five-year", and "five year" written without its hyphen (a singular says it
# qualifies a noun: "the five year average")
_TITLED_SPAN = re.compile(r"\d[-‐](?-i:Hour|Day|Week|Month|Year)s?$")
_COMPOUND = re.compile(r"\w[-‐](?:month|year|week|day|hour|minute)s?$|\w\s(?:month|year|week|day)$")
# "the 12-month rate", "his second five-year term", "a 10-year plan": what a span qualifies.
_WINDOW_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:rate|average|change|growth|record|term|plan|strategy|programme|"
    r"program|trend|mandate|contract|period|window|span|horizon|cycle|standard|limit|mean|"
    # "the 10 year peak gain", "(12 month prevalence)": the window a peak or a rate is over
    r"maximum|concentration|level|exposure|peak|high|low|prevalence|incidence)s?\b"
    # "the 3-month cumulative rainfall", "a 12-month rolling total"
    r"|\s+(?:cumulative|rolling|moving|running)\b"
    # "works a 5-day week", "a 37-hour week": how a week is made up, a kind of week
    r"|(?:(?<=[-‐]day)|(?<=[-‐]hour))\s+(?:working\s+|work\s+)?weeks?\b"
)
# "Seventy areas received less than 50% of their average rainfall", "12 states had coverage
# of less than 90%": a bound that sorts the things counted, not a finding of its own
_COUNTED_THEN_BOUND = re.compile(
    rf"\b(?:\d[\d,]*|{NUMBER_WORD}|all|most|many|several)\s+(?:[\w-]+\s+){{0,6}}?"
    r"(?:received|had|recorded|reported|saw|observed|with)\s+(?:[a-z]+\s+of\s+)?$",
    re.IGNORECASE,
)
_WITH_THE_MOST = re.compile(
    r"\s+of\s+[\w\s-]{1,40}?\s+with\s+the\s+(?:lowest|highest|smallest|largest|least|most|"
    r"poorest|richest)\b",
    re.IGNORECASE,
)
_TOLD_HOW = re.compile(
    r"\s+(?:(?:main|key|other|further|more)\s+)?(?:examples?|illustrations?|case\s+studies|"
    r"reasons|ways)\b",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(r"at\s+least\s", re.IGNORECASE)
# "cancers less than 15mm in diameter": a bound that sorts things by size, a class
_SIZE_OF = re.compile(r"\s+in\s+(?:diameter|size|length|width|height)\b", re.IGNORECASE)
# The label of a list item ("Under 5 years: 57 (46%)", "5-19 years: 28"): a class, before
# the colon that gives its value.
_ITEM_LABEL = re.compile(r"^[^:]{1,40}:\s+\S")


# A range of sizes that cuts a whole into groups: "cities with populations from 500,000 to
# 999,999", "cities having 25,000 to 49,999 inhabitants".
_SIZE_BAND = re.compile(
    r"(?:populations?\s+(?:of|from)\s+|(?:having|with)\s+)#"
    # "businesses … (0 to 49 employees)": firms sized by their staff
    r"|#\s*(?:inhabitants|residents|in\s+population\b|employees|staff\b|workers|beds\b)",
    re.IGNORECASE,
)
_THE_FEW = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ONLY = re.compile(r"\b(?:only|just)\s+$", re.IGNORECASE)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)  # "only one of many factors": which, not how many
_ONE_OF_THE = re.compile(r"\b(?:one|each|any|none)\s+of\s+the\s+$", re.IGNORECASE)
_DATA_WINDOW = re.compile(
    r"\s+(?P<duration>(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?)\s+)?of\s+(?:[a-z]+\s+)?data\b",
    re.IGNORECASE,
)


# "within 48 hours of symptom onset", "no later than 30 days": a limit in time.
_WITHIN = re.compile(r"\b(?:within|no\s+later\s+than)\s+$", re.IGNORECASE)
# "living within 500 metres of", "within the 15% most deprived", "changes within +/- 0.5%": a
# bound on what is counted, of any unit; after "seen", "treated" or "released" only a limit in
# time is one (`_WITHIN`)
_BOUNDED_WITHIN = re.compile(
    r"(?<!\bseen\s)(?<!\btreated\s)(?<!\breleased\s)\bwithin\s+(?:the\s+)?(?:[+/-]\s*)*$",
    re.IGNORECASE,
)
_SURVEYED_OVER = re.compile(
    r"\b(?:surveyed|collected|interviewed|conducted|carried\s+out)\b[^.;]{0,30}?"
    r"\b(?:in|for|over|during)\s+$",
    re.IGNORECASE,
)
_CHANGED_IN = re.compile(
    r"\b(?:increase|rise|decrease|fall|drop|growth|gain|decline|rose|fell|grew|increased|"
    r"decreased|declined)\b[^.;()]{0,40}?\d[^.;()]{0,20}?\s+in\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_BY_SIZE = re.compile(r"\s*[×x]\s*\d")
_FROM_BIRTH = re.compile(r"\bfrom\s+birth\s+to\s+(?:age\s+)?$", re.IGNORECASE)
_AGE_LIMIT = re.compile(
    r"\s*(?:years?\s+)?(?:of\s+age\s+)?(?:to\s+be|as)\s+the\s+(?:upper|lower)\s+(?:age\s+)?limit",
    re.IGNORECASE,
)
_TO_EVERY = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:to|for)\s+every\s+\d", re.IGNORECASE)
_BY_SIZE_BEFORE = re.compile(r"\d[\w ]{0,12}\s*[×x]\s*$")
_OLD = re.compile(r"\s*(?:old|of\s+age)\b", re.IGNORECASE)
_AGE_BOUND = re.compile(r"^(?:at\s+least|under|over|more\s+than|less\s+than)\s", re.IGNORECASE)
_ALL_PLACES = re.compile(r"\b(?:in|across|from|of|for)\s+(?:all|each\s+of\s+the)\s+$", re.I)
_PLACES = re.compile(
    r"\s+(?:U\.?S\.?\s+)?(?:states|countries|provinces|territories|regions|counties|districts|"
    r"member\s+states|local\s+authorities|nations)\b",
    re.IGNORECASE,
)
_TIME_UNIT = re.compile(r"\s*(?:seconds?|minutes?|mins?|hours?|days?)\b", re.IGNORECASE)
_AGE = re.compile(r"^(?:under|over|below|above)\s", re.IGNORECASE)
PEOPLE = frozenset(
    "children child people persons adults girls boys women men those victims population "
    "minors youth patients residents workers employees".split()
)
DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})
_GROUP_BAND = re.compile(rf"\b(?:{'|'.join(PEOPLE)}|groups?|cohorts?)\s*\(\s*$", re.IGNORECASE)
_YEAR_GROUP = re.compile(r"\byear\s+$", re.IGNORECASE)
_AMONG_THOSE = re.compile(
    r"\b(?:among|of|for)\s+(?:those|people|persons|children|adults)\s+$", re.IGNORECASE
)
_FEW = frozenset({"two", "three", "four"})
_WINDOW_DATES = re.compile(
    r"\s+(?:from\s+|between\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?-i:[A-Z])[a-z]+\.?\s+(?:[0-3]?\d,?\s+)?"
    r"(?:1[89]|20)\d\d\s+(?:to|and|until|through|[–-])",
    re.IGNORECASE,
)
# "Over the 10 years 2002-2012", "the five years (from 2015 to 2020)": the span's length.
_STREAK_BEFORE = re.compile(r"\b(?:following|after)\s+$", re.IGNORECASE)
_THE_SPAN = re.compile(r"\bthe\s+$", re.IGNORECASE)
_SPAN_YEARS = re.compile(
    r"\s+\(?(?:from\s+)?(?:1[89]|20)\d\d\s*(?:to|until|through|[–-])\s*(?:1[89]|20)?\d\d"
)
# What a report is made of, or how it works: counted in words, these say how, not how many.
_STRUCTURE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:methods?|ways?|types?|kinds?|categories|parts?|sections?|chapters?|"
    r"bulletins?|publications?|programs?|programmes?|stages?|phases?|components?|pillars?|"
    r"approaches|offenses|offences|strands?)\b",
    re.IGNORECASE,
)
_RATIO_BASE = re.compile(r"\d\s+[a-z]+\s+(?:to|for\s+every)\s+$", re.IGNORECASE)
# "Percentages may not add up to 100", "… may not total 100 due to rounding"
_ADDS_TO = re.compile(
    r"\b(?:(?:add|adds|sum|sums|total)\s+(?:up\s+)?to|(?:may|might|do|does|will)\s+not\s+total)\s+$",
    re.IGNORECASE,
)
_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)
_SUPERSEDED = re.compile(
    r"\b(?:previously|originally|initially)\s+(?:reported|published|estimated|announced)\s+$",
    re.IGNORECASE,
)


# "the highest level in 20 years", "its first multiparty elections in 24 years": a record
# told against how long since, not a duration found.
_RECORD_IN = re.compile(
    rf"\b{SUPERLATIVE}\b[^.;:\d]{{0,60}}?"
    r"\bin\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$",
    re.IGNORECASE,
)


_AT_AGE = re.compile(r"\b(?:by|at|until|from|before|after)\s+$", re.IGNORECASE)
_OF_AGE = re.compile(r"\s+(?:of\s+age|old)\b", re.IGNORECASE)
_SHARE_FOR = re.compile(r"(?:\bfor\s+|\(\s*)$", re.IGNORECASE)
_WAITED = re.compile(r"\b(?:wait(?:ed|ing|s)?|seen|treated)\s+(?:for\s+)?$", re.IGNORECASE)
# "waited more than 4 hours", "less than 50%", "cancers smaller than 15mm": a bound
_BOUND = re.compile(
    r"\b(?:(?:more|longer|less|fewer|smaller|larger|greater)\s+than|over|under)\b", re.IGNORECASE
)
# "Mortality rates … were 4.5% at (6 months)", "survival at (1 year)": the time since a start
# that a rate is measured at.
_RATE_AT = re.compile(
    r"(?:\d\s*(?:%|per\s*cent|percent)|\b(?:survival|mortality)(?:\s+rates?)?)\s+at\s+$",
    re.IGNORECASE,
)
_OUTCOME_AFTER = re.compile(
    r"\s+(?:relative\s+|overall\s+)?(?:survival|mortality|retention|recurrence|readmission|"
    r"follow-up)\b",
    re.IGNORECASE,
)
_ZERO_KIND = re.compile(
    r"[\s\"”’-]+(?:direct\s+)?(?:emissions?|carbon|waste|fares?|tolerance|hours?\s+contracts?|"
    r"rated|based)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}[.:]\d\d")
_MERIDIEM = re.compile(r"\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.IGNORECASE)
_NAMED_COMPOUND = re.compile(r"['’]?-(?-i:[A-Z]{2,})")


def is_class(text: str, quantity: Quantity) -> bool:
    """Whether `quantity` names a class, a threshold or a window, not an amount."""
    before = text[max(0, quantity.begin - 30) : quantity.begin]
    after = text[quantity.end : quantity.end + 30]
    if _CLASS_BEFORE.search(before) or _CLASS_AFTER.match(after):
        return True
    if quantity.display.lower() == "zero" and (
        before.lower().endswith("net ") or _ZERO_KIND.match(after)
    ):
        return True  # "zero emission heating", "“zero fares”", "net zero": a kind, no count
    if quantity.unit in DURATIONS and (
        _RATE_AT.search(before) or ("-" in quantity.display and _OUTCOME_AFTER.match(after))
    ):
        return True  # "4.5% at 6 months", "5-year survival": when a rate is measured
    if before[-1:] in _QUOTES and after[:1] in _QUOTES and quantity.display.isdigit():
        return True  # "this means that '1' is the area with the highest": a rank, a code
    if quantity.value_max is not None and _AGES_LISTED.search(before):
        return True  # "Males aged 45–49 and 20–24": the second band of ages too
    if (
        _AT_AGE.search(before)
        and _OF_AGE.match(after)
        and quantity.unit in DURATIONS
        and float(quantity.value).is_integer()
    ):
        # "introduced to solid foods by 4 months of age": when in a life, not "separated …
        # at 77.1 years old", an age measured
        return True
    if (
        quantity.unit in DURATIONS
        and _BOUND.match(quantity.display)
        and (
            _WAITED.search(before) or (_SHARE_FOR.search(before) and "%" in text[: quantity.begin])
        )
    ):
        # "waited more than 18 weeks", "39% were breastfed for less than 4 months (…)": the
        # threshold a share is counted by
        return True
    if (
        _YEAR_GROUP.search(before)
        and quantity.value < 20
        and (
            quantity.display.isdigit() or quantity.value_max is not None  # "year 7 to 11 pupils"
        )
    ):
        return True  # "increases to year 3": a year group of a school
    if before.endswith(("+/", "±", "+/ ", "± ")):
        return True  # "annual changes within +/-0.5%": a tolerance, not a finding
    if _CLOCK.fullmatch(quantity.display) and _MERIDIEM.match(after):
        return True  # "Released at 11.30 am": a time of day
    if _NAMED_COMPOUND.match(after):
        return True  # "5-EAPB", "4,4’-DMAR": a substance's name
    if quantity.unit in DURATIONS and _WINDOW_DATES.match(after):
        return True  # "covering the twelve months 1 April 2014 to 31 March 2015"
    if quantity.unit in DURATIONS and _STREAK_BEFORE.search(before) and after.startswith(" of "):
        return True  # "following three months of relatively flat sales": a run, not a finding
    if quantity.unit in DURATIONS and _THE_SPAN.search(before) and _SPAN_YEARS.match(after):
        return True  # "Over the 10 years 2002-2012"
    if quantity.display.lower() in _FEW and _STRUCTURE.match(after):
        return True  # "we used two statistical methods", "two programs": how, not how many
    if _RATIO_BASE.search(before) and quantity.value in {100, 1000, 100_000}:
        return True  # "104.64 males to 100 females": the base of a ratio
    up_to = _UP_TO.match(quantity.display)  # "add (up to 100)", read as a bound
    if quantity.value == 100 and _ADDS_TO.search(before + (up_to.group() if up_to else "")):
        return True  # "Percentages may not add to 100 due to rounding"
    if _SUPERSEDED.search(before):
        return True  # "The previously reported 0.7 percent increase … was revised": replaced
    if _AGE.match(quantity.display):
        word = before.split()[-1].lower() if before.split() else ""
        if quantity.unit in DURATIONS or word in PEOPLE:
            return True
    if (
        quantity.value_max is not None
        and quantity.unit == "years"
        and (_GROUP_BAND.search(before) or _AMONG_THOSE.search(before))
    ):
        # "children in a slightly different age group (2–5 years)", "16% among those 6–8
        # years": an age band
        return True
    if quantity.unit in DURATIONS and _WINDOW.match(after):
        return True
    if quantity.unit in DURATIONS and _SURVEYED_OVER.search(
        text, max(0, quantity.begin - 60), quantity.begin
    ):
        return True  # "data collected from households for three weeks in January": when asked
    if quantity.unit in DURATIONS and _CHANGED_IN.search(
        text, max(0, quantity.begin - 60), quantity.begin
    ):
        return True  # "an increase of 26 million in 13 months": the span of a change
    if quantity.unit == "years" and _OLD.match(after) and _AGE_BOUND.match(quantity.display):
        return True  # "a person at least 15 years old": an age that says who was asked
    if quantity.unit is None and _ALL_PLACES.search(before) and _PLACES.match(after):
        return True  # "in all 50 states": where the data come from, no finding
    if quantity.unit in {"years", "months"} and re.search(r"[<>]\s*$", before):
        return True  # "children aged <5 years": an age band
    if _FROM_BIRTH.search(before) or _AGE_LIMIT.match(after):
        return True  # "from birth to 12 years", "15 years of age to be the lower limit": a class
    if quantity.value == 1 and _TO_EVERY.match(after):
        return True  # "a ratio of about 1 youth specialist to every 618 youths": the ratio's one
    if _BY_SIZE.match(after) or _BY_SIZE_BEFORE.search(before):
        return True  # "30 kilometre × 30 kilometre grid cells": a size of the grid, no finding
    if quantity.unit in DURATIONS and _AGO.match(after):
        return True  # "a 33% decrease from five years earlier": when, not how long
    if quantity.unit in DURATIONS and _RECORD_IN.search(
        text, max(0, quantity.begin - 80), quantity.begin
    ):
        return True  # "its first elections in 24 years", "the lowest in 15 years": since when
    if (
        quantity.unit in DURATIONS
        and _OFFSET_AFTER.match(after)
        and not _SPENT.search(before)
        and not _BOUND.match(quantity.display)  # "continues more than 10 years after": how long
    ):
        return True  # "income one year after graduation": when it was measured, no finding
    if quantity.value != 1 and (
        (_ATTRIBUTIVE_UNIT.search(quantity.display) and not _SIZE_TOLD.match(after))
        or _ATTRIBUTIVE_AFTER.match(after)
    ):
        return True  # "the aging 82 foot patrol boat", "a 24 hour-a-day service": a kind of thing
    if _AT_LEAST.match(quantity.display) and _FOR_WHICH.search(before):
        return True  # "procedures for which there were at least 100 admissions": a threshold
    if _AGE_THAN.search(before):
        return True  # "graduates that are older than 25": an age that sorts people
    if (_TO_LESS_THAN.match(after) and not _FROM_END.search(before)) or (
        _BOUND_BELOW.match(quantity.display) and _BAND_LOW_BEFORE.search(before)
    ):
        return True  # "zero to less than $50k, $50k to less than $200k": a band's bounds
    if quantity.value_max is not None and round(quantity.value_max) % 1000 == 999:
        return True  # "amounts between $1 and $999,999": a band's bounds, not a finding
    if _BOUND.match(quantity.display) and _DEFINED_IF.search(
        text, max(0, quantity.begin - 200), quantity.begin
    ):
        return True  # "defined a household as fuel poor if it spends more than 10%": a threshold
    if quantity.unit in DURATIONS and _WITHIN.search(before):
        return True  # "seek treatment within 48 hours of symptom onset": a limit, not a finding
    if _WITHIN.search(before) and _TIME_UNIT.match(after):
        return True  # "trains arrived within 59 seconds of their time": the same, in seconds
    if _BOUNDED_WITHIN.search(before):
        return True  # "lived within 500 metres of derelict land": a bound on who is counted
    if _TITLED_SPAN.search(quantity.display):
        return True  # "Ozone (O3) 8-Hour", "Lead (Pb) 3-Month Average": a standard's name
    if _COMPOUND.search(quantity.display) and _WINDOW_NOUN.match(text, quantity.end):
        return True
    if (
        quantity.unit == "%"
        and _THE_FEW.search(before)
        and _WITH_THE_MOST.match(text, quantity.end)
    ):
        return True  # "the 20% of households with the lowest gross income": a quintile, a class
    if _TOLD_HOW.match(after):
        return True  # "The following are three examples of …": how the text goes on, no finding
    if quantity.value == 1 and _AT_LEAST.match(quantity.display):
        return True  # "14 sectors had at least 1 member that fell victim": which ones counted
    lead = text[max(0, quantity.begin - 80) : quantity.begin]
    if quantity.unit == "%" and _BOUND.match(quantity.display) and _COUNTED_THEN_BOUND.search(lead):
        return True  # "Seventy areas received less than 50% of their rainfall": a threshold
    bounded = f"{' '.join(before.split()[-2:])} {quantity.display}"
    if _BOUND.search(bounded) and _SIZE_OF.match(after):
        return True  # "small (less than 15mm in diameter)": a size class, not a finding
    if (
        quantity.value_max is not None
        and quantity.unit != "%"  # "with 75% to 94% of their rainfall": a finding
        and _SIZE_BAND.search(f"{before[-22:]}#{after[:16]}")
    ):
        return True  # "cities having 25,000 to 49,999 inhabitants": a size band
    if _THE_FEW.search(before) and quantity.display.isalpha() and quantity.value <= 10:
        return True  # "the four offenses in the category": how a category is made up
    if _THE_FEW.search(before) and quantity.value <= 10 and _STRUCTURE.match(after):
        return True  # "assigned to each of the 5 triage categories": the same, in digits
    if _ONE_OF_THE.search(before) and quantity.unit is None:
        return True  # "one of the 3 most urgent categories": which set, not a count found
    window = _DATA_WINDOW.match(after)
    if window and (window["duration"] or quantity.unit in DURATIONS):
        return True  # "3 to 6 comparable months of data": how much data, not a finding
    label = _ITEM_LABEL.match(text)
    return bool(
        label and quantity.end <= label.end() - 2 and ":" in text[quantity.end : label.end()]
    )


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` is inside one of the sorted, disjoint `spans` (by bisection: a long
    text's numbers are not each checked against all its dates)."""
    i = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


def _atoms(text: str, currencies: money.Currencies) -> list[_Atom]:
    atoms: list[_Atom] = []
    for match in NUMBER.finditer(text):
        if (atoms and match.start() < atoms[-1].end) or _is_excluded(text, match):
            continue  # the 10 of "3.5 out of 10" belongs to the score
        before = text[max(0, match.start() - 3) : match.start()]
        if (match["scale"] or "").lower() in {"m", "k"} and not _CURRENCY_END.search(before):
            continue  # "4m" without a currency is 4 metres
        value = _value(match)
        if _NEGATIVE_AMOUNT.search(before):
            value = -value  # "-£4m"
        unit, end = _unit_after(text, match.end(), currencies)
        if unit == "cents":
            value, unit = value / 100, "USD"
        elif unit == "pence":
            unit = "pence"  # as written: "51.6p per litre" is not £0.516 to a reader
        if unit is None and (match["fden"] or match["fden2"] or match["half"] or match["onein"]):
            unit = "share"
        year_like = bool(
            match["digits"]
            and re.fullmatch(r"1[89]\d\d|20\d\d", match["digits"])
            and not match["scale"]
        )
        if year_like and PRICE_BASE.match(text, match.end()):
            continue  # "in 1995 dollars": the base year of a price
        scale = SCALES[match["scale"].strip().lower()] if match["scale"] else 1
        atoms.append(
            _Atom(
                match.start(),
                end,
                value,
                unit,
                year_like and unit is None,
                match[0].lower() == "one",
                scale,
            )
        )
    return atoms


# Minus as tables print it: a hyphen, a non-breaking hyphen (U+2011), the minus sign.
MINUS = frozenset("-\u2010\u2011\u2212")
_CURRENCY_END = re.compile(r"[$€£¥]\s?$")
_NEGATIVE_AMOUNT = re.compile(r"(?:^|[^\w.,])[-\u2212][$€£¥]$")


# "two-child policy": a number joined to a noun that qualifies another noun (not "12-month",
# a duration, nor "two-thirds", a fraction read before this).
_HYPHENED_MODIFIER = re.compile(
    r"-(?!(?:years?|months?|weeks?|days?|hours?|fold|thirds?|quarters?|fifths?|halves|per-?cent)\b)"
    r"[a-z]+\s+[a-z]"
)
_GLUED_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}$")  # "USD4,000", not "SDG16"
_LEGEND = re.compile(r"(?:^|\s)[*†‡§]+\s*=\s*[^.;=]*$")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])(?P<acronym>[A-Z]{2,6})(?:\s*[–—-]\s*|\s)$")


# "the 50 U.S. states", "the 27 EU member states", "the 13 provinces": the whole set of places
# a report covers; not "the 40 states that reported an increase".
_THE_SET = re.compile(
    r"\s+(?:U\.S\.\s+|EU\s+|Canadian\s+|Australian\s+)?(?:member\s+)?(?:states|provinces|"
    r"territories|cantons|countries|counties|regions|districts|municipalities|governorates)\b"
    r"(?!\s+(?:that|which|where|with|in\s+which|whose|reporting|reported|having|had)\b)",
    re.IGNORECASE,
)


_THE_CAPITALISED = re.compile(r"\bthe\s+(?-i:[A-Z][a-z]+)\s+$", re.IGNORECASE)


def _is_excluded(text: str, match: re.Match[str]) -> bool:
    # Only the nearby text matters; slicing more makes long sentences quadratic.
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 20]
    if _CODE_TITLE.match(after):
        return True  # "26 U.S.C. § 6320", "42 CFR 412": the title of a code, not a count
    listed = _REFERENCE_LIST.search(before[-40:])
    if listed and _LIST_CLOSED.search(listed.group()):
        listed = None  # "Under sections 12 and 13, 40 cases were heard": the list had ended
    if REFERENCE.search(before[-20:]) or listed:
        return True  # Article 379, page 4, note 3, Tier 2 (a rating, found apart)
    if re.search(r"\bthe\s+$", before, re.I) and _THE_SET.match(
        text, match.end(), match.end() + 60
    ):
        return True  # "the 50 U.S. states and DC reported": the set the report covers, no count
    if re.fullmatch(r"0\d+", match.group().strip()) or re.search(r"\bGroup\s+$", before):
        return True  # "01 Homicide offences", "(Group 11)": a code, not "to group 351 towers"
    glued = _GLUED_CODE.search(before) and before[-3:] in money.GLUED
    if (re.search(r"[A-Za-z]-?$|\d[-/.:]$", before) and not glued) or re.match(
        rf"[-/:]\d|-year-old|(?!{_GLUED_UNIT})[A-Za-z]", after
    ):
        return True  # G7, COVID-19, 4-2, 10:30, 15-year-old
    if _HYPHENED_MODIFIER.match(after):
        return True  # "the two-child policy", "a two-berth quay": a kind, not a count
    if _LEGEND.search(before):
        return True  # "Note: * = between -$500 million and $500 million": what a sign means
    named = _ACRONYM_BEFORE.search(before)
    if named and re.fullmatch(r"\d+", match.group().strip()) and not money.sign_code(named[1]):
        return True  # "WASDE – 632", "ISO 9001", "the EU 27": a number in a name
    if (
        _THE_CAPITALISED.search(before)
        and re.fullmatch(r"\d+", match.group().strip())
        and re.match(r"\s*(?:[;,.)]|$)", after)
    ):
        return True  # "63% of the Lower 48;": a name, not a count of anything
    if re.search(r"\bquarter\s+$", before, re.I) and re.fullmatch(r"[1-4]", match.group().strip()):
        return True  # "Quarter 4 and Year 2020": which quarter, not a count
    if re.search(r"\[$", before) and after.startswith("]") and "." not in match.group():
        return True  # [3], a note; not "(7,277 [15.19])", a rate told beside a count
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return True  # December 26, 31 February: a day of the month, even one that is not
    if re.search(r"\w\($", before):
        return True  # alert(1), f(2): code, not a quantity
    if (
        re.search(r"(?<![\d%\s])\s*\(\s*$", before)  # "3% (9) in the 50-59 age group" counts
        and re.match(r"\s*\)\s+[a-z]", after)
        and _value(match) <= 20
    ):
        return True  # "(1) review …, (2) report …": the items of a list in a sentence
    # List numbering: "1. Item" or "(2) item" at the start of a sentence or line.
    return bool(
        re.fullmatch(r"\s*\(?", before[-3:] if before.strip() else before)
        and re.match(r"[.)]\s", after)
        and match["digits"]
    )


_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$"
)


def _value(match: re.Match[str]) -> float:
    if match["dozen"]:
        value = 12.0
    elif match["half"]:
        value = 0.5
    elif match["onein"]:
        den, num = match["inden"], match["onein"]
        value = (float(num) if num.isdigit() else _word_value(num)) / (
            float(den) if den.isdigit() else _word_value(den)
        )
    elif match["fden"] or match["fden2"]:
        numerator = match["fnum"] or match["fnum2"]
        n = 1 if numerator.lower() in {"a", "an"} else _word_value(numerator)
        value = n / DENOMINATORS[(match["fden"] or match["fden2"]).lower()]
    elif match["digits"]:
        digits = match["digits"]
        fraction = VULGAR.get(digits[-1], 0.0)
        digits = digits.rstrip("".join(VULGAR)) or "0"
        if _DECIMAL_COMMA.fullmatch(digits):
            digits = digits.replace(",", ".")  # "57,3" is 57.3
        value = float(re.sub(r"[,\s\u00a0\u202f\u2009]", "", digits)) + fraction
        if match["sign"] in MINUS:
            value = -value  # "-6.4%", as a table or a bracket writes a fall
    else:
        value = _word_value(match["words"])
    if match["scale"]:
        value *= SCALES[match["scale"].strip().lower()]
    return value


def _word_value(words: str) -> float:
    """ "forty-two" -> 42, "two hundred and fifty" -> 250, "three thousand" -> 3000."""
    total, current = 0, 0
    for word in re.split(r"[-\s]+", words.lower()):
        if word == "and":
            continue
        if word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            current += WORD_VALUES[word]
    return float(total + current)


def _unit_after(text: str, end: int, currencies: money.Currencies) -> tuple[str | None, int]:
    """The unit written right after a number (`end`), and where it ends."""
    match = _AFTER_UNIT.match(text, end)
    if not match:
        return None, end
    if match["percent"]:
        told = match["percent"].lower().strip()
        points = "point" in told or told in {"pp", "ppt", "ppts", "pts", "p.p."}
        unit = "percentage points" if points else "%"
    elif match["cents"]:
        unit = "cents"
    elif match["pence"]:
        unit = "pence"
    elif match["currency"]:
        code = currencies.code(match["currency"])
        if code is None:
            return None, end
        unit = code
    elif match["duration"]:
        unit = match["duration"].lower().rstrip("s") + "s"
    elif match["measure"]:
        measure = match["measure"]
        if match["of"]:
            # "0.44 tonnes of waste per person": tonnes per person, of waste (the label's)
            per = text[match.end("of") : match.end("measure")]
            unit = " ".join(text[match.start("measure") : match.start("of")].split() + per.split())
            return unit, match.start("of")
        unit = " ".join(measure.replace("° ", "°").split())
    elif match["rate"]:
        unit = " ".join(match["rate"].split())
    else:
        unit = f"out of {match['outof']}"
    return unit, match.end()


def _currency_before(text: str, begin: int) -> tuple[str | None, int]:
    match = _CURRENCY_PREFIX.search(text[max(0, begin - 4) : begin])
    if not match:
        return None, begin
    return money.sign_code(match[0]), begin - len(match[0])


def _qualified_begin(text: str, begin: int) -> int:
    match = QUALIFIER.search(text[max(0, begin - 25) : begin])
    return begin - len(match[0]) if match else begin


def _only_one(text: str, begin: int, end: int) -> bool:
    """ "convicted only one trafficker": a count; "only one of many factors": which."""
    return bool(_ONLY.search(text, max(0, begin - 12), begin)) and not _OF.match(text, end)


def _single(text: str, atom: _Atom) -> Quantity | None:
    currency, begin = _currency_before(text, atom.begin)
    if currency and atom.value < 0 and text[begin - 1 : begin] in {"-", "\u2212"}:
        begin -= 1  # "-£4m": the sign before the currency
    unit = currency or atom.unit
    if atom.is_year_like and not currency:
        return None
    if atom.is_one and unit is None and not _only_one(text, begin, atom.end):
        # "one of the victims", "one NGO": rarely a figure for a summary; but "convicted only
        # one trafficker" reports a count
        return None
    begin = _qualified_begin(text, begin)
    return Quantity(begin, atom.end, atom.value, None, unit, _display(text, begin, atom.end))


# A change, never a range: "rose from 4.1% to 4.5%", "an increase of 144,000 to 488,000".
_BAND_OPENS = re.compile(r"\b(?:having|populations?\s+(?:of|from))\s+$", re.IGNORECASE)
# Verbs that tell a change was made, as a change's levels follow them.
_CHANGED = r"rose|fell|increased|decreased|declined|grew|dropped|climbed|improved|worsened"
# "Rents were 12% higher, from 500 to 560": how much higher, then from what to what
# "increased by almost two-thirds between 2012 and 2014, from 579 to 952": a verb of change
# further back, then "from"; "increasing the cost of nominating (from $1,000 to $2,000)"
_CHANGED_FROM = re.compile(
    rf"\b(?:{_CHANGED}|jumped|doubled|halved|raised|lowered|reduced|increasing|decreasing|raising|"
    r"lowering|reducing)\b(?:[^.;]|\.(?=\d)){0,80}?\bfrom\s+(?:[$€£¥]|US\$)?$",
    re.IGNORECASE,
)
# "significant increases in participation rates between 2009–10 and 2011–12 for people born
# overseas (56% to 59%)": the levels before and after, in brackets after the change
_LEVELS_OF_A_CHANGE = re.compile(
    r"\b(?:increase[sd]?|decrease[sd]?|rise|rose|fall|fell|grew|growth|declined?|declines|drop(?:ped)?)"
    r"\b(?:[^.;]|\.(?=\d))*\b(?:between|from)\s(?:[^.;]|\.(?=\d))*\(\s*$",
    re.IGNORECASE,
)


# "The increase in net capital expenditure was 21% (from $14.4b to $17.4b)": the levels of
# the change, in its bracket
_FROM_IN_BRACKET = re.compile(
    r"\b(?:increase[sd]?|decrease[sd]?|rise|rose|fall|fell|grew|growth|declined?|declines|"
    r"drop(?:ped)?)\b(?:[^.;()]|\.(?=\d)){0,120}\(\s*from\s+(?:US)?[$€£¥]?$",
    re.IGNORECASE,
)


# "an increase in trade union membership numbers among public sector employees of 20,000 to
# 3.9 million": the size of a change named with what changed, then the level it came to
_CHANGE_IN_OF = re.compile(
    r"\b(?:increase|decrease|rise|fall|drop|decline|growth)\s+in\s+[^.;()]{1,100}?\s+of\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:US)?[$€£¥]?$",
    re.IGNORECASE,
)


def levels_of_a_change(text: str, begin: int, end: int) -> bool:
    """Whether the bracket that holds only the two numbers from `begin` to `end` gives the
    levels of a change told before it."""
    closed = re.match(r"\s*\)", text[end:])
    return bool(closed and _LEVELS_OF_A_CHANGE.search(text, max(0, begin - 250), begin))


# "improved from 71.9 years to 74.2 years for males and 77.5 years to 79.2 years for
# females": the next of the same changes
NEXT_CHANGE_LISTED = re.compile(
    rf"\b(?:{_CHANGED})\b"
    r"(?:[^.;]|\.(?=\d)){0,30}?\bfrom\s+[$€£]?\d[\d,.]*[^;()]{0,20}?\s+to\s+[$€£]?\d[\d,.]*(?:[^.;]|\.(?=\d)){0,40}?"
    r"\band\s+(?:(?:for|in|among)\s+[\w\s-]{1,25}?\s+)?(?:from\s+)?$",
    re.IGNORECASE,
)
_HIGHER_FROM = re.compile(r"\b(?:higher|lower),?\s+from\s+$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|increases|increasing|"
    r"decreased?|decreases|decreasing|declined?|declines|declining|grew|grow(?:s|n|th)?|"
    r"climbed?|climbs|dropped|drops?|dropping|jumped|jumps?|up|down|gained|gains?|lost|loss|edged|"
    r"advanc(?:ed|ing|es?)|improv(?:ed|ing)|worsened|"
    r"reduc(?:ed|ing)|raised|lowered|cut|trimmed|revised|"
    # "By 71,100 to 8.89 million in 2020." under a heading that says what rose
    # "rose by 16.9% over the same period from (2,520 to 2,945)": a decimal point goes on
    # … not "By comparison, of employees aged 25 to 34 years", an age band
    r"went|shrank|shrunk|slipped|widened|narrowed|change[ds]?|^\s*by(?=\s+\W?$))\b(?:[^.;]|\.(?=\d)){0,40}$",
    re.IGNORECASE,
)


_HOURS_AND = re.compile(r"\bhours?\s+and\s+$", re.IGNORECASE)
# "the largest increase was observed in the West (95.7%; 72.6 to 142.1 cases …)": the change
# in per cent, then the levels it went between
CHANGE_THEN_LEVELS = re.compile(
    r"\b(?:increase[sd]?|decrease[sd]?|rise|rose|fell|fall|decline[sd]?|grew|growth|drop(?:ped)?)"
    r"\b[^.;()]{0,60}\(\s*[+\-\u2212]?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*;\s*$",
    re.IGNORECASE,
)


def _is_range(text: str, first: _Atom, second: _Atom) -> bool:
    link = _RANGE_LINK.fullmatch(text, first.end, second.begin)
    if not link or first.is_year_like or second.is_year_like:
        return False
    if _HOURS_AND.search(text, max(0, first.begin - 12), first.begin):
        return False  # "from 1 hour and 33 minutes to 1 hour …": the minutes end a time
    falls = second.value * second.scale < first.value * first.scale
    if falls and (first.unit == second.unit or second.unit is None):
        return False  # "from 189 to 178 median days": a fall, no range runs downwards
    if first.unit == "%" and second.unit != "%":
        return False  # "advancing 0.5% to $43.6 billion": a rate, then the level it reached
    if first.unit == "percentage points" and second.unit == "%":
        return False  # "…, by 7 percentage points to 30%": a change, then the level it reached
    if _BAND_OPENS.search(text, max(0, first.begin - 25), first.begin):
        return True  # "cities having 25,000 to 49,999 inhabitants", whatever came before
    if "to" in link[0].lower() and (
        _CHANGE_BEFORE.search(text, max(0, first.begin - 55), first.begin)
        or CHANGE_THEN_LEVELS.search(text, max(0, first.begin - 100), first.begin)
        or _HIGHER_FROM.search(text, max(0, first.begin - 20), first.begin)
        or _CHANGED_FROM.search(text, max(0, first.begin - 100), first.begin)
        or NEXT_CHANGE_LISTED.search(text, max(0, first.begin - 160), first.begin)
        or levels_of_a_change(text, first.begin, second.end)
        or _FROM_IN_BRACKET.search(text, max(0, first.begin - 160), first.begin)
        or _CHANGE_IN_OF.search(text, max(0, first.begin - 160), first.begin)
    ):
        return False
    if "and" in link[0].lower():
        before = text[max(0, first.begin - 20) : first.begin]
        return bool(re.search(r"\bbetween\s+(?:[$€£¥]|US\$)?$", before, re.I))
    return True


def _range(text: str, first: _Atom, second: _Atom) -> Quantity:
    currency, begin = _currency_before(text, first.begin)
    low, high = first.value, second.value
    if first.scale == 1 and second.scale > 1:
        low *= second.scale  # "between €1 and €2 million"
    unit = currency or second.unit or first.unit
    if first.unit and second.unit and first.unit != second.unit:
        low, high, unit = _common_duration(first, second)
    begin = _qualified_begin(text, _range_begin(text, begin))
    return Quantity(begin, second.end, low, high, unit, _display(text, begin, second.end))


def _range_begin(text: str, begin: int) -> int:
    # "between 18 months and four years" reads whole; "from" adds nothing to "one to three".
    window = max(0, begin - 20)
    match = re.search(r"\bbetween\s+$", text[window:begin], re.IGNORECASE)
    return window + match.start() if match else begin


# Each duration unit in the next smaller one: months and years convert exactly, and so do
# hours, days and weeks; between the two groups a month is taken as 30 days.
SMALLER_UNIT = {"years": ("months", 12), "months": ("days", 30), "weeks": ("days", 7),
                "days": ("hours", 24)}  # fmt: skip


def _common_duration(first: _Atom, second: _Atom) -> tuple[float, float, str | None]:
    """ "between 18 months and four years" -> 18 to 48 months; "18 hours and three days" ->
    18 to 72 hours: both ends in the smaller unit."""
    low, low_unit, high, high_unit = first.value, first.unit, second.value, second.unit
    for _ in range(4):
        if low_unit == high_unit:
            return low, high, low_unit
        if high_unit in SMALLER_UNIT and _is_smaller(low_unit, high_unit):
            high_unit, factor = SMALLER_UNIT[high_unit]
            high *= factor
        elif low_unit in SMALLER_UNIT:
            low_unit, factor = SMALLER_UNIT[low_unit]
            low *= factor
        else:
            break
    return first.value, second.value, second.unit


def _is_smaller(unit: str | None, than: str | None) -> bool:
    order = ["hours", "days", "weeks", "months", "years"]
    return unit in order and than in order and order.index(unit) < order.index(than)


def _ratings(text: str) -> list[Quantity]:
    return [
        Quantity(m.start(), m.end(), float(m["n"]), None, "tier", m[0])
        for m in _TIER.finditer(text)
    ]


def _display(text: str, begin: int, end: int) -> str:
    """The number as written, with a decimal point for a decimal comma ("57,3%" is shown
    "57.3%", as the rest of an English briefing writes it)."""
    shown = " ".join(text[begin:end].split()).rstrip("'’")
    return _DECIMAL_COMMA_IN_TEXT.sub(r"\1.\2", shown)


def plain_number(value: float) -> float | int:
    """A number as written: "4.1 million" is 4100000, where 4.1 × 1,000,000 is not quite."""
    value = round(value, 4)
    return int(value) if float(value).is_integer() else value
