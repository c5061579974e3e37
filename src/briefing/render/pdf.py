"""Lay out the briefing's HTML with WeasyPrint and write the PDF."""

from __future__ import annotations

import calendar
import datetime as dt
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.request import url2pathname

from briefing.layouts import PAPER_SIZES, Layout
from briefing.render.engine import (
    CSS,
    HTML,
    Document,
    FontConfiguration,
    URLFetcher,
    URLFetcherResponse,
)
from briefing.render.fonts import font_face_css, font_folders
from briefing.render.tagging import finished


@dataclass(frozen=True)
class RenderedPdf:
    """The written PDF and the laid-out document it came from (pages, anchors)."""

    data: bytes
    document: Document

    @property
    def page_count(self) -> int:
        return len(self.document.pages)


class LayoutFetcher(URLFetcher):
    """Serves the layout's own files, the installed typefaces and `data:` URLs; refuses
    the rest of the disk and the network."""

    def __init__(self, folders: list[Path]) -> None:
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
        self.folders = [folder.resolve() for folder in folders]

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        if url.startswith("file:"):
            path = Path(url2pathname(url.split("?")[0].removeprefix("file:"))).resolve()
            if not any(path.is_relative_to(folder) for folder in self.folders):
                raise ValueError(f"refused: {url} is outside the layout folder")
        elif not url.startswith("data:"):
            raise ValueError(f"refused: {url} is not a layout file")
        return super().fetch(url, headers)


# The PDF standards a briefing can meet: tagged PDF/UA-1 for assistive technology (the
# default), or an archival PDF/A-3, tagged as well.
PDF_VARIANTS = {"ua-1": "pdf/ua-1", "a-3b": "pdf/a-3b", "a-3u": "pdf/a-3u"}
DEFAULT_PDF_VARIANT = "ua-1"


def render_pdf(
    html: str,
    layout: Layout,
    paper: str,
    variant: str = DEFAULT_PDF_VARIANT,
    descriptions: Mapping[str, str] | None = None,
    day: dt.date | None = None,
) -> RenderedPdf:
    """The PDF of `html`, tagged; its links say where they lead by `descriptions` (by
    anchor), its margin boxes are artifacts; its fonts are dated `day`."""
    document = lay_out(html, layout, f"@page {{ size: {PAPER_SIZES[paper]} }}", PDF_STYLESHEET)
    with fonts_dated(day):
        data = document.write_pdf(pdf_variant=PDF_VARIANTS[variant], pdf_tags=True)
    return RenderedPdf(data=finished(data, descriptions or {}), document=document)


@contextmanager
def fonts_dated(day: dt.date | None) -> Iterator[None]:
    """Without HarfBuzz's subsetter, WeasyPrint subsets fonts with fontTools, which stamps
    each subset with the second it was made unless SOURCE_DATE_EPOCH is set: set to `day`
    while the PDF is written, two builds of one briefing stay byte-identical."""
    if day is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(day.timetuple()))
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def lay_out(html: str, layout: Layout, css: str = "", stylesheet: str = "") -> Document:
    """`html` laid out in pages, fetching nothing but the layout's files and typefaces.
    `css` comes after the stylesheets `html` links, and `stylesheet` (a file of the
    layout) after `css`, so that the layout has the last word as it would linked."""
    fetcher = LayoutFetcher([layout.folder, *font_folders()])
    fonts = _font_configuration()
    sheets = [CSS(string=f"{font_face_css()}\n{css}", font_config=fonts, url_fetcher=fetcher)]
    if stylesheet:
        sheets.append(_parsed(layout.folder / stylesheet, fetcher))
    return HTML(string=html, base_url=f"{layout.folder.as_uri()}/", url_fetcher=fetcher).render(
        stylesheets=sheets, font_config=fonts
    )


PDF_STYLESHEET = "print.css"  # the layout's stylesheet for paged media
_parsed_sheets: dict[Path, tuple[bytes, CSS]] = {}


def _parsed(path: Path, fetcher: LayoutFetcher) -> CSS:
    """`path` parsed, once for each version of it in a process: a rebuild in `briefing
    watch` lays out a new document with the stylesheet it already read (about 20 ms of
    each rebuild). Its text, not its time stamp, says whether it changed."""
    text = path.read_bytes()
    kept = _parsed_sheets.get(path)
    if kept is None or kept[0] != text:
        sheet = CSS(
            string=text.decode("utf-8"),
            base_url=path.as_uri(),
            font_config=_font_configuration(),
            url_fetcher=fetcher,
        )
        _parsed_sheets[path] = kept = (text, sheet)
    return kept[1]


@cache
def _font_configuration() -> FontConfiguration:
    """One font configuration for the whole run: @font-face files are loaded once."""
    return FontConfiguration()
