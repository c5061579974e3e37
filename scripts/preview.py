"""Look at a briefing: build SOURCE, then write PNG pictures of every PDF page and of the
EPUB as MuPDF lays it out on a 6-inch e-reader (600×800) and a large one (1264×1680).

    python scripts/preview.py sources/human-trafficking-in-luxembourg.txt

Pictures go to out/preview/NAME/. MuPDF (PyMuPDF) comes with the test extras
(`pip install -e '.[test]'`); it is AGPL, so it stays out of the package itself.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pymupdf

from briefing.build import BuildOptions, build
from briefing.errors import BriefingError
from briefing.layouts import PAPER_SIZES, find_layout

SCREENS = ((600, 800), (1264, 1680))
SCREEN_DPI = 150  # pixels per inch of the e-reader pictures: 600×800 is a 4×5.3-inch page
PDF_DPI = 110


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, metavar="SOURCE")
    parser.add_argument("--out", type=Path, default=Path("out"), metavar="DIR")
    parser.add_argument("--layout", default="briefing", metavar="NAME|PATH")
    parser.add_argument("--paper", choices=sorted(PAPER_SIZES))
    args = parser.parse_args()
    try:
        layout = find_layout(args.layout)
        result = build(args.source, args.out, BuildOptions(layout, args.paper or layout.paper))
    except BriefingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    folder = args.out / "preview" / args.source.stem
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    pdf, epub = result.outputs[0], result.outputs[1]
    written = _pdf_pages(pdf, folder)
    for width, height in SCREENS:
        written += _epub_pages(epub, folder, width, height)
    print(f"wrote {written} pictures to {folder}")
    return 0


def _pdf_pages(path: Path, folder: Path) -> int:
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_pixmap(dpi=PDF_DPI).save(folder / f"pdf-page-{page.number + 1:03d}.png")
        return doc.page_count


def _epub_pages(path: Path, folder: Path, width: int, height: int) -> int:
    with pymupdf.open(path) as book:
        book.layout(width=width * 72 / SCREEN_DPI, height=height * 72 / SCREEN_DPI, fontsize=11)
        for page in book:
            name = f"epub-{width}x{height}-{page.number + 1:03d}.png"
            page.get_pixmap(dpi=SCREEN_DPI).save(folder / name)
        return book.page_count


if __name__ == "__main__":
    raise SystemExit(main())
