"""The PDF read back: metadata, bookmarks, contents page, running heads, paper, breaks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pikepdf
import pymupdf
import pypdf
import pytest

from briefing.build import build
from briefing.project import Project
from briefing.readers import read
from tests.scoring import TUNING

from .conftest import FIRST_REPORT, run, shipped


def outline(path: Path) -> list[tuple[str, int]]:
    """(title, 1-based page) of every bookmark, depth first."""
    reader = pypdf.PdfReader(path)

    def walk(items: list) -> list[tuple[str, int]]:
        found = []
        for item in items:
            if isinstance(item, list):
                found += walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))
        return found

    return walk(reader.outline)


def contents_entries(path: Path) -> list[tuple[str, int]]:
    """(title, page) as printed on the contents page: "Title ........ 3"."""
    text = pypdf.PdfReader(path).pages[1].extract_text()
    entries = []
    for line in text.splitlines():
        match = re.fullmatch(r"(.+?)\s*\.{3,}\s*(\d+)", line.strip())
        if match:
            entries.append((match[1], int(match[2])))
    return entries


def test_metadata(built_pdf: Path) -> None:
    with pikepdf.open(built_pdf) as pdf:
        info = pdf.docinfo
        assert str(info["/Title"]) == "Human trafficking in Luxembourg"
        assert "/Author" not in info  # the report names none: no made-up "Unknown author"
        assert str(info["/Subject"]).startswith("In 2008 Luxembourg was a destination country")
        assert re.fullmatch(r"D:\d{8}.*", str(info["/CreationDate"]))
        assert str(pdf.Root.Lang) == "en"


def test_the_author_is_the_sidecars_else_the_projects_organisation(tmp_path: Path) -> None:
    source = tmp_path / FIRST_REPORT.name
    source.write_text(FIRST_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    options = replace(shipped(), project=Project(organisation="Kestrel Office"))
    result = build(source, tmp_path / "out", options)
    with pikepdf.open(result.outputs[0]) as pdf:
        assert str(pdf.docinfo["/Author"]) == "Kestrel Office"
    assert "Kestrel Office" in pymupdf.open(result.outputs[0])[0].get_text()
    source.with_suffix(".yaml").write_text("author: Ana Pereira, Desk of Studies\n")
    result = build(source, tmp_path / "out", options)
    with pikepdf.open(result.outputs[0]) as pdf:
        assert str(pdf.docinfo["/Author"]) == "Ana Pereira, Desk of Studies"


def test_one_bookmark_per_section(built_pdf: Path) -> None:
    titles = [title for title, _ in outline(built_pdf)]
    report = read(FIRST_REPORT)
    assert titles == ["Key figures", "Timeline", "Overview"] + [s.title for s in report.sections]


def test_a_short_briefing_has_no_contents_page_but_its_bookmarks(built_pdf: Path) -> None:
    assert contents_entries(built_pdf) == []
    assert "Contents" not in pypdf.PdfReader(built_pdf).pages[1].extract_text()
    assert [title for title, _ in outline(built_pdf)][:3] == ["Key figures", "Timeline", "Overview"]


def test_cover_has_title_date_and_first_sentence(built_pdf: Path) -> None:
    cover = pypdf.PdfReader(built_pdf).pages[0].extract_text()
    flat = " ".join(cover.split())
    assert "Human trafficking in Luxembourg" in flat
    assert re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}", cover)
    assert (
        "In 2008 Luxembourg was a destination country for women trafficked "
        "transnationally for the purpose of commercial sexual exploitation."
    ) in flat
    assert "page 1 of" not in cover


def test_running_header_and_footer_on_body_pages(built_pdf: Path) -> None:
    doc = pymupdf.open(built_pdf)
    total = doc.page_count
    for number in range(2, total + 1):
        page = doc[number - 1]
        height = page.rect.height
        top = page.get_text(clip=pymupdf.Rect(0, 0, page.rect.width, 20 * 72 / 25.4))
        bottom = page.get_text(
            clip=pymupdf.Rect(0, height - 20 * 72 / 25.4, page.rect.width, height)
        )
        assert f"page {number} of {total}" in bottom
        assert "Human trafficking in Luxembourg" in bottom
        if number > 2:  # the contents page has no section yet
            assert top.strip().upper() in {
                "KEY FIGURES",
                "TIMELINE",
                "OVERVIEW",
                *(s.title.upper() for s in read(FIRST_REPORT).sections),
            }


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    result = build(FIRST_REPORT, tmp_path, shipped(paper))
    with pikepdf.open(result.outputs[0]) as pdf:
        for page in pdf.pages:
            box = [round(float(v)) for v in page.MediaBox]
            assert box == [0, 0, *size]


def test_hyphenation_breaks_words_at_line_ends(built_pdf: Path) -> None:
    source_words = set(re.findall(r"[a-z]+", FIRST_REPORT.read_text().lower()))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(built_pdf).pages[2:])
    broken = re.findall(r"\b([A-Za-z]+)[-\u2010\u00ad]\n([a-z]+)", text)
    assert broken, "no word was hyphenated at a line end"
    assert [a + b for a, b in broken if (a + b).lower() not in source_words] == []


HYPHENS = ("-", "\u2010", "\u00ad")


def hyphenated_runs(path: Path) -> tuple[int, int]:
    """The most text lines running that end in a hyphen, and the pages (but the last) whose
    last line of text does: a word broken across pages."""
    doc = pymupdf.open(path)
    longest, across = 0, 0
    for page in doc:
        lines = [
            "".join(span["text"] for span in line["spans"]).rstrip()
            for block in page.get_text("dict")["blocks"]
            for line in block.get("lines", [])
        ]
        lines = [line for line in lines if len(line) > 30]  # text, not labels or headings
        run = 0
        for line in lines:
            run = run + 1 if line.endswith(HYPHENS) else 0
            longest = max(longest, run)
        if lines and lines[-1].endswith(HYPHENS) and page.number < doc.page_count - 1:
            across += 1
    return longest, across


@pytest.mark.parametrize("name", ["sample", "series"])
def test_no_three_lines_running_end_in_a_hyphen_nor_a_page(
    name: str, built_pdf: Path, built_series
) -> None:
    path = built_pdf if name == "sample" else built_series.outputs[0]
    longest, across = hyphenated_runs(path)
    assert longest <= 2 and across == 0


def long_report(tmp_path: Path) -> Path:
    """Forty sections of uneven length, so some headings fall near a page foot."""
    parts = ["= Long report =", "A lead paragraph."]
    for n in range(1, 41):
        parts.append(f"== Section number {n} ==")
        parts += [
            f"Paragraph {k} of section {n}. " + "Words fill the line. " * (3 + 7 * k % 11)
            for k in range(1 + n % 4)
        ]
        if n % 5 == 0:
            parts.append(f"=== Subsection {n}.1 ===")
            parts.append("Text under a subsection. " * 6)
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(parts))
    return path


def test_no_heading_is_left_alone_at_a_page_foot(tmp_path: Path) -> None:
    source = long_report(tmp_path)
    result = build(source, tmp_path / "out", shipped())
    bookmarks = outline(result.outputs[0])
    headings = {title for title, _ in bookmarks}
    assert len(headings) == 49  # 40 sections, 8 subsections, the overview
    doc = pymupdf.open(result.outputs[0])
    for page in doc.pages(bookmarks[0][1] - 1, doc.page_count):
        margin = 20 * 72 / 25.4  # running head and foot live in the page margins
        body = [
            b
            for b in page.get_text("blocks")
            if margin < b[1] and b[3] < page.rect.height - margin and b[4].strip()
        ]
        last = max(body, key=lambda b: b[3])[4].strip()
        assert last not in headings, f"heading {last!r} ends page {page.number + 1}"


def test_contents_of_a_long_report_matches_its_bookmarks(tmp_path: Path) -> None:
    source = long_report(tmp_path)
    result = build(source, tmp_path / "out", shipped("letter"))
    pages = {title: page for title, page in outline(result.outputs[0])}
    reader = pypdf.PdfReader(result.outputs[0])
    printed = {}
    for page in reader.pages[0:4]:  # no figures: the contents follows the title and lead
        for line in page.extract_text().splitlines():
            match = re.fullmatch(r"(.+?)\s*\.{3,}\s*(\d+)", line.strip())
            if match:
                printed[match[1]] = int(match[2])
    assert printed == pages


def _structure_types(node: pikepdf.Object, found: set[str], depth: int = 0) -> set[str]:
    if depth > 60:
        return found
    if isinstance(node, pikepdf.Dictionary):
        if "/S" in node:
            found.add(str(node.S))
        kids = node.get("/K")
        if kids is not None:
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                _structure_types(kid, found, depth + 1)
    return found


def test_the_pdf_is_tagged_pdf_ua_1(built_pdf: Path) -> None:
    with pikepdf.open(built_pdf) as pdf:
        root = pdf.Root
        assert bool(root.MarkInfo.Marked)
        assert str(root.Lang) == "en"
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        with pdf.open_metadata() as xmp:
            assert xmp.get("pdfuaid:part") == "1"
            assert xmp.get("dc:title") == "Human trafficking in Luxembourg"
        types = _structure_types(root.StructTreeRoot, set())
    assert {"/H1", "/H2", "/P", "/Table", "/TH", "/TD", "/L", "/LI", "/Link"} <= types


def test_an_archival_pdf_a_is_offered(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", str(FIRST_REPORT), "--out", str(out), "--pdf-variant", "a-3b")
    assert result.returncode == 0, result.stderr
    with pikepdf.open(out / f"{FIRST_REPORT.stem}.pdf") as pdf, pdf.open_metadata() as xmp:
        assert (xmp.get("pdfaid:part"), xmp.get("pdfaid:conformance")) == ("3", "B")


def test_footnotes_carry_their_notes_numbers(tmp_path: Path) -> None:
    # Note 1 is called only in a heading, which the PDF prints as plain text: the footnote
    # of note 2 must still read "2", as its call in the EPUB does.
    source = tmp_path / "notes.wiki"
    source.write_text(
        "== Heading<ref>First source.</ref> ==\n"
        "A sentence about 12 wells.<ref>Second source.</ref>\n"
    )
    result = build(source, tmp_path / "out", shipped())
    text = " ".join(page.get_text() for page in pymupdf.open(result.outputs[0]))
    assert "2. Second source." in text
    assert "1. Second source." not in text


def _figures_without_alt(node: pikepdf.Object, depth: int = 0) -> int:
    if depth > 60 or not isinstance(node, pikepdf.Dictionary):
        return 0
    missing = int(node.get("/S") == "/Figure" and "/Alt" not in node)
    kids = node.get("/K")
    if kids is not None:
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            missing += _figures_without_alt(kid, depth + 1)
    return missing


def test_the_timeline_graphic_is_said_in_words_and_never_read_out(
    built_pdf: Path, built_json: Path
) -> None:
    timeline = json.loads(built_json.read_text(encoding="utf-8"))["timeline"]
    years = sorted(event["start"][:4] for event in timeline)
    reader = pypdf.PdfReader(built_pdf)
    bookmark = next(item for item in reader.outline if item.title == "Timeline")
    text = " ".join(
        reader.pages[reader.get_destination_page_number(bookmark)].extract_text().split()
    )
    assert f"{len(timeline)} events from {years[0]} to {years[-1]}, by year." in text
    assert "⋮" not in text  # the gaps' dotted rule is drawn, not typed
    with pikepdf.open(built_pdf) as pdf:
        assert _figures_without_alt(pdf.Root.StructTreeRoot) == 0


def test_qpdf_finds_no_syntax_problem(built_pdf: Path) -> None:
    with pikepdf.open(built_pdf) as pdf:
        assert pdf.check_pdf_syntax() == []


def test_every_link_says_where_it_leads(built_pdf: Path) -> None:
    """PDF/UA 7.18.5: a link's /Contents describes it; a screen reader reads it aloud."""
    with pikepdf.open(built_pdf) as pdf:
        contents = [
            str(annotation.get("/Contents"))
            for page in pdf.pages
            for annotation in page.get("/Annots", [])
            if annotation.get("/Subtype") == "/Link"
        ]
        sentences = {s for s in contents if s.startswith("Go to the sentence: ")}
    assert contents and sentences
    assert all(re.match(r"(Go to|Open) ", c) for c in contents), contents
    assert not any(re.search(r"\bs-[0-9a-f]{10}\b", c) for c in contents)
    # The words of a cited sentence, as the report has them.
    text = FIRST_REPORT.read_text(encoding="utf-8")
    for description in sentences:
        opening = description.removeprefix("Go to the sentence: ").removesuffix(" …")
        assert " ".join(opening.split()[:4]) in " ".join(text.split()), description


