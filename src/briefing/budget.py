"""A build's time budget: a runaway build (a pathological layout) ends with an `error:`, and
what it was writing is discarded, so the previous outputs stay whole.

The alarm raises where the build happens to be, and a library may catch that ("except
Exception" around an image or a stylesheet) and go on; so the build also asks, before it
commits its outputs, whether its time is up.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import BriefingError

# When the budget of the build running in this process ends (time.monotonic), and for what.
_deadline: tuple[float, float, Path] | None = None


@contextmanager
def time_budget(seconds: float | None, source: Path) -> Iterator[None]:
    """End the block with an `error:` when it runs past `seconds`. Where there is no SIGALRM
    (Windows), or off the main thread, the build is not limited."""
    global _deadline
    if not seconds or not hasattr(signal, "setitimer") or not _on_main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _expired(seconds, source)

    previous = signal.signal(signal.SIGALRM, expire)
    _deadline = (time.monotonic() + seconds, seconds, source)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _deadline = None


def check_budget() -> None:
    """Raise the budget's error if the build's time is up, though the alarm's was swallowed."""
    if _deadline is not None and time.monotonic() > _deadline[0]:
        raise _expired(_deadline[1], _deadline[2])


def _expired(seconds: float, source: Path) -> BriefingError:
    return BriefingError(
        f"the build took longer than {seconds:g} s and was stopped",
        hint="raise the limit with --timeout, or 0 for none",
        path=source,
    )


def _on_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
