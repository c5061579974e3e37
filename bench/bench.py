"""Benchmark: our full build against pandoc, the time of each stage, how build time and
memory grow with the size of a report, and how two jobs compare with one.

    python bench/bench.py [--runs 5] [--out bench/results.md] [--only PART]

A plain script, never a test: it prints a Markdown report (and writes it to --out).
Two commands compared are run side by side, A B A B …, after a warm-up of each; a row gives
the medians of --runs runs of each, wall and CPU time (the children's user + system), the
median of the pair-by-pair ratios, and the load average before and after, so that a busy
machine can be told from a slow build. Memory is the peak resident size of the process.
pandoc (Debian's package) is measured when it is on the PATH, else skipped with a note.
Each row says the command that reproduces it.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIRST_REPORT = ROOT / "sources" / "human-trafficking-in-luxembourg.txt"
LARGE = (230, 460)  # about 250 and 500 pages (400 times gave 434)
SCALES = (1, 10, 20, 40)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument(
        "--only", choices=sorted(PARTS), help="measure one part and print it (results.md is kept)"
    )
    args = parser.parse_args()
    parts = [args.only] if args.only else list(PARTS)
    with tempfile.TemporaryDirectory() as folder:
        lines = [
            f"Measured {time.strftime('%Y-%m-%d')} on {_machine()}; medians of {args.runs} runs.",
        ]
        for part in parts:
            lines += ["", *PARTS[part](Path(folder), args.runs)]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.only:
        args.out.write_text(_notes_kept(args.out) + report, encoding="utf-8")


def _notes_kept(results: Path) -> str:
    """What results.md says above its measured part (the targets and each session's notes),
    which a new run keeps."""
    if not results.is_file():
        return ""
    text = results.read_text(encoding="utf-8")
    return text[: text.index("Measured ")] if "Measured " in text else ""


def _against_pandoc(work: Path, runs: int) -> list[str]:
    """The first report: our cold build against pandoc's EPUB and PDF of the same file."""
    ours = [*_briefing(), "build", str(FIRST_REPORT), "--out", str(work / "ours"), "--force"]
    if shutil.which("pandoc") is None:
        return [NO_PANDOC]
    measured = _paired(ours, _pandoc_pair(work), runs)
    return [
        "The first report, a cold build from the command line, side by side with pandoc's",
        "EPUB + PDF (through WeasyPrint) of the same file (`python bench/bench.py --only pandoc`):",
        "",
        *measured.table("briefing build", "pandoc, EPUB + PDF"),
    ]


def _pandoc_pair(work: Path) -> list[str]:
    """pandoc's EPUB and its PDF through WeasyPrint of the first report, one command."""
    pandoc = ["pandoc", "-f", "mediawiki", str(FIRST_REPORT)]
    epub = [*pandoc, "-o", str(work / "p.epub")]
    pdf = [*pandoc, "--pdf-engine=weasyprint", "-o", str(work / "p.pdf")]
    return ["sh", "-c", f"{shlex.join(epub)} && {shlex.join(pdf)}"]


NO_PANDOC = "pandoc is not installed: skipped (Debian: `apt install pandoc`)."


def _rebuilds(work: Path, runs: int) -> list[str]:
    """What `briefing watch` does after a save: the first report rebuilt in a warm process
    after an edit, side by side with pandoc's cold pair: round by round, a rebuild after an
    edit the cover does not show (a sentence at the end), one after an edit it shows (the
    title), then pandoc's pair."""
    from briefing.build import build
    from briefing.layouts import find_layout
    from briefing.options import BuildOptions

    if shutil.which("pandoc") is None:
        return [NO_PANDOC]
    options = BuildOptions(find_layout("briefing", project=ROOT), "a4")
    source = work / FIRST_REPORT.name
    text = FIRST_REPORT.read_text(encoding="utf-8")
    title, rest = text.split("\n", 1)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}

    def rebuilt(edited: str) -> tuple[float, float]:
        source.write_text(edited, encoding="utf-8")
        wall, cpu = time.perf_counter(), time.process_time()
        build(source, work / "watch", options, force=True)
        return time.perf_counter() - wall, time.process_time() - cpu

    rebuilt(text)  # the first build of the process: imports, fonts, caches
    _run(_pandoc_pair(work), None, env)
    before = os.getloadavg()[0]
    at_end, title_edit, pandoc = [], [], []
    for run in range(runs):
        word = ("revised", "edited")[run % 2]
        at_end.append(rebuilt(f"{text}\n\nThe text was {word} at the end.\n"))
        title_edit.append(rebuilt(f"{title.rstrip(' =')} ({word}) =\n{rest}"))
        pandoc.append(_run(_pandoc_pair(work), None, env))
    load = (before, os.getloadavg()[0])
    command = "`python bench/bench.py --only rebuilds`"
    return [
        "A rebuild in a warm process (what `briefing watch` does after a save) against pandoc's",
        "cold EPUB + PDF of the first report, round by round (CPU: the process's own time):",
        "",
        "After a sentence added at the end (the cover image is kept):",
        "",
        *Paired(at_end, pandoc, load, command).table("rebuild", "pandoc, EPUB + PDF"),
        "",
        "After an edit to the title (the cover image is made again):",
        "",
        *Paired(title_edit, pandoc, load, command).table("rebuild", "pandoc, EPUB + PDF"),
    ]


