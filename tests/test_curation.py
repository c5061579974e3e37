"""The sidecar: curation applied to the findings, and errors that name file, line and key."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.config import load_curation
from briefing.errors import BriefingError
from briefing.extract import extract
from briefing.readers import read

from .conftest import FIRST_REPORT


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    shutil.copy(FIRST_REPORT, path)
    return path


def curated(source: Path, sidecar: str):
    source.with_suffix(".yaml").write_text(sidecar, encoding="utf-8")
    report = read(source)
    return assemble(report, extract(report), load_curation(source))


def test_no_sidecar_changes_nothing(source: Path) -> None:
    report = read(source)
    briefing = assemble(report, extract(report), load_curation(source))
    assert briefing.figures == extract(report).figures
    assert len(briefing.headline) == 4  # ranked, none pinned


def test_sidecar_sets_cover_fields_pins_relabels_drops_and_adds(source: Path) -> None:
    ids = [f.id for f in extract(read(source)).figures]
    events = [e.id for e in extract(read(source)).timeline]
    briefing = curated(
        source,
        f"""
title: Trafficking in Luxembourg
subtitle: What the record shows
date: 2024-05-01
audience: Board members
classification: Internal
figures:
  pin: [{ids[2]}, {ids[0]}]
  relabel:
    {ids[1]}: victims identified
  drop: [{ids[3]}]
  add:
    - label: shelters funded
      value: 2
      period: 2024
      section: protection-2008
events:
  drop: [{events[0]}]
  retext:
    {events[1]}: A network was planned
  add:
    - start: 2024-03
      text: New action plan adopted
