"""Key figures: quantities with a label built from the words around them, a period
and the sentence they came from.

The label says what the number counts, from the words next to it and without a
grammar model: the noun phrase after the number ("20 victims"), with the verb
before it ("formally identified 20 victims" -> "victims formally identified") or
the predicate after it ("58 were formally confirmed as victims"); for money,
durations and scores, the clause before it ("the police budget stood at NOK 42
million" -> "police budget"); for shares, what they are a share of.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefing.extract.changes import (
    CHANGE_NOUN_AFTER,
    CHANGE_NOUN_FROM,
    FALL,
    FALL_BASE,
    FALLING,
    NOUN_FALL,
    NOUN_RISE,
    PEAK_IN_BRACKETS,
    POSTED,
    POSTED_NOUN,
    RISE,
    RISE_BASE,
    RISING,
    is_money,
    rose_in_brackets,
)
from briefing.extract.clauses import with_opening_comparison_closed
from briefing.extract.dates import MONTHS, SUPERLATIVE
from briefing.extract.numbers import PEOPLE, WORD_VALUES, Quantity, plain_number
from briefing.extract.wording import DANGLING, VERB, WHOM, change_in, short_words
from briefing.model import KeyFigure, Period, Statement

WORD = re.compile(
    # "U.S.-born", "non-U.S.–born": an abbreviation, with what is joined to it, is one word
    # "R&D", "S&P": capitals joined by an ampersand are one word too
    # "heroin and/or morphine": "and/or" is one word, a link like "and"
    # "PM2.5": a name with a decimal in it is one word
    # "17–34-year-olds", "2 and 3 year olds": people of an age, one word
    r"\d+(?:\s*(?:–|-|and|to)\s*\d+)?[\s-]+years?[\s-]+olds\b|[A-Z]{1,3}&[A-Z]{1,3}\b|[A-Z][A-Za-z]*\d+\.\d+\b|(?:[a-z]+-)?[A-Z](?:\.[A-Z])+\.?(?:[-–][a-z]+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|and/or\b|[\w'’\u2010\u2011-]+|[^\w\s]"
)
BOUNDARY = "|"  # stands in for dates and other figures, which end a clause
DETERMINERS = frozenset(
    "the a an its their his her our these those this that all some such each every other "
    "further additional".split()
)
PRONOUNS = frozenset("them these those it they which who".split())
AUXILIARIES = frozenset("had have has having were was are is been be being will would".split())
# Words that end the noun phrase after a number.
STOPS = frozenset(
    "and or but nor who whom whose which that where when while was were is are be been being "
    "having had has have will would could should may might can did do does as than to by at during "
    "between after before since until because although including per compared against through "
    "into across within via among from under over about out up not also respectively each all "
    "both according whereas if so in on for with of vs versus".split()
)
PREPOSITIONS = frozenset({"of", "in", "for", "on", "from"})
# Where counted things are, after "were": "in paid receipt of …", "on the caseload".
_WHERE = frozenset({"in", "on"})
# Words that cannot end a label: "the budget stood at" -> "the budget".
TRAILING = frozenset(
    "at to of by from for with within in on during until through since after before worth "
    "about around between than stood stands stand "
    "was were is are be been reached reaches totalled totalling totaled totaling total averaged "
    "averages amounted amounts ranged range ranges lasted took takes rose rises fell falls "
    "increased decreased grew dropped numbered came remained up made gave give gives set "
    "received receives received a an the its their and or but nor nearly almost roughly went "
    "approximately having".split()
)
LEADING = DETERMINERS | frozenset("and or but that which who of to in on for by at with".split())
# Verbs that say whose share a percentage is ("Wales accounted for 4.4% of UK emissions").
OWNING_VERBS = ("made up", "accounted for", "represented", "comprised", "formed")
SHARE_VERBS = (*OWNING_VERBS, "were", "are")
CLAUSE_END = frozenset("and but while whilst whereas although which who".split())
MAX_LABEL_WORDS = 9
# Labels come from the words near a number; looking further only costs time on long sentences.
WINDOW = 240
NOT_VERBS = frozenset({"need", "indeed", "hundred", "red", "bed", "seed", "speed", "feed", "shed"})
MAX_NOUN_WORDS = 4


def make_figure(
    quantity: Quantity,
    statement: Statement,
    period: Period | None,
    others: Sequence[tuple[int, int]] = (),
    text: str | None = None,
) -> KeyFigure:
    """`quantity` as found in `text` (by default the statement's), whose other dates and
    figures are at `others`."""
    label = figure_label(text or statement.text or "", quantity, others)
    return KeyFigure(
        id="",
        label=label,
        value=plain_number(quantity.value),
        value_max=None if quantity.value_max is None else plain_number(quantity.value_max),
        unit=quantity.unit or time_counted(label),
        display=quantity.display,
        period=period,
        statements=(statement,),
    )


# "monthly hours worked (decreased to 1,853 million)", "total duration (hours) of spills":
# a count of time, in the unit its label names
_TIME_LABEL = re.compile(
    # … the whole of what the label names, not "Hours Worked Basis: …", a measure's basis
    r"^(?:[\w-]+\s+){0,4}?(?P<worked>hours|days)\s+(?:worked|lost|spent)(?:\s+(?:in|on|by)\s+[^,:;]+)?$"
    r"|\((?P<unit>hours|days|minutes|weeks)\)",
    re.IGNORECASE,
)


def time_counted(label: str) -> str | None:
    """ "hours" of "monthly hours worked", of "total duration (hours) of spills"."""
    told = _TIME_LABEL.search(label.split(": ")[0])  # "… hours worked in all jobs: (caption)"
    return (told["worked"] or told["unit"]).lower() if told else None


_TERMS = frozenset({"years", "months", "weeks", "days"})
_IMPRISONMENT = re.compile(
    r"(?:['’]s?)?\s+(?:of\s+)?(?:imprisonment|in\s+prison|in\s+jail|prison\s+terms?)\b", re.I
)
# What may stand between a term and "imprisonment": the other terms of its list.
_TERM_LIST = re.compile(
    r"(?:\s*(?:,|and|or|to|–|-)\s*(?:[\d.,]+|[a-z]+)(?:\s+(?:years|months|weeks|days))?)*", re.I
)


# Where a clause with a subject of its own begins: ", while the U.S. economy remained strong".
_CLAUSE_OPENS = re.compile(r"(?:[,;]\s*(?:while|whereas|and|but)\s+|;\s*|\bthat,?\s+)")


def _its_clause(sentence: str, end: int) -> str:
    """`sentence` blanked up to the start of the clause that ends at `end`, so that the
    subject found is that clause's ("the U.S. economy", not "The report released today")."""
    starts = [m.end() for m in _CLAUSE_OPENS.finditer(sentence, 0, end)]
    begin = starts[-1] if starts else 0
    return " " * begin + sentence[begin:]


# "…, growing 292 percent", "… – falling by 3%": a change the clause before is of.
_DOING_AFTER = re.compile(
    rf"\s*[,–—]\s*(?:(?P<rise>{RISING})|{FALLING})"
    r"\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?[$€£]?$",
    re.IGNORECASE,
)


# "California reported the highest number of cases (", "Alaska had the highest rate (".
# "California reported the highest", "People aged 40 to 49 had the lowest": who, and its rank
_WHO_RANKED = (
    r"(?P<who>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*(?:\s+aged\s+\d+\s+(?:to|and)\s+\d+)?)"
    r"\s+(?:reported|had|recorded|saw|registered|posted)\s+the\s+(?:(?:second|third)\s+)?"
    r"(?:highest|lowest|largest|smallest|most|fewest)"
)
_NAMED_MOST = re.compile(
    # "People aged 40 to 49 had the highest mortality rate from drug misuse (88.4 …)"
    _WHO_RANKED + r"\s+(?:number\s+of\s+)?(?P<what>[a-z][\w -]{1,40}?)\s*"
    # "… in 2014 (", "… for the second year running ("
    r"(?:(?:in|for)\s+[^()]{2,30}?\s*)?\(\s*$",
    re.IGNORECASE,
)


_RANKED_BEFORE = re.compile(_NAMED_MOST.pattern.removesuffix(r"\(\s*$") + r"\(", re.IGNORECASE)
# "while London had the lowest (": the other end of a ranking told just before
_NAMED_LEAST = re.compile(_WHO_RANKED + r"\s*\(\s*$", re.IGNORECASE)


def _named_group(who: str) -> str:
    """ "California", "the North East", "people aged 40 to 49": a name keeps its capitals, a
    group named by a common noun ("People aged …") does not."""
    first, _, rest = re.sub(r"^The\s+", "", who).partition(" ")
    common = first.lower() in PEOPLE | HEADCOUNT | _SEXES
    return " ".join(filter(None, [first.lower() if common else first, rest]))


# "Case numbers in 2024 (n=7,050)": the number of what the bracket follows.
_SAMPLE_SIZE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:of|among|for|in|and)\s+)(?P<what>[A-Za-z][\w'’ -]{2,60}?)"
    r"(?:\s+(?:in|during|for)\s+[^()]{2,25}?)?\s*\(\s*n\s*=\s*$",
    re.IGNORECASE,
)


_WHICH_CHANGED = re.compile(
    r"(?:\s*\(|,)\s*which\s+(?:also\s+)?(?P<verb>increased|decreased|rose|fell|grew|declined|dropped)"
    r"\s+(?:by\s+)?(?P<level>[^()]{0,50}?\bto\s+)?$",
    re.IGNORECASE,
)
# Where a name may start: after a comma, or a word that leads to it ("the exception of Fraud").
_NAME_STARTS = re.compile(r"(?:^|[,;:]\s+|\b(?:of|in|was|were|by|and|with)\s+)(?=[A-Z])")


# The old or new value of "from A to B", and what may stand between a verb and its "from":
# "over the past decade", "in number by 3%", "by 14%".
_FROM_TO_VALUE = re.compile(
    r"\bfrom\s+(?:[$€£¥]?\d[\d,.]*(?:\s+[a-z]+)?(?:\s+in\s+[^,;()]{2,20}?)?\s+to\s+)?[$€£¥]?$", re.I
)
_IN_WHAT_BY = re.compile(
    rf"\b(?P<verb>{RISE}|{FALL})\s+in\s+(?:number|value|volume|size|real\s+terms|nominal\s+terms)"
    r"\s+by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£¥]?$",
    re.IGNORECASE,
)
# "a 15 per cent rise in the number of fires compared to the previous year (": what changed,
# before the bracket that gives its levels
_CHANGE_IN_BEFORE_BRACKET = re.compile(
    r"\b(?:rise|increase|fall|decrease|drop|decline|growth)\s+in\s+(?:the\s+)?"
    r"(?P<what>[^()\d]{3,60}?)(?:\s+(?:compared|when|over|on|since)\b[^()]*)?\s*\(\s*$",
    re.IGNORECASE,
)
# "by 14%", "by almost two-thirds", "over the past decade", "between 2012 and 2014", "in number"
_HOW_MUCH_OR_WHEN = (
    r"(?:(?:over|in|during)\s+(?:the\s+)?(?:past|last)\s+[a-z]+|in\s+number"
    r"|by\s+(?:a\s+net\s+|almost\s+|nearly\s+|about\s+|around\s+|over\s+)?"
    r"(?:[\d.,]+\s*(?:%|per\s*cent|percent)|(?:a\s+|one\s+|two\s+|three\s+)?"
    r"(?:half|third|thirds|quarter|quarters|fifth|fifths|two-thirds|three-quarters))"
    r"|between\s+(?:1[89]|20)\d\d(?:[-/]\d\d)?\s+and\s+(?:1[89]|20)\d\d(?:[-/]\d\d)?)"
)
# "Births to teenage mothers continue to fall, down from 200 in Q2 2019 to 188": the subject's
_CONTINUED_TO = re.compile(
    rf"\b(?:continues?|continued|continuing)\s+to\s+(?:{RISE_BASE}|{FALL_BASE})\s*,?\s*"
    r"(?:(?:up|down)\s+)?$",
    re.IGNORECASE,
)
_ADVERBIAL_BEFORE_FROM = re.compile(
    rf"\b(?:{RISE}|{FALL})\s+{_HOW_MUCH_OR_WHEN}(?:\s+{_HOW_MUCH_OR_WHEN}){{0,2}},?\s*$",
    re.IGNORECASE,
)


def _which_changed(before: str) -> tuple[str, str] | None:
    """The name a change in brackets is of, and its way: ("Shoplifting", "fall") of "driven by
    decreases in Shoplifting (which decreased by "."""
    told = _WHICH_CHANGED.search(before)
    if told is None:
        return None
    head = before[: told.start()]
    starts = [s.end() for s in _NAME_STARTS.finditer(head)]
    name = head[starts[-1] :].strip() if starts else ""
    if not name or len(name.split()) > 8:
        return None
    if told["level"]:
        return name, ""
    falling = told["verb"].lower() in FELL
    return name, "fall" if falling else "rise"


def _changed_thing(text: str) -> str:
    """The noun phrase that opens `text`, up to its verb, a date or a comparison: "real PCE" of
    "real PCE reflected an increase …", at most six words."""
    kept: list[str] = []
    words = WORD.findall(text)[:8]
    for i, word in enumerate(words):
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        # "harvested area": a participle before its noun qualifies it
        qualifies = i == 0 and after.isalpha() and after not in _PREPOSITIONS | _ENDS_CHANGED
        verb = VERB.fullmatch(word) and not qualifies
        if not word[0].isalnum() or verb or word.lower() in _ENDS_CHANGED:
            break
        if re.fullmatch(r"(?:1[89]|20)\d\d", word):
            break
        if word.lower() in _PREPOSITIONS and (after[:1].isdigit() or after in _WHEN_NEXT):
            break  # "… from 2015", "… in the previous year", not "generation from other …"
        kept.append(word)
    return " ".join(_strip(kept[:6]))


_ENDS_CHANGED = frozenset(
    "since compared between during than by and or following after due because driven "
    "boosted".split()
)
_PREPOSITIONS = frozenset("from in on over at to for with".split())
_WHEN_NEXT = frozenset("the last a this previous".split()) | MONTHS.keys()


# "X (who make up about 15% of the population)", "X, which make up 3% of": X's share.
MAKE_UP = re.compile(
    r"\s*[(,]\s*(?:who|which|that)\s+(?:make|makes|made|making)\s+up\s+"
    r"(?:(?:less|more|fewer)\s+than|about|around|almost|nearly|over|under|just|some|roughly)?\s*$",
    re.IGNORECASE,
)
# "Auckland – down 30,000", "hotels – unchanged, down just 90": a list item, named, then moved.
_ITEM_MOVED = re.compile(
    r"^\s*(?P<name>[A-Za-z][^–—:;,.()\d]{0,50}?)\s*[–—:]\s*(?:unchanged,\s*)?(?:up|down)\b"
    r"[^.;:–—]{0,40}$"  # "… down 30,000 (5.3 percent) to": its share and level too
)
# "… accounted for 22% of presentations": the subject's share of them.
_ACCOUNTED_FOR = re.compile(
    # "Cork handled 6.8% of all flights", "women represented 41% of victims"
    r"\b(?:(?:accounted|accounts|account)\s+for|handled|represented|comprised|made\s+up|"
    r"received|carried|attracted)\s+(?:the\s+remaining\s+|the\s+other\s+|another\s+)?"
    r"(?:(?:less|more)\s+than\s+|about\s+|around\s+|"
    r"almost\s+|nearly\s+|over\s+|just\s+over\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_WERE_SHARE = re.compile(
    # "female earnings were at 85% of male earnings", "stood at 85% of"
    r"\b(?:(?:were|was|are|is)(?:\s+at)?|stood\s+at)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.I,
)
_SHARE_OF = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?P<whole>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s*[—–(),;.]|\s+(?:in|at|and)\b|$)"
)


def _whose_share(sentence: str, quantity: Quantity) -> str:
    """ "Patients aged 4 and under (who make up less than 7% of the population)", "… and
    patients aged 65 and over accounted for 22% of presentations": the share of the whole
    that the subject is, "patients aged 4 and under share of population"; else ""."""
    whole = _SHARE_OF.match(sentence, quantity.end)
    if whole is None and (
        not _ACCOUNTED_FOR.search(sentence, 0, quantity.begin)
        or sentence.startswith(" of ", quantity.end)  # a whole this cannot read
    ):
        return ""
    if made := MAKE_UP.search(sentence, 0, quantity.begin):
        who = _owner_phrase(WORD.findall(sentence[: made.start()]))
    elif told := _ACCOUNTED_FOR.search(sentence, 0, quantity.begin) or (
        whole and _WERE_SHARE.search(sentence, 0, quantity.begin)
    ):
        # "Freshwater withdrawals were 87 percent of total withdrawals": the part, a share
        who = _owner_phrase(WORD.findall(_its_clause(sentence, told.start())[: told.start()]))
    else:
        return ""
    if not who or who.lower() in PRONOUNS:
        return ""  # "In 1994, they accounted for …": whose, said before
    # "saline-water withdrawals made up the remaining 13 percent": of the whole said before
    return f"{who} share of {whole['whole']}" if whole else f"{who} share"


def _owner_phrase(words: list[str]) -> str:
    """The noun phrase that ends `words`, two nouns joined by "and" when they are short
    ("television programs and feature films accounted for 73.4%")."""
    both = noun_phrase_before(words, len(words), conjoined=True)
    return both if len(both.split()) <= 5 else noun_phrase_before(words, len(words))


# A note on how a number was made, between it and its noun: "(AIHW estimate)", "(provisional)"
_NOTE_AFTER = re.compile(
    r"\s*(\((?:[A-Za-z]+\s+){0,2}(?:estimates?|estimated|provisional|revised|projected|"
    r"forecast|rounded|approx\.?|approximately)\))\s+(?=[A-Za-z])",
    re.IGNORECASE,
)


# A classification's code between a name and its figure's bracket: "(ANZSIC Group 281) ("
_CODE_BEFORE = re.compile(
    r"(\((?-i:[A-Z]{2,}[\w-]*)\s+(?:(?:group|division|class|code|section)\s+)?[A-Z]?\d[\d.]*\))"
    r"\s*\(\s*$",
    re.IGNORECASE,
)


