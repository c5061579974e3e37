"""The key figures and timeline as a plain-text table for the terminal.

Ids are never split (a sidecar names them, so they must copy whole); labels and event texts
wrap. When the columns do not fit the terminal, each row's id and section go on a line of
their own under it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from briefing.model import Briefing, Period
from briefing.parts import PARTS

MIN_TEXT = 20  # the wrapped column is at least this wide


def findings_table(briefing: Briefing, width: int = 100) -> str:
    width = max(width, 40)
    lines = [f"{briefing.title} ({briefing.source})", ""]
    lines.append(f"{PARTS.key_figures.title}: {len(briefing.figures)}")
    figure_rows = [
        (f.display, f.label, _period(f.period), f.section or "(added)", f.id)
        for f in briefing.figures
    ]
    lines += _table(("VALUE", "LABEL", "PERIOD", "SECTION", "ID"), figure_rows, width)
    lines += ["", f"{PARTS.timeline.title}: {len(briefing.timeline)}"]
    event_rows = [
        (_period(Period(e.start, e.end)), e.text, e.section or "(added)", e.id)
        for e in briefing.timeline
    ]
    lines += _table(("DATE", "EVENT", "SECTION", "ID"), event_rows, width)
    return "\n".join(lines) + "\n"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], width: int) -> list[str]:
    """Columns as wide as their content; column 1 (label or text) wraps to fit. The last two
    columns (section and id) move under their row when they would not fit."""
    if not rows:
        return ["  (none)"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    fixed = sum(w for i, w in enumerate(widths) if i != 1) + 2 * len(widths)
    if fixed + MIN_TEXT <= width:
        return _columns(header, rows, widths, width - fixed)
    shown = len(header) - 2  # section and id go underneath
    fixed = sum(w for i, w in enumerate(widths[:shown]) if i != 1) + 2 * shown
    lines = _columns(header[:shown], [r[:shown] for r in rows], widths[:shown], width - fixed, rows)
    return lines


def _columns(
    header: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    widths: list[int],
    text_width: int,
    under: Sequence[tuple[str, ...]] | None = None,
) -> list[str]:
    widths = list(widths)
    widths[1] = max(MIN_TEXT, min(widths[1], text_width))
    out = ["  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for n, row in enumerate(rows):
        wrapped = textwrap.wrap(row[1], widths[1]) or [""]
        for k, part in enumerate(wrapped):
            cells = [part if i == 1 else (cell if k == 0 else "") for i, cell in enumerate(row)]
            out.append(
                "  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
            )
        if under is not None:
            section, id_ = under[n][-2:]
            out.append(f"    id {id_}  ({section})")
    return out


def _period(period: Period | None) -> str:
    if period is None:
        return ""
    return period.start if period.end is None else f"{period.start}–{period.end}"
