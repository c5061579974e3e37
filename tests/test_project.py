"""Project defaults (briefing.toml, [tool.briefing]) and a Markdown source's front matter
as curation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.build import brief
from briefing.errors import BriefingError
from briefing.project import Project, load_project
from tests.conftest import run, sentence_of

REPORT = (
    "---\ntitle: Rail freight\nsubtitle: {subtitle}\n---\n"
    "## Volumes\n\nFreight rose to 1,350 trains in 2023.\n"
)


def test_briefing_toml_and_pyproject_give_defaults(tmp_path: Path) -> None:
    assert load_project(tmp_path) == Project()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.briefing]\n'
        'organisation = "Kestrel Office"\npaper = "Letter"\n'
    )
    assert load_project(tmp_path) == Project(organisation="Kestrel Office", paper="letter")
    (tmp_path / "briefing.toml").write_text('classification = "Internal"\nlanguage = "fr"\n')
    assert load_project(tmp_path) == Project(classification="Internal", language="fr")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            'colour = "blue"\n',
            r"briefing\.toml: colour: expected one of the keys classification, figures, "
            r"language, layout, locale",
        ),
        ("organisation = 4\n", r"briefing\.toml: organisation: expected a text, found a number 4"),
        ('paper = "a3"\n', r"paper: expected one of a4, letter, found the text 'a3'"),
        ("paper = \n", r"briefing\.toml: not valid TOML"),
    ],
)
def test_bad_project_settings_name_the_file_and_key(
    tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / "briefing.toml").write_text(content)
    with pytest.raises(BriefingError, match=message):
        load_project(tmp_path)


def test_every_bad_setting_of_the_file_is_reported_at_once(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.briefing]\ncolour = "blue"\npaper = "a3"\norganisation = 4\n'
    )
    with pytest.raises(BriefingError) as caught:
        load_project(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'pyproject.toml'}: tool.briefing.colour: expected one of the keys "
        "classification, figures, language, layout, locale, mail, organisation, paper, "
        "signing_key, found unknown key 'colour'",
        f"{tmp_path / 'pyproject.toml'}: tool.briefing.organisation: expected a text, "
        "found a number 4",
        f"{tmp_path / 'pyproject.toml'}: tool.briefing.paper: expected one of a4, letter, "
        "found the text 'a3'",
    ]


def test_project_defaults_reach_the_briefing(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(REPORT.format(subtitle="By rail"))
    project = Project(organisation="Kestrel Office", classification="Internal", language="en-GB")
    briefing = brief(source, project=project)
    assert (briefing.author, briefing.classification, briefing.language) == (
        "Kestrel Office",
        "Internal",
        "en-GB",
    )
    assert briefing.subtitle == "By rail"


def test_front_matter_curates_and_the_sidecar_wins(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text(
        REPORT.format(subtitle="From the front matter").replace(
            "---\n##", "audience: Ministers\nclassification: Restricted\n---\n##"
        )
    )
    briefing = brief(source)
    assert (briefing.subtitle, briefing.audience, briefing.classification) == (
        "From the front matter",
        "Ministers",
        "Restricted",
    )
    (tmp_path / "r.yaml").write_text("subtitle: From the sidecar\n")
    briefing = brief(source)
    assert (briefing.subtitle, briefing.audience) == ("From the sidecar", "Ministers")


def test_a_bad_front_matter_key_names_the_source_and_line(tmp_path: Path) -> None:
    source = tmp_path / "r.md"
    source.write_text("---\ntitle: x\nfigures:\n  pin: [nope]\n---\nText with 12 trains.\n")
    with pytest.raises(BriefingError, match=r"r\.md, line 4: figures\.pin\[0\]: no figure"):
        brief(source)
    source.write_text("---\ntitle: x\naudience: [1, 2]\n---\nText.\n")
    with pytest.raises(BriefingError, match=r"r\.md, line 3: audience: expected a text"):
        brief(source)


def test_the_command_line_uses_the_project_and_from(project: Path) -> None:
    (project / "briefing.toml").write_text('organisation = "Kestrel Office"\n')
    (project / "sources" / "rail.txt").write_text(
        "## Volumes\n\n**Freight** rose to 1,350 trains in 2023.\n"
    )
    result = run("build", "sources/rail.txt", "--from", "markdown", cwd=project)
    assert result.returncode == 0, result.stderr
    data = json.loads((project / "out" / "rail.json").read_text())
    assert [s["title"] for s in data["sections"]] == ["Volumes"]
    assert "**" not in sentence_of(data, data["figures"][0])


def test_project_settings_set_the_rows_of_key_figures_and_the_locale(tmp_path: Path) -> None:
    (tmp_path / "briefing.toml").write_text('locale = "en-GB"\n[figures]\nrows = 3\n')
    project = load_project(tmp_path)
    assert project == Project(locale="en-GB", rows=3)
    source = tmp_path / "r.md"
    source.write_text(
        "---\ntitle: Ports\ndate: 2026-12-01\n---\n## Ports\n\nIn 2023, 14 ports opened, "
        "9 ships docked, 40 cranes worked and 212 people were hired.\n"
    )
    briefing = brief(source, project=project)
    assert len(briefing.figures) == 4 and len(briefing.table) == 3
    assert briefing.date_text == "1 December 2026"
    source.with_suffix(".yaml").write_text("figures:\n  rows: 2\n")  # the sidecar wins
    assert len(brief(source, project=project).table) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "[figures]\nrows = 0\n",
            "figures.rows: expected a whole number from 1 to 300, found a number 0",
        ),
        ("[figures]\nrows = 2.5\n", "figures.rows: expected a whole number from 1 to 300"),
        ("[figures]\ncolumns = 2\n", "figures.columns: expected one of the keys rows"),
        ('locale = "British"\n', "locale: expected a language tag such as en or en-GB"),
    ],
)
def test_bad_rows_and_locales_name_the_key(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "briefing.toml").write_text(content)
    with pytest.raises(BriefingError) as caught:
        load_project(tmp_path)
    assert message in str(caught.value)
