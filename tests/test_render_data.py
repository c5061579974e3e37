"""out/NAME.json in the agreed shape."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.readers import read

from .conftest import FIRST_REPORT


def test_json_shape(built_json: Path) -> None:
    data = json.loads(built_json.read_text(encoding="utf-8"))
    assert set(data) == {
        "title", "language", "source", "sections", "figures", "series", "timeline", "sentences"
    }  # fmt: skip
    assert data["title"] == "Human trafficking in Luxembourg"
    assert data["language"] == "en"
    assert data["source"].endswith("sources/human-trafficking-in-luxembourg.txt")
    assert data["sections"][0] == {"id": "overview", "title": "Overview", "level": 2}
    assert data["sections"][1:] == [
        {"id": s.id, "title": s.title, "level": s.level} for s in read(FIRST_REPORT).sections
    ]
    figure_keys = {
        "id", "label", "value", "value_max", "unit", "display", "period", "converted", "change",
        "section", "sentence", "sentences",
    }  # fmt: skip
    assert all(set(f) == figure_keys for f in data["figures"])
    assert all(f["sentences"][0] == f["sentence"] for f in data["figures"] if f["sentence"])
    # Each cited sentence once, by id, with its text and section.
    cited = {f["sentence"] for f in data["figures"]} | {e["sentence"] for e in data["timeline"]}
    rows = data["sentences"]
    assert {s["id"] for s in rows} == cited - {None}
    assert len(rows) == len({s["id"] for s in rows})
    assert all(set(s) == {"id", "text", "section"} and s["text"] for s in rows)
    assert isinstance(data["series"], list)
    assert isinstance(data["timeline"], list)


def test_money_in_its_own_currency_keeps_its_conversion(tmp_path: Path) -> None:
    from briefing.extract import extract
    from briefing.render.data import _figure, _Sentences

    source = tmp_path / "kenya.txt"
    source.write_text(
        "= Kenya =\n\nIn 2019, the government provided 60 million Kenyan shillings ($589,390) "
        "for anti-trafficking efforts.\n",
        encoding="utf-8",
    )
    (figure,) = extract(read(source)).figures
    data = _figure(figure, _Sentences())
    assert (data["value"], data["unit"]) == (60_000_000, "KES")
    assert data["converted"] == {"value": 589390, "unit": "USD"}
    assert data["period"] == {"start": "2019", "end": None}


def test_the_json_grows_with_the_report_not_with_its_figures_times_its_sentences(
    tmp_path: Path,
) -> None:
    """A sentence of a thousand figures is written once, not once per figure."""
    from briefing.build import brief
    from briefing.render.data import render_json

    def size(count: int) -> int:
        cases = ", ".join(f"{i} cases in region {i}" for i in range(1, count))
        source = tmp_path / f"r{count}.txt"
        source.write_text(f"R\n\n==Findings==\nThe agency counted {cases}.\n", encoding="utf-8")
        return len(render_json(brief(source)))

    small, large = size(200), size(400)
    assert large / small < 2.5
