"""Extraction: sentences, numbers and dates, and from them key figures and events,
each tied to the section and sentence it came from."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from briefing.extract.changes import Linked, is_money, link
from briefing.extract.clauses import clauses, date_owner, dateline_end
from briefing.extract.context_labels import (
    POINTS_BACK,
    for_each_group,
    generic_named,
    in_the_place_named,
    in_the_places_listed,
    item_label,
    labels_in_context,
    measured_in,
    most_were,
    named_by_the_lead,
    named_by_what_came_before,
    named_past_comparative,
    of_the_named,
    of_the_one_before,
    of_these,
    over_what_span,
    said_to_change,
    seen_in,
    share_and_its_count,
    span_between,
    told_apart,
    told_as_change,
    without_fragments,
    without_verb,
)
from briefing.extract.dates import (
    FINANCIAL_YEAR_TOLD,
    SURVEY_NAMED,
    DateSpan,
    find_dates,
    part_of,
    record_since,
    whole_year,
)
from briefing.extract.facts import events_told_once, merge_restatements, named_by_section
from briefing.extract.figures import make_figure, subject_before
from briefing.extract.money import Currencies, currencies_of
from briefing.extract.numbers import RATE_UNIT, Quantity, find_quantities
from briefing.extract.periods import (
    Dated,
    dates_only_an_old_value,
    defined_year,
    figure_periods,
    in_defined_year,
    mentions,
    named_periods,
    over_window,
)
from briefing.extract.tables import table_figures
from briefing.extract.timeline import (
    about_the_report,
    each_its_own,
    event_dates,
    event_text,
    in_third_person,
    make_event,
    months_in_a_row,
    page_note,
)
from briefing.extract.wording import (
    GENERIC_HEADING,
    as_label,
    for_whom_once,
    names_in,
    with_names,
    without_loose_ends,
)
from briefing.ids import slugify
from briefing.model import (
    Block,
    Change,
    Event,
    Findings,
    KeyFigure,
    ListBlock,
    Paragraph,
    Period,
    Preformatted,
    Report,
    Section,
    Sentence,
    Statement,
    Table,
    child_blocks,
    paragraphs,
    tables,
)
from briefing.segment.cells import is_value_cell


def extract(report: Report) -> Findings:
    """The figures and events of a segmented report, each citing its sentence or cell."""
    lead = " ".join(p.text for p in paragraphs(report.lead))[:2000]
    currencies = currencies_of(f"{report.title} {report.author or ''} {lead}")
    if not currencies.countries:
        # "Embargoed until 10:45am" leads; "New Zealand’s … balance was a $1,495 million
        # deficit" opens the text
        currencies = currencies_of(" ".join(itertools.islice(_texts(report), 12))[:2000])
    reading = _Reading(
        _title_period(report.title)
        or _covered_period(paragraphs(_opening(report)))
        or _collected_period(report),
        _title_year(report.title),
        currencies,
        _title_day(report.title),
    )
    if reading.year is None:  # "rose in April", before the text names its year
        reading.year = _latest_year(_texts(report))
    reading.open_with(next(iter(_texts(report)), ""))
    reading.names = names_in(
        s.text for section in report.parts for group in _groups(section) for s in group.sentences
    )
    for section in report.parts:
        reading.section(section)
    years = defined_year(" ".join(_texts(report)))
    author = report.author
    events = sorted(
        (
            in_third_person(page_note(_in_year(e, years), report.title, author), author)
            for e in reading.events
        ),
        key=lambda e: (e.start, e.end or ""),
    )
    figures = merge_restatements(
        [
            told_as_change(
                _in_dollars(
                    replace(f, period=f.period and in_defined_year(f.period, years)),
                    reading.currencies.dollar,
                )
            )
            for f in reading.figures
        ],
        cells={
            c.id for s in report.parts for t in tables(s.blocks) for r in t.rows for c in r if c.id
        },
    )
    events = events_told_once(events, figures)
    figures = named_by_section(figures, {s.id: s.title for s in report.parts})
    return Findings(
        figures=tuple(_with_ids(figures, lambda f: f"{_short(f.label)}-{_short(f.display, 20)}")),
        timeline=tuple(_with_ids(events, lambda e: f"{e.start}-{_short(e.text)}")),
    )


@dataclass(frozen=True)
class _Group:
    """Sentences read together: a paragraph, or a list item with the sentence before it."""

    sentences: tuple[Sentence, ...]
    intro: Sentence | None = None  # the sentence that introduces a list item ("…:")
    listed: bool = False  # an item of a list
    lead: Sentence | None = None  # the sentence before the intro, which may name the measure


class _Reading:
    """The report read in order, knowing the dates that govern what comes next: the
    report's (from its title), each heading's (or its parent's), each paragraph's."""

    def __init__(
        self,
        report_period: Period | None,
        year: str | None,
        currencies: Currencies,
        written: str | None = None,
    ) -> None:
        self.report_period = report_period
        self.currencies = currencies
        self.year = year
        self.financial = False  # the year is a financial one that starts in April ("2019/20")
        self.titled = year is not None  # the title's year dates what has none, not the text's
        self.headings: list[tuple[int, Period | None]] = []
        self.figures: list[KeyFigure] = []
        self.events: list[Event] = []
        self.named: dict[str, Period] = {}  # "audit period": the dates a report gave it
        self.today: DateSpan | None = None  # the date line of a release, which "today" means
        self.written = written  # the day the title says the report was written
        self.names: frozenset[str] = frozenset()  # words the report writes as names
        self.heading = ""  # the words of the heading over what is read, when they name something
        self.last_main = ""  # the label of the last figure a main clause stated
        self.said_before = ""  # the sentence before, in the same paragraph

    @property
    def _written(self) -> str | None:
        return self.today.start if self.today else self.written

    def _dates(self, text: str) -> list[DateSpan]:
        return find_dates(text, self.year, self._written, financial=self.financial)

    def section(self, section: Section) -> None:
        # "DECEMBER RESULTS" under a report of February 2008: December 2007
        title = section.title.title() if section.title.isupper() else section.title
        own = _first_period(self._dates(title)) or _year_heading(title)
        while self.headings and self.headings[-1][0] >= section.level:
            self.headings.pop()
        inherited = next((p for _, p in reversed(self.headings) if p), None)
        self.headings.append((section.level, own))
        if own and not self.titled and _HEADING_OF_A_YEAR.match(title):
            self.year = own.start[:4]  # "2006 season summary": "January 5th" under it is 2006's
        self.heading = "" if GENERIC_HEADING.match(section.title) else as_label(section.title)
        self.last_main = ""  # "of these" points back within its section
        period = own or inherited or self.report_period
        for group in _groups(section):
            self._group(group, section, period)
        # "These figures are as of September 4, 2004": when the section's tables are of
        stated = self._as_of(section)
        for table in tables(section.blocks):
            dated = stated or self._introduced(section, table) or period
            self.figures += [
                replace(f, label=with_names(f.label, self.names))
                for f in table_figures(table, section, dated, self.currencies)
            ]

    def _introduced(self, section: Section, table: Table) -> Period | None:
        """The date of the sentence that leads into `table` right before it ("Figures on
        abortion for the year ending December 2022 are provided below:")."""
        blocks = list(section.blocks)
        at = next((i for i, b in enumerate(blocks) if b is table), 0)
        lead = blocks[at - 1] if at else None
        if not isinstance(lead, Paragraph) or not lead.sentences:
            return None
        text = lead.sentences[-1].text
        if not _LEADS_TO_TABLE.search(text):
            return None
        # "for the year ending December 2022": a date that qualifies the figures is theirs
        dates = [d for d in self._dates(text) if d.kind in ("date", "modifier")]
        return Period(dates[0].start, dates[0].until) if len(dates) == 1 else None

    def _as_of(self, section: Section) -> Period | None:
        for group in _groups(section):
            for sentence in group.sentences:
                if _AS_OF.match(sentence.text) and (dates := self._dates(sentence.text)):
                    return Period(dates[0].start, dates[0].until)
        return None

    def _group(self, group: _Group, section: Section, section_period: Period | None) -> None:
        opening = group.intro or group.sentences[0]
        # "Employment stood at 510,080 as at 31 March 2022. Of these civil servants:": a list
        # item is of the date of the sentence that leads to its intro, when the intro has none
        led = self._main_period(group.lead.text) if group.intro and group.lead else None
        # "- Each month on average during calendar year 2010, 7.6 million …. This group was
        # composed of …": an item opens like a paragraph when its intro has no date
        first = self._main_period(group.sentences[0].text) if group.intro else None
        paragraph = self._main_period(opening.text) or led or first or section_period
        if group.intro and paragraph is section_period and (told := self._told(group.intro.text)):
            paragraph = told  # "Main findings for the latest year (2019 to 2020):" heads a list
        found: list[tuple[KeyFigure, bool]] = []  # with whether a main clause states it
        self.said_before = ""
        for sentence in group.sentences:
            antecedent = _antecedent(sentence.text, found)
            found += self._sentence(
                sentence, section.id, paragraph if antecedent is None else antecedent[0], found
            )
            self.said_before = sentence.text
            if _FRAMES.match(sentence.text) and (framed := self._main_period(sentence.text)):
                paragraph = framed  # "In 2018, …": what follows, undated, is of 2018 too
        found = _rates_in_unit_told(found)
        if group.listed and group.intro is None:  # "- Under 5 years: 57" under "Total cases"
            found = [(item_label(f, section.title), main) for f, main in found]
        elif group.listed and group.intro:  # "The highest rates were:" "- Melbourne (14,717.3)"
            lead = group.lead.text if group.lead else ""
            found = [(measured_in(f, group.intro.text, lead), main) for f, main in found]
        self.figures += [figure for figure, _ in found]

    def _sentence(
        self,
        sentence: Sentence,
        section: str,
        fallback: Period | None,
        before: list[tuple[KeyFigure, bool]],
    ) -> list[tuple[KeyFigure, bool]]:
        statement = Statement(sentence.text, sentence.id, section)
        text = _without_paragraph_number(sentence.text)
        titles = cited_spans(text)
        dates = [d for d in self._dates(text) if not _inside(titles, d.begin)]
        if _is_dateline(text, dates):
            self.today = dates[0]  # "December 19, 2005": the day a release was issued
            self.year = self.today.start[:4]  # what follows it says "on June 18" of its year
            return []
        released = _today(text, self.today, dates)  # dates the release, not its figures
        self._note_year(dates, text)
        found = [
            q
            for q in find_quantities(text, dates, currencies=self.currencies)
            if _has_words_around(text, q.begin, q.end) and not _inside(titles, q.begin)
        ]
        self.named.update(named_periods(text, dates))
        named = mentions(text, self.named)
        # "Week 2 2025" names a week: its "2025" is no date of its own
        dates = [d for d in dates if not any(n.begin <= d.begin and d.end <= n.end for n in named)]
        dates = sorted(
            dates + named + self._last_year(text) + self._this_year(text), key=lambda d: d.begin
        )
        spans = sorted([(q.begin, q.end) for q in found] + [(d.begin, d.end) for d in dates])
        linked = link(text, found)
        periods = figure_periods(text, linked.figures, dates, fallback)
        told = sorted(dates + released, key=lambda d: d.begin)
        told = [d for d in told if not dates_only_an_old_value(text, d)]
        # "in September and October, …": dates side by side that tell one fact are one event
        told_once: dict[str, tuple[Event, DateSpan]] = {}
        dated = event_dates(text, told)
        own = each_its_own(text, dated)
        for k, date in enumerate(dated):
            if not (said := self._event_text(text, date, told, own[k] if own else None)):
                continue  # "After the floods of 2019, …": the scene, not an event of its own
            event = make_event(date, said, statement)
            first = told_once.get(event.text)
            if first and (first[0].start, first[0].end) == (event.start, event.end):
                continue  # "over 2020, … by the end of 2020": one time, told twice
            if first and months_in_a_row(first[1], date):
                event = replace(first[0], end=event.end or event.start)
            elif first and date.until is None and part_of(first[1], date):
                continue  # "in 2015 … in the January to April period": the months say when
            elif first and first[1].until is None and part_of(date, first[1]):
                pass  # the months of the year told before: they replace it
            elif first:
                self.events.append(first[0])
            told_once[event.text] = (event, date)
        self.events += [event for event, _ in told_once.values()]
        made = []
        sinces: list[DateSpan | None] = []  # "down 10% since 2019": a change's start
        for i, (quantity, placed) in enumerate(zip(linked.figures, periods, strict=True)):
            change = linked.changes.get(i)
            period = _after_change(placed.period, change, dates, text)
            since = _since(text, quantity, dates) if change and change.by is not None else None
            sinces.append(since)
            period = _from_since(period, since)
            period = over_window(text[max(0, quantity.begin - 80) : quantity.begin], period)
            figure = make_figure(quantity, statement, period, spans, text=text)
            unit = figure.unit or _unit_of_comparison(text, linked, i, periods)
            made.append(
                replace(
                    figure,
                    unit=unit,
                    change=change,
                    converted=linked.converted.get(i),
                )
            )
        previous = next((f.label for f, main in reversed(before) if main), "")
        if POINTS_BACK.match(text) and (topic := _topic(before)):
            previous = topic  # "This compares with …": with what the sentence before is about
        labels = of_these([f.label for f in made], text, previous or self.last_main)
        labels = most_were(labels, text, previous or self.last_main)
        labels = of_the_one_before(labels, text, previous)  # in its own paragraph
        labels = labels_in_context(labels, linked.figures, periods, text)
        labels = of_the_named(labels, linked.figures, text)
        labels = share_and_its_count(labels, linked.figures, text)
        labels = named_by_what_came_before(labels, linked.figures, text, previous)
        labels = [
            self._named_elsewhere(text, q) if label == "figure" else label
            for label, q in zip(labels, linked.figures, strict=True)
        ]
        labels = [
            seen_in(without_verb(label, text[max(0, q.begin - 30) : q.begin], q.unit), q.unit)
            for label, q in zip(labels, linked.figures, strict=True)
        ]
        labels = [
            with_names(said_to_change(label, f.unit, f.change), self.names)
            for label, f in zip(labels, made, strict=True)
        ]
        labels = for_each_group(labels, linked.figures, text)
        labels = in_the_place_named(labels, linked.figures, text)
        labels = in_the_places_listed(labels, linked.figures, text)
        labels = [
            over_what_span(
                label,
                *_told_around(text, linked.figures, i),
                _beside(text, linked.figures[i]),
                self.heading,
                span_between(made[i].period, _compared_with(text, linked.figures[i], dates)),
            )
            for i, label in enumerate(
                named_by_the_lead(
                    without_fragments(
                        generic_named(
                            labels,
                            previous or self._subject_before(),
                            bool(POINTS_BACK.match(text)),
                        ),
                        # "More than two thirds of people (67.4%) had received …. This was a
                        # decrease of 3.3% since last year": the figure before, told in brackets
                        previous or next((f.label for f, _ in reversed(before)), ""),
                    ),
                    text,
                )
            )
        ]
        labels = [
            named_past_comparative(
                without_loose_ends(label), text, q.begin, previous or self.last_main
            )
            for label, q in zip(labels, linked.figures, strict=True)
        ]
        reached = [bool(f.change and f.change.after is not None) for f in made]
        apart = told_apart(labels, periods, reached, linked.figures, text)
        labels = _old_values_named(apart, made)
        labels = [
            f"{for_whom_once(label)} {since.text}" if since else for_whom_once(label)
            for label, since in zip(labels, sinces, strict=True)
        ]
        self.last_main = next(
            (label for label, placed in zip(labels, periods, strict=True) if placed.main),
            self.last_main,
        )
        return [
            (replace(figure, label=label), placed.main)
            for figure, label, placed in zip(made, labels, periods, strict=True)
        ]

    def _subject_before(self) -> str:
        """ "The supply of employed medical practitioners continued to grow in 2015. It was
        392 …": what the sentence before, with no figure of its own, was about."""
        text = self.said_before
        return subject_before(text, len(text)) if text else ""

    def _event_text(self, text: str, date: DateSpan, told: list[DateSpan], own: str | None) -> str:
        """The text of the event `date` dates: that of its own conjunct told as a sentence
        (`own`: "Sales rose 3% in 2020" of "Sales rose 5% in 2019 and 3% in 2020"), when it
        holds that date; else that of the whole sentence."""
        if own is not None:
            dates = self._dates(own)
            same = [d for d in dates if (d.start, d.until) == (date.start, date.until)]
            if len(same) == 1:
                return event_text(own, same[0], dates)
        return event_text(text, date, told)

    def _last_year(self, text: str) -> list[DateSpan]:
        """ "Fatalities increased last year", in a release dated September 18, 2006: 2005. A
        comparison's "from last year" is read against its sentence's own time instead."""
        written = self._written
        if not written or "last year" in self.named:
            return []
        return [
            DateSpan(m.start(), m.end(), str(int(written[:4]) - 1), None, m.group(), "date")
            for m in _LAST_YEAR.finditer(text)
            if not _COMPARED_WITH.search(text, max(0, m.start() - 16), m.start())
        ]

    def _this_year(self, text: str) -> list[DateSpan]:
        """ "growth of around 3 per cent over this year", in a statement of February 2019:
        2019, when the report's title or release line says its year; a figure's period, not a
        development's date (a forecast "this year" is no event)."""
        year = self._written[:4] if self._written else self.year if self.titled else None
        if year is None or "this year" in self.named:
            return []
        return [
            DateSpan(m.start(), m.end(), year, None, m.group(), "modifier")
            for m in _THIS_YEAR.finditer(text)
        ]

    def _named_elsewhere(self, text: str, quantity: Quantity) -> str:
        """What a number whose own words name nothing is of: "For 33 years, the Program has
        helped …" is the Program's years; else its clause's subject, else its heading's words
        (a duration never borrows a heading)."""
        if lasting := _FOR_YEARS.match(text):
            what = re.sub(r"^(?:the|its|their)\s+", "", lasting["what"], flags=re.I)
            return f"{lasting['unit']} of {as_label(what)}"
        if subject := subject_before(text, quantity.begin):
            return subject
        durations = {"years", "months", "weeks", "days", "hours"}
        return self.heading if self.heading and quantity.unit not in durations else "figure"

    def open_with(self, first: str) -> None:
        """The report's period is its title's, unless its first sentence tells of the year
        that holds it ("On consumer price changes in December 2011" opens "The consumer
        prices in 2011 have increased by 4.0%"): a release of a year's figures in its last
        month."""
        titled, opened = self.report_period, self._main_period(first)
        if (
            titled
            and opened
            and opened.end is None
            and opened.start == titled.start[:4]
            and len(titled.start) > 4
        ):
            self.report_period = opened

    def _told(self, text: str) -> Period | None:
        """The one date a line tells, whatever its clause: a list's heading has no verb; not
        "Between November 2019 and November 2020:", two times its items compare."""
        dates = [d for d in self._dates(text) if d.kind == "date"]
        if len(dates) != 1 or _BETWEEN.search(text, max(0, dates[0].begin - 10), dates[0].end):
            return None
        return Period(dates[0].start, dates[0].until)

    def _main_period(self, text: str) -> Period | None:
        """The date of the main clause of `text`, which governs what follows it."""
        written = dateline_end(text)
        spans = clauses(text)
        # "last week", once the report has said which week it means, dates what follows too
        found = sorted(self._dates(text) + mentions(text, self.named), key=lambda d: d.begin)
        # "In the week ending April 11, 2020, …": a window that dates the data, not an event
        windows = [d for d in found if d.kind == "modifier" and d.until and len(d.start) == 10]
        # "The report published today describes data for … 1 July 2022 to 31 December 2022,
        # which found:" is no event, but its dates are those of what follows
        described = [d for d in found if d.kind == "date"] if about_the_report(text) else []
        dates = [
            d
            for d in event_dates(text, found) or described or windows
            if d.begin >= written
            and date_owner(text, spans, d, after_time=True).kind == "main"
            and not dates_only_an_old_value(text, d)  # "increased from 84% in April 2016 to …"
            # "… has pledged 0.7% of GNI by 2030": a deadline, not what the paragraph is of
            and not (_DEADLINE.match(d.text) and text[: d.begin].strip())
            # "Camelot, who held the licence until 31 January 2024, …": when something ended
            and not _UNTIL.match(d.text)
        ]
        return Period(dates[0].start, dates[0].until) if dates else None

    def _note_year(self, dates: list[DateSpan], text: str) -> None:
        """The year a month told alone after this is of: the last one the text tells, but
        not the year a record is counted from ("the lowest … since the 2019/20 marketing
        year"); "Since January 2020, …" does set it."""
        told = [d for d in dates if not record_since(text, d)]
        dated = [d for d in told if re.search(r"\d{4}", d.text)]  # not "in quarter four"
        financial = FINANCIAL_YEAR_TOLD.search(dated[-1].text) if dated else None
        if dated:
            self.financial = financial is not None
        if not self.titled and dated:
            self.year = financial["year"] if financial else dated[-1].start[:4]
        elif not self.titled and told:
            self.year = told[-1].start[:4]


# A heading that is of a year ("2006 season summary", "Annual 2006", "Results for 2019"), not
# one that names a horizon or a start ("Outlook to 2030", "Trends since 2010").
_HEADING_OF_A_YEAR = re.compile(
    r"^(?!.*\b(?:to|by|until|till|towards|since|from|after|before)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?:[A-Za-z]+\s+)?(?:19|20)\d\d).*\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# A sentence that opens with its time sets the time of the sentences after it.
_FRAMES = re.compile(r"^\s*(?:In|During|For|Over)\s+(?:the\s+)?[\w/ -]{2,30}?\d{2,4}\b\s*,?", re.I)
_LAST_YEAR = re.compile(r"\blast\s+year\b(?!['’]s)", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?:this|the\s+current)\s+year\b(?!['’]s)", re.IGNORECASE)
_COMPARED_WITH = re.compile(
    r"\b(?:from|on|than|over|since|with|vs\.?|versus|same\s+\w+)\s+(?:\w+\s+)?$", re.I
)


def _texts(report: Report) -> Iterator[str]:
    """The report's prose, lead first."""
    yield from (p.text for p in paragraphs(report.lead))
    for section in report.parts:
        for group in _groups(section):
            yield from (s.text for s in group.sentences)


def _latest_year(texts: Iterable[str]) -> str | None:
    """The latest year the text writes, which a release is of ("rose in April … From April
    2015 to April 2016")."""
    years = [
        (d.until or d.start)[:4]
        for text in texts
        if not _AHEAD.search(text)  # not "a target for 2030"
        for d in find_dates(text)
        if d.kind == "date"
    ]
    return max(years, default=None)


# "… are provided below:", "… are shown in the following table": a sentence that leads into
# the table after it
_LEADS_TO_TABLE = re.compile(
    r":\s*$|\b(?:below|in\s+the\s+(?:following|table\s+below))\W*$", re.IGNORECASE
)


_AHEAD = re.compile(
    r"\b(?:will|forecasts?|projected|projections?|expected|targets?|plans?)\b", re.I
)


def _in_year(event: Event, years: tuple[int, int] | None) -> Event:
    """An event of "2022-23" in the months the report's years run."""
    period = in_defined_year(Period(event.start, event.end), years)
    return replace(event, start=period.start, end=period.end)


_AS_OF = re.compile(
    r"^\s*(?:these|the|all)\s+(?:figures|data|statistics|numbers|counts)\s+(?:are|were)\s+"
    r"(?:as\s+(?:of|at)|for|at)\b",
    re.IGNORECASE,
)


# "For 33 years, DOE's Weatherization Assistance Program has helped …"
_FOR_YEARS = re.compile(
    r"^\s*for\s+\S+\s+(?P<unit>years|months|decades)\s*,\s*(?P<what>[^,]{3,80}?)\s+"
    r"(?:has|have|had)\b",
    re.IGNORECASE,
)


def _in_dollars(figure: KeyFigure, dollar: str) -> KeyFigure:
    """An amount written with a bare "$" in the dollars of the report's country."""
    if dollar == "USD" or figure.unit != "USD" or not _BARE_DOLLAR.search(figure.display):
        return figure
    return replace(figure, unit=dollar)


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")


def _is_dateline(text: str, dates: list[DateSpan]) -> bool:
    """A paragraph that is only a full date ("MONDAY, JUNE 12, 2006", "Date 07 February
    2014"), or a date and the place it was written in ("13 April 2021 Brussels"), as a
    release opens."""
    if len(dates) != 1 or len(dates[0].start) != 10:
        return False
    before, after = text[: dates[0].begin], text[dates[0].end :]
    placed = _PLACE_ONLY.fullmatch(before) and _PLACE_ONLY.fullmatch(after)
    if placed and not _NOT_A_PLACE.search(before + after):
        return True
    return not re.sub(
        r"(?i)^\W*dated?\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\W",
        "",
        before + after,
    )


# "Brussels, ", " Brussels", "WASHINGTON, D.C. – ": a place a release was written in, or nothing;
# not "Updated 2 March 2023", a page's note.
_NOT_A_PLACE = re.compile(
    r"\b(?:updated|published|released|revised|issued|posted|reviewed|last|next|release|date|"
    r"embargoed|as|at|of|on|from|until|to|by)\b",
    re.IGNORECASE,
)
_PLACE_ONLY = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}(?:,\s*(?-i:[A-Z])[\w.]*)?)?"
    r"\s*[,–—-]?\s*\.?"
)


def _unit_of_comparison(text: str, linked: Linked, i: int, placed: Sequence[Dated]) -> str | None:
    """ "5.1% in 2020, compared with 4.2 in 2019", "10.1 per 100,000 … compared with 11.0 in
    Ireland": a bare number compared with a figure (the main one before it) is in its unit;
    not a change's ("9% lower than the average (156)"), nor an old value ("from 189 to 178")."""
    quantities = linked.figures
    if placed[i].kind != "comparison" or i in linked.changes:
        return None
    if text[: quantities[i].begin].rstrip().endswith("("):
        return None  # "(438 in 2024)": what a bracket restates is told by its host
    mains = [j for j in range(i) if placed[j].kind == "main"]
    host = placed[i].related if placed[i].related is not None else mains[-1] if mains else None
    if host is None or host in linked.changes or _DIFFERENCE.match(text, quantities[host].end):
        return None
    unit = quantities[host].unit
    comparable = unit in {"%", "percentage points"} or is_money(unit) or _RATE.match(unit or "")
    if not comparable or not _BARE_AFTER.match(text, quantities[i].end):
        return None  # "compared with 41 victims": a count of its own
    return unit


_RATE = re.compile(r"^per\s")


def _rates_in_unit_told(found: list[tuple[KeyFigure, bool]]) -> list[tuple[KeyFigure, bool]]:
    """A rate's base is told once: "10.1 per 100,000 of population … The rate was highest in
    Lithuania at 26.0": the later rates of the paragraph are in the unit told before them."""
    result, unit = [], None
    for figure, main in found:
        if figure.unit and RATE_UNIT.search(figure.unit):
            unit = figure.unit
        elif figure.unit is None and unit and _IS_RATE.search(figure.label):
            figure = replace(figure, unit=unit)
        result.append((figure, main))
    return result


_IS_RATE = re.compile(r"\brates?\b", re.IGNORECASE)
_DIFFERENCE = re.compile(r"\s+(?:higher|lower|more|less|fewer|above|below|up|down)\b", re.I)
# What may follow a number that names no unit of its own: a time, a place, the clause's end.
_BARE_AFTER = re.compile(
    r"\s*(?:$|[,.;:)]|(?:in|on|for|at|during|from|to|and|or|a|an|the|last|this|previous|"
    r"respectively)\b)",
    re.IGNORECASE,
)


_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_DEADLINE = re.compile(r"by\s", re.IGNORECASE)
_UNTIL = re.compile(r"(?:until|till|up\s+until)\s", re.IGNORECASE)


def _today(text: str, today: DateSpan | None, dates: list[DateSpan]) -> list[DateSpan]:
    """ "released today", under a release's date line: that day."""
    if today is None:
        return []
    return [
        DateSpan(m.start(), m.end(), today.start, None, m[0])
        for m in _TODAY.finditer(text)
        if not any(d.begin <= m.start() < d.end for d in dates)
    ]


def _old_values_named(labels: list[str], made: Sequence[KeyFigure]) -> list[str]:
    """ "increased by 6% from 59,473 at the end of June 2022 to 62,766": the old value, a
    figure of its own for its own date, measures what the new one does and takes its label
    (not "end")."""
    labels = list(labels)
    for i, figure in enumerate(made):
        if figure.change is None or figure.change.before is None:
            continue
        old = next(
            (
                j
                for j in range(i - 1, -1, -1)
                if made[j].value == figure.change.before and made[j].unit == figure.unit
            ),
            None,
        )
        if old is not None:
            labels[old] = labels[i]
    return labels


def _after_change(
    period: Period | None, change: Change | None, dates: list[DateSpan], text: str
) -> Period | None:
    """ "From 1993 to 2021, the rate declined from 79.8 to 16.5": the new value is the one
    of the span's end (a period written as one, "2022/23", stays whole, and so does a span
    the value is "in": "decreased in 2011–2016 (4% vs. 2%)")."""
    if period is None or period.end is None or change is None or change.before is None:
        return period
    written = [d for d in dates if (d.start, d.until) == (period.start, period.end)]
    if not any(_WRITTEN_SPAN.search(d.text) for d in written):
        return period
    if all(_IN_SPAN.search(text, max(0, d.begin - 10), d.begin) for d in written):
        return period
    if any(_ENDS_ON_FINANCIAL_YEAR.search(d.text) for d in written):
        return Period(str(int(period.end) - 1), period.end)  # "… and 2016–17": that year whole
    return Period(period.end)


_IN_SPAN = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_ENDS_ON_FINANCIAL_YEAR = re.compile(r"(?:1[89]|20)\d\d[/–-]\d\d$")
_WRITTEN_SPAN = re.compile(r"\b(?:to|through|until|between|from)\b|[–—]", re.IGNORECASE)


# "6.1 Revenue seized under …": the number of a numbered paragraph, not a figure.
_PARAGRAPH_NUMBER = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}(?=\s+(?!(?:Million|Billion|Thousand|Per)\b)[A-Z][a-z])"
)


