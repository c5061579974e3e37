"""Reproducible builds: the same inputs give byte-identical PDF, EPUB and JSON."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pikepdf
import pytest

from briefing.build import BuildOptions, build
from briefing.copies.recipients import load_recipients
from briefing.layouts import find_layout
from briefing.source_date import source_date

from .conftest import FIRST_REPORT, ROOT, shipped


def _build_twice(source: Path, tmp_path: Path) -> list[tuple[bytes, bytes]]:
    layout = find_layout("briefing", project=ROOT)
    first = build(source, tmp_path / "one", BuildOptions(layout, "a4")).outputs
    second = build(source, tmp_path / "two", BuildOptions(layout, "a4")).outputs
    return [(a.read_bytes(), b.read_bytes()) for a, b in zip(first, second, strict=True)]


def test_with_source_date_epoch_two_builds_are_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for one, two in _build_twice(FIRST_REPORT, tmp_path):
        assert one == two
    epub = tmp_path / "one" / f"{FIRST_REPORT.stem}.epub"
    with zipfile.ZipFile(epub) as archive:
        entries = archive.infolist()
        assert entries[0].filename == "mimetype"
        assert entries[0].compress_type == zipfile.ZIP_STORED
        assert {e.date_time for e in entries} == {(2023, 11, 14, 0, 0, 0)}
    with pikepdf.open(tmp_path / "one" / f"{FIRST_REPORT.stem}.pdf") as pdf:
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20231114")


def test_without_it_the_reports_own_date_makes_builds_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    source = Path(shutil.copy(FIRST_REPORT, tmp_path / "report.txt"))
    os.utime(source, (1_600_000_000, 1_600_000_000))
    for one, two in _build_twice(source, tmp_path):
        assert one == two


def test_two_clones_built_on_different_days_give_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default date of a source git tracks is its last commit's, not the checkout's."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    origin = tmp_path / "origin"
    (origin / "sources").mkdir(parents=True)
    shutil.copy(FIRST_REPORT, origin / "sources" / "report.txt")
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2024-03-05T10:00:00Z",
        "GIT_COMMITTER_DATE": "2024-03-05T10:00:00Z",
    }

    def git(*args: str, cwd: Path) -> None:
        subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)

    git("init", "-q", cwd=origin)
    git("add", ".", cwd=origin)
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "r", cwd=origin)
    built = []
    for n, day in enumerate((1_700_000_000, 1_750_000_000)):
        clone = tmp_path / f"clone{n}"
        git("clone", "-q", str(origin), str(clone), cwd=tmp_path)
        source = clone / "sources" / "report.txt"
        os.utime(source, (day, day))  # checked out on another day
        result = build(source, clone / "out", shipped())
        built.append([path.read_bytes() for path in result.outputs])
    assert built[0] == built[1]
    data = json.loads(built[0][2])
    assert data["title"]
    # And an edited file is dated by its own change, not the commit's.
    assert source_date(source).isoformat() == "2024-03-05"
    source.write_text(source.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    os.utime(source, (1_750_000_000, 1_750_000_000))
    assert source_date(source).isoformat() == "2025-06-15"


def test_fonts_subset_by_fonttools_keep_builds_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without HarfBuzz's subsetter WeasyPrint subsets with fontTools, which stamps each font
    with the time it was made: two builds a minute apart must still be identical."""
    import fontTools.misc.timeTools as font_times
    import weasyprint.pdf.fonts

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    clock = iter(range(1_700_000_000, 1_800_000_000, 60))
    # fontTools' own clock only, not the process's
    monkeypatch.setattr(font_times, "time", SimpleNamespace(time=lambda: float(next(clock))))
    source = Path(shutil.copy(FIRST_REPORT, tmp_path / "report.txt"))
    os.utime(source, (1_600_000_000, 1_600_000_000))
    people = load_recipients(write_people(tmp_path))
    layout = find_layout("briefing", project=ROOT)
    for out in ("one", "two"):
        build(source, tmp_path / out, BuildOptions(layout, "a4"), recipients=people)
    made = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.*"))
    assert any(p.parent.name == "copies" for p in made)  # the marked copies too
    for path in made:
        assert (tmp_path / "one" / path).read_bytes() == (tmp_path / "two" / path).read_bytes()


def write_people(folder: Path) -> Path:
    path = folder / "people.csv"
    path.write_text("name\nAna Pereira\n", encoding="utf-8")
    return path
