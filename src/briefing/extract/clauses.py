"""A sentence cut into clauses, so that a date governs the numbers of its own clause.

Reports compare: "In 2020, the government identified 91 victims (30 women and 61 men),
compared with 159 victims in 2019." That sentence has a main clause (dated 2020), an aside
that breaks its figure down (no date of its own: it takes its host's), and a comparison
(dated 2019). The cuts, each found by its words, not by a grammar model:

- comparisons: "compared with/to", "up/down from", "an increase over", "than in", "similar
  to", "versus", "For comparison," and a figure's "from X in 2018 to Y in 2019";
- asides: brackets and dashes ("victims—275 women and 351 girls—"), "including", "of whom",
  "of which"; a bracket that holds only a number and its time ("(2,953 in 2018)") compares;
- main clauses: semicolons, ", while", ", whereas", ", but", and ", and" before a new subject.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from briefing.extract.dates import DateSpan
from briefing.extract.numbers import NUMBER_WORD
from briefing.extract.wording import VERB

Kind = Literal["main", "concession", "comparison", "aside"]


@dataclass(frozen=True)
class Clause:
    begin: int
    end: int
    kind: Kind
    depth: int  # 0 for a main clause; a clause inside another is one deeper

    def holds(self, position: int) -> bool:
        return self.begin <= position < self.end


# "2020/21 to 2022/23", "March 2016 to April 2016": the span a change is over, no comparison
_SPAN_OVER = (
    r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d[^,;.]{0,12}?\bto\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d(?![\d,])"
)
# Words that open a comparison; it runs to the end of its main clause.
COMPARISON = re.compile(
    # "a 4.7% (5,447) decrease on marriages registered in 2016"
    r",?\s*(?:\b(?:a|an)\s+(?:\w+\s+|[\d.,]+%\s+|\([\d.,%\s]+\)\s+){0,3}?"
    r"(?:increase|decrease|rise|fall|drop|decline)\s+"
    # "an increase of £80 from May 2023", "an increase of 2,428 (5.0%) from the 46,604 …"
    # "an increase of less than 1 percent over 2009"
    r"(?:of\s+(?:(?:less|more)\s+than\s+|about\s+|almost\s+|nearly\s+|around\s+)?"
    r"[$€£]?[\d,.]+%?\s+(?:(?:million|billion|per\s+cent|percent)\s+)?"
    # "a 1.90% decrease of 21.5 million items from 1.13 billion in 2019/20": what it counts
    r"(?:(?!(?:from|over|on|compared)\b)[a-z]+\s+){0,2}?"
    r"(?:\([^()]{1,20}\)\s+)?)?"
    # … the comparison is what follows its "on": the change itself is of the main clause's time
    r"(?P<from5>compared\s+(?:with|to)|over|from|on)\b"
    + rf"(?!\s+{_SPAN_OVER})"  # … not "an increase from 2020 to 2023", the span it is over
    # … nor "a drop of 35% from September to October 2022"
    + r"(?!\s+(?-i:[A-Z])[a-z]+\s+(?:to|through)\s+(?-i:[A-Z])[a-z]+\b)"
    # "more than $35 above April 2022", "$46 higher than the 2013–22 average"
    r"|\b(?:above|below)\s+(?=(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b)"
    # "3.0% above the pre-COVID level in 2019-20": the level of another year
    # "remained below the peaks reached in 2008–09 and 2009–10"
    r"|\b(?:above|below)\s+the\s+(?=[^,;()]{0,30}?\b(?:levels?|averages?|rates?|peaks?)"
    r"(?:\s+(?:reached|seen|recorded|set|observed))?\s+(?:in|of)\s+"
    r"(?:FY\s*)?(?:1[89]|20)\d\d)"
    r"|\bthan\s+the\s+(?=(?:1[89]|20)\d\d)"
    # "weaker growth than 2015-16": the year it is weaker than; "rose 5% relative to 2019",
    # "up 3% against 2020", "rose 4% in 2022 on 2021"
    r"|\b(?:than|relative\s+to|against)\s+(?=(?:the\s+)?(?:FY\s*)?(?:1[89]|20)\d\d\b)"
    r"|(?<=\d{4})\s+on\s+(?=(?:1[89]|20)\d\d\b)"
    # "400 cases, a level last seen in 2010": the time it was as high
    r"|,?\s*\b(?:an?\s+(?:level|figure|number|rate)\s+)?(?:last|not)\s+(?:seen|recorded|reached|"
    r"observed)\s+(?:since\s+|in\s+)?(?=(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b)"
    # "a 1% annual increase from the June quarter 2018", "increased from the March quarter 2019":
    # the date a change is measured from
    r"|\b(?:(?:increase|decrease|rise|fall|drop|decline)s?|increased|decreased|rose|fell|"
    r"declined|dropped)\s+(?:from|on|over)\s+(?=the\s+(?:[A-Z][a-z]+\s+)?quarter\b|"
    r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b)"
    # … but not "from March 2016 to April 2016", the span the change is over
    r"(?![^,;.]{0,30}?\bto\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:quarter\s+)?(?:1[89]|20)\d\d)"
    # "1% higher (or 244 crimes) than the 20,087 crimes recorded …": the value compared with
    r"|\bthan\s+the\s+(?=[\d,.]+\s)"
    # "As in 2022, California reported the highest number": the same as then
    r"|\bas\s+in\s+(?=(?:1[89]|20)\d\d\b)"
    # "…, more than 10 times their share in 2017": so many times what it was then
    r"|,\s*(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|about\s+|over\s+)?"
    rf"(?:\d+(?:\.\d+)?|{NUMBER_WORD})\s+times\s+"
    r"(?=(?:their|its|the)\b[^,;()]{0,40}?\b(?:in|of)\s+(?:1[89]|20)\d\d\b)"
    # "9% lower than the average for the past five years (156)"
    r"|\bthan\s+the\s+(?:[\w-]+\s+){0,2}?average\b"
    # "When compared to the corresponding quarter of 2022, …": the "when" with it
    r"|\b(?:when\s+|as\s+)?compared\s+(?:with|to)\b|\bin\s+comparison\s+(?:with|to)\b"
    r"|\b(?:up|down)\s+from\b"
    # "…, down $247 million from the December 2015 quarter's deficit": the change is of now,
    # the comparison what follows its "from"
    r"|\b(?:up|down)\s+(?:by\s+)?[$€£]?[\d,.]+\s*(?:%|per\s*cent|percent|points?)?"
    r"(?:\s*(?:million|billion|thousand))?\s+(?P<from6>from|on)\s+"
    r"(?=(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b)"
    # "decreased in 2016-17 (25.5%) from both 2005 and 2013": the years a change is measured from
    # … "an increase of 2% (486 prisoners) from 30 June, 2015"
    r"|(?:(?<=%\))|(?<=\d\)))\s+from\s+"
    r"(?=(?:both\s+)?(?:[0-3]?\d\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:[0-3]?\d,?\s+)?(?:1[89]|20)\d\d\b)"
    r"(?![^,;.]{0,30}?\bto\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d)"
    r"|\bas\s+opposed\s+to\b"  # "300 cases were reported, as opposed to 200 in 2022"
    # "300 cases, twice as many as in 2020": another time's; not "three times as likely as
    # women to die in 2020", another group's
    r"|,?\s*\b(?:twice|half|(?:two|three|four|five|ten|\d+)\s+times)\s+as\s+(?:many|much|high|"
    r"large|great|big|long)\s+as\s+(?=(?:in\s+|during\s+)?(?:the\s+)?(?:(?:previous|prior|same|"
    r"last)\b|(?:1[89]|20)\d\d))"
    # "4.1% in March 2024, unchanged from February": the month it is the same as
    # (not "unchanged from 21.5 per cent in 2015 to 21.3 per cent in 2016", a span)
    r"|\b(?:unchanged|steady|stable|flat)\s+(?:from|on|compared\s+(?:with|to))\b(?!\s+[$€£]?\d)"
    # "rose 0.6 percent, following a 0.5 percent rise in the September quarter", "increased 0.8
    # percent after having been unchanged in October": the change before this one
    r"|,?\s*\b(?:following|after)\s+(?=(?:a|an)\s+[\d.,]+\s*(?:%|per\s*cent|percent)|"
    r"(?:having\s+been|being|falling|rising|increasing|decreasing|declining|growing|dropping|"
    r"edging|a\s+(?:fall|rise|decline|drop|gain|increase|decrease))\b)"
    r"|\b(?:up|down|higher|lower)\s+on\s+(?:the|a|last)\b"
    # "a decrease of 20.4% on the FYE March 2020": what a rate of change is measured against
    # "an increase of 7.9% from February 2024"
    # "a fall of 91.1% over the same period in 2019": the time it is measured against
    r"|(?<=%)\s+over\s+(?=the\s+(?:same|corresponding)\s+(?:period|quarter|month|week)\s+"
    r"(?:in|of|last)\b)"
    # "27 percent in 2004 over 2003": the year it is measured against (not "2¾ per cent over
    # 2020", the year a forecast is over)
    r"|(?<=\d{4})\s+over\s+(?=(?:1[89]|20)\d\d\b(?![-–/]\d))"
    r"|(?:(?<=%)|(?<=\bcent)|(?<=\dpp)|(?<=\bpoints))\s+(?:on|from)\s+"
    # … but not "rose 40% from 2020/21 to 2022/23", the span the change is over
    r"(?![^,;.]{0,30}?\bto\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:quarter\s+)?(?:1[89]|20)\d\d)"
    # … "an increase of 10.0% from 31 March 2022": a day too
    # … but not "fell 0.2 points on the quarter in Q2 2018", the span the change is over
    r"(?=the\b(?!\s+(?:month|quarter|year|week)\b(?!\s+(?:of|ending|ended|to|before)\b))"
    r"|FYE\b|(?:(?:[0-3]?\d\s+)?[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d\b|last\b"
    # "edged down to 8.1% from July": the month before, unless it opens a run of months
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!\s*(?:to|through|until|[-–—])\s))"
    # "surpassing the previous high in November 2014": the record it beat, then
    r"|\b(?:previous|prior|earlier|former)\s+(?:record\s+)?(?:high|low|peak|record|trough)"
    r"(?:\s+level)?\s+(?:in|of|from|set\s+in|reached\s+in)\b"
    # "were higher than annual case numbers associated with the outbreak of 2012": what it is
    # compared with, not "more than 500 people", a number's qualifier
    r"|(?:(?<=higher\s)|(?<=lower\s)|(?<=greater\s)|(?<=larger\s)|(?<=smaller\s)|(?<=bigger\s))"
    r"than\s+(?!(?:about\s+|around\s+|nearly\s+"
    r"|almost\s+)?[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half|twice)\b"
    # … nor a time ("than last year"), which the other comparisons read
    r"|(?:last|this|next|previous|prior|earlier|before|ever|expected|usual|normal)\b)"
    # "a number almost double that of the second quarter of 2015": a multiple of another time's
    # "1.24 times their level in 2023"
    r"|(?:,?\s*\bto\s+)?\b(?:(?:almost|nearly|more\s+than|about|over)\s+)?(?:double|twice|triple|half|"
    r"(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?:that|those|"
    r"(?:the|their|its)\s+(?:number|level|total|figure))\s+(?:of|in|for|recorded\s+in)\b"
    # "fell by 6.9% from their level in 2023": the level of the time it is measured from
    r"|\bfrom\s+(?:their|its|the)\s+(?:level|total|figure|value|number)s?\s+(?:in|of)\s+"
    r"(?=(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b)"
    # "this was broadly consistent with July 2023", "broadly stable with June 2023"
    r"|\b(?:broadly\s+|largely\s+|roughly\s+)?(?:consistent|stable|unchanged|in\s+line)\s+with\s+"
    r"(?=(?:(?:early|mid|late)[- ]+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b)"
    r"|\bversus\b|\bvs\.?(?=\s)|\bthan\s+(?:in|during|at|when|a\s+year|the\s+(?:previous|prior|same|"
    r"year|period|rate)|those|that|for)\b"
    # "lower than receipts in January 2007": what it is compared with, then its date;
    # ", slightly more than 4813 in 2017": the comparative is the comparison's too
    r"|(?:,\s*(?:(?:slightly|much|far|well)\s+)?(?:more|less|fewer|higher|lower)\s+)?"
    r"\bthan\s+(?:[\w-]+\s+){1,3}?(?:in|during)\s+(?=(?:[A-Z][a-z]+\.?\s+)?(?:1[89]|20)\d\d\b)"
    # "with a similar margin to that recorded in 2018-19"
    r"|\b(?:similar|identical|equal|close)\s+(?:[a-z]+\s+)?to\s+"
    r"(?:the|that|those|in|(?:1[89]|20)\d\d)\b"
    # "the same proportion as estimated in 2022-23"
    r"|\b(?:the\s+same(?:\s+\w+)?\s+as|as\s+(?:many|much)\s+as)\s+"
    r"(?:(?:estimated|reported|recorded|seen|observed)\s+)?(?:in|during)\b"
    # "remained largely the same as 2018": the year it is the same as
    r"|\bthe\s+same\s+as\s+(?=(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b)"
    # "increased 0.4% in July after showing no change in June": what came before
    r"|\bafter\s+(?:showing|remaining|rising|falling|increasing|decreasing|declining|growing|"
    r"dropping|climbing|edging|being|an?\s+(?:[\w.%]+\s+){0,3}?(?:rise|fall|increase|decrease|decline|drop))\b"
    # … of an earlier period, not "after a 23% fall in volume" (why it happened)
    r"(?=[^,;.]{0,30}?\b(?:in|during)\s+(?:the\s+(?:previous|prior|preceding|first|second|third|"
    r"fourth)\b|(?-i:[A-Z][a-z]+)|(?:1[89]|20)\d\d)"
    # … "rose 1.1 percent after rising 3.2 percent.": the period before, unnamed
    r"|\s+[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent|percentage\s+points?)?\s*(?:[.;]|$))"
    r"|\bnot\s+(?:statistically\s+)?(?:significantly\s+)?different\s+from\b"
    # "1,200 beds were occupied, against 1,500 in the same week last year"
    r"|,\s+(?:as\s+)?against\s+(?=(?:about\s+|around\s+|some\s+)?[$€£]?\d)"
    # "down 2% from 2024", "up 9.5 bushels from last year": what it is compared with
    r"|(?<=\s)from(?=\s+(?:(?:1[89]|20)\d\d\b(?![^,;]{0,12}\bto\b)|last\s+year|a\s+year\s+"
    r"(?:ago|earlier)|the\s+(?:previous|prior|same)\b"
    r"|the\s+(?:1[89]|20)\d\d\s+(?:figure|level|total|rate|value|number)s?\b)))",
    re.IGNORECASE,
)
# "down 18.1 percent from the average fare of $297 in 2000": after a change, "from" opens
# what the figure is compared with, whatever follows it.
CHANGE_FROM = re.compile(
    r"\b(?:up|down|rose|fell|increased|decreased|declined|dropped|grew|climbed|jumped|rising|"
    r"falling|increasing|decreasing|declining|dropping|growing|climbing)\s+"
    r"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[$€£]?\d[\d,.]*\s*"
    r"(?:%|percent|per\s+cent|percentage\s+points?|points?|cents?)?\s+(?P<from>from)\s+"
    # "from the average fare of $361", "from 4.9 percent in the March quarter"; not "from
    # 100 to 105", which is what changed
    # "down by 39% from a high of 18,253 in 1993": the peak it is measured from
    r"(?:the\b|an?\s+(?:(?:all-time|record|previous)\s+)?(?:high|low|peak)\b|"
    r"[$€£]?\d(?![^;]{0,30}\bto\b))"
    # "rose to 43,443 in 2005 from 42,836 in 2004", "dropped to 616 from 652 in 2004"
    r"|\bto\s+(?:about\s+|nearly\s+|some\s+)?[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent)?"
    r"(?:\s+in\s+[^,;()]{3,20}?)?\s+(?P<from2>from)\s+[$€£]?\d"
    # "a 149% increase over October 2021", "a 12% drop from October 2021"
    r"|\d\s*(?:%|percent|per\s+cent)\s+(?:increase|decrease|rise|fall|drop|decline)\s+"
    r"(?P<from3>over|from|on|compared\s+(?:with|to))\s+"
    + rf"(?!{_SPAN_OVER})"  # … not "a 40% increase from 2020/21 to 2022/23", the span it is over
    r"(?=(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:1[89]|20)\d\d|last\b|the\s+(?:previous|same)\b"
    # "a 2% increase from the estimated average annual spend of around £10,900 in 2022-23"
    r"|the\s+(?:estimated\s+)?(?:average|level|total|figure|number|rate)\b)"
    # "an increase of 25,000 people injured in motor vehicle crashes over 2013": the year the
    # change is told against, whatever the change is of
    r"|\b(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|growth)\s+of\s+[$€£]?\d[\d,.]*[^.;,()]{0,70}?"
    r"\s(?P<from4>over)\s+(?=(?:1[89]|20)\d\d\b(?![-–/]\d))",
    re.IGNORECASE,
)
# A whole sentence that compares: "For comparison, 4 outbreaks were reported during 2023."
COMPARING_SENTENCE = re.compile(
    # "Compared to the previous three months, this is less than December 2024 (1,991), …"
    r"^\s*(?:when\s+)?compared\s+(?:to|with)\b[^.;]{0,80}?,\s*(?:this|that|it)\s+(?:is|was)\b|"
    r"^\s*(?:(?:for|by|in)\s+comparison\b|(?:this|that)\s+(?:compares|follows|is\s+(?:up|down)\s+from|"
    # "This is the same as the number of suicide deaths registered (76)"
    r"is\s+(?:the\s+)?(?:higher|lower|more|less)\s+than|is\s+the\s+same\s+as|"
    # "This is similar to both the 29% reported in 2018-19 and 30% …"
    r"is\s+(?:broadly\s+|very\s+)?similar\s+to)\b)",
    re.IGNORECASE,
)
# "including", "of whom" open an aside only when a number follows soon: "including 49 men".
# An en dash between digits is a range ("aged 0–4"), not an aside; nor is one that joins a
# word to what it qualifies ("non-U.S.–born").
ASIDE_OPEN = re.compile(
    r"\s*[(\[]|\s*—\s*|\s+–\s*"
    r"|(?<!\d)–(?!\d|(?:born|based|led|owned|funded|run|related|specific|wide|level)\b)|\s+-\s+"
    r"|,?\s+\b(?:including|comprising|consisting\s+of|of\s+whom|of\s+which|among\s+them)\b"
    r"(?=[^,.;:]{0,30}?\d)"
    r"|,?\s+(?P<relative>(?:which|who|that)\s+(?:had|has|have|was|were|is|are|would)\b)"
    # ", as reported to Parliament in June 2020": where a figure was told, not what it is of
    r"|,\s+as\s+(?:reported|stated|published|announced|set\s+out|shown)\b",
    re.IGNORECASE,
)
# Where one main clause ends and the next begins.
# "but" and "and" begin a clause only with a subject of their own: "failed to prosecute
# officials in 2019, but convicted two civilians" is one clause.
MAIN_BREAK = re.compile(
    r";\s+|,\s+(?:while|whilst|whereas|although|though)\s+"
    # "…, following a rise of 6 per cent to $43.5 billion in 2014-15": what came before, told
    # with its own date
    r"|,?\s+(?=following\s+(?:a|an)\s+(?:\w+\s+)?(?:rise|increase|fall|decrease|decline|drop)\b)"
    r"|(?:,\s+and|,?\s+but)\s+(?=(?:the|a|an|its|their|this|these|those|it|they|he|she|we|"
    r"there|another|other|some|many|most|each|both|several|[A-Z])\b)",
)


# "Although …, ", and "Established in 1982 at 5 towers, ": a date there is of that clause
# alone, not of what the sentence goes on to say ("the program currently consists of 254").
PARTICIPLE_OPENING = (
    r"(?:first\s+)?(?:established|founded|created|launched|introduced|set\s+up|formed|begun|"
    r"started|opened|enacted|adopted|signed|built)\s+(?:in|on|during)\s"
)
# Where a subject starts: a determiner or a pronoun, or a capital ("Mexico raised …"); the
# capital is asked for case-true, inside patterns that ignore case.
SUBJECT_STARTS = r"(?=(?:the|a|an|its|their|this|these|those|it|they|there)\b|(?-i:[A-Z]))"
LEADING_CLAUSE = re.compile(
    rf"(?:although|though|while|whereas|even\s+though|as\s+with|like|{PARTICIPLE_OPENING})"
    rf"\b[^;()]*?(?P<comma>,\s+){SUBJECT_STARTS}",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def clauses(sentence: str) -> tuple[Clause, ...]:
    """The clauses of `sentence`, outermost first; every position is in at least one (a
    main clause), and the innermost clause that holds it is the one that governs it.
    Cached: a sentence's periods, events and event texts all ask for its clauses."""
    whole: Kind = "comparison" if COMPARING_SENTENCE.match(sentence) else "main"
    result: list[Clause] = []
    written = dateline_end(sentence)
    for begin, end, concession in _main_spans(sentence):
        kind: Kind = "concession" if concession and whole == "main" else whole
        result.append(Clause(begin, end, kind, 0))
        # A dateline's dash opens no aside: what follows it is the sentence.
        result += _inner(sentence, max(begin, written), end, 1)
    return tuple(result)


