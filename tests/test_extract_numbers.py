"""Quantities and dates on single sentences, against values worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract.dates import find_dates
from briefing.extract.numbers import find_quantities
from tests.test_extract import figures_of


def quantities(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(q.display, round(q.value, 4), q.value_max, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They found 3,539 cases.", [("3,539", 3539, None, None)]),
        ("They found 3 539 cases.", [("3 539", 3539, None, None)]),
        ("A score of 3.5 out of 10.", [("3.5 out of 10", 3.5, None, "out of 10")]),
        (
            "It convicted six traffickers and twelve others.",
            [("six", 6, None, None), ("twelve", 12, None, None)],
        ),
        ("There were forty-two inspections.", [("forty-two", 42, None, None)]),
        ("A dozen NGOs took part.", [("A dozen", 12, None, None)]),
        ("Terms of one to three years’ imprisonment.", [("one to three years", 1, 3, "years")]),
        (
            "Between 18 months and four years in prison.",
            [("Between 18 months and four years", 18, 48, "months")],
        ),
        ("Shelters hold 5–15 people.", [("5–15", 5, 15, None)]),
        ("Two thirds of victims were women.", [("Two thirds", 0.6667, None, "share")]),
        ("Three quarters were adults.", [("Three quarters", 0.75, None, "share")]),
        (
            "About 45 percent and 12% were minors.",
            [("About 45 percent", 45, None, "%"), ("12%", 12, None, "%")],
        ),
        ("It gave €1.2 million.", [("€1.2 million", 1_200_000, None, "EUR")]),
        ("Fines of NOK 9,800.", [("NOK 9,800", 9800, None, "NOK")]),
        ("Fines of 150,000 euros.", [("150,000 euros", 150_000, None, "EUR")]),
        ("It cost US$2.5 million.", [("US$2.5 million", 2_500_000, None, "USD")]),
        ("There were up to 500 women.", [("up to 500", 500, None, None)]),
        (
            "More than 1,200 workers and nearly 40% of them.",
            [("More than 1,200", 1200, None, None), ("nearly 40%", 40, None, "%")],
        ),
        (
            "Placed in Tier 2 Watch List, then Tier 1.",
            [("Tier 2 Watch List", 2, None, "tier"), ("Tier 1", 1, None, "tier")],
        ),
        (
            # A code written against its amount; numbers listed before the unit they share.
            "GDP per capita was USD4,000 (approximately AUD6,000).",
            [("USD4,000", 4000, None, "USD"), ("approximately AUD6,000", 6000, None, "AUD")],
        ),
        (
            "They employ 46 and 30 per cent of workers; 16 000 or 0.3 per cent more.",
            [
                ("46", 46, None, "%"),
                ("30 per cent", 30, None, "%"),
                ("16 000", 16000, None, None),
                ("0.3 per cent", 0.3, None, "%"),
            ],
        ),
        (
            # A change under a heading that says what rose, not a range.
            "By 71,100 to 8.89 million in 2020.",
            [("71,100", 71_100, None, None), ("8.89 million", 8_890_000, None, None)],
        ),
        (
            # Two times, each of hours and minutes: one range, not "33 minutes to 1 hour".
            "It varied from 1 hour and 33 minutes to 1 hour and 35 minutes.",
            [("1 hour and 33 minutes to 1 hour and 35 minutes", 93, 95, "minutes")],
        ),
        (
            # Vulgar fractions, as central banks write rates.
            "Growth of 2¾ per cent and a cut of ½ point.",
            [("2¾ per cent", 2.75, None, "%"), ("½", 0.5, None, None)],
        ),
        (
            "Grants of between €1 and €2 million.",
            [("between €1 and €2 million", 1_000_000, 2_000_000, "EUR")],
        ),
        # pence, written out or glued to the number, as the report writes them
        ("Milk was 51.6 pence per litre.", [("51.6 pence", 51.6, None, "pence")]),
        (
            "Gas averaged 75p per therm, from 120p.",
            [("75p", 75, None, "pence"), ("120p", 120, None, "pence")],
        ),
        ("A 5.3pp rise.", [("5.3pp", 5.3, None, "percentage points")]),
    ],
)
def test_quantities(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2008 the law changed.",
        "It happened on 20 April 2009.",
        "Article 379 of the penal code applies.",
        "Under Law 2014-37 and Section 4-2 of the act.",
        "It ratified the 2000 UN TIP Protocol.",
        "The 1998 Penal Code forbids it.",
        "1. The first measure was taken.",
        "See p. 14 and note 3 [4].",
        "The G7 and COVID-19 measures, at 10:30.",
        "One of the victims left.",
        "Between 2018 and 2021 nothing changed.",
        # A number that names a stage or a school year.
        "Pupils at key stage 1 and in grade 8 sat tests.",
        "The numbers increase to year 3, then fall.",
        "Goal SDG16 is about justice.",  # a goal, not 16 Sudanese pounds
        "Presented to Parliament under Section 42 (10) (b) of the Act.",  # a subsection
        # A number joined to a noun that qualifies another: a kind, not a count.
        "The universal two-child policy remained in force.",
        # A few, in words, of what a report is made of or how it works: how, not how many.
        "We used two statistical methods and published two bulletins.",
        # A percentile that names a measure, not a share found.
        "The time within which 50% of patients left fell.",
        "Workers in the bottom 10% of earners were paid less.",
        # Which set, not a count found.
        "Each was assigned to one of the 3 most urgent triage categories.",
        "Presentations were spread over the 5 triage categories.",
        # a provisional figure's flag, alone in its cell, is no pence
        "2.1p",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.start, d.until) for d in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2008 Luxembourg was a destination.", [("2008", None)]),
        ("It ratified it on 20 April 2009.", [("2009-04-20", None)]),
        ("It ratified it on April 20, 2009.", [("2009-04-20", None)]),
        ("In March 2013 a law passed.", [("2013-03", None)]),
        ("Between 2018 and 2021, 20 victims.", [("2018", "2021")]),
        ("From January 2019 to March 2020 it ran.", [("2019-01", "2020-03")]),
        ("It has run since 2009.", [("2009", None)]),
        ("It will end by mid-2025.", [("2025", None)]),
        ("Placed in Tier 1 in 2017 and 2023.", [("2017", None), ("2023", None)]),
        ("A 2007 report estimated it.", [("2007", None)]),
        ("It ratified the 2000 UN TIP Protocol in 2009.", [("2009", None)]),
        ("The 1998 Penal Code and Law 2014-37 apply.", []),
        ("The period 2019–2021 saw change.", [("2019", "2021")]),
        # "H1" is the year's first half.
        ("In H1 2021 exports rose.", [("2021-01", "2021-06")]),
        # A quarter by its number; days of one month; days written day first.
        ("Deaths fell in Quarter 2 2021.", [("2021-04", "2021-06")]),
        ("The week of 3 to 9 December 2023 saw more.", [("2023-12-03", "2023-12-09")]),
        ("They cover 1st April to 30th June 2021.", [("2021-04-01", "2021-06-30")]),
        # A window of months that ends with its date (a rolling quarter).
        ("It fell in the three months to April 2022.", [("2022-02", "2022-04")]),
        ("It rose in the quarter ended 30 June 2021.", [("2021-04", "2021-06")]),
        ("It rose in the six months to June 2021.", [("2021-01", "2021-06")]),
        ("It rose in the week to 12 March 2023.", [("2023-03-06", "2023-03-12")]),
        ("Sales in Q1-Q3 2024 fell.", [("2024-01", "2024-09")]),
        ("In the January-March quarter of 2023 it fell.", [("2023-01", "2023-03")]),
        # Twelve months that end then; a calendar year as its year; a price index's
        # twelve-month rate is of its month.
        ("Journeys rose in FYE March 2023.", [("2022-04", "2023-03")]),
        ("Crime fell in the 12 months to 31 December 2021.", [("2021", None)]),
        ("Prices rose by 1.0% in the 12 months to March 2021.", [("2021-03", None)]),
        # A window of years that ends with a year or a financial year.
        ("The average over the five years to 2014-15 was lower.", [("2010", "2015")]),
        # A span of financial years runs to the end of the last one.
        ("Between 2013–14 and 2016–17 it rose.", [("2013", "2017")]),
        ("From 2013/14 to 2017/18 it rose.", [("2013", "2018")]),
    ],
)
def test_dates(text: str, expected: list) -> None:
    assert dates(text) == expected


def test_a_since_year_does_not_reach_past_other_numbers_to_a_later_date() -> None:
    text = "It fell to 35, the lowest since 2012/13 and a fall of 42% compared with 60 in 2015/16."
    kinds = [(d.start, d.kind) for d in find_dates(text)]
    assert kinds == [("2012", "since"), ("2015", "date")]  # 2015/16 is the comparison's


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("forecast at 16.7 billion bushels", "bushels"),
        ("the fertility rate was 1.6 births per woman", "births per woman"),
        ("a yield of 188.8 bushels per acre", "bushels per acre"),
        ("the average was 75.7°F", "°F"),
        ("developers added 18.4 GW of capacity", "GW"),
        ("2.5 per 1,000 live births in 2022/23", "per 1,000 live births"),
        ("11.1 per million population", "per million population"),
        (
            "Melbourne (14,717.3 incidents per 100,000 estimated resident population)",
            "incidents per 100,000 estimated resident population",
        ),
        # a symbol written against its number
        ("England received 32.8mm of rainfall", "mm"),
        ("capacity rose to 3.4GW", "GW"),
        ("the route is 5km long", "km"),
    ],
)
def test_a_measure_keeps_its_unit(text: str, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.unit == unit


def test_a_decimal_comma_is_read_as_continental_europe_writes_it() -> None:
    from briefing.extract.numbers import find_quantities

    found = find_quantities("Coverage was 55,3% of 1 740 799 and 1,350 people.", [])
    assert [(q.value, q.unit) for q in found] == [(55.3, "%"), (1740799, None), (1350, None)]


def test_how_much_data_a_count_rests_on_is_no_figure() -> None:
    from briefing.extract.numbers import find_quantities

    text = (
        "Agencies sent 3 to 6 comparable months of data; a study used 10 years of data on 45 cases."
    )
    assert [q.display for q in find_quantities(text, [])] == ["45"]


def test_a_time_limit_is_no_figure() -> None:
    text = "Seek treatment within 48 hours of symptom onset; 18 reports came in 2 days."
    assert [q.display for q in find_quantities(text)] == ["18", "2 days"]


def test_the_base_of_a_ratio_is_no_figure() -> None:
    found = [q[0] for q in quantities("The sex ratio was 104.64 males to 100 females.")]
    assert found == ["104.64"]  # written by hand


def test_a_few_traffickers_convicted_is_a_figure() -> None:
    # Written by hand: a count of people stays a figure, however small.
    assert [q[0] for q in quantities("The government convicted two traffickers.")] == ["two"]


@pytest.mark.parametrize(
    ("text", "period"),
    [  # written by hand: a bracket that names the quarter again is part of the date
        ("arrivals in July to September (Q3) 2023 fell", ("2023-07", "2023-09")),
        ("arrivals in Q2 (April to June) 2021 fell", ("2021-04", "2021-06")),
    ],
)
def test_a_quarter_named_twice_is_one_date(text: str, period: tuple[str, str]) -> None:
    assert [(d.start, d.until) for d in find_dates(text)] == [period]


def test_a_span_that_qualifies_an_average_is_no_figure() -> None:
    # Written by hand: "five year" says which average; it is not a duration found.
    text = "Visits were 11.6% below the five year average."
    assert [q.display for q in find_quantities(text)] == ["11.6%"]


def test_percentage_points_shortened_as_releases_write_them() -> None:
    from briefing.extract.numbers import find_quantities

    text = (
        "Punctuality fell 5.3pp on the previous year and rose 2.8 ppts on 2020; 12 apples; "
        "the rate -1.1 pts."
    )
    # Written by hand: three changes in percentage points; "apples" is no unit.
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert found[:2] == [(5.3, "percentage points"), (2.8, "percentage points")]
    assert found[2][1] is None
    assert found[3] == (-1.1, "percentage points")


@pytest.mark.parametrize(
    ("sentence", "values"),
    [  # written by hand: a section's number is no figure; the list of sections ends at "and"
        ("The IRS must comply with I.R.C. § 6320 by notifying 300 taxpayers.", [300]),
        ("Under §§ 12 and 13, 40 cases were heard.", [40]),
        ("Under sections 12 and 13, 40 cases were heard.", [40]),
    ],
)
def test_a_section_sign_names_a_section_not_a_figure(sentence: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [  # written by hand: an age band, a code's title and a bulletin's number are no figures
        ("Women are invited between the ages of 50 and 53 and 2.1 million were screened.", [2.1e6]),
        ("The IRS must comply with 26 U.S.C. § 6320 for 300 taxpayers.", [300]),
        ("See Service Personnel Bulletin 2.01 for 190,170 personnel.", [190170]),
        ("Causes are coded under ICD Version 10 for 8,582 deaths.", [8582]),
        ("They separated at a median age of 41.8 years.", [41.8]),
        ("Rates were 12% for people aged from 16 to 24.", [12]),
        ("In 2018, 82% used the internet in the three months prior to interview.", [82]),
        ("They inform National Outcome 9 and Goal 3 for 300 people.", [300]),
        ("Released at 11.30 am (Canberra time): 300 people.", [300]),
        ("Rents changed within +/-0.5% in 5 areas.", [5]),
        ("12 deaths involved 5-EAPB or 4,4’-DMAR.", [12]),
        ("25% came from the least deprived areas (Quintile 5), 13% from Quintile 1.", [25, 13]),
        ("Rates were 12% for people aged between 16 and 24.", [12]),
        ("Males aged 45–49 and 20–24 had the most cases, 1,600 each.", [1600]),
        ("People aged 16–24, 25–34 or 35–44 made up 41% of users.", [41]),
    ],
)
def test_names_and_bands_are_no_figures(sentence: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(sentence)] == values


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # written by hand: a report's name holds its year; a report "for" a year covers it
        ("Please see the General Register Office Annual Report 2019.", "name"),
        ("Data from the Coroners Annual Returns 2019 were used.", "name"),
        ("The Report for 2019 shows 40 cases.", "date"),
    ],
)
def test_a_year_in_a_reports_name_is_part_of_the_name(text: str, kind: str) -> None:
    assert [d.kind for d in find_dates(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "start"),
    [  # written by hand: a day in figures, when only one reading is a date
        ("Released 20/10/2022", "2022-10-20"),
        ("Published 10/20/2022", "2022-10-20"),
        ("Released 12/09/2019", "2019"),  # 12 September or 9 December: only the year is sure
    ],
)
def test_a_day_written_in_figures(text: str, start: str) -> None:
    assert [d.start for d in find_dates(text)] == [start]


def test_notes_listed_with_an_ampersand_are_no_figures() -> None:
    # Written by hand: "Notes 4, 23 &33" are three notes; 112,954 is the figure.
    text = "There were 112,954 marriages (see Explanatory Notes 4, 23 &33)."
    assert [q.value for q in find_quantities(text)] == [112954]


def test_numbers_listed_before_a_rate_share_it() -> None:
    from briefing.extract.numbers import find_quantities

    # Written by hand: both are deaths per million population; "5 and 12 cases" stay counts.
    text = "(58.0 and 21.9 deaths per million population for males and females); 5 and 12 cases."
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert found == [
        (58.0, "deaths per million population"),
        (21.9, "deaths per million population"),
        (5, None),
        (12, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "(18 cases compared to 5.9 cases per 100,000 population)",
        "(18 cases versus 5.9 cases per 100,000 population)",
    ],
)
def test_a_count_compared_with_a_rate_of_the_same_noun_is_that_rate(text: str) -> None:
    from briefing.extract.numbers import find_quantities

    # Written by hand: "cases per 100,000 population" is said once, for both; "3 cases
    # compared to 5% of them" is no rate
    rate = "cases per 100,000 population"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(18, rate), (5.9, rate)]
    assert find_quantities("(3 cases compared to 5% of them)")[0].unit is None


def test_a_billion_shortened_to_b_after_money_is_a_billion() -> None:
    # Written by hand: "$51.0b" and "£2.1b" are billions; "Figure 3b" and "item 12b" are names
    text = "Manufacturers paid $51.0b in wages and £2.1b in tax (see Figure 3b, item 12b)."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(51.0e9, "USD"), (2.1e9, "GBP")]


def test_places_listed_after_the_first_share_its_rate() -> None:
    from briefing.extract.numbers import find_quantities

    text = (
        "Hungary (10 974 first time applicants per million inhabitants), ahead of Sweden "
        "(4 362), Austria (3 215) and Luxembourg (1 108); 12 cases."
    )
    # Written by hand: the three places' numbers are the same rate; the 12 cases are not.
    units = [q.unit for q in find_quantities(text)]
    assert units == ["applicants per million inhabitants"] * 4 + [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # written by hand: when it was measured, or an age that sorts people, is no finding …
        ("The median weekly income one year after graduation was €375.", ["€375"]),
        ("Of those released, 25% reoffended two years after release.", ["25%"]),
        ("Graduates that are older than 25 are classified as 'Mature'.", []),
        # … but how long something lasted is
        ("Patients waited an average of 18 weeks after referral.", ["18 weeks"]),
        ("The review continues more than 10 years after it was initiated.", ["more than 10 years"]),
    ],
)
def test_a_time_after_a_step_is_when_not_how_long(text: str, expected: list[str]) -> None:
    assert [q.display for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # written by hand: a size or a time made an adjective names a kind of thing …
        ("The aging 82 foot patrol boat fleet was replaced by 30 cutters.", ["30"]),
        ("It runs a 24 hour-a-day service for 1,200 callers.", ["1,200"]),
        ("The 47-Foot Motor Life Boat programme cost $3 million.", ["$3 million"]),
        # … but a size told is a finding
        ("The boat is 82 foot long.", ["82 foot"]),
    ],
)
def test_a_size_made_an_adjective_is_no_finding(text: str, expected: list[str]) -> None:
    assert [q.display for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # written by hand: "half" told by its verb or its count is a share …
        ("Of all children, just under half (1.8 million) attended care.", [0.5, 1_800_000]),
        ("Of 3,000 deaths, half occurred earlier.", [3000, 0.5]),
        # … but one restated exactly in its bracket is told by the exact shares
        ("Nearly half (49.1% of males and 49.7% of females) walked.", [49.1, 49.7]),
        ("in the first half of 2020", []),
    ],
)
def test_half_told_by_its_verb_or_count_is_a_share(text: str, expected: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == expected


def test_a_hyphen_that_does_not_break_joins_a_fraction() -> None:
    text = "Public hospitals accounted for three\u2011quarters of these admissions."
    # Written by hand: three-quarters (0.75), written with U+2011, not the number three
    assert [q.value for q in find_quantities(text)] == [0.75]


@pytest.mark.parametrize(
    ("text", "year"),
    [("the FY98 statistical baseline", "1998"), ("In FY21, spending rose.", "2021")],
)
def test_a_fiscal_year_in_two_digits_is_a_date(text: str, year: str) -> None:
    # Written by hand: "FY98" is fiscal 1998, "FY21" fiscal 2021
    assert [d.start for d in find_dates(text)] == [year]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # written by hand: a numbered item, a band's bounds and a definition's threshold are no
        # findings; the finding beside them is
        ("Recommendation 11 of the review was met by 40 councils.", ["40"]),
        ("The waiting time for 50% of patients was 23 days.", ["23 days"]),
        ("For procedures for which there were at least 100 admissions, 45% were urgent.", ["45%"]),
        ("Reports with a loss between $1 and $999,999 numbered 2,400.", ["2,400"]),
        (
            "We define a household as fuel poor if it would be required to spend more than "
            "10% of its income on fuel; 24.6% were.",
            ["24.6%"],
        ),
    ],
)
def test_a_numbered_item_a_band_or_a_definition_is_no_finding(
    text: str, expected: list[str]
) -> None:
    assert [q.display for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [  # written by hand: a quarter of a year written "2019/20" is of the year from April
        ("In quarter three of 2019/20 there were 28.", ("2019-10", "2019-12")),
        ("In Q4 2019/20 there were 18.", ("2020-01", "2020-03")),
        ("In Q3 2019 there were 5.", ("2019-07", "2019-09")),  # a calendar year's
        ("in the final six months of 2019/20", ("2019-10", "2020-03")),
        ("in the first half of 2019/20", ("2019-04", "2019-09")),
    ],
)
def test_a_quarter_of_a_financial_year_starts_in_april(text: str, span: tuple[str, str]) -> None:
    assert [(d.start, d.until) for d in find_dates(text)] == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("passengers for 1999-00 onwards", ("1999", "2000")),
        ("between 1998-99 and 1999-00", ("1998", "2000")),
        ("in the five years to 1999-00", ("1995", "2000")),
        ("in 2009-10", ("2009", "2010")),
    ],
)
def test_a_year_span_that_crosses_a_century_ends_in_the_next(
    text: str, span: tuple[str, str]
) -> None:
    # Written by hand: "1999-00" is 1999 to 2000, not 1900 to 1999
    assert [(d.start, d.until) for d in find_dates(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [  # written by hand: each number sorts what is counted, or names a window; none is a finding
        "The 3-month cumulative rainfall was lowest in the Mersey, at 47% of the average.",
        "Of all women screened, 41.5% had small cancers (less than 15mm in diameter).",
        "Seventy hydrological areas received less than 50% of the May rainfall.",
        "In 2023, 12 states had coverage of less than 90%.",
        "IC3 reporting indicated 14 sectors had at least 1 member that fell victim.",
    ],
)
def test_a_window_a_size_class_or_a_threshold_is_no_figure(text: str) -> None:
    found = [q.display for q in find_quantities(text, find_dates(text))]
    assert not any(
        d in found
        for d in ("3-month", "less than 15mm", "less than 50%", "less than 90%", "at least 1")
    )
    assert found  # the count or share beside it is still found


def test_a_bound_told_as_the_finding_is_a_figure() -> None:
    text = "Unemployment was less than 5% in 2023."
    assert [q.display for q in find_quantities(text, find_dates(text))] == ["less than 5%"]


def test_the_years_of_a_long_term_average_are_its_name() -> None:
    text = "England received 57% of the 1991 to 2020 LTA for the time of year."
    assert [d.kind for d in find_dates(text)] == ["name"]


@pytest.mark.parametrize(
    ("text", "found"),
    [  # written by hand: a share told in words is one number; a score in digits stays a score
        ("around nine out of ten users were satisfied", [(0.9, "share")]),
        ("the service scored 7 out of 10", [(7, "out of 10")]),
    ],
)
def test_nine_out_of_ten_is_one_share(text: str, found: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, find_dates(text))] == found


@pytest.mark.parametrize(
    "text",
    [  # written by hand: how many examples or reasons a text goes on to give is no finding
        "The following are three examples of the RAT's successful contributions.",
        "There are two main reasons for the fall.",
    ],
)
def test_a_count_of_examples_the_text_gives_is_no_figure(text: str) -> None:
    assert find_quantities(text, find_dates(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [  # written by hand: a note on rounding gives no figure; a total that is one does
        ("Percentages may not total 100 due to rounding.", []),
        ("Percentages may not add up to 100.", []),
        ("Sales total 100 units.", [100]),
    ],
)
def test_a_note_on_rounding_is_no_figure(text: str, found: list[float]) -> None:
    assert [q.value for q in find_quantities(text, find_dates(text))] == found


def test_the_fifth_with_the_lowest_income_is_a_class() -> None:
    text = "The 20% of households with the lowest gross income saw the largest rise."
    # written by hand: the lowest quintile is a group of households, not a finding
    assert find_quantities(text, find_dates(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [  # written by hand: a size band of what is counted is a class; a range of shares is a finding
        ("Cities having 25,000 to 49,999 inhabitants reported more crime.", []),
        ("The Dove had normal rainfall with 75% to 94% of its average.", [(75, 94)]),
    ],
)
def test_a_range_of_shares_after_with_is_no_size_band(text: str, found: list) -> None:
    assert [(q.value, q.value_max) for q in find_quantities(text, find_dates(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [  # written by hand: "half were …" is a share; "the second half was" names a period's part
        ("Levels continued to decline, and half were classed as normal.", [(0.5, "share")]),
        ("The second half was weaker.", []),
    ],
)
def test_half_as_the_subject_is_a_share(text: str, found: list) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, find_dates(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [  # written by hand: "only one" reports a count; "one of" names which
        ("The government convicted only one trafficker in 2019.", [1]),
        ("Just one case was reported.", [1]),
        ("It is only one of many factors.", []),
        ("One of the victims was a child.", []),
    ],
)
def test_only_one_is_a_count(text: str, found: list[float]) -> None:
    assert [q.value for q in find_quantities(text, find_dates(text))] == found


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # written by hand: an age in a life or a threshold a share is counted by is no finding
        (
            "In 2010, 35% of infants were introduced to solid foods by 4 months of age and 92% "
            "by the recommended age of 6 months.",
            ["35%", "92%"],
        ),
        (
            "In 2010, 39% were exclusively breastfed for less than 4 months, and 15% for less "
            "than 6 months.",
            ["39%", "15%"],
        ),
        ("In 2010, the median age at marriage was 32.0 years of age.", ["32.0 years"]),
        ("In 2020, offenders were sentenced to 6 months in prison.", ["6 months"]),
    ],
)
def test_an_age_in_a_life_or_a_threshold_of_a_share_is_no_figure(
    text: str, kept: list[str], tmp_path: Path
) -> None:
    assert [f.display for f in figures_of(text, tmp_path)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # written by hand: "within" bounds what is counted
        ("In 2022, 27% of the population lived within 500 metres of derelict land.", ["27%"]),
        ("In 2022, 11% of land is within the 15% most deprived data zones.", ["11%"]),
    ],
)
def test_a_bound_told_by_within_is_no_figure(text: str, kept: list[str], tmp_path: Path) -> None:
    assert [f.display for f in figures_of(text, tmp_path)] == kept