def figure_label(sentence: str, quantity: Quantity, others: Sequence[tuple[int, int]] = ()) -> str:
    """What the number counts: "victims formally identified", "score for human trafficking"."""
    # "401,300 (AIHW estimate) Australians living with dementia": the noun past the note;
    # "Printing (ANZSIC 241) (57,500 persons)": the name before its industry's code
    for aside in (
        _NOTE_AFTER.match(sentence, quantity.end),
        _CODE_BEFORE.search(sentence, 0, quantity.begin),
    ):
        if aside:
            sentence = sentence[: aside.start(1)] + " " * len(aside[1]) + sentence[aside.end(1) :]
    lead = sentence[max(0, quantity.begin - 80) : quantity.begin]
    if quantity.unit == "%" and (measured := _MEASURE_OF.search(lead) or _MOVED_TO.search(lead)):
        # "the enrolment rate of 97.1 per cent continues to exceed …", "… increased the
        # national enrolment rate to a remarkable 97 per cent": the rate named before
        return tidy(measured["what"], sentence)
    label = _figure_label(with_opening_comparison_closed(sentence), quantity, others)
    label = _time_worked(label, quantity, sentence)
    # "There was no significant change in the participation rate … (64% and 65% …)": the rate
    label = _NO_CHANGE_IN.sub("", label)
    if _CHANGE_FROM_ONLY.fullmatch(label):
        # "an increase from end June 2012 of 4.9%": a change of what the clause before counts
        label = subject_before(sentence, quantity.begin) or "figure"
    if (
        (sex := _FOR_SEX.match(sentence, quantity.end))
        and sex["who"].lower() not in label.lower()
        and len(label.split()) > 1
    ):
        # "improved to 74.2 years for males and 79.2 years for females": whose each is
        label = f"{label} for {sex['who']}"
    worded = _WORDED_SHARE.search(sentence, max(0, quantity.begin - 60), quantity.begin)
    who = worded["who"].strip() if worded else ""
    if who and who.lower() not in label.lower() and not _OF_THESE.match(who):
        return tidy(f"{who} {label}", sentence)  # "1 in 5 adults (21%) reported feeling lonely"
    if (part := _FRACTION_OF.match(label)) and (said := _SAID_AFTER.match(sentence, quantity.end)):
        # "More than half of all households (54%) owned their home": the share that did;
        # "… of people (67.4%) had received …": the whole, told once without what it did
        whole = re.split(r"\s+(?:who|that|which)\s+", part["whole"], maxsplit=1)[0]
        what = said["what"]
        if _is_past_tense(what.split()[0]) or re.match(r"(?:had|has|have|were|was)\s", what):
            what = f"{_who(whole.split()[-1])} {what}"  # "… who had received a prescription"
        return tidy(f"share of {whole} {what}", sentence)
    if (
        (rest := _THE_REMAINING.search(sentence, 0, quantity.begin))
        and (whole := _SHARE_OF_WHOLE.search(sentence))
        and whole.end() <= rest.start()
    ):
        # "Males accounted for 92% of all prisoners, and females the remaining 8%"
        return tidy(f"{rest['who']} share of {whole['whole']}", sentence)
    if told := _COUNTED_THEN_DEED.match(sentence, quantity.end):
        # "Nearly 62% (2,527 respondents) said they had experienced …": the share of them
        # who did it
        return tidy(f"share of {_who_did(told['noun'], told['deed'])}", sentence)
    if (
        told := _COUNT_IN_BRACKET_DEED.match(sentence, quantity.end)
    ) and _SHARE_BEFORE_BRACKET.search(sentence, max(0, quantity.begin - 20), quantity.begin):
        return tidy(_who_did(told["noun"], told["deed"]), sentence)
    if label.lower() in {"both", "each", "all"} and (
        named := _BOTH_AT.search(sentence, max(0, quantity.begin - 100), quantity.begin)
    ):
        return tidy(named["what"], sentence)  # "reading or downloading online news, both at 73%"
    return label


def _time_worked(label: str, quantity: Quantity, sentence: str) -> str:
    """ "GPs worked an average of 33.1 clinical hours per week": the average clinical hours per
    week worked by GPs, not "GPs worked an average"."""
    told = _WHO_WORKED.fullmatch(label)
    if told is None or quantity.unit not in {"hours", "days", "weeks"}:
        return label
    what = re.sub(r"^[\d.,]+\s+", "", quantity.display)  # "clinical hours"
    per = _PER_SPAN.match(sentence, quantity.end)
    average = "average " if told["average"] or _ON_AVERAGE.match(sentence, quantity.end) else ""
    whole = subject_before(sentence, quantity.begin)
    who = whole if whole.lower().endswith(told["who"].lower()) else told["who"]
    return tidy(f"{average}{what}{per.group() if per else ''} worked by {who}", sentence)


# "GPs worked an average", "public sector worked": who did the work, as the label said it.
_WHO_WORKED = re.compile(
    r"(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,5}?)\s+worked(?P<average>\s+an\s+average)?"
)
_PER_SPAN = re.compile(r"\s+(?:per|a)\s+(?:week|day|month|year)\b", re.IGNORECASE)
_ON_AVERAGE = re.compile(r"(?:\s+(?:per|a)\s+\w+)?\s+on\s+average\b", re.IGNORECASE)


_FOR_SEX = re.compile(rf"\s+for\s+(?P<who>{WHOM})\b", re.IGNORECASE)
# ", and females the remaining 8%": another part of the whole the share before was of
_THE_REMAINING = re.compile(
    r",?\s+and\s+(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:made\s+up\s+|accounted\s+for\s+)?"
    r"the\s+(?:remaining|other|rest)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
_SHARE_OF_WHOLE = re.compile(
    r"\b(?:accounted\s+for|made\s+up|represented|comprised)\s+[\d.]+\s*(?:%|per\s*cent)\s+of\s+"
    r"(?:all\s+|the\s+)?(?P<whole>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*[(,]|\s+and\b)",
    re.IGNORECASE,
)


def _who_did(noun: str, deed: str) -> str:
    """ "respondents", "said they had experienced some form of bullying": "respondents who
    experienced some form of bullying", what they told of themselves."""
    told = re.sub(r"^(\w+)\s+that\s+", r"\1 ", _TOLD_OF_THEMSELVES.sub("", deed))
    done = told.split()[:7]
    while done and done[-1].lower() in DANGLING | {"some", "any", "all", "other"}:
        done.pop()
    return f"{noun} {_who(noun)} {' '.join(done)}"


_TOLD_OF_THEMSELVES = re.compile(
    r"^(?:said|reported|stated|indicated)\s+(?:that\s+)?they\s+(?:had\s+)?", re.IGNORECASE
)
# "62% (2,527 respondents) said they had …": a share, its count and noun, then their deed.
_DEED = r"(?P<deed>(?:said|reported|stated|agreed|felt|thought|believed|indicated)\b[^,;.()]{3,60})"
_COUNTED_THEN_DEED = re.compile(
    rf"\s*\(\s*~?[\d,.]+\s+(?P<noun>[a-z][\w-]*)\s*\)\s+{_DEED}", re.IGNORECASE
)
_COUNT_IN_BRACKET_DEED = re.compile(rf"\s+(?P<noun>[a-z][\w-]*)\s*\)\s+{_DEED}", re.IGNORECASE)
_SHARE_BEFORE_BRACKET = re.compile(r"(?:%|per\s*cent|percent)\s*\(\s*~?$", re.IGNORECASE)
_CHANGE_FROM_ONLY = re.compile(
    r"(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|growth)\s+(?:from|since)"
    r"(?:\s+(?:the\s+)?end(?:\s+of)?)?",
    re.IGNORECASE,
)
_NO_CHANGE_IN = re.compile(
    r"^(?:no\s+)?(?:statistically\s+)?significant\s+(?:change|difference)\s+(?:in|between)\s+"
    r"(?:the\s+)?(?=\w)",
    re.IGNORECASE,
)
_BOTH_AT = re.compile(r"(?P<what>[A-Za-z][^,;:()]{2,80}),\s+(?:both|each|all)\s+(?:at\s+)?$", re.I)


_MEASURE_OF = re.compile(
    # not "grew at an average rate of 5.1%": how fast something grew
    r"(?<!\bat\s)\b(?:the|an?|its|their)\s+(?P<what>(?:[a-z][\w-]*\s+){0,3}?rate)\s+of\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(
    r"\b(?:increased|raised|lifted|pushed|brought|reduced|lowered|cut)\s+(?:the|its|their)\s+"
    r"(?P<what>(?:[a-z][\w-]*\s+){0,3}?rate)\s+to\s+(?:an?\s+)?(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
# "more than half of all households", "almost a third of victims": a share told in words,
# whose exact figure follows in brackets.
_FRACTION_OF = re.compile(
    r"^(?:(?:more\s+than|over|nearly|almost|about|around|just\s+(?:over|under)|less\s+than|some|"
    r"roughly)\s+)?(?:half|(?:a|one)[\s-](?:third|quarter|fifth|tenth)|two[\s-]thirds|"
    r"three[\s-]quarters)\s+of\s+(?:all\s+|the\s+)?(?P<whole>\S.*)$",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(r"\s*\)\s+(?P<what>[a-z][^,;.()]{2,60})")


_OF_THESE = re.compile(r"(?:of|these|those|them|all|the)\b", re.IGNORECASE)


_PRONOUN_IS = re.compile(
    r"\s*(?:this|that|it)\s+(?:is|was)\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?",
    re.IGNORECASE,
)
_THAN_THE = re.compile(
    r"\s*(?:higher|lower|greater|smaller|more|less|above|below)\s+(?:than\s+)?the\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)"
    r"(?=\s+(?:from|in|of|for|during|at)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d|\s*[,;.]|$)"
)
_NOT_A_MEASURE = frozenset(
    "year previous prior preceding same period quarter month week last average level figure "
    "one time".split()
)


def _figure_label(sentence: str, quantity: Quantity, others: Sequence[tuple[int, int]]) -> str:
    if quantity.unit == "tier":
        return "tier rating"
    if (in_what := _IN_WHAT_BY.search(sentence, max(0, quantity.begin - 60), quantity.begin)) and (
        subject := subject_before(_its_clause(sentence, in_what.end()), in_what.end())
    ):
        # "Awards increased in number by 3%": the rise in awards, however they are counted
        way = "fall" if re.fullmatch(FALL, in_what["verb"], re.IGNORECASE) else "rise"
        return tidy(change_in(subject, way, quantity.unit), sentence)
    if (
        _PRONOUN_IS.fullmatch(sentence, 0, quantity.begin)
        and (than := _THAN_THE.match(sentence, quantity.end))
        and not set(than["what"].lower().split()) <= _NOT_A_MEASURE
    ):
        # "This is 65% higher than the median fuel poverty gap from 2019": the same measure,
        # at another time
        return tidy(than["what"], sentence)
    if quantity.unit in _DURATIONS and (apart := _TIME_APART.match(sentence, quantity.end)):
        # "10 years ahead of the due date", "two months ahead of schedule": how long before
        how = apart["how"] or apart["how2"]
        return tidy(f"{quantity.unit} {how} {apart['what']}", sentence)
    if quantity.unit in _TERMS and (term := _IMPRISONMENT.search(sentence, quantity.end)):
        # "sentenced … to 15 and 18 months’ imprisonment", "penalties of three to 15 years …"
        lead = sentence[max(0, quantity.begin - 80) : quantity.begin].lower()
        if _TERM_LIST.fullmatch(sentence, quantity.end, term.start()):
            return "prescribed prison penalty" if "penalt" in lead else "prison sentence"
    if (
        (changed := CHANGE_NOUN_AFTER.match(sentence, quantity.end))
        and (what := _changed_thing(sentence[changed.end() :]))
        and not _TIME_TOLD.match(what)  # "a 0.5 percent rise in the September 2011 quarter"
    ):
        # "a 10% increase in influenza A specimens": the rise in what the noun says
        way = "rise" if re.fullmatch(NOUN_RISE, changed["noun"], re.I) else "fall"
        return tidy(change_in(what, way, quantity.unit), sentence)
    if (where := _REGISTERED_IN.match(sentence, quantity.end)) and (
        noun := _CHANGE_NOUN_OF.search(sentence, max(0, quantity.begin - 40), quantity.begin)
    ):
        # "A decrease of 0.3 per cent was registered in energy": the fall in energy's
        way = "rise" if re.fullmatch(NOUN_RISE, noun["noun"], re.I) else "fall"
        return tidy(change_in(where["what"], way, quantity.unit), sentence)
    if (doing := _DOING_AFTER.search(sentence, max(0, quantity.begin - 40), quantity.begin)) and (
        subject := subject_before(_its_clause(sentence, doing.start()), doing.start())
    ):
        # "the U.S. economy remained strong – growing 292 percent": the subject's rise
        way = "rise" if doing["rise"] else "fall"
        return tidy(change_in(subject, way, quantity.unit), sentence)
    if (
        (posted := POSTED.search(sentence, max(0, quantity.begin - 20), quantity.begin))
        and (noun := POSTED_NOUN.match(sentence, quantity.end))
        and (subject := _who_posted(sentence[: posted.start()]))
    ):
        # "Miscellaneous store retailers reported a 2.3% sales decline": their sales' fall
        way = "rise" if re.fullmatch(NOUN_RISE, noun["noun"], re.I) else "fall"
        what = f"{noun['what']} of {subject}" if noun["what"] else subject
        return tidy(change_in(what, way, quantity.unit), sentence)
    if changed := CHANGE_NOUN_FROM.match(sentence, quantity.end):
        return changed["noun"].lower()  # "a 33% decrease from …": of what was told before it
    if which := _which_changed(sentence[max(0, quantity.begin - 160) : quantity.begin]):
        # "… with the exception of Fraud (which increased by 78%": Fraud's rise; "…, from 885
        # to 1,577 crimes)": Fraud's level
        return change_in(which[0], which[1], quantity.unit) if which[1] else which[0]
    if most := _NAMED_MOST.search(sentence, max(0, quantity.begin - 120), quantity.begin):
        # "California reported the highest number of cases (2,113)": California's cases
        return f"{tidy(most['what'], sentence)} in {_named_group(most['who'])}"
    if (least := _NAMED_LEAST.search(sentence, max(0, quantity.begin - 60), quantity.begin)) and (
        most := _RANKED_BEFORE.search(sentence, 0, least.start())
    ):
        # "…, while London had the lowest (25.4 …)": the same measure, of London
        return f"{tidy(most['what'], sentence)} in {_named_group(least['who'])}"
    if (
        quantity.unit == "%"
        and not _OF_WHOLE_AFTER.match(sentence, quantity.end)
        and (listed := _LISTED_WITH_SHARE.search(sentence, 0, quantity.begin))
        and not (last := listed["name"].split()[-1].lower()).endswith("ed")
        and last not in REPORTING
    ):
        return tidy(listed["name"], sentence)  # "was Communications with 17.4% followed by …"
    if ranked := ranked_label(sentence, quantity):
        return tidy(ranked, sentence)  # "the home was the most common with 12,200 cases (66%)"
    if named_item := _ITEM_MOVED.match(sentence[: quantity.begin]):
        return tidy(named_item["name"], sentence)  # "Auckland – down 30,000 (5.3 percent)"
    if (
        (peak := _PEAK_AFTER_COMMA.search(sentence, 0, quantity.begin))
        and not re.search(r"\d(?![\d,.]*['’]?s\b)", sentence[: peak.start()].split(",")[-1])
        and (subject := subject_before(_its_clause(sentence, peak.start()), peak.start()))
        and subject.lower() not in EXPLETIVES
    ):
        return tidy(subject, sentence)  # "Consumption started to fall …, hitting a low of 9.8"
    if PEAK_IN_BRACKETS.search(sentence, 0, quantity.begin) and (
        subject := subject_before(_its_clause(sentence, quantity.begin), quantity.begin)
    ):
        return subject  # "The ineffective trial rate … increased … to a series peak (56%)"
    if (moved := _FROM_TO_VALUE.search(sentence, max(0, quantity.begin - 80), quantity.begin)) and (
        changed_in := _CHANGE_IN_BEFORE_BRACKET.search(sentence, 0, moved.start())
    ):
        # "a 15 per cent rise in the number of secondary outdoor fires compared to the previous
        # year (from 14,276 … to 16,359 …)": the levels of what rose
        return tidy(changed_in["what"], sentence)
    if (
        moved
        and _ADVERBIAL_BEFORE_FROM.search(sentence, 0, moved.start())
        and (subject := subject_before(_its_clause(sentence, moved.start()), moved.start()))
    ):
        # "Enrolments have increased by 14% over the past decade, from 56,145 … to 63,875":
        # what moved is the subject, not the words before "from"
        return tidy(subject, sentence)
    if moved and (went_on := _CONTINUED_TO.search(sentence, 0, moved.start())):
        words = WORD.findall(sentence[: went_on.start()])
        while words and words[-1].lower() in ADVERBS:
            words.pop()  # "Births to teenage mothers also continue to fall"
        if subject := noun_phrase_before(words, len(words)):
            return tidy(subject, sentence)
    if quantity.unit in {"%", "share"} and (whose := _whose_share(sentence, quantity)):
        return tidy(whose, sentence)
    if is_money(quantity.unit) and (spent := _money_on(sentence, quantity)):
        return tidy(spent, sentence)  # "a deficit of £8.9 billion on goods"
    if counted := _RATE_OF.match(quantity.display):
        return tidy(counted[1], sentence)  # "17.4 chronic liver disease deaths per 100,000"
    if sample := _SAMPLE_SIZE.search(sentence, max(0, quantity.begin - 80), quantity.begin):
        # "Case numbers in 2024 (n=7,050)": the cases; "among respondents (n = 1,204)"
        return tidy(
            re.sub(r"^(?:among|of|in|for|and)\s+", "", sample["what"], flags=re.I), sentence
        )
    if not sentence[: quantity.begin].strip() and (
        headline := _TOLD_AFTER_DASH.match(sentence, quantity.end)
    ):
        return tidy(headline["what"], sentence)  # "190,170 — Strength of UK Forces at 1 January"
    begin, end = max(0, quantity.begin - WINDOW), min(len(sentence), quantity.end + WINDOW)
    masked = _mask(sentence, begin, end, others, (quantity.begin, quantity.end))
    before = WORD.findall(masked[: quantity.begin - begin])
    before = _without_period_told(_without_hedge(before))
    while before and before[-1].lower() in ADVERBS:
        before.pop()  # "the largest increase, also 1.4 percent"
    if (aside := _ADVERBIAL.search(" ".join(before[-6:]))) and before[-1] == ",":
        del before[-len(aside.group().split()) :]  # "declined, in the aggregate, 0.5 percent"
    if [w.lower() for w in before[-2:]] in (["total", "of"], ["sum", "of"]):
        del before[
            -3 if len(before) > 2 and before[-3].lower() == "a" else -2 :
        ]  # "reached a total of"
    after = _without_average(_past_empty_bracket(WORD.findall(masked[quantity.end - begin :])))
    if [w.lower() for w in after[:2]] in (["respectively", "in"], ["respectively", "for"]):
        after = after[2:]  # "45 per cent and 88 per cent respectively in families where …"
    share = quantity.unit in {"%", "share", "percentage points"}
    in_percent = quantity.unit in {"%", "share"}  # a move in points is no "percentage rise"
    core, rest = _core_after(after, share)
    told = _past_restating_aside(_past_empty_bracket(after[rest:]))
    while core and told[:1] and told[0].lower() in {"years", "year", "months", "old"}:
        told = told[1:]  # "youth aged 12 to 17 years (who were …)": the band's unit
    if core and told[:1] and told[0].lower() in _RELATIVE:
        told = _relative_clause(told[1:])  # "17,878 individuals who were granted asylum"
    if core and [w.lower() for w in told[:3]] in _LOST_LIVES:
        core, told = [*core, "died"], told[3:]  # "9,967 people who lost their lives in …"
    if core and (place := _place_after(told)):
        # "1% of all deaths in Australia (in 2022) occurred among …"
        core, told = core + place, told[len(place) :]
        told = told[2:] if told[1:2] == [BOUNDARY] else told
    if core and (dated := _qualified_until_date(told)):
        # "9 in 10 youth under correctional supervision in 2015/2016 were supervised in …":
        # what qualifies the noun, then the date, then what is said of it
        core, told = core + told[:dated], told[dated + 2 :]
    predicate = _predicate(told, loose=share or not core)
    if core and not predicate and not share and (said := _said_past_phrase(told)):
        core, predicate = core + said[0], said[1]  # "36 victims of trafficking were referred"
    if _is_whole(before):
        predicate = []  # "14 of the 40 clinics had no staff": what 14 had, not 40
    clause = _clause_before(before)
    if (bracket := _bracketed_change(before)) and (
        what := noun_phrase_before(before, bracket[0], conjoined=True)
    ):
        # "lower corporate receipts (down by $5 billion": the change of what the bracket follows
        way = f"{'percentage ' if in_percent else ''}{bracket[1]}"
        return tidy(f"{way} in {_strip_comparative(what)}", sentence)
    if (opening := _level_in_change_bracket(before)) and (
        what := noun_phrase_before(before, opening, conjoined=True)
    ):
        return tidy(_strip_comparative(what), sentence)  # "X (down 1.2%, from 101,000 to 99,800)"
    if in_percent and (change_of := _change_in_after_bracket(sentence, quantity)):
        return tidy(change_of, sentence)  # "There was a partial rebound (+17.1 %) in the price"
    worded = _WORDED_SHARE.search(sentence, 0, quantity.begin)  # "one in three (33%) adults"
    if not worded and (named := _named_before_bracket(before, after, in_percent)):
        if registered := _CHANGES_REGISTERED.match(sentence):
            # "Increases were also registered in the intermediate goods (4.3 per cent) and
            # capital goods (0.1 per cent)": the rise in each
            one = registered["noun"].rstrip("s")  # "increases": each an increase
            way = "rise" if re.fullmatch(NOUN_RISE, one, re.I) else "fall"
            what = _REGISTERED_LEAD.sub("", named)
            return tidy(change_in(what, way, quantity.unit), sentence)
        if (rising := rose_in_brackets(sentence, quantity)) is not None:
            # "Receipts (2%) and disposals (12%) fell": the fall in each
            return tidy(change_in(named, "rise" if rising else "fall", quantity.unit), sentence)
        deed = _deed_after_brackets(sentence, quantity) if quantity.unit == "%" else None
        if (
            deed
            and _who(named.split()[-1]) == "who"
            and not _SUPERLATIVE_WORD.search(deed[1])
            and not _A_MEASURE.match(named)
        ):
            # "males (53%) and females (50%) qualified in STEM": the share of each who did
            group = " ".join([_GROUP_LEAD.sub("", named), *deed[0].split()])
            return tidy(f"{group} who {deed[1]}", sentence)
        return tidy(_past_times(named, before), sentence)  # "referrals for females (24%)"
    if not any(w[0].isalnum() for w in before[-3:]) and (what := _named_after_copula(after)):
        return tidy(what, sentence)  # "£920 was the average monthly amount of Universal Credit"
    if share and core and after[:1] == ["of"] and (owned := _share_owned(before, core)):
        return tidy(owned, sentence)  # "Remittances were the equivalent of 6.2 per cent of GDP"
    linked = _past_filler(before)
    generic = bool(core) and all(w.lower() in HEADCOUNT for w in core) and _states_a_level(linked)
    # "the sex ratio was 104.64 males to 100 females": a ratio, which its subject names
    generic = generic or bool(_RATIO_AFTER.match(" ".join(after[:4])))
    if (
        (quantity.unit is not None or not core or generic)
        and (subject := _subject(linked, in_percent))
        and not _EXPLETIVE.search(subject)  # "In 2021 there were 3.4 deaths per 1,000 …"
    ):
        if linked and linked[-1].lower() == "averaged" and not subject.startswith("average"):
            subject = f"average {subject}"  # "Prices averaged over $177 per cwt"
        return tidy(subject, sentence)  # "The average gasoline price rose five cents to $2.31"
    if not core and (head := _noun_before(before)) and len(head.split()) > 1:
        return tidy(head, sentence)  # "The official poverty rate of 11.5%"
    if share:
        label = _share_label(core, predicate, before, after, rest, clause)
    elif quantity.unit is not None:
        compound = bool(re.search(r"\w-(?:year|month|week|day|hour)s?$", quantity.display))
        label = _measure_label(compound, quantity.unit, clause, before, after, core)
    else:
        label = _count_label(core, predicate, before, after, rest, clause)
        label = _as_the_subject_says(label, sentence, quantity) if label else label
    return tidy(_rate_of(label or _noun_before(before) or "figure", quantity.unit), sentence)


def _as_the_subject_says(label: str, sentence: str, quantity: Quantity) -> str:
    """ "The number of claims made by older workers is rising …, from 6,800 claims": the
    claims the subject names in full, when the number names only its noun."""
    if " " in label or not label.isalpha() or not label.islower():
        return label
    clause = _its_clause(sentence, quantity.begin)
    named = _NUMBER_OF.search(clause, 0, quantity.begin)
    if named and re.search(rf"\b{label}\b", named["what"], re.I):
        return tidy(named["what"], sentence)
    return label


# "The number of claims made by older workers is rising": what the subject counts.
_NUMBER_OF = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<what>[^,;:()–—]{3,80}?)\s+(?:(?:has|have|had)"
    r"\s+)?(?:is|are|was|were|been|rose|fell|increased|decreased|declined|grew|dropped|remained|"
    r"reached|stood|continued|went)\b",
    re.IGNORECASE,
)


_DURATIONS = frozenset({"years", "months", "weeks", "days", "hours"})
# "September", "the previous quarter", "Q3": a time, not what changed.
_TIME_TOLD = re.compile(
    rf"^(?:the\s+)?(?:{'|'.join(m for m in MONTHS if len(m) > 3)}|q[1-4]|(?:first|second|third|"
    r"fourth|previous|last|same|latest|current|next)\s+(?:quarter|month|year|week|half))\b",
    re.IGNORECASE,
)
# "ahead of the due date to deliver on …", "after the survey closed": what the time is apart from.
_TIME_APART = re.compile(
    r"\s+(?:(?P<how>ahead\s+of|behind)\s+(?:the\s+)?|(?P<how2>before|after)\s+the\s+)"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:to|for|of|in|on|and|that|was|were)\b|[,.;]|$)",
)


