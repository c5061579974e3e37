"""Wording shared by the texts extraction writes (labels and timeline entries): the words
a cut leaves hanging, and words too long for a line."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract.dates import MONTHS

# Words that cannot end a text that was cut: an event's clause cut before its date ("… the
# flood of") or a label cut at seven words ("… real median earnings of").
DANGLING = frozenset(
    "a an the of in on for to by with from at as and or than which that who whose its their "
    "during until through since between after before also too compared versus within".split()
)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def names_in(sentences: Iterable[str]) -> frozenset[str]:
    """Words the report writes with a capital where no sentence starts, and never in lower
    case ("Sudanese", "Midwest"): names, which keep their capital in a label even when the
    label's sentence opened with them."""
    capital: set[str] = set()
    lower: set[str] = set()
    for sentence in sentences:
        words = _WORD.findall(sentence)
        if sum(w[0].isupper() for w in words) * 2 > len(words):
            continue  # "Unvaccinated or Unknown: 83%": a heading's capitals, not names
        for match in _WORD.finditer(sentence):
            word, before = match.group(), sentence[: match.start()].rstrip()
            if word[0].islower():
                lower.add(word)
            elif before and not word.isupper() and not _HEADING_BEFORE.search(before):
                capital.add(word)
    return frozenset(w for w in capital if w.lower() not in lower)


# "Table 7.1a to 7.1b Total cereals", "Notes: Data …": a heading runs on after a number or a
# colon, and its capital is the heading's.
_HEADING_BEFORE = re.compile(r"(?:\d\w*|[:;(\[“\"])$")


def with_names(label: str, names: frozenset[str]) -> str:
    """`label` with the report's `names` capitalised as the report writes them."""
    return _WORD.sub(
        lambda m: (
            m.group().capitalize()
            if m.group().capitalize() in names and m.group().islower()
            else m.group()
        ),
        label,
    )


# Words that make a clause say something happened: a verb to be or have, a modal, a past
# tense or participle, the irregular ones reports use.
VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|"
    r"might|must|does|did|do|(?!(?:compared|based|dated|related|adjusted|red|bed|seed|need)\b)"
    r"(?-i:[a-z]{2,}ed)|rose|fell|grew|began|begun|made|took|gave|saw|went|came|led|met|set|put|said|"
    r"won|lost|spent|paid|held|left|brought|sold|told|kept|found|built|rises|falls|shows?|"
    # "Unemployment stood at 4.2%", "stands at", "hit a record", "shrank by 2%"
    r"stood|stands|remains|totals|reaches|hit|hits|became|becomes|drew|sought|struck|ran|"
    r"shrank|sank|swung|slid|overtook|broke|bought|fought|meant)\b",
    re.IGNORECASE,
)
# Headings that say where a list or table is, not what it counts.
GENERIC_HEADING = re.compile(
    r"^(?:key\s+|main\s+)?(?:findings|highlights|points|summary|overview|results|"
    r"introduction|background|notes?)$",
    re.IGNORECASE,
)


MAX_WORD = 40
_OVERLONG = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def short_words(text: str) -> str:
    """`text` with each word over `MAX_WORD` characters cut short ("aaaa…"): a timeline
    entry or a label is a line or two, and no real word is that long (a table that lays out
    a 12,000-letter word takes minutes)."""
    return _OVERLONG.sub(lambda m: m.group()[:MAX_WORD] + "…", text)


_SHORT_WORDS = frozenset("a an and as at by for in of on or the to".split())


def _is_acronym(word: str) -> bool:
    """ "GDP", "EU" in a heading written in capitals; "OF", "THE" are words."""
    return len(word) <= 3 and word.isupper() and word.lower() not in _SHORT_WORDS


def as_label(text: str) -> str:
    """A heading or caption as a label says it: "Percent of Age Group Hospitalized" is
    "percent of age group hospitalized"; in a caption written as a sentence only the first
    word drops its capital ("Households in Marrow"); acronyms ("MMR", "POC") stay."""
    words = text.split()
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    # "QUESTIONED COSTS", "RANSOMWARE" (a word too long for an acronym such as "UNESCO")
    capitals = len(long_words) > 1 or (len(long_words) == 1 and len(long_words[0]) > 6)
    if capitals and all(w.isupper() for w in long_words):
        return " ".join(w if _is_acronym(w) else w.lower() for w in words)
    # "…, week ending 10 January": a month's capital says nothing of how the caption is written
    common = [w for w in long_words if w.lower().strip(",.;:()") not in _CALENDAR]
    titled = len(common) > 1 and sum(w[0].isupper() for w in common) > len(common) / 2
    if not titled:
        first = words[0] if words else ""
        if len(first) > 1 and first[1].islower():
            words[0] = first.lower()
        return " ".join(words)
    return " ".join(
        w if (w.isupper() and len(w) > 1) or w.lower().strip(",.;:()") in _CALENDAR else w.lower()
        for w in words
    )


# Names that keep their capital in any label.
_CALENDAR = frozenset(name for name in MONTHS if len(name) > 3) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)  # not "may", a verb as often as a month


# Words a label never opens or ends with: what is left of the clause around the noun.
_LOOSE_OPENING = frozenset(
    "as also when it this these will could would might was were is are".split()
)
_LOOSE_END = frozenset(
    "has have had would could will did it there this that when were was is are".split()
)


def without_loose_ends(label: str) -> str:
    """ "as their main barrier" → "their main barrier", "Afghans has" → "Afghans", "rise in
    2013 there" → "rise in 2013": a label opens and ends on words that name."""
    words = label.split()
    while len(words) > 1 and words[0] in _LOOSE_OPENING:  # lower case: "May LTA" is a month
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _LOOSE_END | DANGLING:
        words.pop()
    return " ".join(words)


def for_whom_once(label: str) -> str:
    """ "median age at marriage for males for females", a label borrowed and then told whose
    this value is: the last "for" only."""
    return _FOR_WHOM_TWICE.sub("", label)


# A list item's lead before its colon, which names what the item counts: "Colistin: In 2014
# 0.12 mg/kg was sold, …".
ITEM_LEAD = re.compile(r"^\s*(?P<name>[A-Z][^:;,.()]{1,50}?)\s*:\s+(?=\S)")


# Whom a value is told for: "74.2 years for males".
WHOM = r"(?:males|females|men|women|boys|girls)"
_FOR_WHOM_TWICE = re.compile(rf"\s+for\s+{WHOM}(?=\s+for\s+{WHOM}\b)", re.IGNORECASE)


def change_in(what: str, way: str, unit: str | None) -> str:
    """ "percentage fall in employment" for a rate, "rise in employment" for a count or a
    move in percentage points (a rate's rise of 0.5 points is no 0.5% rise)."""
    return f"{'percentage ' if unit == '%' else ''}{way} in {what}"