def governing(spans: Sequence[Clause], position: int) -> Clause:
    """The innermost clause that holds `position`."""
    holding = [c for c in spans if c.holds(position)] or spans[:1]
    return max(holding, key=lambda c: (c.depth, c.begin))


def outer_clause(spans: Sequence[Clause], clause: Clause) -> Clause:
    """The clause `clause` sits in: the innermost one around it, else the first."""
    outer = [c for c in spans if c.depth < clause.depth and c.holds(clause.begin)]
    return max(outer, key=lambda c: c.depth) if outer else spans[0]


def date_owner(
    text: str, spans: Sequence[Clause], date: DateSpan, *, after_time: bool = False
) -> Clause:
    """The clause a date governs; a bracket that holds only a date ("over the previous five
    years (2016-2020)") says when of the clause around it. `after_time`: only when it names
    the time said right before it ("In the last financial year (2022-23), …"), not the
    thing ("the latest data (2023) shows", "Plans (2022-28)"), as an event's date must."""
    clause = governing(spans, date.begin)
    inside = text[clause.begin : clause.end].replace(date.text, "")
    if clause.kind != "aside" or inside.strip(" ()[],;"):
        return clause
    if (
        after_time
        and not (
            _TIME_BEFORE_BRACKET.search(text, 0, date.begin)
            # "On average, over the previous five years (2016-2020)": the window an average is
            # over, no event's time ("joined … in the past 12 months (…)" is one)
            and not re.search(r"\baverage\b", text[: date.begin], re.IGNORECASE)
        )
    ):
        return clause
    return outer_clause(spans, clause)


