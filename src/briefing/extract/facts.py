"""One fact, one figure: the same value of the same thing for the same period, stated again
anywhere in the report, is one figure that keeps every sentence that states it.

Two figures state one fact when their values and units are the same, their periods agree
(or one has none), and the later one points back at the first ("Of the 706 victims
identified, …", "(86 of 125)") or, in another part of the report, counts the same thing:
their labels share a word, or the value is too particular to be chance ($236 billion for
2023).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from briefing.extract.dates import MONTHS
from briefing.extract.wording import GENERIC_HEADING, VERB, as_label
from briefing.model import Event, KeyFigure

STOPWORDS = frozenset(
    "a an the of in on for to by with from at as and or its their than per who which that "
    "were was is are be been had has have figure".split()
    # the words every change or share is told in: "percentage rise in …", "share of …"
    + "percentage rise fall increase decrease change share annual monthly quarterly".split()
)
MAX_CANDIDATES = 8
# "of the 706 victims", "(86 of 125)", "among the 47 victims": a mention of a number given before.
# "the 1,000 employed people is a net figure": the number said before, with its article.
_BACK = re.compile(
    r"(?:\bof\s+(?:the\s+|all\s+)?|\bamong\s+(?:the\s+)?|\bout\s+of\s+|\bthe\s+)$", re.I
)
# A rate names no number told before by a bare "of": "rates of 56%", "an increase of 4%".
_RATE_BACK = re.compile(r"(?:\bof\s+(?:the|all)\s+|\bamong\s+(?:the\s+)?|\bout\s+of\s+)$", re.I)


def merge_restatements(
    figures: Iterable[KeyFigure], cells: frozenset[str] | set[str] = frozenset()
) -> list[KeyFigure]:
    """`figures` with each restated fact merged into its first statement; `cells` are the
    ids of the report's table cells."""
    merged: list[KeyFigure] = []
    by_value: dict[tuple[float, str | None], list[int]] = {}
    for figure in figures:
        key = (figure.value, figure.unit)
        # A restatement names a fact told before; the first few told are where to look
        # (a value told a thousand times is not compared a million times).
        candidates = by_value.get(key, [])[:MAX_CANDIDATES]
        if _falls(figure):
            # "an annual decrease of 30,957" and the table's "-30,957": one fall, signed or not
            candidates += [
                i for i in by_value.get((-figure.value, figure.unit), []) if _falls(merged[i])
            ][:MAX_CANDIDATES]
        same = next((i for i in candidates if _same_fact(merged[i], figure, cells)), None)
        if same is None:
            by_value.setdefault(key, []).append(len(merged))
            merged.append(figure)
        else:
            merged[same] = _joined(merged[same], figure, cells)
    return merged


def named_by_section(figures: list[KeyFigure], headings: Mapping[str, str]) -> list[KeyFigure]:
    """Figures of one period named alike but of other values, told under other headings
    ("complaints received by IC3": 3,729 under "Ransomware", 23,903 under "Tech Support
    Fraud"), each say their heading, so that a reader can tell them apart; not when their
    sentences differ only in the number, which is two reports of one fact that disagree."""
    alike: dict[tuple[str, object, str | None], list[int]] = defaultdict(list)
    for i, figure in enumerate(figures):
        alike[figure.label.lower(), figure.period, figure.unit].append(i)
    result = list(figures)
    for group in alike.values():
        titles = [_NUMBERED.sub("", headings.get(figures[i].section or "", "")) for i in group]
        if len({figures[i].value for i in group}) < 2 or len(set(titles)) < 2:
            continue
        if not all(_names_a_topic(t) for t in titles):
            continue
        if len({_DIGITS.sub("#", figures[i].sentence or "") for i in group}) < 2:
            continue  # "identified 265 victims" and "identified 270 victims": a conflict
        for i, title in zip(group, titles, strict=True):
            result[i] = replace(figures[i], label=f"{figures[i].label}, {as_label(title)}")
    return result


