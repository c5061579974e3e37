"""What the readers share: a `Paragraph` built piece by piece while walking a parse
tree, the links they keep, and a title from a file name.

The builder collapses whitespace as text arrives, so the offsets of the marks
always point into the final text.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from briefing.model import Mark, Paragraph

# Whitespace that collapses to one space; no-break spaces are kept, they join on purpose.
SPACE = re.compile(r"[^\S\u00a0\u202f]+")
# Characters XML 1.0 forbids, and lone surrogates: an EPUB holding one is not well formed,
# and a surrogate cannot even be written as UTF-8. Entities ("&#1;", "&#xD800;") give them.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """`text` without the characters no XML document may hold."""
    return XML_FORBIDDEN.sub("", text)


# Links that a reader may follow from a briefing; anything else (javascript:, file:,
# data:) keeps its text and loses the link.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def safe_url(url: str) -> str | None:
    """`url` when it is an absolute web or mail link, else None."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or (parts.scheme != "mailto" and not parts.netloc):
        return None
    return url


class ParagraphBuilder:
    def __init__(self) -> None:
        self._text: list[str] = []
        self._length = 0
        self._marks: list[Mark] = []
        self._open: list[tuple[str, int, str | None]] = []

    def add(self, text: str) -> None:
        text = SPACE.sub(" ", clean(text))
        if text.startswith(" ") and (not self._length or self._ends_with_space()):
            text = text[1:]
        if text:
            self._text.append(text)
            self._length += len(text)

    def open(self, kind: str, target: str | None = None) -> None:
        self._open.append((kind, self._length, target))

    def close(self, kind: str) -> None:
        """Close the innermost open mark of `kind` (unbalanced closes are ignored)."""
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == kind:
                _, start, target = self._open.pop(i)
                if self._length > start:
                    self._marks.append(Mark(kind, start, self._length, target))
                return

    def note(self, number: int) -> None:
        """A note call here: it follows the text without a space."""
        if self._ends_with_space():
            self._text[-1] = self._text[-1][:-1]
            self._length -= 1
        self._marks.append(Mark("note", self._length, self._length, str(number)))

    def text(self) -> str:
        return "".join(self._text)

    def paragraph(self) -> Paragraph:
        """The paragraph so far; marks still open end with it."""
        for kind, _, _ in reversed(self._open):
            self.close(kind)
        text = self.text()
        stripped = text.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        stripped = stripped.lstrip()
        marks = tuple(
            Mark(m.kind, _clip(m.start - lead, stripped), _clip(m.end - lead, stripped), m.target)
            for m in sorted(self._marks, key=lambda m: (m.start, -m.end))
        )
        return Paragraph(stripped, tuple(m for m in marks if m.end > m.start or m.kind == "note"))

    def _ends_with_space(self) -> bool:
        return bool(self._text) and self._text[-1].endswith(" ")


def _clip(offset: int, text: str) -> int:
    return min(max(offset, 0), len(text))


def title_from_name(path: Path) -> str:
    """ "water-access_2024.txt" gives "Water access 2024": for a report without a title."""
    words = re.sub(r"[-_]+", " ", path.stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled report"