# "In the last financial year (", "during the period (": a time the clause is of, not one a
# noun is of ("The average of the preceding 25 years (1970-1994)")
_TIME_BEFORE_BRACKET = re.compile(
    r"\b(?:in|during|over|for|throughout|across)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:years?|period|quarters?|months?|weeks?|season|time|decade)\s*\(\s*$",
    re.IGNORECASE,
)


def _main_spans(sentence: str) -> list[tuple[int, int, bool]]:
    """The main clauses, cut at breaks that are not inside brackets, each with whether it is
    a concession ("Although …," or "While …," before the main clause); a dateline
    ("WASHINGTON — ") is left out."""
    cuts: list[tuple[int, int, bool]] = []
    start = 0
    opening = LEADING_CLAUSE.match(sentence, dateline_end(sentence))
    if opening:
        cuts.append((start, opening.end() - len(opening["comma"]), True))
        start = opening.end()
    for match in MAIN_BREAK.finditer(sentence, start):
        if _bracket_depth(sentence, match.start()) == 0 and _opens_a_clause(sentence, match):
            cuts.append((start, match.start(), False))
            start = match.end()
    cuts.append((start, len(sentence), False))
    return [(a, b, c) for a, b, c in cuts if b > a]


def _opens_a_clause(sentence: str, cut: re.Match[str]) -> bool:
    """Whether what follows ", and …" or "but …" says something of its own: "…, and the
    Integrated Collection System between January 1 and August 31" only ends a list."""
    if not re.match(r",?\s*(?:and|but)\b", cut.group()):
        return True
    stop = re.compile(r"[,;]").search(sentence, cut.end())
    return bool(VERB.search(sentence, cut.end(), stop.start() if stop else len(sentence)))


