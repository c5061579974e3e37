"""Package the briefing's pages as an EPUB 3 with ebooklib."""

from __future__ import annotations

import datetime as dt
import io
import uuid
import zipfile
from collections.abc import Iterator

from ebooklib import epub

from briefing.layouts import Layout
from briefing.model import Briefing, Table, tables
from briefing.render.html import NOTES_FILE, Page, epub_links, render_epub_pages

# Identifiers are UUIDs in this namespace, derived from the source's name, so
# rebuilding the same report keeps its identity in reading apps.
ID_NAMESPACE = uuid.UUID("0b6f1c3e-6a7d-5f43-9a55-3c1f1e2f7a10")


def render_epub(briefing: Briefing, layout: Layout) -> bytes:
    book = _book_with_metadata(briefing)
    style = epub.EpubItem(
        uid="style",
        file_name="style/epub.css",
        media_type="text/css",
        content=layout.epub_css.read_bytes(),
    )
    book.add_item(style)
    documents = [
        _document(page, briefing.language, style) for page in render_epub_pages(briefing, layout)
    ]
    for document in documents:
        book.add_item(document)
    book.toc = _toc(briefing)
    book.guide = _landmarks(briefing)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav(title="Contents"))
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
    return _with_fixed_times(buffer.getvalue(), modified)


def _with_fixed_times(archive: bytes, when: dt.datetime) -> bytes:
    """The archive rewritten with every entry dated `when`, in the same order, so that two
    builds of the same inputs are byte for byte the same (ebooklib stamps the clock)."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=stamp)
            # The mimetype entry stays first and stored, as the EPUB container requires.
            fixed.compress_type = entry.compress_type
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(entry))
    return out.getvalue()


def book_identifier(briefing: Briefing) -> str:
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, briefing.source.stem)}"


def _book_with_metadata(briefing: Briefing) -> epub.EpubBook:
    book = epub.EpubBook()
    book.set_identifier(book_identifier(briefing))
    book.set_title(briefing.title)
    book.set_language(briefing.language)
    book.add_author(briefing.author)
    book.add_metadata("DC", "date", briefing.date.isoformat())
    if briefing.summary:
        book.add_metadata("DC", "description", briefing.summary)
    for prop, value in _accessibility(briefing):
        book.add_metadata(None, "meta", value, {"property": f"schema:{prop}"})
    return book


def _accessibility(briefing: Briefing) -> list[tuple[str, str]]:
    """EPUB Accessibility metadata: what the book offers a reader using assistive technology.
    No conformance is claimed: that needs an evaluation this build does not make."""
    features = ["tableOfContents", "readingOrder", "structuralNavigation"]
    if briefing.table or next(_report_tables(briefing), None) is not None:
        features.append("table")
    summary = (
        "Text only, with no images: headings and a table of contents give structure, tables "
        "have header cells, and every key figure and event links to the sentence it came from."
    )
    return [
        ("accessMode", "textual"),
        ("accessModeSufficient", "textual"),
        *(("accessibilityFeature", feature) for feature in features),
        ("accessibilityHazard", "none"),
        ("accessibilitySummary", summary),
    ]


def _report_tables(briefing: Briefing) -> Iterator[Table]:
    for chapter in briefing.chapters:
        for section in chapter.sections:
            yield from tables(section.blocks)


def _document(page: Page, language: str, style: epub.EpubItem) -> epub.EpubHtml:
    # ebooklib wants bytes: a whole XHTML document given as str can come out empty.
    document = epub.EpubHtml(
        uid=page.file_name.removesuffix(".xhtml"),
        title=page.title,
        file_name=page.file_name,
        lang=language,
        content=page.html.encode("utf-8"),
    )
    document.add_item(style)
    return document


def _landmarks(briefing: Briefing) -> list[dict[str, str]]:
    """The landmarks navigation: where the cover, the contents and the report's text begin.
    ("text" is the guide's name for what EPUB 3 calls bodymatter.)"""
    first = epub_links(briefing)[briefing.chapters[0].sections[0].id]
    return [
        {"href": "cover.xhtml", "title": "Cover", "type": "cover"},
        {"href": "contents.xhtml", "title": "Contents", "type": "toc"},
        {"href": first, "title": briefing.chapters[0].title, "type": "text"},
    ]


def _toc(briefing: Briefing) -> list:
    links = epub_links(briefing)
    toc: list = []
    if briefing.table:
        toc.append(epub.Link(links["key-figures"], "Key figures", "key-figures"))
    if briefing.years:
        toc.append(epub.Link(links["timeline"], "Timeline", "timeline"))
    for chapter in briefing.chapters:
        head = chapter.sections[0]
        nested = [epub.Link(links[s.id], s.title, s.id) for s in chapter.sections[1:]]
        if nested:
            toc.append((epub.Section(head.title, links[head.id]), nested))
        else:
            toc.append(epub.Link(links[head.id], head.title, head.id))
    if briefing.notes:
        toc.append(epub.Link(NOTES_FILE, "Notes", "notes"))
    return toc
