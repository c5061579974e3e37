"""Extraction on real reports written by others, against labels written by hand by people
who had not read the code (tests/data/real/, LABELLING.md says how).

The rules were tuned on tuning/ only; heldout/ says how they carry over to reports they
were not made on. The floors below are what the rules reach today, so that a change that
makes meaning worse fails here; `python -m tests.scoring` prints every document's scores
(and, with -v, what went wrong in the tuning documents).
"""

from __future__ import annotations

import pytest

from briefing.model import Findings, KeyFigure, Period, Statement
from tests.scoring import (
    HELD_OUT,
    TUNING,
    Score,
    days,
    documents,
    label_overlap,
    same_period,
    score,
    score_folder,
)

# Floors: the scores measured when these rules were written, a little below.
FLOORS = {
    "tuning": {"recall": 0.95, "precision": 0.92, "periods": 0.90, "labels": 0.63,
               "events_as_read": 0.69, "event_recall": 0.81, "traps": 290},
    "heldout": {"recall": 0.90, "precision": 0.85, "periods": 0.77, "labels": 0.59,
                "events_as_read": 0.59, "event_recall": 0.76, "traps": 485},
}  # fmt: skip


@pytest.fixture(scope="module", params=["tuning", "heldout"])
def scored(request: pytest.FixtureRequest) -> tuple[str, Score]:
    folder = TUNING if request.param == "tuning" else HELD_OUT
    rows = score_folder(folder)
    return request.param, rows[-1][1]


def test_there_are_real_documents_from_many_publishers() -> None:
    assert len(documents(TUNING)) >= 6 and len(documents(HELD_OUT)) >= 6
    publishers = {path.stem.split("-")[0] for path in documents(TUNING) + documents(HELD_OUT)}
    assert len(publishers) >= 8


def test_figures_are_found(scored: tuple[str, Score]) -> None:
    name, score = scored
    assert score.recall >= FLOORS[name]["recall"]
    assert score.precision >= FLOORS[name]["precision"]


def test_figures_have_their_clause_period(scored: tuple[str, Score]) -> None:
    name, score = scored
    assert score.periods >= FLOORS[name]["periods"]


def test_labels_use_the_words_a_reader_would(scored: tuple[str, Score]) -> None:
    name, score = scored
    assert score.labels >= FLOORS[name]["labels"]


def test_events_are_found_and_read_alone(scored: tuple[str, Score]) -> None:
    name, score = scored
    assert score.event_recall >= FLOORS[name]["event_recall"]
    assert score.events_as_read >= FLOORS[name]["events_as_read"]


def test_few_traps_are_taken(scored: tuple[str, Score]) -> None:
    name, score = scored
    assert score.traps <= FLOORS[name]["traps"]


@pytest.mark.parametrize(
    ("found", "wanted", "same"),
    [
        ({"start": "2011", "end": None}, {"start": "2011-01", "end": "2011-12"}, True),
        (
            {"start": "2008-04-01", "end": "2008-06-30"},
            {"start": "2008-04", "end": "2008-06"},
            True,
        ),
        ({"start": "2024-02", "end": None}, {"start": "2024-02-01", "end": "2024-02-29"}, True),
        ({"start": "2011-10", "end": "2011-12"}, {"start": "2011-01", "end": "2011-12"}, False),
        (
            {"start": "2008-04-01", "end": "2008-06-29"},
            {"start": "2008-04", "end": "2008-06"},
            False,
        ),
        (None, {"start": "2011", "end": None}, False),
    ],
)
def test_a_period_agrees_with_the_same_days_written_at_another_precision(
    found: dict | None, wanted: dict, same: bool
) -> None:
    assert (days(found) == days(wanted)) is same


@pytest.mark.parametrize(
    ("found", "wanted", "same"),
    [
        ({"start": "2016-07", "end": "2017-06"}, {"start": "2016", "end": "2017"}, True),
        ({"start": "2021", "end": "2022"}, {"start": "2021-04", "end": "2022-03"}, True),
        ({"start": "2016-07", "end": "2017-06"}, {"start": "2017", "end": "2018"}, False),
        ({"start": "2016-07", "end": "2017-09"}, {"start": "2016", "end": "2017"}, False),
        ({"start": "2016", "end": "2018"}, {"start": "2016-07", "end": "2017-06"}, False),
        ({"start": "2016-01", "end": "2016-12"}, {"start": "2016", "end": "2017"}, False),
    ],
)
def test_a_split_year_agrees_told_as_its_two_years_or_its_twelve_months(
    found: dict, wanted: dict, same: bool
) -> None:
    assert same_period(found, wanted) is same


def test_a_label_is_matched_to_the_nearest_value_its_quote_holds() -> None:
    """Two values of one sentence within 1% of each other ("from 13.7 in 2016 to 13.6 in
    2017") are each matched to their own label, not the first found to both."""
    said = "The PTR has decreased from 13.7 in 2016 to 13.6 in 2017"
    stated = (Statement(said, "s1", "overview"),)

    def found(value: float, year: str) -> KeyFigure:
        period = Period(year)
        return KeyFigure("x", "PTR", value, None, None, str(value), period, statements=stated)

    def label(value: float, year: str) -> dict:
        period = {"start": year, "end": None}
        return {"quote": said, "value": value, "unit": None, "period": period, "label": "PTR"}

    findings = Findings((found(13.7, "2016"), found(13.6, "2017")), ())
    labels = {"figures": [label(13.6, "2017"), label(13.7, "2016")], "events": []}
    assert score(findings, labels).periods_right == 2


@pytest.mark.parametrize(
    ("wanted", "found", "overlap"),
    [
        ("increase in sales", "percentage rise in sales", 1.0),
        ("annual change in fraud offences", "annual percentage fall in fraud offences", 1.0),
        ("fall in exports", "rise in exports", 0.5),  # the wrong way is no synonym
        ("yearly decline in births", "annual fall in births", 1.0),
        ("victims identified", "victims", 0.5),
    ],
)
def test_words_of_a_change_that_say_the_same_agree(wanted: str, found: str, overlap: float) -> None:
    assert label_overlap(wanted, found) == overlap
