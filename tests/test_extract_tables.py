"""Figures in tables, against labels written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.extract.tables import caption_parts
from briefing.model import KeyFigure
from briefing.readers import read
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


def markdown_figures(text: str) -> tuple[KeyFigure, ...]:
    """The figures of `text` read as a Markdown report."""
    return extract(read_markdown(text, Path("r.md"))).figures


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
    assert caption_parts("UN budget (2019)") == ("UN budget", None)  # the year dates the cells
    assert caption_parts("Table 2.1: Deaths by month, 2023") == ("deaths", None)
    # Written by hand: money's sign in a bracket mid-caption is the unit; a closing bracket
    # that says when ("years to end Sept") is not; "Summary of" says nothing of what is held.
    assert caption_parts(
        "Table 6: Summary of average (mean) private rents (£ monthly): Scotland, 2010 to 2020 "
        "(years to end Sept)"
    ) == ("average (mean) private rents", "£")
    assert caption_parts("Pupils (year ending March)") == ("pupils", None)


def test_a_year_in_brackets_in_a_header_is_a_period_not_a_unit() -> None:
    text = (
        "## Referrals\n\n| Nationality | Vol (2022) | Vol (2023) |\n|---|--:|--:|\n"
        "| UK | 4172 | 4299 |\n"
    )
    found = markdown_figures(text)
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
    found = markdown_figures(text)
    assert [(f.label, f.value, f.unit, f.period.text if f.period else None) for f in found] == [
        ("Energy, Weight: annual inflation and its components", 97.0, "‰", "2018"),
        ("Energy: annual inflation and its components", 9.2, "%", "2018-08"),
        ("Energy: annual inflation and its components", 9.5, "%", "2018-09"),
    ]


def test_header_dates_as_statistical_tables_write_them() -> None:
    from briefing.extract.header_dates import header_period

    def iso(text: str, year: str | None = None) -> tuple[str, str | None] | None:
        period = header_period(text, year)
        return (period.start, period.end) if period else None

    assert iso("2023 Q3") == iso("Q3 2023") == iso("2023Q3") == ("2023-07", "2023-09")
    assert iso("III-2023") == iso("2023-Q3") == iso("3rd quarter 2023") == ("2023-07", "2023-09")
    assert iso("2023M01") == iso("2023 Jan") == iso("Jan 2023") == ("2023-01", None)
    assert iso("H2 2022") == ("2022-07", "2022-12")
    assert iso("2023p") == ("2023", None) and iso("2022r") == ("2022", None)
    assert iso("2012-13r") == iso("2012-13") == ("2012", "2013")  # a fiscal year, flagged
    # … "pr" (updated) and "pp" (preliminary), and what a column counts in after its date
    assert iso("April 1, 2008pr, number") == ("2008-04-01", None)
    assert iso("July 1, 2008pp, persons") == ("2008-07-01", None)
    assert iso("April 1 to June 30, 2007r, number") == ("2007-04-01", "2007-06-30")
    # A month or quarter alone needs the year from the caption or another header.
    assert iso("January") is None and iso("January", "2023") == ("2023-01", None)
    assert iso("Q1", "2020") == iso("1st quarter", "2020") == ("2020-01", "2020-03")
    assert iso("Jan–Mar", "2020") == ("2020-01", "2020-03")
    # A year counted to a point in it: from its January.
    assert iso("2012 (thru 3Q)") == iso("2012 through September") == ("2012-01", "2012-09")
    assert iso("2023 YTD Q2") == ("2023-01", "2023-06")
    # Not dates: a bare roman numeral, a word, a number.
    assert iso("II", "2020") is None and iso("Births") is None and iso("1,250") is None


STATISTICAL_TABLES = """## Population

Table 2: Deaths by month, 2023

| Month | Deaths |
|---|---|
| January | 3,101 |
| February | 2,802 |

Live births, first quarter 2020

| | Number | Per 1,000 population |
|---|---|---|
| Live births | 4,530 | 8.6 |

| Indicator | 2019 |
|---|---|
| Unemployment rate (%) | 3.5 |

Index of production by quarter