def _money_on(sentence: str, quantity: Quantity) -> str:
    """ "a deficit of £8.9 billion on goods", "a budget of $2 million for training": the
    noun before the amount and what it is on, as one label; "" when not said so."""
    noun = _NOUN_OF_AMOUNT.search(sentence, max(0, quantity.begin - 60), quantity.begin)
    target = _ON_WHAT.match(sentence, quantity.end)
    if not noun or not target or target["what"].split()[0].lower().rstrip(".") in MONTHS:
        return ""
    return f"{noun['noun']} {target['prep']} {target['what']}"


# "an estimated surplus of (£5.7 billion)": a noun that names the amount, not a total or a move
_NOUN_OF_AMOUNT = re.compile(
    r"\b(?:a|an)\s+(?:(?:estimated|net|overall|record|provisional)\s+)?"
    rf"(?P<noun>(?!(?:{NOUN_RISE}|{NOUN_FALL}|total|sum|number|average|maximum|minimum|range|"
    r"value|amount|level|rate|cost)\b)[a-z]{3,})\s+of\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_ON_WHAT = re.compile(
    r"\s+(?P<prep>on|for)\s+(?!the\s+(?:year|month|quarter|period)\b)"
    r"(?P<what>[a-z][\w’'-]*(?:\s+(?!and\b|but\b|which\b|partly\b)[a-z][\w’'-]*){0,3})(?=\s*[,;.()]|$)"
)


def _who_posted(before: str) -> str:
    """ "Furniture and home furnishings stores (posted a 3.0% gain)": who had the change."""
    words = WORD.findall(_its_clause(before, len(before)))
    return noun_phrase_before(words, len(words), conjoined=True)


# "one in three (", "almost nine out of every ten (": a share in words, told exactly after it.
_WORDED_SHARE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)(?:\s+|-(?=in-))(?:in|out\s+of)"
    r"(?:\s+|(?<=in)-)(?:every\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(?:twenty|thirty|forty|fifty)(?:-\w+)?|hundred|\d+)\s*(?P<who>(?:[a-z][\w-]*\s+){0,3}?)\(\s*$",
    re.IGNORECASE,
)


def _without_hedge(words: list[str]) -> list[str]:
    """ "the deficit was estimated to have been (£3.2 billion)": the deficit was."""
    lowered = [w.lower() for w in words[-5:]]
    for hedge in (["to", "have", "been"], ["to", "be"]):
        n = len(hedge) + 1
        hedged = lowered[-n + 1 :] == hedge and len(lowered) >= n and lowered[-n] in _HEDGES
        if hedged and len(words) > n and words[-n - 1].lower() in _LINKS:
            return words[:-n]  # "was estimated to have been": "was"
    for more in (["another"], ["a", "further"], ["an", "additional"]):
        n = len(more)
        if lowered[-n:] == more and len(words) > n and words[-n - 1].lower() in REPORTING:
            return words[:-n]  # "increased another (9.9%)": "increased"
    return words


def _without_period_told(words: list[str]) -> list[str]:
    """ "The median ratio … for the whole analysis period 2020 to 2023 fell from (10.3%)": the
    period the subject is told over is no part of what it is (its date is a boundary here)."""
    for i, word in enumerate(words):
        if word != BOUNDARY or i < 3 or words[i - 1].lower() != "period":
            continue
        j = i - 2
        while j > max(i - 4, 0) and words[j].lower() in _PERIOD_QUALIFIERS:
            j -= 1
        if words[j].lower() == "the" and j > 0 and words[j - 1].lower() in _OVER:
            return [*words[: j - 1], *_without_period_told(words[i + 1 :])]
    return words


_PERIOD_QUALIFIERS = frozenset("whole entire full same analysis reference review study".split())
_OVER = frozenset({"for", "over", "during", "in", "throughout"})


# "was estimated to have been", "is thought to be": how sure, not what.
_HEDGES = frozenset("estimated thought believed projected expected forecast likely".split())


def _rate_of(label: str, unit: str | None) -> str:
    """ "52.4 per 10,000 active companies entered insolvent liquidation": the deed is of
    what the rate counts per ("active companies entered insolvent liquidation")."""
    per = re.match(r"per\s+[\d,.]+\s+(?P<what>[a-z].*)$", unit or "")
    first = label.split(" ", 1)[0]
    if not per or not _is_past_tense(first) or first == "compared" or per["what"] in label:
        return label
    return f"{per['what']} {label}"


# "190,170 — Strength of UK Forces Service Personnel at 1 January 2023": a headline number and
# what it counts, up to its date.
_TOLD_AFTER_DASH = re.compile(
    r"\s*[—–-]\s+(?P<what>[A-Za-z][^()\d;:]{2,80}?)(?=\s+(?:at|on|in|as\s+(?:at|of)|since|for|"
    r"during|between)\s+(?:the\s+)?(?:\d|past|previous|last|year|week|month|quarter|"
    r"(?-i:[A-Z][a-z]+\s+\d))|\s*[(\n]|\s{2,}|$)",
    re.IGNORECASE,
)


def _without_average(words: list[str]) -> list[str]:
    """ "29 children on average were in hospital": how the number was taken, not what it
    counts, between the noun and what is said of it."""
    for i in range(min(len(words) - 1, 6)):
        if [w.lower() for w in words[i : i + 2]] == ["on", "average"]:
            return [*words[:i], *words[i + 2 :]]
    return words


def _listed_before_head(words: list[str], i: int) -> list[str]:
    """ "flu, COVID-19 and RSV vaccines": kinds listed before the noun they qualify."""
    end = i
    while end + 1 < len(words) and words[end + 1] == "," and words[end][0].isalnum():
        end += 2
    if end == i or end + 3 >= len(words) or words[end + 1].lower() not in {"and", "or"}:
        return []
    head = words[end + 3]
    if not (head.islower() and head.endswith("s") and words[end + 2][0].isalnum()):
        return []
    return words[i : end + 4]


_RATIO_AFTER = re.compile(r"^[a-z]+ (?:to|for every) (?:100|1,000|one) [a-z]+$")


# Nouns that only say a number counts people: "Net migration is estimated at 93,600 persons"
# measures net migration.
HEADCOUNT = frozenset("persons people individuals inhabitants residents".split())


def _said_past_phrase(words: list[str]) -> tuple[list[str], list[str]] | None:
    """The phrase that says more of the counted thing, and the verb after it: ("of
    trafficking", "referred to NGO shelters") in "victims of trafficking were referred to
    NGO shelters"."""
    phrase = _prepositional_phrase(words, 0)
    if not phrase or phrase[0].lower() != "of":
        return None
    rest = words[len(phrase) :]
    if not rest or rest[0].lower() not in {"were", "was", "had", "have", "has"}:
        return None
    predicate = _predicate(rest, loose=False)
    return (phrase, predicate) if predicate else None


def _relative_clause(words: list[str]) -> list[str]:
    """The words of a relative clause up to the main verb that may follow it: "(lien notices
    that) were filed" of "… that were filed identified 14 cases"."""
    verbs = 0
    for i, word in enumerate(words):
        verbs += _is_past_tense(word)
        if verbs > 1:
            return words[:i]
    return words


# "In 2021 there (were 3.4 deaths …)": a subject that names nothing
_EXPLETIVE = re.compile(r"(?:^|\s)there$", re.IGNORECASE)
# A rate that names what it counts in several words: "17.4 chronic liver disease deaths per".
_RATE_OF = re.compile(r"^\S+\s+((?:[A-Za-z][\w-]*\s+){1,3}[A-Za-z][\w-]*)\s+per\s")


def _states_a_level(before: list[str]) -> bool:
    """ "is estimated at", "is close to", "stood at": the number is the subject's size, not
    whom something was done to ("Travel documents were issued to 7,116 individuals") or
    reached ("the programme reached 134 million people")."""
    tail = [w.lower() for w in before[-2:]]
    if tail[-1:] and tail[-1].startswith("reach"):
        return False
    return bool(tail) and (
        tail[-1] in REPORTING
        or tail in (["estimated", "at"], ["close", "to"], ["put", "at"])
        or (tail[-1] in {"at", "to"} and tail[0] in REPORTING)
    )


def _bracketed_change(before: list[str]) -> tuple[int, str] | None:
    """Where a bracket that opens with a change ("(down by", "(up") starts, and its way."""
    tail = [w.lower() for w in before[-3:]]
    for size in (3, 2):
        words = tail[-size:]
        opens = len(words) == size and words[0] == "(" and words[1] in {"up", "down"}
        if opens and (size == 2 or words[2] == "by"):
            return len(before) - size, "rise" if words[1] == "up" else "fall"
    return None


# "a partial rebound (", "an increase (": a change named, its size in brackets after it.
_CHANGE_NOUN_BRACKET = re.compile(
    rf"\b(?:an?|the)\s+(?:[a-z]+\s+)?(?:(?P<rise>{NOUN_RISE}|rebound|recovery)|{NOUN_FALL})"
    r"\s*\(\s*$",
    re.IGNORECASE,
)
# "…) in the real (i.e. deflated) terms price of milk in the EU": what changed, up to a date,
# a place or the clause's end.
_IN_WHAT_AFTER_BRACKET = re.compile(
    r"\s*\)\s+(?:in|of)\s+(?:the\s+)?(?P<what>[^,;:()]+?)"
    r"(?=\s+(?:in|during|after|since|between|for|on|compared|over)\b|[,;:.]|$)"
)


def _change_in_after_bracket(sentence: str, quantity: Quantity) -> str | None:
    """ "There was a partial rebound (+17.1 %) in the real price of milk": the rise in what
    the words after the bracket name."""
    named = _CHANGE_NOUN_BRACKET.search(sentence, max(0, quantity.begin - 60), quantity.begin)
    if named is None:
        return None
    after = re.sub(r"\s*\([^()]*\)", "", sentence[quantity.end :])  # "(i.e. deflated)"
    if (what := _IN_WHAT_AFTER_BRACKET.match(after)) is None:
        return None
    return change_in(what["what"], "rise" if named["rise"] else "fall", quantity.unit)


# "… was Communications with 17.4% followed by Patient Care at 12.7% and then Values and
# Behaviour at 10.6%", "attributed to medical staff with 39.3% then nursing staff at 23.8%":
# each share named right before its "with" or "at", after the word that leads to it.
_LISTED_WITH_SHARE = re.compile(
    rf"(?:\b(?:was|were|to|by|then)|[,;])\s+(?P<name>(?!(?:{'|'.join(DETERMINERS)}|in|on|of|"
    rf"which|who|compared|{SUPERLATIVE})\b)[A-Za-z][\w/&'’-]*"
    r"(?:\s+(?!(?:with|at|was|were|is|are|to|by|then|in|which|who)\b)[A-Za-z/&'’-]+){0,5})"
    r"\s+(?:with|at)\s+$",
    re.IGNORECASE,
)


# "with 77% of LTA", "at 5% in Wales": a share of a whole or of a place, no list's own name
_OF_WHOLE_AFTER = re.compile(r"\s*(?:of|in)\b")


# "…, hitting a low of", "…, reaching a record high of": the level the subject came to.
_PEAK_AFTER_COMMA = re.compile(
    r",\s+[a-z]+ing\s+(?:to\s+)?a\s+(?:new\s+)?(?:record\s+|series\s+)?(?:high|low|peak)\s+"
    r"of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$"
)


