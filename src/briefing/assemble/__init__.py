"""Assemble the `Briefing` that layouts print: the report, what extraction found, and
what the editor asked for in the sidecar."""

from __future__ import annotations

import re

from briefing.assemble.anchoring import MAX_REPORT_TABLE_ROWS, Anchoring
from briefing.assemble.curation import check_curation, curate_events, curate_figures
from briefing.assemble.dates import briefing_date, format_day, format_period, writing_locale
from briefing.assemble.headline import leading_sections
from briefing.assemble.labels import sentence_case
from briefing.assemble.series import find_series
from briefing.assemble.summary import DEFAULT_ROWS, Summary
from briefing.assemble.timeline import key_dates, timeline_years
from briefing.errors import BriefingError
from briefing.extract.dates import find_dates
from briefing.extract.wording import VERB
from briefing.model import (
    Briefing,
    Chapter,
    Cited,
    Curation,
    Event,
    Findings,
    KeyFigure,
    Period,
    Report,
    Section,
    Table,
    paragraphs,
)
from briefing.project import Project

__all__ = ["MAX_REPORT_TABLE_ROWS", "assemble"]

DEFAULT_LANGUAGE = "en"
# WeasyPrint lays out about 500 short sections a minute: past that, a report is refused at
# once rather than left to run for many minutes.
MAX_SECTIONS = 500
# The appendix and the timeline are lists to look things up in, and each row costs layout
# time: past these, the rest is counted in a note and kept in the JSON.
MAX_APPENDIX_ROWS = 300
MAX_TIMELINE_EVENTS = 300
# A contents page earns its page when the briefing is long: a report of more than about
# 2,000 words (four pages of text or more after the summary) or of more than 12 sections.
# Shorter ones are read through; the PDF's bookmarks and the EPUB's navigation are always
# there.
CONTENTS_WORDS = 2000
CONTENTS_SECTIONS = 12
LEAD_WORDS = 90  # the first page's lead: whole sentences, about this many words


def assemble(
    report: Report,
    findings: Findings,
    curation: Curation | None = None,
    project: Project | None = None,
) -> Briefing:
    curation = curation or Curation()
    project = project or Project()
    language = report.language or project.language or DEFAULT_LANGUAGE
    writing = writing_locale(language, project.locale)
    sections = _checked_parts(report)
    section_ids = [s.id for s in sections]
    figures = curate_figures(findings.figures, curation, writing)
    timeline = curate_events(findings.timeline, curation)
    check_curation(curation, findings, figures, section_ids)
    titles = {s.id: s.title for s in sections}
    date = curation.date or briefing_date(report)
    anchoring = Anchoring(q.id for item in (*figures, *timeline) for q in item.statements if q.id)
    chapters = _chapters(tuple(map(anchoring.section, sections)))
    notes = tuple(map(anchoring.note, report.notes))

    def cite(item: KeyFigure | Event) -> Cited:
        return _cited(item, titles, writing, anchoring.placed)

    series = find_series(figures)
    leads = leading_sections([(s.id, s.title) for s in report.parts])
    summary = Summary(figures, series, cite, writing, leads)
    table = summary.rows(curation.pin, curation.rows or project.rows or DEFAULT_ROWS)
    appendix = summary.appendix(table)
    return Briefing(
        title=curation.title or report.title,
        subtitle=curation.subtitle,
        date=date,
        date_text=format_day(date, writing),
        language=language,
        author=curation.author or report.author or project.organisation,
        summary=_first_sentence(sections),
        lead=_lead(sections),
        chapters=chapters,
        notes=notes,
        source=report.source,
        figures=figures,
        series=series,
        timeline=timeline,
        headline=summary.headline(curation.pin),
        key_dates=tuple(map(cite, key_dates(timeline))),
        table=table,
        appendix=tuple(map(cite, appendix[:MAX_APPENDIX_ROWS])),
        years=timeline_years(timeline[:MAX_TIMELINE_EVENTS], cite),
        contents=_long(sections),
        appendix_left_out=max(len(appendix) - MAX_APPENDIX_ROWS, 0),
        events_left_out=max(len(timeline) - MAX_TIMELINE_EVENTS, 0),
        audience=curation.audience,
        classification=curation.classification or project.classification,
        conforms_to=curation.conforms_to,
        certified_by=curation.certified_by,
    )


