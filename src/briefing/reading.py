"""Files a build reads: only regular files, and never more than a limit, whatever a file
says its size is (a FIFO or /dev/zero says 0, and one would hang a build, the other fill
its memory)."""

from __future__ import annotations

import stat
from pathlib import Path

from briefing.errors import BriefingError

SETTINGS_LIMIT = 1_000_000  # bytes of a sidecar, settings or recipients file


def read_bytes(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the regular file at `path`, refused past `limit` bytes; `what` names
    the file in errors ("source", "sidecar")."""
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