def _without_paragraph_number(text: str) -> str:
    """`text` with its paragraph number blanked, so that positions stay those of `text`."""
    return _PARAGRAPH_NUMBER.sub(lambda m: " " * len(m[0]), text)


def _title_period(title: str) -> Period | None:
    """The period a report's title names ("Labour Force Survey, April 2022"); a year in
    its name ("2021 Trafficking in Persons Report") is none, nor is a day ("…, June 17,
    2009"), which says when the report was written, not what it covers."""
    # "… for the Year Ended 30 June 2016": the window the statements are of
    dates = [
        d
        for d in find_dates(title)
        if d.kind == "date"
        or (d.kind == "modifier" and (d.until or SURVEY_NAMED.match(title, d.end)))
    ]  # "2011 National Survey of Fishing, …": the year the survey's data are of
    if not dates and (of_data := _DATA_YEAR.search(title)):
        return Period(of_data["year"])
    if len(dates) != 1:
        return None
    day = len(dates[0].start) == 10 and not dates[0].until
    if day and not (_STOCK_DAY.search(title, 0, dates[0].begin) or _CENSUS.search(title)):
        # "…, June 17, 2009" was written then; "… at 1 January 2024" and "Motor Vehicle
        # Census, Australia, 31 Jan 2020" count then
        return None
    return Period(dates[0].start, dates[0].until)


