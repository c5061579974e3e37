"""Labels read in the context of their sentence, after each figure has its own: a
comparison's number counts what its main figure counts ("compared with 41 in 2018"); a
breakdown is "women among victims identified"; one fact told twice ("2.4% or 48,100") has one
label; a share's part and whole in brackets; numbers told "respectively"; a list item under
a heading that says what it counts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from briefing.extract.changes import (
    FALL,
    GAPPED,
    GAPPED_AFTER,
    NOUN_FALL,
    NOUN_RISE,
    PER_YEAR,
    RISE,
    is_money,
    listed_for_group,
)
from briefing.extract.clauses import COMPARISON
from briefing.extract.dates import find_dates, month_count
from briefing.extract.figures import (
    CHANGE_VERBS,
    DETERMINERS,
    MAKE_UP,
    PRONOUNS,
    STOPS,
    WORD,
    is_participle,
    noun_phrase_before,
    ranked_label,
    subject_before,
    tidy,
)
from briefing.extract.numbers import DURATIONS, PEOPLE, Quantity
from briefing.extract.periods import PREVIOUS
from briefing.extract.wording import GENERIC_HEADING, ITEM_LEAD, as_label, change_in
from briefing.model import Change, KeyFigure, Period


class Placed(Protocol):
    """Where a figure stands in its sentence (see `periods.Dated`); read-only, as a
    NamedTuple's fields are."""

    @property
    def kind(self) -> str: ...
    @property
    def related(self) -> int | None: ...
    @property
    def period(self) -> Period | None: ...


MAX_CONTEXT_WORDS = 10
# "Of the 706 trafficking victims identified, …": what the sentence breaks down.
_OF_THE = re.compile(
    # "In 2023, of the 120 deaths, …": after the time the sentence opens with
    r"^\s*(?:(?:in|during|for)\s+[^,;]{2,30},\s*)?(?:of|among)\s+(?:(?:the|these|those|all)\b)?\s*"
    # "Among an estimated 757,000 youth …": the count is the whole's, not part of its name
    r"(?:(?:an?\s+)?(?:estimated|approximately|about|some|nearly|almost|over|more\s+than)\s+)?"
    r"(?:[\d,.]+\s+(?:(?:million|billion|thousand)\s+)?)?"
    # no number of the sentence's own in it ("Of these days 3% were for PACE"), a year may be
    r"(?P<what>(?:[^,;\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){3,60}?)"
    r"(?:\s+(?:in|during)\s+(?:1[89]|20)\d\d)?(?:,|(?=\s+(?!(?:1[89]|20)\d\d\b)\d))",
    re.I,
)


def labels_in_context(
    labels: Sequence[str], quantities: Sequence[Quantity], placed: Sequence[Placed], sentence: str
) -> list[str]:
    """Labels that say what a number is part of: a comparison's number counts what its main
    figure counts ("compared with 41 in 2018"); a breakdown is "women among victims
    identified"; "Of the 706 victims identified, 21 percent were male" is "male share of
    victims identified"."""
    whole = _OF_THE.match(sentence) or _PART_OF_THE.match(sentence)
    # "among 9,573 TB cases in persons for whom birth origin was known": the cases, in persons
    antecedent = tidy(_without_relative(whole["what"]), sentence) if whole else ""
    if not _content(antecedent) - PRONOUNS:
        antecedent = ""  # "Of these, 48% …": what "these" are, the sentence does not say
    result: list[str] = []
    labels = _elided_subjects(labels, quantities)
    for i, (label, quantity, place) in enumerate(zip(labels, quantities, placed, strict=True)):
        related = result[place.related] if place.related is not None else None
        if (more := _MORE_THAN_BEFORE.match(sentence, quantity.end)) and (
            grown := _same_unit_before(quantities, i, result)
        ):
            # "(13,710) were taken up … – 125 more than the previous week"
            way = "rise" if more[1].lower() == "more" else "fall"
            label = change_in(_CHANGE_LABEL.sub("", grown), way, quantity.unit)
        elif place.kind == "comparison" and related:
            # "15 percent male, 66 percent female": each the main figure that says as much.
            mains = [
                result[j]
                for j in range(i)
                if placed[j].kind == "main" and quantities[j].unit == quantity.unit
            ]
            own = _content(label) - COMPARING_WORDS
            fitting = [m for m in mains if own and own <= _content(m)]
            if (other := _COMPARED_PLACE.match(label)) and (at := _IN_PLACE.search(related)):
                # "… in the most deprived areas (37.1) compared to the least deprived areas
                # (6.7)": the same measure in the other place
                label = f"{related[: at.start()]} in {other[1]}"
            elif not own or _opens_bracket(sentence, quantity):  # "victims (2,953 in 2018)"
                label = related
                if quantity.unit not in {"%", "percentage points"}:
                    # "up 91% on last year (15 in 2024)": a count, neither a change nor a share
                    label = _CHANGED.sub("", label).removeprefix("share of ")
            elif fitting:
                label = fitting[0]
            elif _is_weak(label, related) and own <= _content(related):
                label = related
        elif (
            place.kind == "aside"
            and related
            and _opens_bracket(sentence, quantity)
            and (
                earlier := _EARLIER_BEFORE.search(
                    sentence, max(0, quantity.begin - 50), quantity.begin
                )
            )
            and not _content(label) - _content(earlier[0]) - _ONLY_COMPARING - _FRACTIONS
        ):
            label = _CHANGE_LABEL.sub("", related)  # "down a third on the week before (29,956)"
        elif place.kind == "aside" and related and _is_change_share(sentence, quantities, i, place):
            # "77,800 (+5.0%)", "1,000 (0.1 percent)"; "decreased by 12,249 (-12.1%) to
            # 88,835": the change of the level it brought, named after the bracket
            brought = i + 1 < len(quantities) and _TO_LEVEL.fullmatch(
                sentence, quantities[i].end, quantities[i + 1].begin
            )
            label = _percentage_change(labels[i + 1] if brought else related)
        elif (
            place.kind == "aside"
            and related
            and quantity.unit is None
            and (parted := _PART_SHARE.match(related))
            and _opens_bracket(sentence, quantity)
        ):
            label = f"{parted['part']} {parted['whole']}"  # "84.5% of all flights (80,540)"
        elif (
            place.kind == "aside"
            and related
            and quantity.unit is None
            and related.startswith(("percentage ", "share of "))
            and _opens_bracket(sentence, quantity)
        ):
            # "down 5.2% (14,424)": the same fall; "1.8% (805) of maternities": the same part;
            # "increased by 0.9% in 2016 (7,055)": the level of that date, of what rose
            label = related.removeprefix("percentage ").removeprefix("share of ")
            if _DATE_THEN_BRACKET.search(sentence, max(0, quantity.begin - 40), quantity.begin):
                label = _CHANGED.sub("", label)
        elif place.kind == "aside" and related and _AT_RATE.search(sentence, 0, quantity.begin):
            label = related  # "one in 191 companies (at a rate of 52.4 per 10,000 companies)"
        elif place.kind == "aside" and _RESTATING.search(sentence, 0, quantity.begin):
            # "(or 554,000 people in this age group)": what it counts, it says, unless it says
            # only that they are people: then they are what the share before them counts
            if related and not _content(label) - _PEOPLE:
                what = related.removeprefix("share of ").removeprefix("percentage ")
                what = re.split(r"\s+(?:share\s+of|among)\s+", what)[0]
                opens = what.split(" ", 1)[0].lower().rstrip("s")
                label = what if opens in _PEOPLE else f"people who {what}"
        elif place.kind == "aside" and related and not _content(label) - _ONLY_COMPARING:
            label = related  # "4,872, which is 3.4% less than …": how much the host changed
        elif (
            place.kind == "aside"
            and related
            and label.startswith("share of ")
            and _content(label.removeprefix("share of ")) <= _content(related)
        ):
            pass  # "43 (1.1%) of these registered deaths": the share says what it is of
        elif place.kind == "aside" and MAKE_UP.search(sentence, 0, quantity.begin):
            pass  # "(who make up about 15% of the population)": a share the aside names
        elif place.kind == "aside" and related and _dated_apart(place, placed):
            pass  # "(three … investigations in 2017)": of its own year, a comparison named itself
        elif place.kind == "aside" and related and not _content(label) <= _content(related):
            host = result[_whole(placed, quantities, i, sentence)]
            if not _content(host) & _content(label) and (
                alike := [
                    result[k]
                    for k in range(i)
                    if placed[k].kind == "main"
                    and quantities[k].unit == quantity.unit
                    and _content(result[k]) & _content(label)
                ]
            ):
                # "561 victims at 76 temporary and nine long-term shelters …, including 207
                # Thai victims": a part of the victims, not of the shelters it follows
                host = alike[-1]
            where = _WHERE_AFTER.match(sentence, quantity.end)
            if COMPARISON.match(sentence, quantity.end):
                label = related  # "down 1.0% on the corresponding quarter": a change of the host
            elif where and sentence.startswith(label, where.end()):
                # "including 176 in critical care": the whole, then where the part is
                label = _trimmed(f"{host} {where[1].lower()} {label}".split())
            elif _CHANGE_LABEL.match(label):
                pass  # "5,000 fewer men in employment (down 0.4 percent)": its own change
            elif told := _CHANGE_NOUN_OF.match(label):
                # "were 9% lower (a decrease of 106 crimes)": the same fall, counted
                way = "rise" if told["way"].lower() in {"increase", "rise", "growth"} else "fall"
                label = change_in(_CHANGE_LABEL.sub("", host), way, quantity.unit)
            elif _CHANGE_LABEL.match(host):
                label = _part_of_change(label, host, sentence[quantity.end :])
            elif _WHERE_BEFORE.search(sentence, max(0, quantity.begin - 12), quantity.begin):
                pass  # "youth who were supervised in 10 reporting provinces": where, no part
            elif _DISTANCE.match(label):
                pass  # "1,352 Mtoe, 3.0% above the efficiency target": how far, not a part
            elif ranked_label(sentence, quantity):
                pass  # "…, followed by Street or highway (3,100 cases; 17%)": its own rank
            elif (
                _content(host) - _ONLY_COMPARING
                and not _content(host) <= _content(label)
                # "17 Member States increased their ODA …, Germany (+€3,310 million)": an
                # amount is no part of a count
                and not (is_money(quantity.unit) and not is_money(_unit_of(quantities, place)))
            ):
                # "individuals granted asylum by DHS"; not of a host that names nothing ("an
                # increase of 13% (from 16,640 to 18,803) in assaults")
                label = _joined(label, "among", host)
        elif (
            place.kind == "aside"
            and related
            and _is_share_of_count(quantities, i, place)
            and not _LIST_ITEM.match(sentence)  # "Under 5 years: 57 (46%)" names a class
        ):
            label = f"share of {related}"  # "14 cases (8 percent)"
        elif (changed := _change_of(sentence, quantities, i)) is not None:
            # "1.93 billion bushels, down 2% from 2024": how much that figure changed
            direction = "fall" if changed[1] == "down" else "rise"
            label = change_in(result[changed[0]], direction, quantity.unit)
        elif antecedent and _WERE_AMONG.match(sentence, quantity.end) and _content(label):
            # "Of the 120 deaths, 80 (67%) were among people aged 65 and older"
            among = f"{antecedent} among {label.removeprefix('among ')}"
            label = f"share of {among}" if quantity.unit in {"%", "share"} else among
        elif (
            antecedent
            and not _content(label) & _content(antecedent)
            and not _SIGNED.match(quantity.display)  # "Denmark (+2.9%)": a change, no share
        ):
            of_share = quantity.unit in {"%", "share"}
            kept = label if _content(label) - _ONLY_COMPARING else ""  # not "only share of …"
            if of_share:
                kept = kept.removesuffix(" share")  # "wages share" joins as "wages share of costs"
            label = _joined(kept, "share of" if of_share else "among", antecedent).removeprefix(
                "among "
            )
        elif label.lower() in PRONOUNS and (before := _same_unit_before(quantities, i, result)):
            label = before  # "violent crime was up 2.1 percent, and … it increased 1.0 percent"
        if (
            i
            and quantities[i - 1].unit == "%"
            and quantity.unit != "%"
            and _RATE_TO.fullmatch(sentence, quantities[i - 1].end, quantity.begin)
            and (rated := _CHANGE_LABEL.match(result[i - 1]))
            and not _content(label) & _content(result[i - 1])
        ):
            label = result[i - 1][rated.end() :]  # "advancing 0.5% to $43.6 billion": sales
        if (
            i
            and quantity.unit == quantities[i - 1].unit == "%"
            and PER_YEAR.match(sentence, quantity.end)
            and (verbs := _LAST_CHANGE.findall(sentence, 0, quantity.begin))
        ):
            # "grew by 60%, an average of 4.8% a year": the same rise, as a yearly average
            what = _CHANGE_LABEL.sub("", result[i - 1])
            label = f"average annual {change_in(what, 'rise' if verbs[-1] else 'fall', '%')}"
        elif PER_YEAR.match(sentence, quantity.end) and not _content(label) - _PER_YEAR_WORDS:
            # "The growth of imports was similar, at 2.3% per annum": a yearly rate of it
            subject = subject_before(sentence, quantity.begin)
            label = f"annual {subject.removeprefix('annual ')}" if subject else label
        result.append(label)
    result = _part_and_whole(_restated_with_or(result, quantities, sentence), quantities, sentence)
    result = _elided_heads(_listed_like_the_first(result, quantities, sentence), quantities)
    result = _named_by_the_next(result, quantities, sentence)
    result = _participle_of_the_head_before(result, quantities)
    result = _listed_after_colon(result, quantities, sentence)
    result = _shared_head(result, quantities, sentence)
    result = _shared_predicate(result, quantities, sentence)
    result = _bracketed_share_predicate(result, quantities, sentence)
    result = _gapped(result, quantities, sentence)
    result = _named_in_a_gap(result, quantities, sentence)
    result = _ranged(result, quantities, sentence)
    result = _for_whom(_for_another_group(result, quantities, sentence), quantities, sentence)
    result = _against_the_average(result, quantities, sentence)
    result = _more_likely_than(result, quantities, sentence)
    result = _ranked_names(result, quantities, sentence)
    result = _reported_by(result, quantities, sentence)
    result = _some_of_all(result, quantities, sentence)
    result = _against_another_time(result, quantities, sentence)
    result = _places(_respectively(result, quantities, sentence), quantities, sentence)
    result = _changes_told_respectively(result, quantities, sentence)
    result = _shares_told_respectively(result, quantities, sentence)
    result = _gapped_changes(_names_paired(result, quantities, sentence), quantities, sentence)
    return _targets_of(_named_measured(result, quantities, sentence), quantities)


_TO_LEVEL = re.compile(r"\s*\)\s*,?\s*to\s+(?:about\s+|around\s+|approximately\s+)?")


def _targets_of(labels: list[str], quantities: Sequence[Quantity]) -> list[str]:
    """ "74%, against a target of 95%": the target for what the figure before measures."""
    result = list(labels)
    for i in range(1, len(quantities)):
        target = _TARGET_ONLY.fullmatch(result[i])
        if target and quantities[i].unit == quantities[i - 1].unit:
            result[i] = f"{target['noun'].lower()} for {result[i - 1]}"
    return result


_TARGET_ONLY = re.compile(
    r"(?:against|compared\s+with|versus)?\s*(?:an?\s+|the\s+)?"
    r"(?P<noun>(?:\w+\s+)?(?:target|standard|benchmark|goal|ambition))",
    re.IGNORECASE,
)