# "Of these, the home was the most common with 12,200 cases (66%), followed by Street or
# highway (3,100 cases; 17%), then Trade or service areas (1,400; 7.5%)": what ranked first,
# the count it had, and the noun the count is of.
_MOST_COMMON_WITH = re.compile(
    r"(?:^|[,;:]\s+)(?:the\s+)?(?P<name>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+(?:was|were)\s+"
    r"the\s+most\s+(?:common|frequent)\b[^.;,()]{0,40}?\bwith\s+(?P<count>[\d,.]+)\s+"
    r"(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
_RANKED_ITEM = re.compile(
    r"(?:followed\s+by|,\s*then|then|and|,)\s+(?P<item>[A-Za-z][^(),;]{1,50}?)\s*\(\s*"
    r"(?:[\d,.]+(?:\s+[a-z]+)?\s*[;,]\s*)?$"
)


def ranked_label(sentence: str, quantity: Quantity) -> str | None:
    """The label of a figure in a ranking told with its counts: "home cases", "home share of
    cases", "Street or highway cases", "Trade or service areas share of cases"."""
    first = _MOST_COMMON_WITH.search(sentence, 0, quantity.end + 40)
    if first is None or quantity.begin < first.start("count"):
        return None
    noun, share = first["noun"], quantity.unit == "%"
    if quantity.begin == first.start("count"):
        return f"{first['name']} {noun}"
    if share and re.fullmatch(r"\s*\(\s*", sentence[first.end() : quantity.begin]):
        return f"{first['name']} share of {noun}"
    item = _RANKED_ITEM.search(sentence, first.end(), quantity.begin)
    if item is None:
        return None
    return f"{item['item']} share of {noun}" if share else f"{item['item']} {noun}"


def _level_in_change_bracket(before: list[str]) -> int | None:
    """Where the bracket opens when the number ends one that tells a change and then its
    levels: "(down 1.2%, from 101,000 to" the new level, of what the bracket follows."""
    if "(" not in before or [w.lower() for w in before[-4:]] != [",", "from", BOUNDARY, "to"]:
        return None
    opening = len(before) - 1 - before[::-1].index("(")
    inside = [w.lower() for w in before[opening + 1 : -4]]
    return opening if inside[:1] in (["up"], ["down"]) and ")" not in inside else None


def _strip_comparative(what: str) -> str:
    """ "lower corporate receipts (down …)": the bracket says which way; the thing is
    "corporate receipts"."""
    words = what.split()
    while words and (_is_past_tense(words[-1]) or words[-1].lower() in _ASIDE_ADVERBS):
        words.pop()  # "reports also decreased (down 3.6%": what decreased
    stops = [i for i, w in enumerate(words) if w.lower() in {"as", "did", "do", "does", "from"}]
    # "… incident increased for Affected family members (up 4.5%": of whom it rose
    stops += [
        i + 1
        for i, w in enumerate(words[:-2])
        if (_is_past_tense(w) or w.lower() in {"was", "were"})
        and words[i + 1].lower() in {"for", "in", "among"}
    ]
    words = words[max(stops) + 1 :] if stops else words  # "as did the number of …"
    return _RANKED_LEAD.sub("", _COMPARATIVE.sub("", " ".join(words)))


_COMPARATIVE = re.compile(
    r"^(?:the\s+)?(?:(?:lower|higher|weaker|stronger|reduced|increased|fewer|more|less)\s+)?"
    r"(?:(?:the\s+)?number\s+of\s+)?",
    re.IGNORECASE,
)


# "Increases were also registered in …": changes named by where they were registered.
_CHANGES_REGISTERED = re.compile(
    rf"^\s*(?:[^,;]{{1,30}},\s+)?(?P<noun>(?:{NOUN_RISE}|{NOUN_FALL})s)\s+(?:was|were)\s+"
    r"(?:also\s+)?(?:registered|recorded|observed|seen|noted)\s+in\b",
    re.IGNORECASE,
)
_REGISTERED_LEAD = re.compile(
    r"^(?:.*?\b(?:registered|recorded|observed|seen|noted)\s+in\s+)?(?:the\s+)?", re.IGNORECASE
)
# "An increase of (2.8 per cent) was recorded in the year-on-year unadjusted employment".
_CHANGE_NOUN_OF = re.compile(
    rf"\b(?P<noun>{NOUN_RISE}|{NOUN_FALL})\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.I
)
_REGISTERED_IN = re.compile(
    r"\s+(?:was|were)\s+(?:registered|recorded|observed|seen|noted|reported)\s+in\s+(?:the\s+)?"
    r"(?P<what>[^,;.()]{2,60}?)\s*(?:[,;.()]|$)",
    re.IGNORECASE,
)


def _qualified_until_date(words: list[str]) -> int | None:
    """Where a phrase that qualifies a noun ("under correctional supervision") ends at a date
    ("in 2015/2016") that a verb follows; None when the words do not run so."""
    for i, word in enumerate(words[:7]):
        if word == BOUNDARY and i and words[i - 1].lower() in {"in", "during"}:
            verb = words[i + 1 : i + 2]
            return i - 1 if verb and verb[0].lower() in AUXILIARIES else None
        ends = VERB.fullmatch(word) or word.lower() in STOPS - _QUALIFYING
        if not word[0].isalpha() or (i and ends):
            return None
    return None


# Words that may open what qualifies a noun: "(youth) under correctional supervision".
_QUALIFYING = frozenset({"in", "under", "on", "at", "for", "with", "of"})


def _place_after(words: list[str]) -> list[str]:
    """ "in Australia" after a noun, before its verb: where, which the noun keeps."""
    if len(words) < 3 or words[0].lower() not in {"in", "across"}:
        return []
    end = 1
    while end < len(words) and words[end][:1].isupper() and words[end].lower() not in MONTHS:
        end += 1
    verb = end
    if words[verb : verb + 2] in (["in", BOUNDARY], ["during", BOUNDARY]):
        verb += 2  # "in Australia in 2022 occurred": the date says when
    return words[:end] if end > 1 and verb < len(words) and _is_past_tense(words[verb]) else []


def _is_whole(before: list[str]) -> bool:
    """ "14 of the 40 clinics", "126,000 (1.6%) of approximately 8,084,000 applications": the
    number after "of" a number is the whole a part is taken of."""
    tail = [w.lower() for w in before]
    while tail and tail[-1] in _ROUGHLY | {"the", "all"}:
        tail.pop()
    if tail[-1:] != ["of"]:
        return False
    tail.pop()
    if tail[-1:] == [")"]:
        while tail and tail[-1] != "(":
            tail.pop()  # past the bracket that restates the part: "126,000 (1.6%) of"
        tail = tail[:-1]
    return tail[-1:] == [BOUNDARY.lower()]


_ROUGHLY = frozenset("approximately about around nearly almost some roughly".split())


def _named_before_bracket(before: list[str], after: list[str], share: bool = False) -> str:
    """ "referrals for females (24%; 4,088)": a bracket of figures alone says how many of
    the noun phrase it follows; "0.98% (2.7 million)" follows a figure, not a name."""
    i = len(before)
    while i > 0 and before[i - 1] in FIGURES_ONLY:
        i -= 1
    told = [w for w in after if w not in FIGURES_ONLY]
    if [w.lower() for w in told[:1]] in (["point"], ["points"]):
        told = told[1:]  # "Michigan (+0.4 point)": the point a rate moved
    each = [w.lower() for w in told[:1]] == ["each"]
    told = told[1:] if each else told  # "New Hampshire and Vermont (+0.3 point each)"
    if told[:1] and told[0].lower() in _COUNTING_WORDS:
        told = told[1:]  # "arrivals during March 2007 (485,900 movements)": how they are counted
    if i >= 2 and before[i - 1] in {"(", "["} and (quoted := _quoted_name(before[: i - 1])):
        return quoted  # whatever else the bracket holds ("(47%; Figure 3.2)")
    closes = next(iter(told), "").lower() in BRACKET_GOES_ON
    if not closes or i < 2 or before[i - 1] not in {"(", "["}:
        return ""
    dated = (
        i > 3 and before[i - 3].lower() in {"in", "during", "for"} and before[i - 4][0].isalpha()
    )
    if dated and before[i - 4].lower() in {"than", "with", "to", "from", "as"}:
        return ""  # "higher than in 2020 (40%)": a comparison, named by what it compares with
    named = before[i - 2][0].isalpha() or dated
    if named and _is_fraction_word(before[i - 2]):
        # "almost half (44.8 percent) of the worker actions": of what follows; "over half
        # (55%) were among …": of what the sentence counts
        return ""
    if each and (names := _NAMES_LISTED.search(" ".join(before[: i - 1]))):
        return names[0].replace(" ,", ",")  # "Iowa, Massachusetts, and Pennsylvania" each
    if not named:
        return ""  # "reported in 2021 (46%)"
    named_as = noun_phrase_before(before, i - 1, conjoined=True)
    owner, _, verb = named_as.rpartition(" ")
    if owner and verb.lower() in _OWNED_BY:
        # "Clinical treatment accounted for 48,557 (25.6%)": its share, or its count
        return f"{owner} share" if share else owner
    if not named_as and (i == 2 or before[i - 3] in {",", ";", ":", "and", "or"}):
        return before[i - 2]  # "falls (40%), intentional self-harm (25%)": an item, a noun
    return named_as


def _quoted_name(words: list[str]) -> str:
    """ "'Beach / Other coastline / Sea' (62%)", "'Urban green space (such as a park)' (59%)":
    a name told in quotes before a bracket, whole, without its own bracketed aside."""
    if not words or not words[-1].endswith(_CLOSING_QUOTES):
        return ""
    for k in range(len(words) - 1, max(len(words) - 16, -1), -1):
        opens = words[k].startswith(_OPENING_QUOTES)
        if opens and (k < len(words) - 1 or len(words[k]) > 2):
            name = re.sub(r"\s*\([^()]*\)", "", " ".join(words[k:]).replace(" ,", ","))
            return name.strip("'‘’\"“” ")
    return ""


_CLOSING_QUOTES = ("'", "’", '"', "”")
_OPENING_QUOTES = ("'", "‘", '"', "“")


# "the largest being Victoria (up 6.1 per cent)", "The largest fall was in Queensland (…)": the
# place named, not how it ranks.
_RANKED_LEAD = re.compile(
    r"^(?:the\s+)?(?:largest|biggest|highest|lowest|smallest|greatest|strongest|weakest|main)"
    r"(?:\s+(?:rise|fall|increase|decrease|decline|drop|growth|gain|contributors?)s?)?\s+"
    r"(?:being|was\s+in|were\s+in|was|were|in)\s+(?=[A-Z])",
    re.IGNORECASE,
)


# Words that say only in what a bracketed count counts the noun it follows.
_COUNTING_WORDS = HEADCOUNT | frozenset(
    "movements cases units records instances transactions".split()
)
# Names listed, as the words of a sentence are joined: "Iowa , Massachusetts , and Pennsylvania".
_NAME_WORDS = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
_NAMES_LISTED = re.compile(
    rf"{_NAME_WORDS}(?:\s+,\s+{_NAME_WORDS})*(?:\s+,)?\s+and\s+{_NAME_WORDS}$"
)
# "almost half (44.8 percent) of …", "two-thirds (68%) of …", "four-fifths (80%) of …": a
# share said in words first.
_FRACTION_WORD = re.compile(
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine)-)?(?:half|thirds?|quarters?|fifths?|"
    r"tenths?)|most|majority|minority",
    re.IGNORECASE,
)


def _is_fraction_word(word: str) -> bool:
    return bool(_FRACTION_WORD.fullmatch(word))


FIGURES_ONLY = frozenset({BOUNDARY, ";", ","})
# What may follow the figure in its bracket: its end, or its comparison ("(9.5%, compared
# with 9.2% in August)").
BRACKET_GOES_ON = frozenset(") ] compared up down stable unchanged versus vs against".split())


_TIMES = re.compile(
    r"^(?:\d+\s+)?times\s+(?:higher|lower|greater|larger|more|as\s+high)\s+(?P<rest>.+)$", re.I
)


def _past_times(named: str, before: list[str]) -> str:
    """ "death rates were 5.5 times higher in the most deprived areas (37.1 …)": the rate in
    those areas, not "5 times higher in …"."""
    times = _TIMES.match(named)
    if not times or "times" not in before:
        return named
    at = before.index("times")
    verb = next((j for j in range(at - 1, -1, -1) if before[j].lower() in AUXILIARIES), None)
    subject = noun_phrase_before(before, verb) if verb else ""
    rest = re.sub(r"\b(?:the|a|an)\s+", "", times["rest"])
    if rest.lower().startswith("than "):
        return subject or named  # "… 1.7 times higher than those for females (21.9 …)"
    return f"{subject} {rest}" if subject else named


def _deed_after_brackets(sentence: str, quantity: Quantity) -> tuple[str, str] | None:
    """What the groups of a list of bracketed shares did, told after the list: "males (53%)
    and females (50%) qualified in a STEM subject"; "Males (37%) were over twice as likely as
    females (17%) to study STEM subjects"."""
    told = _DEED_AFTER.match(sentence, quantity.end)
    if told is None and _LIKELY_AS.search(sentence, 0, quantity.begin):
        # "… as likely as females (17%) to study …"
        told = _LIKELY_TO.match(sentence, quantity.end)
    if told is None:
        return None
    deed = told["deed"] or told["likely"]
    return told["band"] or "", " ".join(deed.split()[:8])


def _who(head: str) -> str:
    """The relative pronoun of a noun: "who" for people ("males", "qualifiers"), else "that"."""
    head = head.lower()
    people = head in PEOPLE or head in HEADCOUNT or head in _SEXES
    return "who" if people or head.endswith(_AGENT_ENDINGS) else "that"


_SEXES = frozenset("males females male female".split())
# "the number for adult potential victims (51%; 8,622) saw a decrease": a measure, not a group
_A_MEASURE = re.compile(r"^(?:the\s+)?(?:number|proportion|share|percentage|rate|count)s?\b", re.I)
_SUPERLATIVE_WORD = re.compile(rf"\b{SUPERLATIVE}\b", re.IGNORECASE)


# "similar proportions of males", "over twice as likely as females": the group, named after
_GROUP_LEAD = re.compile(
    r"^(?:.*\blikely\s+(?:than|as)\s+|(?:an?\s+)?(?:similar|higher|lower|greater|smaller)\s+"
    r"(?:proportions?|shares?|percentages?)\s+of\s+)",
    re.IGNORECASE,
)
_LIKELY_AS = re.compile(r"\blikely\s+(?:than|as)\s+[^()]{1,40}\(\s*$", re.IGNORECASE)
_LIKELY_TO = re.compile(
    r"[^()]{0,12}?\)(?P<band>)\s+to\s+(?P<likely>[^,;.()]{3,80})(?P<deed>)", re.IGNORECASE
)


_BRACKET_ITEM = (
    r"(?:,?\s+and\s+|,\s+)(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}\s*\([^()]*\)"
)
_DEED_AFTER = re.compile(
    rf"[^()]{{0,12}}?\)(?:{_BRACKET_ITEM})*(?:,?\s+respectively)?"
    r"(?P<band>\s+aged\s+\d+(?:\s*(?:-|–|to|and)\s*\d+|\s+and\s+(?:over|older))?)?\s+"
    r"(?:(?P<deed>(?:had\s+|have\s+|has\s+)?(?-i:(?!compared\b)[a-z]+ed|came|went|took|made|got|found)\s"
    r"[^,;.()]{3,80})"
    r"|(?:were|was|are|is)\s+[\w\s]{0,25}?likely\s+(?:than|as)\s+[^()]{1,40}\([^()]*\)\s+to\s+"
    r"(?P<likely>[^,;.()]{3,80}))",
    re.IGNORECASE,
)


# Past participles that do not end in "-ed": "taken up by patients", "paid to households",
# "homes built", "cases heard", "babies born".
IRREGULAR_PARTICIPLES = frozenset(
    "taken given made held seen known kept sent paid spent found put left brought built rebuilt "
    "sold bought lost won grown shown drawn withdrawn undertaken written driven stolen caught "
    "taught sought struck shot heard born begun".split()
)


def is_participle(word: str) -> bool:
    return _is_past_tense(word) or word.lower() in IRREGULAR_PARTICIPLES


def _named_after_copula(after: list[str]) -> str:
    """What a number that opens its clause is said to be: "£920 was the average monthly
    amount of Universal Credit paid to …" is "average monthly amount of Universal Credit"."""
    if len(after) < 3 or after[0].lower() not in {"was", "is", "were", "are"}:
        return ""
    if after[1].lower() not in {"the", "a", "an"}:
        return ""
    run: list[str] = []
    for word in after[2:]:
        if not word[0].isalnum() or is_participle(word) or len(run) == 7:
            break
        if word.lower() in STOPS and word.lower() != "of":
            break
        run.append(word)
    return " ".join(_strip(run))


def _count_label(
    core: list[str],
    predicate: list[str],
    before: list[str],
    after: list[str],
    rest: int,
    clause: list[str],
) -> str:
    if len(before) > 1 and before[-1] == "of" and before[-2].lower() in SIZES:
        return _noun_before(before)  # "the population of 8.2 million people (live in poverty)"
    if core and (doing := _passive_agent(before)):
        return " ".join([*core, doing])  # "cases were reported by 18 jurisdictions"
    verb = _verb_before(before)
    if core and (having := _having(after[rest:])):
        core = core + having  # "14 cases (8 percent) with potential legal violations"
    if core and verb:
        agent = _agent(before, len(verb))
        if len(core) + len(verb) + len(agent) > MAX_LABEL_WORDS:
            agent = []  # "victims identified by Air Task" would cut the name short
        return " ".join([*core, *verb, *agent])
    if core and (kind := _ADJECTIVE_AFTER.match(" ".join(after[rest:]))):
        return " ".join([kind["adjective"], *core])  # "36,900 businesses were medium-sized"
    if core and predicate:
        return " ".join(core + predicate)
    plural = bool(core) and core[-1].lower().endswith("s")  # "NGOs", not "traffickers began"
    if plural and (done := _DONE_TO.get(_noun_before(before).lower())):
        return " ".join([*core, done])  # "through its funding of two domestic NGOs"
    if core:
        head = _noun_before(before)
        phrase = core + _prepositional_phrase(after, rest)
        if len(core) == 1 and is_participle(core[0]) and len(phrase) == 1:
            phrase = core + _done_where(after, rest)  # "148,721 recorded against the profession"
        return f"{head} of {' '.join(phrase)}" if head else " ".join(phrase)
    if not predicate and len(clause) > 1 and clause[-1].lower() in _OWNED_BY:
        clause = clause[:-1]  # "Clinical treatment accounted for 48,557": its count
    return " ".join(predicate or clause)


