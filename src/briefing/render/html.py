"""Fill a layout's Jinja2 templates with a `Briefing` (or a message with a copy's
recipient); autoescaped, so text stays text."""

from __future__ import annotations

import hashlib
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from briefing import __version__
from briefing.copies.recipients import Recipient
from briefing.errors import BriefingError
from briefing.layouts import COVER_TEMPLATE, Layout, cover_layout
from briefing.model import Briefing, Chapter, paragraphs, tables
from briefing.parts import PARTS, Part


@dataclass(frozen=True)
class Page:
    """One EPUB content document."""

    file_name: str
    title: str
    html: str


EPUB_STYLESHEET = "style/epub.css"  # the layout's epub.css, where the EPUB keeps it


def render_pdf_html(briefing: Briefing, layout: Layout) -> str:
    """The whole briefing as one HTML document; links are fragments within it. It links
    no stylesheet: the renderer adds the layout's PDF_STYLESHEET, parsed once a process."""
    ids = [*(part.id for part in LISTED_PARTS), *(s.id for s in briefing.sections)]
    links = {key: f"#{key}" for key in ids}
    sentence_links = {anchor: f"#{anchor}" for anchor, _ in _anchors(briefing)}
    return _render(
        layout,
        "pdf.html",
        briefing=briefing,
        links=links,
        sentence_links=sentence_links,
        stylesheet="",
        reflowable=False,
        **_notes(briefing, note_href="#note-", footnotes=True),
        note_calls={},
    )


def render_epub_pages(briefing: Briefing, layout: Layout) -> list[Page]:
    """The first page, the contents (of a long briefing), key figures, timeline, one
    document per chapter, the notes and the appendix, in reading order."""
    common = {
        "briefing": briefing,
        "links": epub_links(briefing),
        "sentence_links": epub_sentence_links(briefing),
        "stylesheet": EPUB_STYLESHEET,
        "reflowable": True,
        **_notes(briefing, note_href=f"{PARTS.notes.file}#note-", footnotes=False),
        "note_calls": _note_calls(briefing),
    }
    pages = [_part_page(layout, part, common) for part in _parts_before(briefing)]
    for chapter in briefing.chapters:
        html = _render(layout, "epub-chapter.html", chapter=chapter, **common)
        pages.append(Page(chapter_file(chapter), chapter.title, html))
    if briefing.notes:
        pages.append(_part_page(layout, PARTS.notes, common))
    if briefing.appendix:
        pages.append(_part_page(layout, PARTS.all_figures, common))
    return pages


def render_epub_cover_page(briefing: Briefing, layout: Layout, image: str) -> Page:
    """The EPUB's cover page: the cover `image` (its path in the EPUB) alone, with the
    briefing's title and what the image shows as its alternative text."""
    context = {"briefing": briefing, "image": image, "stylesheet": EPUB_STYLESHEET}
    html = _render(cover_layout(layout), COVER_TEMPLATE, **context)
    return Page(PARTS.cover_image.file, PARTS.cover_image.title, html)


def _parts_before(briefing: Briefing) -> list[Part]:
    """The briefing's own parts before the report's text, as far as it has them."""
    shown = {
        PARTS.contents: briefing.contents,
        PARTS.key_figures: bool(briefing.table),
        PARTS.timeline: bool(briefing.years),
    }
    return [PARTS.cover, *(part for part, has in shown.items() if has)]


def _part_page(layout: Layout, part: Part, context: dict[str, object]) -> Page:
    """The EPUB document of one of the briefing's own parts, from its template
    (epub-timeline.html for the timeline)."""
    return Page(part.file, part.title, _render(layout, f"epub-{part.id}.html", **context))


def render_stamp_html(layout: Layout, mark: str, recipient: Recipient) -> str:
    """The page laid over each page of a personal copy (`layout` has a stamp.html)."""
    return _render(layout, "stamp.html", mark=mark, recipient=recipient, watermark=layout.watermark)


def _notes(briefing: Briefing, note_href: str, footnotes: bool) -> dict[str, object]:
    """What the templates need to print note calls: footnotes in the PDF, links in the EPUB."""
    return {
        "notes": {n.number: n for n in briefing.notes},
        "note_href": note_href,
        "footnotes": footnotes,
    }


# The parts the contents lists around the report's sections.
LISTED_PARTS = (PARTS.key_figures, PARTS.timeline, PARTS.all_figures)


def chapter_file(chapter: Chapter) -> str:
    return f"{chapter.id}.xhtml"


def epub_links(briefing: Briefing) -> dict[str, str]:
    """Section id to its href: the chapter's file, with a fragment below its first heading."""
    links = {part.id: part.file for part in LISTED_PARTS}
    for chapter in briefing.chapters:
        file_name = chapter_file(chapter)
        links[chapter.sections[0].id] = file_name
        for section in chapter.sections[1:]:
            links[section.id] = f"{file_name}#{section.id}"
    return links


def epub_sentence_links(briefing: Briefing) -> dict[str, str]:
    return {anchor: f"{chapter_file(chapter)}#{anchor}" for anchor, chapter in _anchors(briefing)}


def _note_calls(briefing: Briefing) -> dict[int, str]:
    """The EPUB file where each note is first called, which its endnote links back to."""
    calls: dict[int, str] = {}
    for chapter in briefing.chapters:
        for section in chapter.sections:
            for paragraph in paragraphs(section.blocks):
                for sentence in paragraph.sentences:
                    for run in sentence.runs:
                        if run.note is not None and not run.again:
                            calls.setdefault(run.note, chapter_file(chapter))
    return calls


