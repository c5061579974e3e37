"""The one entry to the renderers: a briefing to its PDF, EPUB and JSON.

The EPUB is made after the PDF: it takes the PDF's page starts (its print page numbers)
and a picture of its cover page.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import Briefing
from briefing.options import OUTPUT_SUFFIXES, BuildOptions
from briefing.render.cover import cover_image
from briefing.render.data import render_json
from briefing.render.epub import render_epub
from briefing.render.html import link_descriptions, render_pdf_html
from briefing.render.pagination import page_starts
from briefing.render.pdf import render_pdf
from briefing.timing import Timer, untimed


@dataclass(frozen=True)
class Outputs:
    pdf: bytes
    epub: bytes
    json: bytes
    page_count: int  # of the PDF

    def by_suffix(self) -> dict[str, bytes]:
        return dict(zip(OUTPUT_SUFFIXES, (self.pdf, self.epub, self.json), strict=True))


def render_outputs(briefing: Briefing, options: BuildOptions, timed: Timer = untimed) -> Outputs:
    layout = options.layout
    html = timed("HTML", render_pdf_html, briefing, layout)
    pdf = timed(
        "PDF layout and write (WeasyPrint)",
        render_pdf,
        html,
        layout,
        options.paper,
        options.pdf_variant,
        link_descriptions(briefing),
        briefing.date,
    )
    starts = timed("page starts (for the EPUB)", page_starts, pdf.document)
    cover = timed("cover image (PDFium)", cover_image, pdf.data)
    epub = timed("EPUB", render_epub, briefing, layout, starts, cover)
    data = timed("JSON", render_json, briefing)
    return Outputs(pdf.data, epub, data, pdf.page_count)