# "WASHINGTON — ", "NAIROBI, Kenya – ", "Washington, D.C.—": where a press release was
# written, not an aside.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'-]+(?:,\s+[A-Z][\w.]*\.?\s+\d{1,2},\s+\d{4}|,\s+[A-Z][\w .'-]+"
    r"|[A-Z0-9 .,'-]*)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
    r"\s*[—–]\s*"
)


def dateline_end(sentence: str) -> int:
    """Where the sentence's dateline ends, 0 if it has none: what a dateline dates is when the
    text was written, not what it tells."""
    dateline = DATELINE.match(sentence)
    return dateline.end() if dateline else 0


# Clauses inside clauses inside clauses: reports nest three deep at most; a text that nests
# thousands deep is read as if it nested this deep, in linear time and without recursing.
MAX_DEPTH = 6


def _inner(sentence: str, begin: int, end: int, depth: int) -> list[Clause]:
    """Asides and comparisons inside `sentence[begin:end]`, in order; an aside ends at its
    closing bracket or dash (or the end), a comparison at the end of its main clause."""
    found: list[Clause] = []
    if depth > MAX_DEPTH:
        return found  # "((((…": what is deeper belongs to the clause around it
    position = begin
    while position < end:
        aside = _next_aside(sentence, position, end)
        compared = _next_comparison(sentence, begin, position, end)
        if compared and (aside is None or compared[0] < aside[0]):
            start, comparison = compared
            stop = _comparison_end(sentence, comparison, end)
            found.append(Clause(start, stop, "comparison", depth))
            found += _inner(sentence, comparison.end(), stop, depth + 1)
            if stop == end:
                break
            position = stop
            continue
        if aside is None:
            break
        start, stop, content, content_end = aside
        then = sentence[content - 1] in "([" and BRACKETED_COMPARISON.fullmatch(
            sentence, content, content_end
        )
        found.append(Clause(start, stop, "comparison" if then else "aside", depth))
        found += _inner(sentence, content, content_end, depth + 1)
        position = stop
    return found


