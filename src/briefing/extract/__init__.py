"""Extraction: sentences, numbers and dates, and from them key figures and events,
each tied to the section and sentence it came from."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from briefing.extract.dates import DateSpan, find_dates
from briefing.extract.figures import make_figure, period_for
from briefing.extract.numbers import find_quantities
from briefing.extract.tables import caption_parts, label_and_period
from briefing.extract.timeline import event_text, make_event
from briefing.ids import slugify
from briefing.model import (
    Block,
    Event,
    Findings,
    KeyFigure,
    ListBlock,
    Paragraph,
    Period,
    Preformatted,
    Report,
    Section,
    Sentence,
    Statement,
    Table,
    child_blocks,
    tables,
)
from briefing.segment.cells import cell_text, is_value_cell

# A table cell holding nothing but a number: "1995", "1,350", "12.5 %".
PLAIN_NUMBER = re.compile(r"[-+\u2212]?\d[\d,.\s\u00a0\u202f]*%?")


def extract(report: Report) -> Findings:
    """The figures and events of a segmented report, each citing its sentence or cell."""
    figures: list[KeyFigure] = []
    events: list[Event] = []
    for section in report.parts:
        heading = _first_period(find_dates(section.title))
        for sentences in _sentence_groups(section):
            dated = [find_dates(s.text) for s in sentences]
            for i, sentence in enumerate(sentences):
                text, statement = sentence.text, Statement(sentence.text, sentence.id, section.id)
                fallback = _nearest_period(dated, i) or heading
                quantities = find_quantities(text, dated[i])
                spans = sorted(
                    [(q.begin, q.end) for q in quantities] + [(d.begin, d.end) for d in dated[i]]
                )
                for quantity in quantities:
                    if not _has_words_around(text, quantity.begin, quantity.end):
                        continue  # a number alone ("two", a list item) says nothing
                    period = period_for(quantity, text, dated[i], fallback)
                    figures.append(make_figure(quantity, statement, period, spans))
                if dated[i]:
                    told = event_text(text, dated[i])  # one text for all its dates
                    events += [make_event(d, told, statement) for d in dated[i]]
        figures += _table_figures(section, heading)
    events.sort(key=lambda e: (e.start, e.end or ""))
    return Findings(
        figures=tuple(_with_ids(figures, lambda f: f"{_short(f.label)}-{_short(f.display, 20)}")),
        timeline=tuple(_with_ids(events, lambda e: f"{e.start}-{_short(e.text)}")),
    )


def _sentence_groups(section: Section) -> list[list[Sentence]]:
    """Sentences by paragraph; a list belongs with the paragraph that introduces it (":")."""
    groups: list[list[Sentence]] = []
    introduces = False
    for block in section.blocks:
        prose = list(_prose(block))
        if isinstance(block, ListBlock) and introduces:
            groups[-1] += [s for p in prose for s in p.sentences]
        else:
            groups += [list(p.sentences) for p in prose]
        introduces = isinstance(block, Paragraph) and block.text.rstrip().endswith(":")
    return groups


def _prose(block: Block) -> Iterator[Paragraph]:
    """The paragraphs read as sentences: not code, captions, header or value cells."""
    if isinstance(block, Paragraph):
        yield block
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row:
                if not cell.header and not is_value_cell(cell):
                    for child in cell.blocks:
                        yield from _prose(child)
    elif not isinstance(block, Preformatted):
        for child in child_blocks(block):
            yield from _prose(child)


def _table_figures(section: Section, heading: Period | None) -> list[KeyFigure]:
    figures = []
    for table in tables(section.blocks):
        caption = table.caption.text if table.caption else ""
        _, unit = caption_parts(caption)
        for cell in (c for row in table.rows for c in row if c.id):
            label, period = label_and_period(cell, caption)
            text, statement = cell_text(cell), Statement(cell.with_headers, cell.id, section.id)
            # A cell that is only a number is a value, even one that looks like a year.
            only_number = bool(PLAIN_NUMBER.fullmatch(text))
            for quantity in find_quantities(text, [] if only_number else None, only_number):
                figure = make_figure(quantity, statement, period or heading, text=text)
                figures.append(
                    _with_caption_unit(replace(figure, label=label or figure.label), unit)
                )
    return figures


def _with_caption_unit(figure: KeyFigure, unit: str | None) -> KeyFigure:
    """A bare number in a table whose caption gives the unit ("(%)") takes that unit."""
    if unit is None or figure.unit is not None:
        return figure
    if unit == "%":
        return replace(figure, unit="%", display=f"{figure.display}%")
    return replace(figure, unit=unit)


def _has_words_around(sentence: str, begin: int, end: int) -> bool:
    return any(ch.isalpha() for ch in sentence[:begin] + sentence[end:])


def _first_period(dates: list[DateSpan]) -> Period | None:
    return Period(dates[0].start, dates[0].until) if dates else None


def _nearest_period(dated: list[list[DateSpan]], i: int) -> Period | None:
    """The date of the nearest other sentence of the paragraph; the earlier one wins a tie."""
    for distance in range(1, len(dated)):
        for j in (i - distance, i + distance):
            if 0 <= j < len(dated) and dated[j]:
                return _first_period(dated[j])
    return None


T = TypeVar("T", KeyFigure, Event)


def _with_ids(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """Ids from content, so they survive edits elsewhere; a repeat adds its sentence's hash."""
    seen: set[str] = set()
    result = []
    for item in items:
        base = key(item)
        candidate = base
        if candidate in seen:
            digest = hashlib.sha1((item.sentence or "").encode()).hexdigest()[:6]
            candidate = f"{base}-{digest}"
            n = 2
            while candidate in seen:
                candidate, n = f"{base}-{digest}-{n}", n + 1
        seen.add(candidate)
        result.append(replace(item, id=candidate))
    return result


def _short(text: str, limit: int = 32) -> str:
    """A slug cut at a word boundary, so that ids stay readable in a sidecar."""
    slug = slugify(text, fallback="item")
    if len(slug) <= limit:
        return slug
    return slug[: slug.rfind("-", 0, limit + 1)] if "-" in slug[:limit] else slug[:limit]