# "Survey: 2022 Key Findings", "2019 Results": the year the data are of, not an edition
# ("the 2021 Trafficking in Persons Report").
_DATA_YEAR = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:key\s+)?(?:findings|results|highlights)\b", re.IGNORECASE
)
# "Population at 1 January 2024", "Staff in post as at 31 March 2023": the day a count is of.
_STOCK_DAY = re.compile(r"\b(?:at|as\s+at|as\s+of|on)\s+$", re.IGNORECASE)
_CENSUS = re.compile(r"\b(?:census|snapshot|stocktake)\b", re.IGNORECASE)


# "These statistical bulletins provide analysis of … in 2017/18": what the report covers.
_COVERS = re.compile(
    r"^\s*(?:this|these|the)\s+(?:[\w’'-]+\s+){0,4}?(?:statistics|bulletins?|reports?|releases?|"
    r"publications?|figures|data)\s+(?:provides?|presents?|covers?|shows?|gives?|contains?)\b",
    re.IGNORECASE,
)


def _opening(report: Report) -> tuple[Block, ...]:
    """The text a report opens with: its lead, or its first section's when it has none."""
    if report.lead or not report.parts:
        return report.lead
    return report.parts[0].blocks


def _covered_period(lead: Iterable[Paragraph]) -> Period | None:
    """The period the report says it covers, in a sentence of its lead that describes it,
    or that its opening sentence frames with its one date ("In 2019, primary energy
    consumption in the EU reached …")."""
    opening = True
    for paragraph in lead:
        for sentence in paragraph.sentences:
            dates = [d for d in find_dates(sentence.text) if d.kind == "date"]
            framed = opening and _FRAMES.match(sentence.text)
            if (framed or _COVERS.match(sentence.text)) and len(dates) == 1:
                return Period(dates[0].start, dates[0].until)
            opening = opening and not sentence.text.strip()
    return None


