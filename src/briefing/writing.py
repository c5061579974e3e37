"""Files written whole: each atomically, into folders made on the way, one build of a
report at a time."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import BriefingError
from briefing.reading import check_link


def write_atomic(path: Path, content: bytes) -> Path:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        hint = "free some space on the disk" if exc.errno == errno.ENOSPC else None
        raise BriefingError(f"cannot write output: {exc.strerror}", hint, path=path) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock file `path` while the block runs: a second build waits its turn."""
    try:  # never through a symbolic link: it would create the file it points to
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise BriefingError(f"cannot write output: {exc.strerror}", path=path.parent) from None
    with os.fdopen(fd, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def make_folder(folder: Path) -> None:
    """`folder` and its parents, made when missing; one reached through a symbolic link that
    leads out of the project is refused, so that nothing is written where a link points."""
    check_link(folder, "output folder")
    if folder.exists() and not folder.is_dir():
        raise BriefingError("output path is a file, not a folder", path=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(f"cannot create output folder: {exc.strerror}", path=folder) from None
