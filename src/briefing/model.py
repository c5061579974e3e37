"""The data that flows through the pipeline: small frozen dataclasses.

Readers return a `Report`; assembly turns it into the `Briefing` that templates
read. No stage mutates what it was given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.parts import PARTS


@dataclass(frozen=True)
class Mark:
    """Inline markup over `text[start:end]` of a paragraph.

    `kind` is "strong", "em", "code", "link" (`target` is the URL) or "note" (a
    note call at `start`, zero-width; `target` is the note's number).
    """

    kind: str
    start: int
    end: int
    target: str | None = None


@dataclass(frozen=True)
class Run:
    """A stretch of a sentence with one set of inline styles: what templates print."""

    text: str
    strong: bool = False
    em: bool = False
    code: bool = False
    href: str | None = None
    note: int | None = None  # a note call (its text is empty): the note's number
    again: bool = False  # a later call of a note called before


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph, with the id that figures and events found in it cite."""

    text: str
    id: str  # stable: derived from its section and text (see `segment`)
    runs: tuple[Run, ...] = ()
    anchor: str | None = None  # its id, set by assembly when a figure or event cites it


@dataclass(frozen=True)
class Paragraph:
    """A run of text and its inline marks; `segment` cuts it into `sentences` (with runs)
    right after reading. Paragraphs are equal when their text and marks are."""

    text: str
    marks: tuple[Mark, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class ListItem:
    """One item of a list: its text, then what is nested under it (lists, paragraphs)."""

    content: Paragraph
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class ListBlock:
    """A bulleted (`ordered=False`) or numbered list."""

    items: tuple[ListItem, ...]
    ordered: bool


@dataclass(frozen=True)
class Definition:
    term: Paragraph
    details: tuple[Paragraph, ...]


@dataclass(frozen=True)
class DefinitionList:
    items: tuple[Definition, ...]


@dataclass(frozen=True)
class Quote:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Preformatted:
    """Text whose lines and spacing are kept; not read for figures."""

    text: str


@dataclass(frozen=True)
class Cell:
    blocks: tuple[Block, ...]
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    align: str | None = None  # "left", "center" or "right", as the author aligned it
    # Set by `segment` on a cell that holds a value: its stable id and its headers' texts.
    id: str | None = None
    row_header: str = ""
    column_header: str = ""
    position: tuple[int, int] | None = None  # (row, column) in the table's grid
    anchor: str | None = None  # its id, set by assembly when a figure cites this cell

    @property
    def with_headers(self) -> str:
        """The value read with its headers ("North, 2019: 12"): what a figure in it cites."""
        heads = ", ".join(h for h in (self.row_header, self.column_header) if h)
        text = " ".join(p.text for p in paragraphs(self.blocks)).strip()
        return f"{heads}: {text}" if heads else text


@dataclass(frozen=True)
class Table:
    """Rows of cells; the first `head` rows are column headers. Spans are at most
    `MAX_SPAN`, so that a table's grid stays small."""

    rows: tuple[tuple[Cell, ...], ...]
    caption: Paragraph | None = None
    head: int = 0
    rows_left_out: int = 0  # body rows cut by assembly to bound the layout's work


MAX_SPAN = 50


Block = Paragraph | ListBlock | DefinitionList | Quote | Preformatted | Table


@dataclass(frozen=True)
class Note:
    """A footnote (PDF) or endnote (EPUB): a citation's readable text."""

    number: int
    content: Paragraph


def child_blocks(block: Block) -> tuple[Block, ...]:
    """The blocks directly inside `block`, in reading order (paragraphs are leaves)."""
    match block:
        case ListBlock(items=items):
            return tuple(b for item in items for b in (item.content, *item.blocks))
        case DefinitionList(items=items):
            return tuple(p for d in items for p in (d.term, *d.details))
        case Quote(blocks=blocks):
            return blocks
        case Table(rows=rows, caption=caption):
            cells = tuple(b for row in rows for cell in row for b in cell.blocks)
            return ((caption,) if caption else ()) + cells
    return ()


def paragraphs(blocks: Iterable[Block]) -> Iterator[Paragraph]:
    """Every paragraph in `blocks` and the blocks nested in them, in reading order."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            yield from paragraphs(child_blocks(block))


def tables(blocks: Iterable[Block]) -> Iterator[Table]:
    """Every table in `blocks`, nested ones included, in reading order."""
    for block in blocks:
        if isinstance(block, Table):
            yield block
        yield from tables(child_blocks(block))


def map_paragraphs(
    block: Block,
    change: Callable[[Paragraph], Paragraph],
    tables: Callable[[Table], Table] | None = None,
) -> Block:
    """`block` with `change` applied to every paragraph in it, however deep, in reading
    order; `tables` sees each table before its paragraphs change."""

    def each(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        return tuple(map_paragraphs(b, change, tables) for b in blocks)

    match block:
        case Paragraph():
            return change(block)
        case ListBlock(items=items):
            return replace(
                block, items=tuple(ListItem(change(i.content), each(i.blocks)) for i in items)
            )
        case DefinitionList(items=items):
            return DefinitionList(
                tuple(Definition(change(d.term), tuple(map(change, d.details))) for d in items)
            )
        case Quote(blocks=blocks):
            return Quote(each(blocks))
        case Table():
            table = tables(block) if tables else block
            caption = change(table.caption) if table.caption else None
            rows = tuple(
                tuple(replace(c, blocks=each(c.blocks)) for c in row) for row in table.rows
            )
            return replace(table, rows=rows, caption=caption)
    return block


@dataclass(frozen=True)
class Section:
    """A heading and the blocks up to the next heading; `level` 2 is `==H==`."""

    id: str
    title: str
    level: int
    blocks: tuple[Block, ...]


LEAD_ID = PARTS.overview.id
LEAD_TITLE = PARTS.overview.title


@dataclass(frozen=True)
class Report:
    """A report as its author wrote it, whatever the syntax."""

    title: str
    lead: tuple[Block, ...]
    sections: tuple[Section, ...]
    source: Path
    language: str | None = None  # None: the project's, else English
    author: str | None = None
    notes: tuple[Note, ...] = ()
    # What a Markdown source's front matter asks of its briefing: the keys of the sidecar,
    # checked, with the lines that errors point at.
    front_matter: Curation | None = None

    @property
    def parts(self) -> tuple[Section, ...]:
        """The lead as a section titled "Overview" (when there is one), then the sections."""
        # Readers never give a section the reserved id "overview".
        lead = (Section(LEAD_ID, LEAD_TITLE, 2, self.lead),) if self.lead else ()
        return lead + self.sections


@dataclass(frozen=True)
class Period:
    start: str
    end: str | None = None

    @property
    def text(self) -> str:
        return self.start if self.end is None else f"{self.start}–{self.end}"


@dataclass(frozen=True)
class Statement:
    """Where a figure or event is stated: a sentence of the report, or a table's value cell."""

    text: str | None
    id: str | None  # the sentence's or cell's id; None for what an editor added
    section: str | None


@dataclass(frozen=True)
class _Stated:
    # The first statement, then any that state it again.
    statements: tuple[Statement, ...] = field(kw_only=True)

    @property
    def section(self) -> str | None:
        return self.statements[0].section if self.statements else None

    @property
    def sentence(self) -> str | None:
        return self.statements[0].text if self.statements else None


@dataclass(frozen=True)
class Amount:
    """An amount in another unit: a conversion given in brackets ("($589,390)")."""

    value: float
    unit: str | None


@dataclass(frozen=True)
class Change:
    """What a sentence says a value changed from, to, or by ("rose from 4.1% to 4.5%")."""

    before: float | None  # "from" in the JSON
    after: float | None  # "to"
    by: float | None  # positive for a rise, negative for a fall


@dataclass(frozen=True)
class KeyFigure(_Stated):
    id: str
    label: str
    value: float
    value_max: float | None
    unit: str | None
    display: str
    period: Period | None
    converted: Amount | None = None
    change: Change | None = None
    # The label of the table cell that states it again, when the text said it first: the
    # cell's row lines up with the table's other years into one series.
    table_label: str | None = None


@dataclass(frozen=True)
class Event(_Stated):
    id: str
    start: str
    end: str | None
    text: str


@dataclass(frozen=True)
class Point:
    """One period's value in a series, and the figure that gave it."""

    period: Period
    value: float
    figure: str  # the figure's id
    conflict: bool = False  # another figure gives this period another value


@dataclass(frozen=True)
class Series:
    """One measure over several periods, in period order: what the briefing draws as a chart."""

    id: str
    label: str
    unit: str | None
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Findings:
    """What extraction found in a report, in reading order (figures) and date order (events)."""

    figures: tuple[KeyFigure, ...]
    timeline: tuple[Event, ...]


@dataclass(frozen=True)
class Cited:
    """A figure or event as the briefing shows it: with the link to its sentence."""

    item: KeyFigure | Event
    anchor: str | None  # the id of its sentence or cell; None for one added by an editor
    section_title: str | None
    when: str  # its period or date as the document's language writes it; "" for none
    text: str  # what it prints as: a figure's label in sentence case, an event's text


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, in the units of the chart's viewBox (y downwards)."""

    x: float
    y: float
    width: float
    height: float
    centre: float  # where its value and period are centred
    value: str  # printed above it ("137"); "" when a crowded chart leaves it out
    value_y: float
    period: str  # printed under it ("2017"); "" when left out
    conflict: bool  # one of two values the report gives for one period


@dataclass(frozen=True)
class Chart:
    """A series drawn small, as bars; the layout's template draws it as SVG. `title` is its
    accessible name, which states its data ("Victims identified: 137 in 2017, 139 in 2018")."""

    id: str  # unique in the briefing: the id of its title element
    title: str
    width: float  # the viewBox
    height: float
    baseline: float  # the y of zero
    period_y: float  # the baseline of the periods under the bars
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Fact:
    """A key figure as the summary shows it: a headline card or a row of Key figures."""

    cited: Cited
    value: str  # in digits: "6", not "six"
    change: str  # since the period before, from its series or sentence ("up from 139 in 2018")
    chart: Chart | None = None  # its series, when the summary draws it (three points or more)


@dataclass(frozen=True)
class TimelineYear:
    """The events of one year, and the years since the group before it (0 for the first):
    a note says "10 years later" where years are skipped."""

    year: str
    events: tuple[Cited, ...]
    later: int


@dataclass(frozen=True)
class Chapter:
    """A top-level section with the sections nested under it: one EPUB document."""

    id: str
    sections: tuple[Section, ...]

    @property
    def title(self) -> str:
        return self.sections[0].title


@dataclass(frozen=True)
class Briefing:
    """Everything a layout prints; templates read it and compute nothing."""

    title: str
    subtitle: str | None
    date: dt.date
    language: str
    author: str | None  # the report's author or the project's organisation; None for neither
    summary: str  # the first sentence: the documents' description
    chapters: tuple[Chapter, ...]
    source: Path
    lead: str = ""  # the lead's first sentences, for the first page
    figures: tuple[KeyFigure, ...] = field(default=())
    timeline: tuple[Event, ...] = field(default=())
    headline: tuple[Fact, ...] = field(default=())  # the first page's cards, pinned first
    key_dates: tuple[Cited, ...] = field(default=())  # the first page's strip, in date order
    table: tuple[Fact, ...] = field(default=())  # Key figures: one row per series or fact, ranked
    appendix: tuple[Cited, ...] = field(default=())  # every other figure, in reading order
    years: tuple[TimelineYear, ...] = field(default=())  # every event, by year
    series: tuple[Series, ...] = field(default=())  # figures that measure one thing over time
    contents: bool = False  # a contents page: only a long briefing has one
    appendix_left_out: int = 0  # figures past the appendix's limit (all are in the JSON)
    events_left_out: int = 0
    audience: str | None = None
    classification: str | None = None
    conforms_to: str | None = None  # the sidecar's accessibility claim, made by its editor
    certified_by: str | None = None
    date_text: str = ""
    notes: tuple[Note, ...] = ()  # numbered in order of first call; content split into runs

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(s for chapter in self.chapters for s in chapter.sections)

    @property
    def trends(self) -> bool:
        """Whether a row of Key figures has a chart or a change to show."""
        return any(fact.chart or fact.change for fact in self.table)

    @property
    def timeline_summary(self) -> str:
        """The timeline in words, for a reader who cannot see its graphic (and one in a
        hurry): "15 events from 1996 to 2023, by year"."""
        if not self.years:
            return ""
        count = sum(len(year.events) for year in self.years)
        first, last = self.years[0].year, self.years[-1].year
        span = f"in {first}" if first == last else f"from {first} to {last}, by year"
        return f"{count} {'event' if count == 1 else 'events'} {span}"


@dataclass(frozen=True)
class AddedFigure:
    """A figure an editor adds in the sidecar, as written there."""

    label: str
    value: float
    value_max: float | None
    unit: str | None
    display: str | None  # None: the value, formatted for the document's language
    period: tuple[str, str | None] | None
    section: str | None
    sentence: str | None


@dataclass(frozen=True)
class AddedEvent:
    """An event an editor adds in the sidecar, as written there."""

    start: str
    end: str | None
    text: str
    section: str | None
    sentence: str | None


@dataclass(frozen=True)
class Curation:
    """What an editor asked for, in the sidecar or a source's front matter; empty when
    there is neither."""

    title: str | None = None
    subtitle: str | None = None
    author: str | None = None  # who the briefing is by: a person or an organisation
    date: dt.date | None = None
    audience: str | None = None
    classification: str | None = None
    conforms_to: str | None = None  # an accessibility claim the editor stands behind
    certified_by: str | None = None
    pin: tuple[str, ...] = ()
    rows: int | None = None  # rows of the Key figures table; None: the project's, else 12
    relabel: dict[str, str] = field(default_factory=dict)
    drop: tuple[str, ...] = ()
    add: tuple[AddedFigure, ...] = ()
    drop_events: tuple[str, ...] = ()
    retext_events: dict[str, str] = field(default_factory=dict)
    add_events: tuple[AddedEvent, ...] = ()
    # Each key path ("figures.pin[2]") to the file and line that set it, for errors.
    origins: dict[str, tuple[Path, int]] = field(default_factory=dict, compare=False)