# "accounted (for)", "represented": the owning verbs; "made (up)" says too much else to strip
_OWNED_BY = frozenset(verb.split()[0] for verb in OWNING_VERBS) - {"made"}


# "were small (0 to 49 employees)", "were large.": the kind a count is of, said by one word.
_ADJECTIVE_AFTER = re.compile(
    r"^(?:were|was|are|is)\s+(?P<adjective>small|large|medium|medium-sized|micro|new|"
    r"[a-z]+-sized|[a-z]+-owned|[a-z]+-based|private|public|female|male|foreign|domestic|"
    r"urban|rural|temporary|permanent|full-time|part-time)(?=\s*(?:[(,.;]|$|and\b))",
    re.IGNORECASE,
)


# "the funding of two NGOs", "the prosecution of 12 traffickers": a deed done to what is
# counted, which its participle tells ("NGOs funded", "traffickers prosecuted").
_DONE_TO = {
    "funding": "funded", "training": "trained", "hiring": "hired", "screening": "screened",
    "housing": "housed", "prosecution": "prosecuted", "conviction": "convicted",
    "identification": "identified", "arrest": "arrested", "rescue": "rescued",
    "inspection": "inspected", "deportation": "deported", "repatriation": "repatriated",
    "referral": "referred", "removal": "removed", "treatment": "treated",
    "vaccination": "vaccinated", "detention": "detained", "closure": "closed",
    "recruitment": "recruited", "evacuation": "evacuated", "resettlement": "resettled",
}  # fmt: skip


# Nouns whose "of N" gives their size: what follows the number is the whole sentence's.
SIZES = frozenset("population workforce".split())


def _share_label(
    core: list[str],
    predicate: list[str],
    before: list[str],
    after: list[str],
    rest: int,
    clause: list[str],
) -> str:
    subject = " ".join(clause)
    opens = after[1:] if after[:1] == [")"] else after  # "almost half (44.8 percent) of"
    raw = " ".join(w.lower() for w in before[-4:])
    told = next((v for v in OWNING_VERBS if raw.endswith(v)), None)
    owner = _owner_of_share(clause, told) if told else ""
    if core and opens and opens[0].lower() == "of" and owner and len(owner.split()) <= 5:
        # "Northern Ireland accounted for 4.4% of UK greenhouse gas emissions"
        return " ".join([owner, "share of", *core])
    if core and opens and opens[0].lower() == "of":  # "69% of cases are outbreak-associated"
        if predicate and [w.lower() for w in after[rest : rest + 1]] == ["who"]:
            # "45% of adults who smoked tried to quit": the share of those who did what follows
            then = after[rest + 1 + len(predicate) :]
            passive = (
                len(then) > 1 and then[0].lower() in {"were", "was"} and is_participle(then[1])
            )
            done = passive or (then and _is_past_tense(then[0]))  # "… by ambulance were admitted"
            main = _until_clause_ends(then)[:5] if done else []
            whole = ["share of", *core, "who", *predicate, *(["that", *main] if main else [])]
            if len(" ".join(whole).split()) <= MAX_LABEL_WORDS:
                return " ".join(whole)
            # too long to say both: what the share did ("share of patients admitted")
            return " ".join(["share of", *core, *(main[1:] if passive else ["who", *main])])
        return " ".join(["share of", *_relative([*core, *predicate])])
    for verb in SHARE_VERBS:
        # "There were 9 per cent fewer dwelling fires": no subject, only what there was
        expletive = subject.lower().removesuffix(" " + verb) in {"there", "it"}
        if core and clause and raw.endswith(verb) and not expletive:
            return f"{subject.removesuffix(' ' + verb)} among {' '.join(core)}"
    skip = 1 if after[:1] == [")"] else 0  # "(17.6%) delayed seeing or …"
    joiner = after[skip + len(core) : skip + len(core) + 1]
    if (
        core
        and predicate
        and after[skip : skip + len(core)] == core
        and joiner in (["or"], ["and"])
    ):
        # "22.8% delayed seeing or did not see one": both verbs, joined as told
        return " ".join([*core, *joiner, *predicate])
    if core or predicate:
        return " ".join(core + (predicate or _prepositional_phrase(after, rest)))
    linked = _first_link(clause)
    if linked is None:
        return subject
    if clause[linked + 1 : linked + 2] == ["aged"]:
        # "current smokers are aged 15 (55%)": who the share is of
        return " ".join(clause[:linked] + clause[linked + 1 :])
    # "participation rate was relatively stable between 2005 (47.2%)": the rate, not its state
    return " ".join(clause[:linked])


_STATE_LINKS = frozenset("is are was were remained stayed".split())


def _until_clause_ends(words: list[str]) -> list[str]:
    """The words up to a mark or a word that ends a clause."""
    run: list[str] = []
    for word in words:
        if not word[0].isalnum() or word.lower() in CLAUSE_END:
            break
        run.append(word)
    return _strip(run)


def _relative(whole: list[str]) -> list[str]:
    """A share's whole with what it did joined as a relative clause: "82% of individuals used
    the internet" is the share of individuals who used the internet; but "people employed in
    farming" or "pigs found in Spain" stay as they are (a participle, not a deed)."""
    for k in range(1, len(whole) - 1):
        word, following = whole[k].lower(), whole[k + 1].lower()
        # "made a claim" is a deed, "found in Spain" where they were found
        done_to = word in {"found", "made"} and following in _WHERE | {"at", "among", "by"}
        deed = (word in _PAST_DEEDS and not done_to) or (
            word.endswith("ed") and (following in _OBJECT_OPENS or following.endswith("ing"))
        )
        if deed and whole[k - 1].isalpha() and whole[k - 1].lower() not in AUXILIARIES:
            return [*whole[:k], _who(whole[k - 1]), *whole[k:]]
    return whole


# Past tenses that are no participles, and the words an object opens with.
_PAST_DEEDS = frozenset("came went saw took gave ran grew made got found felt thought".split())
_OBJECT_OPENS = frozenset("the a an their his her its that this these some no any".split())
_AGENT_ENDINGS = ("ers", "ors", "ants", "ents", "ists", "ates", "ians", "als")


def _share_owned(before: list[str], core: list[str]) -> str:
    """A share whose owner is the subject of a copula: "Influenza was the underlying cause of
    (8.0% of deaths)" is the "share of deaths due to influenza"; "Remittances were the
    equivalent of (6.2 per cent of GDP)" is "remittances as share of GDP"."""
    told = _OWNED_SHARE.search(" ".join(before[-12:]))
    if not told:
        return ""
    words = told["owner"].split()
    owner = noun_phrase_before(words, len(words), conjoined=True)
    if not owner or owner.lower() in PRONOUNS:
        return ""
    whole = " ".join(core)
    return f"share of {whole} due to {owner}" if told["cause"] else f"{owner} as share of {whole}"


_OWNED_SHARE = re.compile(
    r"(?P<owner>[^,;()]+?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:the\s+)?"
    r"(?:(?P<cause>(?:underlying\s+|main\s+|leading\s+|primary\s+|principal\s+)?cause)\s+of"
    r"|equivalent\s+(?:of|to))$",
    re.IGNORECASE,
)


def _owner_of_share(clause: list[str], verb: str) -> str:
    """ "Northern Ireland accounted (for)", "long-term unemployment has accounted (for)": what
    the share is of, without its verb; "" for a pronoun."""
    words = list(clause)
    for word in reversed(verb.split()):
        if words and words[-1].lower() == word:
            words.pop()
    while words and words[-1].lower() in {"has", "have", "had", "also", "still", "now"}:
        words.pop()
    owner = " ".join(words)
    return "" if owner.lower() in PRONOUNS or not words else owner


def _past_empty_bracket(words: list[str]) -> list[str]:
    """ "24.4 million pesos ($481,830) for victim care", "69% of cases (86 of 125) are
    outbreak-associated": the words after a bracket that holds only other figures (masked),
    which say what the number is."""
    if words[:1] == ["("] and ")" in words:
        close = words.index(")")
        rest = words[close + 1 :]
        inside = [
            w for w in words[1:close] if w[0].isalnum() and w.lower() not in {"of", "out", "or"}
        ]
        restated = words[1:3] == ["or", BOUNDARY]  # "1.9% (or 554,000 people in this age group)"
        # "one in 191 companies (at a rate of 52.4 per 10,000 companies) entered liquidation"
        restated = restated or [w.lower() for w in words[1:5]] == ["at", "a", "rate", "of"]
        # "6,208 (seasonally adjusted) registered company insolvencies": how it was counted
        qualifier = 0 < len(inside) <= 3 and all(w.isalpha() for w in words[1:close])
        # "66% of all children (aged 5-15) had visited a heritage site": an age band
        band = close <= 6 and words[1].lower() in _AGE_WORDS
        # "143 million Americans (about 54 percent of the population) were using": its share
        share = words[1] == BOUNDARY and close > 2 and words[2].lower() == "of"
        if (not inside or restated or qualifier or band or share) and _continues(rest):
            return rest
    return words


def _past_restating_aside(words: list[str]) -> list[str]:
    """ "10.3 million persons, or 16.2% of the population, were aged 65 and older": the
    words after an aside that tells the number another way."""
    if words[:3] != [",", "or", BOUNDARY] or "," not in words[3:]:
        return words
    rest = words[words.index(",", 3) + 1 :]
    return rest if _continues(rest) else words


def _continues(words: list[str]) -> bool:
    """Whether `words` go on with the phrase before them ("of persons", "for shelters"),
    rather than start another ("and a decrease in …")."""
    return bool(words) and words[0][0].islower() and words[0] not in CLAUSE_END


def _measure_label(
    compound: bool,
    unit: str,
    clause: list[str],
    before: list[str],
    after: list[str],
    core: list[str],
) -> str:
    """Money, durations and scores: the clause before says what they measure."""
    if core and compound:
        return " ".join(core)  # "a six-month reflection period"
    spent_on = _prepositional_phrase(after, 0)
    if (
        is_money(unit)
        and core
        and before[-1:]
        and before[-1].lower() in {"a", "an"}
        and core[-1].lower() not in _CHANGE_NOUNS
    ):
        # "with a $429 median loss", "approved a £40 million budget for roads": what the
        # amount is, named after it
        purpose = _prepositional_phrase(after[len(core) :], 0)
        return " ".join([*core, *(purpose if purpose[:1] in (["for"], ["on"]) else [])])
    if is_money(unit) and (passive := _passive_after(after) or _gapped_item(before, after)):
        return passive  # "$32 billion (7%) was spent on basic research, $74 billion on …"
    if is_money(unit) and (deed := _money_deed(_words_since_boundary(before), after)):
        return deed  # "the government spent $4.2 billion on defence"
    if is_money(unit) and (named := _money_named_of(_words_since_boundary(before))):
        return named  # "the government incurred a deficit of $90 billion"
    if (
        is_money(unit)
        and spent_on
        and spent_on[0].lower() == "in"
        and not _TIME_PHRASE.match(" ".join(spent_on[1:]))
    ):
        # "agencies reported $236 billion in improper payments"
        verb = _verb_before(before) or _verb_before(before[:-2])
        return " ".join([*spent_on[1:], *verb, *_agent(before, len(verb))])
    if (
        spent_on
        and spent_on[0].lower() == "of"
        and len(spent_on) > 1
        and not is_money(unit)
        and "equivalent" not in unit
    ):
        # "1.36 billion bushels of winter wheat"; "0.44 tonnes of waste per person"
        counted, _, per = unit.partition(" per ")
        if per.split()[-1:] in (["head"], ["capita"]) and counted != unit:
            return counted  # "398.9 complaints per 100,000 head of population": complaints
        done = _done_to_it(after[after.index(spent_on[-1], 1) + 1 :])
        return " ".join([*spent_on[1:], *done, *(["per", per] if per else [])])
    if unit.startswith("out of"):
        head = _noun_before(before)
        if head:
            return " ".join([head, *_prepositional_phrase(after, 0)])
    if clause and _EXPLETIVE.search(" ".join(clause)):
        # "In 2021 there were 3.4 deaths per 1,000 live births": what the rate counts
        counted = unit.partition(" per ")[0]
        return counted if counted != unit else " ".join(core)
    if not clause or {w.lower() for w in clause} <= _HOW_WHOLE:
        return " ".join(core)  # "an overall 59% (36.6 mg/kg) decrease": of the whole, no name
    label = " ".join(clause)
    purpose = _prepositional_phrase(after, 0)
    if purpose and purpose[0].lower() == "for" and is_money(unit):
        return _funding(clause, purpose)
    if purpose and purpose[0].lower() == "for":
        label += " " + " ".join(purpose)
    elif core and len(clause) == 1:
        label += f" ({' '.join(core)})"
    return label


_HOW_WHOLE = frozenset("overall total altogether combined".split())
# Nouns that say an amount is a change ("a $5 billion increase"), unlike "a $429 median loss".
_CHANGE_NOUNS = frozenset(
    noun + ending
    for noun in f"{NOUN_RISE}|{NOUN_FALL}|increment".split("|")
    if noun != "loss"
    for ending in ("", "s")
)


def _done_to_it(after: list[str]) -> list[str]:
    """ "(145.2 kg of cocaine) seized", "(450 tonnes of waste) were collected": what was done
    to an amount of something, which says what it is; not a change it went through."""
    if after[:1] and after[0].lower() in {"was", "were"}:
        after = after[1:]
    verb = after[0] if after else ""
    moved = verb.lower() in REPORTING or verb.lower() in _MULTIPLIED  # a change it went through
    if not is_participle(verb) or verb.lower() in AUXILIARIES or moved:
        return []
    return [verb]


_MULTIPLIED = frozenset("doubled halved tripled".split())


def _passive_after(after: list[str]) -> str:
    """ "(was) spent on basic research", "(were) paid to hospitals": what was done with an
    amount that opens its clause; "" when no such verb follows it."""
    i = 0
    while i < len(after) and after[i] in {"(", ")", BOUNDARY}:
        i += 1  # "$32 billion (7%) was …": past the share in brackets
    if i + 2 >= len(after) or after[i].lower() not in {"was", "were", "is", "are"}:
        return ""
    verb = after[i + 1]
    if not (is_participle(verb) and verb.lower() not in AUXILIARIES):
        return ""
    return " ".join([verb, *_directed_phrase(after, i + 2)][:MAX_LABEL_WORDS])


def _directed_phrase(words: list[str], i: int) -> list[str]:
    """ "on basic research", "to NGOs": the phrase that says where money went."""
    if i < len(words) - 1 and words[i].lower() == "to":
        j = i + 1
        while j < len(words) and words[j].lower() in DETERMINERS:
            j += 1
        tail = _content_run(words, j)
        return [words[i], *tail] if tail else []
    return _prepositional_phrase(words, i)


def _gapped_item(before: list[str], after: list[str]) -> str:
    """ "$32 billion was spent on basic research, $74 billion on applied research": the
    later item, its verb left out, is "spent on applied research"; "" when it is no such."""
    if (
        not before
        or before[-1].lower() not in {",", "and"}
        or not (phrase := _directed_phrase(after, 0))
    ):
        return ""
    for k in range(len(before) - 2, 0, -1):
        if before[k - 1].lower() in {"was", "were"} and is_participle(before[k]):
            if before[k + 1 : k + 2] and before[k + 1].lower() == phrase[0].lower():
                return " ".join([before[k], *phrase][:MAX_LABEL_WORDS])
            return ""
    return ""


# "in the first four months of fiscal year 2008": when money was counted, not what it is.
_TIME_PHRASE = re.compile(
    r"^(?:the\s+)?(?:(?:first|last|past|previous|next|same|current|final)\s+)?"
    r"(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|quarters?|period|half|fiscal\s+year)\b",
    re.IGNORECASE,
)


# Money a sentence says was given, and the words that name such money.
_FUNDING_VERBS = frozenset(
    "provided provides provide allocated allocates awarded awards granted committed invested "
    "spent paid gave gives received receives include includes included".split()
)
_MONEY_NOUNS = frozenset(
    "funds funding grants grant budget allocation allocations payments spending investment "
    "investments aid loans appropriations awards contributions revenue".split()
)


# What money a verb tells of: "spent $4.2 billion" is spending, "paid" payments.
_MONEY_DEEDS = {
    "spen": "spending", "invest": "investment", "paid": "payments", "pay": "payments",
    "receiv": "funding received", "rais": "revenue raised", "collect": "revenue collected",
    "sav": "savings", "lost": "losses", "los": "losses", "commit": "funding committed",
    "award": "funding awarded", "allocat": "funding allocated", "provid": "funding provided",
}  # fmt: skip
_DEED_ENDINGS = re.compile(r"(?:ed|ing|es|s|e|t)$")
# "to support new pilot projects", "on defence", "in clean energy", "to hospitals"
_PURPOSES = frozenset({"on", "in", "to", "for", "from"})


def _money_deed(clause: list[str], after: list[str]) -> str:
    """Money a clause says was spent, paid, invested or received: "spending by government
    on defence", "payments by Medicare to hospitals", "funding received by organizations to
    support new pilot projects"; "" when the verb tells of no such deed."""
    words = [w for w in clause if w.lower() not in AUXILIARIES]
    at = next((i for i in range(len(words) - 1, max(len(words) - 3, -1), -1)
               if _deed_of(words[i])), None)  # fmt: skip
    if at is None or at == 0:
        return ""
    noun = _deed_of(words[at])
    if after[:1] and after[0].lower() == "in" and noun != "investment":
        return ""  # "provided $1.9 billion in Title II assistance": what the money is
    agent = [w for w in words[:at] if w.lower() not in DETERMINERS][-2:]  # its head
    target = words[at + 1 :]  # "paid hospitals $206 billion"
    purpose = _purpose(after)
    told = [noun, "by", *agent]
    if target:
        told += ["to", *target]
    if len(" ".join(told).split()) + len(purpose) > MAX_LABEL_WORDS:
        purpose = []  # a purpose cut short says less than none
    return " ".join([*told, *purpose][:MAX_LABEL_WORDS])


def _money_named_of(words: list[str]) -> str:
    """ "The federal government incurred a deficit of $90 billion" is the "deficit incurred
    by federal government"."""
    if len(words) < 4 or words[-1].lower() != "of" or words[-3].lower() not in {"a", "an"}:
        return ""
    noun, verb = words[-2], words[-4]
    if not (noun.isalpha() and noun.islower() and _is_past_tense(verb)) or noun in CHANGE_NOUNS:
        return ""  # "reflected an increase of $18.7 billion in spending": a change, told apart
    agent = [w for w in words[:-4] if w.lower() not in DETERMINERS]
    return " ".join([noun, verb, *(["by", *agent] if agent else [])])


def _words_since_boundary(before: list[str]) -> list[str]:
    """The words before the number back to a punctuation mark, at most eight."""
    words: list[str] = []
    for word in reversed(before[-8:]):
        if not word[0].isalnum():
            break
        words.insert(0, word)
    return words


