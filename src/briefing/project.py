"""Project defaults: `briefing.toml` at the project root, or `[tool.briefing]` in its
`pyproject.toml`. Options on the command line win over them, and a report's own
front matter or sidecar wins over the organisation, classification and language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.layouts import PAPER_SIZES
from briefing.settings import TOP, Checker, child_key, load_toml

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
        return _checked(load_toml(own), own, TOP)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        table = load_toml(pyproject).get("tool", {}).get("briefing")
        if table is not None:
            return _checked(table, pyproject, "tool.briefing")
    return Project()


def _checked(table: Any, path: Path, key: str) -> Project:
    """The settings in `table`, found at `key` of `path`."""
    check = Checker(path)
    table = check.mapping(key, table, KEYS)
    texts = {k: check.text(child_key(key, k), table.get(k)) for k in KEYS if k != "paper"}
    paper = check.choice(child_key(key, "paper"), table.get("paper"), PAPER_SIZES)
    check.done()
    return Project(paper=paper, **texts)
