"""Series: figures that measure the same thing over different periods ("victims identified":
137 in 2017, 139 in 2018, 265 in 2019, 91 in 2020).

Two figures measure the same thing when they have the same unit, their labels the same
words (their endings and small words aside) and their periods the same length: a month's
value and a seven months' total are not one line. A series needs two periods or more; two
different values for one period (two editions of a report) are both kept, each marked as a
conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.ids import numbered, slugify
from briefing.model import KeyFigure, Period, Point, Series

SMALL_WORDS = frozenset("a an the of in on for to by with from at as and or its their".split())


def find_series(figures: Sequence[KeyFigure]) -> tuple[Series, ...]:
    """The series among `figures`, in the order their first figure comes."""
    groups: dict[tuple[frozenset[str], str | None, int], list[KeyFigure]] = {}
    for figure in figures:
        if figure.period is not None and figure.value_max is None:
            key = (_measure(_series_label(figure)), figure.unit, _length(figure.period))
            groups.setdefault(key, []).append(figure)
    found = [group for group in groups.values() if len({f.period for f in group}) > 1]
    ids = numbered(slugify(_series_label(group[0]), fallback="series") for group in found)
    return tuple(_series(id_, group) for id_, group in zip(ids, found, strict=True))


def _series(id_: str, group: list[KeyFigure]) -> Series:
    ordered = sorted(
        group, key=lambda f: (f.period.start, f.period.end or "") if f.period else ("", "")
    )
    values_by_period: dict[object, set[float]] = {}
    for figure in ordered:
        values_by_period.setdefault(figure.period, set()).add(figure.value)
    points: list[Point] = []
    for f in ordered:
        if f.period is None or any((p.period, p.value) == (f.period, f.value) for p in points):
            continue  # one point for a value told twice of one period
        points.append(Point(f.period, f.value, f.id, len(values_by_period[f.period]) > 1))
    return Series(id=id_, label=_series_label(group[0]), unit=group[0].unit, points=tuple(points))


def _series_label(figure: KeyFigure) -> str:
    """What `figure` measures as a line: a table's row when a cell states it again ("All
    Fires" for "the SFRS attended 27,979 fires"), so a table's latest years stay on its line."""
    return figure.table_label or figure.label


def _length(period: Period) -> int:
    """How long a period is, in days for a day and in months otherwise (a year is 12)."""
    start, end = period.start, period.end or period.start
    if len(start) == 10:
        return -1  # a day, or a run of days: dates, not a length of time to compare
    first = int(start[:4]) * 12 + (int(start[5:7]) if len(start) > 4 else 1)
    last = int(end[:4]) * 12 + (int(end[5:7]) if len(end) > 4 else 12)
    return last - first + 1


def _measure(label: str) -> frozenset[str]:
    return frozenset(
        _stem(w) for w in re.findall(r"[\w'’-]+", label.lower()) if w not in SMALL_WORDS
    )


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
