"""Personal copies: the rendered PDF and EPUB marked for one recipient, never laid out again.

The PDF gets a page laid over each of its pages (the layout's stamp.html: a line at the foot,
and a watermark when the layout asks), marked as an artifact so that its tags stay whole.
The EPUB gets the line on its title page and in its package metadata (dc:rights), and its
cover image is made again from the marked PDF's cover page.
"""

from __future__ import annotations

import datetime as dt
import io

import pikepdf

from briefing.copies.recipients import Recipient
from briefing.layouts import Layout, stamp_layout
from briefing.render.cover import cover_image
from briefing.render.html import render_stamp_html
from briefing.render.package import mark_epub
from briefing.render.pdf import fonts_dated, lay_out

# Content outside the structure tree, as PDF/UA asks of running headers and footers.
ARTIFACT = b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"


def stamp_pdf(pdf: bytes, layout: Layout, recipient: Recipient, mark: str) -> bytes:
    """`pdf` with `mark` laid over every page and recorded as the document's rights."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        forms: dict[tuple[float, float], pikepdf.Object] = {}
        for page in document.pages:
            box = pikepdf.Rectangle(page.mediabox)
            size = (round(box.width, 2), round(box.height, 2))
            if size not in forms:
                forms[size] = _stamp_form(document, layout, recipient, mark, size)
            # A fixed name, not pikepdf's random one, so copies are reproducible; pages
            # may share one resource dictionary, where the name is set again.
            name = pikepdf.Name(f"/BriefingCopy{list(forms).index(size)}")
            page.add_resource(forms[size], pikepdf.Name.XObject, name)
            placed = page.calc_form_xobject_placement(
                forms[size], name, box, allow_shrink=False, allow_expand=False
            )
            page.contents_add(b"q\n", prepend=True)  # the page's own drawing state ends…
            page.contents_add(b"Q\n" + ARTIFACT + placed + b"\nEMC\n")  # …before the mark
        with document.open_metadata(set_pikepdf_as_editor=False) as metadata:
            metadata["dc:rights"] = mark
        out = io.BytesIO()
        document.save(out, deterministic_id=True)
    return out.getvalue()


def _stamp_form(
    document: pikepdf.Pdf,
    layout: Layout,
    recipient: Recipient,
    mark: str,
    size: tuple[float, float],
) -> pikepdf.Object:
    """The layout's stamp.html laid out on a page of `size` (points), as a form in `document`."""
    stamp = stamp_layout(layout)
    css = f"@page {{ size: {size[0]}pt {size[1]}pt }}"
    with fonts_dated(_created(document)):  # the mark's fonts, dated as the briefing is
        data = lay_out(render_stamp_html(stamp, mark, recipient), stamp, css).write_pdf()
    with pikepdf.open(io.BytesIO(data)) as overlay:
        return document.copy_foreign(overlay.pages[0].as_form_xobject())


def _created(document: pikepdf.Pdf) -> dt.date | None:
    """The day the briefing's PDF says it was made ("D:20261204")."""
    made = str(document.docinfo.get("/CreationDate", ""))
    try:
        return dt.datetime.strptime(made[2:10], "%Y%m%d").date()
    except ValueError:
        return None


def stamp_epub(epub: bytes, mark: str, marked_pdf: bytes) -> bytes:
    """`epub` with `mark` atop its title page and as its dc:rights, and its cover image
    made again from the `marked_pdf`."""
    return mark_epub(epub, mark, cover_image(marked_pdf))
