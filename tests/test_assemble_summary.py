"""The summary: Key figures ranked, one row per series or fact; the appendix; the cards'
values in digits and their changes; charts; key dates; labels in sentence case."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.assemble.charts import draw_chart
from briefing.assemble.dates import format_day, format_tick, writing_locale
from briefing.assemble.labels import sentence_case
from briefing.assemble.series import find_series
from briefing.assemble.summary import Summary
from briefing.assemble.timeline import key_dates, timeline_years
from briefing.extract import extract
from briefing.model import LEAD_ID, Change, Cited, Event, KeyFigure, Period, Statement
from briefing.project import Project
from briefing.readers.markdown import read


@pytest.fixture(autouse=True)
def _dated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the reports are text, not files


def figure(
    id_: str,
    label: str,
    value: float,
    year: str | None,
    *,
    unit: str | None = None,
    display: str | None = None,
    section: str = "s",
) -> KeyFigure:
    return KeyFigure(
        id=id_,
        label=label,
        value=value,
        value_max=None,
        unit=unit,
        display=display or f"{value:g}",
        period=Period(year) if year else None,
        statements=(Statement(f"Sentence of {id_}.", f"sentence-{id_}", section),),
    )


def cite(item: KeyFigure | Event) -> Cited:
    text = sentence_case(item.label) if isinstance(item, KeyFigure) else item.text
    return Cited(item, None, None, "", text)


def summary_of(figures: list[KeyFigure]) -> Summary:
    return Summary(figures, find_series(figures), cite, "en")


VICTIMS = [
    figure("v2017", "victims identified", 137, "2017"),
    figure("v2018", "victims identified", 139, "2018"),
    figure("v2019", "victims identified", 265, "2019"),
    figure("v2020", "victims identified", 91, "2020"),
]


def test_a_series_is_one_row_shown_by_its_latest_figure_with_its_chart() -> None:
    figures = [*VICTIMS, figure("shelters", "shelters opened", 4, "2020")]
    rows = summary_of(figures).rows((), 12)
    assert [r.cited.item.id for r in rows] == ["v2020", "shelters"]
    chart = rows[0].chart
    assert chart is not None
    assert chart.title == "Victims identified: 137 in 2017, 139 in 2018, 265 in 2019, 91 in 2020"
    assert rows[0].change == "down from 265 in 2019"
    assert rows[1].chart is None and rows[1].change == ""


def test_no_two_rows_give_one_value_for_one_period_and_the_rest_go_to_the_appendix() -> None:
    figures = [
        *VICTIMS,
        figure("again", "persons identified as victims", 91, "2020"),  # a series' point again
        figure("twice-a", "convictions", 12, "2019"),
        figure("twice-b", "traffickers convicted", 12, "2019"),
        figure("other", "prosecutions", 30, "2019"),
    ]
    summary = summary_of(figures)
    rows = summary.rows((), 12)
    shown = [r.cited.item.id for r in rows]
    assert shown == ["v2020", "twice-a", "other"]
    stated = [(r.cited.item.value, r.cited.item.period) for r in rows]
    assert len(stated) == len(set(stated))
    appendix = [f.id for f in summary.appendix(rows)]
    assert appendix == ["v2017", "v2018", "v2019", "again", "twice-b"]  # in reading order
    assert sorted(shown + appendix) == sorted(f.id for f in figures)


def test_the_table_takes_as_many_rows_as_asked_pins_first() -> None:
    figures = [figure(f"f{n}", f"measure number {n}", n, "2020") for n in range(1, 21)]
    summary = summary_of(figures)
    assert len(summary.rows((), 12)) == 12
    assert [r.cited.item.id for r in summary.rows(("f7", "f3"), 5)][:2] == ["f7", "f3"]
    assert len(summary.rows((), 5)) == 5


def test_a_card_of_a_series_shows_its_change_and_the_first_draws_the_series() -> None:
    cards = summary_of([*VICTIMS, figure("tier", "tier ranking", 2, None, unit="tier")]).headline(
        ()
    )
    [drawn] = [c for c in cards if c.chart is not None]
    assert drawn.cited.item.id == "v2020"
    assert drawn.change == "down from 265 in 2019"


def test_a_series_with_two_values_for_one_period_is_not_told_against_itself_on_a_card() -> None:
    # Written by hand: the report gives two times for 2017–18 under one label (admitted and
    # other patients), so "down from 643 in 2015–16" would compare two measures.
    times = [
        figure("a2016", "time for 90% of patients", 643, "2016"),
        figure("a2018", "time for 90% of patients", 434, "2018"),
        figure("n2018", "time for 90% of patients", 318, "2018"),
    ]
    cards = summary_of(times).headline(())
    assert [c.change for c in cards if c.cited.item.id == "n2018"] == [""]
    assert all(c.chart is None for c in cards)


def test_a_card_shows_where_a_measure_stands_not_where_it_stood() -> None:
    # Written by hand: the caseload was 59,473 in June and 62,766 in September; a card
    # shows September's, told against June's.
    caseload = [
        figure("june", "outstanding caseload", 59473, "2022-06"),
        figure("september", "outstanding caseload", 62766, "2022-09"),
    ]
    cards = summary_of(caseload).headline(())
    assert [c.cited.item.id for c in cards] == ["september"]
    assert cards[0].change == "up from 59473 in June 2022"


def test_the_headline_series_is_drawn_on_a_card_even_when_it_ranks_lower() -> None:
    figures = [
        figure("a", "ports inspected", 7, "2020", section=LEAD_ID),
        figure("b", "laws passed", 3, "2020", section=LEAD_ID),
        figure("c", "budget", 1000, "2020", unit="EUR", display="€1,000", section=LEAD_ID),
        figure("d", "inspections made", 60, "2020", section=LEAD_ID),
        figure("e2017", "victims identified", 1, "2017"),
        figure("e2018", "victims identified", 2, "2018"),
        figure("e2019", "victims identified", 3, "2019"),
    ]
    cards = summary_of(figures).headline(())
    assert 3 <= len(cards) <= 5
    assert [c.cited.item.id for c in cards if c.chart] == ["e2019"]


@pytest.mark.parametrize(
    ("display", "value", "unit", "digits"),
    [
        ("six", 6, None, "6"),
        ("one to three years", 1, "years", "1–3 years"),
        ("forty percent", 40, "%", "40%"),
        ("Tier 2", 2, "tier", "Tier 2"),
        ("two thirds", 0.667, "share", "two thirds"),
    ],
)
def test_numbers_on_cards_are_in_digits(
    display: str, value: float, unit: str | None, digits: str
) -> None:
    item = figure("x", "things", value, "2020", unit=unit, display=display)
    if display == "one to three years":
        item = replace(item, value_max=3.0)
    assert summary_of([item]).fact(item, chart=False).value == digits


def test_a_change_in_the_sentence_is_written_as_the_figure_is() -> None:
    income = replace(
        figure("i", "median income", 74580, "2022", unit="USD", display="$74,580"),
        change=Change(76330, 74580, None),
    )
    assert summary_of([income]).fact(income, chart=False).change == "down from $76,330"


def test_a_change_from_a_scaled_number_keeps_its_scale() -> None:
    # Written by hand: "rising from 2.31 to 2.34 million" reads "up from 2.31 million".
    injured = replace(
        figure("j", "injured people", 2_340_000, "2014", display="2.34 million"),
        change=Change(2_310_000, 2_340_000, None),
    )
    assert summary_of([injured]).fact(injured, chart=False).change == "up from 2.31 million"


def ticked(period: Period, with_year: bool) -> str:
    return period.start


def test_a_chart_has_a_bar_per_point_inside_its_box_and_conflicts_side_by_side() -> None:
    figures = [*VICTIMS, figure("v2019b", "victims identified", 270, "2019")]
    (series,) = find_series(figures)
    chart = draw_chart(
        series, "Victims identified", lambda p: f"{p.value:g}", lambda p: p.start, ticked
    )
    assert chart is not None
    assert len(chart.bars) == 5
    assert "265 or 270 in 2019 (the report gives both)" in chart.title
    for bar in chart.bars:
        assert bar.x >= 0 and bar.x + bar.width <= chart.width
        assert bar.y >= 0 and bar.y + bar.height <= chart.baseline + 0.01
    conflict = [b for b in chart.bars if b.conflict]
    assert len(conflict) == 2 and conflict[0].x + conflict[0].width <= conflict[1].x
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.value == "270"
    two = draw_chart(
        find_series(VICTIMS[:2])[0], "V", lambda p: "", lambda p: p.start, ticked
    )  # two points are told in words
    assert two is None


@pytest.mark.parametrize(
    ("label", "printed"),
    [
        ("victims identified", "Victims identified"),
        ("united States among victims", "United States among victims"),
        ("20 victims", "20 victims"),
        ("TOTAL QUESTIONED COSTS, AMOUNT", "Total questioned costs, amount"),
        ("COPS, NO. OF GRANTS AWARDED OCTOBER 1", "COPS, no. of grants awarded October 1"),
        ("GDP", "GDP"),
    ],
)
def test_labels_print_in_sentence_case(label: str, printed: str) -> None:
    assert sentence_case(label) == printed


def event(start: str, text: str, section: str = "s") -> Event:
    return Event(
        id=f"{start}-{text[:5]}",
        start=start,
        end=None,
        text=text,
        statements=(Statement(text, None, section),),
    )


def test_gap_notes_count_the_years_between() -> None:
    events = [event("1996", "a"), event("2006", "b"), event("2007", "c"), event("2009", "d")]
    years = timeline_years(events, cite)
    assert [(y.year, y.later) for y in years] == [
        ("1996", 0),
        ("2006", 10),
        ("2007", 1),
        ("2009", 2),
    ]


def test_key_dates_keep_the_first_and_last_year_one_event_a_year() -> None:
    events = [
        event("2001", "A long first event told in many words that go on and on"),
        event("2001", "Short first"),
        event("2003", "Third year"),
        event("2005-06-01", "A law passed on a day"),
        event("2007", "Told in the lead", section=LEAD_ID),
        event("2009", "Ninth"),
        event("2011", "Eleventh"),
        event("2013", "Last year"),
    ]
    chosen = key_dates(events, 5)
    assert len(chosen) == 5
    assert [e.start[:4] for e in chosen] == sorted(e.start[:4] for e in chosen)
    texts = [e.text for e in chosen]
    assert texts[0] == "Short first" and texts[-1] == "Last year"
    assert {"A law passed on a day", "Told in the lead"} <= set(texts)
    assert key_dates(events[:3], 5) == [events[1], events[2]]


def test_dates_follow_the_projects_locale_for_reports_in_its_language() -> None:
    day = dt.date(2026, 12, 1)
    assert format_day(day, writing_locale("en", "en-GB")) == "1 December 2026"
    assert format_day(day, writing_locale("en", None)) == "December 1, 2026"
    assert format_day(day, writing_locale("fr", "en-GB")) == "1 décembre 2026"
    text = "# Kenya\n\n## Victims\n\nIn 2020, the government identified 91 victims.\n"
    report = read(text, Path("r.md"))
    briefing = assemble(report, extract(report), project=Project(locale="en-GB"))
    assert briefing.date_text == "14 November 2023"
    assert briefing.language == "en"


def test_a_long_report_has_a_contents_page_and_a_short_one_none() -> None:
    short = read("# R\n\n## A\n\nIn 2020, 40 shelters opened.\n", Path("r.md"))
    assert not assemble(short, extract(short)).contents
    words = "Words that fill a report. " * 500
    long = read(f"# R\n\n## A\n\n{words}\n\n## B\n\nMore.\n", Path("r.md"))
    assert assemble(long, extract(long)).contents
    many = read("# R\n\n" + "".join(f"## S{n}\n\nText.\n\n" for n in range(13)), Path("r.md"))
    assert assemble(many, extract(many)).contents


def test_the_lead_is_prose_not_a_tables_cells(tmp_path: Path) -> None:
    from briefing.build import brief

    source = tmp_path / "r.md"
    source.write_text(
        "---\ntitle: Population\n---\n\nThe population was 5 205 434 on 1 October.\n\n"
        "Population by quarter\n\n| | Q3 2015 | Q3 2014 |\n|---|---|---|\n"
        "| Births | 15 962 | 15 579 |\n\n"
        "Emigration rose to 11 100.\n",
        encoding="utf-8",
    )
    assert brief(source).lead == (
        "The population was 5 205 434 on 1 October. Emigration rose to 11 100."
    )


def test_a_bar_writes_a_long_value_short() -> None:
    from briefing.assemble.dates import in_short
    from briefing.model import KeyFigure

    def figure(value: float, unit: str | None, display: str) -> KeyFigure:
        return KeyFigure("f", "export", value, None, unit, display, None, statements=())

    assert in_short(figure(2_387_672_000, "EUR", "€2 387 672 thousand"), "en") == "€2.4B"
    assert in_short(figure(12_923_583, None, "12 923 583"), "en") == "12.9M"
    # Short enough as printed: as printed.
    assert in_short(figure(1443, None, "1,443"), "en") == "1,443"
    assert in_short(figure(24_400_000, "CLP", "24.4 million pesos"), "en") != "24.4 million pesos"


def test_a_months_bar_is_labelled_short_enough_to_fit_under_it() -> None:
    months = [
        figure(f"m{m}", "personal income", v, f"2017-{m:02d}", unit="%", display=f"{v}%")
        for m, v in ((3, 0.3), (4, 0.1), (5, 0.3), (6, 0.0), (7, 0.4))
    ]
    assert len(find_series(months)) == 1  # one series of five months
    chart = summary_of(months).fact(months[-1], chart=True).chart
    assert chart is not None
    # Written by hand: five months of one year, each under its bar; the title keeps them whole.
    assert [b.period for b in chart.bars] == ["Mar", "Apr", "May", "Jun", "Jul"]
    assert "0.4% in July 2017" in chart.title
    # A series over two years says which year a month is of; a quarter is "Q1".
    assert format_tick(Period("2016-12"), "en", True) == "Dec 16"
    assert format_tick(Period("2017-01", "2017-03"), "en", False) == "Q1"
    assert format_tick(Period("2017"), "en", True) == "2017"


def test_a_financial_year_is_short_under_its_bar() -> None:
    # Written by hand: July 2011 to June 2012 under a bar reads "2011–12", as budgets write
    # it; twelve months of one calendar year are still that span written out.
    assert format_tick(Period("2011-07", "2012-06"), "en", False) == "2011–12"
    assert format_tick(Period("2011-04", "2012-03"), "en", True) == "2011–12"
    assert format_tick(Period("2011-07", "2012-09"), "en", False) != "2011–12"


def test_the_lead_skips_the_lines_above_the_text_and_ends_each_item(tmp_path: Path) -> None:
    from briefing.build import brief

    source = tmp_path / "r.md"
    source.write_text(
        "---\ntitle: Review\n---\n\nA Budget Office Analysis\n\nFebruary 6, 2008\n\n"
        "The key points are as follows:\n\n- 161,180 households on the caseload\n"
        "- 6,580 new households started claiming\n",
        encoding="utf-8",
    )
    # Written by hand: a byline and a date alone say nothing; list items read as sentences.
    assert brief(source).lead == (
        "The key points are as follows: 161,180 households on the caseload. "
        "6,580 new households started claiming."
    )


def test_the_lead_passes_a_masthead_alone_in_the_first_section(tmp_path: Path) -> None:
    from briefing.build import brief

    source = tmp_path / "r.md"
    source.write_text(
        "---\ntitle: Crashes\n---\n\nTRAFFIC SAFETY FACTS Research Note DOT HS 812 246 "
        "March 2016\n\n## Overview\n\nThe Nation lost 32,675 people in crashes in 2014.\n",
        encoding="utf-8",
    )
    # Written by hand: the masthead says nothing; the lead is the first sentence of the text.
    assert brief(source).lead == "The Nation lost 32,675 people in crashes in 2014."


def test_a_count_of_the_places_that_reported_does_not_lead_the_cover() -> None:
    from briefing.assemble.headline import headline_figures

    figures = [
        figure("states", "states", 40, "2023"),
        figure("cases", "TB cases reported", 9615, "2023"),
        figure("rate", "TB rate", 2.9, "2023", unit="per 100,000 persons"),
        figure("deaths", "TB deaths", 565, "2022"),
        figure("share", "share of cases among non-U.S.-born persons", 76, "2023", unit="%"),
    ]
    # Written by hand: a reader wants the cases, the rate, the deaths and the share first;
    # that 40 states reported an increase comes last.
    chosen = [f.id for f in headline_figures(figures, [])]
    assert "states" not in chosen
    figures[0] = figure("states", "US states", 12, "2023")  # as a report may shorten it
    assert "states" not in [f.id for f in headline_figures(figures, [])]


def test_a_financial_years_change_is_against_the_year_before() -> None:
    fires = [
        replace(figure(f"f{y}", "dwelling fires", v, None), period=Period(str(y), str(y + 1)))
        for y, v in ((2011, 6160), (2012, 5834), (2013, 5330))
    ]
    # Written by hand: 2013-14 is told against 2012-13, not 2011-12 (the years share 2013).
    rows = summary_of(fires).rows((), 12)
    assert rows[0].change == "down from 5834 in 2012–2013"


def test_a_charts_labels_do_not_print_over_each_other() -> None:
    fires = [
        replace(figure(f"f{y}", "other fires", v, None), period=Period(str(y), str(y + 1)))
        for y, v in zip(
            range(2004, 2014),
            (3134, 3258, 2887, 2922, 2630, 3008, 2838, 2717, 2386, 2350),
            strict=True,
        )
    ]
    (series,) = find_series(fires)
    chart = draw_chart(series, "Fires", lambda p: f"{p.value:,g}", lambda p: p.start, ticked)
    assert chart is not None
    # Written by hand: the highest (3,258) stands next to the first bar, whose labels would
    # overlap it; only the first and the last are labelled, and no two labels share room.
    labelled = [b for b in chart.bars if b.value]
    assert [b.value for b in labelled] == ["3,134", "2,350"]


def test_a_finding_the_text_tells_ranks_above_a_cell_it_never_tells() -> None:
    cells = [
        replace(figure(f"c{n}", f"NSW, measure {n}", 1000 + n, "2016"), table_label="x")
        for n in range(4)
    ]
    told = figure("told", "personal insolvencies", 7055, "2016")
    summary = summary_of([*cells, told])
    # Written by hand: the total the commentary tells comes before the table's cells
    assert summary.rows((), 1)[0].cited.item.id == "told"


def test_a_card_told_against_a_day_says_on_that_day() -> None:
    # Written by hand: "down from 810,904 in June 30, 2018" does not read; "on" does.
    roll = [
        figure("2018", "eligible Australians not enrolled", 810904, "2018-06-30"),
        figure("2019", "eligible Australians not enrolled", 628547, "2019-06-30"),
    ]
    cards = summary_of(roll).headline(())
    assert cards[0].change.startswith("down from 810904 on ")
    assert cards[0].change.endswith("2018")


def test_a_first_section_headed_key_findings_leads_the_cover(tmp_path: Path) -> None:
    from briefing.build import brief

    source = tmp_path / "r.md"
    source.write_text(
        '---\ntitle: "Clean Water 2024"\n---\n\n## Key Findings\n\n'
        "- Around 98% of wastewater received at least secondary treatment in 2023.\n"
        "- Around 80% of households were connected to the public mains in 2022.\n"
        "- Good water quality was recorded in 58% of water bodies in 2021.\n\n"
        "## Data Sources\n\n"
        "This release has 11 indicators in 2024, divided into 3 main chapters in 2024.\n\n"
        "The data come from 2 different sources in 2024.\n",
        encoding="utf-8",
    )
    cards = [fact.cited.item.display for fact in brief(source).headline]
    # Written by hand: the findings a report puts first are what a reader wants first, not
    # how the release is made up
    assert set(cards[:3]) == {"Around 98%", "Around 80%", "58%"}


def test_the_old_value_of_a_change_keeps_no_hedge_of_the_new_one() -> None:
    connected = replace(
        figure("mains", "households connected to the public mains", 80, "2022", unit="%"),
        display="Around 80%",
        change=Change(77, 80, None),
    )
    # Written by hand: "Around 80% of households …, up from 77% in 2016"
    assert summary_of([connected]).rows((), 12)[0].change == "up from 77%"
