"""Series drawn small: the bars of a chart in the units of its SVG viewBox, and the sentence
that states its data for a reader who cannot see it. The layout's template draws the SVG.

A chart is `WIDTH` by `HEIGHT` units whatever its number of bars, so that it fills the
same box in a table row or on a card: the value over each bar, the period under it (past
`MAX_LABELLED` bars, or when the labels are too long for their bars, only the first, the
last and the highest are labelled, so that labels never collide). Bars start at zero; two
values for one period stand side by side.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import groupby

from briefing.model import Bar, Chart, Period, Point, Series

MIN_POINTS = 3  # fewer points are told in words ("up from 667 in 2017"), not drawn
WIDTH, HEIGHT = 120.0, 46.0
TOP, BOTTOM = 9.0, 10.0  # room for the values above the bars and the periods under them
BAR_SHARE = 0.62  # of each period's slot; the rest is the gap between bars
MAX_LABELLED = 6
# The room a character over or under a bar takes, in the viewBox's units: the template
# writes them at 6.5 units, a character about half of that, and a little space between
# labels ("NZ$55.1B" needs 28 of them, "2011–12" 24.5).
CHAR_WIDTH = 3.5


def draw_chart(
    series: Series,
    label: str,
    value_text: Callable[[Point], str],
    period_text: Callable[[Period], str],
    tick_text: Callable[[Period, bool], str],
) -> Chart | None:
    """`series` as a bar chart titled `label`, each value written by `value_text`, each
    period under its bar by `tick_text` (with its year when the series spans several), and
    in the title by `period_text`; None for a series of fewer than MIN_POINTS points."""
    if len(series.points) < MIN_POINTS:
        return None
    slots = [list(group) for _, group in groupby(series.points, key=lambda p: p.period)]
    values = [p.value for p in series.points]
    low, high = min(0.0, *values), max(0.0, *values)
    scale = (HEIGHT - TOP - BOTTOM) / ((high - low) or 1.0)
    baseline = TOP + high * scale
    width = WIDTH / len(slots)
    spanning = len({p.period.start[:4] for p in series.points}) > 1
    longest = max(
        max(len(value_text(p)), len(tick_text(p.period, spanning))) for p in series.points
    )
    labelled = _labelled(slots, slots_wide=math.ceil(longest * CHAR_WIDTH / width))
    bars = []
    for n, slot in enumerate(slots):
        bar_width = width * BAR_SHARE / len(slot)
        left = n * width + width * (1 - BAR_SHARE) / 2
        for k, point in enumerate(slot):
            top = baseline - max(point.value, 0.0) * scale
            bars.append(
                Bar(
                    x=_r(left + k * bar_width),
                    y=_r(top),
                    width=_r(bar_width * 0.92),
                    height=_r(abs(point.value) * scale),
                    centre=_r(left + (k + 0.5) * bar_width),
                    value=value_text(point) if n in labelled else "",
                    value_y=_r(min(top, baseline) - 2.0),
                    period=tick_text(point.period, spanning) if n in labelled and k == 0 else "",
                    conflict=point.conflict,
                )
            )
    return Chart(
        id=f"chart-{series.id}",
        title=f"{label}: {_stated(slots, value_text, period_text)}",
        width=WIDTH,
        height=HEIGHT,
        baseline=_r(baseline),
        period_y=HEIGHT - 2.0,
        bars=tuple(bars),
    )


def _labelled(slots: Sequence[Sequence[Point]], slots_wide: int) -> set[int]:
    """The slots whose value and period are printed: all when their labels, `slots_wide`
    slots wide, fit side by side; else the first, the last and the highest, when the highest
    stands far enough from both not to print over them."""
    last = len(slots) - 1
    if len(slots) <= MAX_LABELLED and slots_wide <= 1:
        return set(range(len(slots)))
    highest = max(range(len(slots)), key=lambda n: max(p.value for p in slots[n]))
    apart = highest >= slots_wide and last - highest >= slots_wide
    return {0, last, highest} if apart or highest in {0, last} else {0, last}


def _stated(
    slots: Sequence[Sequence[Point]],
    value_text: Callable[[Point], str],
    period_text: Callable[[Period], str],
) -> str:
    """The data in words: "137 in 2017, 139 in 2018"; "265 or 270 in 2019 (the report
    gives both)" for a conflict."""
    parts = []
    for slot in slots:
        values = " or ".join(value_text(p) for p in slot)
        both = " (the report gives both)" if len(slot) > 1 else ""
        parts.append(f"{values} in {period_text(slot[0].period)}{both}")
    return ", ".join(parts)


def _r(value: float) -> float:
    """Two decimals: enough for a drawing, and the same text on every build."""
    return round(value, 2)