def _next_comparison(
    sentence: str, begin: int, position: int, end: int
) -> tuple[int, re.Match[str]] | None:
    """Where the next comparison starts at or after `position`, and the words that open it;
    its opening words may start before ("a 4.7% (5,447) decrease on …" after its aside)."""
    found = []
    for pattern in (COMPARISON, CHANGE_FROM):
        start = position
        if pattern is COMPARISON and (lead := _CHANGE_LEAD.search(sentence, begin, position)):
            start = lead.start()  # "a 4.7% (" before the aside that was read first
        match = pattern.search(sentence, start, end)
        while match and _from_start(match) < position:
            match = pattern.search(sentence, match.end(), end)
        if match:
            found.append((_from_start(match), match))
    return min(found, key=lambda f: f[0]) if found else None


# The opening of "a 4.7% (5,447) decrease on …", "an increase of 2,428 (5.0%) from …", up to
# its bracket.
_CHANGE_LEAD = re.compile(r",?\s*\b(?:a|an)\s+(?:[^,;()]|(?<=\d),(?=\d)){0,40}\([^()]*\)$")


def _from_start(match: re.Match[str]) -> int:
    """Where a comparison begins: at its "from" when the pattern names one."""
    for name in ("from", "from2", "from3", "from4", "from5", "from6"):
        if name in match.re.groupindex and match[name]:
            return match.start(name)
    return match.start()


