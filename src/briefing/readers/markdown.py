"""Markdown (CommonMark with pipe tables and footnotes) with YAML front matter,
parsed with markdown-it-py.

Raw HTML is not passed through: the parser runs with HTML off, so tags reach the
briefing as the text they are. The front matter is read once, by `config`: its title,
author and lang describe the report, and the rest is the report's curation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.footnote import footnote_plugin

from briefing.config import FrontMatter, read_front_matter
from briefing.ids import unique_ids
from briefing.model import (
    Block,
    Cell,
    ListBlock,
    ListItem,
    Note,
    Paragraph,
    Preformatted,
    Quote,
    Report,
    Section,
    Table,
    paragraphs,
)
from briefing.readers.common import ParagraphBuilder, safe_url, title_from_name
from briefing.segment import segment

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
STYLES = {"strong": "strong", "em": "em", "s": "em"}
# Deeper than this, a nested block is read as its text (a quote in a quote in a …).
MAX_DEPTH = 40


def read(text: str, path: Path) -> Report:
    front, body = _split_front_matter(text, path)
    parser = MarkdownIt("commonmark", {"html": False}).enable("table").use(footnote_plugin)
    root = SyntaxTreeNode(parser.parse(body))
    reader = _Reader()
    blocks: list[Block | tuple[int, str]] = []
    notes: list[Note] = []
    for node in root.children:
        if node.type == "footnote_block":
            notes = [reader.note(child) for child in node.children]
        else:
            blocks += reader.blocks(node)
    title, lead, sections = _sections(_captioned(blocks), front.title if front else None)
    return segment(
        Report(
            title=title or title_from_name(path),
            lead=tuple(lead),
            sections=tuple(sections),
            source=path,
            language=front.language if front else None,
            author=front.author if front else None,
            notes=tuple(sorted(notes, key=lambda n: n.number)),
            front_matter=front.curation if front else None,
        )
    )


# "Table 1. Grants awarded (Dollars in Billions)": Markdown has no captions, so a report
# titles its table in the paragraph before it; a short line that ends without a full stop
# ("Euro area annual inflation and its components, %") is a title too.
TABLE_TITLE = re.compile(r"^(?:table|tab\.)\s+[\dA-Z][\w.-]*[.:]?\s+\S", re.IGNORECASE)
MAX_TITLE_WORDS = 20


def _is_table_title(text: str) -> bool:
    short = len(text.split()) <= MAX_TITLE_WORDS and not text.rstrip().endswith((".", "!", "?"))
    return bool(TABLE_TITLE.match(text)) or short


def _captioned(blocks: list[Block | tuple[int, str]]) -> list[Block | tuple[int, str]]:
    """`blocks` with each table titled by the paragraph before it, when that paragraph says
    it is a table's title."""
    result: list[Block | tuple[int, str]] = []
    series: Paragraph | None = None  # "Table 7.1a to 7.1b Total cereals (thousand tonnes)"
    for block in blocks:
        previous = result[-1] if result else None
        if isinstance(block, Paragraph) and _SERIES_TITLE.match(block.text):
            series = block
        elif not isinstance(block, (Paragraph, Table)):
            series = None  # a heading or a list between: the series has ended
        if isinstance(block, Table) and (joined := _title_and_unit(result)):
            result[-2:] = [replace(block, caption=joined)]
        elif (
            isinstance(block, Table)
            and block.caption is None
            and isinstance(previous, Paragraph)
            and _is_table_title(previous.text)
        ):
            result[-1] = replace(block, caption=_in_series(previous, series))
        else:
            result.append(block)
    return result


# "Table 7.1a to 7.1b Total cereals; …": one title for the tables that follow, each then
# captioned by its number alone ("Table 7.1a").
_SERIES_TITLE = re.compile(
    r"^(?:tables?)\s+[\dA-Z][\w.]*\s+(?:to|-|–|and)\s+[\dA-Z][\w.]*\s+\S", re.I
)
_NUMBER_ONLY = re.compile(r"^(?:table|tab\.)\s+[\dA-Z][\w.-]*[.:]?$", re.IGNORECASE)


