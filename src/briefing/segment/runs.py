"""Cut a paragraph into sentences, and each sentence into runs of one inline style.

Marks may overlap sentence boundaries and each other; runs never do, so templates
print them without any nesting to balance.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from briefing.model import Mark, Paragraph, Run, Sentence
from briefing.segment.sentences import split_sentences


def sentences(paragraph: Paragraph, name: Callable[[str], str]) -> tuple[Sentence, ...]:
    """The paragraph's sentences with their runs; `name` gives a sentence's text its id."""
    text, result, position = paragraph.text, [], 0
    spans = []
    for sentence in split_sentences(text):
        start = text.find(sentence, position)
        position = start + len(sentence)
        spans.append((start, position))
    spans = _run_in_heading(text, paragraph.marks, spans)
    for i, (start, end) in enumerate(spans):
        # A note call right after a sentence's last character belongs to that sentence.
        runs = _runs(text, paragraph.marks, start, end, first=i == 0)
        result.append(Sentence(text[start:end], name(text[start:end]), runs))
    if not spans and paragraph.marks:  # a paragraph that is only a note call
        result.append(Sentence("", name(""), _runs(text, paragraph.marks, 0, 0, first=True)))
    return tuple(result)


def _run_in_heading(
    text: str, marks: Sequence[Mark], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ "**Crown Court: outstanding case volumes increased** Receipts (2%) … fell": a bold
    phrase that opens a paragraph, with no stop of its own, heads it; it is a sentence of its
    own, not the subject of the first."""
    if not spans:
        return spans
    first_start, first_end = spans[0]
    bold = next((m for m in marks if m.kind == "strong" and m.start == first_start), None)
    if bold is None or not first_start < bold.end < first_end:
        return spans
    rest = len(text) - len(text[bold.end :].lstrip())
    heading = text[first_start : bold.end].rstrip()
    if not text[rest : rest + 1].isupper() or heading[-1:] in {".", "!", "?", ":", ";", ","}:
        return spans
    return [(first_start, first_start + len(heading)), (rest, first_end), *spans[1:]]


def _runs(text: str, marks: Sequence[Mark], start: int, end: int, first: bool) -> tuple[Run, ...]:
    notes = [
        m
        for m in marks
        if m.kind == "note" and (start < m.start <= end or (first and m.start == start))
    ]
    styles = [m for m in marks if m.kind != "note" and m.start < end and m.end > start]
    cuts = sorted(
        {start, end, *(n.start for n in notes)}
        | {p for m in styles for p in (m.start, m.end) if start < p < end}
    )
    runs: list[Run] = []
    for a, b in pairwise(cuts):
        covering = [m for m in styles if m.start <= a and m.end >= b]
        kinds = {m.kind for m in covering}
        href = next((m.target for m in covering if m.kind == "link"), None)
        runs.append(Run(text[a:b], "strong" in kinds, "em" in kinds, "code" in kinds, href))
        runs += [Run("", note=int(n.target or 0)) for n in notes if n.start == b]
    if first:
        runs[:0] = [Run("", note=int(n.target or 0)) for n in notes if n.start == start]
    return tuple(r for r in runs if r.text or r.note is not None)
