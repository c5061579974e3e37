"""Readers turn a source file into a `Report`; one module per input syntax."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Report
from briefing.readers import text

Reader = Callable[[str, Path], Report]

READERS: dict[str, Reader] = {".txt": text.read}
DEFAULT_MAX_MB = 5.0
# Characters XML 1.0 forbids: an EPUB holding one is not well formed.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def read(path: Path, max_mb: float = DEFAULT_MAX_MB) -> Report:
    """Read a source file with the reader its suffix names; refuse one over `max_mb`."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise BriefingError(
            f"unsupported source type {path.suffix or '(none)'!r} ({path})",
            hint=f"sources end in one of: {known}",
        )
    return reader(decode(path, max_mb), path)


def decode(path: Path, max_mb: float = DEFAULT_MAX_MB) -> str:
    """The text of a source: UTF-8, not binary, not empty, within the size limit."""
    try:
        size = path.stat().st_size
        if size > max_mb * 1_000_000:
            raise BriefingError(
                f"source is {_megabytes(size)}, over the {max_mb:g} MB limit ({path})",
                hint=f"raise the limit with --max-size {int(size / 1_000_000) + 1}",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise BriefingError(f"source not found ({path})") from None
    except IsADirectoryError:
        raise BriefingError(f"source is a folder, not a file ({path})") from None
    except OSError as exc:
        raise BriefingError(f"cannot read source: {exc.strerror} ({path})") from None
    if b"\x00" in data[:8192]:
        raise BriefingError(f"source is binary data, not text ({path})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefingError(
            f"source is not UTF-8 text: byte {exc.start} is invalid ({path})",
            hint="save the file as UTF-8",
        ) from None
    text = XML_FORBIDDEN.sub("", text)
    if not text.strip():
        raise BriefingError(f"source is empty ({path})")
    return text


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1_000:.0f} kB"
