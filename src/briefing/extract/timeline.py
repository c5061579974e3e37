"""Timeline events: each dated statement, with its date and the sentence trimmed to its core."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.extract.clauses import (
    PARTICIPLE_OPENING,
    SUBJECT_STARTS,
    Clause,
    clauses,
    date_owner,
    dateline_end,
)
from briefing.extract.dates import DateSpan, month_count, part_of
from briefing.extract.figures import subject_before
from briefing.extract.wording import DANGLING, ITEM_LEAD, VERB, short_words
from briefing.model import Event, Statement

# The words that tie a date to its clause: "In 2007, ", " on (the) 20 April 2009", "As of April
# 18, 2024, ", " in the 12 months to March 2021", "For FY 2023, ".
_LEAD_IN = re.compile(
    r"(?:\b(?:in|into|on\s+the|on|at|over|during|by|until|up\s+(?:to|until)|prior\s+to|through|from|between|for|as\s+of|"
    r"as\s+at|next|last|"
    r"at\s+the\s+end\s+of|(?:at|from|by|to)\s+end|throughout|"
    # "… five years to 30 June", "for 1991-93 to 2001-03", "back to the period 1981-1983"
    r"and|or|as\s+early\s+as|(?:(?<=years\s)|(?<=months\s)|(?<=weeks\s)|(?<=decades\s)|(?<=quarters\s)|(?<=\d\s))to|back\s+to|"
    r"(?:back\s+)?to\s+the\s+period|and\s+then\s+in|(?<!\bbe\s)updated\s+on|(?:(?:in|for|over|during)\s+)?the\s+period(?:\s+(?:from|of|between))?|(?:in|over|during)\s+the\s+(?:\d+|two|three|four|six|nine|twelve)\s+months?"
    r"\s+(?:to|ending)(?:\s+(?:the\s+)?end(?:\s+of)?)?|(?:in|over|during|on|for)\s+the\s+(?:financial\s+|fiscal\s+)?"
    r"(?:week|month|year|quarter)\s+(?:to|ending|ended)"
    r"(?:\s+(?:the\s+)?end(?:\s+of)?)?(?:\s+\((?-i:[A-Z]{2,5})\))?)"
    # "both 2022 and 2023", "mid-June", "next April"
    r"\s+(?:both\s+)?(?:(?:early|mid|late|next|last)(?:\s+|-))?)?$",
    re.IGNORECASE,
)
# Where a long event may be cut: before a clause that adds to what it says.
_CLAUSE_CUT = re.compile(
    r",\s+(?:which|who|whose|where|including|citing|as|while|whereas|although|but|after|"
    r"resulting|according|with|and|driven|supported|supporting|bringing|reflecting|leading|"
    r"making|saving|impacting|prior|the\s+\w+\s+said|said)\b|\s[–—]\s|;\s"
)
# Why it happened, told after the figure that says what did: "… to 4.6 TWh due to reduced …".
_WHY_CUT = re.compile(r"\s+(?:due\s+to|because\s+of|owing\s+to|as\s+a\s+result\s+of|whilst)\s")
_AFTER_FIGURE_END = re.compile(r"\d[\d,.]*%?(?:\s+[^\s\d,;.()]{1,12})?$")
MAX_WORDS = 25


DESCRIBES_THE_REPORT = re.compile(
    # "Chart 4 in the All delay reasons workbook shows …"
    r"^\s*(?:(?:figure|table|chart|graph|map|box|annex|appendix)\s+[\w.]+"
    r"(?:\s+(?:in|of)\s+the\s+[^,;]{2,60}?(?:workbook|spreadsheet|tables?|file|dashboard))?"
    # "USDA’s Cattle report, which will be released January 31, will provide …"
    r"|(?:this|these|the|an?|(?-i:[A-Z])[\w.&-]*[’']s)\s+"
    # "This Office of Immigration Statistics’ (OIS) Annual Flow Report presents"
    r"(?:[\w’'().-]+\s+){0,14}?(?:statistical\s+)?(?:report|release|bulletin|page|section|"
    r"chapter|brief|note|annex|publication|dataset|chart|table|figure|graph|map|commentary|"
    r"edition|factsheet|fact\s+sheet|overview|analysis|study|paper|article|story)s?"
    # "The report published today describes", "… report published today by NHS Digital shows"
    r"(?:\s+(?:published|released|issued)(?:\s+today)?(?:\s+by\s+[^,;]{2,60}?)?)?"
    # "A statistical bulletin on greenhouse gas emissions … has been published"
    r"(?:\s+(?:on|of|about|into|to|for)\s+[^,;]{2,100}?)?"  # "This report to Parliament outlines"
    # "The 2019 … Annual Flow Report, authored by the Office of Immigration Statistics, presents"
    r"|raw\s+data|(?:more\s+)?data)(?:\s*,[^;]{0,150}?,)?\s+(?:will\s+)?(?:also\s+|further\s+)?(?:shows?|presents?|displays?|lists?|"
    r"summari[sz]es|illustrates?|gives?|sets\s+out|describes?|covers?|provides?|takes|includes?|"
    r"compares?|contains?|considers|looks|has\s+been|is\s+available|are\s+available|appears|"
    # "This analysis combines HFCS microdata …", "… is enabled by the linking of …"
    r"focuses|combines?|uses|draws|examines?|explores?|links?|is\s+enabled|is\s+based|"
    # "This Bulletin reports the number of applications …", "This report outlines the progress"
    r"reports|outlines?|details|explains?)\b"
    # "Describes background checks for firearm transfers conducted in 2004.": an abstract
    r"|^\s*(?:describes|summari[sz]es|presents|reports\s+on)\s+(?-i:[a-z])"
    # "Report detailing progress of the work carried out …": a title that says what it holds
    r"|^\s*(?:report|bulletin|release)\s+(?:detailing|describing|outlining|summari[sz]ing)\b"
    # "This is the annual statistics release for statutory homelessness"
    r"|^\s*(?:this|it)\s+is\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:report|release|bulletin|"
    r"publication|edition|summary)\b"
    # "In this chapter we examine the types of civil legal problems …"
    r"|^\s*in\s+this\s+(?:chapter|section|report|release|bulletin|publication|paper|note)\s*,?\s+"
    r"we\s+(?:examine|look|present|describe|set\s+out|summari[sz]e|report|consider|explore)\b",
    re.IGNORECASE,
)
# "To accomplish the objective, we reviewed a sample of 167 …": how an audit was done.
_OUR_METHOD = re.compile(
    r"^\s*(?:to\s+[^,]{3,80},\s*)?we\s+(?:reviewed|analy[sz]ed|examined|sampled|interviewed|"
    r"tested|selected|surveyed|judgmentally\s+selected|statistically\s+sampled)\b"
    # "CDC examined trends in obesity prevalence … during 2000-2014": what a study looked at
    r"|^\s*(?:(?-i:[A-Z]{2,6})|the\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3})\s+"
    r"(?:examined|analy[sz]ed|reviewed|assessed|studied|investigated)\s+(?:the\s+)?"
    r"(?:trends?|data|changes|patterns|records|prevalence)\b"
    # "The FBI collected these preliminary data from 12,485 agencies": where data came from
    r"|^\s*(?:we|the\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3})\s+"
    r"(?:collected|compiled|gathered)\s+(?:these|the|this|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:data|figures|statistics|information)\b"
    # "For the purpose of this bulletin, the drug classifications at … March 2011 have been
    # applied": how the figures were made
    r"|^\s*for\s+the\s+purposes?\s+of\s+this\s+(?:bulletin|report|release|publication|"
    r"analysis|table|chapter|section)\b"
    # "A summary of the main stories of Universal Credit at 31 May 2024 are as follows"
    r"|^\s*(?:a|the)\s+summary\s+of\b[^.]*\bas\s+follows\b"
    # "They are the ‘Teacher workforce statistics in grant-aided schools 2017/18’ and …": titles
    r"|^\s*(?:they|these|it|this)\s+(?:are|is)\s+(?:the\s+)?[‘'\"“]"
    # "We will now look at how the method of travel to work varied … in 2011", "Using these
    # people, we will start by looking at …", "It also identifies changes … from 2001 to 2011":
    # where the report goes next, in the present or future
    r"|^\s*(?:[^,;.]{1,60},\s*)?(?:we|it)\s+(?:will\s+|shall\s+)?(?:now\s+|also\s+|then\s+|"
    r"first\s+|next\s+)?(?:start\s+by\s+|begin\s+by\s+)?(?:look(?:s|ing)?\s+at|identif(?:y|ies)|"
    r"examines?|explores?|considers?|focus(?:es)?\s+on|turns?\s+to)\b",
    re.IGNORECASE,
)
# "The figures are at this stage provisional, covering …", "The figures use the Census as a
# baseline", "Coverage is for the financial year ending …": how the figures were made.
_ABOUT_THE_FIGURES = re.compile(
    r"^\s*(?:(?:the|these|this|our)\s+(?:[\w’'-]+\s+){0,2}?(?:figures|data|statistics|"
    r"estimates|information)(?:\s+for\s+[\w/-]{2,12})?"  # "for 2014/15"
    r"(?:\s+in\s+this\s+\w+)?"  # "The statistics in this bulletin relate to …"
    # "The figures released for the first time are provisional statistics"
    r"(?:\s+(?:released|published)\s+(?:for\s+the\s+first\s+time|today|here))?"
    r"\s+(?:are|is|use|uses|cover|covers|relates?\s+to|"
    r"(?:are|is)\s+based\s+on)\b(?!\s+as\s+of\b)|coverage\s+(?:is|was)\b"
    # "The snapshot date for the MVC is currently 31 January of the reference year"
    r"|(?:the\s+)?(?:snapshot|reference|census)\s+(?:date|period|day)s?\s+(?:for|of)\b"
    # "The HFCS is the official source of household finance statistics in Ireland"
    r"|[^,;]{1,60}?\s+(?:is|are)\s+the\s+(?:official|main|primary|principal)\s+sources?\s+of\b"
    # "Figures for 2011/12 to 2020/21 have been revised, as scheduled, to calibrate to …"
    r"|(?:the\s+)?(?:figures|data|estimates|statistics)(?:\s+for\s+[\w/ -]{2,30}?)?\s+"
    r"(?:have|has)\s+been\s+revised\b"
    # "Note: three local authorities … were unable to provide data": a note on the figures
    r"|note\s*:"
    # "Data on the number of tenancies are taken from the June Agricultural Census",
    # "Information on new borrowers up to 2007 is drawn from the integrated dataset": where
    # the figures come from
    r"|(?:[^.;:]{0,40}:\s*)?(?:the\s+)?(?:data|information|figures|statistics|estimates)\b[^.;]{0,80}?"
    r"\b(?:is|are|was|were)\s+(?:drawn|taken|sourced|obtained|derived)\b"
    # "The Annual Report provides information on the scheme", "this collects information on"
    r"|[^.;]{0,60}?\b(?:provides?|collects?|presents?)\s+(?:information|data|"
    r"statistics|estimates)\s+(?:on|about)\b"
    # "For further details on the methodology … please refer to", "For detailed changes to the
    # definitions since 2005, see page 2 of the … Manual effective 1 July 2016"
    r"|[^.;]{0,80}?\bplease\s+(?:refer\s+to|see)\b"
    r"|for\s+(?:more|further|detailed|full)\s+[^.;]{0,80}?,\s*see\b"
    # "These three local authorities have been excluded from the calculations of average …"
    r"|[^.;]{1,80}?\b(?:have|has|were|was)\s+been\s+excluded\s+from\s+the\s+"
    r"(?:calculations?|figures|analysis|totals?|averages?)\b)",
    re.IGNORECASE,
)


# "The data for 2023 shows:": a line that opens a list of findings, no development itself.
_DATA_INTRO = re.compile(
    r"^\s*(?:(?:the|this|these|our)\s+)?(?:[\w’'-]+\s+){0,3}?(?:data|figures|statistics|estimates)"
    r"(?:\s+for\s+\S+)?\s+(?:shows?|indicates?)"
    # "Provisional data show that in 2010:": the list below tells what they show
    r"(?:\s+that)?(?:\s+(?:in|for|during)\s+[^,;:.]{1,30})?\s*:?\s*$"
    # "The key points in this report for 2003-05 are:"
    r"|^\s*(?:the\s+)?(?:key|main)\s+(?:points|findings|results)\b[^.:;]{0,60}\s+(?:are|were)\s*:\s*$",
    re.IGNORECASE,
)


# "On behalf of the Office, I present this Semiannual Report on … from April 1, 2013, through
# September 30, 2013": the writer handing over the report, not a development.
_PRESENTS_THE_REPORT = re.compile(
    r"\b(?:I|we)\s+(?:(?:am|are)\s+pleased\s+to\s+)?(?:present|submit|transmit)\s+(?:this|the|our)\b"
)


# "The base year is 1990 for carbon dioxide, and 1995 for …": a definition, not a development.
_DEFINES_A_PERIOD = re.compile(
    r"^\s*(?:the\s+)?(?:base|reference|benchmark)\s+(?:years?|periods?)\s+(?:is|are|was|were)\b",
    re.IGNORECASE,
)
# "This suggests a shift to full-time work in 2022": what the writer reads into a finding.
_READS_A_FINDING = re.compile(
    r"^\s*(?:this|these|that|those|it)\s+(?:(?:may|might|could|would)\s+)?(?:suggests?|"
    r"reflects?|indicates?|means|implies|imply|points?\s+to)\b",
    re.IGNORECASE,
)


# "This followed monthly increases of 0.9% for January and February": earlier changes told as
# the background of the one just reported, no development of their own.
_FOLLOWED_EARLIER = re.compile(
    r"^\s*(?:this|that|it|these)\s+(?:follows|followed|came\s+after|comes\s+after)\b", re.I
)


# "Table 1.1: Recorded crime incidents … to Q4 2016 and 2017": a caption names what is shown.
_CAPTION = re.compile(
    r"^\s*(?:figure|table|chart|graph|map|exhibit)\s+[\dA-Z]+(?:\.\d+)*[a-z]?\s*[:.–—]\s", re.I
)


# "More detail on asylum claims … is available in section 3 of …": where to read on.
_MORE_DETAIL = re.compile(
    r"\b(?:more|further|additional)\s+(?:detail|details|information|data)\b[^.;]{0,120}?"
    r"\b(?:is|are)\s+available\b",
    re.IGNORECASE,
)


# "A comparison of labour disputes in 2017 and 2018 is shown in Table 1", "Information on
# earlier years is available in Dataset Table 1", "Rape totals are provided in Tables 2, 3,
# and 11 of Hate Crime Statistics, 2019": where the report shows it.
_SHOWN_WHERE = re.compile(
    r"\b(?:is|are)\s+(?:shown|presented|given|provided|set\s+out|summari[sz]ed|available)\s+"
    r"in\s+(?:the\s+)?(?:dataset\s+)?(?:tables?|figures?|charts?|annex|appendix|sections?)\s+"
    r"[\w.]+(?:\s*(?:,\s*and|,|and|or|to|&|–)\s*[\w.]+)*(?:\s+of\s+[^.;]{3,100})?\W*$",
    re.IGNORECASE,
)


def about_the_report(sentence: str) -> bool:
    """Whether `sentence` tells of the report, not of what happened: "Table 3 shows …", "The
    data for 2023 shows:", "I present this Semiannual Report …"."""
    return bool(
        DESCRIBES_THE_REPORT.match(sentence)
        or _DATA_INTRO.match(sentence)
        or _ABOUT_THE_FIGURES.match(sentence)
        or _OUR_METHOD.match(sentence)
        or _PRESENTS_THE_REPORT.search(sentence)
        or _CAPTION.match(sentence)
        or _MORE_DETAIL.search(sentence)
        or _SHOWN_WHERE.search(sentence)
        or _NOT_COMPARABLE.search(sentence)
        or _HOW_THE_DATA_WERE_MADE.match(sentence)
    )


