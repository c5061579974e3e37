"""The briefing as a reader meets it: cover figures, key figures table, timeline, and
links from each figure and event to the sentence it came from, in the PDF and the EPUB."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pymupdf
import pytest

from briefing.build import BuildResult, build
from briefing.model import Briefing, TimelineYear

from .conftest import FIRST_REPORT, ROOT, SERIES_REPORT, sentence_of, shipped

DATA = ROOT / "tests" / "data" / "extraction"
REAL = ROOT / "tests" / "data" / "real" / "tuning"
XHTML = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
# Reports with many figures and events, and the first report.
REPORTS = [
    "human-trafficking-in-norway",
    "migrant-health-in-valdoria",
    "human-trafficking-in-luxembourg",
]


@pytest.fixture(scope="module", params=REPORTS)
def built_report(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> BuildResult:
    out = tmp_path_factory.mktemp("layout")
    return build(
        DATA / f"{request.param}.txt",
        out,
        shipped(),
    )


def data(result: BuildResult) -> dict:
    return json.loads(result.outputs[2].read_text(encoding="utf-8"))


def words(text: str) -> str:
    """Text to compare: hyphens dropped (so words broken at line ends join up again) and
    whitespace collapsed."""
    joined = re.sub(r"[-\u00ad\u2010]\s*\n\s*", "", text)
    return " ".join(re.sub(r"[-\u00ad\u2010]", "", joined).split())


def part_span(doc: pymupdf.Document, title: str) -> tuple[tuple[int, float], tuple[int, float]]:
    """Where a part of the briefing begins and the next begins, as (page index, y): parts
    follow one another on the page, so a part is a stretch of text, not a set of pages."""
    toc = [(entry[1], entry[2] - 1, entry[3]["to"].y) for entry in doc.get_toc(simple=False)]
    i = [name for name, _, _ in toc].index(title)
    start = toc[i][1:]
    end = toc[i + 1][1:] if i + 1 < len(toc) else (doc.page_count - 1, doc[-1].rect.height)
    return start, end


def _within(span: tuple[tuple[int, float], tuple[int, float]], page: int, y: float) -> bool:
    (first, top), (last, bottom) = span
    return (first, top - 2) <= (page, y) < (last, bottom - 2)


def part_text(doc: pymupdf.Document, title: str) -> str:
    """The text of a part, from its heading to the next part's heading."""
    span = part_span(doc, title)
    blocks = [
        b[4]
        for n in range(span[0][0], span[1][0] + 1)
        for b in doc[n].get_text("blocks")
        if _within(span, n, b[1])
    ]
    return words(" ".join(blocks))


def internal_links(doc: pymupdf.Document, title: str) -> list[dict]:
    """Each internal link of a part once, in reading order (a link over two lines has two
    rectangles)."""
    span = part_span(doc, title)
    found: list[dict] = []
    for n in range(span[0][0], span[1][0] + 1):
        previous = None
        for link in doc[n].get_links():
            if link["kind"] not in (pymupdf.LINK_GOTO, pymupdf.LINK_NAMED):
                continue
            if not _within(span, n, link["from"].y0):
                continue
            next_line = previous and 0 <= link["from"].y0 - previous["from"].y1 < 3
            if not (next_line and (previous["page"], previous["to"]) == (link["page"], link["to"])):
                found.append(link)
            previous = link
    return found


def landing_text(doc: pymupdf.Document, link: dict) -> str:
    """The text of the line where a link lands, and the next two."""
    page = doc[link["page"]]
    y = page.rect.height - link["to"].y  # link targets are in PDF space, y upwards
    return words(page.get_textbox(pymupdf.Rect(0, y - 4, page.rect.width, y + 40)))


def positions_in_order(text: str, needles: list[str]) -> list[int]:
    """Where each needle is found in `text`, each after the one before; fails on a miss."""
    found, position = [], 0
    for needle in needles:
        position = text.find(needle, position)
        assert position >= 0, f"{needle!r} missing or out of order"
        found.append(position)
    return found


def epub_documents(result: BuildResult) -> dict[str, ElementTree.Element]:
    with zipfile.ZipFile(result.outputs[1]) as archive:
        return {
            Path(n).name: ElementTree.fromstring(archive.read(n))
            for n in archive.namelist()
            if n.endswith(".xhtml")
        }


def row_ids(document: ElementTree.Element | None) -> list[str]:
    """The figures of a table of figures, by its rows' ids, in order."""
    if document is None:
        return []
    return [
        e.get("id").removeprefix("figure-")
        for e in document.iter(f"{XHTML}tr")
        if (e.get("id") or "").startswith("figure-")
    ]


