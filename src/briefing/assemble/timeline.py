"""The timeline as the briefing prints it: events grouped by year, with the years between
them, and the few key dates the first page shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from briefing.model import LEAD_ID, Cited, Event, TimelineYear

KEY_DATES = 5  # the first page's strip: four to six dates read at a glance
LEAD_SCORE, DAY_SCORE = 2.0, 1.0
WORDS_SCORE = 0.05  # taken off for each word: a short event reads in a strip


def timeline_years(
    timeline: Sequence[Event], cite: Callable[[Event], Cited]
) -> tuple[TimelineYear, ...]:
    """Events grouped by the year they start in; `later` counts the years since the group
    before (1996, then 2006: 10 years later)."""
    groups: list[TimelineYear] = []
    for event in timeline:
        year = event.start[:4]
        cited = cite(event)
        if groups and groups[-1].year == year:
            groups[-1] = replace(groups[-1], events=(*groups[-1].events, cited))
        else:
            later = int(year) - int(groups[-1].year) if groups else 0
            groups.append(TimelineYear(year, (cited,), later))
    return tuple(groups)


def key_dates(timeline: Sequence[Event], count: int = KEY_DATES) -> list[Event]:
    """At most `count` events for the first page, in date order, one a year: the best of
    each year, then the first and the last year and the best of the years between.

    An event scores for standing in the lead (where a report says what matters), for being
    dated to the day (a law passed, a ruling), and for being short."""
    best: dict[str, Event] = {}
    for event in timeline:
        year = event.start[:4]
        if year not in best or _score(event) > _score(best[year]):
            best[year] = event
    years = sorted(best)
    if len(years) > count:
        middle = sorted(years[1:-1], key=lambda y: -_score(best[y]))[: max(count - 2, 0)]
        years = sorted({years[0], years[-1], *middle})
    return [best[year] for year in years]


def _score(event: Event) -> float:
    total = LEAD_SCORE if event.section == LEAD_ID else 0.0
    total += DAY_SCORE if len(event.start) == len("2009-04-20") else 0.0
    return total - WORDS_SCORE * len(event.text.split())
