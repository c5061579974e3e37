"""Assemble the `Briefing` that layouts print: the report, what extraction found, and
what the editor asked for in the sidecar."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from babel import UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from briefing.config import AddedEvent, AddedFigure, Curation
from briefing.errors import BriefingError
from briefing.extract.sentences import split_sentences
from briefing.extract.tables import value_cells
from briefing.headline import headline_figures
from briefing.ids import sentence_anchor, slugify
from briefing.model import (
    Briefing,
    Chapter,
    Cited,
    Event,
    Findings,
    KeyFigure,
    Paragraph,
    Period,
    Report,
    Run,
    Section,
    Sentence,
    Table,
    TimelineYear,
    map_paragraphs,
    paragraphs,
)
from briefing.project import Project
from briefing.runs import sentences as split_runs

UNKNOWN_AUTHOR = "Unknown author"
DEFAULT_LANGUAGE = "en"
# WeasyPrint lays out about 500 short sections a minute: past that, a report is refused at
# once rather than left to run for many minutes.
MAX_SECTIONS = 500
# The summary table and the timeline are for a reader in a hurry, and each row costs layout
# time: past these, the rest is counted in a note and kept in the JSON.
MAX_TABLE_ROWS = 300
MAX_TIMELINE_EVENTS = 300
# WeasyPrint lays out a long table at about 10 ms a row, and more as pages add up: the
# report's tables together show this many rows, and a note says how many more there are.
MAX_REPORT_TABLE_ROWS = 1500


def assemble(
    report: Report,
    findings: Findings,
    curation: Curation | None = None,
    project: Project | None = None,
) -> Briefing:
    curation = curation or Curation()
    project = project or Project()
    if curation.conforms_to and not curation.certified_by:
        raise curation.error("conforms_to", "a claim needs certified_by: who evaluated it")
    language = report.language or project.language or DEFAULT_LANGUAGE
    sections = report.parts
    if not sections:
        raise BriefingError(f"source has no text to brief ({report.source})")
    if len(sections) > MAX_SECTIONS:
        raise BriefingError(
            f"source has {len(sections)} sections, more than the {MAX_SECTIONS} a briefing "
            f"lays out ({report.source})",
            hint="split the report into several sources",
        )
    section_ids = [s.id for s in sections]
    figures = curate_figures(findings.figures, curation, section_ids, language)
    timeline = curate_events(findings.timeline, curation, section_ids)
    titles = {s.id: s.title for s in sections}
    date = curation.date or briefing_date(report)
    anchoring = _Anchoring([*figures, *timeline])
    chapters = _chapters(tuple(map(anchoring.section, sections)))
    notes = tuple(
        replace(n, content=replace(n.content, sentences=anchoring.sentences(n.content, None)))
        for n in report.notes
    )

    def cite(item: KeyFigure | Event) -> Cited:
        return _cited(item, titles, language, anchoring.placed)

    return Briefing(
        title=curation.title or report.title,
        subtitle=curation.subtitle,
        date=date,
        date_text=format_day(date, language),
        language=language,
        author=report.author or project.organisation or UNKNOWN_AUTHOR,
        summary=_first_sentence(sections),
        chapters=chapters,
        notes=notes,
        source=report.source,
        figures=figures,
        timeline=timeline,
        headline=tuple(map(cite, headline_figures(figures, curation.pin))),
        table=tuple(map(cite, figures[:MAX_TABLE_ROWS])),
        years=_years(timeline[:MAX_TIMELINE_EVENTS], cite),
        figures_left_out=max(len(figures) - MAX_TABLE_ROWS, 0),
        events_left_out=max(len(timeline) - MAX_TIMELINE_EVENTS, 0),
        audience=curation.audience,
        classification=curation.classification or project.classification,
        conforms_to=curation.conforms_to,
        certified_by=curation.certified_by,
    )


def curate_figures(
    found: Sequence[KeyFigure], curation: Curation, section_ids: Sequence[str], language: str
) -> tuple[KeyFigure, ...]:
    """Drop, relabel and add figures as the sidecar says; every id it names must exist."""
    known = [f.id for f in found]
    _check_ids(curation, "figures.drop", curation.drop, known, "figure")
    _check_ids(curation, "figures.relabel", list(curation.relabel), known, "figure", keyed=True)
    figures = [
        replace(f, label=curation.relabel.get(f.id, f.label))
        for f in found
        if f.id not in curation.drop
    ]
    for i, added in enumerate(curation.add):
        figures.append(
            _added_figure(
                added, curation, f"figures.add[{i}]", section_ids, language, {f.id for f in figures}
            )
        )
    _check_ids(curation, "figures.pin", curation.pin, [f.id for f in figures], "figure")
    return tuple(figures)


def curate_events(
    found: Sequence[Event], curation: Curation, section_ids: Sequence[str]
) -> tuple[Event, ...]:
    known = [e.id for e in found]
    _check_ids(curation, "events.drop", curation.drop_events, known, "event")
    _check_ids(curation, "events.retext", list(curation.retext_events), known, "event", keyed=True)
    events = [
        replace(e, text=curation.retext_events.get(e.id, e.text))
        for e in found
        if e.id not in curation.drop_events
    ]
    for i, added in enumerate(curation.add_events):
        events.append(
            _added_event(
                added, curation, f"events.add[{i}]", section_ids, taken={e.id for e in events}
            )
        )
    return tuple(sorted(events, key=lambda e: (e.start, e.end or "")))


def briefing_date(report: Report) -> dt.date:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else the source's last change."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            seconds = int(epoch)
        except ValueError:
            raise BriefingError(
                f"SOURCE_DATE_EPOCH is not a whole number of seconds: {epoch!r}"
            ) from None
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    mtime = report.source.stat().st_mtime
    return dt.datetime.fromtimestamp(mtime, dt.UTC).date()


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
            raise curation.error(where, f'no {kind} with id "{item}" (known: {shown or "none"})')


def _check_section(
    curation: Curation, key: str, section: str | None, section_ids: Sequence[str]
) -> None:
    if section is not None and section not in section_ids:
        raise curation.error(
            key, f'no section with id "{section}" (known: {", ".join(section_ids)})'
        )


def _added_figure(
    added: AddedFigure,
    curation: Curation,
    key: str,
    section_ids: Sequence[str],
    language: str,
    taken: set[str],
) -> KeyFigure:
    _check_section(curation, f"{key}.section", added.section, section_ids)
    period = Period(*added.period) if added.period else None
    display = added.display or format_value(added.value, added.value_max, language)
    return KeyFigure(
        id=_unique(slugify(f"{added.label} {display}"), taken),
        label=added.label,
        value=added.value,
        value_max=added.value_max,
        unit=added.unit,
        display=display,
        period=period,
        section=added.section,
        sentence=added.sentence,
    )


def _added_event(
    added: AddedEvent, curation: Curation, key: str, section_ids: Sequence[str], taken: set[str]
) -> Event:
    _check_section(curation, f"{key}.section", added.section, section_ids)
    return Event(
        id=_unique(slugify(f"{added.start} {added.text}"), taken),
        start=added.start,
        end=added.end,
        text=added.text,
        section=added.section,
        sentence=added.sentence,
    )


def format_day(day: dt.date, language: str) -> str:
    """The date as the document's language writes it in full ("29 November 2026")."""
    try:
        return format_date(day, format="long", locale=_locale(language))
    except (UnknownLocaleError, ValueError):
        return day.isoformat()