# "This publication is a count of written complaints …", "This report utilizes data from …",
# "Figures were provided by the ONS", "The data collected from this sample were used to
# estimate …", "The results in this release refer to …", "Table 1 and Table 2 show …": how the
# figures were made or where they are, no development.
_HOW_THE_DATA_WERE_MADE = re.compile(
    r"^\s*(?:(?:the|these|this|our)\s+)?(?:[\w’'-]+\s+){0,2}?(?:publication|report|release|"
    r"bulletin|figures|data|results|information|estimates)"
    r"(?:\s+(?:supplied|collected|given|used|presented|shown|captured)\b)?"
    r"(?:\s+(?:in|from|on|for|by)\s+[^,;.]{1,60}?)?,?\s+"
    r"(?:is\s+a\s+count\s+of|utili[sz]es?|refers?\s+to|(?:is|are|was|were)\s+used\s+to|"
    r"(?:have|has)\s+been\s+ranked|(?:is|are|was|were)\s+provided\s+by|(?:is|are)\s+based\s+on)\b"
    r"|^\s*tables?\s+\d+\w*\s+(?:and|to|&)\s+(?:tables?\s+)?\d+\w*\s+(?:shows?|gives?|presents?)\b(?!\s+that)",
    re.IGNORECASE,
)


# "… the data are not directly comparable with the data for 1996 to 2006-07": how far the
# figures can be compared, no development.
_NOT_COMPARABLE = re.compile(
    r"\b(?:data|figures|statistics|estimates|series|results)\s+(?:are|is|were|was)\s+not\s+"
    r"(?:directly\s+|strictly\s+)?comparable\b",
    re.IGNORECASE,
)


