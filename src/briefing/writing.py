"""Files written whole: each atomically, a build's files as one set, into folders made on
the way, one build of a report at a time.

A set is committed in three steps: every file is written to a temporary file beside its
place; a journal listing the moves is written (atomically); the moves are made and the
journal removed. A crash before the journal leaves the previous set (its temporary files are
swept by the next build); a crash after it leaves a journal that the next build of the
report finishes before anything else.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import BriefingError
from briefing.reading import check_link

TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, content: bytes) -> Path:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    temp = _staged(path, content)
    try:
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(exc, path) from None
    return path


def _staged(path: Path, content: bytes) -> Path:
    """`content` in a new temporary file beside `path`, on disk (fsync'd)."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o644)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(exc, path) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _write_error(exc: OSError, path: Path) -> BriefingError:
    hint = "free some space on the disk" if exc.errno == errno.ENOSPC else None
    return BriefingError(f"cannot write output: {exc.strerror}", hint, path=path)


class Commit:
    """The files of one build, staged beside their places and moved there together."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self.moves: list[tuple[Path, Path]] = []  # (temporary file, its place)
        self.removals: list[Path] = []

    def write(self, path: Path, content: bytes) -> Path:
        self.moves.append((_staged(path, content), path))
        return path

    def remove(self, path: Path) -> None:
        self.removals.append(path)

    def apply(self) -> None:
        if not (self.moves or self.removals):
            return
        root = self.journal.parent

        def relative(path: Path) -> str:
            return os.path.relpath(path, root)

        moves = [[relative(temp), relative(path)] for temp, path in self.moves]
        plan = {"moves": moves, "removals": [relative(p) for p in self.removals]}
        write_atomic(self.journal, json.dumps(plan).encode("utf-8"))
        finish(self.journal)

    def discard(self) -> None:
        for temp, _ in self.moves:
            temp.unlink(missing_ok=True)


@contextmanager
def committed(journal: Path) -> Iterator[Commit]:
    """A set of files written whole: all of them, when the block ends, or none."""
    commit = Commit(journal)
    try:
        yield commit
    except BaseException:
        commit.discard()
        raise
    commit.apply()


def finish(journal: Path) -> None:
    """Make the moves and removals `journal` lists (those not made yet), then remove it:
    what a build that stopped half-way through its commit left to do."""
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)  # torn before it was renamed into place: never used
        return
    root = journal.parent
    for temp, path in _moves(plan):
        if (root / temp).exists():
            os.replace(root / temp, root / path)
    for path in _removals(plan):
        (root / path).unlink(missing_ok=True)
    journal.unlink(missing_ok=True)


def _moves(plan: object) -> list[tuple[str, str]]:
    """The moves of a journal that are what a commit writes: a temporary file onto the file
    beside it, inside the journal's folder. A journal someone else wrote cannot move a file
    from anywhere else into the outputs."""
    moves = plan.get("moves") if isinstance(plan, dict) else None
    return [
        (m[0], m[1])
        for m in (moves if isinstance(moves, list) else [])
        if isinstance(m, list)
        and len(m) == 2
        and all(isinstance(p, str) and _inside(p) for p in m)
        and Path(m[0]).parent == Path(m[1]).parent
        and Path(m[0]).name.startswith(f".{Path(m[1]).name}.")
        and m[0].endswith(TEMP_SUFFIX)
    ]


def _removals(plan: object) -> list[str]:
    removals = plan.get("removals") if isinstance(plan, dict) else None
    items = removals if isinstance(removals, list) else []
    return [p for p in items if isinstance(p, str) and _inside(p)]


def _inside(relative: str) -> bool:
    path = Path(relative)
    return not path.is_absolute() and ".." not in path.parts


# ".NAME.pdf.k3j_x9a2.tmp": a temporary file `_staged` made for NAME.pdf.
_TEMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + "$")


def sweep(folder: Path, names: Collection[str] | None = None) -> None:
    """Remove the temporary files an interrupted build left in `folder` for the files
    `names` (for any file, when None); call it holding the report's lock, after `finish`."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for temp in folder.iterdir():
        match = _TEMP.match(temp.name)
        if match and (names is None or match["name"] in names) and not temp.is_symlink():
            temp.unlink(missing_ok=True)


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