def _stages(work: Path, runs: int) -> list[str]:
    """Each stage of one build of the first report, in this process, after a warm-up."""
    from briefing.build import build
    from briefing.layouts import find_layout
    from briefing.options import BuildOptions

    options = BuildOptions(find_layout("briefing", project=ROOT), "a4")
    timings: dict[str, list[float]] = {}

    def timed(stage: str, step: Callable[..., Any], *args: Any) -> Any:
        started = time.perf_counter()
        result = step(*args)
        timings.setdefault(stage, []).append(time.perf_counter() - started)
        return result

    for run in range(runs + 1):
        build(FIRST_REPORT, work / "stages", options, force=True, timed=timed)
        if run == 0:
            timings.clear()  # the warm-up: imports, fonts, caches
    medians = {name: statistics.median(values) for name, values in timings.items()}
    total = sum(medians.values())
    rows = [
        f"| {name} | {seconds * 1000:.0f} ms | {seconds / total:.0%} |"
        for name, seconds in medians.items()
    ]
    others = total - medians["PDF layout and write (WeasyPrint)"]
    return [
        "Stages of one build of the first report (warm process):",
        "",
        "| stage | time | share |",
        "|---|---|---|",
        *rows,
        f"| all but WeasyPrint | {others * 1000:.0f} ms | {others / total:.0%} |",
    ]


def _scaling(work: Path, runs: int) -> list[str]:
    runs = max(runs // 2, 1)
    rows = []
    results = {}
    for times in SCALES:
        source = work / f"report-x{times}.txt"
        source.write_text(
            _repeated(FIRST_REPORT.read_text(encoding="utf-8"), times), encoding="utf-8"
        )
        seconds, memory, pages = [], [], 0
        for _ in range(runs):
            elapsed, peak, pages = _measured_build(source, work / f"x{times}")
            seconds.append(elapsed)
            memory.append(peak)
        results[times] = statistics.median(seconds)
        per_page = results[times] / pages * 1000
        rows.append(
            f"| {times}× | {pages} | {results[times]:.1f} s | {per_page:.0f} ms "
            f"| {max(memory) / 1024:.0f} MB |"
        )
    ratio = results[40] / results[20]
    return [
        "The first report's text repeated in every section (same sections, that many times the",
        "words; `python bench/bench.py --only scaling`):",
        "",
        "| size | pages | time | per page | peak memory |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"40× takes {ratio:.2f} times as long as 20× (linear would be 2.00).",
    ]


def _large(work: Path, _: int) -> list[str]:
    """Toward 500 pages: the text 200 and 400 times over, one build each (minutes)."""
    rows, results = [], {}
    for times in LARGE:
        source = work / f"report-x{times}.txt"
        source.write_text(
            _repeated(FIRST_REPORT.read_text(encoding="utf-8"), times), encoding="utf-8"
        )
        elapsed, peak, pages = _measured_build(source, work / f"x{times}", "--max-size", "50")
        results[times] = elapsed
        rows.append(
            f"| {times}× | {pages} | {elapsed:.0f} s | {elapsed / pages * 1000:.0f} ms "
            f"| {peak / 1024:.0f} MB |"
        )
    ratio = results[LARGE[1]] / results[LARGE[0]]
    return [
        "Long reports (one build each; `python bench/bench.py --only large`):",
        "",
        "| size | pages | time | per page | peak memory |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"{LARGE[1]}× takes {ratio:.2f} times as long as {LARGE[0]}× (linear would be 2.00).",
    ]


def _many_reports(work: Path, runs: int) -> list[str]:
    """Six reports built with two jobs against one, side by side, then with nothing changed."""
    project = work / "many"
    (project / "sources").mkdir(parents=True)
    others = sorted((ROOT / "tests" / "data" / "extraction").glob("*.txt"))
    texts = [FIRST_REPORT, *(t for t in others if t.name != FIRST_REPORT.name)][:6]
    for text in texts:
        shutil.copy(text, project / "sources")
    build = [*_briefing(), "build", "--force"]
    measured = _paired([*build, "--jobs", "2"], [*build, "--jobs", "1"], runs, cwd=project)
    skipped = statistics.median(_timed_command(project) for _ in range(5))
    return [
        f"{len(texts)} reports from the command line, two jobs against one, side by side (CPU "
        "time above wall time is the two cores at work; `python bench/bench.py --only many`):",
        "",
        *measured.table("--jobs 2", "--jobs 1"),
        "",
        f"Two jobs are {1 / measured.ratio:.2f} times as fast as one. The same folder with "
        f"nothing changed (all skipped): {skipped:.2f} s.",
    ]


def _copies(work: Path, runs: int) -> list[str]:
    """A build of the first report with ten personal copies against one without (warm)."""
    from briefing.build import build
    from briefing.copies.recipients import load_recipients
    from briefing.layouts import find_layout
    from briefing.options import BuildOptions

    people = work / "people.csv"
    people.write_text(
        "name,organisation\n" + "".join(f"Person {n},Office {n}\n" for n in range(10))
    )
    recipients = load_recipients(people)
    layout = find_layout("briefing", project=ROOT)
    plain = _median(
        runs, lambda: build(FIRST_REPORT, work / "c", BuildOptions(layout, "a4"), force=True)
    )
    with_copies = _median(
        runs,
        lambda: build(
            FIRST_REPORT, work / "c", BuildOptions(layout, "a4"), force=True, recipients=recipients
        ),
    )
    each = (with_copies - plain) / len(recipients)
    return [
        "Personal copies (`--recipients`), the first report, in a warm process:",
        "",
        "| what | time |",
        "|---|---|",
        f"| full build | {plain:.2f} s |",
        f"| full build and {len(recipients)} copies | {with_copies:.2f} s |",
        f"| one copy (PDF and EPUB stamped, manifest) | {each * 1000:.0f} ms "
        f"({each / plain:.0%} of a full build) |",
    ]


def _timed_command(project: Path, *options: str) -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "briefing", "build", *options]
    subprocess.run(command, cwd=project, check=True, capture_output=True)
    return time.perf_counter() - started


