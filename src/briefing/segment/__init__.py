"""Segmentation, right after reading: every paragraph cut into sentences (with their
inline runs) and every table's value cells found, each with the stable id that figures
and events cite. No later stage splits text or finds cells again."""

from __future__ import annotations

from dataclasses import replace

from briefing.ids import sentence_anchor
from briefing.model import (
    LEAD_ID,
    Block,
    Paragraph,
    Report,
    Table,
    map_paragraphs,
)
from briefing.segment.cells import value_cells
from briefing.segment.runs import sentences

NOTES_ID = "notes"  # the section id the notes' sentences are named in


def segment(report: Report) -> Report:
    """`report` with sentences and value cells named; the same text gives the same ids."""
    names = _Names()
    return replace(
        report,
        lead=names.blocks(report.lead, LEAD_ID),
        sections=tuple(replace(s, blocks=names.blocks(s.blocks, s.id)) for s in report.sections),
        notes=tuple(replace(n, content=names.paragraph(n.content, NOTES_ID)) for n in report.notes),
    )


class _Names:
    """Ids from a sentence's section and text; a repeat in the report is numbered."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.last: dict[str, int] = {}  # a base's last number: repeats cost one step each

    def name(self, section: str, text: str) -> str:
        base = sentence_anchor(section, text)
        candidate, n = base, self.last.get(base, 1)
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.last[base] = n
        self.used.add(candidate)
        return candidate

    def paragraph(self, paragraph: Paragraph, section: str) -> Paragraph:
        return replace(
            paragraph, sentences=sentences(paragraph, lambda text: self.name(section, text))
        )

    def blocks(self, blocks: tuple[Block, ...], section: str) -> tuple[Block, ...]:
        def paragraph(p: Paragraph) -> Paragraph:
            return self.paragraph(p, section)

        def table(t: Table) -> Table:
            return self.table(t, section)

        # Cells are told apart by their sentences, so they are named once those are known.
        segmented = [map_paragraphs(b, paragraph) for b in blocks]
        return tuple(map_paragraphs(b, _same, table) for b in segmented)

    def table(self, table: Table, section: str) -> Table:
        named = {}
        for value in value_cells(table):
            cell = replace(
                value.cell,
                row_header=value.row_header,
                column_header=value.column_header,
                position=value.position,
            )
            named[id(value.cell)] = replace(cell, id=self.name(section, cell.with_headers))
        rows = tuple(tuple(named.get(id(c), c) for c in row) for row in table.rows)
        return replace(table, rows=rows)


def _same(paragraph: Paragraph) -> Paragraph:
    return paragraph