def format_value(value: float, value_max: float | None, language: str) -> str:
    """A number, or a range, with the separators of the document's language."""
    try:
        numbers = [
            format_decimal(v, locale=_locale(language)) for v in (value, value_max) if v is not None
        ]
    except (UnknownLocaleError, ValueError):
        numbers = [str(v) for v in (value, value_max) if v is not None]
    return "–".join(numbers)


class _Anchoring:
    """Split paragraphs into sentences with runs, anchoring the cited sentences and cells;
    note calls after a note's first are marked `again` (the PDF prints its footnote once).

    The report's tables together show at most `MAX_REPORT_TABLE_ROWS` body rows; `placed`
    collects the anchors that made it into the text, so no link points at a cut row.
    """

    def __init__(self, cited: Sequence[KeyFigure | Event]) -> None:
        self.anchors = {
            sentence_anchor(c.section, c.sentence) for c in cited if c.section and c.sentence
        }
        self.placed: set[str] = set()
        self.called: set[int] = set()
        self.rows_left = MAX_REPORT_TABLE_ROWS

    def section(self, section: Section) -> Section:
        def paragraph(p: Paragraph) -> Paragraph:
            return replace(p, sentences=self.sentences(p, section.id))

        def table(t: Table) -> Table:
            t = self._cut(t)
            cited = {}
            for value in value_cells(t):
                if (anchor := sentence_anchor(section.id, value.sentence)) in self.anchors:
                    cited[id(value.cell)] = anchor
                    self.placed.add(anchor)
            rows = tuple(tuple(replace(c, anchor=cited.get(id(c))) for c in row) for row in t.rows)
            return replace(t, rows=rows)

        blocks = tuple(map_paragraphs(b, paragraph, table) for b in section.blocks)
        return replace(section, blocks=blocks)

    def sentences(self, paragraph: Paragraph, section: str | None) -> tuple[Sentence, ...]:
        def anchor(text: str) -> str | None:
            found = sentence_anchor(section, text) if section else None
            if found not in self.anchors:
                return None
            self.placed.add(found)
            return found

        result = []
        for sentence in split_runs(paragraph, anchor):
            runs = tuple(self._call(r) for r in sentence.runs)
            result.append(replace(sentence, runs=runs))
        return tuple(result)

    def _cut(self, table: Table) -> Table:
        body = len(table.rows) - table.head
        shown = min(body, max(self.rows_left, 0))
        self.rows_left -= shown
        if shown == body:
            return table
        return replace(table, rows=table.rows[: table.head + shown], rows_left_out=body - shown)

    def _call(self, run: Run) -> Run:
        if run.note is None:
            return run
        again = run.note in self.called
        self.called.add(run.note)
        return replace(run, again=again)


