"""Benchmark: our full build against pandoc, the time of each stage, and how build time
and memory grow with the size of a report.

    python bench/bench.py [--runs 5] [--out bench/results.md]

A plain script, never a test: it prints a Markdown report (and writes it to --out).
Times are medians of --runs runs; memory is the peak resident size of the process.
pandoc (Debian's package) is measured when it is on the PATH, else skipped with a note.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIRST_REPORT = ROOT / "sources" / "human-trafficking-in-luxembourg.txt"
LARGE = (650, 1300)  # about 250 and 500 pages
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
        args.out.write_text(report, encoding="utf-8")


def _against_pandoc(work: Path, runs: int) -> list[str]:
    ours = _median(runs, lambda: _run_build(FIRST_REPORT, work / "ours"))
    rows = [f"| briefing build (PDF + EPUB + JSON) | {ours:.2f} s |"]
    if shutil.which("pandoc") is None:
        rows.append("| pandoc | not installed: skipped (Debian: `apt install pandoc`) |")
    else:
        pdf = _median(
            runs, lambda: _pandoc(FIRST_REPORT, work / "p.pdf", "--pdf-engine=weasyprint")
        )
        epub = _median(runs, lambda: _pandoc(FIRST_REPORT, work / "p.epub"))
        rows += [
            f"| pandoc → PDF (WeasyPrint) | {pdf:.2f} s |",
            f"| pandoc → EPUB | {epub:.2f} s |",
            f"| pandoc, both | {pdf + epub:.2f} s |",
        ]
    return [
        "The first report, full build from the command line:",
        "",
        "| what | time |",
        "|---|---|",
        *rows,
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
        rows.append(
            f"| {times}× | {pages} | {results[times]:.1f} s | {max(memory) / 1024:.0f} MB |"
        )
    ratio = results[40] / results[20]
    return [
        "The first report's text repeated in every section (same sections, more text):",
        "",
        "| size | pages | time | peak memory |",
        "|---|---|---|---|",
        *rows,
        "",
        f"40× takes {ratio:.2f} times as long as 20× (linear would be 2.00).",
    ]


def _large(work: Path, _: int) -> list[str]:
    """Toward 500 pages: the text repeated 300 and 600 times, one build each (minutes)."""
    rows, results = [], {}
    for times in LARGE:
        source = work / f"report-x{times}.txt"
        source.write_text(
            _repeated(FIRST_REPORT.read_text(encoding="utf-8"), times), encoding="utf-8"
        )
        elapsed, peak, pages = _measured_build(source, work / f"x{times}", "--max-size", "50")
        results[times] = elapsed
        rows.append(f"| {times}× | {pages} | {elapsed:.0f} s | {peak / 1024:.0f} MB |")
    ratio = results[LARGE[1]] / results[LARGE[0]]
    return [
        "Long reports (one build each):",
        "",
        "| size | pages | time | peak memory |",
        "|---|---|---|---|",
        *rows,
        "",
        f"{LARGE[1]}× takes {ratio:.2f} times as long as {LARGE[0]}× (linear would be 2.00).",
    ]


def _many_reports(work: Path, _: int) -> list[str]:
    """Six reports built with one job and with two, then again with nothing changed."""
    project = work / "many"
    (project / "sources").mkdir(parents=True)
    texts = [FIRST_REPORT, *sorted((ROOT / "tests" / "data" / "extraction").glob("*.txt"))][:6]
    for text in texts:
        shutil.copy(text, project / "sources")
    rows = []
    for jobs in (1, 2):
        seconds = _timed_command(project, "--jobs", str(jobs), "--force")
        rows.append(
            f"| {len(texts)} reports, {jobs} {'job' if jobs == 1 else 'jobs'} | {seconds:.1f} s |"
        )
    one, two = (float(r.split("|")[2].split()[0]) for r in rows)
    skipped = statistics.median(_timed_command(project) for _ in range(5))
    return [
        "Many reports, from the command line:",
        "",
        "| what | time |",
        "|---|---|",
        *rows,
        f"| the same, nothing changed (all skipped) | {skipped:.2f} s |",
        "",
        f"2 jobs are {one / two:.2f} times as fast as 1.",
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


PARTS: dict[str, Callable[[Path, int], list[str]]] = {
    "pandoc": _against_pandoc,
    "stages": _stages,
    "scaling": _scaling,
    "large": _large,
    "many": _many_reports,
    "copies": _copies,
}


def _repeated(text: str, times: int) -> str:
    """Every paragraph of every section `times` times over; headings once."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        is_heading = block.lstrip().startswith("=")
        out.append(block if is_heading else "\n\n".join([block] * times))
    return "\n\n".join(out)


def _run_build(source: Path, out: Path) -> None:
    command = [sys.executable, "-m", "briefing", "build", str(source), "--out", str(out), "--force"]
    subprocess.run(command, check=True, capture_output=True)


def _measured_build(source: Path, out: Path, *options: str) -> tuple[float, int, int]:
    """(seconds, peak resident kB, pages) of one build in a process of its own."""
    command = ["/usr/bin/time", "-f", "%e %M", sys.executable, "-m", "briefing", "build"]
    command += [str(source), "--out", str(out), "--force", *options]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    elapsed, peak = done.stderr.strip().splitlines()[-1].split()
    pages = int(re.search(r"\((\d+) pages", done.stdout)[1])
    return float(elapsed), int(peak), pages


def _pandoc(source: Path, output: Path, *options: str) -> None:
    command = ["pandoc", "-f", "mediawiki", str(source), "-o", str(output), *options]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    subprocess.run(command, check=True, capture_output=True, env=env)


def _median(runs: int, work: Callable[[], None]) -> float:
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