_DATA_FOR = re.compile(
    r"\b(?:released|published|issued|posted|announced)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statistics|data|figures|estimates|numbers|results)\s+for\s+"
    # "published Aviation Statistics for Quarter 4 and Year 2020"
    r"(?:the\s+(?:month|week|quarter|year)\s+of\s+|(?:quarter|q)\s*[1-4]\s+and\s+(?:the\s+)?year\s+)?$",
    re.IGNORECASE,
)


# "insolvencies in the fourth quarter of", "Figures on deaths in": a date that qualifies a noun
_OF_A_THING = re.compile(
    r"[a-z]{3,}\s+(?:in|for|of|during|covering)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# "… are published today", "… were released by the CSO": the thing it qualifies is released.
_IS_PUBLISHED = re.compile(
    r"[^.;:,()]{0,40}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:published|released|issued)\b",
    re.IGNORECASE,
)


_RELEASED_TODAY = re.compile(
    r"\btoday\s+(?:\([^()]*\)\s+)?(?:published|released|issued)\b", re.IGNORECASE
)


_TODAY_IS = re.compile(r"\btoday\s*\(\s*$", re.IGNORECASE)
# … but "according to preliminary figures published today (13 April 2021)" dates the release
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:(?!published|released|issued|today)[^,;.()]){0,60}?"
    r"(?:mid-)?$",
    re.IGNORECASE,
)


def event_dates(sentence: str, dates: list[DateSpan]) -> list[DateSpan]:
    """The dates of `sentence` that date a development: those of its main clauses. A
    comparison's date, a "since" date and a year that qualifies a noun ("the 2008 law") are
    not events."""
    if (
        about_the_report(sentence)
        or _READS_A_FINDING.match(sentence)
        or _DEFINES_A_PERIOD.match(sentence)
        or _FOLLOWED_EARLIER.match(sentence)
    ):
        # "Figure 3.1 shows the deaths in 2022": the report, not what happened; but "… and
        # will be finalised in July 2016" says when something will happen to it
        return [d for d in dates if _SCHEDULED.search(sentence, max(0, d.begin - 40), d.begin)]
    if _is_verbless(sentence, dates):
        # "Japan December 2009", "Key results for 2023": a heading names a period; only the
        # day of a release line ("Statistical news 2024-11-22") says something happened
        dates = [d for d in dates if len(d.start) == 10 and d.until is None]
        if _AS_AT_LINE.match(sentence):
            return []  # "At 30 June, 2016:": the day the figures after it are of, no event
    dates = [d for d in dates if not _names_what_was_released(sentence, d)]
    # "…, according to the National Records of Scotland mid-2023 population estimates": the
    # source a figure comes from, not a development
    dates = [d for d in dates if not _ACCORDING_TO.search(sentence, max(0, d.begin - 80), d.begin)]
    spans = clauses(sentence)
    # "In the last financial year (2022-23), …"
    homes = [date_owner(sentence, spans, d, after_time=True) for d in dates]
    main = [
        d
        for d, home in zip(dates, homes, strict=True)
        if d.kind == "date"
        and (
            (home.kind == "main" and home.depth == 0)
            or _opens(sentence, home)
            or _only(sentence, home, d)
            or _TODAY_IS.search(sentence, 0, d.begin)  # "has today (14 April 2021) published"
        )
        # "…, while this annex takes a look at the trends between 2022 and 2023"
        and not DESCRIBES_THE_REPORT.match(sentence[_outermost(spans, d.begin).begin :])
    ]
    return _from_to(sentence, _without_parts(sentence, _without_series(sentence, main)))


# A value, a few words, then the time it is of: "37% exited during 2003-04", "1.5% during".
_VALUE_FOR_TIME = re.compile(
    r"(?<![\d,.$€£])[$€£]?\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion)?(?:\s+[a-z]+){0,2}\s+"
    r"(?:in|during|for)\s+$",
    re.IGNORECASE,
)


def _without_series(sentence: str, dates: list[DateSpan]) -> list[DateSpan]:
    """ "37% exited during 2003-04, 28% during 2004-05, 20% during 2005-06 and …": three or
    more times each told with its value are a series of figures, not developments."""
    run: list[DateSpan] = []
    for date in dates:
        value = _VALUE_FOR_TIME.search(sentence, max(0, date.begin - 40), date.begin)
        listed = value and run and _LISTED.fullmatch(sentence, run[-1].end, value.start())
        if len(run) >= 3 and not listed:
            break
        run = [*run, date] if listed else [date] if value else []
    if len(run) < 3:
        return dates
    return [d for d in dates if not any(d is r for r in run)]


# What parts the items of a list: not "from 390 in 2015 to 408 in 2019", a change.
_LISTED = re.compile(r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:remaining|other)\s+)?")


def _names_what_was_released(sentence: str, date: DateSpan) -> bool:
    """ "released operational statistics for October 2022", "Statistics showing insolvencies
    in the fourth quarter of 2013 are published today", "NISRA has today published the
    Registrar General Quarterly Report: Quarter 2 2021": what the data cover or the
    publication's name, not an event ("today (27 November 2020)" is the day it happened)."""
    released = _RELEASED_TODAY.search(sentence)
    return bool(
        _DATA_FOR.search(sentence, 0, date.begin)
        or (released and date.begin > released.end())
        or (
            _OF_A_THING.search(sentence, max(0, date.begin - 60), date.begin)
            and _IS_PUBLISHED.match(sentence, date.end)
        )
    )


def _without_parts(sentence: str, dates: list[DateSpan]) -> list[DateSpan]:
    """ "7,050 cases in 2024: 1,084 in the first quarter, 3,765 in the second, …": times
    listed after a colon, inside another of the sentence, break its count down; the
    development is one, the whole's ("In 2024, cases rose in March and fell in May" are two)."""
    for whole in dates:
        parts = [
            d
            for d in dates
            if d is not whole and part_of(d, whole) and ":" in sentence[whole.end : d.begin]
        ]
        if len(parts) >= 2:
            return [d for d in dates if not any(d is part for part in parts)]
    return dates


def _outermost(spans: tuple[Clause, ...], position: int) -> Clause:
    return next(c for c in spans if c.depth == 0 and c.holds(position))


_SHORT_LINE = 15


_AS_AT_LINE = re.compile(r"^\s*(?:as\s+)?(?:at|of)\s+", re.IGNORECASE)


def _is_verbless(sentence: str, dates: list[DateSpan]) -> bool:
    """A short line with no verb once its dates are left out ("Reference period May 2022":
    "May" is a month there, not a verb)."""
    words = "".join(
        " " * len(c) if any(d.begin <= i < d.end for d in dates) else c
        for i, c in enumerate(sentence)
    )
    if _PARTICIPLE.match(sentence):
        return False  # "Established in 2018, RAT streamlines …"
    return len(sentence.split()) <= _SHORT_LINE and not VERB.search(words)


def _only(sentence: str, aside: Clause, date: DateSpan) -> bool:
    """Whether a dash's `aside` holds nothing but the day `date`: "Release 149/2018 – 28
    September 2018" happened that day ("Flash estimate – September 2018" is what it is of)."""
    held = sentence[aside.begin : aside.end]
    dashed = held.lstrip()[:1] in {"-", "–", "—"}
    return dashed and len(date.start) == 10 and held.strip(" -–—,.") == date.text


# "fell from 33.8 in 1993 to 7.5 in 2021": one development over a span, not two.
_FROM = re.compile(r"\bfrom\b[^;]{0,80}$", re.IGNORECASE)
_TO = re.compile(r"^[^;]{0,60}?\bto\b[^;]{0,40}$", re.IGNORECASE)


_BRACKETED = re.compile(r"\([^()]*\)")