def _cited(
    item: KeyFigure | Event, titles: dict[str, str], language: str, placed: set[str]
) -> Cited:
    anchor = (
        sentence_anchor(item.section, item.sentence) if item.section and item.sentence else None
    )
    anchor = anchor if anchor in placed else None
    period = item.period if isinstance(item, KeyFigure) else Period(item.start, item.end)
    when = "" if period is None else format_period(period, language)
    return Cited(item, anchor, titles.get(item.section) if item.section else None, when)


def format_period(period: Period, language: str) -> str:
    """ "2018–2021", "April 2009", "20 April 2009": each end at the precision it has."""
    ends = [format_iso(d, language) for d in (period.start, period.end) if d]
    return "–".join(ends)


def format_iso(iso: str, language: str) -> str:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return iso
    day = dt.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)
    try:
        return format_date(
            day, format="long" if len(parts) == 3 else "MMMM y", locale=_locale(language)
        )
    except (UnknownLocaleError, ValueError):
        return iso


def _locale(language: str) -> str:
    """Babel's name for a language tag: "en-GB" is "en_GB"."""
    return language.replace("-", "_")


def _years(timeline: Sequence[Event], cite: Callable[[Event], Cited]) -> tuple[TimelineYear, ...]:
    """Events grouped by the year they start in; `gap` counts the years with nothing."""
    groups: list[TimelineYear] = []
    for event in timeline:
        year = event.start[:4]
        cited = cite(event)
        if groups and groups[-1].year == year:
            groups[-1] = replace(groups[-1], events=(*groups[-1].events, cited))
        else:
            gap = int(year) - int(groups[-1].year) - 1 if groups else 0
            groups.append(TimelineYear(year, (cited,), gap))
    return tuple(groups)


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _first_sentence(sections: tuple[Section, ...]) -> str:
    for section in sections:
        for paragraph in paragraphs(section.blocks):
            if sentences := split_sentences(paragraph.text):
                return sentences[0]
    return ""


def _chapters(sections: tuple[Section, ...]) -> tuple[Chapter, ...]:
    """Group each section of the top level with the deeper sections that follow it."""
    top = min(s.level for s in sections)
    groups: list[list[Section]] = []
    for section in sections:
        if section.level == top or not groups:
            groups.append([section])
        else:
            groups[-1].append(section)
    return tuple(Chapter(group[0].id, tuple(group)) for group in groups)
