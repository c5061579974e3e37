from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.model import Paragraph
from briefing.readers import read
from briefing.readers.text import read as read_text

from .conftest import FIRST_REPORT


def test_first_report_title_lead_and_sections() -> None:
    report = read(FIRST_REPORT)
    assert report.title == "Human trafficking in Luxembourg"
    assert len(report.lead) == 6
    assert report.lead[0].text.startswith("In 2008 Luxembourg was a destination country")
    assert [(s.id, s.title, s.level) for s in report.sections] == [
        ("prosecution-2008", "Prosecution (2008)", 2),
        ("protection-2008", "Protection (2008)", 2),
        ("prevention-2008", "Prevention (2008)", 2),
    ]
    assert all(len(s.blocks) == 1 for s in report.sections)


def test_lines_join_into_paragraphs_and_blank_lines_separate_them() -> None:
    text = "= T =\nfirst line\nsecond  line\n\n\nnext paragraph\n==A==\nbody\n"
    report = read_text(text, Path("x.txt"))
    assert report.lead == (Paragraph("first line second line"), Paragraph("next paragraph"))
    assert report.sections[0].blocks == (Paragraph("body"),)


def test_deeper_levels_and_spacing_inside_heading_markers() -> None:
    text = "= T =\n== A ==\n===B===\n==== C (2010) ====\ntext\n"
    sections = read_text(text, Path("x.txt")).sections
    assert [(s.title, s.level) for s in sections] == [("A", 2), ("B", 3), ("C (2010)", 4)]


def test_repeated_and_reserved_headings_get_distinct_ids() -> None:
    text = "= T =\n==Notes==\n==Notes==\n==Contents==\n==Überblick==\n"
    ids = [s.id for s in read_text(text, Path("x.txt")).sections]
    assert ids == ["notes-2", "notes-3", "contents-2", "uberblick"]


def test_title_falls_back_to_file_name() -> None:
    report = read_text("Just a paragraph.\n", Path("annual-review_2024.txt"))
    assert report.title == "Annual review 2024"
    assert report.lead == (Paragraph("Just a paragraph."),)


def test_a_later_level_one_heading_is_a_section() -> None:
    report = read_text("= T =\nlead\n= Part two =\ntext\n", Path("x.txt"))
    assert report.title == "T"
    assert [(s.title, s.level) for s in report.sections] == [("Part two", 2)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "source is empty"),
        (b"  \n\t\n", "source is empty"),
        (bytes(range(128, 256)) * 4, "not UTF-8"),
    ],
)
def test_unreadable_sources_fail_with_the_file_name(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(BriefingError, match=message) as error:
        read(path)
    assert str(path) in str(error.value)


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match=r"unsupported source type '\.docx'"):
        read(tmp_path / "report.docx")
    with pytest.raises(BriefingError, match="source not found"):
        read(tmp_path / "missing.txt")