def _from_to(sentence: str, dates: list[DateSpan]) -> list[DateSpan]:
    merged: list[DateSpan] = []
    for date in dates:
        if (
            merged
            and _TO.match(_BRACKETED.sub("", sentence[merged[-1].end : date.begin]))
            and _FROM.search(sentence[max(0, merged[-1].begin - 80) : merged[-1].begin])
        ):
            first = merged.pop()
            text = sentence[first.begin : date.end]
            if _consecutive(first, date):  # what happened in the second
                merged.append(DateSpan(first.begin, date.end, date.start, date.until, text))
            else:
                end = date.until or date.start  # "from … in 2015-16 to … in 2018-19"
                merged.append(DateSpan(first.begin, date.end, first.start, end, text))
        else:
            merged.append(date)
    return merged


def months_in_a_row(first: DateSpan, second: DateSpan) -> bool:
    """ "in September and October": two months told side by side, the second right after the
    first, as one stretch of time (two years so told are two occurrences: "Tier 1 in 2017 and
    2018")."""
    last = first.until or first.start
    if len(last) != 7 or len(second.start) != 7 or second.begin - first.end > 6:
        return False
    return month_count(second.start) - month_count(last) == 1


def _consecutive(first: DateSpan, second: DateSpan) -> bool:
    """ "from fifth place in 2022 to third place in 2023": a change from one year (quarter,
    month, or a quarter to the same quarter a year on) to the next is what happened in the
    second; "from 33.8 in 1993 to 7.5 in 2021" is a trend over the span."""
    last, next_ = first.until or first.start, second.start
    if len(last) != len(next_) or len(last) not in (4, 7):
        return False
    if first.until and second.until and len(first.start) == 7:
        # "from 25.4 per cent in 2015 Q2 to 24.9 per cent in 2016 Q2": the same part of the
        # next year, or the part right after
        step = month_count(second.start) - month_count(first.start)
        return step == 12 or step == month_count(first.until) - month_count(first.start) + 1
    return month_count(next_) - month_count(last) == (12 if len(last) == 4 else 1)


# "Updated on April 19, 2024.": a note on the page itself, whose subject is the report.
_PAGE_NOTE = re.compile(
    # "Released: 2017-03-01", "Released 20/10/2022": the day written in figures too
    r"^(?:last\s+|date\s+)?(updated|published|released|revised|issued)\b(?:\s+on)?:?"
    # "Released at 11:30 AM (CANBERRA TIME) 18/12/2017": the hour, and where it is that hour
    r"(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*\([^()]{0,30}\))?)?[\s\w,./-]{0,25}"
    # "Release date: 13 October 2023"; "Published 04 March 2025 (Latest release)"
    r"\W*(?:\((?:latest|current)\s+(?:release|version|edition)\)\W*)?$"
    r"|^(?:(release)\s+date|date\s+of\s+(release))\b:?[\s\w,./-]{0,25}\W*$",
    re.IGNORECASE,
)
_NEXT_RELEASE = re.compile(
    r"^(?:date\s+of\s+)?next\s+(?:release|publication|update)\b:?[\s\w,./-]{0,25}\W*$", re.I
)


# "149/2018 – 28 September 2018", "Embargoed until 10:45am – 02 August 2017": the day
# the release came out, under its number or embargo.
_RELEASE_LINE = re.compile(
    r"^(?:(?:news\s+)?release\s+|no\.\s*)?[\w./-]*\d[\w./-]*$|^embargoed\b.{0,30}$", re.I
)


def page_note(event: Event, title: str, author: str | None = None) -> Event:
    """An event that says only "Updated on April 19, 2024" is the report's own: "Measles
    Cases and Outbreaks updated", or "CDC updated Measles Cases and Outbreaks" when the report
    names its author; a release's number or embargo with its day, "… released"."""
    if not title.strip():
        return event
    if note := _PAGE_NOTE.match(event.text):
        verb = (note[1] or "released").lower()  # "Release date:" tells of a release
        return replace(event, text=_told(title, verb, author, said=True))
    if _NEXT_RELEASE.match(event.text):
        name = _told(title, "", None).strip()
        return replace(
            event, text=f"Next {name} to be released" + (f" by {author}" if author else "")
        )
    if len(event.start) == 10 and _RELEASE_LINE.match(event.text):
        return replace(event, text=_told(title, "released", author))
    return event


def in_third_person(event: Event, author: str | None) -> Event:
    """ "We reported that the IRS had improved compliance", read alone in a briefing, says
    who: "Treasury Inspector General for Tax Administration reported …"."""
    if not author or not author.strip():
        return event
    if said := _WE.match(event.text):
        who = author.strip() if said[1] == "We" else f"{author.strip()}’s"
        rest = event.text[said.end() :]
        if said[1] == "We" and (verb := _THEIR_VERB.match(rest)):
            # "We currently expect to see …": the author expects
            rest = f"{verb['lead']}{_singular(verb['verb'])}{rest[verb.end() :]}"
        return replace(event, text=f"{who}{rest}")
    return event


_WE = re.compile(r"(We|Our)(?=\s)")
_THEIR_VERB = re.compile(r"(?P<lead>\s+(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?)(?P<verb>[a-z]+)\b")
_IRREGULAR = {"have": "has", "are": "is", "were": "was", "do": "does", "go": "goes"}
_MODALS = frozenset("will would can could may might must shall should".split())
# Pasts that do not end in -ed: "We ran an anonymous survey" stays "ran", not "rans"; a past
# written as its present ("set", "put", "cut") is read as the past, which a dated event is.
_PAST_FORMS = frozenset(
    "ran began became came went took gave made held met found saw heard wrote sent spent "
    "led built brought bought thought won paid said told kept left chose drew got grew knew "
    "rose fell spoke stood sought taught caught fought lost undertook oversaw set put cut "
    "let read hit cost spread shut".split()
)


def _singular(verb: str) -> str:
    """The form of `verb` after a singular subject: "expect" → "expects"; a past, a modal or
    a form that has its -s already stays."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb in _MODALS or verb in _PAST_FORMS or verb.endswith(("s", "ed", "ing")):
        return verb
    if verb.endswith(("sh", "ch", "x", "o")):
        return f"{verb}es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return f"{verb[:-1]}ies"
    return f"{verb}s"


def _told(title: str, verb: str, author: str | None, said: bool = False) -> str:
    """ "Teacher workforce statistics published" keeps its verb, said once, unless the line
    `said` its own; a title's "(excerpt)" is no part of what happened."""
    title = re.sub(
        r"\s*\((?:[^()]*\b(?:excerpt|extract)\b[^()]*|summary)\)\s*$", "", title.strip(), flags=re.I
    )
    if titled := re.search(r"\s+(published|released|updated|revised|issued)$", title, re.I):
        title, verb = title[: titled.start()], verb if said else titled[1].lower()
    return f"{author.strip()} {verb} {title}" if author and author.strip() else f"{title} {verb}"


def make_event(date: DateSpan, text: str, statement: Statement) -> Event:
    """`text` is the `event_text` of the date's clause."""
    return Event(id="", start=date.start, end=date.until, text=text, statements=(statement,))