def _in_series(caption: Paragraph, series: Paragraph | None) -> Paragraph:
    """A caption that is a table's number alone, with the title its series was given."""
    if series is None or not _NUMBER_ONLY.match(caption.text.strip()):
        return caption
    title = _SERIES_TITLE.match(series.text)
    assert title is not None
    text = f"{caption.text.strip()} {series.text[title.end() - 1 :]}"
    return replace(caption, text=text, sentences=())


def _title_and_unit(before: list[Block | tuple[int, str]]) -> Paragraph | None:
    """ "Table 8.1 Timber prices, 2002-2011" then "index (2006 = 100)": a table's title and,
    on a line of its own, its unit, as one caption."""
    if len(before) < 2 or not all(isinstance(b, Paragraph) for b in before[-2:]):
        return None
    title, unit = before[-2], before[-1]
    assert isinstance(title, Paragraph) and isinstance(unit, Paragraph)
    if not TABLE_TITLE.match(title.text) or unit.marks or not _UNIT_LINE.match(unit.text):
        return None
    return replace(title, text=f"{title.text} ({unit.text})", sentences=())


# A line that says only what a table's numbers are in: "index (2006 = 100)", "£ million",
# "Thousands", "(per cent)".
_UNIT_LINE = re.compile(
    r"^\(?(?:in\s+)?(?:index|[$€£¥]\s*(?:thousand|million|billion|m|bn)s?|thousands|millions|"
    r"billions|per\s*cent|percent|%|tonnes|number)\b[^.]{0,50}\)?$"
    # "in years": a duration, alone on its line (not "Years of service, by grade")
    r"|^\(?(?:in\s+)?(?:years|months|days|hours)\)?$",
    re.IGNORECASE,
)


def _split_front_matter(text: str, path: Path) -> tuple[FrontMatter | None, str]:
    """The front matter of a source, checked, and its body."""
    match = FRONT_MATTER.match(text)
    if not match:
        return None, text
    # Its first key is on line 2; the body keeps its line count, so that nothing shifts.
    front = read_front_matter(match[1] or "", path, first_line=2)
    return front, "\n" * match[0].count("\n") + text[match.end() :]


