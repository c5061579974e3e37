"""The briefing's data as JSON, in the shape the design agrees on."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from briefing.model import Briefing, Change, Event, KeyFigure, Series


def briefing_data(briefing: Briefing) -> dict[str, object]:
    return {
        "title": briefing.title,
        "language": briefing.language,
        "source": _display_path(briefing.source),
        "sections": [{"id": s.id, "title": s.title, "level": s.level} for s in briefing.sections],
        "figures": [_figure(f) for f in briefing.figures],
        "series": [_series(s) for s in briefing.series],
        "timeline": [_event(e) for e in briefing.timeline],
    }


def _figure(figure: KeyFigure) -> dict[str, object]:
    return {
        "id": figure.id,
        "label": figure.label,
        "value": figure.value,
        "value_max": figure.value_max,
        "unit": figure.unit,
        "display": figure.display,
        "period": figure.period and asdict(figure.period),
        "converted": figure.converted and asdict(figure.converted),
        "change": figure.change and _change(figure.change),
        "section": figure.section,
        "sentence": figure.sentence,
        "sentences": [s.text for s in figure.statements if s.text],
    }


def _series(series: Series) -> dict[str, object]:
    return {
        "id": series.id,
        "label": series.label,
        "unit": series.unit,
        "points": [
            {"period": asdict(p.period), "value": p.value, "figure": p.figure}
            | ({"conflict": True} if p.conflict else {})
            for p in series.points
        ],
    }


def _change(change: Change) -> dict[str, float | None]:
    return {"from": change.before, "to": change.after, "by": change.by}


def _event(event: Event) -> dict[str, object]:
    return {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "text": event.text,
        "section": event.section,
        "sentence": event.sentence,
    }


def render_json(briefing: Briefing) -> bytes:
    # Strict JSON: no NaN or Infinity, which strict parsers refuse (none can get this far).
    text = json.dumps(briefing_data(briefing), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _display_path(path: Path) -> str:
    """Relative to the working folder when inside it, so the JSON does not leak home paths."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name