def event_text(sentence: str, date: DateSpan, dates: list[DateSpan]) -> str:
    """The clause that carries `date`, made to read alone: its subject kept, its asides and
    comparisons left out, its dates taken out with the words that tie them to it, and at
    most about 25 words, cut where a clause begins ("" when its date tells no event)."""
    opening = _BACKGROUND.match(sentence)
    inside = [d for d in dates if opening and d.end <= opening.end()]
    if opening and inside and any(d.kind == "date" and d.begin >= opening.end() for d in dates):
        # "Following a substantial increase in 2022, liquid bulk saw the largest decline in
        # 2023": 2022's increase and 2023's decline, each told apart
        if date.end <= opening.end():
            return _background(sentence, opening, inside)
        skip = opening.end()
        rest = [
            replace(d, begin=d.begin - skip, end=d.end - skip) for d in dates if d.begin >= skip
        ]
        moved = replace(date, begin=date.begin - skip, end=date.end - skip)
        return event_text(sentence[skip:], moved, rest)
    aside = _RELATIVE_ASIDE.match(sentence)
    if aside and not VERB.search(aside["subject"]) and VERB.search(aside["aside"]):
        return _told_of_subject(sentence, aside, date, dates)
    spans = clauses(sentence)
    home = next(c for c in spans if c.depth == 0 and c.holds(date.begin))
    home = _own_side(sentence, home, date, dates)
    if _GAPPED_AFTER_SEMICOLON.search(sentence, 0, home.begin) and not VERB.search(
        sentence, home.begin, home.end
    ):
        # "Heavy-rail ridership posted 2,667 million trips; …; and light-rail, 338 million
        # trips in 2003": the last of a list whose verb the first clause told
        home = replace(home, begin=spans[0].begin)
    if home.begin < (written := dateline_end(sentence)):
        home = replace(home, begin=written)  # "WASHINGTON, Aug. 12, 2025 – The …"
    inner = [c for c in spans if c.depth == 1 and home.begin <= c.begin < home.end]
    # Comparisons go, and asides that hold numbers (breakdowns); "(CPIH)" stays, and so does
    # the number that "almost one in seven (13,710)" or "almost half (44.8 percent)" is.
    compared = [
        (_with_amount(sentence, c.begin), c.end)
        for c in inner
        # "a 1.5% increase over the prior month": a comparison without a number or a date of
        # its own says what the change is measured against, and stays
        if c.kind == "comparison"
        and re.search(r"\d", sentence[c.begin : c.end])
        # "an increase from end June 2012 of 4.9%": only its date goes, "an increase of 4.9%"
        and not _OF_AMOUNT.match(sentence, c.end)
    ]
    breakdowns = [
        (c.begin, c.end)
        for c in inner
        if c.kind != "comparison"
        and re.search(r"\d", sentence[c.begin : c.end])
        and not _EXACTLY.fullmatch(sentence, c.begin, c.end)
    ]
    cuts = sorted(compared + breakdowns)
    colon = sentence.find(":", date.end, home.end)
    parts = [d for d in dates if colon != -1 and colon < d.begin < home.end and part_of(d, date)]
    if len(parts) >= 2:
        cuts.append((colon, home.end))  # "…in 2024: 1,084 in the first quarter, …": the total
    dated = [
        _with_commas(sentence, *_with_lead_in(sentence, d))
        for d in dates
        if home.holds(d.begin)
        and d.kind not in ("modifier", "name")
        and not _names_what_was_released(sentence, d)  # "published statistics for 2020" stays
    ]
    text = _tidy(_without(sentence, home.begin, home.end, cuts + dated))
    if _STOPS_AT_COMPARISON.search(text) and compared:
        # "The distribution was similar to the 2018 distribution (7%, …)": the comparison
        # is what it says, and stays; its values go
        asides = [
            (c.begin, c.end)
            for c in spans
            if c.kind == "aside"
            and home.holds(c.begin)
            and re.search(r"\d", sentence[c.begin : c.end])
        ]
        kept = [c for c in cuts if c not in compared] + asides
        # "… were 12% below 2019 levels": the year is what it is below, and stays
        outside = [d for d in dated if not any(b <= d[0] < e for b, e in compared)]
        text = _tidy(_without(sentence, home.begin, home.end, kept + outside))
    if len(text.split()) < 3 or _COPULA_END.search(text):
        # "Updated on April 19, 2024", "These figures are as of September 4, 2004": the
        # date is what it says
        text = _tidy(_without(sentence, home.begin, home.end, cuts))
    if _opens(sentence, home):
        text = _with_subject(sentence, spans, home, text)
    elif following := _FOLLOWING.match(text):
        text = _what_came_before(sentence, spans, following, text)
    text = _shorten(short_words(_as_its_subject_did(_without_connective(text))))
    if _ONLY_NAMED.fullmatch(text) and not VERB.search(text):
        return ""  # "The rise in personal insolvencies": a thing named, nothing done
    if re.match(r"(?:up\s+)?until\b", date.text, re.IGNORECASE):
        text = _LASTED.sub(" ended", text)  # "This optional pause lasted (until June 2020)"
    return text


# What a thing did until a date, which its end is the event of.
_LASTED = re.compile(
    r"\s+(?:lasted|continued|ran|stayed|applied|remained(?:\s+in\s+(?:place|force))?|"
    r"(?:was|were)\s+in\s+(?:place|force))$"
)


# "The scheme, which opened in 2015, had 4,000 members in 2022": what the aside tells of the
# subject, and what the sentence tells of it, each a clause of its own.
_RELATIVE_ASIDE = re.compile(
    r"(?P<subject>[A-Z][^,;()\d]{2,80}?),\s+(?:which|who)\s+(?P<aside>(?:[^,;()]|,\s*(?=\d{4}\b)){3,150}?),\s+"
    r"(?=[a-z])"
)


def _told_of_subject(
    sentence: str, aside: re.Match[str], date: DateSpan, dates: list[DateSpan]
) -> str:
    """The event text of `date` said of the subject alone: from the aside when the date is
    in it ("The scheme opened"), else from the rest of the sentence ("The scheme had …")."""
    subject = aside["subject"] + " "
    inside = aside.start("aside") <= date.begin < aside.end("aside")
    begin, end = (aside.start("aside"), aside.end("aside")) if inside else (aside.end(), None)
    told = sentence[begin:end]
    shift = begin - len(subject)
    kept = [
        replace(d, begin=d.begin - shift, end=d.end - shift)
        for d in dates
        if begin <= d.begin and (end is None or d.end <= end)
    ]
    return event_text(
        subject + told, replace(date, begin=date.begin - shift, end=date.end - shift), kept
    )


# "…, but 2023 saw a rebound", "…, but in 2023 sales rose", "… but 40 years later (2000-01)
# had decreased": a clause that opens with its own date, after a clause of another date.
_CONTRAST = r"but|while|whereas|yet"
_BUT_DATED = re.compile(
    rf"(?:[,;]\s*|\s)(?:{_CONTRAST})\s+(?P<clause>(?:in\s+|by\s+)?|[\w\s]{{1,25}}\(\s*)$",
    re.IGNORECASE,
)


def _own_side(sentence: str, home: Clause, date: DateSpan, dates: list[DateSpan]) -> Clause:
    """The part of `home` that tells `date`'s own fact, when a "but" parts two clauses of two
    dates: "In 2022, sales were low" and "2023 saw a rebound"."""
    told = [d for d in dates if d.kind == "date" and home.holds(d.begin)]
    for second in told:
        joint = _BUT_DATED.search(sentence, home.begin, second.begin)
        if joint is None or not any(d.end <= joint.start() for d in told):
            continue
        if date.begin >= second.begin:
            return replace(home, begin=joint.start("clause"))  # at "in 2023" or at the date
        return replace(home, end=joint.start())
    return home


# A text that only names a thing: "The rise in personal insolvencies" (no verb, no "-ing").
_ONLY_NAMED = re.compile(r"(?:The|A|An)\s+(?:(?![\w-]*(?:ing|ed)\b)[\w'’-]+\s*){1,7}")


def _background(sentence: str, opening: re.Match[str], inside: list[DateSpan]) -> str:
    """What an opening phrase tells of its own time, said of the main clause's subject:
    "Liquid bulk: a substantial increase"; "" when it names no change ("After the floods of
    2019, …" sets the scene)."""
    rest = sentence[opening.end() :]
    subject = subject_before(rest, len(rest))
    cuts = []
    for date in inside:
        lead_in = _LEAD_IN.search(sentence, opening.end("word"), date.begin)
        cuts.append((lead_in.start() if lead_in else date.begin, date.end))
    told = _without(sentence, opening.end("word"), opening.end() - 1, cuts)
    told = " ".join(told.split()).strip(" ,")
    if not subject or not _A_CHANGE.search(told):
        return ""
    return _tidy(f"{subject}: {told}")


# "Following a substantial increase in 2022, …", "Following relatively flat sales in June and
# July, …": what came before the main clause's own development.
_BACKGROUND = re.compile(r"^\s*(?P<word>following|after)\b[^,;]{0,80},", re.IGNORECASE)
_A_CHANGE = re.compile(
    r"\b(?:increase|decrease|rise|fall|decline|drop|growth|jump|surge|slump|flat|stable|peak|"
    r"record|high|low)s?\b|\b(?:edg|ris|fall|declin|increas|decreas|grow|dropp|slow)ing\b",
    re.IGNORECASE,
)


def _with_amount(sentence: str, begin: int) -> int:
    """Where a comparison begins with the amount that says how far from it: ", more than $35
    (above April 2022)", ", and $46 (higher than …)" go with it; "unchanged (from
    February)" says what happened, and stays."""
    if state := _STATE.match(sentence, begin):
        return state.end()
    if (noun := _CHANGE_NOUN_BEFORE.search(sentence, max(0, begin - 60), begin)) and not re.search(
        r"\d", noun.group()
    ):
        return noun.start()  # "…, a decrease (from 18 in 2019)": the change goes with it
    if not _HOW_FAR.match(sentence, begin):
        return begin
    amount = _AMOUNT_BEFORE.search(sentence, max(0, begin - 60), begin)
    return amount.start() if amount else begin