def shown_figures(result: BuildResult) -> tuple[list[dict], list[dict]]:
    """The JSON's figures as Key figures ranks them, and as All figures lists the rest."""
    by_id = {f["id"]: f for f in data(result)["figures"]}
    docs = epub_documents(result)
    table = [by_id[i] for i in row_ids(docs["key-figures.xhtml"])]
    return table, [by_id[i] for i in row_ids(docs.get("all-figures.xhtml"))]


def test_every_figure_is_a_row_of_key_figures_or_of_all_figures(built_report: BuildResult) -> None:
    table, rest = shown_figures(built_report)
    assert 1 <= len(table) <= 12
    ids = [f["id"] for f in (*table, *rest)]
    assert sorted(ids) == sorted(f["id"] for f in data(built_report)["figures"])
    doc = pymupdf.open(built_report.outputs[0])
    for title, figures in [("Key figures", table), ("All figures", rest)]:
        if not figures:
            assert title not in [entry[1] for entry in doc.get_toc()]
            continue
        text = part_text(doc, title).lower()
        found = positions_in_order(text, [words(f["label"]).lower() for f in figures])
        if title == "All figures":  # Key figures prints numbers in words in digits
            for figure, position in zip(figures, found, strict=True):
                assert words(figure["display"]).lower() in text[position : position + 400]


def test_no_two_rows_of_key_figures_give_one_value_for_one_period(
    built_report: BuildResult,
) -> None:
    table, _ = shown_figures(built_report)
    stated = [(f["value"], f["value_max"], json.dumps(f["period"])) for f in table]
    assert len(stated) == len(set(stated))


def test_pdf_timeline_holds_every_event_in_order(built_report: BuildResult) -> None:
    events = data(built_report)["timeline"]
    doc = pymupdf.open(built_report.outputs[0])
    text = part_text(doc, "Timeline")
    found = positions_in_order(text, [words(e["text"])[:40] for e in events])
    for event, position in zip(events, found, strict=True):
        assert event["start"][:4] in text[:position]


@pytest.mark.parametrize("part", ["Key figures", "Timeline", "All figures"])
def test_pdf_links_land_on_the_cited_sentence(built_report: BuildResult, part: str) -> None:
    table, rest = shown_figures(built_report)
    items = {"Key figures": table, "Timeline": data(built_report)["timeline"], "All figures": rest}
    doc = pymupdf.open(built_report.outputs[0])
    if not items[part]:
        return
    links = internal_links(doc, part)
    assert len(links) == len(items[part])
    body = part_span(doc, "Overview")[0][0]
    for item, link in zip(items[part], links, strict=True):
        sentence_start = " ".join(words(sentence_of(data(built_report), item)).split()[:3])
        assert sentence_start in landing_text(doc, link), item["id"]
        assert link["page"] >= body


def test_epub_tables_and_timeline_link_to_sentences_in_section_documents(
    built_report: BuildResult,
) -> None:
    content = data(built_report)
    docs = epub_documents(built_report)
    table, rest = shown_figures(built_report)
    for name, items, prefix in [
        ("key-figures.xhtml", table, "figure-"),
        ("all-figures.xhtml", rest, "figure-"),
        ("timeline.xhtml", content["timeline"], "event-"),
    ]:
        if not items:
            assert name not in docs
            continue
        rows = [e for e in docs[name].iter() if (e.get("id") or "").startswith(prefix)]
        assert [r.get("id").removeprefix(prefix) for r in rows] == [i["id"] for i in items]
        for row, item in zip(rows, items, strict=True):
            [link] = [a for a in row.iter(f"{XHTML}a")]
            file_name, _, fragment = link.get("href").partition("#")
            target = docs[file_name].find(f".//*[@id='{fragment}']")
            assert target is not None, link.get("href")
            assert words("".join(target.itertext())) == words(sentence_of(content, item))


def test_cover_shows_four_headline_figures(built_report: BuildResult) -> None:
    with zipfile.ZipFile(built_report.outputs[1]) as archive:
        cover = ElementTree.fromstring(archive.read("EPUB/cover.xhtml"))
    cards = [e for e in cover.iter() if e.get("class") == "card"]
    assert 3 <= len(cards) <= 5
    cover_text = words(pymupdf.open(built_report.outputs[0])[0].get_text())
    for card in cards:
        assert words("".join(card.itertext())).split()[0] in cover_text


def test_pinned_figures_come_first_on_the_cover_in_their_order(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    shutil.copy(DATA / "human-trafficking-in-norway.txt", source)
    result = build(source, tmp_path / "out", shipped())
    figures = data(result)["figures"]
    pins = [figures[-1], figures[5]]
    source.with_suffix(".yaml").write_text(
        "figures:\n  pin: [" + ", ".join(f["id"] for f in pins) + "]\n", encoding="utf-8"
    )
    result = build(source, tmp_path / "out", shipped())
    cover = pymupdf.open(result.outputs[0])[0]
    labels = [cover.search_for(p["label"].split()[0])[0] for p in pins]
    assert labels[0].y0 < labels[1].y0 or (
        labels[0].y0 == labels[1].y0 and labels[0].x0 < labels[1].x0
    )
    with zipfile.ZipFile(result.outputs[1]) as archive:
        epub_cover = ElementTree.fromstring(archive.read("EPUB/cover.xhtml"))
    values = [
        words("".join(e.itertext())) for e in epub_cover.iter() if e.get("class") == "card-label"
    ]
    assert [v.lower() for v in values[:2]] == [p["label"].lower() for p in pins]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("report", ["human-trafficking-in-norway", "edge-cases"])
def test_no_text_leaves_the_page(tmp_path: Path, paper: str, report: str) -> None:
    result = build(DATA / f"{report}.txt", tmp_path, shipped(paper))
    for page in pymupdf.open(result.outputs[0]):
        box = page.rect
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    x0, y0, x1, y1 = span["bbox"]
                    assert box.x0 <= x0 and x1 <= box.x1 + 0.5, (page.number, span["text"])
                    assert box.y0 <= y0 and y1 <= box.y1 + 0.5, (page.number, span["text"])


@pytest.mark.parametrize(
    ("years", "summary"),
    [
        ([("1996", 1), ("2006", 1), ("2023", 2)], "4 events from 1996 to 2023, by year"),
        ([("2007", 3)], "3 events in 2007"),
        ([("2007", 1)], "1 event in 2007"),
        ([], ""),
    ],
)
def test_the_timeline_summary_says_its_count_and_span(
    years: list[tuple[str, int]], summary: str
) -> None:
    briefing = Briefing(
        title="T",
        subtitle=None,
        date=dt.date(2026, 1, 1),
        language="en",
        author="A",
        summary="",
        chapters=(),
        source=Path("t.txt"),
        years=tuple(TimelineYear(year, (None,) * count, later=0) for year, count in years),
    )
    assert briefing.timeline_summary == summary


MARGIN = 24 * 72 / 25.4  # the layout's top and bottom page margins, in points


def filled(page: pymupdf.Page) -> float:
    """How far down its text area a page's content reaches, from 0 to 1 (running head and
    foot left out; the first page has no margins)."""
    top, bottom = (
        (0.0, page.rect.height) if page.number == 0 else (MARGIN, page.rect.height - MARGIN)
    )
    ends = [b[3] for b in page.get_text("blocks") if b[4].strip() and top <= b[1] < bottom]
    ends += [d["rect"].y1 for d in page.get_drawings() if top <= d["rect"].y0 < bottom]
    return (max(ends, default=top) - top) / (bottom - top)


@pytest.mark.parametrize(
    "source",
    [
        FIRST_REPORT,
        SERIES_REPORT,
        REAL / "doj-oig-grant-closeout-2006.md",
        REAL / "census-income-poverty-2022.md",
        DATA / "human-trafficking-in-norway.txt",
    ],
    ids=lambda p: p.stem,
)
def test_no_page_but_the_last_is_left_near_empty(tmp_path: Path, source: Path) -> None:
    doc = pymupdf.open(build(source, tmp_path, shipped()).outputs[0])
    assert doc.page_count >= 2
    for page in doc.pages(0, doc.page_count - 1):
        assert filled(page) >= 0.4, f"page {page.number + 1} is {filled(page):.0%} full"


def test_the_samples_front_matter_takes_two_pages_and_the_whole_four(
    built: BuildResult, built_json: Path
) -> None:
    doc = pymupdf.open(built.outputs[0])
    assert doc.page_count <= 4
    pages = {title: page for _, title, page in doc.get_toc()}
    assert pages["Key figures"] == 2 and pages["Timeline"] == 2
    last_event = json.loads(built_json.read_text(encoding="utf-8"))["timeline"][-1]
    assert words(last_event["text"])[:40] in words(doc[1].get_text())
    assert pages["Overview"] <= 3
    first = "".join(doc[0].get_text().split()).upper()  # headings are letter-spaced
    assert "KEYDATES" in first and "INBRIEF" in first
    assert "8 years later" in words(doc[1].get_text())  # 2009 to 2017


def test_the_first_page_shows_cards_in_digits_with_their_change_and_the_headline_series(
    built: BuildResult, built_series: BuildResult
) -> None:
    first = words(pymupdf.open(built.outputs[0])[0].get_text())
    assert "6 Human traffickers convicted and sentenced" in first  # "six" in the report
    assert "six" not in first.split()
    doc = pymupdf.open(built_series.outputs[0])
    first = words(doc[0].get_text())
    assert "706 up from 667 in 2017 Trafficking victims identified" in first
    assert "U.S. Department of State" in first
    assert doc[0].get_drawings()  # the chart's bars


def structure(node: pikepdf.Object, depth: int = 0) -> Iterator[pikepdf.Dictionary]:
    """The structure elements under `node` of a tagged PDF, in reading order."""
    if depth > 60 or not isinstance(node, pikepdf.Dictionary):
        return
    yield node
    kids = node.get("/K")
    for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]) if kids is not None else []:
        yield from structure(kid, depth + 1)


def pdf_tables_rows(path: Path) -> list[int]:
    """The body rows of each table in the tagged PDF, in reading order."""
    counts: list[int] = []
    with pikepdf.open(path) as pdf:
        for element in structure(pdf.Root.StructTreeRoot):
            if element.get("/S") == "/Table":
                counts.append(0)
            elif element.get("/S") == "/TR" and counts:
                counts[-1] += 1
    return [count - 1 for count in counts]  # a header row each


def test_key_figures_shows_twelve_rows_and_all_figures_the_rest(built_series: BuildResult) -> None:
    figures = data(built_series)["figures"]
    assert len(figures) > 12
    table, rest = shown_figures(built_series)
    assert len(table) == 12 and len(rest) == len(figures) - 12
    assert pdf_tables_rows(built_series.outputs[0]) == [12, len(figures) - 12]
    toc = [title for _, title, _ in pymupdf.open(built_series.outputs[0]).get_toc()]
    assert toc[0] == "Key figures" and toc[-1] == "All figures"


def chart_titles(result: BuildResult) -> dict[str, list[str]]:
    """The titles of each EPUB document's charts (svg with role img)."""
    found = {}
    for name, document in epub_documents(result).items():
        svgs = [e for e in document.iter(f"{SVG}svg") if e.get("role") == "img"]
        if svgs:
            found[name] = [e.findtext(f"{SVG}title") for e in svgs]
    return found


def pdf_figure_alts(path: Path) -> list[str]:
    with pikepdf.open(path) as pdf:
        return [
            str(element.get("/Alt", ""))
            for element in structure(pdf.Root.StructTreeRoot)
            if element.get("/S") == "/Figure"
        ]


STATED = re.compile(r"[A-Z][^:]+: [\d.,]+( percent)? in \d{4}(, [\d.,]+( percent)? in \d{4}){2,}")


def test_charts_state_their_data_as_pdf_alt_text_and_svg_titles(built_series: BuildResult) -> None:
    titles = chart_titles(built_series)
    assert set(titles) == {"cover.xhtml", "key-figures.xhtml"}
    assert len(titles["cover.xhtml"]) == 1 and len(titles["key-figures.xhtml"]) >= 3
    every = [t for ts in titles.values() for t in ts]
    assert all(STATED.fullmatch(t) for t in every), every
    assert any(
        t.startswith("Trafficking victims identified: 1,814 in 2015, 740 in 2016") for t in every
    )
    alts = pdf_figure_alts(built_series.outputs[0])
    assert sorted(alts) == sorted(every)


def test_series_in_the_json_as_written_by_hand(tmp_path: Path) -> None:
    source = tmp_path / "kenya.md"
    source.write_text(
        "# Kenya\n\n## Identification\n\n"
        "In 2020, the government identified 91 victims of trafficking, compared with 265 "
        "victims identified in 2019, 139 in 2018 and 137 in 2017.\n\n"
        "## Shelters\n\nIn 2019, 12 shelters were open. In 2020, 15 shelters were open.\n"
    )
    result = build(source, tmp_path / "out", shipped())
    content = data(result)
    by_id = {f["id"]: f for f in content["figures"]}
    series = [
        (
            s["unit"],
            [(p["period"]["start"], p["value"], by_id[p["figure"]]["value"]) for p in s["points"]],
        )
        for s in content["series"]
    ]
    assert series == [
        (None, [("2017", 137, 137), ("2018", 139, 139), ("2019", 265, 265), ("2020", 91, 91)]),
        (None, [("2019", 12, 12), ("2020", 15, 15)]),
    ]
    assert [len(s["points"]) for s in content["series"]] == [4, 2]
    titles = chart_titles(result)["key-figures.xhtml"]
    assert titles == [
        content["series"][0]["label"].capitalize()
        + ": 137 in 2017, 139 in 2018, 265 in 2019, 91 in 2020"
    ]