def _deed_of(verb: str) -> str:
    lower = verb.lower()
    if lower in _MONEY_DEEDS:
        return _MONEY_DEEDS[lower]
    stem = _DEED_ENDINGS.sub("", lower)
    return _MONEY_DEEDS.get(stem, "") if len(lower) > 3 else ""


def _purpose(after: list[str]) -> list[str]:
    """ "on defence", "to support new pilot projects": what the money went to."""
    if not after or after[0].lower() not in _PURPOSES:
        return []
    if after[0].lower() == "to" and len(after) > 1 and after[1].isalpha() and after[1].islower():
        return ["to", *_content_run(after, 1)]  # "to support new pilot projects"
    return _prepositional_phrase(after, 0)


def _funding(clause: list[str], purpose: list[str]) -> str:
    """ "The funds include $22.81 million for Arizona" is the "funds for Arizona"; "the agency
    provided $5 million for training" the "funding provided by agency for training"."""
    verb = clause[-1].lower() if clause and clause[-1].lower() in _FUNDING_VERBS else ""
    subject = [w for w in (clause[:-1] if verb else clause) if w.lower() not in DETERMINERS]
    if subject and subject[-1].lower() in _MONEY_NOUNS:
        return " ".join([*subject, *purpose])
    if verb and subject and not verb.startswith("includ"):
        told = verb if verb.endswith("ed") or verb in {"paid", "spent", "gave"} else ""
        if told:
            return " ".join(["funding", told, "by", *subject, *purpose])
    return " ".join([*clause, *purpose])


def _mask(
    sentence: str,
    begin: int,
    end: int,
    spans: Sequence[tuple[int, int]],
    own: tuple[int, int],
) -> str:
    """`sentence[begin:end]` with the other dates and figures (`spans`, sorted) replaced by
    a boundary of the same length."""
    chars = list(sentence[begin:end])
    first = bisect.bisect_left(spans, (begin - WINDOW, 0))
    for span_begin, span_end in spans[first:]:
        if span_begin >= end:
            break
        if (span_begin, span_end) == own or span_end <= begin:
            continue
        a, b = max(span_begin, begin) - begin, min(span_end, end) - begin
        chars[a:b] = BOUNDARY.ljust(b - a)
    return "".join(chars)


def _or_alike(last: str, following: list[str]) -> bool:
    """Whether "or" joins two nouns alike: "loans or grants", not "loans or (to) …"."""
    other = following[0] if following else ""
    plural = last.lower().endswith("s") and other.lower().endswith("s")
    return plural and other.isalpha() and other.lower() not in STOPS and not _is_past_tense(other)


def _word_follows(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1][0].isalnum()


def _core_after(words: list[str], share: bool) -> tuple[list[str], int]:
    """The noun phrase after the number, and the index of the word after it."""
    i = 0
    while i < len(words) and words[i] in {BOUNDARY, ")", "]"}:
        i += 1  # "0.98% (2.7 million) of persons": past the aside
    if i < len(words) and words[i].lower() == "of" and (share or _is_part_of(words, i)):
        i += 1  # "45% of victims": what the share is of; "146 of the total victims"
    while i < len(words) and (words[i].lower() in DETERMINERS or words[i].lower() == "total"):
        i += 1
    if i > 1 and words[i - 1].lower() == "total" and words[i : i + 1] == ["of"]:
        i += 1  # "0.3% (113) of a total of 45,061 babies"
    while i + 1 < len(words) and words[i].lower() in _ROUGHLY and words[i + 1] == BOUNDARY:
        i += 1  # "of approximately 8,084,000 applications"
    past_article = i > 0 and words[i - 1].lower() in DETERMINERS | {"total", "of"} | _ROUGHLY
    if past_article and i < len(words) and words[i] == BOUNDARY:
        i += 1  # "14 of the 40 clinics", "1.8% of 44,557 maternities": of the whole's kind
    if i < len(words) and words[i].lower() in PRONOUNS:
        return [], i + 1
    if i < len(words) and words[i].lower() in _IN_ALL and not _word_follows(words, i):
        return [], i + 1  # "totaling 10,659 overall": how it is counted, no noun ("of overall
        # driving fatalities" has one)
    if i < len(words) and words[i].lower() in {"and", "or", "but", "while", "whereas"}:
        return [], i  # "births decreased by 624 and the number of deaths …": another clause
    if _is_relative_time(words[i : i + 2]):
        return [], i + 2  # "rose to 784 last week": when, not what
    if i + 1 < len(words) and _is_past_tense(words[i]) and words[i + 1].lower() in {"among", "in"}:
        return [], i  # "80 (67%) occurred among people aged 65": a verb, no noun
    run = _content_run(words, i)
    end = i + len(run)
    if listed := _listed_before_head(words, i):
        run, end = listed, i + len(listed)  # "29 million flu, COVID-19 and RSV vaccines"
    # "asylum seekers and migrants", but not "six traffickers and 20 victims"
    while (
        end + 1 < len(words)
        and words[end].lower() in {"and", "or"}
        and words[end + 1].lower() not in WORD_VALUES  # "735 liquidations and one receivership"
        and not _is_past_tense(words[end + 1])  # "two traffickers and sentenced these …"
        and (more := _content_run(words, end + 1))
        and not (end + 1 + len(more) < len(words) and _is_past_tense(words[end + 1 + len(more)]))
    ):
        run += [words[end], *more]
        end += 1 + len(more)
    if words[end - 1 : end + 1] == ["due", "to"] and (cause := _cause(words[end + 1 :])):
        run, end = [*run, "to", *cause], end + 1 + len(cause)  # "deaths due to COVID-19"
    return run, end


def _cause(words: list[str]) -> list[str]:
    """ "(deaths due to) COVID-19 in this period": what they were due to, up to a link word."""
    cause: list[str] = []
    for word in words[:4]:
        if not word[0].isalnum() or word.lower() in STOPS:
            break
        cause.append(word)
    return cause


# "last week", "this year": when, told from the report's own time, not what was counted.
_WHEN = r"(?:this|last|next)\s+(?:year|quarter|month|week|day|time|period)"


def _is_relative_time(words: list[str]) -> bool:
    return re.fullmatch(_WHEN, " ".join(words), re.IGNORECASE) is not None


def _is_part_of(words: list[str], i: int) -> bool:
    """ "146 of the total victims", "42 of these victims": a part of a count."""
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    if following in _ROUGHLY and i + 2 < len(words):
        following = words[i + 2]  # "126,000 of approximately 8,084,000 applications"
    return following in {"the", "these", "those", "all", "total", BOUNDARY}


def _having(words: list[str]) -> list[str]:
    """What the counted things have: "with potential legal violations" (past a bracket of
    figures), or "had billing errors" told as "with billing errors"."""
    words = _past_empty_bracket(words)
    if len(words) > 1 and words[0].lower() in {"with", "had", "have", "has"}:
        if is_participle(words[1]) or words[1].lower() in AUXILIARIES | {"to", "not", "no"}:
            return []  # "had received", "had been", "had to"
        tail = _content_run(words, 1 + (words[1].lower() in DETERMINERS))
        return ["with", *tail] if tail else []
    return []


# "households were food secure", "people were homeless": a state that says who is counted
_STATE = re.compile(
    r"(?:food\s+)?(?:secure|insecure)\b|(?:homeless|obese|overweight|eligible|ineligible|"
    r"absent|inactive|economically\s+inactive|pregnant|vulnerable|overcrowded|vacant|"
    r"literate|illiterate|dependent|resident|aware|smokers?|non-smokers?)\b"
)


def _predicate(words: list[str], loose: bool) -> list[str]:
    """ "were formally confirmed as victims" -> "formally confirmed as victims".

    A count takes a predicate only when it is a verb in the past ("people called the
    helpline"); a share or a bare number takes whatever it says ("had no trained staff").
    """
    if lacking := _LACKING.match(" ".join(words[:4]).lower()):
        # "did not have health insurance" is "without health insurance"
        return _strip(["without", *words[len(lacking[0].split()) :][:4]])
    if [w.lower() for w in words[:2]] in (["occurred", "among"], ["occurred", "in"]):
        words = ["were", *words[1:]]  # "(7,259) occurred among …" says where, as "were among"
    i = 0
    while i < len(words) - 1 and words[i].lower() in AUXILIARIES:
        i += 1
        if _is_relative_time(words[i : i + 2]):
            words = words[:i] + words[i + 2 :]  # "were last week taken up by patients"
        elif words[i] == BOUNDARY and i + 1 < len(words) and words[i + 1].isalpha():
            words = words[:i] + words[i + 1 :]  # the same, "last week" read as a date
    if i == 0 and words and words[0].lower() in AUXILIARIES:
        return []
    first = words[i] if i < len(words) else ""
    if i > 0 and first.lower() in _WHERE and (where := _prepositional_phrase(words, i)):
        return where[:6]  # "(households) were in paid receipt of Universal Credit"
    passive = (
        i > 0
        and (
            (is_participle(first) and first.lower() not in {"made", "put"})  # "journeys were made"
            or first.lower().endswith("ly")
            or first.lower() in _AGE_WORDS
            or (first.lower().endswith("ing") and words[i - 1].lower() in {"were", "was"})
            or bool(_STATE.match(" ".join(words[i : i + 2]).lower()))
        )
    )  # "were aged 65 and older", "were built", "were using the Internet", "were homeless"
    if not (loose or passive or _is_past_tense(first)):
        return []
    # "had no trained staff" keeps its verb; "were children" does not need "were".
    keeps_verb = i and words[i - 1].lower() in {"had", "have", "has"}
    start = i - 1 if keeps_verb and not (passive or _is_past_tense(first)) else i
    run: list[str] = []
    for i, word in enumerate(words[start:], start):
        if band := _age_band_end(run, words[i : i + 2]):
            return [*run, *band]  # "were among people aged 75 and over"
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "and" and run and run[-1][0].isupper() and following[:1].isupper():
            run.append(word)  # "registered in England and Wales": one place
            continue
        if not word[0].isalnum() or word.lower() in CLAUSE_END:
            break
        linked = any(
            w.lower() in _LINKS_ON for w in run[3:]
        )  # "… deaths involving (illegal drugs)"
        if len(run) == 7 and linked:
            break
        if (
            len(run) == 5
            and not linked
            and not (run[-1][:1].isupper() and word.islower() and word not in STOPS)
        ):
            break  # "passed through the main Irish (airports)": a name's noun ends the run
        run.append(word)
    return _strip(run, trailing=_PREDICATE_TRAILING)


# A predicate may end in its verb ("18 reports were received"), not in a link word.
_PREDICATE_TRAILING = frozenset(
    "at to of by from for with within in on during until through since after before about "
    "around between than was were is are be been a an the its their and or but nor total "
    "number".split()
)


_LACKING = re.compile(r"^(?:(?:did|do|does)\s+not\s+have|(?:had|have|has)\s+no|lacked|lack)\b")


def _clause_before(words: list[str]) -> list[str]:
    """The words between the previous clause boundary and the number, tidied at both ends."""
    cut, pointed = len(words), False
    while cut > 0:
        start = cut
        while (
            start > 0
            and words[start - 1][0].isalnum()
            and words[start - 1].lower() not in {"but", "while", "whereas", "that"}
        ):
            start -= 1
        clause = _strip(words[start:cut])
        # ", which …," and ", adjusted for inflation,": an aside on the subject before it
        relative = start < cut and words[start].lower() in _ASIDE_OPENINGS | {"whose", "where"}
        if pointed and (subject := _subject_of_clause(words[:cut])):
            return subject  # "X was £58.2 billion …; this was £21.4 billion less": X
        listed = start > 0 and words[start - 1] == "," and not relative
        if clause and listed and (first := _serial_list_start(words, start - 1, clause)):
            return _strip(words[first:cut])  # "in Food, beverage and tobacco manufacturing"
        if clause and not relative:
            return clause[-6:] if len(clause) <= 6 else _strip(clause[-6:])
        pointed = [w.lower() for w in words[start : start + 1]] in (["this"], ["it"])
        cut = start - 1
    return []


def _subject_of_clause(words: list[str]) -> list[str]:
    """The words before the link verb of the last clause of `words` that a semicolon or a
    colon opens."""
    opens = max((k for k, w in enumerate(words) if w in {";", ":"}), default=-1)
    clause = _strip(words[opens + 1 :])
    link = _first_link(clause)
    return clause[:link][-6:] if link and "|" not in clause[:link] else []


def _first_link(words: list[str]) -> int | None:
    return next((k for k, w in enumerate(words) if k and w.lower() in _STATE_LINKS), None)


def _strip(words: list[str], trailing: frozenset[str] = TRAILING) -> list[str]:
    words = list(words)
    while words and (words[-1].lower() in trailing or not words[-1][0].isalnum()):
        words.pop()
    while words and (words[0].lower() in LEADING or not words[0][0].isalnum()):
        if [w.lower() for w in words[:2]] in (["at", "least"], ["at", "most"]):
            break  # "(4%) cycled at least five times a week": how often, whole
        if words[0].lower() in {"in", "during"} and len(words) > 2 and _YEAR.fullmatch(words[1]):
            words.pop(0)  # "In 1960 beer made up 76%": when, not what
        words.pop(0)
    return words


_YEAR = re.compile(r"(?:18|19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?")


def _prepositional_phrase(words: list[str], i: int) -> list[str]:
    """ "in prostitution", "for human trafficking", "to the roll": one short phrase that says
    more ("to" only before a determiner: "to attend", "to 500" say no more of the thing)."""
    towards = (
        i < len(words) - 1 and words[i].lower() == "to" and words[i + 1].lower() in DETERMINERS
    )
    if i < len(words) - 1 and (words[i].lower() in PREPOSITIONS or towards):
        j = i + 1
        while j < len(words) and words[j].lower() in DETERMINERS:
            j += 1
        tail = _content_run(words, j)
        if tail:
            return [words[i], *tail]
    return []


def _done_where(words: list[str], i: int) -> list[str]:
    """ "(recorded) against the profession": where or to what a count was done, after a
    participle that stands for its noun."""
    if i < len(words) - 1 and words[i].lower() in {"against", "by", "with", "among", "at", "under"}:
        j = i + 1
        while j < len(words) and words[j].lower() in DETERMINERS:
            j += 1
        if tail := _content_run(words, j):
            return [words[i], *tail]
    return []


def _content_run(words: list[str], i: int) -> list[str]:
    run: list[str] = []
    # "drug misuse deaths involving (illegal drugs)": a run that would end on a link goes on
    while i < len(words) and (
        len(run) < MAX_NOUN_WORDS
        or (
            len(run) < MAX_NOUN_WORDS + 2
            and any(w.lower() in _LINKS_ON for w in run[MAX_NOUN_WORDS - 1 :])
        )
    ):
        word = words[i]
        if band := _age_band_end(run, words[i : i + 2]):
            run += band  # "youth ages 12 to 17", "adults aged 18–24", "people ages 16 and older"
            i += len(band)
            continue
        if band := _age_band_end([*run, word], words[i + 1 : i + 3]):
            # "female victims aged 15 (to 89)": a band that the run's length would cut
            run += [word, *band]
            i += 1 + len(band)
            continue
        if word == "&" and run and _word_follows(words, i):
            run.append(word)  # "people in emergency & short-term accommodation": one noun
            i += 1
            continue
        if word.lower() == "or" and run and _or_alike(run[-1], words[i + 1 : i + 2]):
            run += [word, words[i + 1]]  # "applications for loans or grants": both kinds
            i += 2
            continue
        adverb = len(run) == 1 and run[0].lower().endswith("ly")  # "previously convicted …"
        if (
            not word[0].isalnum()
            or word.lower() in STOPS
            or (run and _is_past_tense(word) and not adverb)
        ):
            break
        if run and word.lower() in _SUBJECT_PRONOUNS:
            break  # "the 145 claims we audited": a relative clause, not the noun
        run.append(word)
        i += 1
    return run


_SUBJECT_PRONOUNS = frozenset("we they it he she i you".split())
_LINKS_ON = frozenset("involving including excluding using containing".split())


_AGE_WORDS = frozenset({"age", "aged", "ages"})
_BAND_LINKS = frozenset({"to", "and", "or", "–", "-"})
_BAND_ENDS = frozenset({"older", "over", "under", "younger", "above"})


def _age_band_end(run: list[str], next_two: list[str]) -> list[str]:
    """The rest of an age band ("to 17", "–24", "and older") after "aged 12" in `run`."""
    if len(run) >= 3 and run[-1].lower() in {"years", "year"} and run[-3].lower() in _AGE_WORDS:
        run = run[:-1]  # "aged 65 years and older": the years said once
    if len(run) < 2 or run[-2].lower() not in _AGE_WORDS or not run[-1].isdigit():
        return []
    if len(next_two) < 2 or next_two[0].lower() not in _BAND_LINKS:
        return []
    last = next_two[1]
    return next_two if last.isdigit() or last.lower() in _BAND_ENDS else []


# Verbs that report a measure's value: "the price rose five cents to $2.31", "the budget
# stood at", "the rate was".
REPORTING = frozenset(
    "rose rise rises fell falls increased decreased declined grew climbed dropped jumped was "
    "were is are stood stands reached reaches totalled totaled totaling totalling amounted "
    "averaged remained hit edged reach risen fallen grown narrowed widened gained lost "
    "slipped finished ended closed remain remains stayed improved accelerated slowed topped "
    "exceeded surpassed".split()
)
_LINKS = frozenset({"to", "at", "of", "by", "was", "were", "is", "are", "up", "down"})
# "There was an increase of 2.4%": no subject that says what the number is.
EXPLETIVES = frozenset({"", "there", "it", "this", "that"})
# "…, forecast at 16.7 billion bushels": a participle after a comma says more of the subject.
PARTICIPLES = frozenset("forecast estimated projected expected valued put".split())


_HAD_A_CHANGE = re.compile(
    r"(?<!\S)(?:saw|experienced|recorded|posted|registered|showed)\s+(?:an?\s+)?(?!the\b)"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>{NOUN_RISE}|{NOUN_FALL})\s+of$",
    re.IGNORECASE,
)


