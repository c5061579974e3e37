"""The sidecar (`sources/NAME.yaml`) and a Markdown source's front matter, which take
the same keys: validated in one place into typed objects. The sidecar wins a key
that both set.

Every error names the file, the line when known, the key and what was expected,
e.g. `sources/lux.yaml, line 7: figures.pin[2]: no figure with id "x" (known: …)`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefing.errors import BriefingError


@dataclass(frozen=True)
class AddedFigure:
    label: str
    value: float
    value_max: float | None
    unit: str | None
    display: str | None  # None: the value, formatted for the document's language
    period: tuple[str, str | None] | None
    section: str | None
    sentence: str | None


@dataclass(frozen=True)
class AddedEvent:
    start: str
    end: str | None
    text: str
    section: str | None
    sentence: str | None


@dataclass(frozen=True)
class Curation:
    """What an editor asked for in the sidecar; empty when there is none."""

    title: str | None = None
    subtitle: str | None = None
    date: dt.date | None = None
    audience: str | None = None
    classification: str | None = None
    conforms_to: str | None = None  # an accessibility claim the editor stands behind
    certified_by: str | None = None
    pin: tuple[str, ...] = ()
    relabel: dict[str, str] = field(default_factory=dict)
    drop: tuple[str, ...] = ()
    add: tuple[AddedFigure, ...] = ()
    drop_events: tuple[str, ...] = ()
    retext_events: dict[str, str] = field(default_factory=dict)
    add_events: tuple[AddedEvent, ...] = ()
    lines: dict[str, int] = field(default_factory=dict, compare=False)
    path: Path | None = None
    files: dict[str, Path] = field(default_factory=dict, compare=False)  # key to its file

    def error(self, key: str, message: str) -> BriefingError:
        """An error about `key`, with the file and line that set it."""
        path = self.files.get(key.split("[")[0], self.path)
        return BriefingError(message, path=path, line=self.lines.get(key), key=key)

    def over(self, base: Curation) -> Curation:
        """This curation, with what it leaves unset taken from `base`."""
        values = {name: getattr(self, name) or getattr(base, name) for name in CURATED_FIELDS}
        files = {k: base.path for k in base.lines if base.path} | {
            k: self.path for k in self.lines if self.path
        }
        files = {k.split("[")[0]: f for k, f in files.items() if f is not None}
        return Curation(
            **values, lines=base.lines | self.lines, path=self.path or base.path, files=files
        )


def sidecar_path(source: Path) -> Path:
    return source.with_suffix(".yaml")


def load_curation(source: Path, front_matter: str | None = None, line: int = 0) -> Curation:
    """The sidecar beside `source` over the source's front matter (which starts at
    `line`), validated; an empty curation when there is neither."""
    base = Curation()
    if front_matter is not None:
        base = _parse(front_matter, source, line - 1, TOP_KEYS | FRONT_MATTER_KEYS)
    path = sidecar_path(source)
    if not path.is_file():
        return base
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BriefingError("sidecar is not UTF-8 text", path=path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read sidecar: {exc.strerror}", path=path) from None
    return _parse(text, path, 0, TOP_KEYS).over(base)


def _parse(text: str, path: Path, offset: int, keys: frozenset[str]) -> Curation:
    """Curation from YAML `text` that starts `offset` lines into `path`."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise BriefingError(f"not valid YAML: {problem}", path=path, line=line) from None
    lines = {k: n + offset for k, n in _line_numbers(node).items()}
    return _Validator(path, lines, keys).curation(data)