def _rows(node: object) -> list[pikepdf.Dictionary]:
    """The /TR structure elements below `node`."""
    if isinstance(node, pikepdf.Array):
        return [row for child in node for row in _rows(child)]
    if not isinstance(node, pikepdf.Dictionary) or node.get("/Type") in ("/MCR", "/OBJR"):
        return []
    return ([node] if node.get("/S") == "/TR" else []) + _rows(node.get("/K"))


@pytest.fixture(scope="module")
def row_headed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A report whose table heads each row as well as its columns."""
    folder = tmp_path_factory.mktemp("row-headed")
    source = folder / "regions.wiki"
    table = '{| class="wikitable"\n! Region !! Victims\n|-\n! North\n| 20\n|-\n! South\n| 31\n|}'
    source.write_text(
        f"'''Regions'''\n\n== Figures ==\nIn 2020, 51 victims were found.\n\n{table}\n",
        encoding="utf-8",
    )
    result = run("build", str(source), "--out", str(folder / "out"))
    assert result.returncode == 0, result.stderr
    return folder / "out" / "regions.pdf"


@pytest.mark.parametrize("which", ["built_pdf", "row_headed_pdf"])
def test_every_table_header_cell_says_what_it_heads(
    which: str, request: pytest.FixtureRequest
) -> None:
    """PDF/UA-1 7.5: a /TH carries /Scope, as the HTML's scope said (a header row's cells
    head columns; a header that opens a row of data heads the row)."""
    with pikepdf.open(request.getfixturevalue(which)) as pdf:
        scopes = []
        for row in _rows(pdf.Root.StructTreeRoot.K):
            kids = row.K if isinstance(row.K, pikepdf.Array) else [row.K]
            cells = [str(cell.S) for cell in kids if isinstance(cell, pikepdf.Dictionary)]
            for cell in kids:
                if isinstance(cell, pikepdf.Dictionary) and cell.get("/S") == "/TH":
                    wanted = "/Column" if set(cells) == {"/TH"} else "/Row"
                    scopes.append((str(cell.A.Scope), wanted, str(cell.A.O)))
    assert scopes and all(scope == wanted for scope, wanted, _ in scopes)
    assert "/Column" in {scope for scope, _, _ in scopes}
    if which == "row_headed_pdf":
        assert [scope for scope, _, _ in scopes].count("/Row") == 2  # North, South
    assert {owner for _, _, owner in scopes} == {"/Table"}


@pytest.mark.parametrize("which", ["built_pdf", "row_headed_pdf"])
def test_an_independent_pdf_ua_checker_finds_nothing(
    which: str, request: pytest.FixtureRequest
) -> None:
    """pdfua (a checker written apart from this project) reports no error or warning."""
    pdf = request.getfixturevalue(which)
    checked = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", "--min-severity", "warning", str(pdf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _reached(node: pikepdf.Object, page: pikepdf.Object | None, found: set) -> set:
    """(page, marked-content id) pairs and elements the structure tree reaches."""
    if isinstance(node, pikepdf.Array):
        for child in node:
            _reached(child, page, found)
    elif isinstance(node, pikepdf.Dictionary):
        page = node.get("/Pg", page)
        if node.get("/Type") == "/MCR":
            found.add((page.objgen, int(node.MCID)))
        elif "/K" in node and node.get("/Type") != "/OBJR":
            found.add(node.objgen)
            _reached(node.K, page, found)
    elif isinstance(node, int) and page is not None:
        found.add((page.objgen, node))
    return found


@pytest.mark.parametrize("variant", ["ua-1", "a-3b", "a-3u"])
def test_margin_boxes_are_artifacts_and_no_marked_content_is_orphaned(
    tmp_path: Path, variant: str
) -> None:
    """PDF/UA-1 7.1 and 7.8: running heads and page numbers are artifacts; every piece of
    marked content that is not one is reached by the structure tree."""
    out = tmp_path / "out"
    result = run("build", str(FIRST_REPORT), "--out", str(out), "--pdf-variant", variant)
    assert result.returncode == 0, result.stderr
    with pikepdf.open(out / f"{FIRST_REPORT.stem}.pdf") as pdf:
        tree = pdf.Root.StructTreeRoot
        reached = _reached(tree.K, None, set())
        for number, page in enumerate(pdf.pages, start=1):
            pagination, orphans = 0, []
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) != "BDC":
                    continue
                tag, properties = str(operands[0]), operands[1]
                if tag == "/Artifact" and properties.get("/Type") == "/Pagination":
                    pagination += 1
                elif isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                    mcid = int(properties.MCID)
                    orphans += [] if (page.obj.objgen, mcid) in reached else [mcid]
            assert orphans == [], f"page {number}"
            if number > 1:  # the cover has no running head or page number
                assert pagination >= 3, f"page {number}"
        # The parent tree names no element the tree does not reach.
        for i in range(1, len(tree.ParentTree.Nums), 2):
            parents = tree.ParentTree.Nums[i]
            if isinstance(parents, pikepdf.Array):
                assert all(p is None or p.objgen in reached for p in parents)


def _tables(node: object) -> list[pikepdf.Dictionary]:
    """The /Table elements under a structure element."""
    if not isinstance(node, pikepdf.Dictionary):
        return []
    kids = node.get("/K")
    kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    own = [node] if node.get("/S") == "/Table" else []
    return own + [t for kid in kids for t in _tables(kid)]


def _has_rows(node: object) -> bool:
    if not isinstance(node, pikepdf.Dictionary):
        return False
    if node.get("/S") == "/TR":
        return True
    kids = node.get("/K")
    return any(map(_has_rows, list(kids) if isinstance(kids, pikepdf.Array) else [kids]))


def test_a_table_caption_never_ends_a_page_without_its_table(tmp_path: Path) -> None:
    # A real report whose Table 1 caption fell at the foot of a page, its rows on the next:
    # a caption alone on the page, tagged as a /Table of its own with no row (pdfua 0.1.3,
    # UA-15-003). The caption now goes with the table.
    source = TUNING / "statcan-youth-correctional-statistics-2015-16.md"
    pdf_path = build(source, tmp_path, shipped()).outputs[0]
    with pikepdf.open(pdf_path) as pdf:
        tables = _tables(pdf.Root.StructTreeRoot)
        assert tables and all(map(_has_rows, tables))
