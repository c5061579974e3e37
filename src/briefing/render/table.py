"""The key figures and timeline as a plain-text table for the terminal."""

from __future__ import annotations

import textwrap

from briefing.model import Briefing, Period
from briefing.parts import PARTS


def findings_table(briefing: Briefing, width: int = 100) -> str:
    width = max(width, 60)
    lines = [f"{briefing.title} ({briefing.source})", ""]
    lines.append(f"{PARTS.key_figures.title}: {len(briefing.figures)}")
    rows = [
        (f.display, f.label, _period(f.period), f.section or "(added)", f.id)
        for f in briefing.figures
    ]
    lines += _table(("VALUE", "LABEL", "PERIOD", "SECTION", "ID"), rows, width, wrap=1)
    lines += ["", f"{PARTS.timeline.title}: {len(briefing.timeline)}"]
    rows = [(_period(Period(e.start, e.end)), e.text, e.id) for e in briefing.timeline]
    lines += _table(("DATE", "EVENT", "ID"), rows, width, wrap=1)
    return "\n".join(lines) + "\n"


def _table(
    header: tuple[str, ...], rows: list[tuple[str, ...]], width: int, wrap: int
) -> list[str]:
    """Columns as wide as their content; column `wrap` (label or text) wraps to fit."""
    if not rows:
        return ["  (none)"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    wide = wrap
    others = sum(w for i, w in enumerate(widths) if i != wide) + 2 * len(widths)
    widths[wide] = max(20, min(widths[wide], width - others))
    out = ["  " + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for row in rows:
        wrapped = textwrap.wrap(row[wide], widths[wide]) or [""]
        for n, part in enumerate(wrapped):
            cells = [part if i == wide else (cell if n == 0 else "") for i, cell in enumerate(row)]
            out.append(
                "  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
            )
    return out


def _period(period: Period | None) -> str:
    if period is None:
        return ""
    return period.start if period.end is None else f"{period.start}–{period.end}"