# "The 2010 … Survey, conducted in 2010–11, was …": when the data the report gives were
# gathered.
_COLLECTED = re.compile(
    r"\b(?:survey|census|data|count)\b(?:(?!\b(?:also|previously|earlier|first)\b)[^.;]){0,80}?"
    r"\b(?:was\s+|were\s+)?(?:conducted|collected|carried\s+out|undertaken|fielded)\s+"
    r"(?:[A-Za-z]+\s+){0,2}?(?:in|during|between|from)\s+$",
    re.IGNORECASE,
)


def _collected_period(report: Report) -> Period | None:
    """When the report's data were collected, as its lead or the first paragraph of one of
    its first sections says in a sentence with one date, else None."""
    blocks = [report.lead, *(section.blocks for section in report.parts[:3])]
    opening = [p for b in blocks for p in itertools.islice(paragraphs(b), 1)]
    for paragraph in opening:
        for sentence in paragraph.sentences:
            dates = [d for d in find_dates(sentence.text) if d.kind == "date"]
            if len(dates) == 1 and _COLLECTED.search(sentence.text, 0, dates[0].begin):
                return Period(dates[0].start, dates[0].until)
    return None


def _title_day(title: str) -> str | None:
    """The day a title says the report was written ("Monthly Budget Review, February 6, 2008")."""
    days = [
        d.start
        for d in find_dates(title)
        if len(d.start) == 10 and d.until is None and not _STOCK_DAY.search(title, 0, d.begin)
    ]
    return days[0] if len(days) == 1 else None


