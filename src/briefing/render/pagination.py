"""Print page numbers in the EPUB: where each page of the laid-out PDF begins, found in
WeasyPrint's pages, and a page-break marker put at that very text in the EPUB's documents.

A page begins with the first line of text it lays out (running heads, footnotes and
generated text aside). That line is found again in the EPUB under the nearest element with
the same id (both formats come from the same templates), and the marker goes in front of
its first character, even mid-word when the page begins with a hyphenated word's end.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from lxml import etree

from briefing.render.engine import Document, boxes
from briefing.render.package import EPUB, XHTML, PageBreak, find_required

SNIPPET = 60  # characters of a page's first line looked for in the EPUB
HYPHENS = "-\u2010\u00ad"
SKIPPED = frozenset(" " + HYPHENS)  # not counted as letters: see _letters
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PageStart:
    number: int  # the printed page number ("page 4 of 6")
    anchor: str | None  # the id of the nearest block around the page's first line
    text: str  # the page's first line, spaces collapsed
    before: int  # letters of the anchor's text laid out on earlier pages


def page_starts(document: Document) -> list[PageStart]:
    """Each page's first line of text, the id around it and how far into that element's
    text the page begins; a page without text starts where the next one does."""
    laid_out: dict[str, int] = {}  # id -> letters of its text on the pages so far
    found: list[tuple[str | None, str, int] | None] = []
    headers: set[object] = set()  # the tables' header rows laid out so far
    for page in document.pages:
        first = None
        # WeasyPrint offers a page's boxes only as `_page_box`; the tests would catch a change.
        for line, ids in _lines(page._page_box, [], headers):
            text = " ".join("".join(_texts(line)).split())
            if text and first is None:
                anchor = ids[-1] if ids else None
                first = (anchor, text, laid_out.get(anchor or "", 0))
            for element_id in ids:
                laid_out[element_id] = laid_out.get(element_id, 0) + _letters(text)
        found.append(first)
    starts = []
    for number, first in enumerate(found, 1):
        following = next((f for f in found[number - 1 :] if f is not None), (None, "", 0))
        starts.append(PageStart(number, *(first or following)))
    return starts


def _letters(text: str) -> int:
    """Characters that both formats keep alike: not spaces (collapsed, or dropped at line
    ends) nor hyphens (added where the print breaks a word)."""
    return sum(1 for c in text if not c.isspace() and c not in HYPHENS)


def _lines(
    box: boxes.Box, ids: list[str], headers: set[object]
) -> Iterator[tuple[boxes.LineBox, list[str]]]:
    """The line boxes of the page's flow in order, with the ids of the elements around them;
    a table's header rows repeated atop a page its table runs on to are not its text (the
    page begins with the row after them), and are left out."""
    if isinstance(box, boxes.MarginBox | boxes.FootnoteAreaBox) or _generated(box):
        return
    if isinstance(box, boxes.TableRowGroupBox) and box.is_header:
        if box.element in headers:
            return
        headers.add(box.element)
    element_id = box.element.get("id") if box.element is not None else None
    if element_id and box.element_tag != "html":
        ids = [*ids, element_id]
    if isinstance(box, boxes.LineBox):
        yield box, ids
        return
    for child in getattr(box, "children", ()):
        yield from _lines(child, ids, headers)


def _texts(box: boxes.Box) -> Iterator[str]:
    if _generated(box):
        return
    if isinstance(box, boxes.TextBox):
        yield box.text
    for child in getattr(box, "children", ()):
        yield from _texts(child)


def _generated(box: boxes.Box) -> bool:
    """Text a stylesheet adds (list markers, leaders, footnote calls): not in the EPUB."""
    return "::" in (box.element_tag or "")  # WeasyPrint names them "a::after", "li::marker"


def mark_page_breaks(
    documents: list[tuple[str, str]], starts: list[PageStart]
) -> tuple[list[tuple[str, str]], list[PageBreak]]:
    """(file name, XHTML) documents with a page-break marker where each page starts, and
    the markers in page order for the page list. A page whose text is not found is put
    at the start of its anchor, else where the page before it is."""
    trees = {name: etree.fromstring(html.encode("utf-8")).getroottree() for name, html in documents}
    ids = {
        id_: (name, element)
        for name, tree in trees.items()
        for element in tree.iter(f"{{{XHTML}}}*")
        if (id_ := element.get("id"))
    }
    first = documents[0][0]
    texts: dict[etree._Element, _Text] = {}
    where = (first, _Text(find_required(trees[first], f"{{{XHTML}}}body")), 0)
    places = []
    for start in starts:
        where = _locate(start, ids, texts, where)
        places.append((where[0], where[1].position(where[2]), start.number))
    # Last first: splitting a text leaves the places before it where they were.
    for _, (node, slot, index), number in reversed(places):
        _insert_marker(node, slot, index, number)
    breaks = [PageBreak(name, f"page-{number}", str(number)) for name, _, number in places]
    marked = [
        (name, etree.tostring(trees[name], xml_declaration=True, encoding="utf-8").decode())
        for name, _ in documents
    ]
    return marked, breaks


class _Text:
    """An element's text with spaces collapsed, worked out once however many pages begin
    in it, and where each of its characters sits: in which node's text or tail."""

    def __init__(self, element: etree._Element) -> None:
        self.element = element
        self.slots: list[tuple[int, etree._Element, str, bool]] = []  # start, node, slot, trim
        pieces: list[str] = []
        length, after_space = 0, False
        for node, slot in _text_slots(element):
            raw = getattr(node, slot)
            if not raw:
                continue
            collapsed = SPACES.sub(" ", raw)
            trim = after_space and collapsed.startswith(" ")
            if trim:
                collapsed = collapsed[1:]
            if collapsed:
                self.slots.append((length, node, slot, trim))
                pieces.append(collapsed)
                length += len(collapsed)
                after_space = collapsed.endswith(" ")
        self.lower = "".join(pieces).lower()
        self.letters = list(accumulate((c not in SKIPPED for c in self.lower), initial=0))

    def position(self, offset: int) -> tuple[etree._Element, str, int]:
        """Where character `offset` sits (node, "text" or "tail", index); past the end, just
        after the last character."""
        if not self.slots:
            return self.element, "text", 0
        start, node, slot, trim = self.slots[bisect_right(self.slots, offset, key=_start) - 1]
        raw = getattr(node, slot)
        if offset >= len(self.lower):
            return node, slot, len(raw.rstrip()) if raw.strip() else len(raw)
        return node, slot, _raw_index(raw, offset - start, trim)


