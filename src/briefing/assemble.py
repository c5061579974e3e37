"""Assemble the `Briefing` that layouts print from a `Report` and what was extracted."""

from __future__ import annotations

import datetime as dt
import os

from briefing.errors import BriefingError
from briefing.extract.sentences import split_sentences
from briefing.model import Briefing, Chapter, Report, Section

UNKNOWN_AUTHOR = "Unknown author"


def assemble(report: Report) -> Briefing:
    sections = report.parts
    if not sections:
        raise BriefingError(f"source has no text to brief ({report.source})")
    return Briefing(
        title=report.title,
        subtitle=None,
        date=briefing_date(report),
        language=report.language,
        author=report.author or UNKNOWN_AUTHOR,
        summary=_first_sentence(sections),
        chapters=_chapters(sections),
        source=report.source,
    )


def briefing_date(report: Report) -> dt.date:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else the source's last change."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            seconds = int(epoch)
        except ValueError:
            raise BriefingError(
                f"SOURCE_DATE_EPOCH is not a whole number of seconds: {epoch!r}"
            ) from None
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    mtime = report.source.stat().st_mtime
    return dt.datetime.fromtimestamp(mtime, dt.UTC).date()


def _first_sentence(sections: tuple[Section, ...]) -> str:
    for section in sections:
        for block in section.blocks:
            sentences = split_sentences(block.text)
            if sentences:
                return sentences[0]
    return ""


def _chapters(sections: tuple[Section, ...]) -> tuple[Chapter, ...]:
    """Group each section of the top level with the deeper sections that follow it."""
    top = min(s.level for s in sections)
    groups: list[list[Section]] = []
    for section in sections:
        if section.level == top or not groups:
            groups.append([section])
        else:
            groups[-1].append(section)
    return tuple(Chapter(group[0].id, tuple(group)) for group in groups)
