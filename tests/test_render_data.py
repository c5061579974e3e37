"""out/NAME.json in the agreed shape."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.readers import read

from .conftest import FIRST_REPORT


def test_json_shape(built_json: Path) -> None:
    data = json.loads(built_json.read_text(encoding="utf-8"))
    assert set(data) == {"title", "language", "source", "sections", "figures", "timeline"}
    assert data["title"] == "Human trafficking in Luxembourg"
    assert data["language"] == "en"
    assert data["source"].endswith("sources/human-trafficking-in-luxembourg.txt")
    assert data["sections"][0] == {"id": "overview", "title": "Overview", "level": 2}
    assert data["sections"][1:] == [
        {"id": s.id, "title": s.title, "level": s.level} for s in read(FIRST_REPORT).sections
    ]
    assert isinstance(data["figures"], list)
    assert isinstance(data["timeline"], list)
