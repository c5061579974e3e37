"""Print page numbers in the EPUB: each marker sits where that page of the PDF begins.

The PDF's pages are read back with MuPDF (the text of the page's first line, running head
and foot left out); the EPUB's markers are found in its documents and the text that
follows each is compared, so the check does not lean on how the build found the places.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pymupdf
import pytest

from briefing.build import build
from tests.conftest import FIRST_REPORT, ROOT, epubcheck_problems, shipped
from tests.test_render_pdf import long_report

XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
MARGIN = 24 / 25.4 * 72  # the layout's top and bottom page margins, in points
INPUTS = ROOT / "tests" / "data" / "inputs"


@pytest.fixture(scope="module", params=["first", "long", "constructs.wiki", "constructs.md"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    folder = tmp_path_factory.mktemp("pages")
    if request.param == "first":
        source = FIRST_REPORT
    elif request.param == "long":
        source = long_report(folder)
    else:
        source = folder / request.param
        shutil.copy(INPUTS / request.param, source)
    result = build(source, folder / "out", shipped())
    return result.outputs[0], result.outputs[1]


def first_words(page: pymupdf.Page, count: int = 4) -> list[str]:
    """The first words of the page's first line of text, between the running head and foot;
    a last word broken by a hyphen is left out."""
    height = page.rect.height
    words = [
        w
        for w in page.get_text("words", sort=False)
        if page.number == 0 or (w[1] > MARGIN - 4 and w[3] < height - MARGIN + 4)
    ]
    first_line = [w for w in words if (w[5], w[6]) == (words[0][5], words[0][6])]
    texts = [w[4] for w in first_line[:count]]
    if len(texts) > 1 and texts[-1][-1] in "-\u2010\u00ad":
        texts.pop()
    return texts


def text_after_markers(epub: Path) -> dict[str, str]:
    """Page label -> the EPUB's text from that page's marker on, spaces collapsed."""
    with zipfile.ZipFile(epub) as archive:
        spine = [
            n for n in archive.namelist() if n.endswith(".xhtml") and not n.endswith("nav.xhtml")
        ]
        order = _spine_order(archive)
        documents = [ElementTree.fromstring(archive.read(n)) for n in order if n in spine]
    after: dict[str, str] = {}
    for document in documents:
        pieces: list[tuple[str | None, str]] = []
        _walk(document.find(f"{XHTML}body"), pieces)
        for index, (label, _) in enumerate(pieces):
            if label is not None:
                after[label] = " ".join("".join(t for _, t in pieces[index:]).split())
    return after


def _spine_order(archive: zipfile.ZipFile) -> list[str]:
    opf = ElementTree.fromstring(archive.read("EPUB/content.opf"))
    ns = "{http://www.idpf.org/2007/opf}"
    hrefs = {i.get("id"): i.get("href") for i in opf.iter(f"{ns}item")}
    return [f"EPUB/{hrefs[r.get('idref')]}" for r in opf.iter(f"{ns}itemref")]


def _walk(element: ElementTree.Element, pieces: list[tuple[str | None, str]]) -> None:
    if element.get(EPUB_TYPE) == "pagebreak":
        pieces.append((element.get("aria-label"), ""))
    pieces.append((None, element.text or ""))
    for child in element:
        _walk(child, pieces)
        pieces.append((None, child.tail or ""))


def test_every_pdf_page_has_a_marker_at_the_text_it_begins_with(built: tuple) -> None:
    pdf, epub = built
    after = text_after_markers(epub)
    pages = pymupdf.open(pdf)
    assert sorted(after, key=int) == [str(n) for n in range(1, len(pages) + 1)]
    with zipfile.ZipFile(epub) as archive:
        text_pages = [n for n in _spine_order(archive) if n != "EPUB/cover-image.xhtml"]
        title_page = ElementTree.fromstring(archive.read(text_pages[0]))
    # The first page begins with the first document of text (after the cover image's page),
    # whatever its layout puts on top.
    assert after["1"] == " ".join("".join(title_page.find(f"{XHTML}body").itertext()).split())
    seen: set[str] = set()  # the lines of the pages so far: a table's header repeats
    for page in pages[1:]:
        words = first_words(page)
        assert words, f"page {page.number + 1} has no text"
        lines = [" ".join(line) for line in _body_lines(page)]
        candidates = [words]
        if lines[0] in seen and len(lines) > 1 and lines[0].split()[0] == words[0]:
            # a page a table runs on to begins at its first row, after the header repeated
            # atop it; a line seen before may also be a page's own ("3 years later" in a
            # timeline told twice)
            candidates.insert(0, lines[1].split()[:1])
        seen.update(lines)
        # Compared without spaces: letter-spaced capitals come back from MuPDF as "B R I E".
        expected = ["".join(c).lower() for c in candidates]
        found = after[str(page.number + 1)].replace(" ", "")[: max(map(len, expected)) + 10].lower()
        assert any(found.startswith(e) for e in expected), (
            f"page {page.number + 1}: {expected!r} vs {found!r}"
        )


def test_the_page_list_links_every_marker_in_order(built: tuple) -> None:
    _, epub = built
    with zipfile.ZipFile(epub) as archive:
        nav = ElementTree.fromstring(archive.read("EPUB/nav.xhtml"))
        page_list = next(n for n in nav.iter(f"{XHTML}nav") if n.get(EPUB_TYPE) == "page-list")
        links = [(a.text, a.get("href")) for a in page_list.iter(f"{XHTML}a")]
        assert [label for label, _ in links] == [str(n) for n in range(1, len(links) + 1)]
        for label, href in links:
            file_name, fragment = href.split("#")
            marker = re.search(
                rf'<span [^>]*id="{fragment}"[^>]*/>', archive.read(f"EPUB/{file_name}").decode()
            )
            assert marker and f'aria-label="{label}"' in marker[0]
            assert 'role="doc-pagebreak"' in marker[0]
        package = archive.read("EPUB/content.opf").decode()
        assert '<meta property="schema:accessibilityFeature">printPageNumbers</meta>' in package
        assert f'<dc:source id="page-source">{Path(epub).stem}.pdf</dc:source>' in package
        assert '<meta refines="#page-source" property="source-of">pagination</meta>' in package


@pytest.mark.slow
def test_an_epub_with_page_markers_passes_epubcheck(built: tuple) -> None:
    _, epub = built
    assert epubcheck_problems(epub) == []


def test_a_page_a_table_runs_on_to_begins_at_its_first_row_not_the_repeated_header(
    tmp_path: Path,
) -> None:
    """WeasyPrint repeats a table's header row atop each page the table runs on to; that
    page begins, in the EPUB, at the first row laid out on it."""
    rows = "".join(f"| Region {n} | {100 + n} | {200 + n} |\n" for n in range(90))
    source = tmp_path / "long-table.md"
    source.write_text(
        '---\ntitle: "Regions"\n---\n\n## Data\n\nEvery region.\n\n'
        f"| Region | 2019 | 2020 |\n|---|---|---|\n{rows}",
        encoding="utf-8",
    )
    result = build(source, tmp_path / "out", shipped())
    after = text_after_markers(result.outputs[1])
    header_seen, continued = False, 0
    for page in pymupdf.open(result.outputs[0])[1:]:
        lines = _body_lines(page)
        if ["Region", "2019", "2020"] in lines[1:]:
            header_seen = True  # the table begins on this page
        elif lines[:1] == [["Region", "2019", "2020"]] and header_seen:
            continued += 1
            found = after[str(page.number + 1)].replace(" ", "")
            assert found.startswith("".join(lines[1])), (page.number + 1, lines[1], found[:30])
    assert continued >= 2  # the table runs on to two pages at least


def _body_lines(page: pymupdf.Page) -> list[list[str]]:
    """The page's lines of words between its running head and foot, a table's row as one
    line (MuPDF gives each cell a line of its own): words grouped by their height."""
    height = page.rect.height
    lines: dict[int, list[tuple[float, str]]] = {}
    for w in page.get_text("words", sort=False):
        if w[1] > MARGIN - 4 and w[3] < height - MARGIN + 4:
            lines.setdefault(round(w[3]), []).append((w[0], w[4]))
    return [[word for _, word in sorted(lines[y])] for y in sorted(lines)]