def _subject(words: list[str], in_percent: bool) -> str:
    """The subject of the verb that reports the number ("The U.S. average regular gasoline
    retail price rose almost five cents from the previous week to"), or "" when there is
    none close by; "rose 8% from 4,580 to reach" looks past "reach" to "rose"."""
    if len(words) > 1 and words[-1].lower() in _HOW_MUCH and words[-2].lower() in REPORTING:
        words = words[:-1]  # "rose only (1.9 percent)": the verb, qualified
    if [w.lower() for w in words[-2:]] == ["to", "reach"] and (moved := _moved_to_reach(words)):
        return moved  # "The services surplus increased $166 million …, to reach (…)"
    if had := _HAD_A_CHANGE.search(" ".join(words)):
        # "Broadcasters … who saw growth of (44.9%)": the change the subject had
        i = len(words) - len(had[0].split())
        i -= i > 1 and words[i - 1].lower() in {"who", "which", "that"}
        i -= i > 1 and words[i - 1] == ","  # "broadcasters, who saw growth of"
        # "This increase was driven by broadcasters, who saw …": the broadcasters saw it
        subject = re.split(r"\bby\s+", noun_phrase_before(words, i, conjoined=True))[-1]
        subject = _THE.sub("", _LEAD_VERB.sub("", subject))  # "(On a … basis) the Live Register"
        if subject:
            way = "rise" if re.fullmatch(NOUN_RISE, had["noun"], re.I) else "fall"
            return f"{'percentage ' if in_percent else ''}{way} in {subject}"
    if len(words) > 1 and words[-1].lower() in _BOUND and words[-2].lower() in _STAYED:
        # "poverty levels will remain above 25 per cent": the level of the subject, bounded
        words = [*words[:-2], "remained"]
    if not words or words[-1].lower() not in _LINKS | REPORTING | {"reaching"}:
        return ""
    i, last = len(words) - 1, words[-1].lower()
    while i > max(len(words) - 16, 0):
        word = words[i].lower()
        if word == ")" and "(" in words[:i]:  # "fell 0.4 points (down 4,000 people) to"
            i = len(words) - 1 - words[::-1].index("(", len(words) - 1 - i)
        elif word == "reduced" and i == len(words) - 2 and words[i - 1].lower() in _PERFECT:
            # "The average class size has reduced to 26.9", not "the UK reduced emissions by"
            return _subject_of(words, i)
        elif word in _CHANGING_OBJECT and last == "by" and _is_object(words[i + 1 : -1]):
            # "the UK reduced emissions by 41%": what was reduced, not who reduced it
            direction = "fall" if word in _REDUCING else "rise"
            return (
                f"{'percentage ' if in_percent else ''}{direction} in {' '.join(words[i + 1 : -1])}"
            )
        elif (
            re.fullmatch(f"{RISING}|{FALLING}|reaching", word)
            and ((i == len(words) - 2 and last in {"by", "to"}) or last == "reaching")
            and (what := _gerunds_subject(words, i))
        ):
            # "underlying inflation is expected to increase gradually, reaching 2¼ per cent",
            # "headline inflation falling to about 1¼ per cent": the level it reaches;
            # "resulting in outstanding cases rising by 5%": the rise in them
            if last in {"to", "reaching"}:
                return what
            direction = "fall" if re.fullmatch(FALLING, word) else "rise"
            return f"{'percentage ' if in_percent else ''}{direction} in {what}"
        elif (
            word.endswith("ing")
            and word in REPORTING
            and words[i - 1] == ","
            and (what := _subject_before_comma(words[: i - 1]))
        ):
            return what  # "… reached another record high, totaling 10,659": the subject's
        elif word in REPORTING and words[i - 1].lower() in _SEQUENCE:
            return ""  # "… and then fell by 3.1%": the subject is told before, not "then"
        elif word in _COMPARING and len(words) - i > 3:
            # "… remains high compared with the national prevalence of": what it is compared
            # with is named after the comparison, not by the subject before it
            return ""
        elif (word in REPORTING or (word in _INFINITIVES and words[i - 1].lower() == "to")) and (
            subject := _subject_of(words, i)
        ).lower() not in EXPLETIVES | _CONNECTIVES:
            changing = CHANGE_VERBS | _INFINITIVES - {"reach"}
            changed = last in {"by", "up", "down"} and word in changing | {"is", "was"}
            if changed or last in {"up", "down"} or (i == len(words) - 1 and word in changing):
                falling = word in FELL | {"fall", "decline", "decrease", "drop"}
                direction = "fall" if falling or last == "down" else "rise"
                return f"{'percentage ' if in_percent else ''}{direction} in {subject}"
            return subject
        elif word in PARTICIPLES and i > 1 and words[i - 1] == ",":
            return _opening_subject(words[: i - 1])
        elif word == "," and (opened := _aside_opened(words, i)):
            i = opened  # "CPI inflation, which averaged 4% in 2021-22, has accelerated to"
        elif not words[i][0].isalnum() and words[i] not in {BOUNDARY, "$"}:
            return ""
        i -= 1
    return ""


def _aside_opened(words: list[str], close: int) -> int:
    """Where the aside ", which …," or ", adjusted for …," that the comma at `close` ends
    opens (its first comma), when the words before it name what the aside is about; else 0."""
    for j in range(close - 2, max(close - 14, 1), -1):
        if words[j] in {",", ";", "(", ")"}:
            relative = words[j] == "," and words[j + 1].lower() in _ASIDE_OPENINGS
            return j if relative and words[j - 1][0].isalnum() else 0
    return 0


# ", which …,", ", adjusted for inflation,", ", after housing costs,": what the aside says of
# the subject before it
_ASIDE_OPENINGS = frozenset(
    "which who adjusted seasonally excluding including after before net measured expressed "
    "weighted calculated".split()
)
_HOW_MUCH = frozenset("only just nearly almost about roughly around some slightly".split())
_BOUND = frozenset("above below over under".split())
_COMPARING = frozenset("compared than versus against".split())
# "…, however remains 5.7% below": a word that links clauses, which no subject is
_CONNECTIVES = frozenset("however but yet and also still though".split())
_STAYED = frozenset("remain remains remained stay stays stayed was were is are be".split())


def _moved_to_reach(words: list[str]) -> str:
    """The subject of the change a level was reached by: "The services surplus increased $166
    million in the latest quarter, to reach"."""
    verbs = [j for j, w in enumerate(words[:-2]) if w.lower() in CHANGE_VERBS]
    if not verbs:
        return ""
    what = noun_phrase_before(words, verbs[-1])
    return "" if what.lower() in PRONOUNS else what


def _gerunds_subject(words: list[str], i: int) -> str:
    """What the gerund at `i` tells of: after a comma, the subject of the clause before it;
    else the nouns right before it; "" for a pronoun."""
    if words[i - 1] == ",":
        return _subject_before_comma(words[: i - 1])
    what = _noun_run_before(words, i) if words[i].lower() != "reaching" else ""
    return "" if what.lower() in PRONOUNS else what


def _noun_run_before(words: list[str], i: int) -> str:
    """The words right before `words[i]` back to a stop or a verb: "outstanding cases" of
    "resulting in outstanding cases (rising)", at most six."""
    j = i
    while j > max(i - 6, 0):
        word = words[j - 1]
        if not word[0].isalnum() or word.lower() in STOPS | REPORTING or VERB.fullmatch(word):
            break
        j -= 1
    return " ".join(_strip(words[j:i]))


def _subject_before_comma(words: list[str]) -> str:
    """The subject of the last verb of the clause that `words` end: "underlying inflation"
    of "With growth expected …, underlying inflation is expected to increase gradually"."""
    start = max((k + 1 for k, w in enumerate(words) if w in {",", ";"}), default=0)
    verbs = [j for j in range(start, len(words)) if words[j].lower() in AUXILIARIES | REPORTING]
    # "sales of electric cars … more than tripled compared to 2021, reaching 80 000": a verb
    # of no list, when the clause has none of them
    verbs = verbs or [j for j in range(start, len(words)) if _is_past_tense(words[j])]
    if not verbs:
        return ""
    j = verbs[0]
    while j > start and words[j - 1].lower() in _HOW_MUCH | {"more", "less", "than"}:
        j -= 1  # "(sales) more than tripled": the subject ends before "more than"
    what = noun_phrase_before(words, j)
    return "" if what.lower() in PRONOUNS else what


_PERFECT = frozenset({"has", "have", "had"})
# Verbs that change their object by an amount: "increased funding for shelters by 20 percent".
# "the UK reduced emissions by 41%", "the target is to reduce emissions by 50%"
_CHANGING_OBJECT = frozenset(
    "reduced cut lowered decreased increased raised boosted reduce lower decrease increase raise "
    "boost halve".split()
)
_REDUCING = frozenset("reduced cut lowered decreased reduce lower decrease halve".split())


def _is_object(words: list[str]) -> bool:
    """Whether `words` (between a verb and "by") are a noun phrase, not "sharply" or "its"."""
    return (
        0 < len(words) <= 6
        and all(w.isalpha() or w == "-" for w in words)
        and not any(
            w.lower() in STOPS - {"for", "of", "in", "on"} or w.endswith("ly") for w in words
        )
    )


# "continued to fall to 18,971 hours", "is expected to rise to": a verb of change after "to".
_INFINITIVES = frozenset("fall rise grow decline increase decrease drop reach".split())
_SEQUENCE = frozenset("then later subsequently afterwards".split())
# "is estimated to have (reached)", "are expected to (rise)": how the verb is told, not
# what its subject is.
_RAISED = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|should)(?:\s+(?:estimated|expected|projected|forecast|thought|"
    r"believed|likely|set|due))?(?:\s+to(?:\s+have)?)?$"
    # "time lost … continued to (fall)": how the verb goes on, not what its subject is
    r"|\s+(?:continued|continues|continue|began|begins|started|starts|seemed|seems|appeared|"
    r"appears|tended|tends)(?:\s+to)?$",
    re.IGNORECASE,
)


def _subject_of(words: list[str], i: int) -> str:
    """The subject of the verb at `i`, with the relative clause it ends in: "the proportion
    of prisoners who were foreign nationals (was)", not "foreign nationals"."""
    end = _past_relative(words, i)
    subject = _RAISED.sub("", noun_phrase_before(words, end, conjoined=True))
    j = end - len(subject.split())
    j -= bool(j and words[j - 1].lower() in AUXILIARIES)  # "who (were) foreign nationals"
    clause = j > 1 and words[j - 1].lower() in _RELATIVE and words[j].lower() in AUXILIARIES
    if subject and clause and (head := noun_phrase_before(words, j - 1)):
        return " ".join([head, *words[j - 1 : end]])
    if subject and (percentile := _PERCENTILE.search(" ".join(words[max(0, j - 7) : j]))):
        # "the time within which 50% of patients completed their ED stay": the 50% names it
        head = noun_phrase_before(words, j - len(percentile[0].split()))
        share = re.sub(r"^\w+\s+which\s+(\S+)\s+", r"for \1", percentile[0])
        named = f"{head} {share} {subject}"  # "time for 50% of patients completed …"
        return named if head else subject
    return subject


_PERCENTILE = re.compile(r"\b(?:within|by)\s+which\s+\S+\s+(?:%|per\s*cent|percent)\s+of$")


_RELATIVE = frozenset({"who", "that", "which"})
_LOST_LIVES = [
    ["lost", owner, lives] for owner in ("their", "his", "her") for lives in ("lives", "life")
]


def _past_relative(words: list[str], i: int) -> int:
    """Where the subject of the verb at `i` ends: before a relative clause or an adverb set
    off by commas ("Coverage, which is measured for women aged 53-70, remained …", "ED visits
    covered by private insurance, meanwhile, decreased …"), or before the base it is compared
    with ("The number of deaths comparable to the same period in the previous year has
    increased")."""
    k = i - (i > 0 and words[i - 1].lower() in AUXILIARIES)
    k -= k > 0 and words[k - 1] == ","  # "The number of deaths, compared to …, has increased"
    for j in range(k - 2, max(k - 14, 0), -1):
        if words[j].lower() in _COMPARED and words[j + 1].lower() in {"to", "with"}:
            return j - (words[j - 1] == ",")
        if words[j].lower() in _DERIVED and words[j + 1].lower() in {"from", "of"} and j > 1:
            return j  # "Returns to good causes derived from a combination of … finished"
        if not words[j][0].isalnum():
            break
    if i < 2 or words[i - 1] != ",":
        return i
    if i > 3 and words[i - 3] == "," and words[i - 2].lower() in _ASIDE_ADVERBS:
        return i - 3
    for j in range(i - 2, max(i - 16, 0), -1):
        if words[j] == "," and words[j + 1].lower() in {"which", "who", "that"}:
            return j
        if words[j] == "," and words[j + 1].lower() in {"the", "a", "an"} and j > 1:
            return j  # "Recreational boating deaths, the largest marine category, jumped"
        if words[j] == ",":
            break
    return i


_COMPARED = frozenset({"compared", "comparable", "relative"})
_DERIVED = frozenset({"derived", "drawn", "generated", "raised", "collected", "made"})
_ASIDE_ADVERBS = frozenset("meanwhile however though also therefore nevertheless instead".split())


# ", in the aggregate," between a verb and its number: how it is told, not what.
_ADVERBIAL = re.compile(
    r", (?:in the aggregate|in aggregate|overall|on average|in total|altogether|combined|"
    r"in all|taken together) ,$",
    re.IGNORECASE,
)
# Words that only qualify the number's telling: "the largest increase, also 1.4 percent".
ADVERBS = frozenset("also too likewise again still another".split())
_IN_ALL = frozenset("overall altogether combined nationally nationwide worldwide".split())


def _past_filler(words: list[str]) -> list[str]:
    """ "forecast at a record high 188.8": the words up to the link, past what only
    qualifies the number ("a record high", "an all-time low of")."""
    for j in range(len(words) - 2, max(len(words) - 6, 0), -1):
        if words[j].lower() in _LINKS and words[j + 1].lower() in {"a", "an"}:
            return words[: j + 1]
    return words


# A phrase that opens a sentence before its subject: "According to the World Bank, the
# poverty rate nearly doubled", "At this forecast level, the gross value … would be".
_OPENING_PHRASE = re.compile(
    r"^(?:(?:at|according|as|in|on|for|by|during|after|before|over|under|with|from|compared|between|since|"
    r"overall|however|meanwhile|similarly|nationally|together|again)\b[^,;()]{0,60},\s*)+",
    re.IGNORECASE,
)


# A subject, an aside between commas that says more of it, then the verb.
_SUBJECT_WITH_ASIDE = re.compile(
    r"(?P<subject>[^,;()]{3,80}?),\s+(?:which|who|that\s+is|i\.e\.|including|such\s+as|"
    r"excluding)\b[^;]*?,\s+(?:(?:has|have|had)\s+)?(?=(?:is|are|was|were|remained|rose|fell|"
    r"stood|increased|decreased|declined|grew|reached|totalled|totaled)\b)",
    re.IGNORECASE,
)


def subject_before(sentence: str, position: int) -> str:
    """The subject of the main clause's first verb before `position` ("The longer term trend"
    of "The longer term trend showed a decrease of 15.9%"), or "". An opening phrase
    ("According to the World Bank, …") is passed over."""
    opening = _OPENING_PHRASE.match(sentence)
    start = opening.end() if opening and opening.end() < position else 0
    if joined := list(_NEXT_MAIN_CLAUSE.finditer(sentence, start, position)):
        # "This property income is recorded in … and its net effect … was record high, EUR
        # 5.8 billion": the subject of the clause the number is in
        start = joined[-1].end()
    aside = _SUBJECT_WITH_ASIDE.match(sentence, start)
    if aside and aside.end() <= position:
        # "Coverage, which is measured for …, remained"
        return tidy(" ".join(_strip(WORD.findall(aside["subject"]))), sentence)
    words = WORD.findall(sentence[start:position])
    for i, word in enumerate(words[:10]):
        if VERB.fullmatch(word) and not _modifies_noun(words, i):
            # "The total number of nurses and midwives registered … was": both, joined
            return tidy(noun_phrase_before(words, i, conjoined=True), sentence)
        if not word[0].isalnum():
            return ""
    return ""


_NEXT_MAIN_CLAUSE = re.compile(
    r"[^,;]\s(?:and|but|while|whereas)\s+(?=(?:its|their)\s)", re.IGNORECASE
)


def _modifies_noun(words: list[str], i: int) -> bool:
    """Whether the participle `words[i]` qualifies the noun after it and a verb follows ("gas
    fired generation increased", "the adjusted rate was")."""
    if not words[i].lower().endswith("ed") or words[i].lower() in AUXILIARIES:
        return False
    after = words[i + 1 : i + 5]
    return (
        bool(after)
        and after[0].isalpha()
        and after[0].lower() not in STOPS | DETERMINERS
        and any(VERB.fullmatch(w) for w in after[1:])
    )


def _opening_subject(words: list[str]) -> str:
    """The subject of the first verb of the main clause, when it comes within a few words:
    "Corn production" in "Corn production is up 13% from last year"; after a semicolon,
    the clause's own ("…; soybean growers are expected to …")."""
    start = len(words) - words[::-1].index(";") if ";" in words else 0
    for i, word in enumerate(words[start : start + 8], start=start):
        if word.lower() in AUXILIARIES | REPORTING:
            return noun_phrase_before(words, i)
        if not word[0].isalnum():
            return ""
    return ""


CHANGE_VERBS = frozenset(
    "rose increased grew climbed jumped fell decreased declined dropped".split()
)
FELL = frozenset("fell decreased declined dropped".split())


def _of_a_noun(words: list[str], i: int) -> bool:
    """Whether the word at `i` is the preposition of a noun before it: "the deficit on trade
    in (goods and services)", not "activities were (arts and crafts)"."""
    if i < 1 or words[i].lower() not in PREPOSITIONS:
        return False
    noun = words[i - 1]
    return noun[0].isalpha() and noun.lower() not in STOPS and not is_participle(noun)


def noun_phrase_before(words: list[str], end: int, conjoined: bool = False) -> str:
    """The words before `end` back to the start of their clause, at most nine; a bracketed
    name inside ("the Supplemental Poverty Measure (SPM) rate") is kept, a longer aside
    ("all workers (including part-time and full-time workers)") left out. A `conjoined`
    phrase keeps two nouns joined by "and" ("tea and coffee (+24.2%)")."""
    kept: list[str] = []
    start, joined, listed = end, False, False
    # … and past ten words only to finish a band it has begun ("45–49 age group …")
    while start > 0 and (len(kept) < 10 or kept[0] in {"–", "-"}):
        word = words[start - 1]
        if joined and word.lower() in STOPS and not _of_a_noun(words, start - 1):
            break  # "the most popular activities were arts and crafts (70%)"
        if conjoined and not joined and _joins_nouns(words, start - 1, kept):
            joined = True
            kept.insert(0, word)
            start -= 1
            continue
        if word == ")" and "(" in words[:start]:
            opening = start - 1 - words[start - 1 :: -1].index("(")
            inside = words[opening:start]
            if BOUNDARY in inside and kept:
                break  # "… only (33%) than with school only": an earlier phrase's figure
            # a name in brackets is kept, a figure ("arrivals (485,900 movements)") is not
            kept[:0] = inside if len(inside) <= 4 and BOUNDARY not in inside else []
            start = opening
            continue
        if (
            word == BOUNDARY
            and start > 2
            and [w.lower() for w in words[start - 3 : start - 1]] in _WHEN_THE
            and " ".join(kept).lower() in _TIME_NOUNS
        ):
            kept, start = [], start - 3  # "Visits during the (January to April) time period"
            continue
        if word == BOUNDARY and start > 1 and words[start - 2].lower() in {"in", "during", "for"}:
            start -= 2  # "The SPM rate in 2022 was": the date says when, not what
            continue
        if word in {"—", "–"} and word in words[max(0, start - 16) : start - 1]:
            # "the total number of births in 2018—reportedly the lowest since 1961—dropped"
            start = start - 2 - words[start - 2 :: -1].index(word)
            continue
        if word.lower() == "that" and start > 1 and _TELLING.match(words[start - 2]):
            break  # "the data showed that the total number of births dropped"
        if (
            word.lower() == "who"
            and 0 < len(kept) <= 3
            and start > 1
            and words[start - 2].isalpha()
        ):
            kept.insert(0, word)  # "The share of adults who smoke fell": the share, of whom
            start -= 1
            continue
        # "people ages 16 and older", "the 45–49 age group": a band, whole
        dash = word in {"–", "-"} and start > 1 and words[start - 2].isdigit()
        in_band = bool(
            _age_band_end(words[max(0, start - 3) : start - 1], words[start - 1 : start + 1])
        ) or (dash and bool(kept) and kept[0].isdigit())
        if word == "," and (first := _serial_list_start(words, start - 1, kept)) is not None:
            kept[:0], start, listed = words[first:start], first, True
            break  # "Textile, clothing, footwear and leather manufacturing (down 6.6%)"
        if not in_band and (
            not word[0].isalnum() or word.lower() in CLAUSE_END | {"while", "whereas", "each"}
        ):
            break  # but not at the "and" of "people ages 16 and older"
        kept.insert(0, word)
        start -= 1
    phrase = _strip(kept)
    if listed:
        return re.sub(r"\s+,", ",", " ".join(phrase))
    if len(phrase) > 9 and (head := _COUNTED_HEAD.match(" ".join(phrase))):
        # "The number of new loan commitments to owner-occupier first home buyers": too long
        # to keep whole, it loses its head, not the words that say which commitments
        phrase = phrase[len(head[0].split()) :]
    cut = max(len(phrase) - 9, 0)
    if cut > 1 and phrase[cut - 1] in {"–", "-"} and phrase[cut - 2].isdigit():
        cut -= 2  # "the 45–49 age group had the highest number of …": the band whole
    text = " ".join(phrase[cut:])
    return re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))


