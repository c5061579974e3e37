"""The data that flows through the pipeline: small frozen dataclasses.

Readers return a `Report`; assembly turns it into the `Briefing` that templates
read. No stage mutates what it was given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class ListBlock:
    """A bulleted (`ordered=False`) or numbered list; each item is a run of text."""

    items: tuple[str, ...]
    ordered: bool


Block = Paragraph | ListBlock


def block_texts(block: Block) -> tuple[str, ...]:
    """The runs of text of a block that sentences are read from: a paragraph, or each item."""
    return (block.text,) if isinstance(block, Paragraph) else block.items


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
    headline: tuple[KeyFigure, ...] = field(default=())  # for the cover, pinned first
    audience: str | None = None
    classification: str | None = None

    @property
    def date_text(self) -> str:
        return f"{self.date.day} {self.date:%B %Y}"

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(s for chapter in self.chapters for s in chapter.sections)