def _title_year(title: str) -> str | None:
    """The year of the title's dates, whatever they date: "on April 14" is of that year (a
    title may name its month twice: "Statement – February 2019 …, the February 2019 decision")."""
    dates = [d for d in find_dates(title) if d.kind == "date"]
    if len(dates) > 1 and any(d.until for d in dates):
        return None
    years = {d.start[:4] for d in dates}
    return years.pop() if len(years) == 1 else None


# A sentence about part of something counted before: "Of the 706 victims identified, …",
# "146 of the total victims": it is about the same period.
_OF_THE = re.compile(r"^\s*(?:of|among)\s+(?:the|these|those|them|this|all)\b", re.I)
_OF_THE_TOTAL = re.compile(r"\bof\s+(?:the\s+)?(?:total|these|those|them|all)\b", re.I)


# A sentence that tells the one before it in detail.
_ELABORATES = re.compile(
    r"^\s*(?:(?:more\s+)?specifically|in\s+particular|namely|in\s+detail"
    # "It attains 64.1 million with …": what the sentence before told, told further
    r"|(?:it|they)\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|"
    r"should)\b)[a-z]+)\b",
    re.IGNORECASE,
)


def _topic(before: list[tuple[KeyFigure, bool]]) -> str:
    """What the last sentence with figures is about: its first main figure's label."""
    last = before[-1][0].sentence if before else None
    return next((f.label for f, main in before if main and f.sentence == last), "")


