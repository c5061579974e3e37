"""Wikitext as Wikipedia authors write it, parsed with mwparserfromhell.

The parse tree is flattened into a stream of tokens (text, mark opens and
closes, note calls, list markers, and whole blocks such as tables), which is
then cut into lines and grouped into paragraphs, lists and sections, as
MediaWiki does. Citations (`<ref>`, `{{sfn}}`, `{{efn}}`) become numbered notes
showing their readable text; templates that carry no text are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from briefing.errors import BriefingError
from briefing.ids import unique_ids
from briefing.model import (
    MAX_SPAN,
    Block,
    Cell,
    Definition,
    DefinitionList,
    ListBlock,
    ListItem,
    Note,
    Paragraph,
    Preformatted,
    Quote,
    Report,
    Section,
    Table,
)
from briefing.readers.common import ParagraphBuilder, clean, safe_url, title_from_name
from briefing.segment import segment


@dataclass(frozen=True)
class Open:
    kind: str
    target: str | None = None


@dataclass(frozen=True)
class Close:
    kind: str


@dataclass(frozen=True)
class Call:
    number: int


@dataclass(frozen=True)
class Marker:
    """A list marker at the start of a line: "*", "#", ";" or ":"."""

    char: str


@dataclass(frozen=True)
class HeadingToken:
    level: int
    title: str


Token = str | Open | Close | Call | Marker | HeadingToken | Block
Inline = str | Open | Close | Call
# A line of text as `_lines` cuts it: inline tokens, and the markers of a list item (a
# definition's ":" may follow its term on the same line).
Line = list[Inline | Marker]

STYLE_TAGS = {
    "b": "strong",
    "strong": "strong",
    "i": "em",
    "em": "em",
    "code": "code",
    "tt": "code",
    "kbd": "code",
    "samp": "code",
    "var": "em",
    "cite": "em",
}
# Tags whose content is ordinary text.
TRANSPARENT_TAGS = frozenset(
    "sup sub small big span div center u s del ins abbr font p mark q".split()
    + "noinclude onlyinclude poem section".split()
)
DROPPED_TAGS = frozenset(
    "references includeonly gallery templatestyles graph maplink mapframe".split()
    + "timeline imagemap hiero".split()
)
CODE_TAGS = frozenset({"pre", "syntaxhighlight", "source"})
DROPPED_LINKS = re.compile(
    r"^\s*(category|file|image|media|[a-z]{2,3}(-[a-z]+)?)\s*:", re.IGNORECASE
)
MAGIC_WORD = re.compile(r"__[A-Z]+__")
CITE = re.compile(r"^(cite[ _]\w+|citation|cite)$")
# Templates whose text is part of the sentence, and which of their parameters it is.
TEXT_TEMPLATES = {
    "lang": -1,
    "nowrap": 0,
    "nobr": 0,
    "small": 0,
    "smaller": 0,
    "big": 0,
    "abbr": 0,
    "sic": 0,
    "not a typo": 0,
    "lang-x": -1,
    "transl": -1,
    "em": 0,
    "strong": 0,
    "var": 0,
    "keypress": 0,
    "tooltip": 0,
    "nowiki": 0,
    "val": 0,
    "lang-fr": 0,
    "lang-de": 0,
}
SYMBOL_TEMPLATES = {
    "ndash": "–",
    "mdash": "—",
    "snd": " – ",
    "spaced ndash": " – ",
    "nbsp": " ",
    "dash": " – ",
    "·": " · ",
    "dot": " · ",
    "'": "'",
    "=": "=",
    "!": "|",
}
NOTE_TEMPLATES = frozenset({"efn", "efn-ua", "efn-lr", "refn", "sfn", "sfnp", "harvnb", "harv"})


def read(text: str, path: Path) -> Report:
    try:
        code = mwparserfromhell.parse(defuse(text))
    except Exception as exc:  # the parser's own errors have no common base class
        raise BriefingError(f"cannot parse wikitext: {exc}", path=path) from None
    reader = _Reader()
    tokens = list(reader.tokens(code.nodes))
    title, lead, sections = _sections(reader.blocks(tokens))
    return segment(
        Report(
            title=title or title_from_name(path),
            lead=tuple(lead),
            sections=tuple(sections),
            source=path,
            notes=tuple(reader.notes),
        )
    )


# Openers the parser must match against the rest of the text: thousands left unclosed make it
# quadratic (8,000 unclosed "{{a|" take 36 s), so past a few they are written as text.
_PAIRS = (
    (re.compile(r"\{\{"), re.compile(r"\}\}"), "&#123;&#123;"),
    (re.compile(r"\[\["), re.compile(r"\]\]"), "&#91;&#91;"),
    (re.compile(r"<ref(?=[\s>])(?:[^<>/]|/(?!>))*>", re.I), re.compile(r"</ref\s*>", re.I), "&lt;"),
)
MAX_UNCLOSED = 50


def defuse(text: str) -> str:
    """`text` with its unclosed "{{", "[[" and "<ref>" written as text when there are more
    than `MAX_UNCLOSED` of a kind; one pass each, so linear in the text."""
    for opener, closer, literal in _PAIRS:
        open_at: list[re.Match[str]] = []
        marks = sorted(
            [(m.start(), True, m) for m in opener.finditer(text)]
            + [(m.start(), False, m) for m in closer.finditer(text)],
            key=lambda mark: mark[0],
        )
        for _, opens, match in marks:
            if opens:
                open_at.append(match)
            elif open_at:
                open_at.pop()
        if len(open_at) > MAX_UNCLOSED:
            text = _literal(text, open_at, literal)
    return text


def _literal(text: str, unclosed: list[re.Match[str]], literal: str) -> str:
    """The openers at `unclosed` written as text: "{{" as its entities, "<ref>" with "&lt;"."""
    pieces, position = [], 0
    for match in unclosed:
        pieces.append(text[position : match.start()])
        pieces.append(literal + (match.group()[1:] if literal == "&lt;" else ""))
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


@dataclass
class _Reader:
    notes: list[Note] = field(default_factory=list)
    named: dict[str, int] = field(default_factory=dict)
    depth: int = 0

    # Nodes to tokens

    def tokens(self, nodes: Iterable[Node]) -> Iterator[Token]:
        for node in nodes:
            yield from self.node(node)

    def node(self, node: Node) -> Iterator[Token]:
        if isinstance(node, Text):
            yield MAGIC_WORD.sub("", str(node.value))
        elif isinstance(node, HTMLEntity):
            yield _entity(node)
        elif isinstance(node, Heading):
            yield HeadingToken(node.level, " ".join(_plain(self.inline(node.title.nodes)).split()))
        elif isinstance(node, Wikilink):
            yield from self.wikilink(node)
        elif isinstance(node, ExternalLink):
            yield from self.external_link(node)
        elif isinstance(node, Template):
            yield from self.template(node)
        elif isinstance(node, Tag):
            yield from self.tag(node)
        elif not isinstance(node, Comment):
            pass  # arguments ({{{1}}}) and anything else that is not text

    def tag(self, tag: Tag) -> Iterator[Token]:
        name = str(tag.tag).strip().lower()
        if name in ("li", "dt", "dd") and tag.wiki_markup:
            yield Marker(str(tag.wiki_markup)[-1])
        elif name == "ref":
            yield from self.ref(tag)
        elif name in STYLE_TAGS:
            yield Open(STYLE_TAGS[name])
            yield from self.tokens(tag.contents.nodes if tag.contents else ())
            yield Close(STYLE_TAGS[name])
        elif name in ("br", "hr"):
            yield "\n" if name == "hr" else " "
        elif name == "nowiki":
            yield str(tag.contents) if tag.contents else ""
        elif name in CODE_TAGS:
            yield Preformatted(_code_text(tag))
        elif name == "math":
            yield Open("code")
            yield str(tag.contents) if tag.contents else ""
            yield Close("code")
        elif name == "blockquote":
            yield Quote(tuple(self.nested_blocks(tag.contents)))
        elif name == "table":
            yield self.table(tag)
        elif name in DROPPED_TAGS:
            return
        elif name in TRANSPARENT_TAGS or name in (
            "td",
            "th",
            "tr",
            "li",
            "dt",
            "dd",
            "ul",
            "ol",
            "dl",
        ):
            yield from self.tokens(tag.contents.nodes if tag.contents else ())
        else:
            yield str(tag)  # script, iframe, img and the like: shown as the text they are

    def wikilink(self, link: Wikilink) -> Iterator[Token]:
        title = str(link.title)
        if DROPPED_LINKS.match(title) and not title.lstrip().startswith(":"):
            return
        if link.text is not None:
            yield from self.inline(link.text.nodes)
        else:
            yield title.lstrip(":").split("#")[0] or title.lstrip(":#")

    def external_link(self, link: ExternalLink) -> Iterator[Token]:
        url = safe_url(str(link.url))
        text = list(self.inline(link.title.nodes)) if link.title else [str(link.url)]
        if url:
            yield Open("link", url)
        yield from text
        if url:
            yield Close("link")

    def template(self, template: Template) -> Iterator[Token]:
        name = " ".join(str(template.name).split()).lower()
        if name.startswith("#") or ":" in name:
            return  # parser functions and magic words
        if CITE.match(name):
            yield from _citation(template)
        elif name in NOTE_TEMPLATES:
            yield from self.template_note(name, template)
        elif name in SYMBOL_TEMPLATES:
            yield SYMBOL_TEMPLATES[name]
        elif name in TEXT_TEMPLATES:
            positional = [p for p in template.params if not p.showkey]
            if positional:
                yield from self.inline(positional[TEXT_TEMPLATES[name]].value.nodes)
        elif name == "convert":
            values = [str(p.value).strip() for p in template.params if not p.showkey][:2]
            yield " ".join(values)
        elif name in ("quote", "blockquote", "quotation", "cquote"):
            param = _param(template, "text", "quote", "1")
            if param is not None:
                yield Quote(tuple(self.nested_blocks(param)))

    def ref(self, tag: Tag) -> Iterator[Token]:
        name = _attribute(tag, "name")
        if name and name in self.named:
            yield Call(self.named[name])
            return
        if tag.self_closing or not tag.contents or not str(tag.contents).strip():
            return  # a call of a named note that is never defined
        content = self.paragraph(self.inline(tag.contents.nodes))
        number = self._add_note(content)
        if name:
            self.named[name] = number
        yield Call(number)

    def template_note(self, name: str, template: Template) -> Iterator[Token]:
        if name.startswith(("efn", "refn")):
            param = _param(template, "1")
            if param is None:
                return
            content = self.paragraph(self.inline(param.nodes))
        else:  # {{sfn|Author|2020|p=5}}: "Author 2020, p. 5"
            positional = [str(p.value).strip() for p in template.params if not p.showkey]
            page = _param(template, "p", "pp", "page", "pages")
            text = " ".join(positional) + (f", p. {str(page).strip()}" if page else "")
            content = Paragraph(text)
        yield Call(self._add_note(content))

    def _add_note(self, content: Paragraph) -> int:
        number = len(self.notes) + 1
        self.notes.append(Note(number, content))
        return number

    def inline(self, nodes: Iterable[Node]) -> Iterator[Inline]:
        """Inline tokens only: blocks inside a link or a note are read as their text."""
        for token in self.tokens(nodes):
            if isinstance(token, str | Open | Close | Call):
                yield token
            elif isinstance(token, Paragraph | Preformatted):
                yield " " + token.text + " "

    def paragraph(self, tokens: Iterable[Inline | Marker]) -> Paragraph:
        """The paragraph of `tokens`; a list marker among them is not text."""
        builder = ParagraphBuilder()
        _feed(builder, tokens)
        return builder.paragraph()

    # Tables

    def table(self, tag: Tag) -> Table:
        caption: Paragraph | None = None
        rows: list[list[Cell]] = []
        implicit: list[Cell] = []  # cells before the first row marker
        for node in tag.contents.nodes if tag.contents else ():
            if not isinstance(node, Tag):
                continue
            name = str(node.tag).lower()
            if name == "caption" or str(node).startswith("|+"):
                tokens = list(self.inline(node.contents.nodes))
                if tokens and isinstance(tokens[0], str):
                    tokens[0] = tokens[0].lstrip().removeprefix("+")
                caption = self.paragraph(tokens)
            elif name in ("td", "th"):
                implicit.append(self.cell(node))
            elif name == "tr":
                cells = [self.cell(c) for c in node.contents.nodes if _is_cell(c)]
                if cells:
                    rows.append(cells)
        if implicit:
            rows.insert(0, implicit)
        head = next((i for i, row in enumerate(rows) if not all(c.header for c in row)), len(rows))
        return Table(tuple(tuple(r) for r in rows), caption, head)

    def cell(self, tag: Tag) -> Cell:
        blocks = tuple(self.nested_blocks(tag.contents))
        return Cell(
            blocks,
            header=str(tag.tag).lower() == "th",
            colspan=_span(_attribute(tag, "colspan")),
            rowspan=_span(_attribute(tag, "rowspan")),
            align=_align(tag),
        )

    def nested_blocks(self, contents: Wikicode | None) -> list[Block]:
        """The blocks inside a table cell or a quote: a line that starts with a space is
        text there ("| text", "{{quote|text= …}}"), and a heading, which would start no
        section, is dropped."""
        if contents is None:
            return []
        self.depth += 1
        try:
            if self.depth > 20:  # tables in tables without end: the rest is text
                return [Paragraph(_plain(self.inline(contents.nodes)))]
            tokens = list(self.tokens(contents.nodes))
        finally:
            self.depth -= 1
        return [b for b in self.blocks(tokens, nested=True) if not isinstance(b, HeadingToken)]

    # Tokens to blocks

    def blocks(self, tokens: list[Token], nested: bool = False) -> list[Block | HeadingToken]:
        """Blocks from tokens; in a cell or a quote, a line that starts with a space is
        not preformatted text (cells are written "| text")."""
        result: list[Block | HeadingToken] = []
        paragraph: Line = []
        listed: list[tuple[str, Line]] = []
        pre: list[str] = []

        def flush() -> None:
            if paragraph:
                built = self.paragraph(paragraph)
                if built.text or built.marks:
                    result.append(built)
                paragraph.clear()
            if listed:
                result.extend(self.lists(listed))
                listed.clear()
            if pre:
                result.append(Preformatted("\n".join(pre)))
                pre.clear()

        for line in _lines(tokens):
            if isinstance(line, HeadingToken | Block):
                flush()
                result.append(line)
            elif line and isinstance(line[0], Marker):
                if paragraph or pre:
                    flush()
                markers = ""
                while line and isinstance(marker := line[0], Marker):
                    markers += marker.char
                    line.pop(0)
                listed.append((markers, line))
            elif not _plain(line).strip():
                if not any(isinstance(t, Call) for t in line):
                    flush()
                else:
                    paragraph.extend(line)
            elif isinstance(line[0], str) and line[0].startswith(" ") and not (paragraph or nested):
                if listed:
                    flush()
                pre.append(_plain(line)[1:])
            else:
                if listed or pre:
                    flush()
                paragraph.extend([*line, " "])
        flush()
        return result

    def lists(self, lines: list[tuple[str, Line]]) -> list[Block]:
        """Nested lists from lines and their markers ("*", "**", "#*", ";", ":")."""
        blocks: list[Block] = []
        i = 0
        while i < len(lines):
            kind = _list_kind(lines[i][0][0])
            j = i
            while j < len(lines) and _list_kind(lines[j][0][0]) == kind:
                j += 1
            group = lines[i:j]
            blocks.append(self.definitions(group) if kind == "dl" else self.list_block(group, kind))
            i = j
        return blocks

    def list_block(self, lines: list[tuple[str, Line]], kind: str) -> Block:
        items: list[tuple[Line, list[tuple[str, Line]]]] = []
        for markers, line in lines:
            if len(markers) == 1 or not items:
                items.append((line if len(markers) == 1 else [], []))
                if len(markers) > 1:
                    items[-1][1].append((markers[1:], line))
            else:
                items[-1][1].append((markers[1:], line))
        return ListBlock(
            tuple(ListItem(self.paragraph(text), tuple(self.lists(sub))) for text, sub in items),
            ordered=kind == "#",
        )

    def definitions(self, lines: list[tuple[str, Line]]) -> Block:
        """`;term` and `:detail` lines; lines of `:` alone are indented text, a quote."""
        if not any(m.startswith(";") for m, _ in lines):
            return Quote(tuple(self.paragraph(line) for _, line in lines))
        items: list[Definition] = []
        for markers, line in lines:
            parts = _split_at_marker(line)
            if markers.startswith(";"):
                items.append(Definition(self.paragraph(parts[0]), ()))
                parts = parts[1:]
            elif not items:
                items.append(Definition(Paragraph(""), ()))
            details = tuple(self.paragraph(p) for p in parts if _plain(p).strip())
            items[-1] = Definition(items[-1].term, items[-1].details + details)
        return DefinitionList(tuple(items))


def _sections(blocks: list[Block | HeadingToken]) -> tuple[str | None, list[Block], list[Section]]:
    """The title (a first `= Title =`), the lead and the sections; empty leaf sections go."""
    title: str | None = None
    lead: list[Block] = []
    headings: list[tuple[HeadingToken, list[Block]]] = []
    for block in blocks:
        if isinstance(block, HeadingToken):
            if block.level == 1 and title is None and not lead and not headings:
                title = block.title
            elif block.title:
                headings.append((HeadingToken(max(block.level, 2), block.title), []))
        else:
            (headings[-1][1] if headings else lead).append(block)
    kept = [
        (h, b)
        for i, (h, b) in enumerate(headings)
        if b or (i + 1 < len(headings) and headings[i + 1][0].level > h.level)
    ]
    ids = unique_ids(h.title for h, _ in kept)
    sections = [
        Section(id, h.title, h.level, tuple(b)) for id, (h, b) in zip(ids, kept, strict=True)
    ]
    return title, lead, sections


def _lines(tokens: list[Token]) -> Iterator[Line | HeadingToken | Block]:
    """Tokens cut at newlines into lines; a block token comes alone, between them."""
    line: Line = []
    for token in tokens:
        if isinstance(token, str):
            parts = token.split("\n")
            for part in parts[:-1]:
                if part:
                    line.append(part)
                yield line
                line = []
            if parts[-1]:
                line.append(parts[-1])
        elif isinstance(token, HeadingToken | Block):
            if line:
                yield line
            yield token
            line = []
        else:
            line.append(token)
    if line:
        yield line


def _split_at_marker(line: Line) -> list[list[Inline]]:
    parts: list[list[Inline]] = [[]]
    for token in line:
        if isinstance(token, Marker):
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _list_kind(marker: str) -> str:
    return "dl" if marker in ";:" else marker


def _feed(builder: ParagraphBuilder, tokens: Iterable[Token]) -> None:
    for token in tokens:
        if isinstance(token, str):
            builder.add(token)
        elif isinstance(token, Open):
            builder.open(token.kind, token.target)
        elif isinstance(token, Close):
            builder.close(token.kind)
        elif isinstance(token, Call):
            builder.note(token.number)


def _plain(tokens: Iterable[Token]) -> str:
    return "".join(t for t in tokens if isinstance(t, str))


def _citation(template: Template) -> Iterator[Inline]:
    """A {{cite …}} as readers see it: Author. "Title". Work. Publisher. Date. URL."""
    author = _param(template, "author", "authors", "last", "last1", "author1")
    first = _param(template, "first", "first1")
    parts = []
    if author is not None:
        parts.append(_text(author) + (f", {_text(first)}" if first is not None else ""))
    title = _param(template, "title", "chapter")
    if title is not None:
        parts.append(f"“{_text(title)}”")
    for keys in (
        ("work", "website", "newspaper", "journal", "magazine", "periodical"),
        ("publisher",),
        ("date", "year"),
    ):
        value = _param(template, *keys)
        if value is not None and _text(value):
            parts.append(_text(value))
    yield ". ".join(p for p in parts if p) + ("." if parts else "")
    url = _param(template, "url")
    if url is not None and (safe := safe_url(_text(url))):
        yield " "
        yield Open("link", safe)
        yield safe
        yield Close("link")


def _param(template: Template, *names: str) -> Wikicode | None:
    for name in names:
        if template.has(name) and str(template.get(name).value).strip():
            return template.get(name).value
    return None


def _text(value: Wikicode) -> str:
    return " ".join(value.strip_code().split())


def _attribute(tag: Tag, name: str) -> str | None:
    for attribute in getattr(tag, "attributes", ()):
        if str(attribute.name).strip().lower() == name and attribute.value is not None:
            return str(attribute.value).strip()
    return None


def _span(value: str | None) -> int:
    try:
        return min(max(int(value or 1), 1), MAX_SPAN)
    except ValueError:
        return 1


def _align(tag: Tag) -> str | None:
    """`align="right"` or `style="text-align: right"` on a cell."""
    style = _attribute(tag, "style") or ""
    match = re.search(r"text-align:\s*(left|center|right)", style, re.IGNORECASE)
    value = (match[1] if match else _attribute(tag, "align") or "").lower()
    return value if value in ("left", "center", "right") else None


def _is_cell(node: Node) -> TypeGuard[Tag]:
    return isinstance(node, Tag) and str(node.tag).lower() in ("td", "th")


def _entity(node: HTMLEntity) -> str:
    try:
        return clean(node.normalize())
    except (ValueError, OverflowError):
        return str(node)


def _code_text(tag: Tag) -> str:
    text = str(tag.contents) if tag.contents else ""
    return text.strip("\n")
