"""Figures in tables: a number in a value cell is labelled by its row and column headers.

A header that is a date ("2019", "March 2020") becomes the figure's period instead
of part of its label. The figure cites the cell, read with its headers ("North, 2019:
12").
"""

from __future__ import annotations

import re

from briefing.extract.dates import DateSpan, find_dates
from briefing.model import Cell, Period


def label_and_period(cell: Cell, caption: str) -> tuple[str, Period | None]:
    """The headers of a value cell that are not dates make its label, with what the
    caption says the table holds ("Marrow: households with piped water"); the first date,
    its period."""
    label, period = [], None
    for header in (cell.row_header, cell.column_header):
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


def _is_only_date(text: str, date: DateSpan) -> bool:
    return len(text.strip()) - (date.end - date.begin) <= 2