@dataclass(frozen=True)
class Paired:
    """Two commands run in turn: each run's wall and CPU seconds, the load around them."""

    a: Sequence[tuple[float, float]]  # (wall, cpu) of each run of A
    b: Sequence[tuple[float, float]]
    load: tuple[float, float]  # the 1-minute load average before and after
    command: str  # what reproduces the row

    @property
    def ratio(self) -> float:
        """The median of A's wall time over B's, pair by pair."""
        return statistics.median(x[0] / y[0] for x, y in zip(self.a, self.b, strict=True))

    def table(self, name_a: str, name_b: str) -> list[str]:
        def row(name: str, runs: Sequence[tuple[float, float]]) -> str:
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            return f"| {name} | {wall:.2f} s | {cpu:.2f} s |"

        cpu_ratio = statistics.median(x[1] / y[1] for x, y in zip(self.a, self.b, strict=True))
        return [
            "| command | wall (median) | CPU (median) |",
            "|---|---|---|",
            row(name_a, self.a),
            row(name_b, self.b),
            f"| A/B, pair by pair | {self.ratio:.2f}× | {cpu_ratio:.2f}× |",
            "",
            f"{len(self.a)} runs of each, A B A B …; load average {self.load[0]:.2f} before, "
            f"{self.load[1]:.2f} after; {self.command}",
        ]


def _paired(a: list[str], b: list[str], runs: int, cwd: Path | None = None) -> Paired:
    """`a` and `b` run in turn, A B A B …, after one run of each not counted."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as a user's machine: modules compiled once
    for command in (a, b):
        subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=env)
    before = os.getloadavg()[0]
    times: dict[int, list[tuple[float, float]]] = {0: [], 1: []}
    for _ in range(runs):
        for side, command in enumerate((a, b)):
            times[side].append(_run(command, cwd, env))
    reproduce = f"A: `{shlex.join(a)}`, B: `{shlex.join(b)}`" + (f" in {cwd}" if cwd else "")
    return Paired(times[0], times[1], (before, os.getloadavg()[0]), reproduce)


def _run(command: list[str], cwd: Path | None, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the command and what it waited for)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)


def _briefing() -> list[str]:
    return [sys.executable, "-m", "briefing"]


PARTS: dict[str, Callable[[Path, int], list[str]]] = {
    "pandoc": _against_pandoc,
    "rebuilds": _rebuilds,
    "stages": _stages,
    "scaling": _scaling,
    "large": _large,
    "many": _many_reports,
    "copies": _copies,
}


def _repeated(text: str, times: int) -> str:
    """Every section's text `times` times over, its heading once: `times` times the words."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        heading = lines[:1] if lines and lines[0].lstrip().startswith("=") else []
        body = "\n".join(lines[len(heading) :])
        out.append("\n".join([*heading, "\n\n".join([body] * times) if body else ""]).strip())
    return "\n\n".join(out)


def _measured_build(source: Path, out: Path, *options: str) -> tuple[float, int, int]:
    """(seconds, peak resident kB, pages) of one build in a process of its own."""
    command = ["/usr/bin/time", "-f", "%e %M", sys.executable, "-m", "briefing", "build"]
    command += [str(source), "--out", str(out), "--force", *options]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    elapsed, peak = done.stderr.strip().splitlines()[-1].split()
    said = re.search(r"\((\d+) pages", done.stdout)
    assert said, done.stdout
    pages = int(said[1])
    return float(elapsed), int(peak), pages


def _median(runs: int, work: Callable[[], object]) -> float:
    work()  # warm the disk cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


if __name__ == "__main__":
    main()
