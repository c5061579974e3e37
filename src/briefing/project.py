"""Project defaults: `briefing.toml` at the project root, or `[tool.briefing]` in its
`pyproject.toml`. Options on the command line win over them, and a report's own
front matter or sidecar wins over the organisation, classification and language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.config import LANGUAGE_TAG, MAX_ROWS
from briefing.layouts import PAPER_SIZES
from briefing.sending.settings import MailSettings, check_mail
from briefing.settings import TOP, Checker, child_key, load_toml

TEXTS = ("layout", "organisation", "classification", "signing_key")
KEYS = (*TEXTS, "paper", "language", "locale", "figures", "mail")
FIGURE_KEYS = ("rows",)


@dataclass(frozen=True)
class Project:
    layout: str | None = None
    paper: str | None = None
    organisation: str | None = None  # the author of briefings whose report names none
    classification: str | None = None
    language: str | None = None  # for reports that do not say theirs
    # How dates are written for the project's readers ("en-GB": "1 December 2026"), for
    # reports in its language.
    locale: str | None = None
    rows: int | None = None  # rows of the Key figures table ([figures] rows)
    # The private key that signs each manifest (a path from the project root), made by
    # `briefing keys new`.
    signing_key: str | None = None
    # How `briefing send` emails the personal copies ([mail]); no build depends on it.
    mail: MailSettings = field(default_factory=MailSettings)


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
    texts = {k: check.text(child_key(key, k), table.get(k)) for k in TEXTS}
    tag = "a language tag such as en or en-GB"
    tags = {
        k: check.matching(child_key(key, k), table.get(k), LANGUAGE_TAG, tag)
        for k in ("language", "locale")
    }
    paper = check.choice(child_key(key, "paper"), table.get("paper"), PAPER_SIZES)
    figures_key = child_key(key, "figures")
    figures = check.mapping(figures_key, table.get("figures"), FIGURE_KEYS)
    rows = check.count(f"{figures_key}.rows", figures.get("rows"), MAX_ROWS)
    mail = check_mail(check, child_key(key, "mail"), table.get("mail"))
    check.done()
    return Project(paper=paper, rows=rows, mail=mail, **texts, **tags)
