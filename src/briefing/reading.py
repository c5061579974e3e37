"""Files a build reads: only regular files, and never more than a limit, whatever a file
says its size is (a FIFO or /dev/zero says 0, and one would hang a build, the other fill
its memory); and no symbolic link that leads out of the project, so that building someone
else's project cannot publish `/etc/shadow` (unless the user says `--follow-symlinks`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.errors import BriefingError

SETTINGS_LIMIT = 1_000_000  # bytes of a sidecar, settings or recipients file


class _Links:
    """Whether symbolic links that leave the project are followed: set once per run."""

    follow = False


def follow_symlinks(follow: bool = True) -> None:
    _Links.follow = follow


def follows_symlinks() -> bool:
    return _Links.follow


def check_link(path: Path, what: str, project: Path | None = None) -> None:
    """Refuse `path` when it is, or goes through, a symbolic link that leads out of the
    project (the working folder) or, for a file named outside it, out of its own folder."""
    if _Links.follow:
        return
    lexical = Path(os.path.abspath(path))
    real = lexical.resolve()
    if real == lexical:
        return
    project = Path(os.path.abspath(project or Path.cwd()))
    home = project if lexical.is_relative_to(project) else lexical.parent
    if not real.is_relative_to(home.resolve()):
        raise BriefingError(
            f"{what} is a symbolic link that leads out of {_where(home, project)}",
            hint="use --follow-symlinks to read it if you trust where it leads",
            path=path,
        )


def _where(home: Path, project: Path) -> str:
    return "the project folder" if home == project else "its folder"


def read_bytes(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file at `path`, refused past `limit` bytes; `what` names
    the file in errors ("source", "sidecar")."""
    check_link(path, what)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise BriefingError(f"{what} not found", path=path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read {what}: {exc.strerror}", path=path) from None
    if stat.S_ISDIR(mode):
        raise BriefingError(f"{what} is a folder, not a file", path=path)
    if not stat.S_ISREG(mode):
        raise BriefingError(f"{what} is not a regular file (a device, pipe or socket)", path=path)
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as exc:
        raise BriefingError(f"cannot read {what}: {exc.strerror}", path=path) from None
    if len(data) > limit:
        raise BriefingError(f"{what} is over the {_size(limit)} limit", path=path)
    return data


def _size(limit: int) -> str:
    return f"{limit / 1_000_000:g} MB" if limit >= 100_000 else f"{limit / 1000:g} kB"
