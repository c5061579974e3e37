"""Layouts are found in the project first and ship inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.layouts import find_layout, shipped_layouts

from .conftest import ROOT


def test_shipped_layout_is_found_outside_a_project(tmp_path: Path) -> None:
    layout = find_layout("briefing", project=tmp_path)
    assert layout.folder == (shipped_layouts() / "briefing").resolve()
    assert layout.paper == "a4"


def test_layout_settings_are_checked(tmp_path: Path) -> None:
    folder = tmp_path / "layouts" / "odd"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text('paper = "a3"\n')
    with pytest.raises(BriefingError, match=r"layout.toml: paper: expected one of a4, letter"):
        find_layout("odd", project=tmp_path)
    (folder / "layout.toml").write_text("paper = \n")
    with pytest.raises(BriefingError, match=r"layout\.toml: not valid TOML"):
        find_layout("odd", project=tmp_path)


def test_the_wheel_carries_the_layout(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("layout.toml", "print.css", "epub.css", "pdf.html", "parts.html", "base.html"):
        assert f"briefing/layouts/briefing/{name}" in names
    assert "briefing/layouts/briefing/epub-cover-image.html" in names  # the fallback's
    assert "briefing/py.typed" in names  # type checkers read our annotations (PEP 561)


def test_a_compiled_template_is_kept_for_the_next_process(tmp_path: Path) -> None:
    """A new process finds the layout's templates compiled: Jinja2's bytecode cache."""
    from briefing.render import html

    (tmp_path / "page.html").write_text(f"<p>{{{{ x }}}} {tmp_path.name}</p>", encoding="utf-8")
    first = html._environment.__wrapped__(str(tmp_path))
    assert first.get_template("page.html").render(x=1) == f"<p>1 {tmp_path.name}</p>"

    second = html._environment.__wrapped__(str(tmp_path))  # as a new process makes it

    def not_again(*_: object) -> None:
        raise AssertionError("compiled again")

    second._compile = not_again  # type: ignore[method-assign]
    assert second.get_template("page.html").render(x=2) == f"<p>2 {tmp_path.name}</p>"
    # A changed template is compiled again, not taken from the cache.
    (tmp_path / "page.html").write_text("<p>{{ x }} changed</p>", encoding="utf-8")
    third = html._environment.__wrapped__(str(tmp_path))
    assert third.get_template("page.html").render(x=3) == "<p>3 changed</p>"
