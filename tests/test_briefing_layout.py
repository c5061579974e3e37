"""The briefing as a reader meets it: cover figures, key figures table, timeline, and
links from each figure and event to the sentence it came from, in the PDF and the EPUB."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pymupdf
import pytest

from briefing.build import BuildResult, build
from briefing.model import Briefing, TimelineYear

from .conftest import ROOT, shipped

DATA = ROOT / "tests" / "data" / "extraction"
XHTML = "{http://www.w3.org/1999/xhtml}"
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


def pdf_part_pages(doc: pymupdf.Document, title: str) -> list[pymupdf.Page]:
    """The pages of a part of the briefing, from its bookmark to the next one."""
    toc = doc.get_toc()
    starts = [page for _, name, page in toc]
    i = [name for _, name, _ in toc].index(title)
    end = starts[i + 1] if i + 1 < len(starts) else doc.page_count
    return [doc[n - 1] for n in range(starts[i], max(end, starts[i] + 1))]


def internal_links(pages: list[pymupdf.Page]) -> list[dict]:
    """Each internal link once, in reading order (a link over two lines has two rectangles)."""
    found: list[dict] = []
    for page in pages:
        previous = None
        for link in page.get_links():
            if link["kind"] not in (pymupdf.LINK_GOTO, pymupdf.LINK_NAMED):
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


def test_pdf_key_figures_table_holds_every_figure_in_order(built_report: BuildResult) -> None:
    figures = data(built_report)["figures"]
    doc = pymupdf.open(built_report.outputs[0])
    text = words(" ".join(p.get_text() for p in pdf_part_pages(doc, "Key figures")))
    found = positions_in_order(text, [words(f["label"]) for f in figures])
    for figure, position in zip(figures, found, strict=True):
        assert words(figure["display"]) in text[position : position + 400]


def test_pdf_timeline_holds_every_event_in_order(built_report: BuildResult) -> None:
    events = data(built_report)["timeline"]
    doc = pymupdf.open(built_report.outputs[0])
    text = words(" ".join(p.get_text() for p in pdf_part_pages(doc, "Timeline")))
    found = positions_in_order(text, [words(e["text"])[:40] for e in events])
    for event, position in zip(events, found, strict=True):
        assert event["start"][:4] in text[:position]


@pytest.mark.parametrize(("part", "key"), [("Key figures", "figures"), ("Timeline", "timeline")])
def test_pdf_links_land_on_the_cited_sentence(
    built_report: BuildResult, part: str, key: str
) -> None:
    items = data(built_report)[key]
    doc = pymupdf.open(built_report.outputs[0])
    links = internal_links(pdf_part_pages(doc, part))
    assert len(links) == len(items)
    for item, link in zip(items, links, strict=True):
        sentence_start = " ".join(words(item["sentence"]).split()[:3])
        assert sentence_start in landing_text(doc, link), item["id"]
        assert link["page"] >= pdf_part_pages(doc, "Overview")[0].number


def test_epub_table_and_timeline_link_to_sentences_in_section_documents(
    built_report: BuildResult,
) -> None:
    content = data(built_report)
    with zipfile.ZipFile(built_report.outputs[1]) as archive:
        docs = {
            Path(n).name: ElementTree.fromstring(archive.read(n))
            for n in archive.namelist()
            if n.endswith(".xhtml")
        }
    for name, key, prefix in [
        ("key-figures.xhtml", "figures", "figure-"),
        ("timeline.xhtml", "timeline", "event-"),
    ]:
        rows = [e for e in docs[name].iter() if (e.get("id") or "").startswith(prefix)]
        assert [r.get("id").removeprefix(prefix) for r in rows] == [i["id"] for i in content[key]]
        for row, item in zip(rows, content[key], strict=True):
            [link] = [a for a in row.iter(f"{XHTML}a")]
            file_name, _, fragment = link.get("href").partition("#")
            target = docs[file_name].find(f".//*[@id='{fragment}']")
            assert target is not None, link.get("href")
            assert words("".join(target.itertext())) == words(item["sentence"])


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
    assert values[:2] == [p["label"] for p in pins]


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
        years=tuple(TimelineYear(year, (None,) * count, gap=0) for year, count in years),
    )
    assert briefing.timeline_summary == summary
