"""The EPUB's cover image: the PDF's cover page, rasterised, so both formats share one look."""

from __future__ import annotations

import io

import pypdfium2

COVER_HEIGHT = 1600  # pixels: sharp in reading apps' libraries, about 90 kB as PNG
COVER_FILE = "images/cover.png"


def cover_image(pdf: bytes) -> bytes:
    """The first page of `pdf` as a PNG, COVER_HEIGHT pixels high."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=COVER_HEIGHT / page.get_height())
        out = io.BytesIO()
        bitmap.to_pil().save(out, "PNG")
        return out.getvalue()
    finally:
        document.close()
