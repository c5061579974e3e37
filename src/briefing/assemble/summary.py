"""The summary a reader in a hurry reads: the first page's cards and the rows of the Key
figures table, each a `Fact` (a figure, its value in digits, its change since the period
before and, for a series of three points or more, its chart), and the figures left for the
appendix.

The table has one row per series or fact, best first (the editor's pins, then the ranking
of `headline.score`, a series counting for more than one of its figures): a series is shown
by its latest figure, with its chart, and no two rows give the same value for the same
period. Every figure that is not a row goes to the appendix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.assemble.charts import MIN_POINTS, draw_chart
from briefing.assemble.dates import (
    WORD_UNITS,
    format_period,
    format_tick,
    format_value,
    in_digits,
    in_short,
)
from briefing.assemble.headline import LEADS, MAX_CARDS, headline_figures, score, year_span
from briefing.extract.numbers import QUALIFIER, SCALE_WORD, SCALES
from briefing.model import Cited, Fact, KeyFigure, Period, Point, Series

DEFAULT_ROWS = 12
NUMBER = re.compile(r"\d(?:[\d,. \u00a0\u202f]*\d)?")
SERIES_SCORE = 1.0  # a trend says more than one of its values


class Summary:
    """Facts about `figures`, which make up `series`; `cite` links a figure to its sentence,
    `language` writes its values and periods, and `leads` are the sections that state what
    matters most."""

    def __init__(
        self,
        figures: Sequence[KeyFigure],
        series: Sequence[Series],
        cite: Callable[[KeyFigure], Cited],
        language: str,
        leads: frozenset[str] = LEADS,
    ) -> None:
        self.figures = tuple(figures)
        self.by_id = {f.id: f for f in figures}
        self.series_of = {p.figure: s for s in series for p in s.points}
        self.series = tuple(series)
        self.cite = cite
        self.language = language
        self.leads = leads

    def headline(self, pinned: Sequence[str]) -> tuple[Fact, ...]:
        """The cards: pinned and ranked figures (`headline_figures`), and the best series of
        three points or more when no card shows one and there is room; the first card that
        belongs to such a series draws it."""
        latest = [f for f in self.figures if f.id in pinned or self._latest(f)]
        chosen = headline_figures(latest, pinned, self.leads)
        if len(chosen) < MAX_CARDS and not any(map(self._drawn, chosen)):
            best = self._best_series()
            if best is not None:
                chosen.append(self.by_id[best.points[-1].figure])
        first = next((f for f in chosen if self._drawn(f)), None)
        return tuple(self.fact(f, chart=f is first) for f in chosen)

    def rows(self, pinned: Sequence[str], count: int) -> tuple[Fact, ...]:
        """The Key figures table: `count` rows at most, one per series or fact, best first."""
        rows: list[KeyFigure] = []
        stated: set[tuple[float, float | None, Period | None]] = set()
        for figure in self._ranked(pinned):
            if len(rows) == count:
                break
            said = self._said(figure)
            if said & stated:
                continue
            rows.append(figure)
            stated |= said
        return tuple(self.fact(f, chart=True) for f in rows)

    def appendix(self, table: Sequence[Fact]) -> tuple[KeyFigure, ...]:
        """Every figure that is no row of `table`, in reading order."""
        shown = {fact.cited.item.id for fact in table}
        return tuple(f for f in self.figures if f.id not in shown)

    def fact(self, figure: KeyFigure, *, chart: bool) -> Fact:
        series = self.series_of.get(figure.id)
        drawn = None
        if chart and series is not None:
            cited = self.cite(self.by_id[series.points[-1].figure])
            drawn = draw_chart(series, cited.text, self._bar_value, self._period, self._tick)
        return Fact(
            self.cite(figure), in_digits(figure, self.language), self._change(figure), drawn
        )

    def _ranked(self, pinned: Sequence[str]) -> list[KeyFigure]:
        """Pinned figures in the editor's order, then each series (by its latest figure) and
        each figure outside a series, best first; ties keep reading order."""
        span = year_span(self.figures)
        shown = [
            f
            for f in self.figures
            if f.id not in self.series_of or self.series_of[f.id].points[-1].figure == f.id
        ]

        def rank(figure: KeyFigure) -> float:
            series = self.series_of.get(figure.id)
            bonus = SERIES_SCORE if series and len(series.points) >= MIN_POINTS else 0.0
            return -(score(figure, span, self.leads) + bonus)

        pins = [self.by_id[i] for i in pinned if i in self.by_id]
        return pins + sorted((f for f in shown if f not in pins), key=rank)

    def _said(self, figure: KeyFigure) -> set[tuple[float, float | None, Period | None]]:
        """The (value, value_max, period) a row of `figure` states: its own, and its
        series' every point."""
        said = {(figure.value, figure.value_max, figure.period)}
        series = self.series_of.get(figure.id)
        if series is not None:
            said |= {(p.value, None, p.period) for p in series.points}
        return said

    def _latest(self, figure: KeyFigure) -> bool:
        """Whether no later value of the same measure is told: a card shows where a measure
        stands ("62,766 in September"), not where it stood ("59,473 in June")."""
        series = self.series_of.get(figure.id)
        return series is None or _conflicted(series) or series.points[-1].figure == figure.id

    def _drawn(self, figure: KeyFigure) -> bool:
        series = self.series_of.get(figure.id)
        return series is not None and len(series.points) >= MIN_POINTS and not _conflicted(series)

    def _best_series(self) -> Series | None:
        drawn = [s for s in self.series if len(s.points) >= MIN_POINTS and not _conflicted(s)]
        span = year_span(self.figures)
        return max(
            drawn,
            key=lambda s: score(self.by_id[s.points[-1].figure], span, self.leads),
            default=None,
        )

    def _change(self, figure: KeyFigure) -> str:
        """Against the period before in its series ("up from 139 in 2018"), else against
        what its sentence says it was ("up from 4.1%"); "" when neither says."""
        series = self.series_of.get(figure.id)
        before = None
        if series is not None and not _conflicted(series):
            now = figure.period
            earlier = [p for p in series.points if now and _before(p.period, now)]
            before = earlier[-1] if earlier else None
        if before is not None:
            was = self._point_value(before)
            when = self._period(before.period)
            on = "on" if len(before.period.start) == 10 and before.period.end is None else "in"
            return f"{_direction(figure.value, before.value, was)} {on} {when}"
        if figure.change is not None and figure.change.before is not None:
            was = _restated(figure, figure.change.before, self.language)
            return _direction(figure.value, figure.change.before, was)
        return ""

    def _point_value(self, point: Point) -> str:
        return in_digits(self.by_id[point.figure], self.language)

    def _bar_value(self, point: Point) -> str:
        return in_short(self.by_id[point.figure], self.language)

    def _period(self, period: Period) -> str:
        return format_period(period, self.language)

    def _tick(self, period: Period, with_year: bool) -> str:
        return format_tick(period, self.language, with_year)