| Year | Q1 | Q2 |
|---|---|---|
| 2022 | 10.5 | 11.5 |
"""


def test_statistical_tables_give_periods_units_and_counts() -> None:
    found = extract(read_markdown(STATISTICAL_TABLES, Path("r.md"))).figures
    got = [(f.display, f.unit, f.period.text if f.period else None, f.label) for f in found]
    assert got == [
        # A month column dated by the caption's year; the caption's number is not a label.
        ("3,101", None, "2023-01", "Deaths"),
        ("2,802", None, "2023-02", "Deaths"),
        # "Number" holds counts, not references; a rate header gives the unit.
        ("4,530", None, "2020-01–2020-03", "Live births"),
        ("8.6", "per 1,000 population", "2020-01–2020-03", "Live births"),
        # A unit in the row header.
        ("3.5%", "%", "2019", "Unemployment rate"),
        # A year row and a quarter column make the quarter of that year.
        ("10.5", None, "2022-01–2022-03", "index of production"),
        ("11.5", None, "2022-04–2022-06", "index of production"),
    ]


def test_a_row_header_that_opens_with_its_year_and_a_caption_cut_at_its_date() -> None:
    text = (
        "Table 26: Reserve Position for 2019-20 Compared with Forecasts (£ million)\n\n"
        "| | Resource | Capital |\n|---|---|---|\n| 2019-20 Opening Balance | 381.1 | 65.3 |\n"
    )
    found = markdown_figures(text)
    got = [(f.label, f.value, f.unit, f.period.start if f.period else None) for f in found]
    assert got == [
        ("Opening Balance, Resource: reserve position", 381_100_000, "GBP", "2019"),
        ("Opening Balance, Capital: reserve position", 65_300_000, "GBP", "2019"),
    ]


def test_a_currency_sign_header_and_a_column_of_changes() -> None:
    text = (
        "| Year | Average Fare ($) | Percent Change From Previous Year (%) |\n|---|---|---|\n"
        "| 1996 | 277 | -5.3 |\n"
    )
    found = markdown_figures(text)
    fare, change = found
    assert (fare.value, fare.unit, fare.change) == (277, "USD", None)
    assert (change.value, change.unit) == (-5.3, "%")
    assert change.change is not None and change.change.by == -5.3


def test_months_in_roman_numerals_under_a_year_row_and_continental_numbers() -> None:
    text = (
        "| | Export, Thousand euro | Export, Thousand US $ | Coverage of import by export, % |\n"
        "|---|---|---|---|\n| 2024 | | | |\n| I | 1 740 799 | 1 923 583 | 57,3 |\n"
        "| V | 2 029 999 | 2 175 754 | 50,2 |\n"
    )
    found = markdown_figures(text)
    got = [(f.value, f.unit, f.period.start if f.period else None) for f in found]
    # The year row dates the months below it and is no figure; "Thousand euro" scales.
    assert got == [
        (1_740_799_000, "EUR", "2024-01"),
        (1_923_583_000, "USD", "2024-01"),
        (57.3, "%", "2024-01"),
        (2_029_999_000, "EUR", "2024-05"),
        (2_175_754_000, "USD", "2024-05"),
        (50.2, "%", "2024-05"),
    ]


def test_a_scaled_cell_shows_the_scale_and_currency_its_header_gave() -> None:
    text = (
        "| | Export, Thousand euro | Balance (£ million) | Catch, thousand tonnes |\n"
        "|---|---|---|---|\n| 2023 | -1 296 001 | 381.1 | 12 |\n| 2024 | 2 261 090 | -4.3 | 9 |\n"
    )
    found = markdown_figures(text)
    assert [f.display for f in found][:3] == [
        "-€1 296 001 thousand",
        "£381.1 million",
        "12 thousand tonnes",
    ]


def test_a_non_breaking_hyphen_is_a_minus_and_percentage_change_is_a_percentage() -> None:
    text = (
        "| Year | Dwellings | Percentage change |\n|---|---|---|\n"
        "| 2022 | 45 818 | \u20116 |\n| 2023 | 20 551 | \u201155 |\n"
    )
    found = markdown_figures(text)
    assert [(f.value, f.unit) for f in found] == [
        (45818, None),
        (-6, "%"),
        (20551, None),
        (-55, "%"),
    ]


def test_a_change_column_names_the_measure_it_changes() -> None:
    text = (
        "# Fares\n\n## Exports and fares\n\n"
        "| Year | Current: Fare ($) | Current: Change on previous year (%) "
        "| Real: Fare ($) | Real: Percent change since 1995 (%) | Exports | Growth of tonnage |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 2001 | 320 | 4.1 | 290 | -2.0 | 12 | 3.5 |\n"
    )
    labels = [f.label for f in markdown_figures(text)]
    # Labels written by hand: a change column that names nothing borrows the measure
    # before it in its group, and says how often or since when it changed; one that names
    # its own ("tonnage") keeps its header.
    assert labels == [
        "Current: Fare",
        "annual change in Current: Fare",
        "Real: Fare",
        "change in Real: Fare since 1995",
        "Exports",
        "Growth of tonnage",
    ]


def test_a_caption_that_only_numbers_the_table_says_nothing_of_what_it_holds() -> None:
    text = (
        "# Crops\n\n## Cereals\n\nTable 7.1a\n\n| Production | 2022 | 2023 |\n|---|---|---|\n"
        "| Area (thousand hectares) | 3,173 | 3,088 |\n"
    )
    assert [f.label for f in markdown_figures(text)] == ["Area", "Area"]


def test_an_index_is_in_points_and_its_base_year_is_no_figure() -> None:
    text = (
        "# CPI\n\n## Summary\n\nThe consumer price index for Japan in December 2009 was "
        "99.6 (2005=100), down 0.2% from the previous month.\n\n"
        "| Group | Index | Monthly change (%) |\n|---|---|---|\n| Food | 101.9 | 0.3 |\n"
    )
    found = [(f.display, f.unit) for f in markdown_figures(text)]
    # Units written by hand: an index is in index points; 100 of "2005=100" is its base.
    assert found == [
        ("99.6", "index point"),
        ("0.2%", "%"),
        ("101.9", "index point"),
        ("0.3%", "%"),
    ]


def test_the_corner_names_a_table_without_a_caption_and_a_dated_row_loses_its_lead_in() -> None:
    text = (
        "# Flu\n\n## Vaccination\n\n"
        "| Influenza Vaccination Coverage | Army Guard | Army Reserve |\n|---|---|---|\n"
        "| As of 25 January 2018 | 87% | 79% |\n\n"
        "## Costs\n\n| QUESTIONED COSTS: | AMOUNT |\n|---|---|\n| Drawdowns | $529,043 |\n"
    )
    found = markdown_figures(text)
    # Labels written by hand: the corner says what the first table holds; the second's
    # corner heads a section of rows and says nothing of the others.
    assert [f.label for f in found] == [
        "Army Guard: influenza vaccination coverage",
        "Army Reserve: influenza vaccination coverage",
        "Drawdowns",
    ]
    assert found[0].period is not None and found[0].period.start == "2018-01-25"


def test_a_measure_after_the_caption_a_date_that_ends_it_and_a_heading_for_a_bare_table() -> None:
    text = (
        "# Release\n\n## Catch\n\nCatch of vessels, tonnes\n\n"
        "| Species | Jan-May 2014 | Change (%) |\n|---|---|---|\n| Cod | 115,000 | 4.5 |\n\n"
        "Population on 1 October 2023\n\n| | 1 October 2023 |\n|---|---|\n"
        "| Netherlands | 17,943,000 |\n\n"
        "## Births by quarter\n\n| Quarter | 2023 |\n|---|---|\n| 1st quarter | 4,300 |\n"
    )
    found = [(f.label, f.unit) for f in markdown_figures(text)]
    # Written by hand: the caption's measure is the unit; a change column after a period
    # changes nothing named; a caption ends at its date; a bare table is its heading's.
    assert found == [
        ("Cod: catch of vessels", "tonnes"),
        ("change in Cod: catch of vessels", "%"),
        ("Netherlands: population", None),
        ("births by quarter", None),
    ]


def test_a_table_whose_headers_are_all_periods_is_of_its_sections_heading() -> None:
    text = (
        "# Release\n\n## 1 FOREIGN TRADE IN GOODS OF THE EU\n\n"
        "| Quarter | 2023 |\n|---|---|\n| 1st quarter | 1,740 |\n\n"
        "## Population\n\n| | Unemployment rate |\n|---|---|\n| 2023 | 3.9% |\n| 2024 | 3.5% |\n"
    )
    # Written by hand: the heading, numbered and in capitals, says what the first table
    # holds; the second's header names its measure, which a wider heading must not rename.
    assert [f.label for f in markdown_figures(text)] == [
        "foreign trade in goods of the EU",
        "Unemployment rate",
        "Unemployment rate",
    ]


def test_the_years_of_a_table_under_part_of_a_year_are_that_part_of_each_year() -> None:
    text = (
        "# Release\n\n## Dwellings started in the first three quarters of 2024\n\n"
        "| Started dwellings | All buildings |\n|---|---|\n| 2023 | 20 551 |\n| 2024 | 21 550 |\n\n"
        "## Annual series, first quarter of 2024\n\n"
        "| Started dwellings | All buildings |\n|---|---|\n| 2021 | 60 000 |\n| 2022 | 45 818 |\n"
    )
    # Written by hand: beside the heading's own year, a year row is the same nine months of
    # that year; a table without the heading's year is of whole years.
    assert [f.period.text for f in markdown_figures(text) if f.period] == [
        "2023-01–2023-09",
        "2024-01–2024-09",
        "2021",
        "2022",
    ]


def test_a_unit_line_of_scale_and_currency_and_a_headings_month_in_each_years_column() -> None:
    text = (
        "---\ntitle: Monthly Review, February 6, 2008\n---\n\n## DECEMBER RESULTS\n\n"
        "(Billions of dollars)\n\n| | Actual |\n|---|---|\n| Receipts | 277 |\n\n"
        "## ESTIMATES FOR JANUARY\n\n(Thousands of tonnes)\n\n"
        "| | Actual FY2007 | Preliminary FY2008 |\n|---|---|---|\n| Catch | 261 | 256 |\n"
    )
    found = [(f.value, f.unit, f.period.text if f.period else None) for f in markdown_figures(text)]
    # Written by hand: December in a report of February 2008 is December 2007; January's
    # table compares that month of two years.
    assert found == [
        (277e9, "USD", "2007-12"),
        (261e3, "tonnes", "2007-01"),
        (256e3, "tonnes", "2008-01"),
    ]


def test_a_corner_of_percent_changes_a_year_over_its_months_and_a_price_base() -> None:
    text = (
        "# Release\n\n## Income\n\n"
        "| Percent change from preceding month | 2017: June | 2017: July |\n|---|---|---|\n"
        "| Disposable income: Chained (2009) dollars | 0.0 | 0.2 |\n"
    )
    found = [
        (f.display, f.unit, f.period.text if f.period else None, f.change is not None)
        for f in markdown_figures(text)
    ]
    # Written by hand: each cell is a percentage change in its month; 2009 is the base
    # year of the dollars, not a period.
    assert found == [("0.0%", "%", "2017-06", True), ("0.2%", "%", "2017-07", True)]


def test_a_sign_and_its_scale_a_row_of_shares_and_a_year_between_headers() -> None:
    text = (
        "# Budget\n\n## Outlook\n\nTable 3.3: Budget aggregates\n\n"
        "| | Estimates: 2015-16: Budget $b | Estimates: 2016-17: Budget $b |\n|---|---|---|\n"
        "| Receipts | 398.0 | 422.5 |\n| Receipts: Per cent of GDP | 24.0 | 24.2 |\n"
    )
    found = [(f.value, f.unit, f.period.text if f.period else None) for f in markdown_figures(text)]
    # Written by hand: "$b" is billions of dollars; a row of shares of GDP is in per cent
    # whatever its columns hold; the year between the column's headers is its period.
    assert found == [
        (398e9, "USD", "2015–2016"),
        (422.5e9, "USD", "2016–2017"),
        (24.0, "%", "2015–2016"),
        (24.2, "%", "2016–2017"),
    ]


def test_a_caption_cut_at_its_date_leaves_no_bracket_open() -> None:
    text = (
        "## Reserve\n\nTable 26: Scotland Reserve Forecast (post 2020-21 Summer Budget Revision)"
        "\n\n|  | Resource | Capital |\n|---|---|---|\n| Opening Balance | 381.1 | 65.3 |\n"
    )
    labels = [f.label for f in markdown_figures(text)]
    # Written by hand: what the table holds, without a bracket its date was cut from
    assert labels and not any("(" in label for label in labels), labels
    assert all("reserve forecast" in label.lower() for label in labels), labels


def test_a_row_header_that_ends_with_its_date_leaves_no_comma_in_the_label() -> None:
    text = (
        "## Labour market\n\n| Indicator | Value |\n|---|---|\n"
        "| Unemployment rate, March 2024 | 4.1% |\n| Employed persons, 2023 | 2,100,000 |\n"
    )
    # Written by hand: the date is the period, the rest the label, without its comma.
    assert [(f.label, f.period.text if f.period else None) for f in markdown_figures(text)] == [
        ("Unemployment rate", "2024-03"),
        ("Employed persons", "2023"),
    ]


def test_an_index_base_dates_no_value_and_says_the_unit() -> None:
    text = (
        "## Prices\n\nTable 3.2 Wheat price index, 2019-2020\n\nindex (January 2015 = 100)\n\n"
        "| Year | Wheat |\n|---|---|\n| 2019 | 104.2 |\n| 2020 | 110.9 |\n"
    )
    # Written by hand: 2019 and 2020 are the periods; January 2015 is only the index's base.
    assert [
        (f.display, f.unit, f.period.text if f.period else None) for f in markdown_figures(text)
    ] == [
        ("104.2", "index point", "2019"),
        ("110.9", "index point", "2020"),
    ]


def test_a_year_under_year_ending_march_is_the_twelve_months_to_march() -> None:
    text = "## Crime\n\n| Year ending March | Offences |\n|---|---|\n| 2023 | 5,100 |\n"
    # Written by hand: the year ending March 2023 runs from April 2022 to March 2023.
    assert [f.period.text if f.period else None for f in markdown_figures(text)] == [
        "2022-04–2023-03"
    ]


def test_a_table_title_and_its_unit_line_are_one_caption() -> None:
    text = (
        "## Prices\n\nTable 3.2 Wheat price index, 2019-2020\n\n£ million\n\n"
        "| Year | Wheat |\n|---|---|\n| 2019 | 104 |\n"
    )
    table = read_markdown(text, Path("r.md")).sections[0].blocks[0]
    # Written by hand: the title keeps its unit line; neither is left as a paragraph.
    assert table.caption.text == "Table 3.2 Wheat price index, 2019-2020 (£ million)"


def test_a_change_column_between_two_periods_is_of_the_later_one() -> None:
    text = (
        "## Closures\n\nTable 2. Shop closures (seasonally adjusted)\n\n"
        "| | 2021 Q3 | 2022 Q2 | 2022 Q3 | % change – 2022 Q3 on 2022 Q2 "
        "| % change – 2022 Q3 on 2021 Q3 |\n|---|---|---|---|---|---|\n"
        "| Closures | 400 | 380 | 361 | -5.0 | -9.8 |\n"
    )
    changes = [f for f in markdown_figures(text) if f.unit == "%"]
    # Written by hand: both changes are of 2022's third quarter, one quarterly, one annual;
    # "seasonally adjusted" is how the numbers were made, not their unit.
    assert [(f.period.text if f.period else None) for f in changes] == ["2022-07–2022-09"] * 2
    assert [f.label.split(" ")[0] for f in changes] == ["quarterly", "annual"]
    assert {f.unit for f in markdown_figures(text) if f.unit != "%"} == {None}


def test_a_row_of_which_is_a_part_is_named_by_the_part() -> None:
    text = (
        "## Cases\n\n| | 2022 | 2023 |\n|---|---|---|\n| All cases | 900 | 950 |\n"
        "| of which: Appeals | 120 | 140 |\n"
    )
    # Written by hand: the row counts appeals; "of which:" only says they are part of all cases.
    assert {f.label for f in markdown_figures(text) if f.value in (120, 140)} == {"Appeals"}


def test_a_table_at_a_day_each_year_dates_each_column_to_that_day() -> None:
    text = (
        "## Staff\n\nTable 4 Nurses in post, at 31 March each year\n\n"
        "| | 2021 | 2022 |\n|---|---|---|\n| Nurses | 1 200 | 1 250 |\n"
        "| Vacancies | - 40 | 15 |\n| Vacancies as % of posts | -3.2 | 1.2 |\n"
    )
    found = [(f.value, f.unit, f.period.text if f.period else None) for f in markdown_figures(text)]
    # Written by hand: each count is of 31 March of its year; "- 40" is minus forty; a row
    # "as % of" holds percentages.
    assert found == [
        (1200, None, "2021-03-31"),
        (1250, None, "2022-03-31"),
        (-40, None, "2021-03-31"),
        (15, None, "2022-03-31"),
        (-3.2, "%", "2021-03-31"),
        (1.2, "%", "2022-03-31"),
    ]


def test_continental_thousands_and_note_marks_are_read_as_the_number() -> None:
    text = "## Trade\n\n| Item | 2022 | 2023 |\n|---|---|---|\n| Exports | 1.234,5 | 78.9¹ |\n"
    # Written by hand: 1.234,5 is one thousand two hundred and thirty-four and a half; the
    # ¹ marks a note.
    assert [f.value for f in markdown_figures(text)] == [1234.5, 78.9]


def test_a_header_that_gives_only_the_unit_is_no_part_of_the_label() -> None:
    text = "## Staff\n\n| Sex | Number | Percent |\n|---|---|---|\n| Male | 1,200 | 60.0 |\n"
    # Written by hand: both cells are of men; one a count, one a share.
    assert [(f.label, f.unit) for f in markdown_figures(text)] == [("Male", None), ("Male", "%")]


def test_a_table_beside_its_text_states_the_texts_figure_again() -> None:
    text = (
        "## Income\n\nIn July 2017, personal income increased 0.4%.\n\n"
        "Table 1. Percent change from preceding month\n\n"
        "| | 2017: June | 2017: July |\n|---|---|---|\n| Personal income | 0.3 | 0.4 |\n"
    )
    figures = markdown_figures(text)
    # Written by hand: July's 0.4% is one fact, told in the text and in the table; June's is
    # the table's alone.
    july = [f for f in figures if f.value == 0.4]
    assert len(july) == 1 and len(july[0].statements) == 2
    assert [f.value for f in figures] == [0.4, 0.3]


def test_a_first_column_of_age_bands_names_the_rows() -> None:
    text = (
        "## Ages\n\nTable 3. Population by age group, 2023 (per cent)\n\n"
        "| Age | Share |\n|---|---|\n| 0-14 | 18.2 |\n| 15–64 | 61.7 |\n| 65+ | 20.1 |\n"
    )
    # Written by hand: the bands are the rows' names, not figures; each share is of its band.
    assert [(f.value, f.label.split(",")[0]) for f in markdown_figures(text)] == [
        (18.2, "0-14"),
        (61.7, "15–64"),
        (20.1, "65+"),
    ]


def test_a_change_column_is_of_the_latest_period_the_table_shows() -> None:
    text = (
        "## Jobs\n\nTable 4: Employment by sex, 2022 and 2023 (thousands)\n\n"
        "| | 2022 | 2023 | Change (%) |\n|---|---|---|---|\n| Men | 1,520.4 | 1,541.0 | 1.4 |\n"
    )
    # Written by hand: the 1.4% change is 2023's on 2022, not the caption's first year.
    [change] = [f for f in markdown_figures(text) if f.unit == "%"]
    assert change.period is not None and change.period.text == "2023"


def test_a_header_the_caption_already_says_is_not_repeated() -> None:
    text = (
        "## Regions\n\nTable 5: Unemployment rate by region, Q4 2023 (%)\n\n"
        "| Region | Rate |\n|---|---|\n| North | 4.2 |\n"
    )
    # Written by hand: "Rate" is the caption's unemployment rate; the label says it once.
    assert [f.label for f in markdown_figures(text)] == ["North: unemployment rate"]


def test_a_captions_cut_by_a_date_loses_its_by() -> None:
    # Written by hand: what the table holds, without how it is cut or when.
    assert caption_parts("Table 1: Number of beneficiaries by type, as at 31 December 2022") == (
        "number of beneficiaries",
        None,
    )


def test_a_month_flagged_provisional_is_still_its_month() -> None:
    text = (
        "## Arrivals\n\nTable 2: Monthly arrivals, 2023\n\n"
        "| Month | Arrivals |\n|---|---|\n| February | 13,400 |\n| March (p) | 15,000 |\n"
    )
    # Written by hand: "(p)" marks March's figure provisional; it is still March 2023's.
    assert [f.period.text if f.period else None for f in markdown_figures(text)] == [
        "2023-02",
        "2023-03",
    ]


def test_a_header_that_is_a_date_then_a_unit_dates_and_scales_its_cells() -> None:
    text = (
        "# Arrivals\n\n"
        "| | Mar '07, '000 | Feb '07 to Mar '07, % change |\n"
        "| --- | --- | --- |\n"
        "| Visitor arrivals | 485.9 | 0.8 |\n"
    )
    level, change = markdown_figures(text)
    # Written by hand: 485,900 arrivals in March 2007; 0.8% is March's change on February.
    assert (level.value, level.label, level.period.text if level.period else None) == (
        485900,
        "Visitor arrivals",
        "2007-03",
    )
    assert (change.unit, change.label, change.period.text if change.period else None) == (
        "%",
        "monthly change in Visitor arrivals",
        "2007-03",
    )


def test_quarters_in_a_header_date_and_name_their_changes() -> None:
    text = (
        "# Custody\n\n"
        "| | Jun Qtr 19 | Mar Qtr 19 to Jun Qtr 19 % change |\n"
        "| --- | --- | --- |\n"
        "| Persons in custody | 43,306 | 0.0% |\n"
    )
    level, change = markdown_figures(text)
    # Written by hand: the June quarter 2019's level and its change on the March quarter.
    assert level.period is not None and level.period.text == "2019-04–2019-06"
    assert change.label == "quarterly change in Persons in custody"
    assert change.period is not None and change.period.text == "2019-04–2019-06"


def test_a_change_since_a_date_is_of_the_latest_period() -> None:
    text = (
        "# Crime\n\n"
        "| Crime group | November 2019 | November 2020 | % Change since November 2019 |\n"
        "| --- | --- | --- | --- |\n"
        "| Total crimes | 20,087 | 20,331 | 1% |\n"
    )
    # Written by hand: the 1% is November 2020's change on November 2019.
    change = markdown_figures(text)[-1]
    assert change.period is not None and change.period.text == "2020-11"


def test_a_fall_told_in_words_and_signed_in_a_table_is_one_figure() -> None:
    text = (
        "# Live Register\n\n"
        "In June 2019 the Live Register showed an annual decrease of 30,957.\n\n"
        "| | June 2019 |\n"
        "| --- | --- |\n"
        "| Annual change in the Live Register | -30,957 |\n"
    )
    # Written by hand: one fall, told twice; the table and the cover show it once.
    figures = [f for f in markdown_figures(text) if abs(f.value) == 30957]
    assert len(figures) == 1 and len(figures[0].statements) == 2


def test_a_weekly_table_is_of_its_captions_week_and_its_columns_are_told_apart() -> None:
    text = (
        "## Deaths\n\nTable 2: Deaths registered in Scotland and Northern Ireland, week ending 8 "
        "March (Week 10 2024)\n\n"
        "| Week 10 2024 | Scotland and Northern Ireland | Scotland | Northern Ireland |\n"
        "|---|---|---|---|\n"
        "| Total deaths (all causes) | 1,480 | 1,160 | 320 |\n"
        "| Percentage change compared with expected deaths | -3.1 | -2.5 | -5.2 |\n"
    )
    found = markdown_figures(text)
    # Written by hand: every cell is of the week 2–8 March 2024; the three totals are three
    # places' deaths, not one label thrice; a row of percentage changes is in per cent.
    assert {(f.period.start, f.period.end) for f in found} == {("2024-03-02", "2024-03-08")}
    totals = [f for f in found if f.value in (1480, 1160, 320)]
    assert len({f.label for f in totals}) == 3
    assert "Northern Ireland" in totals[2].label and totals[2].unit is None
    assert totals[1].label == "Total deaths, Scotland"  # the caption names no more
    assert [f.unit for f in found if f.value < 0] == ["%", "%", "%"]


def test_two_names_joined_by_and_are_one_place(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Report\n\n==Findings==\nIn 2021, 9 victims were identified in Bosnia and Herzegovina.\n",
        encoding="utf-8",
    )
    # Written by hand: the place is Bosnia and Herzegovina, not Bosnia.
    assert extract(read(path)).figures[0].label == "victims identified in Bosnia and Herzegovina"


def test_a_series_title_and_its_unit_serve_each_table_captioned_by_number_alone() -> None:
    text = (
        "## Potatoes\n\nTable 4.2a to 4.2b Potatoes; area, production and trade (thousand "
        "tonnes unless specified otherwise)\n\nTable 4.2a\n\n"
        "| Production | 2022 | 2023 |\n|---|---|---|\n"
        "| Area (thousand hectares) | 120 | 115 |\n"
        "| Harvested production | 4,950 | 4,690 |\n\n"
        "Table 4.2b\n\n"
        "| Trade | 2022 | 2023 |\n|---|---|---|\n"
        "| Exports | 410 | 385 |\n"
    )
    found = {f.value: f for f in markdown_figures(text)}
    # Written by hand: production and exports are in thousands of tonnes, as the series title
    # says; the area keeps its own unit; each is of potatoes.
    assert 4950000 in found and 385000 in found
    assert found[4950000].unit == found[385000].unit == "tonnes"
    assert found[120000].unit == "hectares"
    assert "potatoes" in found[385000].label.lower()
    assert "trade" not in found[385000].label.lower().split(": ")[-1]


def test_a_name_or_an_abbreviation_in_brackets_is_no_unit() -> None:
    text = (
        '---\ntitle: "Fiscal Year 2016 Emergency Food Fact Sheet"\n---\n\n'
        "| | Value ($ mil) | Programs | Beneficiaries |\n|---|---|---|---|\n"
        "| Development Food Aid (Title II) | $120.5 | 14 | 2,100,000 |\n"
        "| Community Resilience Funds (CRF) | $30.0 | 6 | 450,000 |\n"
    )
    found = {f.display: f for f in markdown_figures(text)}
    # Written by hand: "(Title II)" and "(CRF)" name the programmes; "$ mil" is millions of
    # dollars; every cell is of fiscal year 2016, which the title names.
    assert found["14"].unit is None and found["6"].unit is None
    assert [f.value for f in found.values() if f.unit == "USD"] == [120_500_000, 30_000_000]
    assert {f.period.start for f in found.values()} == {"2016"}


def test_a_unit_in_a_header_over_a_header_is_its_cells_unit() -> None:
    text = (
        "## Payments\n\nTable 3. Payments by age, March 2022\n\n"
        "| Type | All | Under 18 |\n|---|---|---|\n"
        "| Total payments (thousands of dollars): Total | 4,210,300 | 700,125 |\n"
        "| Average monthly payment (dollars): Total | 612.40 | 731.05 |\n"
    )
    found = {f.display: f for f in markdown_figures(text)}
    # Written by hand: the totals are in thousands of dollars, the averages in dollars.
    assert sorted(f.value for f in found.values() if f.unit == "USD") == [
        612.40,
        731.05,
        700_125_000,
        4_210_300_000,
    ]


def test_a_caption_that_lists_what_the_table_holds_is_left_out_of_each_label() -> None:
    text = (
        "## Payments\n\nTable 2. Number of claimants, total payments, and number of awards, by "
        "region, sex, and age, May 2021\n\n"
        "| Type | All | Women |\n|---|---|---|\n"
        "| Number of claimants | 91,200 | 48,050 |\n"
        "| Number of awards | 3,410 | 1,720 |\n"
    )
    labels = [f.label for f in markdown_figures(text)]
    # Written by hand: the row and column say what each number is; the caption's list of
    # what the table holds, and how it is cut, add nothing.
    assert labels == [
        "Number of claimants, All",
        "Number of claimants, Women",
        "Number of awards, All",
        "Number of awards, Women",
    ]


def test_a_unit_line_alone_above_a_table_gives_its_unit_and_the_heading_its_subject() -> None:
    text = (
        "## Grain Exports\n\nThousand tonnes\n\n"
        "| Period | Wheat | Barley |\n|---|---|---|\n"
        "| January 2021 | 1,204 | 35 |\n| February 2021 | 1,310 | 61 |\n"
    )
    found = markdown_figures(text)
    # Written by hand: the cells are thousands of tonnes of each grain exported, per month.
    assert [(f.value, f.unit, f.period.start) for f in found][:2] == [
        (1_204_000, "tonnes", "2021-01"),
        (35_000, "tonnes", "2021-01"),
    ]
    assert found[0].label == "Wheat: grain exports"


def test_a_unit_line_of_levels_and_their_change_in_per_cent() -> None:
    text = (
        "## Visits\n\nTable 2 Visits to museums\n\nthousands % change\n\n"
        "| | March 2022 | February 2023 | March 2023 | February to March 2023 |\n"
        "|---|---|---|---|---|\n| National museums | 1,210 | 1,305 | 1,342 | 2.8 |\n"
    )
    found = markdown_figures(text)
    # Written by hand: the three levels are thousands of visits in their months; the last
    # column is March 2023's change on February, in per cent.
    assert [(f.value, f.unit, f.period.start) for f in found] == [
        (1_210_000, None, "2022-03"),
        (1_305_000, None, "2023-02"),
        (1_342_000, None, "2023-03"),
        (2.8, "%", "2023-03"),
    ]
    assert found[-1].change is not None and found[-1].label.startswith("monthly change")


def test_a_unit_line_in_years_joins_the_tables_title() -> None:
    text = (
        "## Health\n\nTable 3 Life expectancy at birth, provinces, 2016/2018\n\nin years\n\n"
        "| Region | Males | Females |\n|---|---|---|\n| Quebec | 80.50 | 84.30 |\n"
    )
    found = markdown_figures(text)
    # Written by hand: years of life expected, over 2016 to 2018, by the title's measure.
    assert [(f.value, f.unit, f.period.start, f.period.end) for f in found] == [
        (80.5, "years", "2016", "2018"),
        (84.3, "years", "2016", "2018"),
    ]
    assert "in years" not in found[0].label


def test_a_header_gives_its_date_and_its_unit_after_a_comma() -> None:
    text = (
        "## Permits\n\nTable 1 Building permits, Canada\n\n"
        "| | October 2012, millions of dollars | October 2013p, millions of dollars |\n"
        "|---|---|---|\n"
        "| Residential | 4,037.0 | 4,406.5 |\n"
    )
    found = markdown_figures(text)
    # Written by hand: each column's month (flagged "p", preliminary), in millions of dollars.
    assert [(f.value, f.period.text if f.period else None) for f in found] == [
        (4_037_000_000, "2012-10"),
        (4_406_500_000, "2013-10"),
    ]


def test_a_row_that_says_where_to_qualifies_the_caption() -> None:
    text = (
        "## Travel\n\nTable 1 Travel between Canada and other countries – Seasonally adjusted\n\n"
        "| | December 2012 |\n|---|---|\n"
        "| To the United States | 4,747 |\n| From other countries | 393 |\n"
    )
    # Written by hand: the row says where the travel went; the caption says what it is.
    assert [f.label for f in markdown_figures(text)] == [
        "travel between Canada and other countries to the United States – Seasonally adjusted",
        "travel between Canada and other countries from other countries – Seasonally adjusted",
    ]


def test_the_corner_header_gives_the_years_end_and_the_unit() -> None:
    text = (
        "## Revenue\n\nTable 2 Revenue\n\n"
        "| Year ended 30 June ($million) | Actual 2015 | Actual 2016 |\n|---|---|---|\n"
        "| Core Crown tax revenue | 66,636 | 70,445 |\n"
    )
    # Written by hand: years to 30 June, in millions of dollars.
    assert [(f.value, f.period.text if f.period else None) for f in markdown_figures(text)] == [
        (66_636_000_000, "2014-07–2015-06"),
        (70_445_000_000, "2015-07–2016-06"),
    ]


def test_a_title_for_the_year_ended_a_day_names_that_year(tmp_path: Path) -> None:
    path = tmp_path / "nz.md"
    path.write_text(
        "---\ntitle: Financial Statements for the Year Ended 30 June 2016\n---\n\n"
        "## Overview\n\nThe surplus was $1.8 billion this year.\n",
        encoding="utf-8",
    )
    # Written by hand: the statements are of July 2015 to June 2016.
    (figure,) = extract(read(path)).figures
    assert figure.period is not None and figure.period.text == "2015-07–2016-06"


def test_a_row_named_in_the_caption_takes_the_caption_and_a_percent_column_its_whole() -> None:
    text = (
        "## Classes\n\nTable 4.1: Average class size of primary school pupils\n\n"
        "| Stage | 2016 | 2017 |\n|---|---|---|\n| P1 | 21.2 | 21.0 |\n| Primary | 23.5 | 23.4 |\n"
        "\n## Prisoners\n\n| Gender | Inmates | Percent |\n|---|---|---|\n"
        "| Male | 167,964 | 93.2% |\n"
    )
    found = markdown_figures(text)
    # Written by hand: "Primary" alone says nothing of class sizes, which the caption says
    # whole; the per cent beside a count is a share of what that column counts.
    assert [(f.label, f.value) for f in found] == [
        ("P1: average class size of primary school pupils", 21.2),
        ("P1: average class size of primary school pupils", 21.0),
        ("average class size of primary school pupils", 23.5),
        ("average class size of primary school pupils", 23.4),
        ("Male, Inmates", 167964),
        ("Male, share of inmates", 93.2),
    ]


def test_a_row_of_units_under_the_header_gives_each_column_its_unit() -> None:
    text = (
        "## Retail sales by province, Statistics Canada\n\n"
        "| | July 2015 | August 2015 | July to August 2015 |\n|---|---|---|---|\n"
        "| | millions of dollars | millions of dollars | % change |\n"
        "| Yukon | 54 | 55 | 2.7 |\n"
    )
    found = markdown_figures(text)
    # Written by hand: the units row is no figure; it scales the money and marks the change.
    assert [(f.value, f.unit) for f in found][1:] == [(55_000_000, found[0].unit), (2.7, "%")]
    assert found[0].value == 54_000_000 and found[0].unit in {"CAD", "USD"}


def test_a_heading_that_is_a_table_caption_names_what_the_table_holds() -> None:
    text = (
        "## Table 1 Retail sales by province and territory – Seasonally adjusted\n\n"
        "| | July 2015 | August 2015 |\n|---|---|---|\n| Yukon | 54 | 55 |\n"
    )
    # Written by hand: the sales of Yukon, not "Yukon"; the caption's "by …" says how the
    # table is cut, not what a cell is.
    assert [f.label for f in markdown_figures(text)] == [
        "Yukon: retail sales – Seasonally adjusted"
    ] * 2


def test_january_to_december_of_a_year_is_that_year() -> None:
    text = "## Passengers\n\n| | 2019 |\n|---|---|\n| January to December | 38,053,418 |\n"
    # Written by hand: the whole of 2019, told as its months.
    assert [f.period.text for f in markdown_figures(text)] == ["2019"]


def test_a_change_in_a_scaled_column_is_scaled_with_its_value() -> None:
    text = (
        "# Budget\n\n## Totals\n\nTable 1: Budget totals (billions of dollars)\n\n"
        "| | FY2007 | FY2008 | Estimated Change |\n|---|---|---|---|\n"
        "| Receipts | 784 | 802 | 18 |\n| Outlays | 880 | 857 | -23 |\n"
    )
    changes = [(f.value, f.change and f.change.by) for f in markdown_figures(text) if f.change]
    # Written by hand: receipts rose by $18 billion, outlays fell by $23 billion
    assert changes == [(18e9, 18e9), (-23e9, -23e9)]


def test_a_unit_line_of_a_scale_and_a_measure_of_several_words_scales_the_table() -> None:
    text = (
        "## Table 2.3 Vehicle kilometres by type of service\n\nmillion vehicle kilometres\n\n"
        "| Type of service | 2009-10 | 2010-11 |\n|---|---|---|\n"
        "| Local bus services | 379 | 354 |\n"
    )
    # Written by hand: 354 million vehicle kilometres in 2010-11
    assert [(f.value, f.unit) for f in markdown_figures(text)] == [
        (379e6, "vehicle kilometres"),
        (354e6, "vehicle kilometres"),
    ]


def test_month_and_year_change_columns_say_how_often_and_a_dated_header_is_no_measure() -> None:
    text = (
        "# Lending Indicators, May 2022\n\n## Key statistics\n\n"
        "Table 1: value of new loan commitments\n\n"
        "| | May-2022 ($b) | Month percent change (%) | Year percent change (%) |\n"
        "|---|---|---|---|\n| Housing | 32.37 | 1.7 | -0.4 |\n"
    )
    # Written by hand: 1.7% is the monthly change in housing loans, -0.4% the annual one
    labels = [f.label for f in markdown_figures(text)]
    assert labels[1] == "monthly change in Housing: value of new loan commitments"
    assert labels[2] == "annual change in Housing: value of new loan commitments"


def test_a_rate_told_inside_a_column_header_is_its_cells_unit() -> None:
    found = markdown_figures(
        "# Herds\n\n| | Herd incidence: new incidents per 100 herd years at risk, 2018 | "
        "Herds restricted (%) |\n|---|---|---|\n| England | 10.8 | 5.9 |\n"
    )
    # written by hand: the first column's cells are rates per 100 herd years at risk
    assert [f.unit for f in found] == ["per 100 herd years at risk", "%"]


def test_a_column_headed_year_ending_names_its_span_not_a_label() -> None:
    (figure,) = markdown_figures(
        "# Crime\n\nRecorded offences.\n\n| Offences | Year ending March 2023 |\n|---|---|\n"
        "| Theft | 1,200 |\n"
    )
    # written by hand: the header says when (April 2022 to March 2023); "Year ending" is no
    # part of what the cell counts
    assert (figure.label, figure.period and figure.period.text) == ("Theft", "2022-04–2023-03")


def test_a_row_headed_by_a_day_in_numbers_is_that_days_row() -> None:
    found = markdown_figures(
        "# Wildfires\n\n| Totals | Number of Fires | Acres Burned |\n| --- | --- | --- |\n"
        "| 12/29/2006 | 96,326 | 9,871,863 |\n| 12/31/2005 | 66,552 | 8,686,753 |\n"
    )
    # Written by hand: each row is its day's, and the day is said with the value; the days
    # themselves are no figures
    assert [(f.display, f.period and f.period.start, f.sentence) for f in found] == [
        ("96,326", "2006-12-29", "12/29/2006, Number of Fires: 96,326"),
        ("9,871,863", "2006-12-29", "12/29/2006, Acres Burned: 9,871,863"),
        ("66,552", "2005-12-31", "12/31/2005, Number of Fires: 66,552"),
        ("8,686,753", "2005-12-31", "12/31/2005, Acres Burned: 8,686,753"),
    ]


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        # written by hand: the sentence that leads into the table dates its cells
        ("Figures for the year ending December 2022 are provided below:", "2022"),
        ("The counts for 2019 are shown in the table below.", "2019"),
        # … but a sentence that does not lead into it dates nothing
        ("Boards differed in 2019 and 2022.", None),
    ],
)
def test_the_sentence_that_leads_into_a_table_dates_its_cells(lead: str, start: str | None) -> None:
    text = (
        "# Abortion statistics\n\n## Data\n\n"
        f"{lead}\n\n| NHS Board | Number |\n| --- | --- |\n| NHS Highland | 634 |\n"
    )
    (figure,) = markdown_figures(text)
    assert (figure.period.start if figure.period else None) == start