def _antecedent(text: str, before: list[tuple[KeyFigure, bool]]) -> tuple[Period | None] | None:
    """The period of what a sentence breaks down ("Of the 706 victims identified, 21 percent
    were male"): the earlier figure it names, else the last one a main clause stated; None
    when the sentence breaks nothing down."""
    if before and (POINTS_BACK.match(text) or _ELABORATES.match(text)):
        # "This was an increase of 1.3% compared to 2015."; "Specifically, 26 claims had errors"
        return next(((f.period,) for f, main in reversed(before) if main), None)
    if not before or not (_OF_THE.match(text) or _OF_THE_TOTAL.search(text)):
        return None
    opening = text.split(",", 1)[0]
    for figure, _ in reversed(before):
        if re.search(rf"(?<![\d.,]){re.escape(_number_text(figure))}(?![\d.,]\d)", opening):
            return (figure.period,)
    # "of these registered deaths": the figure before that counted deaths
    named = _OF_THE_TOTAL.search(text) or _OF_THE.match(text)
    after = text[named.end() : named.end() + 40] if named else ""
    nouns = _stems(after)
    # The figure that shares most of those words; of equals, the nearest.
    shared = [(len(nouns & _stems(f.label)), -i, f) for i, (f, main) in enumerate(before) if main]
    if shared and (best := max(shared, key=lambda s: s[:2]))[0]:
        return (best[2].period,)
    return next(((f.period,) for f, main in reversed(before) if main), None)


