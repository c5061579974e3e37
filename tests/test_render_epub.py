"""The EPUB read back: EPUBCheck, package documents, metadata, navigation, reading engine."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pymupdf
import pytest

from briefing.build import build
from briefing.errors import BriefingError
from briefing.layouts import find_layout
from briefing.options import BuildOptions
from briefing.readers import read

from .conftest import FIRST_REPORT, ROOT, epubcheck_problems, epubcheck_usage, shipped
from .test_render_pdf import long_report

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "epub": "http://www.idpf.org/2007/ops",
}


def package(path: Path) -> ElementTree.Element:
    with zipfile.ZipFile(path) as archive:
        container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
        rootfile = container.find(".//{*}rootfile").get("full-path")
        return ElementTree.fromstring(archive.read(rootfile))


def documents(path: Path) -> dict[str, ElementTree.Element]:
    """Every XHTML document in the archive by file name, parsed as XML."""
    with zipfile.ZipFile(path) as archive:
        return {
            Path(name).name: ElementTree.fromstring(archive.read(name))
            for name in archive.namelist()
            if name.endswith(".xhtml")
        }


@pytest.mark.slow
def test_epubcheck_reports_no_error_and_no_warning(built_epub: Path) -> None:
    assert epubcheck_problems(built_epub) == []


@pytest.mark.slow
def test_epubcheck_has_no_advice_on_usage_either(built_epub: Path) -> None:
    # It used to say that no content shows the cover image (OPF-097).
    assert epubcheck_usage(built_epub) == []


def spine(path: Path) -> list[str]:
    opf = package(path)
    hrefs = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:item", NS)}
    return [hrefs[ref.get("idref")] for ref in opf.iterfind(".//opf:itemref", NS)]


def test_reading_order_is_the_first_page_the_summary_then_one_document_per_section(
    built_epub: Path,
) -> None:
    opf = package(built_epub)
    sections = [s.id for s in read(FIRST_REPORT).sections]
    assert spine(built_epub) == [
        "cover-image.xhtml",
        "cover.xhtml",
        "key-figures.xhtml",
        "timeline.xhtml",
        "overview.xhtml",
        *(f"{s}.xhtml" for s in sections),
    ]
    media = {item.get("href"): item.get("properties") for item in opf.iterfind(".//opf:item", NS)}
    assert "nav" in (media["nav.xhtml"] or "")
    assert "toc.ncx" in media


def test_metadata(built_epub: Path) -> None:
    metadata = package(built_epub).find("opf:metadata", NS)
    assert metadata.findtext("dc:title", namespaces=NS) == "Human trafficking in Luxembourg"
    assert metadata.findtext("dc:language", namespaces=NS) == "en"
    assert metadata.find("dc:creator", NS) is None  # the report names none: none made up
    assert metadata.findtext("dc:identifier", namespaces=NS).startswith("urn:uuid:")
    modified = metadata.find("opf:meta[@property='dcterms:modified']", NS).text
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", modified)


def test_landmarks_lead_to_the_cover_title_page_contents_and_text(built_epub: Path) -> None:
    nav = documents(built_epub)["nav.xhtml"]
    (landmarks,) = [
        n
        for n in nav.iter("{http://www.w3.org/1999/xhtml}nav")
        if n.get(f"{{{NS['epub']}}}type") == "landmarks"
    ]
    links = {
        a.get(f"{{{NS['epub']}}}type"): a.get("href")
        for a in landmarks.iter("{http://www.w3.org/1999/xhtml}a")
    }
    # The first page of text is a title page: the cover is the image's page before it.
    assert links == {
        "cover": "cover-image.xhtml",
        "titlepage": "cover.xhtml",
        "bodymatter": "overview.xhtml",  # no contents: the briefing is short
    }


def test_accessibility_metadata(built_epub: Path) -> None:
    metadata = package(built_epub).find("opf:metadata", NS)

    def values(prop: str) -> list[str]:
        return [m.text for m in metadata.findall(f"opf:meta[@property='schema:{prop}']", NS)]

    assert values("accessMode") == ["textual"]
    assert values("accessModeSufficient") == ["textual"]
    assert set(values("accessibilityFeature")) >= {
        "tableOfContents",
        "readingOrder",
        "structuralNavigation",
        "printPageNumbers",
        "pageBreakMarkers",
        "pageNavigation",
    }
    # Only values of the schema.org vocabulary ("table" is not one).
    assert "table" not in values("accessibilityFeature")
    assert package(built_epub).get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert values("accessibilityHazard") == ["none"]
    assert values("accessibilitySummary")[0].startswith("Text (the cover image")


def test_identifier_is_the_same_across_builds_of_the_same_source(
    tmp_path: Path, built_epub: Path
) -> None:
    edited = tmp_path / FIRST_REPORT.name
    edited.write_text(FIRST_REPORT.read_text() + "\nOne more paragraph.\n")
    again = build(edited, tmp_path / "out", shipped())
    other = tmp_path / "another-report.txt"
    other.write_text(FIRST_REPORT.read_text())
    different = build(other, tmp_path / "out", shipped())

    def identifier(path: Path) -> str:
        return package(path).findtext(".//dc:identifier", namespaces=NS)

    assert identifier(again.outputs[1]) == identifier(built_epub)
    assert identifier(different.outputs[1]) != identifier(built_epub)


def test_every_document_has_a_language_and_links_the_stylesheet(built_epub: Path) -> None:
    for name, root in documents(built_epub).items():
        assert (
            root.get("lang") == "en"
            or root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
        ), name
        if name != "nav.xhtml":
            links = [link.get("href") for link in root.iterfind(".//xhtml:link", NS)]
            assert "style/epub.css" in links, name


def test_navigation_lists_every_section(built_epub: Path) -> None:
    docs = documents(built_epub)
    nav = docs["nav.xhtml"]
    titles = [a.text for a in nav.iterfind(".//xhtml:nav[@role='doc-toc']//xhtml:a", NS)]
    expected = [
        "Key figures",
        "Timeline",
        "Overview",
        *(s.title for s in read(FIRST_REPORT).sections),
    ]
    assert titles == expected
    assert "contents.xhtml" not in docs
    with zipfile.ZipFile(built_epub) as archive:
        ncx = ElementTree.fromstring(archive.read("EPUB/toc.ncx"))
    labels = [t.text for t in ncx.iterfind(".//ncx:navPoint/ncx:navLabel/ncx:text", NS)]
    assert labels == expected


def test_a_long_briefings_contents_page_lists_the_navigation_and_links_land(
    tmp_path: Path,
) -> None:
    epub = build(long_report(tmp_path), tmp_path / "out", shipped()).outputs[1]
    assert spine(epub)[:3] == ["cover-image.xhtml", "cover.xhtml", "contents.xhtml"]
    docs = documents(epub)
    nav = [
        "".join(a.itertext())
        for a in docs["nav.xhtml"].iterfind(".//xhtml:nav[@role='doc-toc']//xhtml:a", NS)
    ]
    # A page-break marker may stand at the start of a link: its text is the link's words.
    contents = ["".join(a.itertext()) for a in docs["contents.xhtml"].iterfind(".//xhtml:a", NS)]
    assert contents == nav and len(contents) > 40
    for a in docs["contents.xhtml"].iterfind(".//xhtml:a", NS):
        file_name, _, fragment = a.get("href").partition("#")
        assert file_name in docs
        if fragment:
            assert docs[file_name].find(f".//*[@id='{fragment}']") is not None


def test_stylesheet_is_safe_for_small_screens() -> None:
    css = (ROOT / "layouts" / "briefing" / "epub.css").read_text()
    declarations = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    assert not re.search(r"\bfloat\s*:", declarations)
    assert not re.search(r"\b(min-|max-)?width\s*:\s*[\d.]+(px|pt|mm|cm|in)", declarations)
    assert not re.search(r"[\d.]+(pt|mm|cm|in|pc)\b", declarations)
    assert "@page" not in declarations


@pytest.mark.parametrize(("width", "height"), [(600, 800), (1264, 1680)])
def test_a_reading_engine_renders_the_whole_text(built_epub: Path, width: int, height: int) -> None:
    book = pymupdf.open(built_epub)
    book.layout(width=width * 72 / 150, height=height * 72 / 150, fontsize=11)
    text = " ".join(page.get_text() for page in book)
    words = " ".join(re.sub(r"[\u00ad\u2010-]\n", "", text).split())
    report = read(FIRST_REPORT)
    for section in report.sections:
        assert section.title in words
        for block in section.blocks:
            assert " ".join(block.text.split()[:12]) in words


def _picture(png: bytes) -> list[int]:
    """A small grey picture of an image, to compare two renderings of one page."""
    image = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.Pixmap(png))
    small = pymupdf.Pixmap(image, 60, 85, None)
    return list(small.samples)


def pdf_page_picture(pdf: Path) -> list[int]:
    page = pymupdf.open(pdf)[0]
    return _picture(page.get_pixmap(dpi=40).tobytes("png"))


def test_the_cover_image_is_shown_first_on_a_page_of_its_own(built_epub: Path) -> None:
    opf = package(built_epub)
    [cover] = [i for i in opf.iterfind(".//opf:item", NS) if i.get("properties") == "cover-image"]
    assert spine(built_epub)[:2] == ["cover-image.xhtml", "cover.xhtml"]
    [image] = documents(built_epub)["cover-image.xhtml"].iter(f"{{{NS['xhtml']}}}img")
    assert image.get("src") == cover.get("href")
    assert image.get(f"{{{NS['epub']}}}type") == "cover" and image.get("role") == "doc-cover"
    assert image.get("alt").startswith("Human trafficking in Luxembourg: the first page")
    book = pymupdf.open(built_epub)
    for width, height in [(600, 800), (1264, 1680)]:  # e-reader screens, as MuPDF lays out
        book.layout(width=width * 72 / 150, height=height * 72 / 150, fontsize=11)
        page = book[0]
        [shown] = [pymupdf.Rect(i["bbox"]) for i in page.get_image_info()]
        assert shown in page.rect  # not cut off
        assert shown.height > 0.8 * page.rect.height  # the screen's height, less its margins
        assert abs(shown.width / shown.height - 210 / 297) < 0.01  # not stretched
        assert not page.get_text().strip()  # the text begins on the next page


def test_a_layout_without_a_cover_page_template_gets_the_shipped_one(tmp_path: Path) -> None:
    older = tmp_path / "older"  # a layout copied before the cover page existed
    shutil.copytree(ROOT / "layouts" / "briefing", older)
    (older / "epub-cover-image.html").unlink()
    epub = build(FIRST_REPORT, tmp_path / "out", BuildOptions(find_layout(str(older)), "a4"))
    assert spine(epub.outputs[1])[:2] == ["cover-image.xhtml", "cover.xhtml"]


def test_the_cover_image_is_the_pdfs_cover_page(built_epub: Path, built_pdf: Path) -> None:
    opf = package(built_epub)
    items = opf.iter(f"{{{NS['opf']}}}item")
    cover = [i for i in items if i.get("properties") == "cover-image"]
    assert len(cover) == 1 and cover[0].get("media-type") == "image/png"
    with zipfile.ZipFile(built_epub) as archive:
        image = archive.read(f"EPUB/{cover[0].get('href')}")
    width, height = pymupdf.Pixmap(image).width, pymupdf.Pixmap(image).height
    assert height >= 1400 and abs(width / height - 210 / 297) < 0.01
    # MuPDF's own rendering of the PDF's first page, against the image PDFium made.
    ours, theirs = _picture(image), pdf_page_picture(built_pdf)
    difference = sum(abs(a - b) for a, b in zip(ours, theirs, strict=True)) / len(ours)
    assert difference < 3, difference  # another page of the PDF differs by about 16
    assert sum(255 - a for a in ours) / len(ours) > 8  # not a blank page


@pytest.mark.slow
def test_a_conformance_claim_is_written_only_when_the_sidecar_makes_it(
    built_epub: Path, tmp_path: Path
) -> None:
    def claims(epub: Path) -> dict[str, str]:
        metadata = package(epub).find("opf:metadata", NS)
        return {
            m.get("property"): m.text
            for m in metadata.findall("opf:meta", NS)
            if m.get("property") in {"dcterms:conformsTo", "a11y:certifiedBy"}
        }

    assert claims(built_epub) == {}
    source = tmp_path / "report.txt"
    source.write_text(FIRST_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    sidecar = source.with_suffix(".yaml")
    sidecar.write_text("conforms_to: EPUB Accessibility 1.1 - WCAG 2.2 Level AA\n")
    with pytest.raises(BriefingError) as caught:
        build(source, tmp_path / "out", shipped())
    assert "report.yaml, line 1: conforms_to: a claim needs certified_by" in str(caught.value)
    sidecar.write_text(sidecar.read_text() + "certified_by: Accessibility desk\n")
    epub = build(source, tmp_path / "out", shipped()).outputs[1]
    assert claims(epub) == {
        "dcterms:conformsTo": "EPUB Accessibility 1.1 - WCAG 2.2 Level AA",
        "a11y:certifiedBy": "Accessibility desk",
    }
    assert epubcheck_problems(epub) == []
    sidecar.write_text("conforms_to: WCAG AA\ncertified_by: Desk\n")
    with pytest.raises(BriefingError) as caught:
        build(source, tmp_path / "out", shipped())
    assert 'expected a claim like "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"' in str(caught.value)


@pytest.mark.slow
def test_an_epub_with_charts_declares_them_and_passes_epubcheck(built_series) -> None:
    epub = built_series.outputs[1]
    opf = package(epub)
    properties = {
        item.get("href"): (item.get("properties") or "").split()
        for item in opf.iterfind(".//opf:item", NS)
    }
    drawn = {name for name, props in properties.items() if "svg" in props}
    assert drawn == {"cover.xhtml", "key-figures.xhtml"}
    docs = documents(epub)
    for name in drawn:
        for svg in docs[name].iter("{http://www.w3.org/2000/svg}svg"):
            assert svg.get("role") == "img"
            title = svg.find("{http://www.w3.org/2000/svg}title")
            assert title is not None and title.get("id") == svg.get("aria-labelledby")
    assert spine(epub)[-1] == "all-figures.xhtml"
    assert epubcheck_problems(epub) == []


def test_every_note_links_back_to_where_it_is_first_called(tmp_path: Path) -> None:
    source = ROOT / "tests" / "data" / "inputs" / "constructs.wiki"
    docs = documents(build(source, tmp_path, shipped()).outputs[1])
    xhtml, ops = "{" + NS["xhtml"] + "}", "{" + NS["epub"] + "}"
    notes = [li for li in docs["notes.xhtml"].iter(f"{xhtml}li") if li.get("id", "")[:5] == "note-"]
    assert notes
    for note in notes:
        assert note.get(f"{ops}type") is None  # "endnote" is deprecated (EPUBCheck OPF-086b)
        [back] = [a for a in note.iter(f"{xhtml}a") if a.get("role") == "doc-backlink"]
        file_name, _, fragment = back.get("href").partition("#")
        call = docs[file_name].find(f".//*[@id='{fragment}']")
        assert call is not None and call.get("role") == "doc-noteref"
        assert call.get("href").endswith("#" + note.get("id"))


def test_the_ncx_lists_the_print_pages_too(built_epub: Path, built_pdf: Path) -> None:
    """For reading systems that read only the NCX: the same pages as the page list."""
    with zipfile.ZipFile(built_epub) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".ncx")]
        ncx = ElementTree.fromstring(archive.read(name))
    pages = len(pymupdf.open(built_pdf))
    meta = {m.get("name"): m.get("content") for m in ncx.iterfind("ncx:head/ncx:meta", NS)}
    assert meta["dtb:totalPageCount"] == meta["dtb:maxPageNumber"] == str(pages)
    targets = ncx.findall("ncx:pageList/ncx:pageTarget", NS)
    assert [t.get("value") for t in targets] == [str(n) for n in range(1, pages + 1)]
    docs = documents(built_epub)
    for target in targets:
        file_name, _, fragment = target.find("ncx:content", NS).get("src").partition("#")
        assert docs[file_name].find(f".//*[@id='{fragment}']") is not None


@pytest.mark.skipif(shutil.which("ebook-convert") is None, reason="calibre is not installed")
def test_calibre_keeps_the_title_page_when_it_converts(built_epub: Path, tmp_path: Path) -> None:
    """calibre takes the document a "cover" landmark names for an HTML cover and treats it
    as a cover, not as text: that is the cover image's page, never the title page, whose
    text survives calibre's conversions."""
    converted = tmp_path / "converted.epub"
    done = subprocess.run(
        ["ebook-convert", str(built_epub), str(converted)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.findall(r"Found HTML cover (\S+)", done.stdout)
    assert found == ["EPUB/cover-image.xhtml"], done.stdout[-2000:]
    # The cover shows once (calibre keeps our page as its own), then the title page.
    assert spine(converted)[:2] == ["EPUB/cover-image.xhtml", "EPUB/cover.xhtml"]
    with zipfile.ZipFile(converted) as archive:
        text = " ".join(
            re.sub(r"<[^>]+>", " ", archive.read(name).decode("utf-8", "replace"))
            for name in archive.namelist()
            if name.endswith((".xhtml", ".html"))
        )
    # The at-a-glance page's own words: its headline figures' labels.
    assert "Score for human trafficking" in " ".join(text.split())


def test_the_cover_image_is_made_again_only_when_the_cover_page_changes(tmp_path: Path) -> None:
    """`briefing watch` rasterises the cover once: an edit past the first page leaves its
    drawing, and the image, as they were; an edit of what the first page shows does not."""
    from briefing.render import cover

    text = FIRST_REPORT.read_text(encoding="utf-8")
    source = tmp_path / "report.txt"

    def pdf_of(edited: str) -> bytes:
        source.write_text(edited, encoding="utf-8")
        return build(source, tmp_path / "out", shipped(), force=True).outputs[0].read_bytes()

    first = pdf_of(text)
    later = pdf_of(text.replace("Article 379 of the penal code", "Article 379 of the code"))
    lead = pdf_of(text.replace("fully complied", "almost complied"))
    assert cover._first_page_drawing(first) == cover._first_page_drawing(later)
    assert cover._first_page_drawing(first) != cover._first_page_drawing(lead)
    assert cover.cover_image(first) is cover.cover_image(later)  # kept, not made again
    assert cover.cover_image(lead) != cover.cover_image(first)


def test_numbered_headings_give_the_package_valid_ids(tmp_path: Path) -> None:
    source = tmp_path / "release.md"
    source.write_text(
        '---\ntitle: "Weekly release"\n---\n\n## 1. Main points\n\nIn 2024, 1,200 deaths '
        "were registered.\n\n## 2. Deaths by age\n\nIn 2024, 300 deaths were of people aged "
        "85 and over.\n",
        encoding="utf-8",
    )
    epub_path = build(source, tmp_path / "out", shipped()).outputs[1]
    # Chapters named "1-main-points" are no XML ids (EPUBCheck RSC-005 in content.opf and
    # toc.ncx): each id in the package starts with a letter.
    with zipfile.ZipFile(epub_path) as archive:
        package = archive.read("EPUB/content.opf").decode() + archive.read("EPUB/toc.ncx").decode()
    ids = re.findall(r'\b(?:id|idref)="([^"]*)"', package)
    assert ids and all(re.match(r"[A-Za-z_]", i) for i in ids)
