"""The data that flows through the pipeline: small frozen dataclasses.

Readers return a `Report`; assembly turns it into the `Briefing` that templates
read. No stage mutates what it was given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Sentence:
    text: str
    anchor: str | None = None  # the id a figure or event links to, when one cites it


@dataclass(frozen=True)
class Paragraph:
    """A run of text; assembly splits it into `sentences` so that cited ones get anchors."""

    text: str
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class ListBlock:
    """A bulleted (`ordered=False`) or numbered list; each item is a paragraph."""

    items: tuple[Paragraph, ...]
    ordered: bool


Block = Paragraph | ListBlock


def block_texts(block: Block) -> tuple[str, ...]:
    """The runs of text of a block that sentences are read from: a paragraph, or each item."""
    return (block.text,) if isinstance(block, Paragraph) else tuple(i.text for i in block.items)


@dataclass(frozen=True)
class Section:
    """A heading and the blocks up to the next heading; `level` 2 is `==H==`."""

    id: str
    title: str
    level: int
    blocks: tuple[Block, ...]


LEAD_ID = "overview"
LEAD_TITLE = "Overview"


@dataclass(frozen=True)
class Report:
    """A report as its author wrote it, whatever the syntax."""

    title: str
    lead: tuple[Block, ...]
    sections: tuple[Section, ...]
    source: Path
    language: str = "en"
    author: str | None = None

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
class KeyFigure:
    id: str
    label: str
    value: float
    value_max: float | None
    unit: str | None
    display: str
    period: Period | None
    section: str | None  # None for a figure an editor added in the sidecar
    sentence: str | None


@dataclass(frozen=True)
class Event:
    id: str
    start: str
    end: str | None
    text: str
    section: str | None
    sentence: str | None


@dataclass(frozen=True)
class Findings:
    """What extraction found in a report, in reading order (figures) and date order (events)."""

    figures: tuple[KeyFigure, ...]
    timeline: tuple[Event, ...]


@dataclass(frozen=True)
class Cited:
    """A figure or event as the briefing shows it: with the link to its sentence."""

    item: KeyFigure | Event
    anchor: str | None  # the anchor of its sentence; None for one added by an editor
    section_title: str | None
    when: str  # its period or date as the document's language writes it; "" for none


@dataclass(frozen=True)
class TimelineYear:
    """The events of one year; `gap` marks years skipped since the previous group."""

    year: str
    events: tuple[Cited, ...]
    gap: int


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
    author: str
    summary: str
    chapters: tuple[Chapter, ...]
    source: Path
    figures: tuple[KeyFigure, ...] = field(default=())
    timeline: tuple[Event, ...] = field(default=())
    headline: tuple[Cited, ...] = field(default=())  # for the cover, pinned first
    table: tuple[Cited, ...] = field(default=())  # the figures, in reading order
    years: tuple[TimelineYear, ...] = field(default=())  # every event, by year
    figures_left_out: int = 0  # figures past the table's limit (all are in the JSON)
    events_left_out: int = 0
    audience: str | None = None
    classification: str | None = None
    date_text: str = ""

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(s for chapter in self.chapters for s in chapter.sections)