def _gapped_changes(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "Labour productivity grew 1.1% on an hours worked basis and 0.5% on a QALI basis":
    the second is the same change told another way, "… labour productivity, QALI basis";
    "rose 2.1% in May and 1.5% in June": the same change, in its own month."""
    result = list(labels)
    for i in range(1, len(quantities)):
        before, after = quantities[i - 1], quantities[i]
        first = GAPPED.fullmatch(sentence, before.end, after.begin)
        second = GAPPED_AFTER.match(sentence, after.end)
        if not (first and second and before.unit == after.unit):
            continue
        if not _CHANGE_LABEL.match(result[i - 1]):
            continue
        told = [_told_way(first["qual"]), _told_way(second["qual"])]
        base = result[i - 1]
        for qual in (first["qual"], told[0]):
            if qual and base.endswith(f" {qual}"):
                base = base[: -len(qual) - 1]  # "employment for men": the change, before "for"
        if _content(result[i]) >= _content(base):
            continue  # "percentage fall in employment for women" says it already
        result[i - 1] = _qualified(base, told[0], first["qual"])
        result[i] = _qualified(base, told[1], second["qual"])
    return result


def _told_way(qualifier: str) -> str:
    """ "on an hours worked basis": "hours worked basis"; "in volume terms": "volume terms";
    a date, a place or "month on month", "": it says when, where or over what span (which
    the label's "monthly" tells), not how."""
    way = _WAY.fullmatch(qualifier)
    if way:
        return next(g for g in way.groups() if g)
    return ""


def _qualified(base: str, way: str, qualifier: str) -> str:
    if way:
        return f"{base}, {way}"
    if (
        find_dates(qualifier)
        or _SPAN_ON.fullmatch(qualifier)
        or PREVIOUS.search(qualifier)  # "on the previous quarter": against what, not how
        or qualifier.startswith("in ")
    ):
        return base  # "in June" says when, "in the EU27" where: their own rules tell
    return f"{base} {qualifier}"  # "for women"


_WAY = re.compile(r"on\s+an?\s+(.+?\s+basis)|in\s+(.+?\s+terms)", re.IGNORECASE)
_SPAN_ON = re.compile(r"(?:year|month|quarter)\s+on\s+(?:year|month|quarter)", re.IGNORECASE)


def _named_measured(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """A number labelled only by a name ("Lithuania (5.7%)", "11.0 in Ireland") measures
    what the sentence says the names had ("… recorded the lowest taxes on income and wealth
    as a percentage of GDP"), else what its other figures measure ("the standardised suicide
    rate … was 10.1 … compared with 11.0 in Ireland"): "… in Lithuania"."""
    named = [i for i, label in enumerate(labels) if _names_only(label, quantities[i], sentence)]
    if not named:
        return labels
    told = _HAD_THE_MOST.search(sentence, quantities[-1].end)
    measures = [
        (label, quantities[i].unit)
        for i, label in enumerate(labels)
        if i not in named
        and not _CHANGE_LABEL.search(label)
        and not _NAMED_PLACE_IN.search(label)  # "… in France", "… by Sweden": another's
        and not _VERB_FIRST.match(label)  # "accounted for a significant proportion of GDP"
        and not _SHARE_OF_WHAT.fullmatch(label)
    ]
    result = list(labels)
    for i in named:
        unit = quantities[i].unit
        alike = [m for m, u in measures if u == unit or (unit is None and u not in SHARES)]
        measure = told["measure"].strip() if told else (alike[0] if alike else "")
        if len(_content(measure) - COMPARING_WORDS) < 2:
            continue  # "registered the lowest ratios": too little to say what
        name = result[i].removeprefix("ahead of ")
        if not _SIGNED.match(quantities[i].display) and name not in measure:
            result[i] = _measure_of(measure, name)  # "Denmark (+2.9%)": a change, untold
    return result


def _names_only(label: str, quantity: Quantity, sentence: str) -> bool:
    """Whether `label` is a name the sentence writes right before the number's bracket
    ("Sweden (42 500)") or after it ("11.0 in Ireland")."""
    name = label.removeprefix("ahead of ")
    words = name.split()
    if not words or len(words) > 4 or not all(w[0].isupper() for w in words if w != "and"):
        return False
    before = sentence[: quantity.begin].rstrip()
    return before.endswith(f"{name} (") or sentence.startswith(f" in {name}", quantity.end)


_SHARE_OF_WHAT = re.compile(r"share of (?:GDP|the total|total)", re.IGNORECASE)
_NAMED_PLACE_IN = re.compile(r"\s(?-i:[A-Z][a-z])")
_VERB_FIRST = re.compile(r"^[a-z]+ed\s+(?:for|to|by|in|on|with|as)\b")


_WHERE_BEFORE = re.compile(r"\b(?:in|across|at)\s+$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\s+(?:for|of|to|by)?\s*(?:whom|who|which|whose|that)\b.*$", re.I)


def _without_relative(what: str) -> str:
    """`what` without a relative clause, unless that is all that says who they are ("people
    who die by suicide")."""
    head = _RELATIVE_CLAUSE.sub("", what)
    return what if head.lower().removeprefix("the ") in _PEOPLE | {"persons", "those"} else head


_CHANGE_NOUN_OF = re.compile(
    r"^(?P<way>increase|decrease|rise|fall|drop|decline|growth|reduction)\s+of\b", re.IGNORECASE
)


def _dated_apart(place: Placed, placed: Sequence[Placed]) -> bool:
    """Whether an aside is of another year than the figure it follows (not a part of its year:
    "500 in 2019 (200 in the fourth quarter)" is a part)."""
    if place.related is None or place.period is None:
        return False
    host = placed[place.related].period
    return host is not None and not place.period.start.startswith(host.start[:4])


# "(35% for males …)": the group a part of a change is measured for.
# "Thirty-two of the confirmed victims were male, 17 were female, …": the whole, named once.
_PART_OF_THE = re.compile(
    r"^\s*[\w,.-]+\s+of\s+(?:the|these|those)\s+(?P<what>[^,;()\d]{3,60}?)\s+(?:were|was|are|is)\s+"
    r"(?=[^,;]{1,40},\s+[\w,.-]+\s+(?:were|was|are|is)\b)",
    re.IGNORECASE,
)
_GROUP_AFTER = re.compile(r"\s+(?P<prep>for|among)\s+")


def _part_of_change(label: str, host: str, after: str) -> str:
    """A part of a change is no share of it: "(up 20,000 people)" counts the same rise, "(35%
    for males …)" is the fall for males; else the part says what it is ("… increased by 4.9%
    while services – by 1.6%")."""
    if not _content(label) - _PEOPLE:
        return host.removeprefix("percentage ")
    if (group := _GROUP_AFTER.match(after)) and after[group.end() :].startswith(label):
        return _trimmed(f"{host} {group['prep']} {label}".split())
    return label


_WERE_AMONG = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:were|was|are|is|occurred)\s+among\s+", re.IGNORECASE
)  # "Of the 120 deaths, 80 (67%) were among people aged 65 and older"


def _whole(placed: Sequence[Placed], quantities: Sequence[Quantity], i: int, text: str) -> int:
    """What the `i`th figure, an aside, breaks down: "26,124 individuals …, including 17,878
    … and 8,246 …" breaks down the 26,124, not the 17,878 listed beside it."""
    j = placed[i].related
    assert j is not None
    while placed[j].kind == "aside" and (up := placed[j].related) is not None:
        if not _SIBLINGS.fullmatch(text, quantities[j].end, quantities[i].begin):
            break
        j = up
    return j


# Between two items of one list: no bracket that holds a number, no semicolon.
_SIBLINGS = re.compile(r"(?:[^()\[\];]|\([^()\d]*\))*(?:,|\band\b)(?:[^()\[\];]|\([^()\d]*\))*")


# "Almost one in seven of these (13,710) were taken up by …": a part of what was told before.
_OF_THESE = re.compile(
    r"^\s*(?:(?:almost|nearly|about|around|over|more\s+than|some)\s+)?"
    r"(?:[\w-]+\s+(?:in|out\s+of)\s+[\w-]+|half|a\s+third|a\s+quarter|most|many|all|"
    r"\d[\d,.]*%?)\s+of\s+(?:these|them|those)\b"
    # "Of those, 19% involved individuals who …": the same, told first
    r"|^\s*of\s+(?:these|them|those),\s",
    re.IGNORECASE,
)


def of_these(labels: Sequence[str], sentence: str, previous: str) -> list[str]:
    """A part told only by what is said of it ("taken up by patients") after "one in seven of
    these" is of what the sentence before counted: "adult hospital beds taken up by patients"."""
    head = _head_noun(previous)
    if not head or not _OF_THESE.match(sentence):
        return list(labels)
    return [
        f"{head} {label}" if is_participle(label.split(" ", 1)[0]) else label for label in labels
    ]


# "Most were female (94%) and 44% were aged under 18 years": parts of what was counted before.
_MOST_WERE = re.compile(
    r"^\s*(?:(?:most|the\s+majority|nearly\s+all|almost\s+all|almost\s+half|over\s+half|"
    r"more\s+than\s+half|half)(?:\s+of\s+(?:them|these|those))?"
    # "Of these, 77,066 were main applicants and 22,724 were dependants"
    # "Of these, 1,016 (59%) were car occupants": the count's share beside it
    r"|(?P<counted>of\s+(?:these|them|those),\s+[\d,.]+(?:\s*\([^()]{1,20}\))?))"
    r"\s+(?:were|was|are|is)\s+\w",
    re.IGNORECASE,
)


def most_were(labels: Sequence[str], sentence: str, previous: str) -> list[str]:
    """ "Thirty-six victim-survivors were referred … Most were female (94%)": each part is
    of what the sentence before counted ("female among victim-survivors")."""
    head = _head_noun(previous)
    told = _MOST_WERE.match(sentence)
    if not head or not told:
        return list(labels)
    if told["counted"]:
        # "… 52,739 people were granted protection. Of these, 40,376 were main applicants":
        # main applicants among the people granted protection; "(13,565) were registered in
        # England": deaths registered in England
        return [
            f"{head} {label}"
            if is_participle(label.split(" ", 1)[0])
            else _trimmed(f"{label} among {previous}".split())
            for label in labels
        ]
    return [
        label if _content(head) <= _content(label) else _trimmed(f"{label} among {head}".split())
        for label in labels
    ]


def of_the_one_before(labels: Sequence[str], sentence: str, previous: str) -> list[str]:
    """ "Harvested production of wheat decreased … The value of production was £2.9 billion":
    "the production" is the one the sentence before told of, so "value of production of
    wheat" ("Sugar beet production …": "value of sugar beet production"); a label that names
    its own ("of production of barley") keeps it."""
    told = _CHANGE_LABEL.sub("", previous)
    result = []
    for label in labels:
        last = _OF_LAST.search(label)
        if not last:
            result.append(label)
            continue
        noun = re.escape(last["noun"])
        of = re.search(rf"\b{noun}\s+(of\s+[^\d,;()]+)$", told)
        kinds = _noun_modifiers(told, last["noun"])
        named = f"{label} {of[1]}" if of else kinds and f"{label[: last.start('noun')]}{kinds}"
        definite = named and re.search(
            rf"\bthe\s+(?:\w+\s+){{0,3}}of\s+(?:the\s+)?{noun}\b(?!\s+of\b)", sentence, re.I
        )
        result.append(named if named and definite else label)
    return result


def _noun_modifiers(told: str, noun: str) -> str:
    """ "sugar beet production" told before "the value of production": the nouns before
    `noun` that say which, with it; "" when nothing qualifies it."""
    words = told.split()
    if len(words) < 2 or words[-1].lower() != noun.lower():
        return ""
    start = len(words) - 1
    while start and words[start - 1].lower() not in STOPS:
        start -= 1
    return " ".join(words[start:]) if start < len(words) - 1 else ""


# "value of production": the noun a label ends on, after "of".
_OF_LAST = re.compile(r"\bof\s+(?P<noun>[a-z][\w-]+)$")


def _head_noun(label: str) -> str:
    """ "share of adult hospital beds occupied by patients" -> "adult hospital beds"."""
    words = _SHARE_WORDS.sub("", _CHANGE_LABEL.sub("", label)).split()
    for n, word in enumerate(words):
        if n and (is_participle(word) or word.lower() in STOPS):
            return " ".join(words[:n])
    return " ".join(words)


# "… on the week before (", "… the same week last year (": the value of that earlier time.
_EARLIER_BEFORE = re.compile(rf"(?:{PREVIOUS.pattern})\s*\(\s*$", re.IGNORECASE)
_FRACTIONS = frozenset("half third quarter fifth tenth one two three a".split())


_PEOPLE = frozenset("people person individual age group this these those".split())


_COMPARED_PLACE = re.compile(
    # not "compared with a deficit of …": the same measure again, not another place
    r"^compared\s+(?:to|with)\s+(?!an?\s)(?:the\s+|those\s+(?:in|for)\s+)?(.{3,60})$",
    re.I,
)
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[^()]{3,60}$")


# "… for males fell by 71% … and by 75% for females": the same measure for another group.
_FOR_GROUP = re.compile(r"\s+for\s+(?P<group>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b(?=\s*[,;.()]|\s*$)")
_FOR_FIRST_GROUP = re.compile(r"\s+for\s+(?P<group>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+and\b")
_AND_BY = re.compile(r"\band\s+(?:by\s+)?[$€£]?$", re.I)
_COMPARED_WITH_BY = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus)\s+[$€£]?$", re.I)