# "(2,953 in 2018)", "(2,591 in the preceding period)": the host's measure at another time.
BRACKETED_COMPARISON = re.compile(
    r"\s*(?:about|around|nearly|some|over)?\s*\$?\d[\d,.]*\s*(?:%|percent)?"
    r"(?:\s+(?:million|billion|thousand))?\s+(?:in|during)\s+"
    r"(?:(?:FY\s*)?(?:1[89]|20)\d\d(?:[-–/]\d{2,4})?|the\s+(?:preceding|previous|prior|same)\s+\w+)\s*",
    re.IGNORECASE,
)


# "than in 2020 (40%)", "similar to the rate in 2020": a comparison inside the clause, which
# ends after its date (and the aside that gives its value); the clause then goes on.
_SHORT_COMPARISON = re.compile(r"than|similar|different|same", re.IGNORECASE)
_YEAR_THEN_ASIDE = re.compile(
    r"[^,;()]{0,40}?\b(?:1[89]|20)\d\d(?:[/–-](?:\d\d){1,2})?\b"
    # "similar to the 2018 distribution (7%, 15% and 79%)": the year's measure and its values
    r"(?:\s*\([^()]*\)|\s+[a-z]+\s*\([^()]*\))?"
    # "than the 2013–22 average for the month of April": the years' measure, with them
    r"(?:\s+(?:average|level|figure|total|rate|peak|high|low)s?\b(?:\s+(?:for|of)\s+[^,;()]{0,30})?)?"
    # "than in the same period in 2023, when 20 551 dwellings were started": of that year
    r"(?:,\s+when\b[^;]*)?"
)


# "from 2024", "from last year", "from the previous week": a comparison of a few words.
_FROM_WHEN = re.compile(
    # "from both 2005 and 2013": the years listed together
    # "from end June 2012 of 9.1%": a month and its year, at its end
    r"\s+(?:(?:(?:the\s+)?end\s+(?:of\s+)?)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+(?:1[89]|20)\d\d\b"
    r"|(?:both\s+)?(?:1[89]|20)\d\d(?:(?:\s*,\s*|\s+and\s+)(?:1[89]|20)\d\d\b)*|last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior|same)"
    # "from the same quarter in 2019": the year it is of, with it
    r"\s+\w+(?:\s+(?:last\s+year|a\s+year\s+ago|(?:in|of)\s+(?:(?:1[89]|20)\d\d|the\s+previous\s+year"
    r"|last\s+year)))?)\b",
    re.IGNORECASE,
)


