"""The EPUB's cover image: the PDF's cover page, rasterised, so both formats share one look.

Rasterising is most of what a rebuild spends outside WeasyPrint (about 40 ms), and an edit
seldom changes the cover page: the image is kept, in the process, for the drawing of the page
it was made from (its content and the images and forms it draws, not the fonts, whose
glyphs keep their numbers from one build to the next), so `briefing watch` makes it once.
"""

from __future__ import annotations

import hashlib
import io
from collections import OrderedDict

import pikepdf
import pypdfium2

COVER_HEIGHT = 1600  # pixels: sharp in reading apps' libraries, 150–200 kB as PNG
# zlib's fastest level: 15–20 ms less a cover than the default (6), for 6–8% more bytes
PNG_LEVEL = 1
COVER_FILE = "images/cover.png"
KEPT = 8  # cover images kept in a process, the most recent
_kept: OrderedDict[str, bytes] = OrderedDict()


def cover_image(pdf: bytes) -> bytes:
    """The first page of `pdf` as a PNG, COVER_HEIGHT pixels high."""
    drawing = _first_page_drawing(pdf)
    if drawing in _kept:
        _kept.move_to_end(drawing)
        return _kept[drawing]
    image = _rasterised(pdf)
    _kept[drawing] = image
    while len(_kept) > KEPT:
        _kept.popitem(last=False)
    return image


def _rasterised(pdf: bytes) -> bytes:
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=COVER_HEIGHT / page.get_height())
        out = io.BytesIO()
        bitmap.to_pil().save(out, "PNG", compress_level=PNG_LEVEL)
        return out.getvalue()
    finally:
        document.close()


def _first_page_drawing(pdf: bytes) -> str:
    """A digest of what the first page draws: its size, content and resources but fonts."""
    digest = hashlib.sha256()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        digest.update(repr([float(v) for v in page.mediabox]).encode())
        for stream in _contents(page.obj.get("/Contents")):
            digest.update(stream.read_bytes())
        resources = page.obj.get("/Resources", pikepdf.Dictionary())
        for key in sorted(resources.keys() - {"/Font"}):
            _add(digest, resources[key], set())
    return digest.hexdigest()


def _contents(contents: pikepdf.Object | None) -> list[pikepdf.Stream]:
    if isinstance(contents, pikepdf.Stream):
        return [contents]
    if isinstance(contents, pikepdf.Array):
        return [stream for stream in contents if isinstance(stream, pikepdf.Stream)]
    return []


def _add(digest: hashlib._Hash, item: object, seen: set[tuple[int, int]]) -> None:
    """`item` into `digest`: a stream's data and dictionary, a dictionary's or array's
    members, walked once each (forms may share their resources)."""
    if not isinstance(item, pikepdf.Object):
        digest.update(repr(item).encode())  # a number or a name, as pikepdf gives it
        return
    if item.is_indirect:
        if item.objgen in seen:
            return
        seen.add(item.objgen)
    if isinstance(item, pikepdf.Stream):
        digest.update(item.read_bytes())
    if isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
        for key in sorted(item.keys()):
            if key not in ("/Font", "/Parent", "/Length"):
                digest.update(key.encode())
                _add(digest, item[key], seen)
    elif isinstance(item, pikepdf.Array):
        for member in item:
            _add(digest, member, seen)
    else:
        digest.update(repr(item).encode())
