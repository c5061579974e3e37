"""Many reports at once: the unchanged ones skipped, the others built in worker processes,
a line for each as it finishes; and `watch`, which rebuilds what a change touches.

One report's failure never stops the others: a `BriefingError` is its `error:` line, and
anything else (a bug) is reported as such, with its traceback when `debug` is set.
"""

from __future__ import annotations

import os
import signal
import sys
import time
import traceback
import warnings
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from briefing import reading
from briefing.budget import time_budget
from briefing.build import BuildResult, build
from briefing.config import sidecar_path
from briefing.copies.recipients import Recipient
from briefing.errors import BriefingError, show_warning
from briefing.fingerprint import inputs_hash, is_current
from briefing.options import BuildOptions


@dataclass(frozen=True)
class Outcome:
    """How one report's build ended: its result, or the lines that say what went wrong."""

    source: Path
    result: BuildResult | None
    error: str | None = None  # "error: …" (and "hint: …"), ready to print
    seconds: float = 0.0

    @property
    def line(self) -> str:
        if self.result is None:
            return self.error or f"error: {self.source} failed"
        names = ", ".join(str(p) for p in self.result.outputs)
        copies = f"; {_count(self.result.copies, 'personal copy', 'personal copies')}"
        copies = copies if self.result.copies else ""
        if self.result.skipped:
            return f"unchanged {self.source} -> {names} (skipped; --force rebuilds{copies})"
        pages = (
            f"{_count(self.result.page_count or 0, 'page', 'pages')}{copies}, {self.seconds:.1f} s"
        )
        return f"built {self.source} -> {names} ({pages})"


DEFAULT_TIMEOUT = 600.0


@dataclass(frozen=True)
class Batch:
    """A build of several reports: what every one of them shares."""

    out_dir: Path
    options: BuildOptions
    force: bool = False
    recipients: tuple[Recipient, ...] = ()
    debug: bool = False
    timeout: float | None = DEFAULT_TIMEOUT  # seconds a report may take; None: no limit

    def build_one(self, source: Path, digest: str | None = None) -> Outcome:
        """Build `source`; never raises, but for ^C."""
        started = time.perf_counter()
        try:
            with time_budget(self.timeout, source):
                result = build(
                    source,
                    self.out_dir,
                    self.options,
                    force=self.force,
                    recipients=list(self.recipients) or None,
                    digest=digest,
                )
        except BriefingError as error:
            return Outcome(source, None, error_lines(error, self.debug))
        except Exception as error:  # a bug: say so, and build the other reports
            return Outcome(source, None, _bug_lines(source, error, self.debug))
        return Outcome(source, result, seconds=time.perf_counter() - started)


def build_all(
    batch: Batch, sources: Sequence[Path], jobs: int | None, show: Callable[[Outcome], None]
) -> list[Outcome]:
    """Build every source, `jobs` at a time (default: one per core); `show` sees each
    outcome as it comes. Unchanged reports are found first, each input hashed once."""
    digests = {source: inputs_hash(source, batch.options) for source in sources}
    stale = [s for s in sources if batch.force or not is_current(batch.out_dir, s.stem, digests[s])]
    jobs = min(jobs or os.cpu_count() or 1, max(len(stale), 1))
    outcomes = []
    for source in (s for s in sources if s not in stale):
        outcomes.append(batch.build_one(source, digests[source]))
        show(outcomes[-1])
    for outcome in _run(batch, stale, digests, jobs):
        outcomes.append(outcome)
        show(outcome)
    return outcomes


def _run(
    batch: Batch, sources: list[Path], digests: dict[Path, str], jobs: int
) -> Iterable[Outcome]:
    # Imported before any build's time budget starts, and once: the workers are forked from
    # this process and inherit them. An alarm that lands inside a native extension's import
    # (pikepdf's enums) aborts the process instead of stopping the build.
    if sources:
        import briefing.render.outputs  # noqa: F401
    if jobs == 1:
        yield from (batch.build_one(s, digests[s]) for s in sources)
        return

    follow = reading.follows_symlinks()
    with ProcessPoolExecutor(jobs, initializer=_worker, initargs=(follow,)) as pool:
        futures = [pool.submit(batch.build_one, s, digests[s]) for s in sources]
        yield from (future.result() for future in as_completed(futures))


