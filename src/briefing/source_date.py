"""The briefing's date when the sidecar sets none: SOURCE_DATE_EPOCH when it is set (for
reproducible builds); else, for a source that git tracks and that has not changed since,
the day of the last commit that changed it, so that two clones of a repository build the
same files whatever day they were cloned; else the day the file last changed. Read here
only, for the briefing and for the hash of a build's inputs alike."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import subprocess
from pathlib import Path

from briefing.errors import BriefingError


def source_date(source: Path) -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        seconds = _epoch_seconds(epoch)
    else:
        status = source.stat()
        committed = _committed(str(source.resolve()), status.st_mtime_ns, status.st_size)
        seconds = committed if committed is not None else int(status.st_mtime)
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date()


def _epoch_seconds(epoch: str) -> int:
    """SOURCE_DATE_EPOCH's seconds, checked to be a time a zip file can hold."""
    try:
        seconds = int(epoch)
    except ValueError:
        raise BriefingError(
            f"expected a whole number of seconds, found {epoch!r}", key="SOURCE_DATE_EPOCH"
        ) from None
    if not FIRST_EPOCH <= seconds <= LAST_EPOCH:
        raise BriefingError(
            f"expected a time from 1980 to 2107, which a zip file can hold, found {epoch}",
            key="SOURCE_DATE_EPOCH",
        )
    return seconds


@functools.lru_cache(maxsize=256)
def _committed(path: str, mtime_ns: int, size: int) -> int | None:
    """When the last commit that changed the file at `path` was made, if git tracks it and
    it is as committed; None otherwise (no git, not a repository, a changed or untracked
    file). Cached by the file's state: a build asks twice (for its inputs' hash and for the
    briefing), and each answer costs two runs of git. Git runs with the repository's hooks
    and filters out of reach: a project someone else wrote cannot run commands through them."""
    source = Path(path)
    folder, name = source.parent, source.name
    at_head = _git(folder, "rev-parse", f"HEAD:./{name}")
    if at_head is None or at_head != _blob_id(source):
        return None
    when = _git(folder, "log", "-1", "--format=%ct", "--", name)
    return int(when) if when and when.isdigit() else None


def _git(folder: Path, *args: str) -> str | None:
    command = ["git", "-C", str(folder), "-c", "core.fsmonitor=false", "--no-optional-locks"]
    try:
        done = subprocess.run(
            [*command, *args], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _blob_id(path: Path) -> str:
    """The id git gives the file's content, as it is on disk."""
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


# What the EPUB's zip entries can be dated, in seconds since 1970.
FIRST_EPOCH = int(dt.datetime(1980, 1, 1, tzinfo=dt.UTC).timestamp())
LAST_EPOCH = int(dt.datetime(2107, 12, 31, tzinfo=dt.UTC).timestamp())