class _Validator:
    def __init__(self, path: Path, lines: dict[str, int], keys: frozenset[str]) -> None:
        self.path, self.lines, self.keys = path, lines, keys

    def fail(self, key: str, expected: str, found: Any) -> BriefingError:
        message = f"expected {expected}, found {_describe(found)}"
        return BriefingError(message, path=self.path, line=self.lines.get(key), key=key)

    def curation(self, data: Any) -> Curation:
        if data is None:
            return Curation(path=self.path, lines=self.lines)
        top = self.mapping("(top level)", data, self.keys)
        for key in FRONT_MATTER_KEYS & set(top):
            self.text(key, top[key])
        figures = self.mapping("figures", top.get("figures") or {}, FIGURE_KEYS)
        events = self.mapping("events", top.get("events") or {}, EVENT_KEYS)
        return Curation(
            title=self.text("title", top.get("title")),
            subtitle=self.text("subtitle", top.get("subtitle")),
            date=self.date("date", top.get("date")),
            audience=self.text("audience", top.get("audience")),
            classification=self.text("classification", top.get("classification")),
            conforms_to=self.claim("conforms_to", top.get("conforms_to")),
            certified_by=self.text("certified_by", top.get("certified_by")),
            pin=self.ids("figures.pin", figures.get("pin")),
            relabel=self.texts_by_id("figures.relabel", figures.get("relabel")),
            drop=self.ids("figures.drop", figures.get("drop")),
            add=tuple(
                self.added_figure(f"figures.add[{i}]", item)
                for i, item in enumerate(self.list("figures.add", figures.get("add")))
            ),
            drop_events=self.ids("events.drop", events.get("drop")),
            retext_events=self.texts_by_id("events.retext", events.get("retext")),
            add_events=tuple(
                self.added_event(f"events.add[{i}]", item)
                for i, item in enumerate(self.list("events.add", events.get("add")))
            ),
            lines=self.lines,
            path=self.path,
        )

    def mapping(self, key: str, value: Any, known: frozenset[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, "a mapping of keys to values", value)
        for name in value:
            if name not in known:
                path = name if key == "(top level)" else f"{key}.{name}"
                raise self.fail(
                    path, f"one of the keys {', '.join(sorted(known))}", f"unknown key {name!r}"
                )
        return value

    def text(self, key: str, value: Any, required: bool = False) -> str | None:
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "a text", value)
        return value.strip()

    def claim(self, key: str, value: Any) -> str | None:
        """An EPUB Accessibility 1.1 conformance claim, in the words the specification uses."""
        text = self.text(key, value)
        if text is not None and not CLAIM.fullmatch(text):
            raise self.fail(key, 'a claim like "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"', value)
        return text

    def number(self, key: str, value: Any, required: bool = False) -> float | None:
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, "a number", value)
        return value

    def date(self, key: str, value: Any) -> dt.date | None:
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(key, "a date as YYYY-MM-DD", value)

    def iso(self, key: str, value: Any) -> str:
        """A date at any precision: 2009, 2009-04 or 2009-04-20."""
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if not isinstance(value, int | str | dt.date) or not _is_iso(text):
            raise self.fail(key, "a date as YYYY, YYYY-MM or YYYY-MM-DD", value)
        return text

    def list(self, key: str, value: Any) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, "a list", value)
        return value

    def ids(self, key: str, value: Any) -> tuple[str, ...]:
        items = self.list(key, value)
        for i, item in enumerate(items):
            if not isinstance(item, str):
                raise self.fail(f"{key}[{i}]", "an id (text)", item)
        return tuple(items)

    def texts_by_id(self, key: str, value: Any) -> dict[str, str]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(key, "a mapping of ids to texts", value)
        return {str(k): self.text(f"{key}.{k}", v, required=True) or "" for k, v in value.items()}

    def added_figure(self, key: str, item: Any) -> AddedFigure:
        item = self.mapping(key, item, ADDED_FIGURE_KEYS)
        value = self.number(f"{key}.value", item.get("value"), required=True) or 0
        value_max = self.number(f"{key}.value_max", item.get("value_max"))
        return AddedFigure(
            label=self.text(f"{key}.label", item.get("label"), required=True) or "",
            value=value,
            value_max=value_max,
            unit=self.text(f"{key}.unit", item.get("unit")),
            display=self.text(f"{key}.display", item.get("display")),
            period=self.period(f"{key}.period", item.get("period")),
            section=self.text(f"{key}.section", item.get("section")),
            sentence=self.text(f"{key}.sentence", item.get("sentence")),
        )

    def added_event(self, key: str, item: Any) -> AddedEvent:
        item = self.mapping(key, item, ADDED_EVENT_KEYS)
        if item.get("start") is None:
            raise self.fail(f"{key}.start", "a date as YYYY, YYYY-MM or YYYY-MM-DD", None)
        end = item.get("end")
        return AddedEvent(
            start=self.iso(f"{key}.start", item["start"]),
            end=None if end is None else self.iso(f"{key}.end", end),
            text=self.text(f"{key}.text", item.get("text"), required=True) or "",
            section=self.text(f"{key}.section", item.get("section")),
            sentence=self.text(f"{key}.sentence", item.get("sentence")),
        )

    def period(self, key: str, value: Any) -> tuple[str, str | None] | None:
        if value is None:
            return None
        if isinstance(value, dict):
            value = self.mapping(key, value, frozenset({"start", "end"}))
            end = value.get("end")
            start = self.iso(f"{key}.start", value.get("start"))
            return start, None if end is None else self.iso(f"{key}.end", end)
        return self.iso(key, value), None


TOP_KEYS = frozenset(
    {"title", "subtitle", "date", "audience", "classification", "figures", "events"}
    | {"conforms_to", "certified_by"}
)
CLAIM = re.compile(r"EPUB Accessibility 1\.1 - WCAG 2\.[012] Level A{1,3}")
# Front matter describes the report too; the reader takes these, the sidecar has none.
FRONT_MATTER_KEYS = frozenset({"author", "lang", "language"})
CURATED_FIELDS = (
    "title subtitle date audience classification conforms_to certified_by pin relabel drop "
    "add drop_events "
    "retext_events add_events"
).split()
FIGURE_KEYS = frozenset({"pin", "relabel", "drop", "add"})
EVENT_KEYS = frozenset({"drop", "retext", "add"})
ADDED_FIGURE_KEYS = frozenset(
    {"label", "value", "value_max", "unit", "display", "period", "section", "sentence"}
)
ADDED_EVENT_KEYS = frozenset({"start", "end", "text", "section", "sentence"})


def _is_iso(text: str) -> bool:
    for pattern in ("%Y", "%Y-%m", "%Y-%m-%d"):
        try:
            dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
        return len(text) in (4, 7, 10)
    return False


def _describe(value: Any) -> str:
    if isinstance(value, str) and value.startswith("unknown key"):
        return value
    if value is None:
        return "nothing"
    kind = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "the text",
        list: "a list",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)
    shown = repr(value) if not isinstance(value, list | dict) else ""
    return f"{kind} {shown}".strip()


def _line_numbers(node: yaml.Node | None, prefix: str = "") -> dict[str, int]:
    """Key paths ("figures.pin[2]") to the 1-based line where their value starts."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
            lines[path] = value_node.start_mark.line + 1
            lines.update(_line_numbers(value_node, path))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            path = f"{prefix}[{i}]"
            lines[path] = item.start_mark.line + 1
            lines.update(_line_numbers(item, path))
    return lines
