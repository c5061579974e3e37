"""Lay out the briefing's HTML with WeasyPrint and write the PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.request import url2pathname

import weasyprint
from weasyprint.urls import URLFetcher

from briefing.layouts import PAPER_SIZES, Layout


@dataclass(frozen=True)
class RenderedPdf:
    """The written PDF and the laid-out document it came from (pages, anchors)."""

    data: bytes
    document: weasyprint.Document

    @property
    def page_count(self) -> int:
        return len(self.document.pages)


class LayoutFetcher(URLFetcher):
    """Serves the layout's own files and `data:` URLs; refuses the disk and the network."""

    def __init__(self, folder: Path) -> None:
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
        self.folder = folder.resolve()

    def fetch(self, url: str, headers: dict[str, str] | None = None):  # type: ignore[override]
        if url.startswith("file:"):
            path = Path(url2pathname(url.split("?")[0].removeprefix("file:")))
            if not path.resolve().is_relative_to(self.folder):
                raise ValueError(f"refused: {url} is outside the layout folder")
        elif not url.startswith("data:"):
            raise ValueError(f"refused: {url} is not a layout file")
        return super().fetch(url, headers)


def render_pdf(html: str, layout: Layout, paper: str) -> RenderedPdf:
    fetcher = LayoutFetcher(layout.folder)
    page_size = weasyprint.CSS(string=f"@page {{ size: {PAPER_SIZES[paper]} }}")
    document = weasyprint.HTML(
        string=html, base_url=f"{layout.folder.as_uri()}/", url_fetcher=fetcher
    ).render(stylesheets=[page_size])
    return RenderedPdf(data=document.write_pdf(), document=document)
