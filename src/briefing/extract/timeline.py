"""Timeline events: each dated statement, with its date and the sentence trimmed to its core."""

from __future__ import annotations

import re

from briefing.extract.clauses import clauses, governing
from briefing.extract.dates import DateSpan
from briefing.model import Event, Statement

# A date and the words that tie it to the sentence: "In 2007, ", " on 20 April 2009", " and 2023".
_LEAD_IN = re.compile(
    r"(?:\b(?:in|on|during|by|since|until|from|as\s+of|at\s+the\s+end\s+of|throughout|and|or|"
    r"as\s+early\s+as)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r";\s|\s[–—]\s|,\s+(?:but|however|although|while|whereas)\b")
MAX_WORDS = 28


def event_dates(sentence: str, dates: list[DateSpan]) -> list[DateSpan]:
    """The dates of `sentence` that date a development: those of its main clauses. A
    comparison's date, a "since" date and a year that qualifies a noun ("the 2008 law") are
    not events."""
    spans = clauses(sentence)
    return [
        d
        for d in dates
        if d.kind == "date"
        and (home := governing(spans, d.begin)).kind == "main"
        and home.depth == 0
    ]


def make_event(date: DateSpan, text: str, statement: Statement) -> Event:
    """`text` is the sentence's `event_text`, the same for each of its dates."""
    return Event(id="", start=date.start, end=date.until, text=text, statements=(statement,))


def event_text(sentence: str, dates: list[DateSpan]) -> str:
    """The sentence without its dates and side clauses: it reads on its own, subject kept."""
    text = sentence
    kept, end = [], len(text)
    for date in sorted(dates, key=lambda d: d.begin, reverse=True):
        window = max(0, date.begin - 30)  # the lead-in is a few words: look no further
        lead_in = _LEAD_IN.search(text, window, date.begin)
        begin = lead_in.start() if lead_in else date.begin
        kept.append(text[min(date.end, end) : end])
        end = min(begin, end)
    text = text[:end] + "".join(reversed(kept))
    text = re.sub(r"^\W*,?\s*", "", text)  # "In 2007, the government" -> "the government"
    text = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.split()))
    clause = _CLAUSE_END.search(text)
    if clause:
        text = text[: clause.start()]
    text = _shorten(text.rstrip(" ,;:.!?"))
    return text[:1].upper() + text[1:]


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_WORDS:
        return text
    head = " ".join(words[:MAX_WORDS])
    comma = head.rfind(", ")  # a clause's comma, not the one inside "210,000"
    if comma > len(head) // 2:
        return head[:comma]
    return head + " …"
