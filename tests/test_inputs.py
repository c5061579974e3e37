"""Documents in every input syntax, built for real and checked against expectations
written by hand from each document (tests/data/inputs/*.expect.json)."""

from __future__ import annotations

import json
import re
import subprocess
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pymupdf
import pytest

from briefing.build import build
from briefing.errors import BriefingWarning

from .conftest import epubcheck_problems, sentence_of, shipped

INPUTS = Path(__file__).parent / "data" / "inputs"
DOCUMENTS = ["constructs.wiki", "constructs.md", "torture.wiki", "torture.md", "latin1.txt"]
XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Built:
    expect: dict[str, Any]
    pdf: Path
    epub: Path
    data: dict[str, Any]
    warnings: list[str]

    def epub_documents(self) -> dict[str, ElementTree.Element]:
        with zipfile.ZipFile(self.epub) as archive:
            return {
                Path(n).name: ElementTree.fromstring(archive.read(n))
                for n in archive.namelist()
                if n.endswith(".xhtml") and not n.endswith("nav.xhtml")
            }

    def epub_text(self) -> str:
        return _flat(" ".join(_text(root) for root in self.epub_documents().values()))

    def pdf_text(self) -> str:
        with pymupdf.open(self.pdf) as pdf:
            return _flat(" ".join(page.get_text() for page in pdf))


def expectations(name: str) -> dict[str, Any]:
    return json.loads((INPUTS / f"{name}.expect.json").read_text(encoding="utf-8"))


# The documents whose notes, and whose figures in the prose, were labelled by hand.
WITH_NOTES = [name for name in DOCUMENTS if "notes" in expectations(name)]
WITH_FIGURES = [name for name in DOCUMENTS if expectations(name).get("figures")]


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Built]:
    """Each document built once for the module, whichever test asks first."""
    done: dict[str, Built] = {}

    def get(name: str) -> Built:
        if name not in done:
            done[name] = _build(name, tmp_path_factory.mktemp(name.replace(".", "-")))
        return done[name]

    return get


@pytest.fixture(scope="module", params=DOCUMENTS)
def built(request: pytest.FixtureRequest, builds: Callable[[str], Built]) -> Built:
    return builds(request.param)


def _build(name: str, out: Path) -> Built:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = build(INPUTS / name, out, shipped())
    pdf, epub, data = result.outputs
    return Built(
        expect=expectations(name),
        pdf=pdf,
        epub=epub,
        data=json.loads(data.read_text(encoding="utf-8")),
        warnings=[str(w.message) for w in caught if issubclass(w.category, BriefingWarning)],
    )


@pytest.mark.slow
def test_the_epub_passes_epubcheck(built: Built) -> None:
    assert epubcheck_problems(built.epub) == []


def test_the_pdf_opens_and_a_reading_engine_renders_the_epub(built: Built) -> None:
    with pymupdf.open(built.pdf) as pdf:
        assert pdf.page_count > 1
    with pymupdf.open(built.epub) as book:
        book.layout(width=600, height=800)
        assert book.page_count > 1
        assert all(book[i].get_text() is not None for i in range(book.page_count))


def test_the_text_survives_in_both_formats(built: Built) -> None:
    epub, pdf = built.epub_text(), _unhyphenated(built.pdf_text())
    wanted = built.expect["must_contain"] + built.expect.get("must_contain_text", [])
    unprintable = []
    for phrase in wanted:
        assert _flat(phrase) in epub, phrase
        if missing := [c for c in EMOJI.findall(phrase) if not _has_font_for(c)]:
            unprintable += missing  # the PDF prints an emoji only with a font that has it
            continue
        assert _unhyphenated(_flat(phrase)) in pdf, phrase
    if unprintable:
        pytest.skip(f"no font has {''.join(unprintable)} (fonts-noto-color-emoji is optional)")


EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")


def _has_font_for(char: str) -> bool:
    """Whether fontconfig knows a font with `char` (Debian: fonts-noto-color-emoji)."""
    try:
        found = subprocess.run(
            ["fc-list", f":charset={ord(char):x}"], capture_output=True, text=True, check=False
        )
    except OSError:
        return False
    return bool(found.stdout.strip())


def test_no_markup_leaks_into_either_format(built: Built) -> None:
    tokens = built.expect.get("must_not_contain", []) + built.expect.get(
        "must_not_contain_tokens", []
    )
    for text in (built.epub_text(), built.pdf_text()):
        for literal in built.expect.get("must_contain_text", []):
            text = text.replace(_flat(literal), " ")
        leaked = [t for t in tokens if t.strip() and _flat(t) in text]
        assert leaked == []
    # Line endings (the torture files mix CRLF in) must never reach the outputs.
    assert "\r" not in json.dumps(built.data, ensure_ascii=False)


def test_title_and_sections(built: Built) -> None:
    if "title" in built.expect:
        assert built.data["title"] == built.expect["title"]
    if "sections" in built.expect:
        titles = [s["title"] for s in built.data["sections"] if s["id"] != "overview"]
        # A heading over nothing but the reference list gives way to the notes.
        assert titles == [t for t in built.expect["sections"] if t != "References"]


