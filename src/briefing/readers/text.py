"""Plain text with MediaWiki headings, the style of our first report.

`= Title =` is the title, `==Heading==` and deeper levels are sections, blank
lines separate paragraphs, and the text before the first section is the lead.
Lines that start with a list marker ("1.", "2)", "*", "#", "-", "•") are list
items; consecutive items make one list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing.ids import unique_ids
from briefing.model import Block, ListBlock, ListItem, Paragraph, Report, Section
from briefing.readers.common import title_from_name
from briefing.segment import segment

HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")
ITEM = re.compile(r"^(?:(?P<number>\d{1,3}[.)])|[*#•-])\s+(?P<text>\S.*)$")


@dataclass
class _Heading:
    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)


def read(text: str, path: Path) -> Report:
    title: str | None = None
    lead: list[Block] = []
    headings: list[_Heading] = []
    for chunk in _chunks(text):
        match = HEADING.match(chunk) if isinstance(chunk, str) else None
        if match and match[2]:
            level, heading = len(match[1]), match[2]
            if level == 1 and title is None and not lead and not headings:
                title = heading
            else:
                headings.append(_Heading(heading, max(level, 2)))
        else:
            block = Paragraph(chunk) if isinstance(chunk, str) else chunk
            (headings[-1].blocks if headings else lead).append(block)
    ids = unique_ids(h.title for h in headings)
    sections = tuple(
        Section(id, h.title, h.level, tuple(h.blocks)) for id, h in zip(ids, headings, strict=True)
    )
    return segment(
        Report(
            title=title or title_from_name(path),
            lead=tuple(lead),
            sections=sections,
            source=path,
        )
    )


def _chunks(text: str) -> list[str | ListBlock]:
    """Headings (one line each), paragraphs (lines up to a blank line, joined) and lists."""
    chunks: list[str | ListBlock] = []
    lines: list[str] = []
    items: list[str] = []
    ordered = False

    def flush() -> None:
        if lines:
            chunks.append(" ".join(lines))
            lines.clear()
        if items:
            chunks.append(ListBlock(tuple(ListItem(Paragraph(i)) for i in items), ordered))
            items.clear()

    for raw in text.splitlines():
        line = " ".join(raw.split())
        item = ITEM.match(line)
        if not line:
            flush()
        elif HEADING.match(line):
            flush()
            chunks.append(line)
        elif item:
            numbered = bool(item["number"]) or line.startswith("#")
            if lines or (items and ordered != numbered):
                flush()
            ordered = numbered
            items.append(item["text"])
        else:
            if items:
                flush()
            lines.append(line)
    flush()
    return chunks
