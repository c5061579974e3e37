"""Settings files, read and checked one way: a source's sidecar and front matter (YAML),
the project's settings and a layout's (TOML).

`Checker` has a check per kind of value. A check that fails records a problem, worded
`path, line N: key: expected X, found Y`, and gives a stand-in (nothing, or empty), so
that checking goes on and `done` reports every problem of a file at once. Keys are paths
into the file: "figures.pin[2]", "tool.briefing.paper".
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml

from briefing.errors import BriefingError, Problem
from briefing.readers.common import clean
from briefing.reading import SETTINGS_LIMIT, read_bytes

TOP = "(top level)"  # the key of a whole file's mapping
# The last step of a key path: ".name" or "[2]".
# A zip file's entries (an EPUB's) can be dated from 1980 to 2107 only.
FIRST_DAY, LAST_DAY = dt.date(1980, 1, 1), dt.date(2107, 12, 31)
LAST_STEP = re.compile(r"(?:\.[^.\[]*|\[\d+\])$")

T = TypeVar("T")


def read_text(path: Path) -> str:
    """The text of a settings file."""
    try:
        return read_bytes(path, SETTINGS_LIMIT, "settings file").decode("utf-8")
    except UnicodeDecodeError:
        raise BriefingError("not UTF-8 text", path=path) from None


def load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise BriefingError(f"not valid TOML: {exc}", path=path) from None


def load_yaml(text: str, path: Path, first_line: int = 1) -> tuple[Any, dict[str, int]]:
    """The data of the YAML `text`, which starts at `first_line` of `path`, and the line
    where each key path's value starts ({"figures.pin[2]": 7})."""
    _refuse_aliases_and_depth(text, path, first_line)
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()  # parsed once: for the data and for the lines
        data = None if node is None else loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise BriefingError(f"not valid YAML: {problem}", path=path, line=line) from None
    except (ValueError, TypeError, OverflowError) as exc:  # "date: 2024-02-30", !!int "abc"
        line = _failing_line(node, first_line)
        raise BriefingError(f"not a valid value: {exc}", path=path, line=line) from None
    finally:
        loader.dispose()
    return data, _line_numbers(node, first_line)


MAX_DEPTH = 20  # no curation file nests deeper; a deep one is an attack on the parser


def _refuse_aliases_and_depth(text: str, path: Path, first_line: int) -> None:
    """Anchors and aliases can make a few hundred bytes into gigabytes ("billion laughs"),
    and no curation file needs them: they are refused, as is nesting past `MAX_DEPTH`."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            mark = event.start_mark  # the parser marks every event; the stubs allow None
            line = mark.line + first_line if mark is not None else None
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise BriefingError(
                    "anchors and aliases (& and *) are not allowed", path=path, line=line
                )
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise BriefingError(
                        f"nested deeper than {MAX_DEPTH} levels", path=path, line=line
                    )
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # the loader says what is wrong, with its line


def _failing_line(node: yaml.Node | None, first_line: int) -> int | None:
    """The line of the first value that cannot be made ("2024-02-30")."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop(0)
        if isinstance(current, yaml.ScalarNode):
            try:
                yaml.SafeLoader("").construct_object(current)  # a fresh loader for each
            except (ValueError, TypeError, OverflowError):
                return current.start_mark.line + first_line
        elif isinstance(current, yaml.MappingNode):
            stack += [v for _, v in current.value]
        elif isinstance(current, yaml.SequenceNode):
            stack += list(current.value)
    return None


def _line_numbers(node: yaml.Node | None, first_line: int, prefix: str = "") -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        steps = [(f"{prefix}.{k.value}" if prefix else str(k.value), v) for k, v in node.value]
    elif isinstance(node, yaml.SequenceNode):
        steps = [(f"{prefix}[{i}]", item) for i, item in enumerate(node.value)]
    else:
        return lines
    for path, value in steps:
        lines[path] = value.start_mark.line + first_line
        lines.update(_line_numbers(value, first_line, path))
    return lines


def nearest(places: Mapping[str, T], key: str) -> T | None:
    """What `places` holds for `key`, else for the nearest key above it: a missing
    "figures.add[0].label" is told at the line of "figures.add[0]"."""
    while key not in places:
        parent = LAST_STEP.sub("", key)
        if parent == key:
            return None
        key = parent
    return places[key]


