"""Scores of extraction against real reports labelled by hand (tests/data/real/).

A found figure matches a labelled one when one of its sentences (or table cells) holds the
label's quote and its value is the label's; a label's restatements (`also`) must be among
the same figure's sentences, and a second figure for one fact counts as an extra. Events
match by quote and start date. The measures:

- figure recall and precision; period, unit and label agreement of the matched figures
  (label: the share of the hand label's words, stemmed, that our label has; words of a change
  that say the same, "increase" and "rise", agree, and "rise" or "fall" tells a "change");
- event recall, and precision "as read": an event counts as right only when it matches a
  labelled event and its text has the label's key words and reads alone;
- traps taken: a figure from a `not_figures` text, an event from a `not_events` one.

`python -m tests.scoring` prints the table for every document, tuning and held-out apart.
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.model import Event, Findings, KeyFigure

REAL = Path(__file__).parent / "data" / "real"
TUNING, HELD_OUT = REAL / "tuning", REAL / "heldout"
STOPWORDS = frozenset(
    "a an the of in on for to by with from at as and or its their his her than per "
    "who which that were was is are be been had has have into among".split()
)
# Words an event's text must not end on: what is left where a date or clause was cut.
DANGLING = frozenset(
    "a an the of in on for to by with from at as and or than since until through during "
    "between after before about around which that who whose".split()
)
MAX_EVENT_WORDS = 30


def documents(folder: Path) -> list[Path]:
    """The labelled documents of `folder` (a document still being labelled is left out)."""
    return sorted(p for p in folder.glob("*.md") if p.with_suffix(".labels.json").is_file())


def labels_of(document: Path) -> dict:
    return json.loads(document.with_suffix(".labels.json").read_text(encoding="utf-8"))


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def stem(word: str) -> str:
    """A crude stem, enough to compare labels: "victims" and "victim", "identified" and
    "identify", "tonnes" and "tonne" come out the same."""
    word = word.lower().strip("'’")
    for suffix in ("ies", "ied", "ing", "es", "ed", "s", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_stems(text: str) -> set[str]:
    return {
        _SAME_WORD.get(s, s)
        for w in re.findall(r"[\w'’]+", text.lower())
        if w not in STOPWORDS
        for s in [stem(w)]
    }


# Words of a change that say the same thing: "increase in sales" and "rise in sales" agree.
_SAME_WORD = {
    stem(word): way
    for way, words in (
        ("rise", "rise rose risen increase increased growth grew gain"),
        ("fall", "fall fell fallen decrease decreased decline declined drop dropped reduction"),
        ("annual", "annual yearly annually"),
    )
    for word in words.split()
}


def label_overlap(wanted: str, found: str) -> float:
    """The share of the hand label's content words that the found label has; a hand label's
    "change" is told by a found "rise" or "fall" (which say its way too)."""
    want, have = content_stems(wanted), content_stems(found)
    if "rise" in have or "fall" in have:
        have.add(stem("change"))
    return len(want & have) / max(len(want), 1)


def same_unit(a: str | None, b: str | None) -> bool:
    """ "deaths per 100,000" is the unit a labeller may write "death per 100,000"."""
    if a is None or b is None:
        return a is b
    return [stem(w) for w in norm(a).split()] == [stem(w) for w in norm(b).split()]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= max(0.01 * abs(b), 0.001)


@dataclass
class Score:
    """Counts for one document or a set of them; `notes` say what went wrong, and where."""

    figures_labelled: int = 0
    figures_found: int = 0
    figures_matched: int = 0
    periods_right: int = 0
    units_right: int = 0
    label_overlap: float = 0.0
    extras_right: int = 0  # conversions and changes that agree (two checks a figure)
    events_labelled: int = 0
    events_found: int = 0
    events_matched: int = 0
    events_read_right: int = 0
    traps: int = 0
    # not in the repr: a failed floor must not show the held-out documents' notes
    notes: list[str] = field(default_factory=list, repr=False)

    def __iadd__(self, other: Score) -> Score:
        for name in self.__dataclass_fields__:
            if name != "notes":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.notes += other.notes
        return self

    @property
    def recall(self) -> float:
        return self.figures_matched / max(self.figures_labelled, 1)

    @property
    def precision(self) -> float:
        return self.figures_matched / max(self.figures_found, 1)

    @property
    def periods(self) -> float:
        return self.periods_right / max(self.figures_matched, 1)

    @property
    def units(self) -> float:
        return self.units_right / max(self.figures_matched, 1)

    @property
    def labels(self) -> float:
        return self.label_overlap / max(self.figures_matched, 1)

    @property
    def changes(self) -> float:
        """Conversions and changes that agree with the labels (both absent counts too)."""
        return self.extras_right / max(2 * self.figures_matched, 1)

    @property
    def event_recall(self) -> float:
        return self.events_matched / max(self.events_labelled, 1)

    @property
    def events_as_read(self) -> float:
        """Of the events found, the share that are labelled events told in a text that
        reads alone (a comparison-year event or broken text counts as wrong)."""
        return self.events_read_right / max(self.events_found, 1)


def score(findings: Findings, labels: dict, name: str = "") -> Score:
    result = Score()
    extra_figures = _score_figures(list(findings.figures), labels["figures"], name, result)
    extra_events = _score_events(list(findings.timeline), labels["events"], name, result)
    _score_traps(extra_figures, extra_events, labels, name, result)
    return result


def _statements(item: KeyFigure | Event) -> list[str]:
    return [norm(s.text or "") for s in item.statements]


def _holds(item: KeyFigure | Event, label: dict, quote: str) -> bool:
    texts = _statements(item)
    if "row" in label or "column" in label:
        heads = [norm(label.get("row") or ""), norm(label.get("column") or "")]
        return any(norm(quote) in t and all(h in t for h in heads) for t in texts)
    return any(norm(quote) in t for t in texts)


def _score_figures(
    found: list[KeyFigure], labels: list[dict], name: str, result: Score
) -> list[KeyFigure]:
    """Match `found` against `labels`; the figures that match none come back."""
    result.figures_labelled += len(labels)
    result.figures_found += len(found)
    left = list(found)
    for label in labels:
        where = f"{name}: {label['quote'][:50]!r} = {label['value']}"
        # the nearest value: "from 13.7 in 2016 to 13.6 in 2017" holds two values within 1%
        match = min(
            (
                f
                for f in left
                if close(f.value, label["value"]) and _holds(f, label, label["quote"])
            ),
            key=lambda f: abs(f.value - label["value"]),
            default=None,
        )
        if match is None:
            result.notes.append(f"figure missed: {where}")
            continue
        left.remove(match)
        result.figures_matched += 1
        _compare_figure(match, label, where, result)
    for extra in left:
        result.notes.append(f"figure extra: {name}: {extra.display!r} in {extra.sentence!r:.70}")
    return left


def _compare_figure(found: KeyFigure, label: dict, where: str, result: Score) -> None:
    period = found.period and {"start": found.period.start, "end": found.period.end}
    wanted = label["period"] if label["period"] and label["period"].get("start") else None
    if same_period(period, wanted):
        result.periods_right += 1
    else:
        result.notes.append(f"period: {where}: {_period(period)} != {_period(wanted)}")
    if same_unit(found.unit, label["unit"]):
        result.units_right += 1
    else:
        result.notes.append(f"unit: {where}: {found.unit!r} != {label['unit']!r}")
    overlap = label_overlap(label["label"], found.label)
    result.label_overlap += overlap
    if overlap < 0.75:
        result.notes.append(f"label: {where}: {found.label!r} for {label['label']!r}")
    for also in label.get("also") or []:
        # A restatement is a quote, or a table cell: {"quote", "row", "column"}.
        cell = also if isinstance(also, dict) else {}
        quote = cell.get("quote", also) if cell else also
        if not _holds(found, cell, quote):
            result.notes.append(f"restatement not joined: {where}: {quote[:50]!r}")
    _compare_extras(found, label, where, result)


def _compare_extras(found: KeyFigure, label: dict, where: str, result: Score) -> None:
    """A conversion or a change the label gives, or the figure has, must agree."""
    converted = found.converted and {"value": found.converted.value, "unit": found.converted.unit}
    wanted = label.get("converted")
    if bool(converted) != bool(wanted) or (
        wanted and converted and not close(converted["value"], wanted["value"])
    ):
        result.notes.append(f"converted: {where}: {converted} != {wanted}")
    else:
        result.extras_right += 1
    change = found.change and {
        "from": found.change.before,
        "to": found.change.after,
        "by": found.change.by,
    }
    wanted = label.get("change")
    if bool(change) != bool(wanted) or (
        wanted and change and not all(close(change[k], wanted.get(k)) for k in ("from", "by"))
    ):
        result.notes.append(f"change: {where}: {change} != {wanted}")
    else:
        result.extras_right += 1


def same_period(found: dict | None, wanted: dict | None) -> bool:
    """The same days at another precision, or one split year ("2016-17") told two ways: as
    its two years (the precision of the words) or as the twelve months the report says its
    years run (July 2016 to June 2017). LABELLING.md allows both."""
    if days(found) == days(wanted):
        return True
    if not found or not wanted:
        return False
    (way, year), (other_way, other_year) = _split_year(found), _split_year(wanted)
    return year is not None and year == other_year and {way, other_way} == {"years", "months"}


def _split_year(period: dict) -> tuple[str, int | None]:
    """("years", 2016) for 2016–2017, ("months", 2016) for twelve months from 2016 into
    2017, else ("", None)."""
    first, last = period["start"], period.get("end") or ""
    if len(first) == len(last) == 4 and int(last) == int(first) + 1:
        return "years", int(first)
    if len(first) == len(last) == 7 and int(last[:4]) == int(first[:4]) + 1:
        months = (int(last[:4]) * 12 + int(last[5:])) - (int(first[:4]) * 12 + int(first[5:]))
        if months == 11:
            return "months", int(first[:4])
    return "", None


def days(period: dict | None) -> tuple[str, str] | None:
    """The first and last day of a period: "2011" and "2011-01 to 2011-12" are one span of
    time, written at two precisions, and agree."""
    if not period:
        return None
    first, last = period["start"], period.get("end") or period["start"]
    first += "-01-01"[len(first) - 4 :] if len(first) < 10 else ""
    if len(last) == 4:
        last += "-12-31"
    elif len(last) == 7:
        year, month = int(last[:4]), int(last[5:])
        last += f"-{calendar.monthrange(year, month)[1]:02d}"
    return first, last


def _same_start(event: Event, label: dict) -> bool:
    """An event matches a labelled one by its start date, or by the same split year."""
    return event.start == label["start"] or same_period(
        {"start": event.start, "end": event.end}, {"start": label["start"], "end": label.get("end")}
    )


def _period(period: dict | None) -> str:
    if not period:
        return "none"
    return period["start"] + (f"–{period['end']}" if period.get("end") else "")


def _score_events(found: list[Event], labels: list[dict], name: str, result: Score) -> list[Event]:
    """Match `found` against `labels`; the events that match none come back."""
    result.events_labelled += len(labels)
    result.events_found += len(found)
    left = list(found)
    for label in labels:
        where = f"{name}: {label['start']} {label['quote'][:50]!r}"
        match = next(
            (e for e in left if _same_start(e, label) and _holds(e, {}, label["quote"])), None
        )
        if match is None:
            result.notes.append(f"event missed: {where}")
            continue
        left.remove(match)
        result.events_matched += 1
        problem = text_problem(match.text, label.get("text_words") or [])
        if problem:
            result.notes.append(f"event text: {where}: {problem}: {match.text!r}")
        else:
            result.events_read_right += 1
    for extra in left:
        result.notes.append(f"event extra: {name}: {extra.start} {extra.text!r:.80}")
    return left


def text_problem(text: str, words: Iterable[str]) -> str | None:
    """Why an event's text does not read alone, or None when it does."""
    lowered = text.lower()
    missing = [w for w in words if w.lower() not in lowered]
    if missing:
        return f"lacks {missing}"
    tokens = re.findall(r"[\w'’]+", lowered)
    if not tokens:
        return "empty"
    if tokens[-1] in DANGLING:
        return f"ends on {tokens[-1]!r}"
    if len(tokens) > MAX_EVENT_WORDS:
        return f"{len(tokens)} words"
    if text.count("(") != text.count(")"):
        return "cut inside brackets"
    if re.search(r"\b(?:a)\s+[aeiou]\w", lowered) and not re.search(r"\ba\s+(?:u|one|eu)", lowered):
        return "a hole where a word was cut"
    if re.search(r"\s[,.;:]|\(\s*\)|\b(?:of|in|on|from|to)\s*[,.;:]", text):
        return "a hole where a date was cut"
    return None