def link_descriptions(briefing: Briefing) -> dict[str, str]:
    """What each link of the PDF leads to, as a screen reader says it (PDF/UA 7.18.5): a
    part or section by its title, a cited sentence by its first words."""
    described = {part.id: f"Go to: {part.title}" for part in LISTED_PARTS}
    described |= {section.id: f"Go to: {section.title}" for section in briefing.sections}
    for chapter in briefing.chapters:
        for section in chapter.sections:
            for paragraph in paragraphs(section.blocks):
                for sentence in paragraph.sentences:
                    if sentence.anchor:
                        described[sentence.anchor] = (
                            f"Go to the sentence: {_opening(sentence.text)}"
                        )
            for table in tables(section.blocks):
                for row in table.rows:
                    for cell in row:
                        if cell.anchor:
                            described[cell.anchor] = f"Go to the table cell: {cell.with_headers}"
    return described


def _opening(text: str, words: int = 12) -> str:
    kept = text.split()
    return " ".join(kept[:words]) + (" …" if len(kept) > words else "")


def _anchors(briefing: Briefing) -> Iterator[tuple[str, Chapter]]:
    """Every cited sentence's or table cell's anchor, with the chapter it is in."""
    for chapter in briefing.chapters:
        for section in chapter.sections:
            for paragraph in paragraphs(section.blocks):
                for sentence in paragraph.sentences:
                    if sentence.anchor:
                        yield sentence.anchor, chapter
            for table in tables(section.blocks):
                for row in table.rows:
                    for cell in row:
                        if cell.anchor:
                            yield cell.anchor, chapter


def _render(layout: Layout, template: str, **context: object) -> str:
    return breakable(fill(layout, template, **context))


def fill(layout: Layout, template: str, **context: object) -> str:
    """The layout's `template` filled in with `context`: escaped for HTML, but for a plain
    text template (email.txt); an `error:` naming the template's line when it fails."""
    env = _environment(str(layout.folder))
    try:
        return env.get_template(template).render(version=__version__, part=PARTS, **context)
    except jinja2.TemplateSyntaxError as exc:
        raise BriefingError(
            f"template error: {exc.message}", path=exc.filename, line=exc.lineno
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise BriefingError(f"layout has no template {exc.name!r}", path=layout.folder) from None
    except (jinja2.TemplateError, TypeError, AttributeError, KeyError, ValueError) as exc:
        frame = _template_frame(exc, layout.folder)
        if frame is None:
            raise  # not the template's fault: a bug of ours
        raise BriefingError(
            f"template error: {exc}", path=frame.filename, line=frame.lineno
        ) from None


# A word of the text (between tags, outside style, script and title) this long or longer
# (no word of a language; a long address, or noise)…
LONG_WORD = 60
# …may break after every this many characters (an entity counts as one), at a zero-width
# space: WeasyPrint lays a paragraph's rest out again for each line, so an unbreakable
# 50,000-letter word took 150 s, and 2 s in pieces.
WORD_PIECE = 20
_TEXT = re.compile(r"(<(style|script|title)\b.*?</\2\s*>)|>([^<]+)", re.DOTALL | re.IGNORECASE)
_LONG = re.compile(rf"(?:&#?\w+;|[^\s<&]){{{LONG_WORD},}}")
_UNIT = re.compile(r"&#?\w+;|.", re.DOTALL)


def breakable(html: str) -> str:
    """`html` whose words of `LONG_WORD` characters or more may break every `WORD_PIECE`."""

    def text(match: re.Match[str]) -> str:
        if match[1]:
            return match[1]
        return ">" + _LONG.sub(_pieces, match[3])

    return _TEXT.sub(text, html)


def _pieces(word: re.Match[str]) -> str:
    units = _UNIT.findall(word.group())
    return "\u200b".join(
        "".join(units[i : i + WORD_PIECE]) for i in range(0, len(units), WORD_PIECE)
    )


def _template_frame(exc: BaseException, folder: Path) -> traceback.FrameSummary | None:
    """The innermost template line where `exc` was raised (parts.html, line 12)."""
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if Path(f.filename).resolve().is_relative_to(folder)
    ]
    return frames[-1] if frames else None


def _escaped(template: str | None) -> bool:
    """Every template is escaped but plain text (a message's email.txt), which is no markup."""
    return not (template or "").endswith(".txt")


# How templates are compiled; the compiled code is kept under a name that says so.
_COMPILING = {
    "sandbox": "immutable",
    "undefined": "strict",
    "trim_blocks": True,
    "lstrip_blocks": True,
}


@cache
def _environment(folder: str) -> jinja2.Environment:
    """Templates run in Jinja2's sandbox: a layout may print what a briefing holds, but not
    reach `__globals__`, `os`, attributes that start with "_", or change what it is given."""
    return ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=_escaped,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_compiled_templates(),
    )


def _compiled_templates() -> jinja2.BytecodeCache | None:
    """Jinja2's cache of compiled templates, in its own private folder for this user:
    compiling the layout's templates is most of the HTML's time in a new process (50 ms of
    55). A template's code is used again only for the same source (Jinja2 checks), the same
    versions and the same way of compiling (the file name says); none when the folder
    cannot be made safely."""
    tag = hashlib.sha256(
        f"{__version__} {jinja2.__version__} {sorted(_COMPILING.items())}".encode()
    ).hexdigest()[:12]
    try:
        return jinja2.FileSystemBytecodeCache(pattern=f"__briefing_{tag}_%s.cache")
    except (OSError, RuntimeError):
        return None
