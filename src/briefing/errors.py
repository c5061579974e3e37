"""The one exception family whose message a user can act on."""


class BriefingError(Exception):
    """A failure the user can fix; the CLI prints it as `error: …` and exits 1."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class BriefingWarning(UserWarning):
    """Something the user should know that did not stop the build; printed as `warning: …`."""
