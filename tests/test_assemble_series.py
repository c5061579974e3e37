"""Series: one measure over several periods, against series written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.assemble.charts import draw_chart
from briefing.extract import extract
from briefing.model import Period, Point, Series
from briefing.readers.markdown import read


@pytest.fixture(autouse=True)
def _dated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the report is text, not a file


def series_of(text: str) -> list[tuple[str, list[tuple[str, float, bool]]]]:
    report = read(text, Path("r.md"))
    briefing = assemble(report, extract(report))
    return [
        (s.label, [(p.period.start, p.value, p.conflict) for p in s.points])
        for s in briefing.series
    ]


def test_a_comparison_sentence_gives_a_series_in_period_order() -> None:
    text = (
        "# Kenya\n\nIn 2020, the government identified 91 victims of trafficking, compared "
        "with 265 victims identified in 2019, 139 in 2018 and 137 in 2017.\n"
    )
    ((label, points),) = series_of(text)
    assert "victims" in label and "identified" in label
    assert points == [
        ("2017", 137, False),
        ("2018", 139, False),
        ("2019", 265, False),
        ("2020", 91, False),
    ]


def test_a_tables_latest_years_stay_on_its_line_when_the_text_tells_them_first() -> None:
    text = (
        "# Fires\n\n## Summary\n\nIn 2013-14, the service attended 27,979 fires, up from "
        "26,719 in 2012-13.\n\n## Trend\n\nTable 1: Fires by type\n\n"
        "| Type | 2010-11 | 2011-12 | 2012-13 | 2013-14 |\n|---|---|---|---|---|\n"
        "| All fires | 38,970 | 32,338 | 26,719 | 27,979 |\n"
    )
    ((label, points),) = series_of(text)
    # Written by hand: one line, the table's four years, the last two told first in the text
    assert "fires" in label.lower()
    assert [(start, value) for start, value, _ in points] == [
        ("2010", 38_970),
        ("2011", 32_338),
        ("2012", 26_719),
        ("2013", 27_979),
    ]


def test_two_values_for_one_period_are_both_kept_as_a_conflict() -> None:
    text = (
        "# Two editions\n\n## First\n\nIn 2019, the government identified 265 victims.\n\n"
        "## Second\n\nIn 2019, the government identified 270 victims. In 2020, the "
        "government identified 91 victims.\n"
    )
    ((_, points),) = series_of(text)
    assert points == [("2019", 265, True), ("2019", 270, True), ("2020", 91, False)]


def test_different_measures_make_no_series() -> None:
    text = "# R\n\nIn 2019, 40 shelters opened. In 2020, 12 traffickers were convicted.\n"
    assert series_of(text) == []


def test_a_months_value_and_a_seven_months_total_are_not_one_line() -> None:
    text = (
        "# Trade\n\nFrom January to July 2025, coverage of import by export was 55.3%.\n\n"
        "| | Coverage of import by export, % |\n|---|---|\n| 2024 | |\n| I | 57,3 |\n"
        "| V | 55,9 |\n"
    )
    assert series_of(text) == [
        ("Coverage of import by export", [("2024-01", 57.3, False), ("2024-05", 55.9, False)])
    ]


def test_labels_too_long_for_their_bars_are_left_to_the_first_last_and_highest() -> None:
    years = ["2012", "2013", "2014", "2015", "2016"]
    points = tuple(Point(Period(y), 50 + i, f"f{y}") for i, y in enumerate(years))
    series = Series("s", "revenue", None, points)

    def chart(value: str) -> list[str]:
        drawn = draw_chart(
            series, "revenue", lambda _: value, lambda p: p.start, lambda p, _: p.start
        )
        assert drawn is not None
        return [b.value for b in drawn.bars]

    # Written by hand: "NZ$55.1B" is wider than a fifth of the chart; "55" is not.
    assert chart("NZ$55.1B") == ["NZ$55.1B", "", "", "", "NZ$55.1B"]
    assert chart("55") == ["55"] * 5


def test_a_value_told_twice_of_one_period_is_one_point() -> None:
    text = (
        "# Firearm violence\n\n## Overview\n\nThere were 11,101 firearm homicides in 2011. "
        "The number of firearm homicides rose to 12,791 in 2006 before declining to 11,101 "
        "in 2011.\n"
    )
    # Written by hand: 2006 and 2011, one bar each (the chart drew 2011 twice)
    ((_, points),) = series_of(text)
    assert points == [("2006", 12791, False), ("2011", 11101, False)]
