"""Split paragraph text into sentences, keeping abbreviations and initials whole."""

from __future__ import annotations

import re

# Words that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "vol",
        "art",
        "sec",
        "para",
        "fig",
        "figs",
        "e.g",
        "i.e",
        "etc",
        "cf",
        "vs",
        "approx",
        "al",  # "Becker et al. 2006"
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "govt",
        "est",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
    ]
)

# A candidate boundary: end punctuation, optional closing quotes or brackets, space.
# Only from the start of a run, and possessive: a run of "....." without a space after it
# fails once, not once for each of its dots (which made long runs quadratic).
BOUNDARY = re.compile(r"""(?<![.!?…])[.!?…]++["'”’)\]]*+\s+""")


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, each stripped; "U.S. State Department" stays in one."""
    sentences, start = [], 0
    for match in BOUNDARY.finditer(text):
        end = match.end()
        if _ends_sentence(text[start : match.start() + 1], text[end:]):
            sentences.append(text[start:end].strip())
            start = end
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


# What follows a time of day in the same sentence: its zone or its day.
_GOES_ON_AFTER_TIME = re.compile(
    r"\(|(?:ET|EST|EDT|CT|PT|GMT|BST|UTC|CET|CEST|Eastern|Central|Pacific|Mountain|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)


def _ends_sentence(before: str, after: str) -> bool:
    if not after or not (after[0].isupper() or after[0].isdigit() or after[0] in "\"'“‘(["):
        return False
    if not before.endswith("."):
        return True
    word = before.rsplit(None, 1)[-1].rstrip(".").lower().lstrip("(\"'“‘")
    if word in ABBREVIATIONS:
        return False
    if word in {"a.m", "p.m"} and _GOES_ON_AFTER_TIME.match(after):
        return False  # "8:30 A.M. (Eastern) Thursday, April 16", "9 a.m. Tuesday"
    # Single letters are initials ("J. Smith"), not the end of a sentence.
    return not re.fullmatch(r"[a-z]", word)
