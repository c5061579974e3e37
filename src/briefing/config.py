"""The sidecar (`sources/NAME.yaml`) and a Markdown source's front matter, which take
the same keys: checked in one place (`settings.Checker`) into a `Curation`. The sidecar
wins a key that both set.

Every error names the file, the line when known, the key and what was expected,
e.g. `sources/lux.yaml, line 7: figures.pin[2]: no figure with id "x" (known: …)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from briefing.errors import Problem
from briefing.model import AddedEvent, AddedFigure, Curation
from briefing.settings import TOP, Checker, load_yaml, nearest, read_text

TOP_KEYS = frozenset(
    {"title", "subtitle", "author", "date", "audience", "classification", "figures", "events"}
    | {"conforms_to", "certified_by"}
)
# Front matter describes the report too; the reader takes these, the sidecar has none.
FRONT_MATTER_KEYS = frozenset({"lang", "language"})
FIGURE_KEYS = frozenset({"pin", "rows", "relabel", "drop", "add"})
# The Key figures table is a summary, and each row costs layout time.
MAX_ROWS = 300
EVENT_KEYS = frozenset({"drop", "retext", "add"})
ADDED_FIGURE_KEYS = frozenset(
    {"label", "value", "value_max", "unit", "display", "period", "section", "sentence"}
)
ADDED_EVENT_KEYS = frozenset({"start", "end", "text", "section", "sentence"})
PERIOD_KEYS = frozenset({"start", "end"})
CLAIM = re.compile(r"EPUB Accessibility 1\.1 - WCAG 2\.[012] Level A{1,3}")
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class FrontMatter:
    """A Markdown source's front matter, checked: what it says of the report (each on one
    line), and what it asks of the briefing."""

    title: str | None
    author: str | None
    language: str | None
    curation: Curation


def sidecar_path(source: Path) -> Path:
    return source.with_suffix(".yaml")


def load_curation(source: Path, front_matter: Curation | None = None) -> Curation:
    """The sidecar beside `source`, checked, over the source's `front_matter`; an empty
    curation when there is neither."""
    base = front_matter or Curation()
    path = sidecar_path(source)
    if not path.is_file():
        return base
    data, lines = load_yaml(read_text(path), path)
    check = Checker(path, lines)
    curation = _curation(check, check.mapping(TOP, data, TOP_KEYS))
    check.done()
    return over(curation, base)


def read_front_matter(text: str, path: Path, first_line: int) -> FrontMatter:
    """The front matter `text`, which starts at `first_line` of the source `path`."""
    data, lines = load_yaml(text, path, first_line)
    check = Checker(path, lines)
    top = check.mapping(TOP, data, TOP_KEYS | FRONT_MATTER_KEYS)
    tag = "a language tag such as en or en-GB"
    languages = [check.matching(k, top.get(k), LANGUAGE_TAG, tag) for k in ("lang", "language")]
    curation = _curation(check, top)
    front = FrontMatter(
        title=_one_line(curation.title),
        author=curation.author,
        language=languages[0] or languages[1],
        curation=curation,
    )
    check.done()
    return front


def curation_problem(curation: Curation, key: str, message: str) -> Problem:
    """A problem with `key`, at the file and line that set it."""
    path, line = nearest(curation.origins, key) or (None, None)
    return Problem(message, path, line, key)


def over(curation: Curation, base: Curation) -> Curation:
    """`curation`, with what it leaves unset taken from `base`."""
    values = {
        f.name: getattr(curation, f.name) or getattr(base, f.name)
        for f in fields(Curation)
        if f.name != "origins"
    }
    return Curation(**values, origins=base.origins | curation.origins)


def _curation(check: Checker, top: dict[str, Any]) -> Curation:
    """The curation in a file's `top` mapping, each value checked."""
    figures = check.mapping("figures", top.get("figures"), FIGURE_KEYS)
    events = check.mapping("events", top.get("events"), EVENT_KEYS)
    added = check.items("figures.add", figures.get("add"))
    added_events = check.items("events.add", events.get("add"))
    return Curation(
        title=check.text("title", top.get("title")),
        subtitle=check.text("subtitle", top.get("subtitle")),
        author=_one_line(check.text("author", top.get("author"))),
        date=check.date("date", top.get("date")),
        audience=check.text("audience", top.get("audience")),
        classification=check.text("classification", top.get("classification")),
        conforms_to=check.matching(
            "conforms_to",
            top.get("conforms_to"),
            CLAIM,
            'a claim like "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"',
        ),
        certified_by=check.text("certified_by", top.get("certified_by")),
        pin=check.ids("figures.pin", figures.get("pin")),
        rows=check.count("figures.rows", figures.get("rows"), MAX_ROWS),
        relabel=check.texts_by_id("figures.relabel", figures.get("relabel")),
        drop=check.ids("figures.drop", figures.get("drop")),
        add=tuple(_added_figure(check, f"figures.add[{i}]", a) for i, a in enumerate(added)),
        drop_events=check.ids("events.drop", events.get("drop")),
        retext_events=check.texts_by_id("events.retext", events.get("retext")),
        add_events=tuple(
            _added_event(check, f"events.add[{i}]", a) for i, a in enumerate(added_events)
        ),
        origins={key: (check.path, line) for key, line in check.lines.items()},
    )


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else text


def _added_figure(check: Checker, key: str, item: Any) -> AddedFigure:
    item = check.mapping(key, item, ADDED_FIGURE_KEYS)
    return AddedFigure(
        label=check.text(f"{key}.label", item.get("label"), required=True) or "",
        value=check.number(f"{key}.value", item.get("value"), required=True) or 0,
        value_max=check.number(f"{key}.value_max", item.get("value_max")),
        unit=check.text(f"{key}.unit", item.get("unit")),
        display=check.text(f"{key}.display", item.get("display")),
        period=_period(check, f"{key}.period", item.get("period")),
        section=check.text(f"{key}.section", item.get("section")),
        sentence=check.text(f"{key}.sentence", item.get("sentence")),
    )


def _added_event(check: Checker, key: str, item: Any) -> AddedEvent:
    item = check.mapping(key, item, ADDED_EVENT_KEYS)
    return AddedEvent(
        start=check.partial_date(f"{key}.start", item.get("start"), required=True) or "",
        end=check.partial_date(f"{key}.end", item.get("end")),
        text=check.text(f"{key}.text", item.get("text"), required=True) or "",
        section=check.text(f"{key}.section", item.get("section")),
        sentence=check.text(f"{key}.sentence", item.get("sentence")),
    )


def _period(check: Checker, key: str, value: Any) -> tuple[str, str | None] | None:
    """A period: one date ("2024"), or a mapping of its start and end."""
    if value is None:
        return None
    if not isinstance(value, dict):
        return check.partial_date(key, value, required=True) or "", None
    value = check.mapping(key, value, PERIOD_KEYS)
    start = check.partial_date(f"{key}.start", value.get("start"), required=True) or ""
    return start, check.partial_date(f"{key}.end", value.get("end"))