class _Reader:
    def __init__(self) -> None:
        self.numbers: dict[int, int] = {}  # the parser's footnote id to our note number

    def blocks(self, node: SyntaxTreeNode, depth: int = 0) -> list[Block | tuple[int, str]]:
        kind = node.type
        if depth > MAX_DEPTH:
            return [Paragraph(" ".join(_plain(node).split()))]
        if kind == "heading":
            return [(int(node.tag[1]), " ".join(self.paragraph(node).text.split()))]
        if kind == "paragraph":
            paragraph = self.paragraph(node)
            return [paragraph] if paragraph.text or paragraph.marks else []
        if kind in ("bullet_list", "ordered_list"):
            return [self.list_block(node, depth)]
        if kind == "blockquote":
            return [Quote(tuple(self.children(node, depth)))]
        if kind in ("fence", "code_block"):
            return [Preformatted(node.content.rstrip("\n"))]
        if kind == "table":
            return [self.table(node)]
        if kind == "html_block":  # only with HTML on; shown as text all the same
            return [Paragraph(" ".join(node.content.split()))]
        return []  # hr, and what the parser knows that a briefing does not show

    def children(self, node: SyntaxTreeNode, depth: int) -> Iterator[Block]:
        for child in node.children:
            for block in self.blocks(child, depth + 1):
                if isinstance(block, tuple):  # a heading inside a quote or a list
                    yield Paragraph(block[1])
                else:
                    yield block

    def list_block(self, node: SyntaxTreeNode, depth: int) -> ListBlock:
        items = []
        for item in node.children:
            blocks = list(self.children(item, depth))
            if blocks and isinstance(blocks[0], Paragraph):
                items.append(ListItem(blocks[0], tuple(blocks[1:])))
            else:
                items.append(ListItem(Paragraph(""), tuple(blocks)))
        return ListBlock(tuple(items), ordered=node.type == "ordered_list")

    def table(self, node: SyntaxTreeNode) -> Table:
        rows = []
        head = 0
        for part in node.children:
            for row in part.children:
                cells = tuple(
                    Cell((self.paragraph(c),), header=c.type == "th", align=_align(c.attrs))
                    for c in row.children
                )
                rows.append(cells)
                head += part.type == "thead"
        return Table(tuple(rows), head=head)

    def note(self, node: SyntaxTreeNode) -> Note:
        number = self._number(int(node.meta.get("id", 0)))
        blocks = list(self.children(node, 0))
        if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
            return Note(number, blocks[0])
        builder = ParagraphBuilder()  # several paragraphs or a list: one run of text
        for paragraph in paragraphs(blocks):
            builder.add(f" {paragraph.text}")
        return Note(number, builder.paragraph())

    def paragraph(self, node: SyntaxTreeNode) -> Paragraph:
        builder = ParagraphBuilder()
        for child in node.children:
            self.inline(child, builder)
        return builder.paragraph()

    def inline(self, node: SyntaxTreeNode, builder: ParagraphBuilder) -> None:
        kind = node.type
        if kind in ("text", "html_inline"):
            builder.add(node.content)
        elif kind == "code_inline":
            builder.open("code")
            builder.add(node.content)
            builder.close("code")
        elif kind in ("softbreak", "hardbreak"):
            builder.add(" ")
        elif kind == "footnote_ref":
            builder.note(self._number(int(node.meta.get("id", 0))))
        elif kind == "image":  # never fetched: its description stands in for it
            for child in node.children:
                self.inline(child, builder)
        elif kind == "link":
            url = safe_url(str(node.attrs.get("href", "")))
            if url:
                builder.open("link", url)
            for child in node.children:
                self.inline(child, builder)
            if url:
                builder.close("link")
        elif kind in STYLES:
            builder.open(STYLES[kind])
            for child in node.children:
                self.inline(child, builder)
            builder.close(STYLES[kind])
        else:  # inline, th, td and other containers
            for child in node.children:
                self.inline(child, builder)

    def _number(self, footnote_id: int) -> int:
        """Notes are numbered in the order they are first called."""
        return self.numbers.setdefault(footnote_id, len(self.numbers) + 1)


def _sections(
    blocks: list[Block | tuple[int, str]], title: str | None
) -> tuple[str | None, list[Block], list[Section]]:
    """Title, lead and sections. A first `# Title` is the title when the front matter
    gives none; when `#` also heads sections, every level moves down one."""
    first = blocks[0] if blocks else None
    if isinstance(first, tuple) and first[0] == 1 and title in (None, first[1]):
        title, blocks = first[1], blocks[1:]
    shift = 1 if any(isinstance(b, tuple) and b[0] == 1 for b in blocks) else 0
    lead: list[Block] = []
    headings: list[tuple[int, str, list[Block]]] = []
    for block in blocks:
        if isinstance(block, tuple):
            level, text = block
            headings.append((min(max(level + shift, 2), 6), text or "Untitled section", []))
        else:
            (headings[-1][2] if headings else lead).append(block)
    ids = unique_ids(text for _, text, _ in headings)
    sections = [
        Section(id, text, level, tuple(b))
        for id, (level, text, b) in zip(ids, headings, strict=True)
    ]
    return title, lead, sections


def _align(attrs: dict[str, Any]) -> str | None:
    """The alignment of a pipe table's column, which the parser gives as a style."""
    match = re.search(r"text-align:\s*(left|center|right)", str(attrs.get("style", "")))
    return match[1] if match else None


def _plain(node: SyntaxTreeNode) -> str:
    if not node.children:
        return node.content
    return " ".join(_plain(child) for child in node.children)