""",
    )
    assert briefing.title == "Trafficking in Luxembourg"
    assert briefing.subtitle == "What the record shows"
    assert briefing.date == dt.date(2024, 5, 1)
    assert (briefing.audience, briefing.classification) == ("Board members", "Internal")
    assert [c.cited.item.id for c in briefing.headline][:2] == [ids[2], ids[0]]
    by_id = {f.id: f for f in briefing.figures}
    assert by_id[ids[1]].label == "victims identified"
    assert ids[3] not in by_id
    added = briefing.figures[-1]
    assert (added.label, added.value, added.display, added.section) == (
        "shelters funded",
        2,
        "2",
        "protection-2008",
    )
    assert added.period.start == "2024"
    texts = {e.id: e.text for e in briefing.timeline}
    assert events[0] not in texts
    assert texts[events[1]] == "A network was planned"
    assert "New action plan adopted" in texts.values()
    starts = [e.start for e in briefing.timeline]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        (
            "figures:\n  pin: [no-such-figure]\n",
            r'report.yaml, line 2: figures.pin\[0\]: no figure with id "no-such-figure" \(known: ',
        ),
        (
            "figures:\n  relabel:\n    nope: x\n",
            r'report.yaml, line 3: figures.relabel.nope: no figure with id "nope"',
        ),
        ("events:\n  drop: [nope]\n", r'events.drop\[0\]: no event with id "nope"'),
        ("title: [1, 2]\n", r"report.yaml, line 1: title: expected a text, found a list"),
        ("date: soon\n", r"date: expected a date as YYYY-MM-DD, found the text 'soon'"),
        ("colour: red\n", r"colour: expected one of the keys .*found unknown key 'colour'"),
        (
            "figures:\n  add:\n    - label: x\n      value: many\n",
            r"line 4: figures.add\[0\].value: expected a number, found the text 'many'",
        ),
        ("figures:\n  add:\n    - value: 3\n", r"figures.add\[0\].label: expected a text"),
        (
            "figures:\n  add:\n    - {label: x, value: 1, section: nowhere}\n",
            r'figures.add\[0\].section: no section with id "nowhere"',
        ),
        (
            "events:\n  add:\n    - {start: 2024-13, text: x}\n",
            r"events.add\[0\].start: expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        ("title: [unclosed\n", r"report.yaml, line 2: not valid YAML"),
        ("- just\n- a list\n", r"\(top level\): expected a mapping"),
    ],
)
def test_sidecar_errors_name_file_line_key_and_expectation(
    source: Path, sidecar: str, message: str
) -> None:
    with pytest.raises(BriefingError, match=message):
        curated(source, sidecar)


def test_every_problem_of_a_sidecar_is_reported_in_one_run(source: Path) -> None:
    sidecar = source.with_suffix(".yaml")
    sidecar.write_text("title: [1]\ndate: soon\ncolour: red\nfigures:\n  add:\n    - value: many\n")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "figures", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {sidecar}, line 1: title: expected a text, found a list",
        f"error: {sidecar}, line 2: date: expected a date as YYYY-MM-DD, found the text 'soon'",
        f"error: {sidecar}, line 3: colour: expected one of the keys audience, author, "
        "certified_by, classification, conforms_to, date, events, figures, subtitle, title, "
        "found unknown key 'colour'",
        f"error: {sidecar}, line 6: figures.add[0].label: expected a text, found nothing",
        f"error: {sidecar}, line 6: figures.add[0].value: expected a number, found the text 'many'",
    ]


def test_every_unknown_id_is_reported_in_one_run(source: Path) -> None:
    sidecar = "figures:\n  pin: [a]\n  drop: [b]\nevents:\n  drop: [c]\n"
    with pytest.raises(BriefingError) as caught:
        curated(source, sidecar)
    assert [(p.key, p.line) for p in caught.value.problems] == [
        ("figures.drop[0]", 3),
        ("figures.pin[0]", 2),
        ("events.drop[0]", 5),
    ]


def test_figures_command_prints_table_and_json(source: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "briefing", "figures", str(source), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    found = extract(read(source))
    table = run()
    assert table.returncode == 0, table.stderr
    for figure in found.figures:
        assert figure.id in table.stdout
    data = json.loads(run("--json").stdout)
    assert [f["id"] for f in data["figures"]] == [f.id for f in found.figures]
    assert [e["id"] for e in data["timeline"]] == [e.id for e in found.timeline]
    source.with_suffix(".yaml").write_text("figures:\n  pin: [nope]\n")
    failed = run()
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"error: {source.with_suffix('.yaml')}, line 2: figures.pin[0]")


def test_figures_command_does_not_load_the_pdf_renderer(source: Path) -> None:
    code = (
        "import sys; from briefing.cli import main; main(['figures', sys.argv[1]]); "
        "assert 'weasyprint' not in sys.modules and 'ebooklib' not in sys.modules"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(source)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_the_readme_sidecar_example_builds_on_the_sample(source: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The sidecar: curation", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    briefing = curated(source, example)
    pinned = [c.cited.item.id for c in briefing.headline][:2]
    assert pinned == [
        "victims-formally-identified-by-20",
        "score-for-human-trafficking-3-5-out-of-10",
    ]
    assert "domestic-ngos-funded-two" not in {f.id for f in briefing.figures}


def test_the_figures_table_fits_80_columns_and_never_splits_an_id(source: Path) -> None:
    from briefing.build import brief
    from briefing.render.table import findings_table

    briefing = brief(source)
    table = findings_table(briefing, width=80)
    assert max(len(line) for line in table.splitlines()[1:]) <= 80
    for item in (*briefing.figures, *briefing.timeline):
        assert item.id in table  # whole, on one line


def test_the_sidecar_sets_the_rows_of_key_figures_and_the_author(source: Path) -> None:
    briefing = curated(source, "author: Desk of Studies\nfigures:\n  rows: 3\n")
    assert len(briefing.table) == 3
    assert len(briefing.table) + len(briefing.appendix) == len(briefing.figures)
    assert briefing.author == "Desk of Studies"
    with pytest.raises(BriefingError) as caught:
        curated(source, "figures:\n  rows: many\n")
    assert "line 2: figures.rows: expected a whole number from 1 to 300, found the text" in str(
        caught.value
    )
