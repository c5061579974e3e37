"""Readers turn a source file into a `Report`; one module per input syntax."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Report
from briefing.readers import text

Reader = Callable[[str, Path], Report]

READERS: dict[str, Reader] = {".txt": text.read}


def read(path: Path) -> Report:
    """Read a source file with the reader its suffix names."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise BriefingError(
            f"unsupported source type {path.suffix or '(none)'!r} ({path})",
            hint=f"sources end in one of: {known}",
        )
    return reader(decode(path), path)


def decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BriefingError(f"source not found ({path})") from None
    except IsADirectoryError:
        raise BriefingError(f"source is a folder, not a file ({path})") from None
    except OSError as exc:
        raise BriefingError(f"cannot read source: {exc.strerror} ({path})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefingError(
            f"source is not UTF-8 text: byte {exc.start} is invalid ({path})",
            hint="save the file as UTF-8",
        ) from None
    if not text.strip():
        raise BriefingError(f"source is empty ({path})")
    return text
