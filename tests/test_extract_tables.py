"""Figures in tables, against labels written by hand."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.extract.tables import caption_parts
from briefing.readers.markdown import read as read_markdown
from briefing.readers.wikitext import read as read_wiki

WIKI_TABLE = """== Access ==
{| class="wikitable"
|+ Households with piped water, by region (%)
! Region !! 2019 !! 2020
|-
! Marrow
| 91 || 93
|-
! Uplands
| 48 || n/a
|}
"""


def figures(report) -> list[tuple[str, str, str | None, str]]:
    return [
        (f.label, f.display, f.period.text if f.period else None, f.sentence)
        for f in extract(report).figures
    ]


def test_cells_take_row_header_caption_unit_and_year_column_as_period() -> None:
    assert figures(read_wiki(WIKI_TABLE, Path("r.wiki"))) == [
        ("Marrow: households with piped water", "91%", "2019", "Marrow, 2019: 91"),
        ("Marrow: households with piped water", "93%", "2020", "Marrow, 2020: 93"),
        ("Uplands: households with piped water", "48%", "2019", "Uplands, 2019: 48"),
    ]


def test_a_markdown_table_without_caption_uses_row_and_column_headers() -> None:
    text = (
        "## Budget 2024\n\n| Item | Spent | Planned |\n|---|--:|--:|\n"
        "| Pumps | €1,200 | €1,500 |\n| Training | 1995 | 2000 |\n"
    )
    assert figures(read_markdown(text, Path("r.md"))) == [
        ("Pumps, Spent", "€1,200", "2024", "Pumps, Spent: €1,200"),
        ("Pumps, Planned", "€1,500", "2024", "Pumps, Planned: €1,500"),
        # A cell that is only a number is a value, even when it could be a year.
        ("Training, Spent", "1995", "2024", "Training, Spent: 1995"),
        ("Training, Planned", "2000", "2024", "Training, Planned: 2000"),
    ]


def test_long_cells_are_read_as_prose() -> None:
    text = (
        "| Region | Notes |\n|---|---|\n"
        "| North | The authority repaired 120 pumps in 2021 after the floods "
        "of the previous year. |\n"
    )
    ((label, display, period, sentence),) = figures(read_markdown(text, Path("r.md")))
    assert (display, period) == ("120", "2021")
    assert "pumps" in label and sentence.startswith("The authority repaired")


def test_caption_parts() -> None:
    assert caption_parts("Freight carried by commodity (thousand tonnes)") == (
        "freight carried",
        "thousand tonnes",
    )
    assert caption_parts("Main water source by region") == ("main water source", None)
    assert caption_parts("UN budget (2019)") == ("UN budget (2019)", None)


def test_a_year_in_brackets_in_a_header_is_a_period_not_a_unit() -> None:
    text = (
        "## Referrals\n\n| Nationality | Vol (2022) | Vol (2023) |\n|---|--:|--:|\n"
        "| UK | 4172 | 4299 |\n"
    )
    found = extract(read_markdown(text, Path("r.md"))).figures
    assert [(f.label, f.value, f.unit, f.period.text if f.period else None) for f in found] == [
        ("UK, Vol", 4172, None, "2022"),
        ("UK, Vol", 4299, None, "2023"),
    ]


def test_a_title_line_before_a_table_gives_its_subject_and_unit() -> None:
    text = (
        "## Prices\n\nAnnual inflation and its components, %\n\n"
        "| | Weight (‰) 2018 | Aug 2018 | Sep 2018 |\n|---|---|---|---|\n"
        "| Energy | 97.0 | 9.2 | 9.5e |\n"
    )
    found = extract(read_markdown(text, Path("r.md"))).figures
    assert [(f.label, f.value, f.unit, f.period.text if f.period else None) for f in found] == [
        ("Energy, Weight: annual inflation and its components", 97.0, "‰", "2018"),
        ("Energy: annual inflation and its components", 9.2, "%", "2018-08"),
        ("Energy: annual inflation and its components", 9.5, "%", "2018-09"),
    ]