class Progress:
    """A line per report as it finishes; on a terminal, a count of those still building."""

    def __init__(self, total: int, jobs: int | None, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total, self.finished, self.failed = total, 0, 0
        self.live = self.stream.isatty() and total > 1
        jobs = jobs or os.cpu_count() or 1
        self._status(f"building {total} reports with {jobs} {'job' if jobs == 1 else 'jobs'}")

    def __call__(self, outcome: Outcome) -> None:
        self.finished += 1
        self.failed += outcome.result is None
        self._status("")
        print_outcome(outcome)
        if self.finished < self.total:
            self._status(f"[{self.finished}/{self.total}] building…")

    def done(self) -> None:
        self._status("")
        if self.failed and self.total > 1:
            print(f"error: {self.failed} of {self.total} reports failed", file=self.stream)

    def _status(self, text: str) -> None:
        if self.live:
            self.stream.write(f"\r\x1b[2K{text}")
            self.stream.flush()


def watch(
    batch: Batch,
    load: Callable[[], tuple[list[Path], BuildOptions]],
    show: Callable[[Outcome], None],
    on_error: Callable[[BriefingError], None],
) -> None:
    """Build every source, then rebuild whatever a change touches, in this warm process,
    until ^C. `load` gives the sources and options again after the settings change."""
    import watchfiles

    sources, options = load()
    batch = replace(batch, options=options)
    for source in sources:
        show(batch.build_one(source))
    settings = {Path("briefing.toml").resolve(), Path("pyproject.toml").resolve()}
    watched = {p.resolve().parent for p in sources} | {options.layout.folder, Path.cwd().resolve()}
    print(f"watching {len(sources)} reports; Ctrl-C stops", file=sys.stderr, flush=True)
    for changes in watchfiles.watch(*watched, recursive=False, raise_interrupt=True):
        changed = {Path(path).resolve() for _, path in changes}
        everything = bool(changed & settings) or any(
            p.is_relative_to(batch.options.layout.folder) for p in changed
        )
        if everything:  # settings or layout: load them again, rebuild all
            try:
                sources, options = load()
            except BriefingError as error:
                on_error(error)  # keep watching: the next save may fix it
                continue
            batch = replace(batch, options=options)
        for source in touched(sources, changed, everything):
            show(batch.build_one(source))


def touched(sources: Sequence[Path], changed: set[Path], everything: bool) -> list[Path]:
    """The sources to rebuild after `changed` files changed: those whose source or sidecar
    changed, or all when the layout or the settings did."""
    return [s for s in sources if everything or changed & {s.resolve(), sidecar_path(s).resolve()}]


def print_outcome(outcome: Outcome) -> None:
    ok = outcome.result is not None
    print(outcome.line, file=sys.stdout if ok else sys.stderr, flush=True)


def error_lines(error: BriefingError, debug: bool = False) -> str:
    """ "error: …" for each of its problems, then "hint: …" for each hint they give (once);
    with `debug`, the traceback first."""
    hints = dict.fromkeys(problem.hint for problem in error.problems if problem.hint)
    text = "\n".join([*(f"error: {p}" for p in error.problems), *(f"hint: {h}" for h in hints)])
    return _traceback(error) + text if debug else text


def _bug_lines(source: Path, error: Exception, debug: bool) -> str:
    lines = f"error: {source}: internal error: {type(error).__name__}: {error}"
    if debug:
        return _traceback(error) + lines
    return lines + "\nhint: this is a bug in briefing; --debug shows the traceback to report"


def _traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(error))


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _worker(follow: bool) -> None:
    """Worker processes print warnings the way the command does, leave ^C to it, and follow
    symbolic links only when the command does (whatever way the pool starts them)."""
    reading.follow_symlinks(follow)
    warnings.showwarning = show_warning
    signal.signal(signal.SIGINT, signal.SIG_IGN)
