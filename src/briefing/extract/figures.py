"""Key figures: quantities with a label built from the words around them, a period
and the sentence they came from."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.dates import DateSpan
from briefing.extract.numbers import Quantity
from briefing.model import KeyFigure, Period

WORD = re.compile(r"[\w'’-]+|[^\w\s]")
DETERMINERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "this",
    "that",
    "all",
    "some",
    "such",
    "each",
    "every",
    "other",
    "further",
    "additional",
}
# Words that end the noun phrase after a number.
STOPS = {
    "and",
    "or",
    "but",
    "nor",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "where",
    "when",
    "while",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "had",
    "has",
    "have",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "did",
    "do",
    "does",
    "as",
    "than",
    "to",
    "by",
    "at",
    "during",
    "between",
    "after",
    "before",
    "since",
    "until",
    "because",
    "although",
    "including",
    "per",
    "compared",
    "against",
    "through",
    "into",
    "across",
    "within",
    "via",
    "among",
    "from",
    "under",
    "over",
    "about",
    "out",
    "up",
    "not",
    "also",
    "respectively",
    "each",
    "all",
    "both",
    "according",
    "whereas",
    "if",
    "so",
    "in",
    "on",
    "for",
    "with",
    "of",
}
PREPOSITIONS = {"of", "in", "for"}
NOT_VERBS = {"need", "indeed", "hundred", "red", "bed", "seed", "speed", "feed", "shed"}
MAX_NOUN_WORDS = 4


def make_figure(
    quantity: Quantity, sentence: str, period: Period | None, section: str
) -> KeyFigure:
    return KeyFigure(
        id="",
        label=figure_label(sentence, quantity),
        value=_number(quantity.value),
        value_max=None if quantity.value_max is None else _number(quantity.value_max),
        unit=quantity.unit,
        display=quantity.display,
        period=period,
        section=section,
        sentence=sentence,
    )


def figure_label(sentence: str, quantity: Quantity) -> str:
    """What the number counts: "victims formally identified", "score for human trafficking"."""
    if quantity.unit == "tier":
        return "tier ranking"
    after = WORD.findall(sentence[quantity.end :])
    before = WORD.findall(sentence[: quantity.begin])
    noun = _noun_phrase(after, share=quantity.unit in {"%", "share", "percentage points"})
    if noun:
        verb = _verb_before(before)
        label = f"{noun} {verb}" if verb else noun
    elif head := _noun_before(before):
        label = " ".join([head, *_prepositional_phrase(after, 0)])
    else:
        label = _noun_of(after) or "figure"
    return _tidy(label)


def period_for(
    quantity: Quantity, sentence: str, sentence_dates: Sequence[DateSpan], fallback: Period | None
) -> Period | None:
    """The sentence's date nearest the quantity (one just after it wins a tie: "€2.1 million
    in 2023"), else `fallback` (paragraph or heading). Listed dates ("in 2017 and 2023") give
    the span from the first to the last."""
    if not sentence_dates:
        return fallback

    def distance(date: DateSpan) -> tuple[int, int]:
        if date.begin >= quantity.end:
            return date.begin - quantity.end, 0
        return max(quantity.begin - date.end, 0), 1

    nearest = min(sentence_dates, key=distance)
    listed = _listed_with(nearest, sentence, sentence_dates)
    if len(listed) > 1:
        return Period(listed[0].start, listed[-1].until or listed[-1].start)
    return Period(nearest.start, nearest.until)


def _listed_with(date: DateSpan, sentence: str, dates: Sequence[DateSpan]) -> list[DateSpan]:
    """The run of dates joined by "and" or commas that `date` belongs to."""
    runs: list[list[DateSpan]] = []
    for span in dates:
        joined = runs and re.fullmatch(
            r"\s*(?:,|,?\s*and)\s*", sentence[runs[-1][-1].end : span.begin]
        )
        if joined:
            runs[-1].append(span)
        else:
            runs.append([span])
    return next(run for run in runs if date in run)


def _noun_phrase(words: list[str], share: bool) -> str:
    i = 0
    if share and i < len(words) and words[i].lower() == "of":
        i += 1  # "45% of victims": what the share is of
    while i < len(words) and words[i].lower() in DETERMINERS:
        i += 1
    phrase = _content_run(words, i)
    if not phrase:
        return ""
    end = i + len(phrase)
    return " ".join(phrase + _prepositional_phrase(words, end))


def _prepositional_phrase(words: list[str], i: int) -> list[str]:
    """ "in prostitution", "for human trafficking": one short phrase that says more."""
    if i < len(words) - 1 and words[i].lower() in PREPOSITIONS:
        j = i + 1
        while j < len(words) and words[j].lower() in DETERMINERS:
            j += 1
        tail = _content_run(words, j)
        if tail:
            return [words[i], *tail]
    return []


def _content_run(words: list[str], i: int) -> list[str]:
    run = []
    while i < len(words) and len(run) < MAX_NOUN_WORDS:
        word = words[i]
        if not word[0].isalnum() or word.lower() in STOPS or (run and _is_past_tense(word)):
            break
        run.append(word)
        i += 1
    return run


def _verb_before(words: list[str]) -> str:
    """ "formally identified" in "… formally identified 20 victims"; "convicted and sentenced"."""
    i = len(words) - 1
    verbs: list[str] = []
    while i >= 0 and _is_past_tense(words[i]):
        verbs.insert(0, words[i])
        if i >= 2 and words[i - 1].lower() in {"and", "or"} and _is_past_tense(words[i - 2]):
            verbs.insert(0, words[i - 1])
            i -= 2
        else:
            i -= 1
            break
    if verbs and i >= 0 and words[i].lower().endswith("ly") and len(words[i]) > 3:
        verbs.insert(0, words[i])
    return " ".join(verbs)


def _noun_before(words: list[str]) -> str:
    """ "a score of 3.5": the noun right before "of"."""
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2][0].isalpha():
        return words[-2] if words[-2].lower() not in DETERMINERS else ""
    return ""


def _noun_of(words: list[str]) -> str:
    if words and words[0].lower() == "of":
        return " ".join(_content_run(words, 1))
    return ""


def _is_past_tense(word: str) -> bool:
    lower = word.lower()
    return len(lower) > 4 and lower.endswith("ed") and lower not in NOT_VERBS


def _tidy(label: str) -> str:
    words = [w.strip("'’") for w in label.split()]
    return " ".join(w if _is_proper(w, i) else w.lower() for i, w in enumerate(words) if w)


def _is_proper(word: str, position: int) -> bool:
    return any(c.isupper() for c in word[1:]) or (word[:1].isupper() and position > 0)


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 4)
