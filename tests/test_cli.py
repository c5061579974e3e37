"""The `briefing` command as a user runs it: outputs, exit codes, error lines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing import __version__
from briefing.cli import main

from .conftest import ROOT, run


def test_build_with_no_source_builds_every_report_in_sources(project: Path) -> None:
    result = run("build", cwd=project)
    assert result.returncode == 0, result.stderr
    for suffix in (".pdf", ".epub", ".json"):
        assert (project / "out" / f"human-trafficking-in-luxembourg{suffix}").stat().st_size > 0
    assert "built sources/human-trafficking-in-luxembourg.txt" in result.stdout
    assert "Traceback" not in result.stderr


def test_build_into_another_folder_with_letter_paper(project: Path) -> None:
    assert (
        main(
            [
                "build",
                "sources/human-trafficking-in-luxembourg.txt",
                "--out",
                "elsewhere",
                "--paper",
                "LETTER",
            ]
        )
        == 0
    )
    assert (project / "elsewhere" / "human-trafficking-in-luxembourg.pdf").is_file()
    assert not (project / "out").exists()


def test_missing_source_exits_1_with_one_error_line(project: Path) -> None:
    result = run("build", "sources/nothing.txt", cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "error: sources/nothing.txt: source not found"
    assert "Traceback" not in result.stderr


def test_one_failing_report_does_not_stop_the_others(project: Path) -> None:
    (project / "sources" / "empty.txt").write_text("")
    result = run("build", cwd=project)
    assert result.returncode == 1
    assert "error: sources/empty.txt: source is empty" in result.stderr
    assert (project / "out" / "human-trafficking-in-luxembourg.pdf").is_file()


@pytest.mark.parametrize("args", [["build", "--paper", "a3"], ["build", "--bogus"], ["frobnicate"]])
def test_wrong_usage_exits_2(project: Path, args: list[str]) -> None:
    result = run(*args, cwd=project)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"briefing {__version__}"


def test_help_explains_every_option() -> None:
    text = run("build", "--help").stdout
    for option in ("SOURCE", "--out DIR", "--layout NAME|PATH", "--paper", "--debug"):
        assert option in text
    assert "a4" in text and "letter" in text


def test_output_path_that_is_a_file(project: Path) -> None:
    (project / "taken").write_text("not a folder")
    result = run("build", "--out", "taken", cwd=project)
    assert result.returncode == 1
    assert "error: taken: output path is a file, not a folder" in result.stderr


def test_unknown_layout_names_the_known_ones(project: Path) -> None:
    result = run("build", "--layout", "fancy", cwd=project)
    assert result.returncode == 1
    assert result.stderr.startswith("error: unknown layout 'fancy'")
    assert "hint: known layouts: briefing" in result.stderr


def test_debug_shows_the_traceback(project: Path) -> None:
    result = run("build", "missing.txt", "--debug", cwd=project)
    assert result.returncode == 1
    assert "Traceback" in result.stderr


def test_a_project_layout_wins_over_the_shipped_one(project: Path) -> None:
    shutil.copytree(ROOT / "layouts" / "briefing", project / "layouts" / "briefing")
    cover = project / "layouts" / "briefing" / "parts.html"
    cover.write_text(cover.read_text().replace(">Briefing</p>", ">Project layout</p>"))
    assert main(["build", "sources/human-trafficking-in-luxembourg.txt"]) == 0
    import pypdf

    text = pypdf.PdfReader(project / "out" / "human-trafficking-in-luxembourg.pdf").pages[0]
    assert "PROJECT LAYOUT" in text.extract_text()


def test_a_layout_given_by_path(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("layouts") / "plain"
    shutil.copytree(ROOT / "layouts" / "briefing", folder)
    (folder / "layout.toml").write_text('name = "plain"\npaper = "letter"\n')
    assert main(["build", "--layout", str(folder)]) == 0
    import pikepdf

    with pikepdf.open(project / "out" / "human-trafficking-in-luxembourg.pdf") as pdf:
        assert [round(float(v)) for v in pdf.pages[0].MediaBox] == [0, 0, 612, 792]


def test_template_error_in_a_layout_names_file_and_line(project: Path) -> None:
    folder = project / "layouts" / "broken"
    shutil.copytree(ROOT / "layouts" / "briefing", folder)
    (folder / "pdf.html").write_text('{% extends "base.html" %}\n{% block body %}\n{% if %}\n')
    result = run("build", "--layout", "broken", cwd=project)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert "pdf.html, line 3: template error:" in result.stderr