def _conflicted(series: Series) -> bool:
    """Whether a period of `series` has two values: two editions, or (more often) two
    measures its label does not tell apart ("the time within which 90% of patients …" for
    admitted and other patients). Its points are not told against each other."""
    return any(p.conflict for p in series.points)


def _restated(figure: KeyFigure, value: float, language: str) -> str:
    """`value` written as `figure` is: its number in the figure's display ("$74,580" and
    76330 give "$76,330"; "2.34 million" and 2310000 give "2.31 million"), else the number
    and its unit ("4.1%", "3 years")."""
    if scale := SCALE_WORD.search(figure.display):
        value /= SCALES[scale[1].lower()]
    number = format_value(value, None, language)
    if len(NUMBER.findall(figure.display)) == 1:
        return NUMBER.sub(number, _unhedged(figure.display))
    if figure.unit == "%":
        return f"{number}%"
    return f"{number} {figure.unit}" if figure.unit in WORD_UNITS else number


def _unhedged(display: str) -> str:
    """ "Around 80%" as "80%", "about $5 billion" as "$5 billion": the old value of a change
    was told without the new value's hedge ("Around 80% …, up from 77%")."""
    number = NUMBER.search(display)
    head = display[: number.start()] if number else ""
    core = re.sub(r"(?:US)?[$€£¥]$", "", head)
    hedge = QUALIFIER.search(core)
    return display if hedge is None else core[: hedge.start()] + display[len(core) :]


def _before(period: Period, than: Period) -> bool:
    """Whether `period` comes before `than`: it starts and ends earlier. "2012–2013" comes
    before "2013–2014", two financial years written in years that share 2013."""
    return period.start < than.start and (period.end or period.start) < (than.end or than.start)


def _direction(now: float, was: float, was_text: str) -> str:
    if now > was:
        return f"up from {was_text}"
    if now < was:
        return f"down from {was_text}"
    return f"unchanged from {was_text}"
