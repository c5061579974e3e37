"""The one exception family whose message a user can act on, and where it happened.

An error holds one `Problem` or several (every problem of a settings file, found in one
run); each prints in one form, `path, line N: key: message`, leaving out what it lacks.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing to fix, and where: "sources/lux.yaml, line 7: figures.pin[2]: no figure…"."""

    message: str
    path: Path | str | None = None  # the file (or folder) at fault
    line: int | None = None  # 1-based, in `path`
    key: str | None = None  # a setting's key path, e.g. "figures.pin[2]"
    hint: str | None = None  # what to do about it

    def __str__(self) -> str:
        where = str(self.path) if self.path else ""
        if self.line:
            where = f"{where}, line {self.line}" if where else f"line {self.line}"
        return ": ".join(part for part in (where, self.key, self.message) if part)


class BriefingError(Exception):
    """A failure the user can fix; the CLI prints each of its problems as `error: …` and
    exits 1. Pickled by `BaseException`'s own means (its message, then its attributes),
    so that an error crosses whole from a worker process."""

    def __init__(
        self,
        message: str,
        hint: str | None = None,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message, self.hint, self.path, self.line, self.key = message, hint, path, line, key
        self.problems: tuple[Problem, ...] = (Problem(message, path, line, key, hint),)

    @classmethod
    def of(cls, problems: Sequence[Problem]) -> BriefingError:
        """One error for several problems; its own fields are the first problem's."""
        first = problems[0]
        error = cls(first.message, first.hint, path=first.path, line=first.line, key=first.key)
        error.problems = tuple(problems)
        return error

    def __str__(self) -> str:
        return "\n".join(map(str, self.problems))


class BriefingWarning(UserWarning):
    """Something the user should know that did not stop the build; printed as `warning: …`."""


def show_warning(message: Warning | str, category: type[Warning], *_: object, **__: object) -> None:
    """`warnings.showwarning` for the command and its workers: "warning: …" on stderr."""
    if issubclass(category, BriefingWarning):
        print(f"warning: {message}", file=sys.stderr)
    else:
        print(f"warning: {category.__name__}: {message}", file=sys.stderr)
