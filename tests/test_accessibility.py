"""The EPUB checked by DAISY Ace, the accessibility checker publishers use (axe-core rules in
a real browser, plus EPUB package and navigation checks).

Ace is a Node program: `PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/ace` installs it, and
it drives Debian's chromium. CI installs both; elsewhere the test is skipped with that hint.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.build import build
from tests.conftest import ROOT, shipped

ACE = ROOT / "tests" / "ace" / "node_modules" / ".bin" / "ace-cli"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
INPUTS = ROOT / "tests" / "data" / "inputs"

pytestmark = [
    pytest.mark.slow,  # DAISY Ace drives Chromium: seconds a report
    pytest.mark.skipif(
        not ACE.exists() or CHROMIUM is None,
        reason="DAISY Ace: apt install chromium; "
        "PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/ace",
    ),
]


def ace(epub: Path, report: Path) -> dict:
    environment = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": str(CHROMIUM)}
    done = subprocess.run(
        [str(ACE), "--force", "--silent", "--outdir", str(report), str(epub)],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    assert done.returncode == 0, done.stderr
    return json.loads((report / "report.json").read_text(encoding="utf-8"))


def violations(result: dict) -> list[str]:
    return [
        f"{document['earl:testSubject']['url']}: {check['earl:test']['dct:title']}: "
        f"{check['earl:result'].get('dct:description', '')}"
        for document in result["assertions"]
        for check in document.get("assertions", [])
    ]


def test_the_first_reports_epub_has_no_accessibility_violation(
    built_epub: Path, tmp_path: Path
) -> None:
    result = ace(built_epub, tmp_path / "report")
    assert violations(result) == []
    assert result["earl:result"]["earl:outcome"] == "pass"


@pytest.mark.parametrize("name", ["constructs.wiki", "constructs.md", "torture.md"])
def test_reports_with_lists_tables_notes_and_other_scripts_have_none(
    name: str, tmp_path: Path
) -> None:
    source = tmp_path / name
    shutil.copy(INPUTS / name, source)
    result = build(source, tmp_path / "out", shipped())
    outcome = ace(result.outputs[1], tmp_path / "report")
    assert violations(outcome) == []