@pytest.mark.parametrize("name", WITH_NOTES)
def test_notes_show_each_citation_once_in_order(name: str, builds: Callable[[str], Built]) -> None:
    built = builds(name)
    fragments = built.expect["notes"]
    notes = built.epub_documents()["notes.xhtml"]
    items = [_flat(_text(li)) for li in notes.iter(f"{XHTML}li")]
    assert len(items) == built.expect["note_count"]
    for fragment, item in zip(fragments, items, strict=True):
        assert _flat(fragment) in item
    pdf = _unhyphenated(built.pdf_text())
    assert all(_unhyphenated(_flat(f)) in pdf for f in fragments)
    calls = [
        a
        for root in built.epub_documents().values()
        for a in root.iter(f"{XHTML}a")
        if "noteref" in (a.get("class") or "")
    ]
    assert {a.get("href").split("#")[1] for a in calls} == {
        f"note-{i + 1}" for i in range(len(items))
    }


def test_external_links_are_kept(built: Built) -> None:
    links = {
        (_flat(_text(a)), a.get("href"))
        for root in built.epub_documents().values()
        for a in root.iter(f"{XHTML}a")
    }
    for link in built.expect.get("links", []):
        assert (_flat(link["text"]), link["url"]) in links


def test_tables_reach_the_briefing_as_tables(built: Built) -> None:
    tables = [
        t
        for root in built.epub_documents().values()
        for t in root.iter(f"{XHTML}table")
        if "report-table" in (t.get("class") or "")
    ]
    found = [_table_rows(t) for t in tables]
    for expected in built.expect.get("tables", []):
        rows = [
            r for r in ([expected["header"]] if "header" in expected else []) + expected["rows"]
        ]
        wanted = [[_flat(c) for c in row if c != "(nested)"] for row in rows]
        assert any(_contains_rows(table, wanted) for table in found), expected


def test_table_figures_take_their_row_and_column_headers(built: Built) -> None:
    for cell in built.expect.get("table_figures", []):
        matches = [
            f
            for f in built.data["figures"]
            if f["value"] == cell["value"] and cell["row"].lower() in f["label"].lower()
        ]
        assert matches, cell
        column = cell["column"]
        assert any(
            (f["period"] or {}).get("start") == column or column.lower() in f["label"].lower()
            for f in matches
        ), cell


def test_citations_give_no_figures_and_no_events(built: Built) -> None:
    values = {f["value"] for f in built.data["figures"]}
    for number in built.expect.get("citation_numbers", []):
        assert float(number.replace(",", "")) not in values, number
    starts = {e["start"] for e in built.data["timeline"]}
    assert not starts & set(built.expect.get("not_event_dates", []))


@pytest.mark.parametrize("name", WITH_FIGURES)
def test_figures_and_events_in_the_prose_are_found(
    name: str, builds: Callable[[str], Built]
) -> None:
    built = builds(name)
    expected = built.expect["figures"]
    found = [f for e in expected if (f := _figure_for(e, built.data)) is not None]
    assert len(found) / len(expected) >= 0.9
    labelled = sum(
        any(w.lower() in f["label"].lower() for w in e["words"])
        for e in expected
        if (f := _figure_for(e, built.data)) is not None
    )
    assert labelled / len(expected) >= 0.7
    events = built.expect["events"]
    hits = sum(
        any(
            ev["start"] == e["start"]
            and _flat(e["sentence_fragment"]) in _flat(sentence_of(built.data, ev) or "")
            for ev in built.data["timeline"]
        )
        for e in events
    )
    assert hits / len(events) >= 0.9


def test_a_source_in_another_encoding_warns(built: Built) -> None:
    if built.expect.get("encoding") is None:
        assert built.warnings == []
    else:
        assert any("not UTF-8; read it as" in w for w in built.warnings)


def _figure_for(expected: dict[str, Any], data: dict[str, Any]) -> dict[str, Any] | None:
    fragment = _flat(expected["sentence_fragment"])
    return next(
        (
            f
            for f in data["figures"]
            if f["value"] == expected["value"] and fragment in _flat(sentence_of(data, f) or "")
        ),
        None,
    )


def _table_rows(table: ElementTree.Element) -> list[list[str]]:
    rows = []
    for tr in table.iter(f"{XHTML}tr"):
        cells = [c for c in tr if c.tag in (f"{XHTML}td", f"{XHTML}th")]
        rows.append([_flat(_own_text(c)) for c in cells])
    return rows


def _own_text(cell: ElementTree.Element) -> str:
    """A cell's text without that of a table nested in it."""
    parts = [cell.text or ""]
    for child in cell:
        if child.tag != f"{XHTML}table":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _contains_rows(table: list[list[str]], wanted: list[list[str]]) -> bool:
    cleaned = [[c for c in row if c] for row in table]
    return all([c for c in row if c] in cleaned for row in wanted)


def _text(element: ElementTree.Element) -> str:
    return "".join(element.itertext())


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _unhyphenated(text: str) -> str:
    """Without hyphens and spaces: the PDF breaks words across lines."""
    return re.sub(r"[\s\-‐­]", "", text)