def _names_a_topic(title: str) -> bool:
    """ "Ransomware", "Tech Support Fraud"; not "Key statistics", "In this release:", nor a
    sentence ("Unemployment rate remains at 3.5%")."""
    return bool(
        title
        and len(title.split()) <= 6
        and not GENERIC_HEADING.match(title)
        and not _NOT_A_TOPIC.search(title)
        and not VERB.search(title)
    )


_DIGITS = re.compile(r"\d[\d,.]*")
_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+")  # "2. Rainfall", "3.1 Costs"
_NOT_A_TOPIC = re.compile(
    r"\d|:$|^(?:key|main|overall|other|more|further|in\s+this|about|at\s+a)\b", re.IGNORECASE
)


def _share_and_change(share: KeyFigure, change: KeyFigure) -> bool:
    said = change.change
    return "share of" in share.label and said is not None and said.by is not None


def _falls(figure: KeyFigure) -> bool:
    """Whether `figure` is a fall: a negative number, or a size told with a falling change."""
    if figure.value < 0:
        return True
    change = figure.change
    return change is not None and change.by is not None and change.by < 0 and change.after is None


def _same_fact(first: KeyFigure, again: KeyFigure, cells: frozenset[str] | set[str]) -> bool:
    if first.value_max != again.value_max or not _periods_agree(first, again):
        return False
    if _way(first) * _way(again) < 0:
        return False  # a fall of 2.7% and a rise of 2.7% are two facts
    if _share_and_change(first, again) or _share_and_change(again, first):
        return False  # "around 60% of global sales" and "up 60% relative to 2021": two facts
    if {s.text for s in first.statements} & {s.text for s in again.statements}:
        return False  # two numbers of one sentence are two facts
    if _points_back(again):
        return True
    # Told again elsewhere, in a summary or another part: within one part, the same value
    # twice is more often two things ("$2.31 on the East Coast" after "$2.31 on average").
    if again.section in {s.section for s in first.statements}:
        # … but a table beside its text states the text's figures again: "Personal income
        # increased 0.4% in July" and the cell "Personal income, July: 0.4"
        return _table_restates(first, again, cells)
    if _is_specific(first) and first.period == again.period and first.period:
        return True  # "$236 billion for fiscal year 2023" is told once, whatever its words
    return _counts_the_same(first.label, again.label)


def _counts_the_same(label: str, other: str) -> bool:
    """Whether two labels name one thing: a word in common, and for long labels ("… in
    Prince Edward Island", "… Provincial Director remand: average counts of youth …") half
    the shorter one's words, not only "rate" and "average"."""
    mine, theirs = _what(label), _what(other)
    bands = [{w for w in _words(x) if w[0].isdigit()} for x in (label, other)]
    if all(bands) and not bands[0] & bands[1]:
        return False  # "boys aged 5-10 …" and "children aged 11-15 …": two classes
    shared = len(mine & theirs)
    return shared > 0 and shared >= min(len(mine), len(theirs)) / 2


def _what(label: str) -> set[str]:
    """A label's words, without those that say when ("% Change since November 2019")."""
    return {w for w in _words(label) - _WHEN - _KIND if not w[0].isdigit()}


_WHEN = frozenset(MONTHS) | frozenset("since until year quarter month week".split())
# "share of persons aged 45 in labour force", "share of retired women among … persons aged":
# words that say what kind of number it is, or link, not what it counts
_KIND = frozenset("share percentage aged among".split())


def _table_restates(first: KeyFigure, again: KeyFigure, cells: frozenset[str] | set[str]) -> bool:
    in_cell = [any(s.id in cells for s in f.statements) for f in (first, again)]
    if in_cell[0] == in_cell[1] or first.period is None or first.period != again.period:
        return False
    return bool(_words(first.label) & _words(again.label))


def _way(figure: KeyFigure) -> int:
    """+1 for a rise, -1 for a fall, 0 when the figure tells no change or not which way."""
    change = figure.change
    if change is not None and change.by:
        return 1 if change.by > 0 else -1
    told = _WAY.match(figure.label)
    return 0 if told is None else 1 if told["way"] in {"rise", "increase"} else -1