def _stems(text: str) -> set[str]:
    return {w[:5].lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def _told_around(text: str, quantities: Sequence[Quantity], i: int) -> tuple[str, str]:
    """The words near a figure, before it (from the figure before) and after it (to the next)."""
    begin = max(quantities[i - 1].end if i else 0, quantities[i].begin - 100)
    end = quantities[i + 1].begin if i + 1 < len(quantities) else len(text)
    return text[begin : quantities[i].begin], text[
        quantities[i].end : min(end, quantities[i].end + 60)
    ]


def _since(text: str, quantity: Quantity, dates: Sequence[DateSpan]) -> DateSpan | None:
    """The "since" right after a change: "down 10% since 2019", "696 thousand tonnes (48%)
    since 2011"."""
    return next(
        (
            d
            for d in dates
            if d.kind == "since"
            and d.begin >= quantity.end
            and _JUST_BEFORE_SINCE.fullmatch(text, quantity.end, d.begin)
        ),
        None,
    )


_JUST_BEFORE_SINCE = re.compile(r"\)?\s*(?:\([^()]{1,30}\)\s*)?")


def _from_since(period: Period | None, since: DateSpan | None) -> Period | None:
    """A change since a year is measured over the years from then to its own: "down 10% since
    2019" in 2023 is of 2019 to 2023."""
    if period is None or since is None or since.start[:4] >= period.start[:4]:
        return period
    return Period(since.start, period.end or period.start)


def _compared_with(text: str, quantity: Quantity, dates: Sequence[DateSpan]) -> Period | None:
    """The date a change is measured from, told right after it: "dropped by 91% compared to
    Q4 2019", "a 12% drop from October 2021", "up £930 (3.2%) from £29,180 in 2021"."""
    for date in reversed(dates):  # "Compared with 2022, the population has increased by 0.8%"
        fronted = date.end <= quantity.begin and _FRONTED.search(text, 0, date.begin)
        if fronted and not re.search(r"[;.]\s|\d", text[date.end : quantity.begin]):
            return Period(*whole_year(date.start, date.until))
    for date in dates:
        between = text[quantity.end : date.begin]
        if date.begin >= quantity.end and date.kind == "date":
            told = len(between) <= 60 and _COMPARED_FROM.search(between)
            compared = Period(*whole_year(date.start, date.until))
            return compared if told and not re.search(r"[;.]\s", between) else None
    return None


# "Compared with 2022, …", "In August 2012, compared with July 2012, …": the time a change
# is measured from, told before it.
_FRONTED = re.compile(r"\bcompared\s+(?:to|with)\s+$", re.IGNORECASE)
# The words that lead from a change to the time it is measured from.
_COMPARED_FROM = re.compile(
    r"\b(?:compared\s+(?:to|with)|from|over|than|on|against|versus|vs\.?)\b", re.IGNORECASE
)


def _beside(text: str, quantity: Quantity) -> tuple[str, str]:
    """The words right before and after a figure, past any other number."""
    return text[max(0, quantity.begin - 45) : quantity.begin], text[
        quantity.end : quantity.end + 45
    ]


def _number_text(figure: KeyFigure) -> str:
    """The digits of a figure as written ("706" of "at least 706")."""
    digits = re.search(r"\d[\d,.]*", figure.display)
    return digits.group().rstrip(".,") if digits else figure.display


_BETWEEN = re.compile(r"\b(?:between|from)\b", re.IGNORECASE)


def _groups(section: Section) -> list[_Group]:
    """Paragraphs, and each item of a list with the sentence that introduces it (":")."""
    groups: list[_Group] = []
    intro: Sentence | None = None
    lead: Sentence | None = None
    for block in section.blocks:
        for paragraph in _prose(block):
            if not paragraph.sentences:
                continue
            if isinstance(block, ListBlock):
                groups.append(_Group(paragraph.sentences, intro, listed=True, lead=lead))
            else:
                groups.append(_Group(paragraph.sentences))
        if isinstance(block, Paragraph):
            last = block.sentences[-1] if block.sentences else None
            intro = last if last and last.text.rstrip().endswith(":") else None
            lead = block.sentences[-2] if intro and len(block.sentences) > 1 else None
    return groups


def _prose(block: Block) -> Iterator[Paragraph]:
    """The paragraphs read as sentences: not code, captions, header or value cells."""
    if isinstance(block, Paragraph):
        yield block
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row:
                if not cell.header and not is_value_cell(cell):
                    for child in cell.blocks:
                        yield from _prose(child)
    elif not isinstance(block, Preformatted):
        for child in child_blocks(block):
            yield from _prose(child)


# “FEMA Should Disallow $2.04 Billion Approved for New Orleans Infrastructure Repairs”: the
# title of another document, quoted; its numbers and dates are part of a name.
_QUOTED = re.compile(r"“([^“”]{10,200})”|\"([^\"]{10,200})\"")
_TITLE_WORD = re.compile(r"[A-Z\d$]")


def cited_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` quotes a title (four words or more, most of them capitalised) or names its
    source ("(Source: … Statistical Brief #230: … 7-Day and 30-Day Readmissions, 2014)"):
    their numbers and dates belong to what is cited."""
    spans = [(m.start(), m.end()) for m in _SOURCE.finditer(text)]
    for match in _QUOTED.finditer(text):
        words = [w for w in (match[1] or match[2]).split() if len(w) > 3]
        named = _NAMED_WORK.search(text, 0, match.start())  # 'the Juristat article "Youth …"'
        if named or (
            len(words) >= 4 and sum(bool(_TITLE_WORD.match(w)) for w in words) >= 0.75 * len(words)
        ):
            spans.append((match.start(), match.end()))
    return spans


# A work named before the quoted title it is given, however the title is capitalised.
_NAMED_WORK = re.compile(
    r"\b(?:article|report|publication|bulletin|release|study|paper|survey|series|book|"
    r"entitled|titled|called)\s*[:,]?\s*$",
    re.IGNORECASE,
)


_SOURCE = re.compile(r"\(\s*Sources?:[^()]*(?:\([^()]*\)[^()]*)*\)|^\s*Sources?:.*$", re.IGNORECASE)


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(begin <= position < end for begin, end in spans)


def _has_words_around(sentence: str, begin: int, end: int) -> bool:
    return any(ch.isalpha() for ch in sentence[:begin] + sentence[end:])


def _year_heading(title: str) -> Period | None:
    """ "2015 Water Use", "2014 Motor Vehicle Crashes: Overview": a heading that opens with
    its year is of that year; not one that names a report or a law ("2019 Trafficking in
    Persons Report", "2008 Anti-Trafficking Act")."""
    opening = _OPENING_YEAR.match(title)
    if opening is None or _NAMES_A_WORK.search(title):
        return None
    return Period(opening[1])


_OPENING_YEAR = re.compile(r"^\s*(?:fiscal\s+year\s+|FY\s*)?((?:19|20)\d\d)\s+(?=[A-Za-z])", re.I)
_NAMES_A_WORK = re.compile(
    r"\b(?:reports?|editions?|publications?|acts?|laws?|plans?|strateg(?:y|ies)|conventions?|"
    r"protocols?|census|survey|budget|bill)\b",
    re.IGNORECASE,
)


def _first_period(dates: list[DateSpan]) -> Period | None:
    return Period(dates[0].start, dates[0].until) if dates else None


T = TypeVar("T", KeyFigure, Event)


def _with_ids(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """Ids from content, so they survive edits elsewhere; a repeat adds its sentence's hash."""
    seen: set[str] = set()
    last: dict[str, int] = {}  # the last number given to a repeated id: linear in repeats
    result = []
    for item in items:
        base = key(item)
        candidate = base
        if candidate in seen:
            digest = hashlib.sha1((item.sentence or "").encode()).hexdigest()[:6]
            candidate = stem = f"{base}-{digest}"
            n = last.get(stem, 1)
            while candidate in seen:
                n += 1
                candidate = f"{stem}-{n}"
            last[stem] = n
        seen.add(candidate)
        result.append(replace(item, id=candidate))
    return result


def _short(text: str, limit: int = 32) -> str:
    """A slug cut at a word boundary, so that ids stay readable in a sidecar."""
    slug = slugify(text, fallback="item")
    if len(slug) <= limit:
        return slug
    return slug[: slug.rfind("-", 0, limit + 1)] if "-" in slug[:limit] else slug[:limit]
