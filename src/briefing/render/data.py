"""The briefing's data as JSON, in the shape the design agrees on. Figures and events cite
their sentences by id, and each sentence's text is written once, in `sentences`: a long
sentence with a thousand figures does not make the JSON a thousand times its size."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from briefing.model import Briefing, Change, Event, KeyFigure, Series, Statement


class _Sentences:
    """The sentences figures and events cite, each once, in the order first cited."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str | None]] = []
        self.ids: set[str] = set()

    def cite(self, statement: Statement) -> str | None:
        """The id of `statement`'s sentence; one an editor added gets one from its text."""
        if not statement.text:
            return None
        key = statement.id or "s-" + hashlib.sha1(statement.text.encode()).hexdigest()[:10]
        if key not in self.ids:
            self.ids.add(key)
            self.rows.append({"id": key, "text": statement.text, "section": statement.section})
        return key


def briefing_data(briefing: Briefing) -> dict[str, object]:
    sentences = _Sentences()
    return {
        "title": briefing.title,
        "language": briefing.language,
        "source": _display_path(briefing.source),
        "sections": [{"id": s.id, "title": s.title, "level": s.level} for s in briefing.sections],
        "figures": [_figure(f, sentences) for f in briefing.figures],
        "series": [_series(s) for s in briefing.series],
        "timeline": [_event(e, sentences) for e in briefing.timeline],
        "sentences": sentences.rows,
    }


def _figure(figure: KeyFigure, sentences: _Sentences) -> dict[str, object]:
    cited = [sentences.cite(s) for s in figure.statements]
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
        "sentence": cited[0] if cited else None,
        "sentences": [c for c in cited if c],
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


def _event(event: Event, sentences: _Sentences) -> dict[str, object]:
    return {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "text": event.text,
        "section": event.section,
        "sentence": sentences.cite(event.statements[0]) if event.statements else None,
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