def _score_traps(
    figures: list[KeyFigure], events: list[Event], labels: dict, name: str, result: Score
) -> None:
    """A trap is taken when a figure or event that matches no label comes from a text the
    labels say is not one."""
    for text in labels.get("not_figures") or []:
        digits = set(re.findall(r"\d+", text))
        for figure in figures:
            shown = set(re.findall(r"\d+", figure.display))
            if shown and shown <= digits and any(norm(text) in t for t in _statements(figure)):
                result.traps += 1
                result.notes.append(f"trap (figure): {name}: {figure.display!r} from {text!r}")
    for trap in labels.get("not_events") or []:
        for event in events:
            if event.start == trap.get("date") and _holds(event, {}, trap["quote"]):
                result.traps += 1
                result.notes.append(f"trap (event): {name}: {event.start} from {trap['quote']!r}")


def table(rows: list[tuple[str, Score]]) -> str:
    head = (
        "| document | figures | recall | precision | periods | units | labels | changes "
        "| events | recall | as read | traps |"
    )
    lines = [head, "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, s in rows:
        lines.append(
            f"| {name} | {s.figures_labelled} | {s.recall:.2f} | {s.precision:.2f} "
            f"| {s.periods:.2f} | {s.units:.2f} | {s.labels:.2f} | {s.changes:.2f} "
            f"| {s.events_labelled} "
            f"| {s.event_recall:.2f} | {s.events_as_read:.2f} | {s.traps} |"
        )
    return "\n".join(lines)


def score_folder(folder: Path) -> list[tuple[str, Score]]:
    from briefing.extract import extract
    from briefing.readers import read

    rows = []
    total = Score()
    for document in documents(folder):
        one = score(extract(read(document)), labels_of(document), document.stem)
        total += one
        rows.append((document.stem, one))
    rows.append((f"**all {folder.name}**", total))
    return rows


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    for folder in (TUNING, HELD_OUT):
        rows = score_folder(folder)
        print(f"\n{folder.name}\n\n{table(rows)}")
        if verbose and folder == TUNING:
            print("\n".join(rows[-1][1].notes))


if __name__ == "__main__":
    main(sys.argv[1:])