def _checked_parts(report: Report) -> tuple[Section, ...]:
    sections = report.parts
    if not sections:
        raise BriefingError("source has no text to brief", path=report.source)
    if len(sections) > MAX_SECTIONS:
        raise BriefingError(
            f"source has {len(sections)} sections, more than the {MAX_SECTIONS} a briefing "
            "lays out",
            hint="split the report into several sources",
            path=report.source,
        )
    return sections


def _cited(
    item: KeyFigure | Event, titles: dict[str, str], language: str, placed: set[str]
) -> Cited:
    first = item.statements[0].id if item.statements else None
    anchor = first if first in placed else None
    if isinstance(item, KeyFigure):
        period, text = item.period, sentence_case(item.label)
    else:
        period, text = Period(item.start, item.end), item.text
    when = "" if period is None else format_period(period, language)
    return Cited(item, anchor, titles.get(item.section) if item.section else None, when, text)


def _first_sentence(sections: tuple[Section, ...]) -> str:
    for section in sections:
        for paragraph in paragraphs(section.blocks):
            if paragraph.sentences and paragraph.sentences[0].text:
                return paragraph.sentences[0].text
    return ""


def _lead(sections: tuple[Section, ...]) -> str:
    """The first sentences of the report, about LEAD_WORDS words of them (at least one): its
    prose, not a table's title and cells read as sentences; past a first section that holds
    only a masthead, the next one's."""
    taken: list[str] = []
    words = 0
    first = next((s for s in sections if _has_prose(s)), sections[0])
    prose = (block for block in first.blocks if not isinstance(block, Table))
    for paragraph in paragraphs(prose):
        for sentence in paragraph.sentences:
            if _is_furniture(sentence.text):
                continue  # "February 6, 2008", "A Congressional Budget Office Analysis"
            count = len(sentence.text.split())
            if taken and words + count > LEAD_WORDS:
                return " ".join(taken)
            taken.append(_ended(sentence.text))
            words += count
    return " ".join(taken)


def _ended(text: str) -> str:
    """A list item or a line ended as a sentence is, so that the lead does not run on."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", ":", ";", "…")) else f"{text}."


def _is_furniture(text: str) -> bool:
    """A line above the text that says nothing by itself: a date alone, a few words without
    a verb, or a masthead ("TRAFFIC SAFETY FACTS Research Note DOT HS 812 246 March 2016")."""
    if VERB.search(text):
        return False
    dates = find_dates(text)
    if len(text.split()) > 6:
        return (
            len(text.split()) <= 16 and bool(dates) and text.rstrip(" .").endswith(dates[-1].text)
        )
    alone = len(dates) == 1 and not text.replace(dates[0].text, "").strip(" ,.")
    return alone or not re.search(r"\d", text)  # not "161,180 households on the caseload"


def _has_prose(section: Section) -> bool:
    prose = (block for block in section.blocks if not isinstance(block, Table))
    return any(
        not _is_furniture(sentence.text)
        for paragraph in paragraphs(prose)
        for sentence in paragraph.sentences
    )


def _long(sections: tuple[Section, ...]) -> bool:
    """Whether the briefing is long enough to need a contents page."""
    if len(sections) > CONTENTS_SECTIONS:
        return True
    words = 0
    for section in sections:
        for paragraph in paragraphs(section.blocks):
            words += len(paragraph.text.split())
            if words > CONTENTS_WORDS:
                return True
    return False


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