def _start(slot: tuple[int, etree._Element, str, bool]) -> int:
    return slot[0]


def _raw_index(raw: str, wanted: int, trim: bool) -> int:
    """The index in `raw` of character `wanted` of its collapsed text."""
    count, after_space = 0, trim
    for index, char in enumerate(raw):
        if char.isspace():
            if after_space:
                continue
            after_space = True
        else:
            after_space = False
        if count == wanted:
            return index
        count += 1
    return len(raw)


def _text_slots(element: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    yield element, "text"
    for child in element:
        if isinstance(child.tag, str):
            yield from _text_slots(child)
        yield child, "tail"


def _locate(
    start: PageStart,
    ids: dict[str, tuple[str, etree._Element]],
    texts: dict[etree._Element, _Text],
    previous: tuple[str, _Text, int],
) -> tuple[str, _Text, int]:
    """(file name, element's text, character offset in it) where `start`'s text begins: of
    the places its first line occurs, the one nearest to where the print's count puts it."""
    if start.anchor not in ids:
        return previous
    name, element = ids[start.anchor]
    if element not in texts:
        texts[element] = _Text(element)
    text = texts[element]
    wanted = _snippet(start.text)
    found = [m.start() for m in re.finditer(re.escape(wanted), text.lower)] if wanted else []
    if not found:  # at the page before's place, else at the anchor's first letter
        first_letter = len(text.lower) - len(text.lower.lstrip())
        return (name, text, previous[2] if previous[1] is text else first_letter)
    return (name, text, min(found, key=lambda p: abs(text.letters[p] - start.before)))


def _snippet(line: str) -> str:
    """The line's start, lower-cased (the print may set it in capitals), without its last
    word when it might end in a hyphen the print added."""
    words = line[: SNIPPET + 20].split(" ")
    if len(words) > 1:
        words = words[:-1]
    return " ".join(words).rstrip(HYPHENS).lower()[:SNIPPET]


def _insert_marker(node: etree._Element, slot: str, index: int, number: int) -> None:
    """A page-break marker in `node`'s text or tail, before character `index`."""
    marker = etree.Element(
        f"{{{XHTML}}}span",
        {
            f"{{{EPUB}}}type": "pagebreak",
            "role": "doc-pagebreak",
            "id": f"page-{number}",
            "aria-label": str(number),
        },
    )
    text = getattr(node, slot) or ""
    setattr(node, slot, text[:index])
    marker.tail = text[index:]
    if slot == "text":
        node.insert(0, marker)
    else:
        node.addnext(marker)
