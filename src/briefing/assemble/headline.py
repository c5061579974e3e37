"""Which key figures the cover shows: the editor's pins first, then the best-ranked.

The ranking serves a reader in a hurry. A figure scores for:
- standing in the lead (the overview), or in a first section headed as a summary ("Key
  findings", "Main points"), which is where a report states what matters most;
- being recent: its period's year, on a scale from the report's oldest to newest figure;
- its kind: a count ("20 victims") says most at a glance, then money and percentages, then
  scores and ratings, then durations and shares, which need their sentence to make sense;
- having a label (a figure labelled only "figure" is hard to read on a card), and one that
  counts what happened rather than the places that reported it ("40 states").
Ties keep reading order, and a sentence or a label gives at most one card while other
figures are left, so that the cover shows different things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import LEAD_ID, KeyFigure

MIN_CARDS, MAX_CARDS = 3, 5
LEADS = frozenset({LEAD_ID})
# A first section that states what matters most, as a lead does.
SUMMARY_HEADING = re.compile(
    r"^\s*(?:(?:key|main)\s+(?:findings|points|results|messages)|highlights|summary|"
    r"summary\s+of\s+(?:key\s+|main\s+)?findings|at\s+a\s+glance|in\s+brief)\s*:?\s*$",
    re.IGNORECASE,
)
KIND_SCORES = {None: 2.0, "%": 1.5, "percentage points": 1.0, "tier": 1.0, "share": 0.5}
CURRENCY_SCORE, SCORE_SCORE, DURATION_SCORE = 1.5, 1.0, 0.5
TABLE_CELL_PENALTY = 1.5
DURATIONS = {"years", "months", "weeks", "days", "hours"}
# A count whose label is only places: the places that reported, not what they reported.
_PLACES = re.compile(
    r"^(?:U\.?S\.?\s+|EU\s+|member\s+)?(?:states|countries|jurisdictions|provinces|regions|"
    r"counties|districts|municipalities|territories|cantons|agencies)$",
    re.IGNORECASE,
)


def headline_figures(
    figures: Sequence[KeyFigure], pinned: Sequence[str], leads: frozenset[str] = LEADS
) -> list[KeyFigure]:
    """Pinned figures in the editor's order (up to five), topped up to four by rank;
    `leads` are the ids of the sections that state what matters most."""
    by_id = {f.id: f for f in figures}
    chosen = [by_id[i] for i in pinned][:MAX_CARDS]
    wanted = max(MIN_CARDS + 1 - len(chosen), 0)
    span = year_span(figures)
    ranked = sorted((f for f in figures if f not in chosen), key=lambda f: -score(f, span, leads))
    seen = {f.sentence for f in chosen} | {f.label for f in chosen}
    for figure in ranked:
        if wanted == 0:
            break
        if {figure.sentence, figure.label} & seen:
            continue
        chosen.append(figure)
        seen |= {figure.sentence, figure.label}
        wanted -= 1
    for figure in ranked:  # too few different ones: repeats are better than an empty cover
        if wanted == 0:
            break
        if figure not in chosen:
            chosen.append(figure)
            wanted -= 1
    return chosen


def year_span(figures: Sequence[KeyFigure]) -> tuple[int, int] | None:
    """The first and last year of `figures`' periods; None when none has a period."""
    years = [y for f in figures if (y := _year(f)) is not None]
    return (min(years), max(years)) if years else None


def leading_sections(sections: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The lead, and of the first two sections (id, title) those headed as a summary."""
    return LEADS | {i for i, title in sections[:2] if SUMMARY_HEADING.match(title)}


def score(figure: KeyFigure, span: tuple[int, int] | None, leads: frozenset[str] = LEADS) -> float:
    """`span` is the first and last year of the report's figures; `leads` as above."""
    total = 3.0 if figure.section in leads else 0.0
    total += 2.0 * _recency(figure, span)
    total += _kind(figure.unit)
    if figure.label == "figure":
        total -= 2.0
    if figure.unit is None and _PLACES.search(figure.label):
        total -= 3.0  # "40 states and DC reported an increase": who reported, not what
    if figure.table_label and len(figure.statements) == 1:
        total -= TABLE_CELL_PENALTY  # a cell the text never tells: detail, not a finding
    return total


def _kind(unit: str | None) -> float:
    if unit in KIND_SCORES:
        return KIND_SCORES[unit]
    if unit in DURATIONS:
        return DURATION_SCORE
    if unit and unit.startswith("out of"):
        return SCORE_SCORE
    return CURRENCY_SCORE  # ISO currency codes


def _recency(figure: KeyFigure, span: tuple[int, int] | None) -> float:
    year = _year(figure)
    if year is None or span is None or span[0] == span[1]:
        return 0.0
    return (year - span[0]) / (span[1] - span[0])


def _year(figure: KeyFigure) -> int | None:
    if figure.period is None:
        return None
    return int((figure.period.end or figure.period.start)[:4])
