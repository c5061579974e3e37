"""Figures in tables: a number in a body cell is labelled by its row and column headers.

A header that is a date ("2019", "March 2020") becomes the figure's period instead
of part of its label. The figure's sentence is written from the headers and the
cell ("North, 2019: 12"), and assembly anchors it on the cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.extract.dates import DateSpan, find_dates
from briefing.extract.sentences import split_sentences
from briefing.model import Cell, Period, Table, paragraphs

# A cell longer than this, or of more than one sentence, is prose, read like a paragraph.
VALUE_CELL_WORDS = 12


@dataclass(frozen=True)
class ValueCell:
    cell: Cell
    text: str
    row_header: str
    column_header: str

    @property
    def sentence(self) -> str:
        """The cell read with its headers: what a figure found in it cites."""
        heads = ", ".join(h for h in (self.row_header, self.column_header) if h)
        return f"{heads}: {self.text}" if heads else self.text

    def label_and_period(self, caption: str) -> tuple[str, Period | None]:
        """The headers that are not dates make the label, with what the caption says the
        table holds ("Marrow: households with piped water"); the first date, the period."""
        label, period = [], None
        for header in (self.row_header, self.column_header):
            dates = find_dates(header)
            if dates and period is None and _is_only_date(header, dates[0]):
                period = Period(dates[0].start, dates[0].until)
            elif header:
                label.append(header)
        if period is None and (dates := find_dates(caption)):
            period = Period(dates[0].start, dates[0].until)
        subject, _ = caption_parts(caption)
        heads = ", ".join(label)
        if heads and subject:
            return f"{heads}: {subject}", period
        return heads or subject, period


# "Households with piped water, by region (%)": what the table holds, how it is cut, its unit.
_CAPTION_UNIT = re.compile(r"\s*\(([^()]{1,25})\)\s*$")
_CAPTION_CUT = re.compile(r",?\s+by\s+[\w\s-]+$", re.IGNORECASE)


def caption_parts(caption: str) -> tuple[str, str | None]:
    """(what the table holds, its unit): "Households with piped water, by region (%)"
    gives ("households with piped water", "%")."""
    match = _CAPTION_UNIT.search(caption)
    unit = match[1].strip() if match and not find_dates(match[1]) else None
    subject = caption[: match.start()] if unit and match else caption
    subject = _CAPTION_CUT.sub("", subject).strip(" ,.:;")
    if len(subject) > 1 and subject[1].islower():
        subject = subject[0].lower() + subject[1:]
    return subject, unit


def cell_text(cell: Cell) -> str:
    return " ".join(p.text for p in paragraphs(cell.blocks)).strip()


def is_value_cell(cell: Cell) -> bool:
    text = cell_text(cell)
    return bool(text) and len(text.split()) <= VALUE_CELL_WORDS and len(split_sentences(text)) <= 1


def value_cells(table: Table) -> Iterator[ValueCell]:
    """The body cells of `table` that hold a value, with their headers.

    Row headers are the header cells left of a cell, or else the row's first cell
    when it is text rather than a number.
    """
    grid = _grid(table)
    seen: set[int] = set()  # a spanned cell fills several slots but is read once
    for row in grid[table.head :]:
        for c, cell in enumerate(row):
            if cell is None or cell.header or id(cell) in seen or not is_value_cell(cell):
                continue
            seen.add(id(cell))
            row_header = _row_header(row, c)
            if row_header is None:
                continue  # the row's label itself
            heads = (grid[h][c] for h in range(table.head))
            column = _unique(cell_text(h) for h in heads if h is not None)
            yield ValueCell(cell, cell_text(cell), row_header, column)


def _row_header(row: list[Cell | None], c: int) -> str | None:
    """The row's label for column `c`; None when cell `c` is that label."""
    headers = [cell for cell in row[:c] if cell is not None and cell.header]
    if headers:
        return _unique(cell_text(h) for h in headers)
    first = row[0]
    if first is None or first.header or _is_number(cell_text(first)):
        return ""
    return None if c == 0 else cell_text(first)


def _grid(table: Table) -> list[list[Cell | None]]:
    """The table as rows of equal length: a spanned cell fills every slot it covers."""
    grid: list[list[Cell | None]] = []
    pending: dict[tuple[int, int], Cell] = {}  # slots that a cell above spans into
    for r, row in enumerate(table.rows):
        slots: list[Cell | None] = []
        for cell in row:
            while (r, len(slots)) in pending:
                slots.append(pending.pop((r, len(slots))))
            column = len(slots)
            for dc in range(cell.colspan):
                slots.append(cell)
                for dr in range(1, cell.rowspan):
                    pending[(r + dr, column + dc)] = cell
        while (r, len(slots)) in pending:
            slots.append(pending.pop((r, len(slots))))
        grid.append(slots)
    width = max((len(row) for row in grid), default=0)
    return [row + [None] * (width - len(row)) for row in grid]


def _unique(texts: Iterator[str]) -> str:
    parts: list[str] = []
    for text in texts:
        if text and text not in parts:
            parts.append(text)
    return " ".join(parts)


def _is_number(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)


def _is_only_date(text: str, date: DateSpan) -> bool:
    return len(text.strip()) - (date.end - date.begin) <= 2
