"""What the editor asked for in the sidecar: figures and events dropped, relabelled,
retold and added. Every id the sidecar names must exist."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.assemble.dates import format_value
from briefing.config import curation_error
from briefing.ids import numbered, slugify
from briefing.model import AddedEvent, AddedFigure, Curation, Event, KeyFigure, Period, Statement


def curate_figures(
    found: Sequence[KeyFigure], curation: Curation, section_ids: Sequence[str], language: str
) -> tuple[KeyFigure, ...]:
    """Drop, relabel and add figures as the sidecar says."""
    known = [f.id for f in found]
    _check_ids(curation, "figures.drop", curation.drop, known, "figure")
    _check_ids(curation, "figures.relabel", list(curation.relabel), known, "figure", keyed=True)
    figures = [
        replace(f, label=curation.relabel.get(f.id, f.label))
        for f in found
        if f.id not in curation.drop
    ]
    for i, added in enumerate(curation.add):
        key = f"figures.add[{i}]"
        _check_section(curation, f"{key}.section", added.section, section_ids)
        figures.append(_added_figure(added, language, {f.id for f in figures}))
    _check_ids(curation, "figures.pin", curation.pin, [f.id for f in figures], "figure")
    return tuple(figures)


def curate_events(
    found: Sequence[Event], curation: Curation, section_ids: Sequence[str]
) -> tuple[Event, ...]:
    """Drop, retell and add events as the sidecar says; in date order."""
    known = [e.id for e in found]
    _check_ids(curation, "events.drop", curation.drop_events, known, "event")
    _check_ids(curation, "events.retext", list(curation.retext_events), known, "event", keyed=True)
    events = [
        replace(e, text=curation.retext_events.get(e.id, e.text))
        for e in found
        if e.id not in curation.drop_events
    ]
    for i, added in enumerate(curation.add_events):
        _check_section(curation, f"events.add[{i}].section", added.section, section_ids)
        events.append(_added_event(added, {e.id for e in events}))
    return tuple(sorted(events, key=lambda e: (e.start, e.end or "")))


def _check_ids(
    curation: Curation,
    key: str,
    ids: Iterable[str],
    known: Sequence[str],
    kind: str,
    keyed: bool = False,
) -> None:
    for i, item in enumerate(ids):
        if item not in known:
            shown = ", ".join(known[:8]) + (", …" if len(known) > 8 else "")
            where = f"{key}.{item}" if keyed else f"{key}[{i}]"
            message = f'no {kind} with id "{item}" (known: {shown or "none"})'
            raise curation_error(curation, where, message)


def _check_section(
    curation: Curation, key: str, section: str | None, section_ids: Sequence[str]
) -> None:
    if section is not None and section not in section_ids:
        message = f'no section with id "{section}" (known: {", ".join(section_ids)})'
        raise curation_error(curation, key, message)


def _added_figure(added: AddedFigure, language: str, taken: set[str]) -> KeyFigure:
    display = added.display or format_value(added.value, added.value_max, language)
    return KeyFigure(
        id=_unique(slugify(f"{added.label} {display}"), taken),
        label=added.label,
        value=added.value,
        value_max=added.value_max,
        unit=added.unit,
        display=display,
        period=Period(*added.period) if added.period else None,
        statements=_editors_statement(added.sentence, added.section),
    )


def _added_event(added: AddedEvent, taken: set[str]) -> Event:
    return Event(
        id=_unique(slugify(f"{added.start} {added.text}"), taken),
        start=added.start,
        end=added.end,
        text=added.text,
        statements=_editors_statement(added.sentence, added.section),
    )


def _editors_statement(sentence: str | None, section: str | None) -> tuple[Statement, ...]:
    """Where an editor says an added item comes from; it links nowhere."""
    return (Statement(sentence, None, section),) if sentence or section else ()


def _unique(base: str, taken: set[str]) -> str:
    return numbered([base], taken)[0]