_OF_AMOUNT = re.compile(r"\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£]?\d", re.I)
_STATE = re.compile(r",?\s*(?:unchanged|steady|stable|flat)\b", re.IGNORECASE)
_CHANGE_NOUN_BEFORE = re.compile(
    r",\s*(?:an?\s+)?(?:\w+\s+)?(?:increase|decrease|rise|fall|drop|decline)\s*$", re.IGNORECASE
)


_HOW_FAR = re.compile(r"\s*(?:above|below|than)\b", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(
    r"(?:,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|around\s+)?"
    r"[$€£]?\d[\d,.]*\s*(?:%|per\s*cent|percent|percentage\s+points?|points?|million|billion)?"
    r"(?:\s+(?:higher|lower|greater|more|less))?\s*$",
    re.IGNORECASE,
)


# "…, following an estimated increase of 4 per cent to $52.8 billion in 2014-15": a change
# of the sentence's subject, told as a noun.
_FOLLOWING = re.compile(
    r"^following\s+(?:a|an)\s+(?P<estimated>estimated\s+)?"
    r"(?P<way>rise|increase|growth|fall|decrease|decline|drop)\s+of\s+",
    re.IGNORECASE,
)
_TOLD_AS_VERB = {"rise": "rose", "increase": "increased", "growth": "grew", "fall": "fell",
                 "decrease": "decreased", "decline": "declined", "drop": "dropped"}  # fmt: skip


def _what_came_before(
    sentence: str, spans: tuple[Clause, ...], following: re.Match[str], told: str
) -> str:
    """ "Following an estimated increase of 4 per cent to $52.8 billion" tells of the first
    clause's subject: "The gross value of farm production increased by an estimated 4 per
    cent to $52.8 billion"."""
    first = next(c for c in spans if c.depth == 0)
    verb = _PREDICATE.search(sentence, first.begin, first.end)
    subject = sentence[first.begin : verb.start()].strip(" ,") if verb else ""
    if not subject or len(subject.split()) > 12:
        return told
    changed = _TOLD_AS_VERB[following["way"].lower()]
    estimated = "an estimated " if following["estimated"] else ""
    return f"{subject} {changed} by {estimated}{told[following.end() :]}"


_PARTICIPLE = re.compile(PARTICIPLE_OPENING, re.IGNORECASE)
# "There was an increase (of 23%) in X (of 86%)": what changed, told as its subject
_THERE_WAS_A_CHANGE = re.compile(
    r"^There\s+was\s+an?\s+(?:(?P<how>\w+)\s+)??(?P<way>increase|rise|decrease|fall|drop|decline)"
    r"(?:\s+of\s+(?P<by>[^\s,;]+))?\s+in\s+(?P<what>(?:[^,;()]|\([^()]*\))+?)"
    # "of 2.4% or 48,100": the change, told two ways
    r"(?:\s+of\s+(?P<by2>[$€£]?\d(?:[\d.]|,\d)*%?(?:\s+or\s+[$€£]?\d(?:[\d.]|,\d)*%?)?))?"
    r"(?P<rest>[,;].*)?$"
)
# "There was an annual increase in employment": the span it is over, said after the verb.
_OVER_SPAN = {
    "annual": "over the year", "yearly": "over the year", "quarterly": "over the quarter",
    "monthly": "over the month", "weekly": "over the week",
}  # fmt: skip


def _without_connective(text: str) -> str:
    """ "However, sales rose to 5 million" reads on a timeline as "Sales rose to 5 million":
    a word that links the sentence to the one before it links it to nothing there."""
    linked = _CONNECTIVE.match(text)
    if linked is None or not text[linked.end() :].strip():
        return text
    rest = text[linked.end() :]
    return rest[:1].upper() + rest[1:]


_CONNECTIVE = re.compile(
    r"^(?:however|for\s+example|for\s+instance|in\s+addition|additionally|meanwhile|moreover|"
    r"furthermore|also|in\s+contrast|by\s+contrast|similarly|likewise|nevertheless|"
    r"nonetheless|as\s+a\s+result|consequently|therefore|thus|hence|in\s+turn|again|"
    r"in\s+particular|specifically|notably|indeed|still|instead|then|finally|first(?:ly)?|"
    r"second(?:ly)?|third(?:ly)?|lastly),\s+",
    re.IGNORECASE,
)


_AS_ADVERB = {
    word: f"{word[:-1]}ily" if word.endswith("y") else f"{word}ly"
    for word in "significant slight sharp steady marked substantial modest gradual notable".split()
}


def _as_its_subject_did(text: str) -> str:
    """ "There was an increase in excise clearances of unleaded petrol of 86%" reads alone as
    "Excise clearances of unleaded petrol increased by 86%"."""
    told = _THERE_WAS_A_CHANGE.match(text)
    how = (told["how"] or "").lower() if told else ""
    if told is None or (how and how not in _AS_ADVERB and how not in _OVER_SPAN):
        return text
    verb = _TOLD_AS_VERB[told["way"]]
    adverb = f" {_AS_ADVERB[how]}" if how in _AS_ADVERB else ""
    by = told["by"] or told["by2"]
    span = f" {_OVER_SPAN[how]}" if how in _OVER_SPAN else ""
    said = f"{told['what']}{adverb} {verb}{f' by {by}' if by else ''}{span}{told['rest'] or ''}"
    return said[:1].upper() + said[1:]


_GAPPED_AFTER_SEMICOLON = re.compile(r";\s*$")
_SCHEDULED = re.compile(
    r"\bwill\s+be\s+(?:finali[sz]ed|published|revised|updated|released)\s+(?:(?:in|on)\s+)?$"
    # "… updates the outlook ABARES released in June 2015": an earlier release, told
    r"|\b(?:released|published|issued)\s+(?:in|on)\s+$",
    re.I,
)
_COPULA_END = re.compile(r"\b(?:is|are|was|were)$", re.IGNORECASE)
# "The distribution was", "Arrivals were 12%": a text that stops where its comparison began.
_STOPS_AT_COMPARISON = re.compile(
    r"\b(?:is|are|was|were)(?:\s+(?:up|down))?(?:\s+[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent))?"
    r"(?:\s+(?:higher|lower|more|less|fewer|above|below))?$",
    re.IGNORECASE,
)
# A bracket that holds one number and nothing else.
_EXACTLY = re.compile(r"\s*\(\s*[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent)?\s*\)", re.I)


def _opens(sentence: str, home: Clause) -> bool:
    """Whether `home` is a participle that opens the sentence: "Established in 1982, …"."""
    return home.kind == "concession" and bool(_PARTICIPLE.match(sentence, home.begin))


# Where the subject of a main clause ends: at its verb, or an adverb before it.
_PREDICATE = re.compile(
    r"\s(?:(?:[a-z]+ly|now|still|also|already)\s+)?(?:is|are|was|were|has|have|had|will|would|can|may|consists?|includes?|"
    r"comprises?|operates?|remains?|provides?|serves?|covers?|employs?|runs?|manages?|"
    r"handles?|holds?|continues?|(?-i:[a-z]{2,}ed))\b",
    re.IGNORECASE,
)


def _with_subject(sentence: str, spans: tuple[Clause, ...], home: Clause, told: str) -> str:
    """ "Established in 1982 at 5 towers, the FCT Program currently consists of …" tells of
    the main clause's subject: "The FCT Program was established at 5 towers"."""
    main = next((c for c in spans if c.depth == 0 and c.begin >= home.end), None)
    if main is None:
        return told
    verb = _PREDICATE.search(sentence, main.begin, main.end)
    present = None if verb else _PRESENT_VERB.match(sentence, main.begin, main.end)
    end = verb.start() if verb else present.end() if present else main.begin
    subject = sentence[main.begin : end].strip(" ,")
    if not subject or len(subject.split()) > 12:
        return told
    last = subject.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    text = f"{subject} {'were' if plural else 'was'} {told[:1].lower()}{told[1:]}"
    return text[:1].upper() + text[1:]


# "Established in 2018, RAT streamlines communications …": a short subject, then its verb
_PRESENT_VERB = re.compile(
    r"\s*(?:the\s+|its\s+)?(?:\S+\s+){0,2}?\S+(?=\s(?-i:[a-z]{3,}s)\s)", re.I
)
_SUBJECT_OPENS = re.compile(r"\s*(?:the\s+)?(?:\S+\s+(?:and|or)\s+(?:the\s+)?)?", re.IGNORECASE)
_DATE_AS_SUBJECT = re.compile(
    r"(?:\s+(?:and|or)\s+(?:the\s+)?\S+)?\s+(?:was|were|is|are|has\s+been|had\s+been|saw|"
    r"marked|brought)\b"
)


def _with_lead_in(sentence: str, date: DateSpan) -> tuple[int, int]:
    """The date with the words that tie it to its clause; a date that a noun holds ("the
    flood of 2019") is kept."""
    window = max(0, date.begin - 40)
    lead_in = _LEAD_IN.search(sentence, window, date.begin)
    begin = lead_in.start() if lead_in and lead_in.group() else date.begin
    if begin == date.begin and re.search(r"\bof\s+$", sentence[window : date.begin]):
        return date.begin, date.begin
    if (
        _SUBJECT_OPENS.fullmatch(sentence, 0, date.begin)
        or _THAT.search(sentence, 0, date.begin)
        or _CLAUSE_JOINED.search(sentence, 0, date.begin)
    ) and _DATE_AS_SUBJECT.match(sentence, date.end):
        # "2023 was a record year for referrals", "The 1910s and 1920s saw …": its subject
        return date.begin, date.begin
    end = date.end
    if this_year := _OF_THIS_YEAR.match(sentence, end):
        end = this_year.end()  # "until January 5th of this year"
    elif onwards := _ONWARDS.match(sentence, end):
        end = onwards.end()  # "From 2014–15 onwards, there were changes"
    elif _VALUED_PAIR.search(sentence, max(0, begin - 80), end + 80) and (
        value := _EXACTLY.match(sentence, end)
    ):
        end = value.end()  # "stable between 2005 (47.2%) and 2013 (47.7%)": each year's value
    return begin, end


_ONWARDS = re.compile(r"\s+onwards?\b", re.IGNORECASE)
_OF_THIS_YEAR = re.compile(r",?\s+of\s+(?:this|that|the\s+same|last|next)\s+year\b", re.I)
# Two times, each told with its value in brackets; not "growth from 1993 to 2003 (34
# percent)", whose bracket is the growth's.
# "recorded in 2005 (55.7%) and then in 2013 (53.1%)" too.
_VALUED_PAIR = re.compile(
    r"\b(?:between|from|in)\s+[^()]{2,30}?\(\s*[$€£]?\d[^()]{0,20}\)\s+(?:and|to)(?:\s+then)?\s+"
    r"(?:in\s+)?[^()]{2,30}?\(\s*[$€£]?\d[^()]{0,20}\)",
    re.IGNORECASE,
)


_THAT = re.compile(r"\bthat\s+$")  # "… report that 2006 was the 2nd warmest year"
# "… low outside the major markets, but 2022 was a growth year in India": a clause that opens
# with its year as the subject
# (not "figures for 2022 and 2016 were", two years of one subject)
_CLAUSE_JOINED = re.compile(
    rf"(?:[,;]\s*(?:and|{_CONTRAST})|\s(?:{_CONTRAST}))\s+(?:the\s+)?$", re.IGNORECASE
)


def _with_commas(sentence: str, begin: int, end: int) -> tuple[int, int]:
    """A date cut with the commas that set it off: "The system, between January 1, 2000,
    and August 31, 2000, issued" reads "The system issued"."""
    if begin == end or sentence[end : end + 1] != ",":
        return begin, end
    before = sentence[:begin].rstrip()
    if before.endswith(","):
        return len(before) - 1, end + 1
    if _OPENING_PHRASE.match(before):
        return begin, end  # "Out of the 3,346 deaths registered in 2014, half …": it ends there
    if _CLAUSE_GOES_ON.match(sentence, end) or _APPOSITION.match(sentence, end + 1):
        # "hit the Islands on April 2, causing 54 deaths", "… in Australia in 2017, a 4.7%
        # decrease on …": the comma stays
        return begin, end
    # "rose to $367 in 2012, up 1.8 percent": the comma parts the figure from its change.
    return begin, end if _AFTER_FIGURE.search(before) else end + 1


_CLAUSE_GOES_ON = re.compile(r",\s+(?:[a-z]+ing|which|who|where)\b")
# A phrase that opens the sentence before its subject, closed by the date's comma.
_OPENING_PHRASE = re.compile(
    r"^(?:Out\s+of|Of|Among|Despite|Although|While|When|Unlike|Compared\s+with)\b(?:[^,;]|,(?=\d))*$"
)
# … "in 2020, an increase of 22% from 2019"
_APPOSITION = re.compile(r"\s+(?:an?|up|down)\s+(?:[a-z-]+\s+){0,3}?(?:[A-Z][a-z]+\s+)?[$€£]?\d")
_AFTER_FIGURE = re.compile(r"(?:\d%?|\b(?:percent|million|billion|thousand|points?))$", re.I)


# "Statistical news 2024-11-22 8.00", "… published at 09.30 am", "… at 10:45": the hour of a
# date taken out, left at the end; not "was 0.49", a value
_TIME_LEFT = re.compile(
    r"\s+(?:at\s+)?(?:\d{1,2}:\d{2}|\d{1,2}\.\d{2}(?=\s*[apCGU])|(?<=at\s)\d{1,2}\.\d{2}|\d{1,2}\.00)"
    r"\s*(?:[ap]\.?m\.?|CET|CEST|GMT|UTC)?$",
    re.IGNORECASE,
)


def _without(sentence: str, begin: int, end: int, cuts: list[tuple[int, int]]) -> str:
    kept, position = [], begin
    for a, b in sorted(cuts):
        if b <= position or a >= end:
            continue
        kept.append(sentence[position : max(a, position)])
        position = max(position, b)
    kept.append(sentence[position:end])
    # "This figure – 10 million EV sales worldwide – exceeds": a word on each side of a cut
    # keeps a space between them
    return "".join(
        f" {part}" if i and kept[i - 1][-1:].isalnum() and part[:1].isalnum() else part
        for i, part in enumerate(kept)
    )


_SHOWN_IN = re.compile(
    r"^(?:as\s+(?:shown|seen|illustrated|set\s+out)\s+in|see)\s+(?:figure|table|chart|graph|annex)"
    r"\s+[\w.]+,\s*",
    re.IGNORECASE,
)


_SAID_LEAD = re.compile(
    r"^(?:commenting\s+on\s+[^,:]{2,60},\s*)?[^:“”\"]{2,100}?\s+(?:said|says|added)\s*:\s*[“\"]?",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(
    r"[,.]?\s*[”\"]\s*,?\s*(?:said|says|added)\s+[^,.;:“”]{2,100}$"
    # "…, Stats NZ said today"
    r"|,?\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}\s+(?:said|says)(?:\s+today)?$",
    re.IGNORECASE,
)


def _tidy(text: str) -> str:
    text = _TIME_LEFT.sub("", " ".join(text.split()))
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"\(\s*\)|,\s*(?=[,.;])", "", text)
    text = re.sub(
        r"^(?:[,;:]|\b(?:and|but|or|while|whereas|although|though)\b)\s*", "", text, flags=re.I
    )
    text = _SHOWN_IN.sub("", text)  # "As shown in Figure 1, business numbers increased"
    text = re.sub(r"\s+([’']s)\b", r"\1", text)  # "the 2020 data’s report", its year cut
    text = re.sub(r"^[^\w$€£¥(]+", "", text).rstrip(" ,;:.!?—–-")  # not "£920"
    # "Commenting on the release, X said: “The figures show …": what was said, not who said it
    text = _unquoted(_SAID_LEAD.sub("", _SAID_AFTER.sub("", text)).strip())
    text = _strip_dangling(text)
    return text[:1].upper() + text[1:]


def _unquoted(text: str) -> str:
    """Without the quotation marks around what was said, or left by a cut, but with those of
    a name it quotes ('placed the country in "Tier 1"')."""
    for opening, closing in (("“", "”"), ('"', '"')):
        inner = text[1:-1]
        if (
            text[:1] == opening
            and text[-1:] == closing
            and opening not in inner
            and closing not in inner
        ):
            text = inner  # “The figures show …”: said, whole
        if text[:1] == opening and text.count(closing) == (opening == closing):
            text = text[1:]  # an opening mark whose close the cut left out
        if text[-1:] == closing and text.count(opening) == (opening == closing):
            text = text[:-1]  # a closing mark whose opening the cut left out
    return text.strip()


# "… on record and nearly" (from "and nearly identical to the record set in 1998")
_DEGREE = frozenset("nearly almost roughly broadly approximately very".split())


def _strip_dangling(text: str) -> str:
    """Without the words a cut left hanging: "… for victims of trafficking, planned" (from
    "planned in 2006") ends at "trafficking"."""
    words = text.split()
    while words and words[-1].lower().strip(",;:") in DANGLING | _DEGREE:
        words.pop()
    text = " ".join(words).rstrip(" ,;:")
    text = re.sub(
        r",\s+(?:a|an|the)\s+(?:number|figure|total|level|rate)$", "", text
    )  # "…, a number"
    return re.sub(r",\s+\w+(?:ed|en)$", "", text)


# "Combined with …, USAID implemented": what comes before the subject, which a long event
# can do without.
_OPENING = re.compile(
    r"^(?:combined\s+with|utili[sz]ing|using|despite|according\s+to|as\s+a\s+result\s+of|"
    r"in\s+addition\s+to|due\s+to|following|because\s+of|given|owing\s+to|in\s+response\s+to|"
    r"thanks\s+to|in\s+line\s+with|under)\b",
    re.IGNORECASE,
)
# Where such an opening may end: a comma or a dash before the subject.
_SUBJECT_AFTER = re.compile(rf"(?:,\s+|\s*[—–]\s*){SUBJECT_STARTS}", re.IGNORECASE)


def _shorten(text: str) -> str:
    """At most about `MAX_WORDS` words, cut where a clause begins, never inside brackets."""
    if len(text.split()) <= MAX_WORDS:
        return text
    # "The NGO CLB, which compiles data on …, documented 1,702 strikes": the subject and what
    # it did, without what the subject is
    text = _WHICH.sub("", text, count=1)
    if len(text.split()) <= MAX_WORDS:
        return text
    if _OPENING.match(text) and (subject := _subject_start(text)):
        text = text[subject:]
        text = text[:1].upper() + text[1:]
        if len(text.split()) <= MAX_WORDS:
            return text
    limit = len(" ".join(text.split()[:MAX_WORDS]))
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text, 0, limit) if _depth(text, m.start()) == 0]
    cuts += [
        m.start()
        for m in _WHY_CUT.finditer(text, 0, limit)
        if _AFTER_FIGURE_END.search(text, max(0, m.start() - 20), m.start())
    ]
    cuts.sort()
    cuts = [c for c in cuts if len(text[:c].split()) >= 6]
    if cuts:
        return _strip_dangling(text[: cuts[-1]])
    words = text[:limit].split()
    while _depth(" ".join(words), len(" ".join(words))) > 0:
        words.pop()
    return _strip_dangling(" ".join(words)) + " …"


