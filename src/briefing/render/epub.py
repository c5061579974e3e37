"""Package the briefing's pages as an EPUB 3 with ebooklib; `render.package` puts in
what ebooklib cannot write."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import replace
from typing import TypeAlias

from ebooklib import epub
from lxml import etree

from briefing.layouts import Layout
from briefing.model import Briefing
from briefing.parts import PARTS, Part
from briefing.render.cover import COVER_FILE
from briefing.render.html import (
    EPUB_STYLESHEET,
    Page,
    epub_links,
    render_epub_cover_page,
    render_epub_pages,
)
from briefing.render.package import SVG, TITLE_PAGE, PageBreak, finish_epub
from briefing.render.pagination import PageStart, mark_page_breaks

# Identifiers are UUIDs in this namespace, derived from the source's name, so
# rebuilding the same report keeps its identity in reading apps.
ID_NAMESPACE = uuid.UUID("0b6f1c3e-6a7d-5f43-9a55-3c1f1e2f7a10")


def render_epub(
    briefing: Briefing,
    layout: Layout,
    page_starts: list[PageStart] | None = None,
    cover: bytes | None = None,
) -> bytes:
    """The EPUB; with the PDF's `page_starts`, it carries the print page numbers: a marker
    where each page begins and a page list in the navigation document; with `cover` (a
    PNG of the PDF's cover page), a cover image, shown by a cover page before the first."""
    book = _book_with_metadata(briefing, paginated=bool(page_starts))
    if cover is not None:
        # Our own page shows the image (ebooklib's would carry no alternative text).
        book.set_cover(COVER_FILE, cover, create_page=False)
    style = epub.EpubItem(
        uid="style",
        file_name=EPUB_STYLESHEET,
        media_type="text/css",
        content=layout.epub_css.read_bytes(),
    )
    book.add_item(style)
    pages = render_epub_pages(briefing, layout)
    breaks: list[PageBreak] = []
    if page_starts:
        marked, breaks = mark_page_breaks([(p.file_name, p.html) for p in pages], page_starts)
        pages = [replace(page, html=html) for page, (_, html) in zip(pages, marked, strict=True)]
    if cover is not None:  # after the page breaks: the print pages begin with the text
        pages = [render_epub_cover_page(briefing, layout, COVER_FILE), *pages]
    documents = [_document(page, briefing.language, style) for page in pages]
    for document in documents:
        book.add_item(document)
    book.toc = _toc(briefing)
    book.guide = _landmarks(briefing, cover=cover is not None)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav(title=PARTS.contents.title))
    book.spine = documents
    buffer = io.BytesIO()
    modified = dt.datetime.combine(briefing.date, dt.time(), dt.UTC)
    # ebooklib's own page list takes every element with an epub:type for a page.
    options = {
        "mtime": modified,
        "raise_exceptions": True,
        "epub3_pages": False,
        "landmark_title": "Landmarks",
    }
    epub.write_epub(buffer, book, options)
    return finish_epub(buffer.getvalue(), briefing.language, breaks, modified)


def book_identifier(briefing: Briefing) -> str:
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, briefing.source.stem)}"


def _book_with_metadata(briefing: Briefing, paginated: bool) -> epub.EpubBook:
    book = epub.EpubBook()
    book.set_identifier(book_identifier(briefing))
    book.set_title(briefing.title)
    book.set_language(briefing.language)
    if briefing.author:  # none rather than a made-up one
        book.add_author(briefing.author)
    book.add_metadata("DC", "date", briefing.date.isoformat())
    if briefing.summary:
        book.add_metadata("DC", "description", briefing.summary)
    for prop, value in _accessibility(briefing, paginated):
        book.add_metadata(None, "meta", value, {"property": f"schema:{prop}"})
    if briefing.conforms_to:  # only when the editor claims it: see the README
        book.add_metadata(None, "meta", briefing.conforms_to, {"property": "dcterms:conformsTo"})
        certifier = {"property": "a11y:certifiedBy"}
        book.add_metadata(None, "meta", briefing.certified_by, certifier)
    if paginated:  # the page list's numbers are those of the PDF built with it
        book.add_metadata("DC", "source", f"{briefing.source.stem}.pdf", {"id": "page-source"})
        refines = {"refines": "#page-source", "property": "source-of"}
        book.add_metadata(None, "meta", "pagination", refines)
    return book