def _for_another_group(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    result = list(labels)
    for i in range(1, len(quantities)):
        group = _FOR_GROUP.match(sentence, quantities[i].end)
        told_so = _AND_BY.search(sentence, 0, quantities[i].begin) or _COMPARED_WITH_BY.search(
            sentence, 0, quantities[i].begin
        )  # "72.1% for women, compared with 79.3% for men"
        if not group or not told_so:
            continue
        same = [j for j in range(i) if quantities[j].unit == quantities[i].unit]
        first = _FOR_FIRST_GROUP.match(sentence, quantities[same[-1]].end) if same else None
        if (
            first
            and " for " not in result[same[-1]]
            and not _content(first["group"]) <= _content(result[same[-1]])
        ):
            # "life expectancy was 77.1 years for men and 84.0 years for women"
            result[same[-1]] = f"{result[same[-1]]} for {first['group']}"
        if not same or " for " not in result[same[-1]]:
            continue
        base = result[same[-1]]
        result[i] = f"{base[: base.rindex(' for ')]} for {group['group']}"
    return result


_FOR_PEOPLE = (
    r"(?:women|men|males|females|boys|girls|children|adults|young\s+people|youth|older\s+people)"
)
_PEOPLE_AFTER = re.compile(rf"\s+for\s+(?P<group>{_FOR_PEOPLE})\b", re.IGNORECASE)
_STEADY_FOR = re.compile(
    r"^(?:remained|was|stayed|held)\s+(?:\w+\s+)?(?:steady|stable|unchanged|flat|the\s+same)"
    rf"\s+for\s+(?P<group>{_FOR_PEOPLE})$",
    re.IGNORECASE,
)


def _more_likely_than(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "Men (23.5%) were more likely than women (17.9%) to be current smokers": each share
    is of its group, doing what the sentence ends on ("current smokers among women")."""
    told = _MORE_LIKELY.search(sentence)
    if told is None:
        return labels
    result = list(labels)
    for i, quantity in enumerate(quantities):
        if quantity.unit not in SHARES or quantity.end > told.start("what"):
            continue
        if group := _GROUP_IN_BRACKET.search(sentence, 0, quantity.begin):
            result[i] = f"{told['what']} among {group['group'].lower()}"
    return result


_MORE_LIKELY = re.compile(
    r"\b(?:were|was|are|is)\s+(?:\w+\s+)?(?:more|less)\s+likely\s+than\s+(?:[^.;]|\.\d)*?\bto\s+"
    r"(?:be\s+|have\s+(?:been\s+)?)?(?P<what>[a-z][^,.;()]{2,60}?)(?=\s*[,.;(]|\s*$)",
    re.IGNORECASE,
)
# "Men (", "more likely than women (": the group a bracketed share is of.
_GROUP_IN_BRACKET = re.compile(
    r"(?:^|\bthan\s+|,\s+|\band\s+)(?P<group>[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*){0,3}?)"
    r"\s*\(\s*$"
)


def _some_of_all(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "Sales increased in 4 of 11 subsectors": 4 is the "subsectors where sales increased",
    11 the subsectors; not "4 sales"."""
    result = list(labels)
    for told in _IN_SOME_OF_ALL.finditer(sentence):
        for i, quantity in enumerate(quantities):
            if quantity.begin == told.start("some"):
                verb = told["verb"].lower()
                way = "higher" if re.search(rf"\b(?:up|higher|{RISE})$", verb) else "lower"
                result[i] = f"{told['what'].lower()} with {way} {told['subject'].lower()}"
            elif quantity.begin == told.start("all"):
                result[i] = told["what"].lower()
    return result


_IN_SOME_OF_ALL = re.compile(
    r"(?:^|,\s+)(?:the\s+)?(?P<subject>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    rf"(?P<verb>(?:were|was)\s+(?:up|down|higher|lower)|{RISE}|{FALL})\s+(?:in|for)\s+"
    r"(?P<some>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the\s+)?"
    r"(?P<all>\d+|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*){0,2}?)(?=\s*[,.;:()]|\s+(?:and|in|with)\b|\s*$)",
)


def _reported_by(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "Higher sales were reported by both furniture stores (+3.2%) and home furnishings
    stores (+2.6%)": the rise in sales at each."""
    told = _REPORTED_BY.search(sentence)
    if told is None:
        return labels
    result = list(labels)
    way = "rise" if told["way"].lower() in {"higher", "increased", "rising", "more"} else "fall"
    for i, quantity in enumerate(quantities):
        if quantity.unit not in SHARES or quantity.begin < told.end():
            continue
        if item := _GROUP_IN_BRACKET.search(sentence[told.end() : quantity.begin]):
            place = item["group"].removeprefix("both ")
            result[i] = change_in(f"{told['what'].lower()} at {place}", way, quantity.unit)
    return result


_REPORTED_BY = re.compile(
    r"(?P<way>higher|lower|increased|decreased|rising|falling)\s+(?P<what>[a-z]+)\s+(?:were|was)\s+"
    r"(?:also\s+)?(?:reported|recorded|posted|seen|registered|observed)\s+(?:by|at|in|for)\s+"
    r"(?:both\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _ranked_names(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "The state with the lowest smoking rate was Utah (9.8%)" is the "smoking rate in Utah";
    "Kentucky (25.6%) and West Virginia (25.6%)" after it, each its own."""
    result = list(labels)
    for i, quantity in enumerate(quantities):
        ranked = _WAS_RANKED.match(result[i]) or _HAD_RANKED.match(result[i])
        if ranked is None:
            continue
        measure = _IN_TERMS_OF.sub("", ranked["measure"]).strip()
        opening = ranked["name"].split()[0]
        if not _content(measure) or not _content(ranked["name"]) or is_participle(opening):
            continue  # "the highest increase was recorded in Greece": told by where it was seen
        if _NOT_A_MEASURE.match(measure):
            continue  # "the most commonly referred nationality", "the highest increase"
        prep = ranked.groupdict().get("prep")
        result[i] = _measure_of(measure, ranked["name"], prep)
        for j in range(i + 1, len(quantities)):
            item = _NEXT_ITEM.fullmatch(sentence, quantities[j - 1].end, quantities[j].begin)
            if not item or quantities[j].unit != quantity.unit:
                break
            # "and higher prevalences being observed in the South (": the South
            name = _AHEAD_OF.sub("", _SEEN_LEAD.sub("", item["item"]))  # "ahead of Sweden ("
            result[j] = _measure_of(measure, name, prep)
    return result


def _measure_of(measure: str, name: str, prep: str | None = None) -> str:
    """ "smoking rate in Utah" for a place, "emissions, agriculture" for a kind, "prevalence
    of smoking among multirace adults" as the sentence says it."""
    if prep:
        return f"{measure} {prep.lower()} {name}"
    return f"{measure} in {name}" if name[:1].isupper() else f"{measure}, {name}"


_AHEAD_OF = re.compile(r"^(?:ahead\s+of|followed\s+by|behind)\s+", re.IGNORECASE)
_SEEN_LEAD = re.compile(
    r"^.*?\b(?:observed|recorded|seen|found|reported)\s+(?:in|among|for)\s+(?:the\s+)?", re.I
)


_RANKING = r"(?:highest|lowest|largest|smallest|biggest|greatest|most|fewest|least)"
# "… recorded the lowest taxes on income and wealth as a percentage of GDP": what they had.
_HAD_THE_MOST = re.compile(
    rf"\)\s*(?:each\s+|all\s+|both\s+)?(?:recorded|registered|had|reported|posted|saw|showed)\s+"
    rf"the\s+{_RANKING}\s+(?P<measure>[^,;.()]{{3,80}})"
)
# "state with the lowest smoking rate was Utah", "highest rate was in Wales"
_WAS_RANKED = re.compile(
    rf"^(?:the\s+)?(?:[^,;]*?\b)?{_RANKING}\s+(?P<measure>[^,;]+?)\s+(?:was|were|is|are)\s+"
    # "The highest prevalence of smoking was observed among multirace adults"
    r"(?:(?:observed|recorded|found|seen|reported)\s+)?"
    r"(?:(?P<prep>in|among|for)\s+)?(?P<name>[^,;]+)$",
    re.IGNORECASE,
)
# "Other hospitals had the highest proportion", "with the West having the lowest prevalence",
# "Trades workers had the next highest claim rate"
_HAD_RANKED = re.compile(
    r"^(?:with\s+)?(?:the\s+)?(?P<name>[^,;]+?)\s+(?:had|has|have|having|recorded|reported)\s+"
    rf"the\s+(?:next\s+|second\s+|third\s+)?{_RANKING}\s+(?P<measure>[^,;]+)$",
    re.IGNORECASE,
)
_NOT_A_MEASURE = re.compile(rf"^(?:\w+ly\b|(?:{NOUN_RISE}|{NOUN_FALL})s?$)", re.IGNORECASE)
_IN_TERMS_OF = re.compile(r"^.*?\bin\s+terms\s+of\s+", re.IGNORECASE)


def _for_whom(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """A rate told for a group names it: "rose to 3.6 per cent for women" is the rate for
    women; "… and remained steady for men at 3.5 per cent" the same rate, for men."""
    result = list(labels)
    for i, quantity in enumerate(quantities):
        if quantity.unit not in SHARES:
            continue
        if steady := _STEADY_FOR.match(result[i]):
            rates = [
                result[j]
                for j in range(i)
                if quantities[j].unit == quantity.unit and _content(result[j]) - _ONLY_COMPARING
            ]
            base = (
                rates[-1].split(" for ")[0] if rates else subject_before(sentence, quantity.begin)
            )
            if base:
                result[i] = f"{base} for {steady['group'].lower()}"
        elif (group := _PEOPLE_AFTER.match(sentence, quantity.end)) and " for " not in result[i]:
            result[i] = f"{result[i]} for {group['group'].lower()}"
        elif (among := _AMONG_GROUP.match(sentence, quantity.end)) and not re.search(
            r"\b(?:for|among)\b", result[i]
        ):
            # "was 31.1% among persons below the poverty level": the rate of that group
            result[i] = f"{result[i]} among {among['group']}"
        elif among and result[i].lower().startswith("among ") and i:
            # "compared with 5.6% among those with a graduate degree": the same rate
            base = result[i - 1].split(" among ")[0]
            result[i] = f"{base} among {among['group']}"
    return _listed_at_times(_listed_for(result, quantities, sentence), quantities, sentence)


# "4.5% at 6 months and in 5.9% at 1 year": the time since a start a rate is measured at.
_AT_TIME = re.compile(
    r"\s+at\s+(?P<when>(?:\d+|one|two|three|four|five|six|ten|twelve)[\s-]+(?:months?|years?|weeks?))\b"
)


def _listed_at_times(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """Shares in a row, each measured at its own time since a start, are the first one's
    rate at each: "Mortality rates for pediatric recipients were 4.5% at 6 months and in 5.9%
    at 1 year" gives "mortality rates for pediatric recipients at 1 year", not "1 year
    posttransplant"."""
    told = _shares_in_a_row(quantities, sentence, _AT_TIME)
    if not told:
        return labels
    base = labels[told[0][0]]
    result = list(labels)
    for i, found in told:
        result[i] = f"{base} at {found['when']}"
    return result


def _shares_in_a_row(
    quantities: Sequence[Quantity], sentence: str, after: re.Pattern[str]
) -> list[tuple[int, re.Match[str]]]:
    """The shares, two or more and one right after another, each followed by `after`; else
    none."""
    told = [
        (i, found)
        for i, q in enumerate(quantities)
        if q.unit in SHARES and (found := after.match(sentence, q.end))
    ]
    if len(told) < 2 or any(b[0] - a[0] != 1 for a, b in itertools.pairwise(told)):
        return []
    return told


# "32.8% for primary care and 26.8% for HCHS": shares told side by side, each for its own.
_FOR_AFTER = re.compile(
    r"\s+for\s+(?:the\s+)?(?P<group>(?!(?:a|an|those|these|them)\b)[A-Za-z][\w-]*"
    r"(?:\s+(?!and\b)[A-Za-z][\w-]*){0,3}?)"
    r"(?=\s+and\s+[\d.]|\s*[,;.)]|\s+(?:in|during|respectively)\b|\s*$)"
)


def _listed_for(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """Two or more shares in a row, each told "for" its own group, are the first one's
    measure for each: "The proportion of complaints being fully upheld are 32.8% for primary
    care and 26.8% for HCHS"."""
    told = _shares_in_a_row(quantities, sentence, _FOR_AFTER)
    if not told:
        return labels
    base = labels[told[0][0]]
    if " for " in base or told[0][1]["group"].lower() in base.lower():
        return labels
    result = list(labels)
    for i, found in told:
        # the first names the measure; the others only their group ("HCHS")
        if i == told[0][0] or labels[i].lower() == found["group"].lower():
            result[i] = f"{base} for {found['group']}"
    return result


# "31.1% among persons below the federal poverty level": the group a rate is of.
# The groups a rate is told of: the people words the numbers know, and a few more.
_GROUPS = "|".join(sorted(PEOPLE | {"students", "households", "families"}, key=len, reverse=True))
_AMONG_GROUP = re.compile(
    rf"\s+among\s+(?P<group>(?:{_GROUPS})\b(?:\s+(?!and\b|compared\b)[\w/-]+){{0,7}}?)"
    r"(?=\s*[,;.()]|\s+(?:and|compared|while|whereas)\b|\s*$)",
    re.IGNORECASE,
)


# "75.7°F, 2.1°F above average", "9% lower than the average for the past five years": how far
# the measure stands from its average.
_FROM_AVERAGE = re.compile(
    r"\s+(?P<way>above|below|over|under|(?:higher|lower|more|less|greater|fewer)\s+than)\s+"
    r"(?:the\s+)?(?P<what>(?:[\w–-]+\s+){0,2}?(?:average|normal|mean|baseline|expected))\b",
    re.IGNORECASE,
)
_ABOVE = frozenset("above over higher more greater".split())
_FROM_AVERAGE_LABEL = re.compile(r",?\s+(?:above|below)\s+(?:[\w–-]+\s+){0,2}?average$")


def _against_the_average(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    result = list(labels)
    for i, quantity in enumerate(quantities):
        # "1.8°F (1.0°C) below the 1971–2000 average": past the same measure, converted
        converted = _CONVERTED_AFTER.match(sentence, quantity.end)
        told = _FROM_AVERAGE.match(sentence, converted.end() if converted else quantity.end)
        if told:
            result[i] = _HOW_FAR_BRACKET.sub("", result[i])  # "temperature (below the 1971)"
        if told and not re.search(r"\b(?:above|below|over|under)\b", result[i], re.I):
            way = "above" if told["way"].split()[0].lower() in _ABOVE else "below"
            what = result[i]
            if not _content(what) - _ONLY_COMPARING:  # "16 per cent higher than the average"
                what = subject_before(sentence, quantity.begin)
            if what:
                result[i] = f"{what}, {way} {told['what'].lower()}"
    return result


_CONVERTED_AFTER = re.compile(r"\s*\(\s*-?[\d.,]+\s*°?[A-Za-z]{1,6}\s*\)")
_HOW_FAR_BRACKET = re.compile(r"\s*\((?:above|below)\b[^()]*\)$", re.IGNORECASE)


def _against_another_time(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "73% of the crop was in good condition, 6 percentage points above the same time last
    year", "Prices averaged $177 …, more than $35 above April 2022": how far the figure before
    it is from its level then, told by that figure's label."""
    result = list(labels)
    distances: set[int] = set()  # figures told as how far another is from then
    for i, quantity in enumerate(quantities):
        told = _FROM_ANOTHER_TIME.match(sentence, quantity.end)
        unit = "%" if quantity.unit == "percentage points" else quantity.unit
        alike = [j for j in range(i) if quantities[j].unit == unit and j not in distances]
        if not told or not alike or (quantity.unit == unit and unit in SHARES):
            continue  # a share "above" another is compared with it, not its distance
        own = _content(result[i]) - _ONLY_COMPARING - _HOW_FAR - _content(told.group())
        if own and not result[i].startswith("per "):
            continue  # "the unemployment rate, 0.4 percentage points above …" names itself
        way = " ".join(told["way"].lower().split())
        then = " ".join(told["what"].split()[:6])  # "the 2013–22 average for the month"
        result[i] = f"{result[alike[-1]]}, {way} {then}"
        distances.add(i)
    return result


_FROM_ANOTHER_TIME = re.compile(
    r"\s+(?P<way>above|below|(?:higher|lower)\s+than)\s+(?P<what>(?:the\s+same\s+time|"
    r"this\s+time|before|pre-|a\s+year|the\s+(?:previous|prior|same)|last"
    # "above April 2022", "higher than the 2013–22 average"
    r"|(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b|the\s+(?:1[89]|20)\d\d[–-]\d\d\s+average)[^,;.()]{0,40})",
    re.IGNORECASE,
)
_HOW_FAR = frozenset("above below higher lower more less".split())


def _unit_of(quantities: Sequence[Quantity], place: Placed) -> str | None:
    """The unit of the figure `place` is related to (None when there is none)."""
    return quantities[place.related].unit if place.related is not None else None


def told_apart(
    labels: list[str],
    placed: Sequence[Placed],
    reached: Sequence[bool],
    quantities: Sequence[Quantity],
    sentence: str,
) -> list[str]:
    """A number a sentence compares a figure with, of the same time and named alike ("male
    death rates … (21.9 compared to 12.9)"), is said to be the one compared with, so that no
    reader takes it for the figure it is compared with, or named by the group the sentence
    gives it ("compared with 26.8 years for females"); not the level a change `reached`
    ("down from 14,389 in quarter 2 2019 to 13,527 in 2020")."""
    result = list(labels)
    for i, place in enumerate(placed):
        if place.kind != "comparison" or reached[i]:
            continue
        alike = [j for j in range(i) if result[j] == result[i] and placed[j].kind != "comparison"]
        if alike and placed[alike[-1]].period == place.period:
            group = _GROUP_NAMED.match(sentence, quantities[i].end)
            before = _GROUP_BEFORE.search(sentence, 0, quantities[i].begin)
            if group:
                result[i] = f"{result[i]} {group['group']}"
            elif before:  # "… than those aged 65 years and over (0.9%)": their own group
                result[i] = f"people {before['group']}"
            else:
                result[i] = f"compared with: {result[i]}"
    return result


# "26.8 years of age for females", "12.9 among women": the group a number is of.
_GROUP_NAMED = re.compile(
    r"(?:\s+of\s+age)?\s+(?P<group>(?:for|among)\s+(?:the\s+)?(?:[a-z\d][\w–-]*\s+){0,3}?"
    r"(?:females|males|women|men|girls|boys|children|adults|year\s+olds|[\w-]+-year-olds))"
    r"(?=\s*[,;.)]|\s*$)",
    re.IGNORECASE,
)


# "than those aged 65 years and over (", "compared with those living in areas of least
# disadvantage (": the group a bracketed number is of, named before it.
_GROUP_BEFORE = re.compile(
    r"\b(?:than|with|to)\s+(?:for\s+)?(?:those|people|persons)\s+"
    r"(?P<group>(?:aged|living|in|with|without|who|not)\b[^()]{0,60}?)\s*\(\s*$",
    re.IGNORECASE,
)


_WHERE_AFTER = re.compile(r"\s+(in|on|at|under|with)\s+(?:the\s+)?", re.I)


def _elided_subjects(labels: Sequence[str], quantities: Sequence[Quantity]) -> list[str]:
    """ "19.8% of registered deaths involved influenza …, while 0.9% involved coronavirus": a
    number told by its verb alone has the subject of the one before it in its unit."""
    result = list(labels)
    for i, quantity in enumerate(quantities):
        words = result[i].split()
        alike = [j for j in range(i) if quantities[j].unit == quantity.unit]
        told = result[alike[-1]].split() if alike else []
        if len(words) > 1 and is_participle(words[0]) and words[0] in told[1:]:
            result[i] = " ".join([*told[: told.index(words[0])], *words])
    return result


def _elided_heads(labels: list[str], quantities: Sequence[Quantity]) -> list[str]:
    """ "7,903 dwellings from former offices, 534 from agricultural buildings": a listed
    number told only by its phrase takes the head the first one named; "281 specimens; 50%
    from people aged 18-29": the whole the number before it counts; "27.6% of deaths were due
    to cancer, 11.8% from respiratory conditions": the whole the one before it named."""
    result = list(labels)
    for i in range(1, len(result)):
        words = result[i].split()
        if len(words) < 2 or words[0].lower() not in _ELIDING:
            continue
        units = {quantities[i].unit, quantities[i - 1].unit}
        if words[0].lower() == "among" and len(units) > 1 and not units <= SHARES:
            continue  # "… rose 25.5%, from 78,927 …": a count is no part of a change
        before = result[i - 1].split()
        lowered = [w.lower() for w in before]
        if words[0].lower() in lowered[1:]:
            result[i] = " ".join([*before[: lowered.index(words[0].lower())], *words])
        elif quantities[i].unit == quantities[i - 1].unit:
            cut = [j for j, w in enumerate(lowered) if j > 1 and w in _ELIDING]
            if cut:  # "share of annual deaths due to cancer": of annual deaths, by cause
                end = cut[-1] - (lowered[cut[-1] - 1] == "due")
                result[i] = " ".join([*before[:end], *words])
        elif before and lowered[0] not in _ELIDING and quantities[i].unit in SHARES:
            result[i] = " ".join([*before, *words])
    return result


_ELIDING = frozenset({"from", "in", "for", "on", "at", "to", "with", "among"})


def _participle_of_the_head_before(labels: list[str], quantities: Sequence[Quantity]) -> list[str]:
    """ "69,042 cases were initiated … and 58,794 were disposed": a number told by its verb
    alone counts the head the number before it named ("cases disposed"); "60,872 days spent"
    counts its unit."""
    result = list(labels)
    for i, label in enumerate(labels):
        if len(label.split()) != 1 or not is_participle(label) or label.lower() == "compared":
            continue
        for j in reversed(range(i)):
            words = result[j].split()
            cut = next((k for k, w in enumerate(words) if k and is_participle(w)), None)
            if quantities[j].unit == quantities[i].unit and cut:
                result[i] = " ".join([*words[:cut], label])
                break
        else:
            if quantities[i].unit in DURATIONS:
                result[i] = f"{quantities[i].unit} {label}"
    return result


def _named_by_the_next(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "45 per cent and 88 per cent of families": a number listed before another of its unit,
    with no name of its own, counts what the next one counts."""
    result = list(labels)
    for i in reversed(range(len(result) - 1)):
        words = result[i].split()
        nameless = words == ["figure"] or (len(words) == 1 and is_participle(words[0]))
        if (
            nameless
            and quantities[i].unit == quantities[i + 1].unit
            and _LISTED_WITH.fullmatch(sentence, quantities[i].end, quantities[i + 1].begin)
        ):
            result[i] = result[i + 1]
    return result


_LISTED_WITH = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", re.IGNORECASE)


def _listed_after_colon(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "There were 7,050 laboratory-confirmed cases in 2024: 1,084 cases in the first
    quarter, …": an item that names its noun more briefly than the whole it breaks down
    takes the whole's words ("laboratory-confirmed cases")."""
    result = list(labels)
    colon = sentence.find(":")
    whole = [i for i, q in enumerate(quantities) if q.end <= colon]
    if colon == -1 or not whole:
        return result
    host = labels[whole[-1]].split()
    for i, quantity in enumerate(quantities):
        if quantity.begin > colon and quantity.unit == quantities[whole[-1]].unit:
            said, noun = _content(labels[i]), labels[i].split()[-1] if labels[i] else ""
            if said and said < _content(" ".join(host)) and noun in host:
                # "… measles cases reported": up to the noun the item names
                result[i] = " ".join(host[: len(host) - host[::-1].index(noun)])
    return result


# ", of vines by 2.4%", "while for services – by 1.6%": a clause without its verb, which says
# only what else changed; the verb and the rest are the clause's before it.
_GAP = re.compile(
    r"\s*[,;]?\s*(?:(?:and|while|whereas|but)\s+)?(?P<prep>of|for|in|on)\s+"
    rf"(?P<what>(?:(?!which|whom|whose|that|{RISE}|{FALL})[^,;()\d–—-]){{2,40}}?)\s*(?:[–—-]\s*)?(?:by|at)\s+[$€£]?$",
    re.IGNORECASE,
)


# "76 temporary and nine long-term government shelters": the first number's kind, then "and".
_KIND_AND = re.compile(r"\s+(?P<kind>[a-z][\w-]*)\s+(?:and|or)\s+")


def _shared_head(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "76 temporary and nine long-term government shelters": the first number counts
    temporary government shelters, its noun told once, after the second."""
    result = list(labels)
    for i in range(len(quantities) - 1):
        told = _KIND_AND.fullmatch(sentence, quantities[i].end, quantities[i + 1].begin)
        if not told or result[i] != told["kind"] or quantities[i].unit != quantities[i + 1].unit:
            continue
        if told["kind"].endswith("s"):
            continue  # "1,687 marriages and 10 civil partnerships": a noun of its own
        after = sentence[quantities[i + 1].end :].split()
        head = result[i + 1].split()[1:]
        if len(head) >= 1 and after and result[i + 1].startswith(after[0]):
            result[i] = " ".join([told["kind"], *head])
    return result


def _gapped(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "The prices of heat energy grew by 2.7%, of gas by 8.3%": the number of a clause
    whose verb was left out takes the label of the one before, with its own thing in place of
    that one's ("percentage rise in prices of gas")."""
    result = list(labels)
    for i in range(1, len(result)):
        gap = _GAP.fullmatch(sentence, quantities[i - 1].end, quantities[i].begin)
        link = f" {gap['prep'].lower()} " if gap else ""
        if gap and link in result[i - 1] and quantities[i].unit == quantities[i - 1].unit:
            result[i] = result[i - 1][: result[i - 1].rindex(link)] + link + gap["what"]
    return result


def _named_in_a_gap(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "Heavy-rail ridership posted 2,667 million trips; commuter-rail, 410 million trips":
    a clause whose verb was left out names its own thing before its number ("commuter-rail
    trips")."""
    result = list(labels)
    for i in range(1, len(result)):
        gap = _NAME_IN_GAP.fullmatch(sentence, quantities[i - 1].end, quantities[i].begin)
        noun = _NOUN_AFTER.match(sentence, quantities[i].end)
        if gap and noun and result[i].lower() == noun["noun"].lower():
            result[i] = f"{gap['name']} {result[i]}"
    return result


# "… trips; commuter-rail, (410 million trips)", "; and light-rail, (338 …)"
_NAME_IN_GAP = re.compile(
    r"\s*[\w-]*\s*;\s*(?:and\s+)?(?P<name>[\w’'-]+(?:\s+[\w’'-]+){0,3}),\s*[$€£]?"
)
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z][\w-]*)\b")


# "… highest among patients covered by Medicare (17 percent), followed by those with Medicaid
# (14 percent), no insurance (12 percent) and private insurance (9 percent)": what follows the
# first item's bracket is the next item, named alone.
_NEXT_ITEM = re.compile(
    r"[^()]*?\)\s*,?\s*(?:and\s+|or\s+)?(?:followed\s+by\s+)?(?P<item>[^(),;:]{1,50}?)\s*\(\s*$"
)
# "50% (140) from individuals in the 18-29 age group, followed by 33% (92) in the 30-39 age
# group": the number comes first, the item after it.
_ITEM_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?P<prep>in|among|for|from|at|with)\s+(?:the\s+)?", re.I
)
_FOLLOWED_ITEM = re.compile(
    r"[^()]*?\)\s*[,;]?\s*(?:and\s+)?followed\s+by\s+(?P<item>[^(),;:]{1,50}?)\s*\(\s*$", re.I
)
_GLUE = re.compile(r".*?,\s*(?:and\s+|or\s+)?(?:followed\s+by\s+)?")
# "$4 million for Utah and $2 million for Iowa": two items joined without a comma.
_AND = re.compile(r"[^,;()]*?\s+(?:and|or)\s+")
# "… rates were highest among …", "Exports rose most for …": the verb between what is counted
# and the first item.
_RANKED = re.compile(
    r"^(?P<head>.+?)\s+(?:(?:was|were|is|are)\s+\w+|(?:rose|fell|grew|increased|decreased)\s+\w+"
    # "the number of applicants notably jumped in Finland (+842%), Hungary (+231%)"
    rf"|(?:\w+ly\s+)?(?:{RISE}|{FALL})"
    # "with the highest share … being recorded in France (47.6%), Denmark (47.3%)"
    r"|occurred|took\s+place|(?:were|being)\s+(?:recorded|observed))"
    r"\s+(?P<prep>in|among|for|at|with)\s+\S"
)


def _listed_like_the_first(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """The items of a list that names only its first item's whole ("unemployment was highest
    in Wales (6.1%), followed by Scotland (5.2%)"; "50% from people in the 18-29 age group, 33%
    in the 30-39 age group") take that whole: "unemployment in Scotland"."""
    result = list(labels)
    first: dict[int, int] = {}  # each number's list: the index of its first item
    for j, quantity in enumerate(quantities):
        first[j] = j
        follows = j and _FOLLOWED_ITEM.fullmatch(sentence, quantities[j - 1].end, quantity.begin)
        if follows and " in " in (lead := result[j - 1]) and not _RANKED.match(lead):
            # "… had the highest rate … (88.4 …); followed by people aged 30 to 39 (87.9)"
            result[j] = f"{lead[: lead.rindex(' in ')]} in {follows['item'].strip()}"
            first[j] = first[j - 1]
            continue
        before = [p for p in range(j) if quantities[p].unit == quantity.unit]
        if not before and j and quantity.unit is None:
            before = [j - 1]  # "(23.2 per 100 admissions), followed by … (22.9)": unit told once
        if not before:
            continue
        lead, gap = labels[first[before[-1]]], sentence[quantities[before[-1]].end : quantity.begin]
        ranked = _RANKED.match(lead)
        after = _ITEM_AFTER.match(sentence, quantity.end)
        prep = f" {after['prep'].lower()} " if after else ""
        item = labels[j]
        start = after.end() if after else 0
        if prep and prep in item and sentence.startswith(item.split(prep)[-1], start):
            item = item.split(prep)[-1]  # "homes for Kansas": "Kansas", the last item's "homes"
        if after and not sentence.startswith(item.split(" ")[0], after.end()):
            prep = ""  # "$22.58 million for Kansas to weatherize 5,820 homes": named apart
        if ranked and _NEXT_ITEM.fullmatch(gap):
            head, link = _unranked(ranked["head"], quantity.unit), f" {ranked['prep']} "
            if (changed := _CHANGED.match(head)) and item.startswith(changed[0]):
                item = item[changed.end() :]  # "percentage rise in Hungary": the item, Hungary
            # the first item too: "readmission rates were highest among patients covered by
            # Medicare" is the "readmission rates among patients covered by Medicare"
            if not _SEEN_IN.match(lead):  # "the most notable drop … was recorded for …"
                result[first[before[-1]]] = f"{head}{link}{lead[ranked.end() - 1 :]}"
        elif (
            prep
            and prep in lead
            and (
                _GLUE.fullmatch(gap)
                or (
                    _AND.fullmatch(gap)
                    and _names_its_item(lead, prep, sentence, quantities[before[-1]])
                )
            )
        ):
            head, link = lead[: lead.rindex(prep)], prep
        else:
            continue
        if _content(item) & _content(head) or not _content(item):
            continue  # the item names its whole already
        # "…, and the lowest in Slovenia (+0.1%)": the item is Slovenia
        result[j] = f"{head}{link}{_RANK_THEN_IN.sub('', item)}"
        first[j] = first[before[-1]]
        told_again = j + 1 < len(quantities) and labels[j + 1] == labels[j]
        if told_again and _BRACKETED.fullmatch(sentence, quantity.end, quantities[j + 1].begin):
            result[j + 1] = result[j]  # "33% (92)": the count of the same item
    return result


def _shared_predicate(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """A list of counts that shares one predicate: "4,038 left kidneys, 4,220 right kidneys
    and 260 lungs were not used" counts "right kidneys not used"; "surgeons transplanted
    10,818 left kidneys, 10,659 right kidneys" counts "right kidneys transplanted by
    surgeons", as its first item says."""
    result = list(labels)
    for run in _count_lists(quantities, sentence):
        nouns = [n for i in run if (n := _LISTED_NOUN.match(sentence, quantities[i].end))]
        if len(nouns) < len(run):
            continue
        named = [n["noun"] for n in nouns]
        said = _PASSIVE_AFTER.match(sentence, nouns[-1].end())
        first = labels[run[0]]
        if said:
            predicate = said["deed"]
        elif first.lower().startswith(f"{named[0].lower()} ") and is_participle(
            first[len(named[0]) + 1 :].split(" ", 1)[0]
        ):
            predicate = first[len(named[0]) + 1 :]  # "left kidneys transplanted by surgeons"
        else:
            continue
        for i, noun in zip(run, named, strict=True):
            if labels[i].lower() == noun.lower():
                result[i] = f"{noun} {predicate}"
    return result


def _bracketed_share_predicate(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """Counts in brackets after the groups they count, with one predicate after the last:
    "almost twice as many males (189,099) as females (97,788) volunteered in a sporting
    organisation" counts "males volunteered in a sporting organisation" and "females …"."""
    result = list(labels)
    run: list[int] = []
    for i, quantity in enumerate(quantities):
        if quantity.unit is not None or not _IN_BRACKETS.match(sentence, quantity.end):
            run = []
            continue
        if run and not _BRACKET_LINK.fullmatch(sentence, quantities[run[-1]].end, quantity.begin):
            run = []
        run.append(i)
        said = _DEED_AFTER_BRACKET.match(sentence, quantity.end)
        if len(run) < 2 or said is None:
            continue
        deed = " ".join(said["deed"].split()[:6])
        for j in run:
            name = _COMPARING_LEAD.sub("", labels[j]).strip()
            if name and len(name.split()) <= 4 and name.lower() in sentence.lower():
                result[j] = f"{name} {deed}"
        run = []
    return result


_IN_BRACKETS = re.compile(r"\s*\)")
_BRACKET_LINK = re.compile(
    r"\s*\)\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|as|than)\s+)[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*\(\s*"
)
_DEED_AFTER_BRACKET = re.compile(r"\s*\)\s+(?:were\s+|was\s+)?(?P<deed>[a-z]+ed\b[^,;.()]{0,60})")
# "almost twice as many males", "more", "as females": a comparison's words before a group
_COMPARING_LEAD = re.compile(
    r"^(?:(?:almost|nearly|about|over|more\s+than|roughly)\s+)?(?:(?:twice|three\s+times|"
    r"\w+\s+times|half)\s+as\s+many|more|fewer|as|than)\s+",
    re.IGNORECASE,
)


def _count_lists(quantities: Sequence[Quantity], sentence: str) -> list[list[int]]:
    """Runs of counts listed one after another, each followed by its noun: "4,038 left
    kidneys, 4,220 right kidneys, and 260 lungs"."""
    runs: list[list[int]] = []
    for j, quantity in enumerate(quantities):
        if quantity.unit is not None:
            continue
        joined = (
            runs
            and runs[-1][-1] == j - 1
            and _LIST_LINK.fullmatch(sentence, quantities[j - 1].end, quantity.begin)
        )
        if joined:
            runs[-1].append(j)
        else:
            runs.append([j])
    return [run for run in runs if len(run) > 2 or (len(run) == 2 and " and " in sentence)]


_NOUN_WORDS = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?"
_LIST_LINK = re.compile(rf"\s+{_NOUN_WORDS}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_LISTED_NOUN = re.compile(
    rf"\s+(?P<noun>{_NOUN_WORDS})(?=\s*,|\s+(?:and|or|were|was|are|is|had|have)\b|\s*[.;]|$)"
)
_PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?P<deed>(?:not\s+)?[a-z]+(?:ed|en|t)\b)"
)


def _unranked(head: str, unit: str | None) -> str:
    """ "The highest increase (was registered in the intermediate goods (22.8%) followed by
    capital goods (19.9%))": each item's is a rise, the highest only the first's."""
    superlative = _SUPERLATIVE_CHANGE.fullmatch(head)
    if not superlative:
        return head
    way = "rise" if re.fullmatch(NOUN_RISE, superlative["noun"], re.I) else "fall"
    return change_in("", way, unit).removesuffix(" in ")


_SUPERLATIVE_CHANGE = re.compile(
    rf"(?:the\s+)?(?:highest|largest|biggest|greatest|strongest|smallest|lowest|sharpest)\s+"
    rf"(?P<noun>{NOUN_RISE}|{NOUN_FALL})",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\s*\(\s*")
_RANK_THEN_IN = re.compile(r"^(?:the\s+)?(?:lowest|highest|smallest|largest)\s+in\s+", re.I)


def _names_its_item(lead: str, prep: str, sentence: str, quantity: Quantity) -> bool:
    """Whether `lead` ends with the item the sentence names after `quantity` ("funding for
    Utah" after "$4 million for Utah"), not with a place of the whole ("fall in violent crime"
    of "violent crime decreased 3.8 percent in …")."""
    told = _ITEM_AFTER.match(sentence, quantity.end)
    item = lead[lead.rindex(prep) + len(prep) :]
    return told is not None and sentence.startswith(item, told.end())


# "decreased 3.8 percent in nonmetropolitan counties": where a change was measured.
_PLACE_AFTER = re.compile(
    r"\s+in\s+(?P<place>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+(?!(?:and|or|but|while|in|during|for)\b)"
    r"[A-Za-z][\w'’-]*){0,3})(?=\s*(?:[,;.]|\b(?:and|or|while|in|during|for|from|since)\b|$))"
)
_NOT_PLACES = frozenset(
    "year years quarter month months period terms total value volume volumes number numbers "
    "same previous prior average real nominal case cases part turn addition particular "
    "january february march april may june july august september october november december "
    "spring summer autumn fall winter".split()
)


# "monthly price changes … ranged from -0.7 percent in the Middle Atlantic division to +1.4
# percent in the New England division": the measure whose range the places give.
_RANGED = re.compile(r"\b(?:ranged|ranging|varied|varying)\s+from\s+$", re.IGNORECASE)
_RANGE_PLACE = re.compile(
    r"\s+(?:in|for|among)\s+(?:the\s+)?(?P<place>[^,;()]{2,50}?)(?=\s+to\b|[,;.]|$)"
)


def _ranged(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """The ends of a range told by place take the measure that ranged: "monthly price change
    in Middle Atlantic division"."""
    result = list(labels)
    for i in range(len(quantities) - 1):
        opening = _RANGED.search(sentence, max(0, quantities[i].begin - 20), quantities[i].begin)
        if not opening:
            continue
        words = WORD.findall(sentence[: opening.start()])
        measure = tidy(noun_phrase_before(words, len(words)).split(" from ")[0], sentence)
        measure = re.sub(r"^(?:seasonally\s+)?adjusted\s+", "", measure)  # how, not what
        measure = measure[:-1] if measure.endswith("s") and not measure.endswith("ss") else measure
        for j in (i, i + 1):
            place = _RANGE_PLACE.match(sentence, quantities[j].end)
            if measure and place and not _content(measure) <= _content(result[j]):
                result[j] = f"{measure} in {place['place']}"
    return result


def _places(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """A change told with where it was measured takes the place into its label ("percentage
    fall in violent crime in nonmetropolitan counties"); "… and 4.4 percent in metropolitan
    counties" says the same of another place, and takes the first one's label."""
    result = list(labels)
    base: str | None = None  # the label of the change before, without its place
    for i, quantity in enumerate(quantities):
        after = _PLACE_AFTER.match(sentence, quantity.end)
        place = after["place"] if after else ""
        if not place or {w.lower() for w in place.split()} & _NOT_PLACES:
            base = None
            continue
        own = _content(result[i]) - _content(place)
        paired = (
            i + 1 < len(quantities)
            and quantities[i + 1].unit == quantity.unit in SHARES
            and _PLACE_AFTER.match(sentence, quantities[i + 1].end) is not None
        )
        if _CHANGE_LABEL.match(result[i]) or (own and paired):
            # "… gained 0.9% in the euro area and 1.0% in the EU27": one measure, two places
            base = result[i]
        elif base and not own and i and quantities[i - 1].unit == quantity.unit:
            result[i] = base  # "and 4.4 percent in metropolitan counties"
        elif not own and i and quantities[i - 1].unit == quantity.unit:
            # "12 victims were identified in Lagos and 5 in Abuja": the same, in Abuja
            head = result[i - 1]
            if there := _IN_PLACE_END.search(head):
                head = head[: there.start()]
            elif named := _NAMED_PLACE.search(sentence, quantities[i - 1].end, quantity.begin):
                result[i - 1] = f"{head} in {named['place']}"  # "rescued 48 victims in Mombasa"
            else:
                continue
            result[i] = f"{head} in {_THE.sub('', place)}"
            continue
        else:
            base = None
            continue
        result[i] = f"{result[i]} in {_THE.sub('', place)}"
    return result


# "48 victims in Mombasa and 17 in Nairobi": the name of the first place.
_NAMED_PLACE = re.compile(
    r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:,\s*)?(?:and|,)\s+$"
)
# "victims identified in Lagos": a label that ends in its place.
_IN_PLACE_END = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*)*$")


def _same_unit_before(quantities: Sequence[Quantity], i: int, labels: list[str]) -> str:
    """The label of the last figure before the `i`th in the same unit: what "it" stands for."""
    same = [j for j in range(i) if quantities[j].unit == quantities[i].unit]
    return labels[same[-1]] if same else ""


_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
# "The West Coast and the Gulf Coast prices", "the East Coast, Midwest, and Gulf Coast prices".
_NAMED_LIST = re.compile(
    rf"(?P<names>{_NAME}(?:\s*,\s*(?:the\s+)?{_NAME})*,?\s+and\s+(?:the\s+)?{_NAME})"
    r"\s+(?P<noun>[a-z][\w-]*)\b"
)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_RESPECTIVELY = re.compile(r",?\s*respectively\b", re.IGNORECASE)


def _changes_told_respectively(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "SSCS receipts, disposals and caseload outstanding decreased (by 37%, 27% and 49%
    respectively)", "a 66% and 22% fall in PIP and UC respectively": each change is of its
    own name, in order."""
    result = list(labels)
    for closing in _RESPECTIVELY.finditer(sentence):
        told = _listed_before(quantities, sentence, closing.start())
        if len(told) < 2:
            continue
        first, last = quantities[told[0]], quantities[told[-1]]
        after = _CHANGED_IN.fullmatch(sentence, last.end, closing.start())
        before = _NAMES_CHANGED_BY.fullmatch(sentence, 0, first.begin)
        if after and not after["noun"] and not _CHANGE_OF.search(sentence, 0, first.begin):
            continue  # "rates of 56% and 55% for boys and girls": no change, named otherwise
        listed = after or before
        names = _split_names(listed["names"]) if listed else []
        if len(names) != len(told):
            continue
        if before and (short := _SHORT_NAME.search(names[0])):
            names = [f"{short[1]} {tail[0]}" if (tail := _TAIL.search(n)) else n for n in names]
        for i, name in zip(told, names, strict=True):
            way = _CHANGE_LABEL.match(result[i])
            result[i] = f"{way.group() if way else ''}{_THE.sub('', name)}"
    return result


def _shares_told_respectively(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "23,211 clinical FTE compared to 1,925 clinical FTE in the public sector, 92.3% vs 7.7%
    of the total respectively": each share is of the count in its place."""
    result = list(labels)
    for closing in _RESPECTIVELY.finditer(sentence):
        told = _listed_before(quantities, sentence, closing.start())
        if len(told) < 2 or quantities[told[0]].unit != "%" or told[0] < len(told):
            continue
        counts = list(range(told[0] - len(told), told[0]))
        if any(quantities[j].unit in {"%", "percentage points"} for j in counts):
            continue
        for i, j in zip(told, counts, strict=True):
            result[i] = f"share of {_CHANGE_LABEL.sub('', labels[j])}"
    return result


def _listed_before(quantities: Sequence[Quantity], sentence: str, end: int) -> list[int]:
    """The numbers listed together that end right before `end` (a bracket or a few words
    between), in order."""
    told = [i for i, q in enumerate(quantities) if q.end <= end]
    run: list[int] = []
    for i in reversed(told):
        if run and not _NUMBERS_LINK.fullmatch(
            sentence, quantities[i].end, quantities[run[0]].begin
        ):
            break
        if run and quantities[i].unit != quantities[run[0]].unit:
            break
        run.insert(0, i)
    return run


def _split_names(names: str) -> list[str]:
    """ "receipts, disposals and caseload outstanding" → its three names; "Immigration and
    Asylum Chamber receipts and disposals" → two, split at the last "and"."""
    parts = re.split(r"\s*,\s*", names.strip())
    head, _, tail = parts[-1].rpartition(" and ")
    return [p for p in [*parts[:-1], head, tail] if p] if head else parts


_NUMBERS_LINK = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|vs\.?|versus)\s+")
_CHANGE_NOUNS = rf"(?:(?:{NOUN_RISE}|{NOUN_FALL})s?)"
# "(19% and 21%) in receipts and disposals (respectively)", "(22%) fall in PIP and UC"
_CHANGED_IN = re.compile(
    rf"\s+(?:(?P<noun>{_CHANGE_NOUNS})\s+)?(?:in|for|among)\s+(?P<names>[^;:()]+?(?:\([A-Z]{{2,}}\)[^;:()]*?)*)"
    r"\s*,?\s*",
    re.IGNORECASE,
)
# "(SSCS receipts, disposals and caseload outstanding) decreased (by 37%, …"
_NAMES_CHANGED_BY = re.compile(
    r"\s*(?P<names>[^;:]+?)\s+(?:both\s+|all\s+)?(?:increased|decreased|rose|fell|grew|"
    r"declined|dropped)\s*(?:,\s*|\(\s*)?by\s+",
    re.IGNORECASE,
)
_SHORT_NAME = re.compile(r"\(([A-Z]{2,})\)")
_TAIL = re.compile(r"(?:[a-z][\w-]*\s*)+$")


def _respectively(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "The West Coast and Gulf Coast prices rose to $2.59 and $2.08, respectively": each
    number is its own name's ("West Coast price", "Gulf Coast price")."""
    result = list(labels)
    for closing in _RESPECTIVELY.finditer(sentence):
        listed = list(_NAMED_LIST.finditer(sentence, 0, closing.start()))
        if not listed:
            result = _respectively_near(result, quantities, sentence, closing)
            continue
        names = re.split(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", listed[-1]["names"])
        told = [
            i
            for i, q in enumerate(quantities)
            if listed[-1].end() <= q.begin and q.end <= closing.start()
        ]
        if len(told) != len(names):
            result = _respectively_near(result, quantities, sentence, closing)
            continue
        noun = listed[-1]["noun"]
        noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        for i, name in zip(told, names, strict=True):
            result[i] = f"{_THE.sub('', name)} {noun}"
    return result


_GROUP_WORD = r"(?!(?:for|both|in|among|of|with|and|or|the|to)\b)[a-z][\w-]*"
_GROUP = rf"(?:the\s+)?{_GROUP_WORD}(?:\s+{_GROUP_WORD}){{0,2}}?"
# "rates of 56% and 55% for boys and girls respectively": the groups after the numbers.
_GROUPS_AFTER = re.compile(
    rf"\s+(?:for|in|among|of)\s+(?P<names>{_GROUP}(?:\s*,\s*{_GROUP})*,?\s+and\s+{_GROUP}),?\s*$"
)
# "for both boys and girls (70% and 71% respectively)": the groups before their bracket.
_GROUPS_BEFORE = re.compile(
    rf"(?:\bboth\s+)?(?P<names>{_GROUP}(?:\s*,\s*{_GROUP})*,?\s+and\s+{_GROUP})\s*\(\s*$"
)


# "England and Scotland": two names the label gives together.
# The first may have lost its capital at the start of the sentence ("england and Scotland").
_TWO_NAMES = re.compile(
    rf"(?P<first>[a-zA-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+and\s+(?P<second>{_NAME})"
)


# Two names that open a sentence as the subject of its verb.
_TWO_ACTORS = re.compile(
    rf"(?P<first>{_NAME})\s+and\s+(?P<second>{_NAME})\s+(?=(?:[a-z]+ed|cut)\b)"
)


def _names_paired(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "England and Scotland reduced emissions by 45% and 51%": two numbers joined by "and"
    after two names joined by "and" are each of its own name, in order, as "respectively"
    would say."""
    result = list(labels)
    for i in range(len(quantities) - 1):
        if not re.fullmatch(r"\s+and\s+", sentence[quantities[i].end : quantities[i + 1].begin]):
            continue
        names = _TWO_NAMES.search(result[i])
        actors = _TWO_ACTORS.match(sentence)
        if actors and _CHANGE_LABEL.match(result[i]) and not names:
            # "England and Scotland reduced emissions by 45% and 51%": the change in each
            result[i + 1] = f"{result[i]} in {actors['second']}"
            result[i] = f"{result[i]} in {actors['first']}"
        elif names and result[i] == result[i + 1]:
            both = names.group()
            first = names["first"]
            written = re.search(rf"\b{re.escape(first)}\b", sentence, re.IGNORECASE)
            result[i] = result[i].replace(both, written.group() if written else first, 1)
            result[i + 1] = result[i + 1].replace(both, names["second"], 1)
    return result


def _respectively_near(
    labels: list[str], quantities: Sequence[Quantity], sentence: str, closing: re.Match[str]
) -> list[str]:
    """Numbers told "respectively" of groups named in lower case, right after them ("rates
    of 56% and 55% for boys and girls respectively") or right before their bracket ("both
    boys and girls (70% and 71% respectively)"): each number is of its own group."""
    told = [i for i, q in enumerate(quantities) if q.end <= closing.start()]
    told = told[-2:] if len(told) >= 2 else []
    if not told:
        return labels
    after = _GROUPS_AFTER.fullmatch(sentence, quantities[told[-1]].end, closing.start())
    opening = sentence.rfind("(", 0, quantities[told[0]].begin)
    before = _GROUPS_BEFORE.search(sentence, 0, opening + 1) if opening >= 0 else None
    found = after or before
    if not found:
        return labels
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", found["names"])
    if len(names) != len(told):
        return labels
    result = list(labels)
    base = result[told[0]]  # "rates", for each group; or the groups alone
    own = _content(base) - _content(found["names"]) - {"both"}
    for i, name in zip(told, names, strict=True):
        result[i] = f"{base} for {_THE.sub('', name)}" if own else _THE.sub("", name)
    return result


_SHARE_TO_BRACKET = re.compile(r"\s+of\s+(?P<whole>[^()]{1,60}?)\s*\(\s*")
_PART_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+")


def _part_and_whole(labels: list[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """ "69% of cases (86 of 125) are outbreak-associated": the counts in brackets are the
    part the share speaks of ("cases outbreak-associated") and the whole ("cases")."""
    result = list(labels)
    for i in range(1, len(quantities) - 1):
        share, part, whole = quantities[i - 1 : i + 2]
        if share.unit not in SHARES or part.unit is not None or whole.unit is not None:
            continue
        opening = _SHARE_TO_BRACKET.fullmatch(sentence[share.end : part.begin])
        closes = sentence[whole.end :].lstrip().startswith(")")
        if not (opening and closes and _PART_OF_WHOLE.fullmatch(sentence[part.end : whole.begin])):
            continue
        words = [w for w in WORD.findall(opening["whole"]) if w.lower() not in DETERMINERS]
        result[i] = _SHARE_WORDS.sub("", result[i - 1])
        result[i + 1] = tidy(" ".join(words), sentence) or result[i + 1]
    return result


_OR = re.compile(r",?\s+(?:\(\s*)?or\s+")  # "10% lower (or 84 crimes)"
SHARES = frozenset({"%", "share"})
_SHARE_WORDS = re.compile(r"^(?:share of|percentage)\s+")


_NAMED_OR = re.compile(r"\s+[^,;()\d]{1,40},\s+or\s+")
_SHARE_OF_WHOLE = re.compile(r"^share of (\S+(?:\s+\S+)?)$")
# "persons aged 65 and older", "victims identified by police": a head and what is said of it.
_SAID_OF_HEAD = re.compile(
    r"^[\w'’-]+\s+(?P<what>(?:aged|ages|age|who|living|identified|referred)\b.+)$"
)


def _restated_with_or(
    labels: list[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "an increase of 2.4% or 48,100", "25.9 million or 7.9% of people": one fact told two
    ways; a number with no label of its own takes the other's, as a count or as a share."""
    result = list(labels)
    for i in range(1, len(quantities)):
        gap = sentence[quantities[i - 1].end : quantities[i].begin]
        whole = _SHARE_OF_WHOLE.match(result[i]) if quantities[i].unit in SHARES else None
        said = _SAID_OF_HEAD.match(result[i - 1]) if quantities[i - 1].unit is None else None
        if _NAMED_OR.fullmatch(gap) and whole and said:
            # "10.3 million persons, or 16.2% of the population, were aged 65 and older"
            result[i] = f"share of {whole[1]} {said['what']}"
            continue
        if not _OR.fullmatch(gap):
            continue
        for weak, strong in ((i, i - 1), (i - 1, i)):
            # "(down by $7 billion, or 4 percent)": the last in its bracket is named outside it
            closes = weak == i and sentence[quantities[i].end :].lstrip().startswith(")")
            if len(_content(result[weak])) > 1 and not closes:
                continue
            if not closes and len(_content(result[strong]) - _ONLY_COMPARING) <= len(
                _content(result[weak]) - _ONLY_COMPARING
            ):
                continue  # "about $5 billion (or 2 percent) lower than receipts": no better name
            weak_share = quantities[weak].unit in SHARES
            if quantities[strong].unit in SHARES and not weak_share:
                result[weak] = _SHARE_WORDS.sub("", result[strong])
            elif weak_share and _CHANGE_LABEL.match(result[strong]):
                result[weak] = _percentage_change(result[strong])
            elif weak_share and quantities[strong].unit is None:
                strong_label = result[strong]  # "rose by 16 000 or 0.3 per cent": a rate
                changed = _CHANGE_LABEL.match(strong_label)
                result[weak] = (
                    _percentage_change(strong_label) if changed else f"share of {strong_label}"
                )
    return result


# Words that say a number is compared, and with when, not what it counts: "a decrease from
# 25.1 million", "compared with 2,591 in the preceding period".
COMPARING_WORDS = frozenset(
    "decrease increase rise fall drop decline compared change preceding previous prior period "
    "year quarter month week day date time corresponding same last earlier ago opposed".split()
)


# Words that say only how a number compares or changes: "up than in the same", "the highest".
# "above the efficiency target", "away from the 2030 target": how far from a mark.
_DISTANCE = re.compile(r"^(?:above|below|away|short\s+of)\b", re.IGNORECASE)
_ONLY_COMPARING = frozenset(
    w.rstrip("s")  # as `_content` gives them
    for w in COMPARING_WORDS
    | set(
        "up down than similar compared was were is are had has have been by percent per cent "
        "point points higher lower less more fewer base compare compares comparison it they "
        "average then only previously also still further another again proportion level rate "
        "same rose risen increased grew grown climbed jumped gained fell fallen decreased "
        "declined dropped lost slipped narrowed widened ticked edged slightly sharply "
        "significantly slight sharp significant estimated expected forecast following "
        "growth reduction represents represented dropping rising falling increasing decreasing "
        "basis seasonally adjusted "
        "consistently week weeks ending ended record monthly quarterly annual yearly weekly "
        "followed follows each there percentage high low peak all-time".split()
    )
)
# "This is 5 percent up than in the same period", "This was an increase of 1.3%": about the
# figure told before it.
POINTS_BACK = re.compile(
    r"^\s*(?:this|that|it|these)\s+(?:is|was|are|were|represents|represented|compares|compared|"
    r"follows|followed|has|have|had|rose|fell|increased|decreased|grew|declined|dropped)\b",
    re.I,
)
_FROM_LEVEL = re.compile(r"\bfrom\s+[$€£]?$", re.I)
# "an increase of 5 per cent in the volume index of crop production": what changed.
_CHANGE_IN = re.compile(
    # past a bracket or the months it is measured over ("of 35% from September to October")
    r"(?:\s*\([^()]*\)|\s+from\s+[A-Z]\w+\s+(?:to|through)\s+[A-Z]\w+)?\s+in\s+(?!(?:comparison|contrast|line|total|addition|part|turn|general|particular|which|"
    r"whom|whose)\b)"
    r"(?:the\s+)?([A-Za-z][^,;.()]{2,60}?)\s*(?:[,;.()]|$)"
)
_DATED = re.compile(
    r"(?:(?:1[89]|20)\d\d|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|the\s+(?:first|second|third|fourth|last|same|previous)|"
    r"(?:first|second|third|fourth)\s+quarter|q[1-4])\b",
    re.I,
)
_WAY_AFTER = re.compile(r"\s*(higher|lower|more|less|fewer|up|down)\b", re.I)
_RISING = re.compile(rf"\b(?:up|higher|more|{RISE}|(?:{NOUN_RISE})s?)\b", re.IGNORECASE)
_FALLING = re.compile(rf"\b(?:down|lower|less|fewer|{FALL}|(?:{NOUN_FALL})s?)\b", re.IGNORECASE)


def in_the_place_named(
    labels: Sequence[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "… was in London, where there were 640 people this year compared to 710 people last
    year": the figures told after "where" are the place's."""
    where = _IN_PLACE_WHERE.search(sentence)
    if where is None:
        return list(labels)
    place = where["place"]
    return [
        f"{label} in {place}" if q.begin > where.end() and place not in label else label
        for label, q in zip(labels, quantities, strict=True)
    ]


def in_the_places_listed(
    labels: Sequence[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "… increased in Cork (up 11% to 2,376), Fingal (up 17% to 1,545) and Tipperary (…)":
    the change and level in each bracket are of the name before it."""
    brackets = list(_PLACE_BRACKET.finditer(sentence))
    if len(brackets) < 2:
        return list(labels)
    result = list(labels)
    for i, quantity in enumerate(quantities):
        held = [b for b in brackets if b.end() <= quantity.begin < sentence.find(")", b.end())]
        placed = _ENDS_IN_PLACE.search(result[i])  # "rise in Western Australia": its own
        if held and held[-1]["place"] not in result[i] and not placed:
            result[i] = f"{result[i]} in {held[-1]['place']}"
    return result


_ENDS_IN_PLACE = re.compile(r"\bin\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
# "Cork (up 11% to", "Fingal (down": a place, then its change in brackets
_PLACE_BRACKET = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+\("
    r"(?=(?:up|down|rising|falling|increasing|decreasing)\b)",
    re.IGNORECASE,
)


_IN_PLACE_WHERE = re.compile(
    r"\bin\s+(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}),\s+where\b"
)


def for_each_group(
    labels: Sequence[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "rents increased by 6%, 10% for LFA holdings and 1% for non-LFA farms": each item is
    what the list's first figure counts, for its group."""
    result = list(labels)
    for i in range(1, len(quantities)):
        if listed := listed_for_group(sentence, quantities, i):
            head, group = listed
            result[i] = f"{result[head]} for {group}"
    return result


def named_by_what_came_before(
    labels: Sequence[str], quantities: Sequence[Quantity], sentence: str, previous: str
) -> list[str]:
    """A label that says only how its number compares ("up than in the same period",
    "compared", "highest") names what the figure before it counts, in this sentence or, for
    "This is 5 percent up …", the main figure of the sentence before (`previous`)."""
    result = list(labels)
    for i, quantity in enumerate(quantities):
        told_after = _CHANGE_AFTER_COMMA.search(
            sentence, max(0, quantity.begin - 30), quantity.begin
        )
        if (
            quantity.unit is None
            and len(bare := _content(result[i])) == 1
            and (subject := subject_before(sentence, quantity.begin))
            and bare < _content(subject)
        ):
            # "Sexual crimes were 9% lower, decreasing from 1,211 to 1,105 crimes": the
            # subject's crimes, which the bare noun after the number only repeats
            result[i] = subject
            continue
        if (
            previous
            and _DATE_LEAD_IN.fullmatch(result[i])
            and _PEAK_OF.search(sentence, max(0, quantity.begin - 40), quantity.begin)
        ):
            # "… a noticeable increase, reaching a peak of almost 103,000 in the year ending
            # March 2023": what the sentence before counted, at its peak
            result[i] = f"{_CHANGE_LABEL.sub('', previous)} at peak"
            continue
        if _content(result[i]) - _ONLY_COMPARING and not (i and told_after):
            continue
        told = f"{result[i]} {sentence[max(0, quantity.begin - 12) : quantity.begin]}"
        way = "rise" if _RISING.search(told) else "fall" if _FALLING.search(told) else ""
        if not way and (said := _WAY_AFTER.match(sentence, quantity.end)):
            way = "rise" if _RISING.match(said[1]) else "fall"  # "Levels were 80% higher"
        if not way and i and _opens_bracket(sentence, quantity):
            # "A decrease of 3,570 (23.6 per cent)": the same change, as a rate
            host = _CHANGE_OF.search(
                sentence, max(0, quantities[i - 1].begin - 20), quantities[i - 1].begin
            )
            way = ("rise" if host["rise"] else "fall") if host else ""
        if _NEW_LEVEL.search(sentence, max(0, quantity.begin - 6), quantity.begin):
            way = ""  # "down 12.8% to 477,999": the level it fell to, not the fall
        if _FROM_LEVEL.search(sentence, max(0, quantity.begin - 8), quantity.begin):
            way = ""  # "ticked up slightly to 562 from 558": the level it came from
        if _DATE_THEN_BRACKET.search(sentence, max(0, quantity.begin - 20), quantity.begin):
            way = ""  # "8% lower in 2016/17 (443)": the level in that year, not the fall
        averaged = _AVERAGE_OF.search(sentence, max(0, quantity.begin - 24), quantity.begin)
        if averaged:
            way = ""  # "higher than the average of $49.3 billion": the average itself
        if (
            i
            and _opens_bracket(sentence, quantity)
            and _THAN.search(sentence, quantities[i - 1].end, quantity.begin)
        ):
            way = ""  # "9% lower than the average … (156)": the value compared with, not a fall
        # A change is of a level told before it ("1.36 billion bushels …, up 1% from …").
        named = [
            result[j]
            for j in range(i)
            if _content(result[j]) - _ONLY_COMPARING
            and not (way and quantities[j].unit in {"%", "percentage points"})
        ]
        # "43 (1.1%) of these deaths (down from 921 …)": a count names what a count counted
        alike = [
            result[j]
            for j in range(i)
            if _content(result[j]) - _ONLY_COMPARING and quantities[j].unit == quantity.unit
        ]
        named = alike or named
        if quantity.unit == "percentage points" and (
            rates := [
                result[j]
                for j in range(i)
                if quantities[j].unit == "%" and _content(result[j]) - _ONLY_COMPARING
            ]
        ):
            named = rates  # "67.8% of trains …, a decrease of 5.3pp": the rate moved in points
        # "Nationally, there was a 1% annual increase": of what the sentence before told
        pointed = POINTS_BACK.match(sentence) or _THERE_WAS.match(sentence)
        before = named[-1] if named else previous if pointed else ""
        if way and (of := _CHANGE_IN.match(sentence, quantity.end)) and not _DATED.match(of[1]):
            before = as_label(of[1])  # "an expected increase of 5 per cent in the volume index"
        if own := _AS_DID.search(sentence, 0, quantity.begin):
            # "…, as did the number of offences, down 12.8%": what fell is told there
            before = as_label(re.sub(r"^(?:the|a|an|its|their)\s+", "", own["what"], flags=re.I))
        # "The longer term trend showed a decrease of 15.9% compared to the base year"
        before = before or subject_before(sentence, quantity.begin)
        if not before or before.lower() in PRONOUNS | {"there"}:
            continue  # "There was no difference, with rates of 56% …": no subject
        before = _CHANGE_LABEL.sub("", before)  # the change of what changed, not of its change
        if not way and (run := _CONTINUED_ITS.match(before)):
            before = run["what"]  # "(… recorded a monthly decrease), bringing the total to N"
        if averaged:
            # "higher than the average of $49.3 billion": the average of what the clause is about
            before = subject_before(sentence, quantity.begin) or _FROM_AVERAGE_LABEL.sub("", before)
            result[i] = f"average {before}"
        else:
            result[i] = change_in(before, way, quantity.unit) if way else before
    return result


_CHANGE_OF = re.compile(rf"\b(?:(?P<rise>{NOUN_RISE})|{NOUN_FALL})\s+of\s+[$€£]?$", re.IGNORECASE)
# A label that is only the lead-in of a date: "(in the) year ending (March 2023)".
_DATE_LEAD_IN = re.compile(
    r"(?:(?:the\s+)?(?:year|quarter|month|week)s?\s+(?:ending|ended|to))?", re.I
)
_PEAK_OF = re.compile(
    r"\b(?:a|the|its|their)\s+(?:record\s+)?peak\s+of\s+(?:almost|nearly|about|around|over|some)?"
    r"\s*[$€£]?$",
    re.IGNORECASE,
)
_DATE_THEN_BRACKET = re.compile(
    r"(?:\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|\b(?:year|quarter|month|period))\s*\(\s*$", re.I
)
_AVERAGE_OF = re.compile(r"\b(?:average|mean)\s+of\s+[$€£]?$", re.IGNORECASE)
# "Nationally, there was a 1% … increase": a change with no subject of its own.
_THERE_WAS = re.compile(
    r"^(?:[^,;]{0,30},\s+)?there\s+(?:was|were|has\s+been|have\s+been)\s+an?\b", re.IGNORECASE
)
# Subjects that say only that something was counted: what, the figure before tells.
# … and a pronoun: "However, they fell 5% over the past year"
# Labels that say nothing of what was counted: "figure", an auxiliary left alone.
_SAID_NOTHING = frozenset({"figure", "has", "have", "had", "this", "these", "that"})
_GENERIC = frozenset("numbers number levels level figures totals counts they it".split())
# "down 12.8% to 477,999": what a change reached.
_NEW_LEVEL = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+|just\s+\w+\s+)?[$€£]?$")
# "…, as did the number of offences, down 12.8% to 477,999": a subject of its own.
_AS_DID = re.compile(
    r"\bas\s+(?:did|has|have|had|was|were|is|are)\s+(?:also\s+)?(?P<what>[^,;()]{3,60}?)"
    r"(?:,\s*|\s+)(?:up|down|rising|falling|increasing|decreasing)\b[^,;]*$",
    re.IGNORECASE,
)
# "… to $2.31 per gallon on December 26, up nearly 28 cents": a change of the figure before.
_CHANGE_AFTER_COMMA = re.compile(
    r"[,;]\s+(?:up|down)\s+(?:by\s+)?(?:nearly|almost|about|some|around|roughly|over)?\s*[$€£]?$",
    re.IGNORECASE,
)


# "annual percentage rise in …": what the label says changed follows it.
_CHANGED = re.compile(
    r"^(?:(?:annual|monthly|quarterly)\s+)?(?:percentage\s+)?"
    r"(?:rise|fall|change|increase|decrease)\s+in\s+(?=\S)"
)
_CHANGE_OPENING = re.compile(r"^(?:percentage\s+)?(?:rise|fall|change|increase|decrease)\s+in\b")
# A change measured over a year, a month or a quarter, as reports say it.
_SPANS = {"year": "annual", "month": "monthly", "quarter": "quarterly", "week": "weekly"}
_SPANS |= {span: span for span in _SPANS.values()}  # a span said as itself: "annual"
_COMPARED = re.compile(
    r"\b(?:from|on|over|compared\s+(?:with|to)|than)\s+(?:in\s+)?$", re.IGNORECASE
)
# "up 5% year-on-year", "over the year", "rose 1.0% in the 12 months to March"
_SPAN_SAID = re.compile(
    r"\b(?P<unit>year|month|quarter)[- ](?:on|over)[- ](?P=unit)\b|\bover\s+the\s+(?P<unit2>year)\b"
    # "fell 0.2 points on the quarter", "up 0.3% over the month"
    r"|\b(?:on|over)\s+the\s+(?P<unit6>month|quarter|year)\b(?!\s+(?:to|ending|ended)\b)"
    r"|\bin\s+the\s+(?:year|12\s+months|twelve\s+months)\s+to\b(?P<unit3>)"
    # "down 1.0% on the corresponding quarter of the previous year"
    r"|\b(?:same|corresponding)\s+(?:quarter|month|week|period)\s+(?:(?:of|in)\s+)?(?:the\s+)?"
    r"(?:previous|prior|preceding|last)\s+year\b(?P<unit5>)",
    re.IGNORECASE,
)
# "Compared with the previous month, prices rose by 0.3%": a comparison put first, its own
# phrase, over the clause after it.
_FRONTED_COMPARISON = re.compile(
    r"(?:^|[.;:]\s+)\W*(?:compared\s+(?:with|to)|relative\s+to|against)\s+(?:the\s+)?"
    r"(?:previous|prior|preceding|last)\s+(?P<unit>year|quarter|month|week)\s*,",
    re.IGNORECASE,
)
_NEXT_CLAUSE = re.compile(r"\b(?:but|whereas|while)\b|;")
_BASIS = re.compile(r"\bon\s+an?\s+(?P<span>annual|monthly|quarterly)\s+basis\b", re.IGNORECASE)


def over_what_span(
    label: str, before: str, after: str, near: tuple[str, str], heading: str, apart: str | None
) -> str:
    """A change's label says the span it is measured over when the words after it say so
    ("up 13% from last year" is the "annual percentage rise in corn production"), a basis
    before it ("On a monthly basis, CPI rose by 0.3%"), its noun next to it (`near`: "an
    annual decrease of"), the heading it is told under ("Annual comparison"), or the dates
    it compares (`apart`: "in Q4 2020 … compared to Q4 2019" is a year apart)."""
    if not _CHANGE_OPENING.match(label) or re.search(r"annual|monthly|quarterly|year", label):
        return label
    span = _span_after(after) or _span_before(before) or _span_named(*near)
    if span is None and (headed := _SPAN_HEADING.search(heading)):
        span = _SPANS.get(headed["span"].lower(), "annual")
    span = span or apart
    return f"{span} {label}" if span else label


def span_between(period: Period | None, compared: Period | None) -> str | None:
    """How far apart a figure's period and the period it is compared with are, as a change's
    label says it: a year ("annual"), a quarter after a quarter, or a month after a month."""
    if period is None or compared is None:
        return None
    days = [p.start for p in (period, compared) if len(p.start) == 10 and p.end is None]
    if len(days) == 2:  # "at 31 March 2023, … an increase of 10.0% from 31 March 2022"
        return (
            "annual"
            if int(days[0][:4]) - int(days[1][:4]) == 1 and days[0][4:] == days[1][4:]
            else None
        )
    mine, theirs = _months(period), _months(compared)
    if mine is None or theirs is None or mine[1] - mine[0] != theirs[1] - theirs[0]:
        return None
    length, apart = mine[1] - mine[0] + 1, mine[0] - theirs[0]
    if apart == 12:
        return "annual"
    if apart == length == 3:
        return "quarterly"
    return "monthly" if apart == length == 1 else None


def _months(period: Period) -> tuple[int, int] | None:
    """The first and last month of `period`, counted from year 0; None for days."""
    ends = (period.start, period.end or period.start)
    if not all(re.fullmatch(r"\d{4}(?:-\d\d)?", end) for end in ends):
        return None
    return month_count(ends[0]), month_count(ends[1], last=True)


# "Annual comparison", "Quarterly changes", "Year-on-year growth": a heading over changes
# measured over one span.
_SPAN_HEADING = re.compile(
    r"\b(?P<span>annual|quarterly|monthly|weekly|year-on-year|year-over-year)\s+"
    r"(?:comparisons?|changes?|growth|movements?)\b",
    re.IGNORECASE,
)


def _span_named(before: str, after: str) -> str | None:
    """ "an annual decrease of 30,957 (-13.6%)", "a 1% (451 persons) annual increase": the
    span the change's noun names, next to the figure, in its clause."""
    near = f"{_CLAUSE_BREAK.split(before)[-1]} # {_CLAUSE_BREAK.split(after)[0]}"
    named = _SPAN_NOUN.search(near)
    return named["span"].lower().replace("yearly", "annual") if named else None


_CLAUSE_BREAK = re.compile(r"[,;]\s")  # not the comma of "30,957"
_SPAN_NOUN = re.compile(
    r"\b(?P<span>annual|yearly|monthly|quarterly|weekly)\s+(?:percentage\s+)?(?:increase|decrease|"
    r"rise|fall|drop|decline|growth|change|reduction)\b",
    re.IGNORECASE,
)


def _span_after(after: str) -> str | None:
    for earlier in PREVIOUS.finditer(after):
        unit = earlier["unit"] or earlier["unit2"] or earlier["unit3"] or earlier["unit4"]
        if unit and _COMPARED.search(after, 0, earlier.start()):
            return _SPANS[unit.lower()]
        if earlier["unit5"] and _COMPARED.search(after, 0, earlier.start()):
            return f"{earlier['count'].lower()}-{earlier['unit5'].lower()}"  # "five-year"
    if said := _SPAN_SAID.search(after):
        return _SPANS[(said["unit"] or said["unit2"] or said["unit6"] or "year").lower()]
    return None


def _span_before(before: str) -> str | None:
    # "… less than in the same period last year but £30.4 billion more than in 2019": the
    # span of the clause before is not this one's
    before = _NEXT_CLAUSE.split(before)[-1]
    if basis := _BASIS.search(before):
        return basis["span"].lower()
    if fronted := _FRONTED_COMPARISON.search(before):
        return _SPANS[fronted["unit"].lower()]
    said = _SPAN_SAID.search(before)
    if said and said["unit5"] is not None:
        return "annual"  # "Compared with the same month last year, sales were up 3.2%"
    unit = said and (said["unit"] or said["unit6"])
    return _SPANS[unit.lower()] if unit else None


def told_as_change(figure: KeyFigure) -> KeyFigure:
    """A figure that is how much something changed says so: "25,000 people injured" read
    alone is a count of the injured, not the rise in them."""
    change = figure.change
    if change is None or change.by is None or change.after is not None or change.before:
        return figure
    if headline := _HEADLINE_WAY.match(figure.label):
        # "Carbon impact of waste down (1.1 million tonnes)": a headline's change, told plainly
        way = "rise" if change.by > 0 else "fall"
        since = headline["since"] or ""  # "… down 1.1 million tonnes since 2011"
        return replace(figure, label=change_in(headline["what"], way, figure.unit) + since)
    if _SAYS_A_CHANGE.search(figure.label) or _NO_SUBJECT.match(figure.label):
        return figure  # "from the two previous years": nothing named whose change it is
    # "-0.17%" signed already: "change in …", not a "fall" of a negative number
    way = "change" if _SIGNED.match(figure.display) or not change.by else "rise"
    way = "fall" if way == "rise" and change.by < 0 else way
    return replace(figure, label=change_in(figure.label, way, figure.unit))


_NO_SUBJECT = re.compile(r"(?:from|than|compared|since|over|on)\b", re.IGNORECASE)
_HEADLINE_WAY = re.compile(r"^(?P<what>.+?)\s+(?:up|down)(?P<since>\s+since\s+.+)?$", re.IGNORECASE)
_SAYS_A_CHANGE = re.compile(
    r"\b(?:rise|fall|increase|decrease|change|growth|decline|drop|gain|loss|cut|fewer|more|"
    r"up|down|higher|lower|reduction|rising|falling|increasing|decreasing|rose|fell|grew|"
    r"increased|decreased|declined)s?\b",
    re.IGNORECASE,
)


def named_by_the_lead(labels: Sequence[str], sentence: str) -> list[str]:
    """ "Total HP-CIAs: In 2014 0.67 mg/kg were sold, in 2021 0.12 mg/kg were sold …": a list
    item's lead names what its numbers count; a label that is only the verb ("sold",
    "percentage fall in sold") takes it ("Total HP-CIAs sold")."""
    lead = ITEM_LEAD.match(sentence)
    if lead is None:
        return list(labels)
    result = []
    for label in labels:
        verb = _ONLY_A_VERB.match(label)
        if verb and is_participle(verb["verb"]):
            label = f"{verb['change'] or ''}{lead['name']} {verb['verb']}"
        result.append(label)
    return result


_ONLY_A_VERB = re.compile(
    r"^(?P<change>(?:(?:annual|monthly)\s+)?(?:percentage\s+)?(?:rise|fall|change)\s+in\s+)?"
    r"(?P<verb>[a-z]+)$"
)


def without_fragments(labels: Sequence[str], previous: str) -> list[str]:
    """Labels that are fragments made whole: "killing" two is "people killed"; "party members
    for calling on …" counts "party members"; "All 10 were released" counts the ones the
    sentence before named: "party members released"."""
    result = []
    for label in labels:
        words = label.split()
        pronoun = 1 if words[:1] and words[0].lower() in {"it", "this", "they"} else 0
        verb = words[pronoun].lower() if len(words) > pronoun else ""
        told_of_it = len(words) <= 4 + pronoun and verb in _NO_NAME - {"figure", "since"}
        if ((len(words) == 1 and label.lower() in _NO_NAME) or told_of_it) and previous:
            # "This was a decrease of 3.3% since last year", "For males, this has increased
            # from 7.0 years", "Since then, it has crept up again to 10.4 litres": a sentence
            # about what the one before counted
            label = previous
        elif len(words) == 1 and (done := _HARMED.get(label.lower())):
            label = f"people {done}"
        elif len(words) > 2 and (purpose := _FOR_DOING.search(label)):
            label = label[: purpose.start()]
        elif (
            len(words) > 3
            and (than := _THAN_GROUP.search(label))
            and not _COMPARATIVE.search(label, 0, than.start())
        ):
            label = label[: than.start()] + label[than.end() :]
        elif (
            len(words) == 1
            and is_participle(label)
            and (head := _head_noun(previous))
            and not is_participle(head)  # "participated participated"
        ):
            label = f"{head} {label.lower()}"
        result.append(label)
    return result


# Words left as a label when the sentence names nothing of its own.
_NO_NAME = frozenset("since has have had figure".split())


# What was done to people, as a report counts it: "killing two", "injuring 15".
_HARMED = {
    f"{verb}ing": f"{verb}ed"
    for verb in "kill injur wound arrest detain displac rescu evacuat abduct deport".split()
}
# "… for calling on the government …": why, not what was counted.
_FOR_DOING = re.compile(r"\s+for\s+[a-z]+ing\b.*$")
# "(more likely to) die from drug misuse than females for males": whom the sentence compared
# with, not what was counted (but not in "more people emigrated than immigrated")
_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|greater|larger|smaller|other|rather)\b"
)
_THAN_GROUP = re.compile(
    r"\s+than\s+(?:the\s+|those\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:for|in|among)\b|$)"
)


def named_past_comparative(label: str, sentence: str, begin: int, previous: str) -> str:
    """ "North Sea haddock (above 83 per cent)", "this is higher than December 2024
    (1,890)": a label that is only a comparison's word names what the bracket of the figure
    at `begin` follows, a superlative's subject, or in a sentence that points back, what the
    sentences before counted (`previous`)."""
    if label.lower() not in _BARE_COMPARATIVES:
        return label
    if named := _NAME_THEN_BOUND.search(sentence, max(0, begin - 60), begin):
        return named["name"]
    if label.lower() in {"highest", "lowest"}:
        subject = subject_before(sentence, begin)  # "Atlantic City had the lowest"
        return subject if subject and subject.lower() not in _BARE_COMPARATIVES else label
    if POINTS_BACK.match(sentence):
        return previous or label  # "This is higher than December 2024"
    return label


# A label that is only a comparison's word says nothing of what was counted.
_BARE_COMPARATIVES = frozenset(
    "higher lower highest lowest above below away more less fewer greater larger smaller".split()
)
# "North Sea haddock (above 83 per cent)": the name a bounded figure's bracket follows.
_NAME_THEN_BOUND = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*\(\s*"
    r"(?:above|below|over|under|around|about|nearly|almost)\s+$",
    re.IGNORECASE,
)


def generic_named(labels: Sequence[str], previous: str, points_back: bool = False) -> list[str]:
    """ "While 29 children were in hospital …, numbers were up 91%", "Levels were 80% higher":
    a subject that says only that something was counted is what the figure before counted,
    in this sentence or the one before (`previous`); so is the bare noun of a sentence that
    `points_back` ("This is down by 250 people", after "2,440 people sleeping rough")."""
    result = list(labels)
    head = previous.lower().split()[:1]
    for i, label in enumerate(labels):
        changed = _CHANGED.match(label)
        opening = changed.end() if changed else 0
        bare = label[opening:].lower()
        if points_back and [bare] == head and len(previous.split()) > 1:
            result[i] = label[:opening] + _CHANGED.sub("", previous)
            continue
        if points_back and bare in _SAID_NOTHING and previous:
            result[i] = label[:opening] + _CHANGED.sub("", previous)  # "This has risen to 13%"
            continue
        if bare not in _GENERIC:
            continue
        named = [r for r in result[:i] if r.lower() not in _GENERIC and not _CHANGED.match(r)]
        if whole := (named[-1] if named else previous):
            result[i] = label[:opening] + _CHANGED.sub("", whole)
    return result


# "… schools has risen", "cash deficit is expected to narrow", "… special schools has": the
# verb that tells a change, which the figure's change and its label's opening say.
_TRAILING_VERB = re.compile(
    r"\s+(?:has|have|had|is|are|was|were)(?:\s+(?:also|been|expected\s+to|projected\s+to|"
    rf"forecast\s+to|set\s+to|likely\s+to))*(?:\s+(?:{RISE}|{FALL}|reduced|improved|rise|fall|"
    r"increase|decrease|reduce|grow|decline|drop|narrow|widen|improve))?$"
    # "general aviation fatalities ticked up slightly", "the poverty rate nearly doubled"
    rf"|(?:\s+(?:nearly|almost|more\s+than|roughly|then))?\s+(?!improved\b)(?:{RISE}|{FALL}|ticked\s+(?:up|down)|moved|doubled|tripled|quadrupled|halved)"
    r"(?:\s+(?:slightly|sharply|significantly|steadily|further|again|markedly|only|just|"
    # "the value of imports rose rather faster"
    r"rather|faster|slower|more\s+slowly|quickly|rapidly|strongly|modestly|considerably))*$"
    # "the proportion … did not change (20.9% in 2005 and 20.6% in 2009)"
    # "the average age of mothers continues to rise (, up 0.1 years)"
    r"|\s+(?:continues|continued|continue)\s+to\s+(?:rise|fall|grow|increase|decrease|decline)$"
    r"|\s+(?:did\s+not\s+change|didn['’]t\s+change|"
    r"(?:remained|was|were|stayed)\s+(?:unchanged|stable|steady|flat))$",
    re.I,
)


# "Growth was observed also in sugar prices (+32.5%)", "the most notable drop during a year
# was recorded for vegetable prices": a change, then where it was seen.
_SEEN_IN = re.compile(
    rf"^(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?P<rise>{NOUN_RISE})|{NOUN_FALL})\b(?:\s+[\w-]+){{0,3}}?"
    r"\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:also\s+)?"
    r"(?:observed|recorded|registered|seen|noted|reported)\s+(?:also\s+)?(?:in|for)\s+"
    r"(?:the\s+)?(?P<what>\S.*)$",
    re.IGNORECASE,
)


def seen_in(label: str, unit: str | None) -> str:
    """ "growth was observed also in sugar prices" is the "percentage rise in sugar
    prices"."""
    if not (seen := _SEEN_IN.match(label)):
        return label
    return change_in(seen["what"], "rise" if seen["rise"] else "fall", unit)


def without_verb(label: str, before: str, unit: str | None) -> str:
    """The label without a verb of change left at its end: "pupils in state-funded primary
    schools has fallen to 4.71 million" counts "pupils in state-funded primary schools"; a
    number the verb changed `by` (the text `before` it) is the change: "rise in …"."""
    record = _RECORD_END.search(label)
    if record and (reached := _REACHED.search(label, 0, record.start())):
        label = label[: reached.start()]  # "A&E attendances reached a record": what reached it
    if run := _CONTINUED_ITS.match(label):
        # "working-age population continued its seventh consecutive decline (by 4.7 million)"
        way = "rise" if run["way"].lower() in {"rise", "increase", "growth"} else "fall"
        return change_in(run["what"], way, unit)
    verb = _TRAILING_VERB.search(label)
    kept = label[: verb.start()] if verb else label
    if not verb or not _content(kept):
        return label
    if verb[0].strip().lower() == "raised" and kept.split()[-1].lower() in _FUNDS:
        return label  # "The total raised stands at over £48 billion": what was raised
    told = f"{verb[0]} {before}"  # "… has" "decreased by 12,300 ("
    rising = _RISING.search(told)
    if _BY_AMOUNT.search(before) and (rising or _FALLING.search(told) or "reduc" in told):
        return change_in(kept.removeprefix("share of "), "rise" if rising else "fall", unit)
    return kept


_FUNDS = frozenset("total amount sum money funds funding revenue capital".split())
_REACHED = re.compile(
    r"\s+(?:reached|reaches|hit|hits|set|sets|was|were|is|are|stood\s+at|at)$", re.IGNORECASE
)
_RECORD_END = re.compile(
    r"\s+an?\s+(?:new\s+|all-time\s+|series\s+)?(?:record|high|low|peak)(?:\s+(?:high|low|level))?$",
    re.IGNORECASE,
)
# "Dublin share of flights": a part's share of a whole, named by both.
_PART_SHARE = re.compile(r"^(?P<part>(?!percentage\b).+?)\s+share\s+of\s+(?P<whole>\S.*)$")
_RATE_TO = re.compile(r"\s+to\s+(?:reach\s+)?[$€£¥]?\s*")
_PER_YEAR_WORDS = frozenset("per annum year each annually".split())
# The verbs of change before a number: whether the last one is a rise.
_LAST_CHANGE = re.compile(rf"\b(?:({RISE}|{NOUN_RISE})|{FALL}|{NOUN_FALL})\b", re.I)
# "Broadcasters saw growth (of 44.9%)", "sales experienced a decline": a change the subject had
_CONTINUED_ITS = re.compile(
    r"^(?P<what>.+?)\s+(?:continued|extended|saw|recorded|posted|experienced|registered|showed)"
    r"\s+(?:(?:its|their|a|an)\s+)?(?!(?:the|to)\b)"
    r"(?:[\w-]+\s+){0,3}?(?P<way>decline|fall|decrease|drop|rise|increase|growth)$",
    re.IGNORECASE,
)
# "has risen by 71,100", "decreased by 12,300 (0.3%)", "forecast to increase $6 to $172": the
# amount of a change.
_BY_AMOUNT = re.compile(
    rf"(?:\bby|\b(?:{RISE}|{FALL}|increase|decrease|rise|fall|grow|decline|drop))\s+"
    r"(?:[\d,.]+\s*\(\s*)?[$€£]?$",
    re.I,
)


def of_the_named(labels: Sequence[str], quantities: Sequence[Quantity], sentence: str) -> list[str]:
    """A change told in brackets after a name is that name's: "…, followed by Malta (6%)" is
    the "percentage rise in Malta", not a bare "percentage rise" for the sentence before to
    fill."""
    return [
        f"{label} in {named['name']}"
        if _BARE_CHANGE.fullmatch(label)
        and (named := _NAME_BRACKET.search(sentence, 0, quantity.begin))
        else label
        for label, quantity in zip(labels, quantities, strict=True)
    ]


_BARE_CHANGE = re.compile(r"(?:(?:annual|monthly|quarterly)\s+)?(?:percentage\s+)?(?:rise|fall)")
_NAME_BRACKET = re.compile(r"\b(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\(\s*$")


def share_and_its_count(
    labels: Sequence[str], quantities: Sequence[Quantity], sentence: str
) -> list[str]:
    """ "31% (around 791,000 households) of all households were in fuel poverty": the share
    and its count, both of the households in fuel poverty (the bracket parts the share from
    what it is of)."""
    result = list(labels)
    for i in range(len(quantities) - 1):
        told = _SHARE_THEN_COUNT.match(sentence, quantities[i].end)
        count = quantities[i + 1]
        if quantities[i].unit in SHARES and told and told.start("count") <= count.begin:
            what = f"{told['noun'].lower()} {told['what'].strip()}"
            result[i], result[i + 1] = f"share of {what}", what
    return result


_SHARE_THEN_COUNT = re.compile(
    r"\s*\(\s*(?P<count>(?:around|about|some|nearly|almost|over)?\s*[\d,.]+"
    r"(?:\s+(?:million|thousand))?)\s+(?P<noun>[a-z]+)\s*\)\s+of\s+(?:all\s+|the\s+)?(?P=noun)\s+"
    r"(?:were|was|are|is)\s+(?P<what>[^,;.()]{3,60})",
    re.IGNORECASE,
)


def said_to_change(label: str, unit: str | None, change: Change | None) -> str:
    """A rate of change labelled without its direction says it ("28% lower at £2.9 billion"
    is the "percentage fall in value of production")."""
    if change is not None and change.by and (fewer := _FEWER.match(label)):
        # "219 fewer fatalities … than in 2013": the fall in fatalities
        return change_in(fewer["what"], "rise" if change.by > 0 else "fall", unit)
    if change is not None and change.by and (way := _WAY_SAID.match(label)):
        # "remained 131.5 per cent higher than …" after "The largest fall was in Queensland":
        # the label taken from the fall goes the way its own number does
        said = "rise" if change.by > 0 else "fall"
        return f"{label[: way.start('way')]}{said}{label[way.end('way') :]}"
    if change is None or change.by is None or change.after is not None or unit not in SHARES:
        return label
    if _CHANGE_LABEL.match(label) or not _content(label) - _ONLY_COMPARING:
        return label
    if _NAMES_A_CHANGE.search(label):
        return label  # "annual price change in the Pacific division" says it already
    if label.split(" ", 1)[0].lower() in {"up", "down", "from", "than", "compared", "in", "on"}:
        return label  # "up than in the same …": no subject to name
    # "an increase of 1,295 cases (16%)": a rate of change, no share of the cases
    return change_in(label.removeprefix("share of "), "rise" if change.by > 0 else "fall", unit)


_NAMES_A_CHANGE = re.compile(r"\bchanges?\b", re.IGNORECASE)
_WAY_SAID = re.compile(
    r"^(?:(?:annual|monthly|quarterly|weekly)\s+)?(?:percentage\s+)?(?P<way>rise|fall)\s+in\s+"
)
_FEWER = re.compile(r"^(?:fewer|more|less)\s+(?P<what>\S.*)$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^[^:]{1,40}:\s")
# "The highest criminal incident rates in Local Government Areas in 2021 were:": the measure
# a list's items each give for a place or a group.
_MEASURE_INTRO = re.compile(
    r"^(?:the\s+)?(?:(?:highest|lowest|largest|smallest|biggest|top|main|leading)\s+)"
    r"(?P<what>[^,:;()]+?)(?:\s+(?:in|among|for|by|across)\s+[^:]*)?\s+(?:were|are|was|is)\s*:\s*$",
    re.IGNORECASE,
)
# "Melbourne (14,717.3 incidents …": the item named before its bracket.
_ITEM_NAME = re.compile(r"^\s*(?P<name>[^()\d:;,]{2,50}?)\s*\(")


def measured_in(figure: KeyFigure, intro: str, lead: str = "") -> KeyFigure:
    """ "The highest criminal incident rates … were:" then "- Melbourne (14,717.3 …, up
    0.9%)": the item's numbers are the "criminal incident rate in Melbourne" and its change;
    "Guest nights were up in 8 of the 12 regional areas. The largest increases were in:"
    then "- Canterbury – up 14,000": the "rise in guest nights in Canterbury"."""
    measure = _MEASURE_INTRO.match(intro) or _measure_said(intro) or _measure_said(lead)
    sentence = figure.sentence or ""
    item = _ITEM_NAME.match(sentence) or _ITEM_MOVED_NAME.match(sentence)
    if not (measure and item):
        return figure
    name = item["name"].strip()
    changed = _CHANGE_LABEL.match(figure.label)
    own = figure.label[changed.end() :] if changed else figure.label
    if own.lower() != name.lower():
        return figure
    what = measure["what"].strip()
    what = what[0].lower() + what[1:] if what[1:2].islower() else what
    # "criminal incident rates": each item has a rate
    what = what[:-1] if _MEASURES_IN_PLURAL.search(what) else what
    opening = figure.label[: changed.end()] if changed else ""
    return replace(figure, label=f"{opening}{what} in {name}")


def _measure_said(sentence: str) -> re.Match[str] | None:
    """ "Guest nights decreased for two of the four accommodation types:": what the list's
    items each give a value of, the subject of the sentence that leads to it; not "The
    largest increases", which says only how they are ranked."""
    said = _SUBJECT_SAID.match(sentence)
    if said is None or _RANKING_WORDS.search(said["what"]):
        return None
    return said


# (not "These were offset by falls in:", whose subject is a pronoun and "falls" a noun)
_SUBJECT_SAID = re.compile(
    r"^\s*(?:the\s+)?(?P<what>(?!(?i:these|those|they|this|it)\b)[A-Za-z][\w-]*"
    r"(?:\s+(?!(?:were|was|are|is|been|by)\b)[a-z][\w-]*){0,3}?)\s+(?:(?:were|was|are|is)\s+"
    rf"(?:up|down|higher|lower)|{RISE}|{FALL}|increased|decreased)\b",
)
_RANKING_WORDS = re.compile(
    rf"\b(?:largest|highest|lowest|smallest|biggest|greatest|most|top|{NOUN_RISE}|{NOUN_FALL})",
    re.IGNORECASE,
)
_MEASURES_IN_PLURAL = re.compile(
    r"\b(?:rates|levels|numbers|totals|counts|figures)$", re.IGNORECASE
)
# "Canterbury – up 14,000 (4.7 percent)", "West Coast up 8,000": a list item, named, then moved.
_ITEM_MOVED_NAME = re.compile(
    r"^\s*(?P<name>[A-Za-z][^–—:;.()\d]{0,50}?)\s*(?:[–—:]\s*(?:unchanged,\s*)?|\s)(?:up|down)\b"
)


def item_label(figure: KeyFigure, heading: str) -> KeyFigure:
    """ "- Under 5 years: 57" under the heading "Total cases": the item names a class of what
    the heading counts, "under 5 years: total cases"."""
    sentence = figure.sentence or ""
    item = _LIST_ITEM.match(sentence)
    name = sentence[: item.end()].strip(" :") if item else ""
    if not name or not heading or GENERIC_HEADING.match(heading.strip()):
        return figure
    if not _content(figure.label) <= _content(name) or _content(heading) <= _content(name):
        return figure
    return replace(figure, label=f"{as_label(name)}: {as_label(heading.strip())}")


_CHANGE_LABEL = re.compile(
    r"^(?:average\s+)?(?:(?:annual|monthly|quarterly|weekly)\s+)?(?:percentage\s+)?"
    r"(?:rise|fall|increase|decrease|change)\s+in\s+"
)
_SIGNED = re.compile(r"^[+\-\u2212]|^\(?\s*(?:up|down)\b", re.IGNORECASE)


def _is_change_share(sentence: str, quantities: Sequence[Quantity], i: int, place: Placed) -> bool:
    """A percentage in brackets after a count that says by how much it changed: signed
    ("77,800 (+5.0%)"), after "up"/"down", or after a count that is itself a change ("rose
    by 1,000 (0.1 percent)")."""
    host = quantities[place.related] if place.related is not None else None
    if (
        quantities[i].unit != "%"
        or host is None
        or (host.unit is not None and not is_money(host.unit))
    ):
        return False
    opening = sentence[host.end : quantities[i].begin].strip()
    signed = _SIGNED.search(quantities[i].display) or _SIGNED.search(opening.lstrip("("))
    before = [w.lower() for w in WORD.findall(sentence[max(0, host.begin - 25) : host.begin])]
    changed = len(before) >= 2 and before[-1] == "by" and before[-2] in CHANGE_VERBS
    # "(DPI) increased $39.6 billion (0.3 percent)": an amount changed, and by what rate
    changed = changed or bool(before and before[-1] in CHANGE_VERBS)
    return bool(signed or changed)


def _percentage_change(related: str) -> str:
    """ "percentage rise in employment" for a change labelled "rise in employment"."""
    if _CHANGE_LABEL.match(related):
        return related if related.startswith("percentage") else f"percentage {related}"
    return f"percentage change in {related}"


def _is_share_of_count(quantities: Sequence[Quantity], i: int, place: Placed) -> bool:
    host = quantities[place.related] if place.related is not None else None
    return quantities[i].unit in SHARES and host is not None and host.unit is None


# ", up", or with the figure's date between: "$367 in the third quarter of 2012, up 1.8 percent"
_CHANGE_AFTER = re.compile(
    r"(?:\s+(?:in|for|during|of)\s+[^,;()]{1,40})?,\s*(?P<way>up|down)\s+(?:by\s+)?$", re.IGNORECASE
)


def _change_of(sentence: str, quantities: Sequence[Quantity], i: int) -> tuple[int, str] | None:
    """The figure right before ", up …" or ", down …", and which way it changed."""
    if i == 0:
        return None
    before = sentence[quantities[i - 1].end : quantities[i].begin]
    if match := _CHANGE_AFTER.fullmatch(before):
        return i - 1, match["way"].lower()
    return None


# "– 125 more than the previous week": how much the figure before it grew.
_MORE_THAN_BEFORE = re.compile(rf"\s+(more|fewer|less)\s+than\s+(?:{PREVIOUS.pattern})", re.I)


_THAN = re.compile(r"\bthan\b", re.I)


def _opens_bracket(sentence: str, quantity: Quantity) -> bool:
    return sentence[: quantity.begin].rstrip(" $").endswith(("(", "["))


# "1.9% (or 554,000 people in this age group)": the same part told as a count, in its own words.
_AT_RATE = re.compile(r"[(\[]\s*(?:at\s+)?(?:a|the)\s+rate\s+of\s+(?:about\s+)?$", re.I)
_RESTATING = re.compile(r"[(\[]\s*(?:or|i\.e\.,?)\s+(?:about\s+|some\s+)?[$€£]?\s*$", re.I)


def _joined(label: str, link: str, whole: str) -> str:
    """ "women among victims identified"; a part named by where it is ("Among the started
    dwellings, 17 500 are in multi-dwelling buildings") follows its whole."""
    if label.split(" ", 1)[0].lower() in _ELIDING:
        words = f"{link.removeprefix('among')} {whole} {label}".split()
    else:
        words = f"{label} {link} {whole}".split()
    return _trimmed(words)


def _trimmed(words: list[str]) -> str:
    """At most `MAX_CONTEXT_WORDS` words, with no word left hanging where the cut fell ("…
    aged 11-15 visited a")."""
    words = words[:MAX_CONTEXT_WORDS]
    while len(words) > 1 and words[-1].lower() in STOPS | DETERMINERS:
        words.pop()
    return " ".join(words)


def _is_weak(label: str, related: str) -> bool:
    """A label that says nothing of its own: "compared", "victims" beside "victims identified"."""
    own = _content(label)
    return len(own) <= 1 or own <= _content(related) or label in {"figure", "compared"}


def _content(label: str) -> set[str]:
    return {
        w.rstrip("s")
        for w in re.findall(r"[\w'’-]+", label.lower())
        if w not in DETERMINERS and w not in STOPS and w != "figure" and not w.isdigit()
    }