def _subject_start(text: str) -> int | None:
    """Where the subject begins after an opening ("Combined with A, B and C—and supported by
    D—USAID implemented …"): the last comma or dash before a subject, outside brackets, with
    a clause's worth of words after it."""
    ends = [
        m.end()
        for m in _SUBJECT_AFTER.finditer(text)
        if _depth(text, m.start()) == 0 and len(text[m.end() :].split()) >= 6
    ]
    return ends[-1] if ends else None


_WHICH = re.compile(r",\s+(?:which|who)\s+[^,;()]{3,200},(?=\s+[a-z])")


def _depth(text: str, position: int) -> int:
    return text.count("(", 0, position) - text.count(")", 0, position)


def each_its_own(sentence: str, dates: Sequence[DateSpan]) -> list[str] | None:
    """ "Sales rose 5% in 2019 and 3% in 2020", "The plan was adopted in 2010 and revised in
    2015": dates in conjuncts joined by "and", each with a fact of its own, told as sentences
    of their own ("Sales rose 3% in 2020", "The plan was revised in 2015"), one for each
    date; None when the dates do not part the sentence so."""
    if len(dates) < 2 or any(d.kind != "date" for d in dates) or _RESPECTIVELY.search(sentence):
        return None
    if len({(d.start, d.until) for d in dates}) < len(dates):
        return None  # "£8.2 billion in August 2022 and the highest August figure": one time
    if _BETWEEN.search(sentence, 0, dates[0].begin):
        return None  # "between Monday, 02 May and Friday, 06 May 2022": one span
    cuts = []
    for before, after in itertools.pairwise(dates):
        joins = [
            j
            for j in _CONJUNCTION.finditer(sentence, before.end, after.begin)
            if _depth(sentence, j.start()) == 0
            and not _joins_names(sentence, j)
            # "…, in 2021 12 cars were sold": a comma parts clauses only before a time
            and (j[0].strip() != "," or _TIME_LEAD.fullmatch(sentence, j.end(), after.begin))
        ]
        if not joins or not sentence[joins[-1].end() : after.begin].strip(" ,"):
            return None  # "between 2 May and 6 May 2022", "in 2019 and 2020": one time
        cuts.append(joins[-1])
    first = sentence[: cuts[0].start()]
    if not VERB.search(first):
        return None  # "For the December 2011 quarter, salary and wage rates were …": a noun's "and"
    parts = [first]
    for k, cut in enumerate(cuts):
        end = cuts[k + 1].start() if k + 1 < len(cuts) else len(sentence)
        own = sentence[cut.end() : end].strip().rstrip(".")
        head = _dated_clause_head(first, own, dates[k + 1]) if _TIME_LEAD.match(own) else None
        head = _head_for(first, own, dates) if head is None else head
        if head is None:
            return None
        parts.append(head + own if head else own[:1].upper() + own[1:])
    return parts