# "annual percentage fall in …": the way a label says a figure went.
_WAY = re.compile(r"^(?:\w+\s+)?(?:percentage\s+)?(?P<way>rise|fall|increase|decrease)\s+in\b")


def _periods_agree(first: KeyFigure, again: KeyFigure) -> bool:
    """The same period, or one inside the other as written ("2024" and "2024-04-18", "2023"
    and the split year "2022–2023", not and "1993–2011"), or one of them undated."""
    if first.period is None or again.period is None:
        return True
    a, b = first.period, again.period
    if a.end and b.end:
        return a == b
    if a.end or b.end:
        span, one = (a, b) if a.end else (b, a)
        split_year = int((span.end or "0")[:4]) - int(span.start[:4]) <= 1
        inside = span.start[: len(one.start)] <= one.start <= (span.end or "")[: len(one.start)]
        return split_year and inside
    return a.start.startswith(b.start) or b.start.startswith(a.start)


def _is_specific(figure: KeyFigure) -> bool:
    """A number that is unlikely to count two things by chance: an amount of money, a
    fraction, or a count of a hundred or more."""
    money = figure.unit is not None and len(figure.unit) == 3 and figure.unit.isupper()
    return money or not float(figure.value).is_integer() or figure.value >= 100


def _points_back(figure: KeyFigure) -> bool:
    text = figure.sentence or ""
    at = text.find(figure.display)
    back = _RATE_BACK if figure.unit in {"%", "percentage points"} else _BACK
    return at > 0 and bool(back.search(text[max(0, at - 12) : at]))


def _joined(first: KeyFigure, again: KeyFigure, cells: frozenset[str] | set[str]) -> KeyFigure:
    in_cell = [f for f in (first, again) if any(s.id in cells for s in f.statements)]
    return replace(
        first,
        label=_fuller(first.label, again.label),
        table_label=first.table_label or (in_cell[0].label if in_cell else None),
        period=first.period or again.period,
        statements=first.statements + again.statements,
        converted=first.converted or again.converted,
        change=first.change or again.change,
    )


def _fuller(label: str, other: str) -> str:
    """The label that says more of one fact: "U.S. TB rate" over "rate", when it says all the
    other says and a little more (not a table's headers strung together)."""
    mine, theirs = _words(label), _words(other)
    headers = ":" in other  # "Multi-dwelling buildings: new construction: Started dwellings"
    # "households in fuel poverty among living in extreme fuel poverty": a part's label, which
    # the whole was given where the text broke it down
    part = " among " in other and " among " not in label
    headers = headers or part
    spans = _SPANS.findall(label.lower())  # "monthly change in …" says over what it changed
    fuller = mine < theirs and len(theirs) <= len(mine) + 3
    return other if fuller and not headers and all(s in other.lower() for s in spans) else label


_SPANS = re.compile(r"\b(?:annual|monthly|quarterly|weekly)\b")


def _words(label: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[\w'’-]+", label.lower()) if w not in STOPWORDS}


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def events_told_once(events: Iterable[Event], figures: Iterable[KeyFigure]) -> list[Event]:
    """`events` without an event whose sentence only states again a fact an event of the same
    date told before ("Overall, cases increased from 8,320 to 9,615" after "The states
    reported 9,615 TB cases"): one fact, one figure, and one entry in the timeline."""
    events = list(events)
    told: dict[str | None, str | None] = {}  # a restating sentence's id: the first's id
    for figure in figures:
        first = figure.statements[0].id
        for again in figure.statements[1:]:
            told.setdefault(again.id, first)
    dated = {(e.statements[0].id, e.start) for e in events if e.statements}
    return [
        e
        for e in events
        if not (
            e.statements
            and e.statements[0].id in told
            and (told[e.statements[0].id], e.start) in dated
        )
    ]
