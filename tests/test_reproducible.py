"""Reproducible builds: the same inputs give byte-identical PDF, EPUB and JSON."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pikepdf
import pytest

from briefing.build import BuildOptions, build
from briefing.layouts import find_layout

from .conftest import FIRST_REPORT, ROOT


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
