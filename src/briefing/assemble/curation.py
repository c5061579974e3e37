"""What the editor asked for in the sidecar: figures and events dropped, relabelled,
retold and added. Every id the sidecar names must exist: `check_curation` reports each
that does not, all in one run."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from briefing.assemble.dates import format_value
from briefing.config import curation_problem
from briefing.errors import BriefingError, Problem
from briefing.ids import numbered, slugify
from briefing.model import (
    AddedEvent,
    AddedFigure,
    Curation,
    Event,
    Findings,
    KeyFigure,
    Period,
    Statement,
)


def curate_figures(
    found: Sequence[KeyFigure], curation: Curation, language: str
) -> tuple[KeyFigure, ...]:
    """Drop, relabel and add figures as the sidecar says."""
    figures = [
        replace(f, label=curation.relabel.get(f.id, f.label))
        for f in found
        if f.id not in curation.drop
    ]
    for added in curation.add:
        figures.append(_added_figure(added, language, {f.id for f in figures}))
    return tuple(figures)


def curate_events(found: Sequence[Event], curation: Curation) -> tuple[Event, ...]:
    """Drop, retell and add events as the sidecar says; in date order."""
    events = [
        replace(e, text=curation.retext_events.get(e.id, e.text))
        for e in found
        if e.id not in curation.drop_events
    ]
    for added in curation.add_events:
        events.append(_added_event(added, {e.id for e in events}))
    return tuple(sorted(events, key=lambda e: (e.start, e.end or "")))


def check_curation(
    curation: Curation, found: Findings, figures: Sequence[KeyFigure], section_ids: Sequence[str]
) -> None:
    """Raise every id and section the curation names that does not exist (pins among the
    `figures` curated, the others among those `found`), and a claim no one certified."""
    figure_ids, event_ids = [f.id for f in found.figures], [e.id for e in found.timeline]
    problems = [
        *_unknown_ids(curation, "figures.drop", curation.drop, figure_ids, "figure"),
        *_unknown_ids(curation, "figures.relabel", curation.relabel, figure_ids, "figure"),
        *_unknown_sections(curation, "figures.add", curation.add, section_ids),
        *_unknown_ids(curation, "figures.pin", curation.pin, [f.id for f in figures], "figure"),
        *_unknown_ids(curation, "events.drop", curation.drop_events, event_ids, "event"),
        *_unknown_ids(curation, "events.retext", curation.retext_events, event_ids, "event"),
        *_unknown_sections(curation, "events.add", curation.add_events, section_ids),
    ]
    if curation.conforms_to and not curation.certified_by:
        needs = "a claim needs certified_by: who evaluated it"
        problems.insert(0, curation_problem(curation, "conforms_to", needs))
    if problems:
        raise BriefingError.of(problems)


def _unknown_ids(
    curation: Curation,
    key: str,
    ids: Sequence[str] | Mapping[str, str],
    known: Sequence[str],
    kind: str,
) -> Iterator[Problem]:
    """A problem for each of `ids` (a list, or a mapping keyed by id) not in `known`."""
    shown = ", ".join(known[:8]) + (", …" if len(known) > 8 else "")
    for i, item in enumerate(ids):
        if item not in known:
            where = f"{key}.{item}" if isinstance(ids, Mapping) else f"{key}[{i}]"
            message = f'no {kind} with id "{item}" (known: {shown or "none"})'
            yield curation_problem(curation, where, message)


def _unknown_sections(
    curation: Curation,
    key: str,
    added: Sequence[AddedFigure | AddedEvent],
    section_ids: Sequence[str],
) -> Iterator[Problem]:
    for i, item in enumerate(added):
        if item.section is not None and item.section not in section_ids:
            message = f'no section with id "{item.section}" (known: {", ".join(section_ids)})'
            yield curation_problem(curation, f"{key}[{i}].section", message)


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