class Checker:
    """The checks of one file's settings; `lines` gives the line of each key path."""

    def __init__(self, path: Path, lines: Mapping[str, int] | None = None) -> None:
        self.path = path
        self.lines = lines or {}
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(message, self.path, nearest(self.lines, key), key))

    def fail(self, key: str, expected: str, found: Any) -> None:
        self.problem(key, f"expected {expected}, found {describe(found)}")

    def done(self) -> None:
        """Raise every problem found so far, as one error, in the order of the file."""
        if self.problems:
            raise BriefingError.of(sorted(self.problems, key=lambda p: p.line or 0))

    def mapping(self, key: str, value: Any, known: Collection[str]) -> dict[str, Any]:
        """`value` without the keys it should not have (each a problem); {} for none, or
        when it is not a mapping. `key` is TOP for the whole file."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(key, "a mapping of keys to values", value)
            return {}
        for name in value:
            if name not in known:
                expected = f"one of the keys {', '.join(sorted(known))}"
                self.problem(
                    child_key(key, name), f"expected {expected}, found unknown key {name!r}"
                )
        return {name: item for name, item in value.items() if name in known}

    def text(self, key: str, value: Any, *, required: bool = False) -> str | None:
        """Text, its spaces trimmed and the characters no XML document may hold dropped."""
        if value is None and not required:
            return None
        if isinstance(value, str) and clean(value).strip():
            return clean(value).strip()
        self.fail(key, "a text", value)
        return None

    def matching(self, key: str, value: Any, pattern: re.Pattern[str], expected: str) -> str | None:
        """Text in the form `pattern` gives, which `expected` describes."""
        text = self.text(key, value)
        if text is None or pattern.fullmatch(text):
            return text
        self.fail(key, expected, value)
        return None

    def choice(self, key: str, value: Any, choices: Collection[str]) -> str | None:
        """One of `choices`, in any case: "Letter" gives "letter"."""
        if value is None:
            return None
        if isinstance(value, str) and value.strip().lower() in choices:
            return value.strip().lower()
        self.fail(key, f"one of {', '.join(choices)}", value)
        return None

    def boolean(self, key: str, value: Any) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        self.fail(key, "true or false", value)
        return None

    def number(self, key: str, value: Any, *, required: bool = False) -> float | None:
        if value is None and not required:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            if math.isfinite(value):
                return value
            self.fail(key, "a finite number", value)
            return None
        self.fail(key, "a number", value)
        return None

    def count(self, key: str, value: Any, most: int) -> int | None:
        """A whole number from 1 to `most`."""
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= most:
            return value
        self.fail(key, f"a whole number from 1 to {most}", value)
        return None

    def date(self, key: str, value: Any) -> dt.date | None:
        """A day: a YAML date, or text as YYYY-MM-DD."""
        if value is not None and not (
            isinstance(value, dt.date | str) and not isinstance(value, dt.datetime)
        ):
            self.fail(key, "a date as YYYY-MM-DD", value)
            return None
        if value is None:
            return None
        day = _iso_day(value) if isinstance(value, str) else value
        if day is None:
            self.fail(key, "a date as YYYY-MM-DD", value)
        elif not FIRST_DAY <= day <= LAST_DAY:  # what an EPUB's zip entries can be dated
            self.fail(key, f"a date from {FIRST_DAY} to {LAST_DAY}", value)
            return None
        return day

    def partial_date(self, key: str, value: Any, *, required: bool = False) -> str | None:
        """A date at the precision given, as ISO text: 2009, 2009-04 or 2009-04-20."""
        if value is None and not required:
            return None
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if isinstance(value, int | str | dt.date) and _is_partial_date(text):
            return text
        self.fail(key, "a date as YYYY, YYYY-MM or YYYY-MM-DD", value)
        return None

    def items(self, key: str, value: Any) -> list[Any]:
        """A list; [] for none."""
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self.fail(key, "a list", value)
        return []

    def ids(self, key: str, value: Any) -> tuple[str, ...]:
        """A list of ids, each a text."""
        ids = []
        for i, item in enumerate(self.items(key, value)):
            if isinstance(item, str):
                ids.append(item)
            else:
                self.fail(f"{key}[{i}]", "an id (text)", item)
        return tuple(ids)

    def texts_by_id(self, key: str, value: Any) -> dict[str, str]:
        """A mapping of ids to texts; {} for none."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(key, "a mapping of ids to texts", value)
            return {}
        texts = {str(k): self.text(f"{key}.{k}", v, required=True) for k, v in value.items()}
        return {k: text for k, text in texts.items() if text is not None}


def describe(value: Any) -> str:
    """A value as an error says what it found: "the text 'soon'", "a list", "nothing"."""
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


def child_key(key: str, name: object) -> str:
    """The key path of `name` in the mapping at `key`: "figures.pin", or "title" at the top."""
    return str(name) if key == TOP else f"{key}.{name}"


def _iso_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _is_date(text: str, pattern: str) -> bool:
    try:
        dt.datetime.strptime(text, pattern)
    except ValueError:
        return False
    return True


def _is_partial_date(text: str) -> bool:
    """2009, 2009-04 or 2009-04-20 (strptime alone would take "2009-4")."""
    patterns = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    return len(text) in patterns and _is_date(text, patterns[len(text)])
