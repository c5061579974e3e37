"""Ids derived from text, so that the same text always gives the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from briefing.parts import PARTS

# Ids of the briefing's own parts (and "sources", reserved as long as the layouts have
# been); a section titled "Contents" becomes "contents-2" rather than colliding with them.
RESERVED = frozenset(part.id for part in PARTS) | {"sources"}


def slugify(text: str, fallback: str = "section") -> str:
    """Lower-case ASCII words joined by hyphens: "Prosecution (2008)" -> "prosecution-2008"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or fallback


def unique_ids(texts: Iterable[str], taken: Iterable[str] = RESERVED) -> list[str]:
    """One slug per text, numbered from -2 where a slug was already used."""
    return numbered(map(slugify, texts), taken)


def numbered(bases: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each base as it is, or with "-2", "-3"… where it was already used."""
    used = set(taken)
    last: dict[str, int] = {}  # the last number each base was given: a thousand repeats of
    names = []  # one title cost a thousand steps, not half a million
    for base in bases:
        candidate, n = base, last.get(base, 1)
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        last[base] = n
        used.add(candidate)
        names.append(candidate)
    return names


def sentence_anchor(section: str, sentence: str) -> str:
    """The id of a cited sentence in the section text: the same sentence, the same id."""
    digest = hashlib.sha1(f"{section}\0{' '.join(sentence.split())}".encode()).hexdigest()
    return f"s-{digest[:10]}"
