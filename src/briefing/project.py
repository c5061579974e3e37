"""Project defaults: `briefing.toml` at the project root, or `[tool.briefing]` in its
`pyproject.toml`. Options on the command line win over them, and a report's own
front matter or sidecar wins over the organisation, classification and language."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError
from briefing.layouts import PAPER_SIZES

KEYS = ("layout", "paper", "organisation", "classification", "language")


@dataclass(frozen=True)
class Project:
    layout: str | None = None
    paper: str | None = None
    organisation: str | None = None  # the author of briefings whose report names none
    classification: str | None = None
    language: str | None = None  # for reports that do not say theirs


def load_project(root: Path) -> Project:
    """The defaults set at `root`; none when it has no configuration."""
    own = root / "briefing.toml"
    if own.is_file():
        return _validate(_load(own), own, "")
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        table = _load(pyproject).get("tool", {}).get("briefing")
        if table is not None:
            return _validate(table, pyproject, "tool.briefing.")
    return Project()


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as exc:
        raise BriefingError(f"not valid TOML: {exc}", path=path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read configuration: {exc.strerror}", path=path) from None


def _validate(table: Any, path: Path, prefix: str) -> Project:
    if not isinstance(table, dict):
        raise BriefingError("expected a table of settings", path=path, key=prefix.rstrip("."))
    values: dict[str, str] = {}
    for key, value in table.items():
        if key not in KEYS:
            raise BriefingError(
                f"unknown setting (known: {', '.join(KEYS)})", path=path, key=prefix + key
            )
        if not isinstance(value, str) or not value.strip():
            raise BriefingError(f"expected a text, found {value!r}", path=path, key=prefix + key)
        values[key] = value.strip()
    paper = values.get("paper", "").lower() or None
    if paper is not None and paper not in PAPER_SIZES:
        raise BriefingError(
            f"expected one of {', '.join(sorted(PAPER_SIZES))}, found {values['paper']!r}",
            path=path,
            key=f"{prefix}paper",
        )
    return Project(**{**values, "paper": paper})
