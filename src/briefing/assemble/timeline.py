"""The timeline as the briefing prints it: events grouped by year, with the gaps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from briefing.model import Cited, Event, TimelineYear


def timeline_years(
    timeline: Sequence[Event], cite: Callable[[Event], Cited]
) -> tuple[TimelineYear, ...]:
    """Events grouped by the year they start in; `gap` counts the years with nothing."""
    groups: list[TimelineYear] = []
    for event in timeline:
        year = event.start[:4]
        cited = cite(event)
        if groups and groups[-1].year == year:
            groups[-1] = replace(groups[-1], events=(*groups[-1].events, cited))
        else:
            gap = int(year) - int(groups[-1].year) - 1 if groups else 0
            groups.append(TimelineYear(year, (cited,), gap))
    return tuple(groups)
