"""Which cells of a table hold a value, and the headers of its row and column.

A value cell is a short body cell (one sentence, a few words). Its row header is the
header cells left of it, or else the row's first cell when that is text rather than a
number; its column header is the head rows' cells above it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing.model import Cell, Table, paragraphs

# A cell longer than this, or of more than one sentence, is prose, read like a paragraph.
VALUE_CELL_WORDS = 12


@dataclass(frozen=True)
class ValueCell:
    cell: Cell
    row_header: str
    column_header: str
    position: tuple[int, int]  # (row, column) in the grid


def cell_text(cell: Cell) -> str:
    return " ".join(p.text for p in paragraphs(cell.blocks)).strip()


def is_value_cell(cell: Cell) -> bool:
    """Short enough to be a value or a label rather than prose (its paragraphs segmented)."""
    text = cell_text(cell)
    sentences = sum(len(p.sentences) for p in paragraphs(cell.blocks))
    return bool(text) and len(text.split()) <= VALUE_CELL_WORDS and sentences <= 1


def value_cells(table: Table) -> Iterator[ValueCell]:
    """The body cells of `table` that hold a value, with their headers, in reading order."""
    grid = _grid(table)
    columns = [
        _unique(cell_text(h) for h in heads if h is not None)
        for heads in zip(*grid[: table.head], strict=True)
    ]
    seen: set[int] = set()  # a spanned cell fills several slots but is read once
    for r, row in enumerate(grid[table.head :], table.head):
        first = row[0] if row else None
        label = _row_label(first)
        headers: list[str] | None = None  # the row's header cells so far, each text once
        for c, cell in enumerate(row):
            if cell is None:
                continue
            if cell.header:
                headers = headers or []
                if (text := cell_text(cell)) and text not in headers:
                    headers.append(text)
                continue
            if id(cell) in seen or not is_value_cell(cell):
                continue
            seen.add(id(cell))
            row_header = " ".join(headers) if headers is not None else label
            if row_header is None and c > 0:
                row_header = cell_text(first) if first is not None else ""
            if row_header is None:
                continue  # the row's label itself
            yield ValueCell(cell, row_header, columns[c] if c < len(columns) else "", (r, c))


# A row that starts with a year ("2001", "2022/23") or a day written in numbers
# ("12/29/2006", "2006-12-29") is that time's row: the time heads it.
_TIME = re.compile(
    r"(?:1[89]|20)\d\d(?:\s*[/–-]\s*\d{2,4})?|\d{1,2}([/.])\d{1,2}\1(?:1[89]|20)\d\d"
    r"|(?:1[89]|20)\d\d-\d\d(?:-\d\d)?"
)


# "0-14", "25–34", "65+": a band of ages or sizes, as a table's first column names its rows.
_BAND = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}|\d{1,3}\s*\+")


def _row_label(first: Cell | None) -> str | None:
    """What heads a row's values when no header cell does: "" for none, or None when the
    first cell is the row's label and no value of its own."""
    if first is None or first.header:
        return ""
    text = cell_text(first)
    if _TIME.fullmatch(text):
        return text
    if _BAND.fullmatch(text):
        return None  # "0-14", "65+": a class of ages or sizes that labels the row
    return "" if _is_number(text) else None


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


def _unique(texts: Iterable[str]) -> str:
    parts: list[str] = []
    for text in texts:
        if text and text not in parts:
            parts.append(text)
    return " ".join(parts)


def _is_number(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)
