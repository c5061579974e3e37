"""Building many reports: in parallel, each failure on its own, unchanged ones skipped."""

from __future__ import annotations

import json
import pickle
import queue
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from briefing.errors import BriefingError, Problem

from .conftest import ROOT, run

EXTRACTION = ROOT / "tests" / "data" / "extraction"


def _many(project: Path, count: int = 3) -> list[Path]:
    texts = sorted(EXTRACTION.glob("*.txt"))[:count]
    return [Path(shutil.copy(t, project / "sources")) for t in texts]


@pytest.mark.slow
def test_parallel_build_goes_on_past_a_failure_and_reports_it(project: Path) -> None:
    _many(project)
    (project / "sources" / "broken.txt").write_bytes(b"")
    result = run("build", "--jobs", "2", cwd=project)
    assert result.returncode == 1
    built = [line for line in result.stdout.splitlines() if line.startswith("built ")]
    assert len(built) == 4  # the first report and three more
    assert "error: sources/broken.txt: source is empty" in result.stderr
    assert result.stderr.rstrip().endswith("error: 1 of 5 reports failed")
    assert "\r" not in result.stderr  # no live status when stderr is not a terminal


@pytest.mark.slow
def test_an_unchanged_build_is_skipped_and_says_so(project: Path) -> None:
    assert run("build", cwd=project).returncode == 0
    pdf = project / "out" / "human-trafficking-in-luxembourg.pdf"
    before = pdf.stat().st_mtime_ns
    again = run("build", cwd=project)
    assert again.returncode == 0
    assert again.stdout.startswith("unchanged sources/human-trafficking-in-luxembourg.txt")
    assert "--force rebuilds" in again.stdout
    assert pdf.stat().st_mtime_ns == before
    forced = run("build", "--force", cwd=project)
    assert forced.stdout.startswith("built ")
    assert pdf.stat().st_mtime_ns != before


@pytest.mark.slow
def test_a_changed_input_rebuilds(project: Path) -> None:
    assert run("build", cwd=project).returncode == 0
    (project / "sources" / "human-trafficking-in-luxembourg.yaml").write_text("subtitle: New\n")
    assert run("build", cwd=project).stdout.startswith("built ")
    assert run("build", "--paper", "letter", cwd=project).stdout.startswith("built ")
    layout = project / "layouts" / "briefing"
    shutil.copytree(ROOT / "layouts" / "briefing", layout)
    assert run("build", "--paper", "letter", cwd=project).stdout.startswith("unchanged ")
    (layout / "print.css").write_text((layout / "print.css").read_text() + "\n/* edited */\n")
    assert run("build", "--paper", "letter", cwd=project).stdout.startswith("built ")
    (project / "out" / "human-trafficking-in-luxembourg.epub").unlink()
    assert run("build", "--paper", "letter", cwd=project).stdout.startswith("built ")


def test_two_sources_of_one_name_are_refused_before_building(project: Path) -> None:
    (project / "sources" / "human-trafficking-in-luxembourg.md").write_text("# Other\n\nText.\n")
    result = run("build", cwd=project)
    assert result.returncode == 1
    assert "would write human-trafficking-in-luxembourg.pdf, .epub and .json, as" in result.stderr
    assert not (project / "out").exists()


def test_an_error_keeps_its_fields_across_processes() -> None:
    sent = BriefingError("what", hint="do this", path=Path("f.yaml"), line=3, key="a.b[1]")
    error = pickle.loads(pickle.dumps(sent))
    assert (str(error), error.hint) == ("f.yaml, line 3: a.b[1]: what", "do this")
    assert (error.message, error.path, error.line, error.key) == (
        "what",
        Path("f.yaml"),
        3,
        "a.b[1]",
    )
    several = BriefingError.of([*sent.problems, Problem("other", path="g.toml", key="paper")])
    assert pickle.loads(pickle.dumps(several)).problems == several.problems


@pytest.mark.slow
def test_watch_rebuilds_a_report_when_it_changes(project: Path) -> None:
    command = [sys.executable, "-m", "briefing", "watch"]
    with subprocess.Popen(
        command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as watcher:
        lines = _lines_of(watcher.stdout)
        try:
            assert lines.get(timeout=120).startswith("built sources/")
            source = project / "sources" / "human-trafficking-in-luxembourg.txt"
            text = source.read_text()
            for attempt in range(10):  # the watcher may not be listening yet: save again
                source.write_text(f"{text}\n\nIn 2025, {99 + attempt} new shelters opened.\n")
                try:
                    assert lines.get(timeout=10).startswith("built sources/")
                    break
                except queue.Empty:
                    continue
            data = json.loads(
                (project / "out" / "human-trafficking-in-luxembourg.json").read_text()
            )
            assert any(f["label"] == "new shelters opened" for f in data["figures"])
        finally:
            watcher.send_signal(signal.SIGINT)
            try:
                watcher.wait(timeout=30)
            except subprocess.TimeoutExpired:
                watcher.kill()  # fail, not hang on the reader thread's open pipe
                raise
            err = watcher.stderr.read()
    assert watcher.returncode == 0
    assert "watching 1 reports" in err and "stopped watching" in err


def _lines_of(stream: IO[str]) -> queue.Queue[str]:
    """The lines of `stream` as they come, read by a thread, so a test can wait with a timeout."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines
