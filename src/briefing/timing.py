"""A stage of the pipeline runs through a `Timer`, so that the benchmark can time each
one without wiring the stages again: `timed("extract", extract, report)`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Timer(Protocol):
    def __call__(self, stage: str, work: Callable[..., T], /, *args: Any) -> T: ...


def untimed(stage: str, work: Callable[..., T], /, *args: Any) -> T:
    """Runs the stage, and nothing more."""
    return work(*args)