_CONJUNCTION = re.compile(r",?\s+and\s+(?:then\s+)?|,\s+")
_TIME_LEAD = re.compile(r"(?:in|during|by)\s+(?:the\s+)?", re.IGNORECASE)


def _dated_clause_head(first: str, own: str, date: DateSpan) -> str | None:
    """ "in 2021 12 cars were sold" after "In 2014 67 cars were sold": a clause of its own,
    opened by its time, which borrows only the lead of a list item ("Colistin: ")."""
    lead = _TIME_LEAD.match(own)
    if lead is None or not own.startswith(date.text.removeprefix(lead[0]), lead.end()):
        return None
    rest = own[lead.end() + len(date.text.removeprefix(lead[0])) :]
    if not VERB.search(rest):
        return None
    named = ITEM_LEAD.match(first)
    return first[named.start("name") : named.end()] if named else ""


def _joins_names(sentence: str, join: re.Match[str]) -> bool:
    """Whether "and" joins two capitalised words: "National Registration and Accreditation
    Scheme", "New Mexico, Louisiana and Massachusetts": names, not clauses."""
    before = sentence[: join.start()].split()
    after = sentence[join.end() :].split()
    return bool(before and after and before[-1][:1].isupper() and after[0][:1].isupper())


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$", re.IGNORECASE)


def _head_for(first: str, own: str, dates: Sequence[DateSpan]) -> str | None:
    """What a gapped conjunct borrows from the first: "Sales rose " for "3% in 2020", "The plan
    was " for "revised in 2015" ("The bulletin " for "contained data", a deed of its own),
    "FDA required compliance " for "by producers … by 2012"; None when it cannot be read (a
    conjunct with a subject of its own may be a noun's: "broiler and turkey production")."""
    word = own.split(" ", 1)[0]
    masked = first
    for d in dates:  # a date's digits are no figure the conjunct parallels
        if d.end <= len(first):
            masked = masked[: d.begin] + "#" * (d.end - d.begin) + masked[d.end :]
    if re.match(r"[$€£]?\d", word):
        parallel = re.search(r"[$€£]?\d", masked)
    elif word.lower() in _GAPPED_PREPOSITIONS and (verb := VERB.search(masked)):
        # "rose to 11.6% and to 11.8%": the same preposition after the verb, not in its subject
        parallel = re.compile(rf"\b{word.lower()}\s", re.IGNORECASE).search(masked, verb.end())
    elif _DONE.fullmatch(word) and (parallel := _DONE.search(masked)):
        aux = _AUXILIARY_BEFORE.search(first, 0, parallel.start())
        if aux and not _PASSIVE_GOES_ON.match(own, len(word)):
            return first[: aux.start()] + " "  # "was published in 1996 and contained data"
    elif _OWN_CLAUSE.match(own):
        return ""  # "… and prices fell in 2020": a subject and verb of its own, close together
    else:
        return None
    return first[: parallel.start()] if parallel and parallel.start() > 0 else None


_GAPPED_PREPOSITIONS = frozenset("by to for with from on at".split())
_OWN_CLAUSE = re.compile(
    r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:rose|fell|grew|increased|decreased|declined|"
    r"dropped|was|were|is|are|had|has|reached|remained)\b"
)
_AUXILIARY_BEFORE = re.compile(r"\s(?:was|were|is|are|has|have|had|been)\s+$")
# After a passive participle: where, when or by whom, not an object ("revised in 2015").
_PASSIVE_GOES_ON = re.compile(
    r"\s*(?:$|[,.;]|\s(?:in|on|by|to|for|from|at|with|during|under|after|before|as)\b)"
)
_DONE = re.compile(r"\b[a-z]+ed\b")
