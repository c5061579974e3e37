"""Labels as the briefing prints them: in sentence case, the way a heading or a table row
reads ("Victims identified", not "victims identified" nor "VICTIMS IDENTIFIED")."""

from __future__ import annotations

import re

# Short words that a label in capitals holds as words, not as acronyms ("NO. OF GRANTS").
WORDS = frozenset(
    "a an and are as at be by due for from has in into is its no not of on or our per "
    "the than that to up use was with year all any new net old own put set sum".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
LONGEST_ACRONYM = 4
LETTERS = re.compile(r"[^\W\d_]+")


def sentence_case(label: str) -> str:
    """The label with a capital first letter: "victims identified" gives "Victims
    identified"; one that starts with a number stays as it is ("20 victims"). A label in
    capitals is lowered but for the short words that are likely acronyms: "COPS, NO. OF
    GRANTS AWARDED" gives "COPS, no. of grants awarded"."""
    if _shouting(label):
        label = LETTERS.sub(_lowered, label)
    first = label.lstrip()[:1]
    if first.isalpha():
        i = label.index(first)
        return label[:i] + first.upper() + label[i + 1 :]
    return label


def _shouting(label: str) -> bool:
    """Two words or more, every letter a capital."""
    words = LETTERS.findall(label)
    return len(words) > 1 and all(w.isupper() for w in words)


def _lowered(word: re.Match[str]) -> str:
    text = word[0]
    if len(text) <= LONGEST_ACRONYM and text.lower() not in WORDS:
        return text
    if text.lower() in MONTHS:
        return text.capitalize()
    return text.lower()