# ", to 25.6 per cent", ", increasing the number of poor by 2.5 million": after a comparison's
# comma, the main clause goes on.
_RESUMES = re.compile(
    # "…, to 1.24 times their level in 2023, at 19,276 in total": the level it came to
    r",\s+(?:(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£]?\d|(?!compared\b)[a-z]+ing\b"
    # "… compared with 2014/2015, led by Prince Edward Island (-26%)": of the main clause's time
    r"|led\s+by\b"
    # "… unchanged compared with August 2021, with a £1.5 billion increase in …": what made it
    r"|with\s+(?:a|an)\s+(?:[\w-]+\s+)?[$€£]?\d"
    # "… in 2020 compared to 2019, with the strongest nominal increases coming from Germany"
    r"|with\s+the\s+(?:strongest|largest|biggest|highest|greatest|sharpest|main)\b)"
    # "… has more than tripled compared with the previous quarter to reach almost 138 000"
    r"|\s+to\s+reach\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?"
    r"[$€£]?\d"
    # "… on the previous year and a decrease of 20.4% on …": another change of the same figure
    r"|,?\s+and\s+(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|growth)\s+of\b"
    # "… compared with 2014/2015 and a 33% decrease from five years earlier"
    r"|,?\s+and\s+an?\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+(?:increase|decrease|rise|fall|drop|"
    r"decline)\b"
    # "(down 26.7% on the previous quarter and down 25.8% on the fourth quarter of 2012)"
    r"|,?\s+and\s+(?:(?:was|were)\s+)?(?:up|down)\s+(?:by\s+)?[$€£]?\d"
    # "… compared to the December quarter 2015 (6,994), but fell by 7.0% compared to …": the
    # same subject's other change, of the main clause's time
    # "… down 49% from the peak in 2017 but is up by 670 people … since 2010" too
    r"|,?\s+but\s+(?:(?:is|are|was|were)\s+(?:up|down|higher|lower)\b|(?:(?:has|have|had)\s+)?"
    r"(?:rose|risen|fell|fallen|increased|decreased|declined|dropped|grew|climbed|jumped)\b)"
    # "… above April 2022 and $46 higher than the 2013–22 average", "… less than in the same
    # period last year but £30.4 billion more than in …"
    r"|,?\s+(?:and|but)\s+[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent|[mb]illion|thousand)?\s+"
    r"(?:higher|lower|more|less|above|below)\b"
    # "…, compared with 31 in 2019, and prosecuted 12 defendants": the subject's next deed
    r"|,\s+and\s+(?:also\s+)?(?-i:[a-z]{3,}ed)\s+(?!(?:in|by|from|to|on|with)\b)",
    re.IGNORECASE,
)


# "the post-covid April to June 2020 period", "the same quarter last year": a time told whole,
# with the subject of the main clause right after it.
_TIME_THEN_SUBJECT = re.compile(
    r"\s+(?:the\s+)?[^,;()]{0,60}?(?:\b(?:period|quarter|year|month|week)|\b(?:1[89]|20)\d\d"
    r"(?:[-/]\d\d)?(?:\s+(?:levels?|figures?|rates?|averages?|totals?))?)(?=\s+(?!(?:of|in|to|from|ending|ended|before|earlier|ago|last|and|or|period|"
    r"quarter|year|month|week|levels?|figures?|rates?|values?|numbers?|averages?|totals?)\b)[a-z]+\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)  # asked once for each figure of the sentence
def with_opening_comparison_closed(sentence: str) -> str:
    """ "When compared to the April to June 2020 period representation orders … increased":
    the sentence as if a comma closed the comparison it opens with; as long, so that
    positions hold."""
    comparison = COMPARISON.search(sentence, 0, 80)
    if comparison is None or _OPENING_COMPARISON_END.search(sentence, comparison.end()):
        return sentence
    stop = _opening_time_end(sentence, comparison, len(sentence))
    return sentence if stop is None else f"{sentence[:stop]},{sentence[stop + 1 :]}"


def _opening_time_end(sentence: str, comparison: re.Match[str], end: int) -> int | None:
    """Where a comparison that opens the sentence without a comma ends: with the time it
    names, before the main clause's subject."""
    if not _OPENING_PHRASE.fullmatch(sentence, 0, comparison.start()):
        return None
    told = _TIME_THEN_SUBJECT.match(sentence, comparison.end(), end)
    return told.end() if told else None


# What may open a sentence before a comparison that then ends at a comma: nothing, or when.
_OPENING_PHRASE = re.compile(r"\s*(?:(?:in|during|for|at)\s+[^,;()]{2,40}?\s*,?\s*)?", re.I)
# "… of 4.3 million visits set in 2014": the level compared with, told after what it was.
_OF_LEVEL = re.compile(r"\s+of\s+(?:about\s+|nearly\s+)?[$€£]?\d[^,;()]*")


def _comparison_end(sentence: str, comparison: re.Match[str], end: int) -> int:
    if _OPENING_PHRASE.fullmatch(sentence, 0, comparison.start()) and (
        comma := _OPENING_COMPARISON_END.search(sentence, comparison.end(), end)
    ):
        # "Compared with 2022, the population has increased by 0.8%", "In August 2012,
        # compared with July 2012, the index rose by 0.9%": the main clause follows the comma
        return comma.start()
    if (stop := _opening_time_end(sentence, comparison, end)) is not None:
        # "When compared to the April to June 2020 period representation orders granted …
        # increased 37%": with no comma, the comparison ends with the time it names
        return stop
    if resumed := _RESUMES.search(sentence, comparison.end(), end):
        end = resumed.start()
    opener = comparison.group().strip().lower()
    if opener == "from" or (opener.endswith(" from") and comparison.groupdict().get("from5")):
        # "from 2013", "an increase of £807 million from the previous year": to its time
        when = _FROM_WHEN.match(sentence, comparison.end(), end)
        a_date = when is not None and when.group().rstrip()[-1:].isdigit()
        if when and not a_date and (of := _OF_LEVEL.match(sentence, when.end(), end)):
            # "from the previous record of 4.3 million visits set in 2014"; but "an increase
            # from end June 2012 of 9.1%" tells how much, of now
            return of.end()
        if when and (valued := _VALUE_THEN.match(sentence, when.end(), end)):
            stop = valued.end()  # "from 2013 (32.1%)": the bracket tells its value then
            while more := _AND_YEAR_VALUE.match(sentence, stop, end):
                stop = more.end()  # "… and 2005 (35.9%)": another time and its value
            return stop
        return when.end() if when else end
    if not _SHORT_COMPARISON.search(comparison.group()):
        return end
    dated = _YEAR_THEN_ASIDE.match(sentence, comparison.end(), end)
    if dated is None or not sentence[dated.end() : end].strip(" .,;"):
        return end
    if _WHEN_THEN.match(sentence, dated.end()):
        return end  # "14 more than in 2017 when there were 510 such deaths": 510 is 2017's
    return dated.end()


_WHEN_THEN = re.compile(r",?\s+when\s+(?:there\s+(?:were|was)|it\s+was|they\s+were)\b", re.I)

# "(32.1%)", "(37.9% and 32.1% respectively)": a bracket of values right after a comparison's
# date.
_AND_YEAR_VALUE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:in\s+)?(?:1[89]|20)\d\d(?:[-/]\d\d)?\s*"
    r"\((?=\s*[$€£]?\d)[^()]*\)"
)
_VALUE_THEN = re.compile(r"\s*\((?=\s*[$€£]?\d)[^()]*\)")

