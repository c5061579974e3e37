"""Many reports at once: one report's failure, even a bug, never stops the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import briefing.batch
from briefing.batch import Batch, build_all

from .conftest import FIRST_REPORT, shipped


def test_a_bug_in_one_report_is_reported_and_the_others_are_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [tmp_path / f"{name}.txt" for name in ("a", "b", "c")]
    for source in sources:
        shutil.copy(FIRST_REPORT, source)
    real_build = briefing.batch.build

    def build(source: Path, *args: object, **kwargs: object):
        if source.stem == "b":
            raise RuntimeError("a bug")
        return real_build(source, *args, **kwargs)

    monkeypatch.setattr(briefing.batch, "build", build)
    shown = []
    outcomes = build_all(Batch(tmp_path / "out", shipped()), sources, 1, shown.append)
    assert [o.source.stem for o in outcomes if o.result] == ["a", "c"]
    (failed,) = [o for o in outcomes if o.result is None]
    assert failed.line.startswith(f"error: {sources[1]}: internal error: RuntimeError: a bug")
    assert "Traceback" not in failed.line and "--debug" in failed.line
    assert len(shown) == 3

    debugging = Batch(tmp_path / "out", shipped(), force=True, debug=True)
    (outcome,) = build_all(debugging, sources[1:2], 1, lambda _: None)
    assert "Traceback (most recent call last)" in outcome.line
