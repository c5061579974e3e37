"""The one exception family whose message a user can act on."""

from __future__ import annotations

import sys


class BriefingError(Exception):
    """A failure the user can fix; the CLI prints it as `error: …` and exits 1."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def __reduce__(self) -> tuple[type[BriefingError], tuple[str, str | None]]:
        # Keeps the hint when an error crosses from a worker process.
        return type(self), (str(self), self.hint)


class BriefingWarning(UserWarning):
    """Something the user should know that did not stop the build; printed as `warning: …`."""


def show_warning(message: Warning | str, category: type[Warning], *_: object, **__: object) -> None:
    """`warnings.showwarning` for the command and its workers: "warning: …" on stderr."""
    if issubclass(category, BriefingWarning):
        print(f"warning: {message}", file=sys.stderr)
    else:
        print(f"warning: {category.__name__}: {message}", file=sys.stderr)
