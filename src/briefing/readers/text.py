"""Plain text with MediaWiki headings, the style of our first report.

`= Title =` is the title, `==Heading==` and deeper levels are sections, blank
lines separate paragraphs, and the text before the first section is the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing.ids import unique_ids
from briefing.model import Paragraph, Report, Section

HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")


@dataclass
class _Heading:
    title: str
    level: int
    paragraphs: list[str] = field(default_factory=list)


def read(text: str, path: Path) -> Report:
    title: str | None = None
    lead: list[str] = []
    headings: list[_Heading] = []
    for chunk in _chunks(text):
        match = HEADING.match(chunk)
        if match and match[2]:
            level, heading = len(match[1]), match[2]
            if level == 1 and title is None and not lead and not headings:
                title = heading
            else:
                headings.append(_Heading(heading, max(level, 2)))
        else:
            (headings[-1].paragraphs if headings else lead).append(chunk)
    ids = unique_ids(h.title for h in headings)
    sections = tuple(
        Section(id, h.title, h.level, tuple(Paragraph(p) for p in h.paragraphs))
        for id, h in zip(ids, headings, strict=True)
    )
    return Report(
        title=title or _title_from_name(path),
        lead=tuple(Paragraph(p) for p in lead),
        sections=sections,
        source=path,
    )


def _chunks(text: str) -> list[str]:
    """Headings (one line each) and paragraphs (lines up to a blank line, joined)."""
    chunks: list[str] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            chunks.append(" ".join(lines))
            lines.clear()

    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            flush()
        elif HEADING.match(line):
            flush()
            chunks.append(line)
        else:
            lines.append(line)
    flush()
    return chunks


def _title_from_name(path: Path) -> str:
    words = re.sub(r"[-_]+", " ", path.stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled report"