# The comma that ends a comparison opening the sentence, before a subject of its own.
# Where a comparison that opens a sentence ends: at the comma before the main clause, whose
# subject may be a bare noun ("…, industrial producer prices gained 2.7%").
_OPENING_COMPARISON_END = re.compile(r",\s+(?=[A-Za-z])(?!(?:and|or)\b)")


def _next_aside(sentence: str, position: int, end: int) -> tuple[int, int, int, int] | None:
    """(start, end) of the next aside and (start, end) of what it holds, or None."""
    for match in ASIDE_OPEN.finditer(sentence, position, end):
        opener = match.group().strip().lstrip(",").strip()
        if opener in "([":
            close = _closing_bracket(sentence, match.end() - 1, end)
            return match.start(), close, match.end(), max(close - 1, match.end())
        if opener in "—–-" and _HEADLINE_NUMBER.fullmatch(sentence, 0, match.start()):
            continue  # "190,170 — Strength of UK Forces …": what the number is, not an aside
        if opener in "—–-":
            # A dash pair encloses an aside; a lone dash runs to the end.
            closing = DASH.search(sentence, match.end(), end)
            if closing:
                return match.start(), closing.end(), match.end(), closing.start()
            return match.start(), end, match.end(), end
        if match["relative"]:
            # ", which was opened in 2019," ends at its comma; "grants that had not been
            # closed … as of December 2005" runs to the end of its clause.
            comma = sentence.find(", ", match.end(), end)
            stop = comma if match.group().startswith(",") and comma >= 0 else end
            if main := _MAIN_VERB_AFTER.match(sentence, match.end(), stop):
                stop = main.start("verb") - 1  # "the share of victims who were women was 60%"
            return match.start(), stop, match.end(), stop
        # "including …", "of whom …": to the next comma that is not in a list, or the end.
        stop = _list_end(sentence, match.end(), end)
        return match.start(), stop, match.end(), stop
    return None


# The main clause's verb after a relative clause without commas: "(victims who were women)
# was", "(grants that had not been closed) were".
_MAIN_VERB_AFTER = re.compile(
    r"[^,;:()\d]{1,60}?\s(?P<verb>(?:was|were|is|are|rose|fell|increased|decreased|declined|grew|"
    r"dropped|remained|stood|reached|totall?ed|numbered|did|does|changed|doubled|halved|"
    r"accounted|showed)\b)",
    re.IGNORECASE,
)


# A number that opens a line and is told by what follows its dash: "190,170 — Strength of …".
_HEADLINE_NUMBER = re.compile(r"\s*[$€£]?\d[\d,.]*\s*(?:%|per\s+cent|million|billion)?\s*")
DASH = re.compile(r"\s*—\s*|\s+–\s*|(?<!\d)–(?!\d)|\s+-\s+")


def _closing_bracket(sentence: str, opening: int, end: int) -> int:
    depth = 0
    for i in range(opening, end):
        if sentence[i] in "([":
            depth += 1
        elif sentence[i] in ")]":
            depth -= 1
            if depth == 0:
                return i + 1
    return end


def _list_end(sentence: str, start: int, end: int) -> int:
    """Where a list that starts at `start` ends: at a comma or bracket after its last item
    ("including 49 men and 35 women, and trained …"); a list goes on past ", N" items."""
    for match in re.finditer(r",\s+(?!and\s+\d|or\s+\d|\d)|[)\]]|\s+[—–]\s+", sentence[:end]):
        if match.start() >= start and _bracket_depth(sentence[start:], match.start() - start) == 0:
            return match.start()
    return end


def _bracket_depth(text: str, position: int) -> int:
    depth = 0
    for char in text[:position]:
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
    return depth