def _serial_list_start(words: list[str], comma: int, kept: list[str]) -> int | None:
    """Where a list of names that ends in the phrase after `comma` begins: "in Textile,
    clothing, footwear and leather manufacturing", "), Food, beverage and tobacco
    manufacturing". None unless the phrase joins its last two names with "and" and each name
    before is a word or three with no function word or verb in it; one name alone must
    follow a preposition, a comma or "…) and", not open the sentence ("However, wages and
    salaries")."""
    joins = [k for k, w in enumerate(kept) if w.lower() in {"and", "or"}]
    if not joins or not 1 <= joins[0] <= 3 or not all(map(_list_word, kept[: joins[0]])):
        return None  # the last name before "and" is a word or three as well
    names, first = 0, comma
    while words[first] == ",":
        item = first
        while item > 0 and first - item < 3 and _list_word(words[item - 1]):
            item -= 1
        if item == first:
            break
        names, first = names + 1, item
        if item > 0 and words[item - 1] == ",":
            first = item - 1
            continue
        break
    if words[first] == ",":
        first += 1
    lead = words[first - 1] if first > 0 else ""
    after_bracket = lead == "and" and first > 1 and words[first - 2] == ")"  # "…) and Printing, …"
    ends_well = lead in {",", "("} or (lead.islower() and lead in PREPOSITIONS | {"among"})
    ends_well = ends_well or after_bracket
    return first if names >= 2 or (names == 1 and ends_well) else None


def _list_word(word: str) -> bool:
    low = word.lower()
    return (
        word.isalpha()
        and low not in STOPS | DETERMINERS | AUXILIARIES | REPORTING | CHANGE_VERBS | TRAILING
        and not is_participle(word)
    )


_COUNTED_HEAD = re.compile(
    r"(?:the\s+)?(?:total\s+)?(?:number|value|amount|volume|level|count)\s+of\s+", re.IGNORECASE
)


_WHEN_THE = [["during", "the"], ["in", "the"], ["over", "the"], ["for", "the"]]
_TIME_NOUNS = frozenset({"time period", "period", "months", "quarter", "season"})


def _joins_nouns(words: list[str], i: int, kept: list[str]) -> bool:
    """Whether `words[i]` is an "and" between two nouns: the short phrase after it (`kept`)
    and a word before it that is no function word or verb ("meat and meat products")."""
    if words[i].lower() not in {"and", "or"} or not 1 <= len(kept) <= 5 or i == 0:
        return False
    if kept[0].lower() in {"the", "a", "an", "this", "that", "these", "those"} or "of" in kept:
        return False  # "per gallon and the Rocky Mountain price": a phrase of its own
    before = words[i - 1]
    return (
        before.isalpha()
        and before.lower() not in STOPS | DETERMINERS | TRAILING | NOT_NOUNS
        and not _is_past_tense(before)
        and all(w.isalpha() or "-" in w for w in kept)
    )


# Words that end a noun phrase's run back, and so never open the first of two joined nouns.
NOT_NOUNS = frozenset("up down rose fell grew more less fewer higher lower both".split())


_TELLING = re.compile(
    r"(?:show|find|found|say|said|report|indicate|note|reveal|estimate|suggest|state|confirm)"
    r"(?:s|ed)?$",
    re.IGNORECASE,
)


def _verb_before(words: list[str]) -> list[str]:
    """ "formally identified" in "… formally identified 20 victims"; "convicted and sentenced";
    "identifying" in "reported identifying 706 victims" (told as "identified")."""
    if words and _is_gerund(words[-1]):
        told = _participle(words[-1])
        return [] if told.lower() in _CONSISTS else [told]  # "comprising 4,965 liquidations"
    i = len(words) - 1
    verbs: list[str] = []
    while i >= 0 and _is_past_tense(words[i]):
        verbs.insert(0, words[i])
        if i >= 2 and words[i - 1].lower() in {"and", "or"} and _is_past_tense(words[i - 2]):
            verbs.insert(0, words[i - 1])
            i -= 2
        else:
            i -= 1
            break
    if verbs and i >= 0 and words[i].lower() in {"the", "a", "an"}:
        return []  # "of the estimated 9.4 million persons": a word that qualifies the number
    if verbs and i >= 0 and words[i].lower().endswith("ly") and len(words[i]) > 3:
        verbs.insert(0, words[i])
    if [v.lower() for v in verbs] in ([w] for w in _CONSISTS):
        return []  # "These comprised 7,903 additional dwellings": what they are, no deed
    return verbs


# Verbs that only say what a whole is made of.
_CONSISTS = frozenset("comprised totalled totaled numbered included".split())


NOT_GERUNDS = frozenset(
    "including during following according regarding concerning something nothing anything "
    "everything morning evening housing training funding building meeting spending remaining "
    "outstanding pending existing".split()
)


def _is_gerund(word: str) -> bool:
    lower = word.lower()
    return len(lower) > 6 and lower.endswith("ing") and lower not in NOT_GERUNDS


def _passive_agent(before: list[str]) -> str:
    """ "Measles cases were reported by (18 jurisdictions)": what the agents did, "reporting
    measles cases"; "" when the words before the number are not a passive verb and "by"."""
    if len(before) < 4 or before[-1].lower() != "by" or not before[-2].lower().endswith("ed"):
        return ""
    if before[-3].lower() not in {"were", "was", "are", "is", "been"}:
        return ""
    aux = len(before) - 3
    while aux > 0 and before[aux - 1].lower() in AUXILIARIES:
        aux -= 1
    what = noun_phrase_before(before, aux)
    if not what or what.lower() in EXPLETIVES or len(what.split()) > 5:
        return ""
    return f"{_gerund(before[-2].lower())} {what}"


def _gerund(participle: str) -> str:
    """ "reported" -> "reporting", "identified" -> "identifying", "filed" -> "filing"."""
    stem = participle[:-2]
    if participle.endswith("ied"):
        stem = participle[:-3] + "y"
    return stem + "ing"


def _participle(gerund: str) -> str:
    """ "identifying" -> "identified", "assisting" -> "assisted", "referring" -> "referred"."""
    stem = gerund[:-3]
    if stem.endswith("y"):
        return stem[:-1] + "ied"
    return stem + "ed"


def _agent(words: list[str], verb_words: int) -> list[str]:
    """ "by the federal government" for "The federal government identified 146 …": who
    acted, when the clause names them in a few words right before its verb: not "The
    missions, primarily in the Middle East, identified", though "$1.9 billion in assistance,
    reaching 45 million people" is assistance that reached them."""
    if verb_words == 0 or len(words) <= verb_words:
        return []
    before_verb = words[-verb_words - 1]
    if not (before_verb[0].isalnum() or before_verb == ")" or _is_gerund(words[-1])):
        return []
    if before_verb.lower() in {"and", "or"}:
        return []  # "prosecuted 30 suspects, and convicted 12": not convicted by the suspects
    subject = _clause_before(words[: len(words) - verb_words])
    if not subject or len(subject) > 4 or subject[0].lower() in PRONOUNS | {"we", "i"}:
        return []
    if any(_is_past_tense(w) or w.lower() in AUXILIARIES for w in subject):
        return []
    return ["by", *subject]


def _noun_before(words: list[str]) -> str:
    """ "a score of 3.5", "its backlog of 5,800", "The official poverty rate of 11.5%": the
    noun phrase right before "of"; "an annual increase in employment of 2.4%" keeps what
    changed."""
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2][0].isalpha():
        if words[-2].lower() in DETERMINERS:
            return ""
        phrase: list[str] = []
        i = len(words) - 2
        while i >= 0 and len(phrase) < 6:
            word = words[i]
            lower = word.lower()
            changed = lower == "in" and i > 0 and words[i - 1].lower() in CHANGE_NOUNS
            if not (changed or word[0].isalnum()) or (
                not changed and (lower in DETERMINERS | STOPS or len(phrase) >= 4)
            ):
                break
            phrase.insert(0, word)
            i -= 1
        return " ".join(phrase)
    return ""


CHANGE_NOUNS = frozenset("increase decrease rise fall drop decline change growth".split())


def _is_past_tense(word: str) -> bool:
    lower = word.lower()
    return len(lower) > 4 and lower.endswith("ed") and lower not in NOT_VERBS


# "resulting in net overpayments": the words before the noun add nothing to a label.
_LEAD_VERB = re.compile(
    r"^(?:(?:resulting|bringing|leading|amounting|accounting)\s+(?:in|to|for)"
    # "followed by sexual servitude (25%)", "Most were female (94%)": how a list goes on
    r"|followed\s+by|(?:most|many|some|all)\s+(?:were|are|was|is)"
    # "consisting of 248 contract towers": what a whole is made of
    r"|consisting\s+of|made\s+up\s+of|comprising"
    # "a total of 18 reports": the reports are what is counted
    r"|(?:a\s+)?(?:total|sum|number)\s+of"
    # "bringing the seasonally adjusted total (to 190,100)": what was brought there
    r"|(?:bringing|taking|raising|lowering)(?=\s+the\b)"
    # "On a seasonally adjusted basis the Live Register (showed …)": how it was measured
    r"|(?:(?:on|in)\s+an?\s+)?(?:[\w-]+\s+){0,3}?basis(?!\s+points?\b),?)\s+(?=\w)",
    re.I,
)


_THE = re.compile(r"^(?:the|a|an)\s+(?=\w)", re.IGNORECASE)
# "notable for (1) continued growth in …, (2) …": the number of an item in a sentence's list
_ENUMERATOR = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})?\)\s*(?=\w)")
# "winter wheat this year": when, which the figure's period says, not what it counts.
_BARE_TIME = re.compile(r"\s+(?:in|during|over)\s+(?:period|quarter|month|year|week)$")
_RELATIVE_TIME = re.compile(
    r"\s+(?:this|last|next|that|the\s+same)\s+(?:year|quarter|month|week|period)$"
    rf"|\s+{_WHEN}\b(?=\s)"  # "calls last month received"
    # "(remained static) for the third year in a row": how long, not what
    r"|(?:^|\s+for\s+the\s+)(?:first|second|third|fourth|fifth|\w+th)\s+(?:consecutive\s+|successive\s+)?"
    r"(?:year|quarter|month|week|time)(?:\s+in\s+a\s+row)?$"
    # "in the year ending (June 2024)", "in the 12 months to (March)": the lead-in of a date
    r"|\s+(?:in|during|for|over)\s+(?:the\s+)?(?:\d+\s+|twelve\s+|three\s+|six\s+)?"
    r"(?:year|quarter|month|week)s?\s+(?:ending|ended|to)$"
    r"|\s+(?:in|during)\s+(?:FY\s*)?(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?$",  # "… in 2015-16"
    re.IGNORECASE,
)


# "emissions were estimated (to be 20.6 million tonnes)": how sure the value is, not what.
_HEDGE = re.compile(
    r"\s+(?:(?:was|were|is|are|be|been)\s+)?(?:estimated|expected|forecast|projected|thought|"
    r"believed)(?:\s+to)?$",
    re.IGNORECASE,
)


_SPACED_DASH = re.compile(r"(\d) ([–-]) (?=\d)")


# Words that join a label to what came before it, never its first: "and", "as well as", "of".
_OPENING_LINK = re.compile(
    r"^(?:than|and|or|but|while|whereas|of|then|as\s+well\s+as"
    # "(There) are proportionally fewer teachers …", "(Atlantic City) had the lowest"
    r"|(?:is|are|was|were|had|has|have)(?:\s+the)?)\s+(?=\w)",
    re.I,
)


# "over a thousand patients on average (1,071)": the number said in words, which the figure
# itself gives.
_SPELLED_OUT = re.compile(
    r"^(?:(?:over|more\s+than|almost|nearly|about|around|some|just\s+over|just\s+under|"
    r"fewer\s+than|less\s+than)\s+)?(?:a|one|two|three|several)\s+"
    r"(?:hundred|thousand|million|billion)s?\s+(?=\w)",
    re.IGNORECASE,
)
# "general aviation fatalities in 2005": when, which the figure's period says.
_DATED_END = re.compile(r"\s+(?:in|during|for)\s+(?:1[89]|20)\d\d$")


def tidy(label: str, sentence: str) -> str:
    """`label` at most seven words, in lower case but for names: a capital keeps unless
    only the start of `sentence` gave it ("The Midwest price" keeps "Midwest")."""
    fronted = _FRONTED_PLACE.match(label)
    if fronted and re.search(rf"\b(?i:in|across|for)\s+{re.escape(fronted['place'])}\s", sentence):
        label = f"{fronted['rest']} in {fronted['place']}"  # "In Wales the number slaughtered"
    label = _ENUMERATOR.sub("", label)
    label = _THE.sub("", _LEAD_VERB.sub("", label))  # "(bringing) the seasonally adjusted"
    label = short_words(_HEDGE.sub("", _RELATIVE_TIME.sub("", label)))
    label = _SPACED_DASH.sub(r"\1\2", label)  # "aged 18 – 24" as the report wrote it
    # "… outside of school only (33%) than with school only": the words past the last number
    label = re.split(r"\(?\s*\|\s*\)?", label)[-1].strip()
    label = _DATED_END.sub("", _OPENING_LINK.sub("", _SPELLED_OUT.sub("", label)))
    label = re.sub(r"\s+on\s+average$", "", re.sub(r"\s+,", ",", label))  # "flu, COVID-19 and"
    label = _BARE_TIME.sub("", label)  # "deaths due to COVID-19 in (this) period"
    label = _FOLLOWED_BY.sub("", label)  # "(108 000 first time applicants), followed by Sweden"
    words = [w.strip("'’") for w in label.split()]
    if _cuts_a_name(words) and words[0].lower() == "percentage":
        words = words[1:]  # "3.6 percent" says it is a percentage; the place it fell in stays
    cut = MAX_LABEL_WORDS
    if _cuts_a_name(words):
        while cut > 1 and words[cut - 1][:1].isupper():
            cut -= 1  # "the North Island" whole or not at all
    words = words[:cut]
    opened = " ".join(words).rfind("(")
    if opened > 0 and ")" not in " ".join(words)[opened:]:  # "… for Tokyo (preliminary" cut
        words = " ".join(words)[:opened].split()
    while len(words) > 1 and words[-1].lower() in DANGLING | _AGE_WORDS | _HOW_WHOLE:
        words.pop()  # "percentage fall in real median earnings of", "… among people ages" cut short
    if len(words) > 1 and words[-1].lower() in {"these", "those"}:
        # "subject areas recorded against these (105,506) complaints": the noun they point to
        pointed = re.search(rf"\b{re.escape(words[-1])}\s+[\d,.]+\s+([a-z]+)\b", sentence)
        words = [*words, pointed[1]] if pointed else words[:-1]
    # "areas received less than 50%": a share a label names keeps its sign
    words = [
        f"{w}%"
        if _BARE_NUMBER.fullmatch(w) and re.search(rf"(?<![\d.]){re.escape(w)}\s?%", sentence)
        else w
        for w in words
    ]
    opening = WORD.search(sentence)
    first = opening.group() if opening else ""
    # "New Zealand’s population": a name of several words keeps the capital it opens with.
    named = [i + 1 < len(words) and words[i + 1][:1].isupper() for i in range(len(words))]
    return " ".join(
        w if _is_proper(w, w == first and not named[i]) else w.lower()
        for i, w in enumerate(words)
        if w
    )


_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# "In Wales the number slaughtered (was 10,051)": a place told before the subject, no comma
_FRONTED_PLACE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+the\s+(?P<rest>[a-z].*)$"
)
# "…, followed by Sweden (": the next item of a list, not what the number counts.
_FOLLOWED_BY = re.compile(r",?\s+followed\s+by\b.*$", re.IGNORECASE)


def _cuts_a_name(words: list[str]) -> bool:
    return len(words) > MAX_LABEL_WORDS and words[MAX_LABEL_WORDS][:1].isupper()


def _is_proper(word: str, opens_sentence: bool) -> bool:
    return any(c.isupper() for c in word[1:]) or (word[:1].isupper() and not opens_sentence)
