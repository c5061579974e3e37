"""The report's text as the briefing prints it: the sentences and cells that figures and
events cite get their anchors, long tables are cut, and a note's later calls are marked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from briefing.model import Cell, Note, Paragraph, Run, Section, Sentence, Table, map_paragraphs

# WeasyPrint lays out a long table at about 10 ms a row, and more as pages add up: the
# report's tables together show this many rows, and a note says how many more there are.
MAX_REPORT_TABLE_ROWS = 1500


class Anchoring:
    """Anchors on the cited sentences and cells; `placed` collects those that made it into
    the text, so that no link points at a row cut from a long table. Note calls after a
    note's first are marked `again` (the PDF prints its footnote once)."""

    def __init__(self, cited: Iterable[str]) -> None:
        self.cited = frozenset(cited)
        self.placed: set[str] = set()
        self.called: set[int] = set()
        self.rows_left = MAX_REPORT_TABLE_ROWS

    def section(self, section: Section) -> Section:
        blocks = tuple(map_paragraphs(b, self.paragraph, self._table) for b in section.blocks)
        return replace(section, blocks=blocks)

    def note(self, note: Note) -> Note:
        return replace(note, content=self.paragraph(note.content))

    def paragraph(self, paragraph: Paragraph) -> Paragraph:
        return replace(paragraph, sentences=tuple(map(self._sentence, paragraph.sentences)))

    def _sentence(self, sentence: Sentence) -> Sentence:
        runs = tuple(self._call(r) for r in sentence.runs)
        return replace(sentence, runs=runs, anchor=self._anchor(sentence.id))

    def _table(self, table: Table) -> Table:
        table = self._cut(table)
        rows = tuple(tuple(map(self._cell, row)) for row in table.rows)
        return replace(table, rows=rows)

    def _cell(self, cell: Cell) -> Cell:
        return replace(cell, anchor=self._anchor(cell.id)) if cell.id else cell

    def _anchor(self, id: str) -> str | None:
        if id not in self.cited:
            return None
        self.placed.add(id)
        return id

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