def _accessibility(briefing: Briefing, paginated: bool) -> list[tuple[str, str]]:
    """EPUB Accessibility metadata: what the book offers a reader using assistive technology.
    No conformance is claimed: that needs an evaluation this build does not make."""
    features = ["tableOfContents", "readingOrder", "structuralNavigation"]
    if paginated:
        features += ["pageBreakMarkers", "pageNavigation", "printPageNumbers"]
    charts = any(fact.chart for fact in (*briefing.headline, *briefing.table))
    summary = (
        "Text (the cover image repeats the first page that follows it as text): headings "
        "and a table of contents give structure, tables have header cells, and every key "
        "figure and event links to the sentence it came from."
    )
    modes = ["textual"]
    if charts:
        features.append("alternativeText")
        modes.append("visual")
        summary += " Each small chart has a text alternative that states its data."
    return [
        *(("accessMode", mode) for mode in modes),
        ("accessModeSufficient", "textual"),
        *(("accessibilityFeature", feature) for feature in features),
        ("accessibilityHazard", "none"),
        ("accessibilitySummary", summary),
    ]


def xml_id(name: str) -> str:
    """`name` as the package's XML ids must be: "1-main-points" (a chapter from the heading
    "1. Main points") starts with a letter, "c-1-main-points"."""
    return name if name[:1].isalpha() or name[:1] == "_" else f"c-{name}"


def _document(page: Page, language: str, style: epub.EpubItem) -> epub.EpubHtml:
    # ebooklib wants bytes: a whole XHTML document given as str can come out empty.
    content = page.html.encode("utf-8")
    document = epub.EpubHtml(
        uid=xml_id(page.file_name.removesuffix(".xhtml")),
        title=page.title,
        file_name=page.file_name,
        lang=language,
        content=content,
    )
    if _has_svg(content):  # the manifest must say so (EPUBCheck OPF-014)
        document.properties.append("svg")
    document.add_item(style)
    return document


def _has_svg(xhtml: bytes) -> bool:
    """Whether the document draws SVG in its text (a chart)."""
    tree = etree.fromstring(xhtml)
    return next(tree.iter(f"{{{SVG}}}svg"), None) is not None


def _landmarks(briefing: Briefing, cover: bool) -> list[dict[str, str]]:
    """The landmarks navigation: where the cover (when there is a cover image), the first
    page, the contents (of a long briefing) and the report's text begin.
    ("text" is the guide's name for what EPUB 3 calls bodymatter.)"""
    first = epub_links(briefing)[briefing.chapters[0].sections[0].id]
    contents = {"href": PARTS.contents.file, "title": PARTS.contents.title, "type": "toc"}
    image = {"href": PARTS.cover_image.file, "title": PARTS.cover_image.title, "type": "cover"}
    return [
        # calibre takes the first document, when the "cover" landmark names it, for the
        # book's HTML cover and keeps it as its cover page. The first page of text is a title
        # page, not the cover: calibre converts it as text.
        *([image] if cover else []),
        {"href": PARTS.cover.file, "title": PARTS.cover.title, "type": TITLE_PAGE},
        *([contents] if briefing.contents else []),
        {"href": first, "title": briefing.chapters[0].title, "type": "text"},
    ]


def _toc(briefing: Briefing) -> list[_TocEntry]:
    links = epub_links(briefing)
    toc: list[_TocEntry] = []
    if briefing.table:
        toc.append(_part_link(PARTS.key_figures))
    if briefing.years:
        toc.append(_part_link(PARTS.timeline))
    for chapter in briefing.chapters:
        head = chapter.sections[0]
        nested = [epub.Link(links[s.id], s.title, xml_id(s.id)) for s in chapter.sections[1:]]
        if nested:
            toc.append((epub.Section(head.title, links[head.id]), nested))
        else:
            toc.append(epub.Link(links[head.id], head.title, xml_id(head.id)))
    if briefing.notes:
        toc.append(_part_link(PARTS.notes))
    if briefing.appendix:
        toc.append(_part_link(PARTS.all_figures))
    return toc


# An entry of ebooklib's table of contents: a link, or a section and the links under it.
_TocEntry: TypeAlias = epub.Link | tuple[epub.Section, list[epub.Link]]


def _part_link(part: Part) -> epub.Link:
    return epub.Link(part.file, part.title, part.id)
