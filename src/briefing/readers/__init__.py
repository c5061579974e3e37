"""Readers turn a source file into a `Report`; one module per input syntax, chosen by
the file's suffix and, for `.txt`, by what the text looks like."""

from __future__ import annotations

import codecs
import importlib
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError, BriefingWarning
from briefing.model import Report
from briefing.readers.common import clean
from briefing.reading import read_bytes

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch, CharsetMatches

Reader = Callable[[str, Path], Report]

# Each syntax's reader module, imported only when a source needs it.
SYNTAXES = {
    "text": "briefing.readers.text",
    "wikitext": "briefing.readers.wikitext",
    "markdown": "briefing.readers.markdown",
}
SUFFIXES = {
    ".txt": "text",
    ".wiki": "wikitext",
    ".md": "markdown",
    ".markdown": "markdown",
}
# Kinds of markup that tell a .txt file's syntax; two kinds decide. Wikitext: links,
# templates with a name, bold, references, tables. Markdown: front matter, headings,
# pipe tables, links, emphasis.
WIKI_SIGNS = [
    re.compile(r"\[\[[^\[\]\n]+\]\]"),
    re.compile(r"\{\{[A-Za-z][^{}\n]*(?:\||\}\})"),
    re.compile(r"'''[^'\n]+'''"),
    re.compile(r"<ref[ >/]"),
    re.compile(r"^\{\|", re.M),
]
MARKDOWN_SIGNS = [
    re.compile(r"\A---[ \t]*\n"),
    re.compile(r"^#{1,6} \S", re.M),
    re.compile(r"^\|.*\|[ \t]*\n\|[ :|-]+\|[ \t]*$", re.M),
    re.compile(r"\]\([^()\s]+\)"),
    re.compile(r"\*\*[^*\n]+\*\*"),
]


DEFAULT_MAX_MB = 5.0
# Encodings by how widely they are used, to break the detector's ties.
WIDESPREAD = ["cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "shift_jis", "gb18030"]
# How garbled (0 to 1) a detected encoding may make the text before it is refused.
MAX_CHAOS = 0.1


def read(path: Path, max_mb: float = DEFAULT_MAX_MB, syntax: str | None = None) -> Report:
    """Read a source file as `syntax`, or as its suffix and content say; refuse one over
    `max_mb`."""
    if syntax is None and path.suffix.lower() not in SUFFIXES:
        raise BriefingError(
            f"unsupported source type {path.suffix or '(none)'!r}",
            hint=f"sources end in one of: {', '.join(SUFFIXES)}; or name the syntax with --from",
            path=path,
        )
    source = decode(path, max_mb)
    reader: Reader = importlib.import_module(SYNTAXES[syntax or sniff(path, source)]).read
    return reader(source, path)


def sniff(path: Path, source: str) -> str:
    """The syntax of a source: its suffix's, except that a `.txt` file may hold wikitext
    or Markdown, told by the markup it uses."""
    syntax = SUFFIXES[path.suffix.lower()]
    if syntax != "text":
        return syntax
    sample = source[:200_000]
    wiki = sum(1 for sign in WIKI_SIGNS if sign.search(sample))
    markdown = sum(1 for sign in MARKDOWN_SIGNS if sign.search(sample))
    if wiki >= 2 and wiki >= markdown:
        return "wikitext"
    return "markdown" if markdown >= 2 else "text"


def decode(path: Path, max_mb: float = DEFAULT_MAX_MB) -> str:
    """The text of a source: decoded, not binary, not empty, within the size limit."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_bytes says what is wrong
    if size > max_mb * 1_000_000:
        raise BriefingError(
            f"source is {_megabytes(size)}, over the {max_mb:g} MB limit",
            hint=f"raise the limit with --max-size {int(size / 1_000_000) + 1}",
            path=path,
        )
    data = read_bytes(path, int(max_mb * 1_000_000), "source")
    text = clean(_text(data, path))
    if not text.strip():
        raise BriefingError("source is empty", path=path)
    return text


def _text(data: bytes, path: Path) -> str:
    """UTF-8 (or UTF-16 with its byte order mark); else the encoding detected, with a
    warning; else an error naming what was found."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BriefingError("source is not valid UTF-16 text", path=path) from None
    if b"\x00" in data[:8192]:
        raise BriefingError("source is binary data, not text", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        invalid = exc.start
    if (mended := _mostly_utf8(data, path)) is not None:
        return mended
    if (western := _western(data)) is not None:
        warnings.warn(
            BriefingWarning(f"source is not UTF-8; read it as cp1252 ({path})"), stacklevel=2
        )
        return western
    from charset_normalizer import from_bytes  # imported for the rare file that is not UTF-8

    best = _likeliest(from_bytes(data))
    if best is None or best.chaos > MAX_CHAOS:
        found = f"; it looks most like {best.encoding}" if best else ""
        raise BriefingError(
            f"source is not UTF-8 text: byte {invalid} is invalid{found}",
            hint="save the file as UTF-8",
            path=path,
        )
    warnings.warn(
        BriefingWarning(f"source is not UTF-8; read it as {best.encoding} ({path})"), stacklevel=2
    )
    return str(best)


def _mostly_utf8(data: bytes, path: Path) -> str | None:
    """UTF-8 with a few stray bytes (a pasted character in another encoding) is UTF-8: the
    stray bytes become U+FFFD and a warning names their lines. A file with no valid UTF-8
    beyond ASCII is in another encoding, and the detector decides which."""
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if good == 0 or bad > max(MAX_STRAY_BYTES, good // 10):
        return None
    lines = [str(n) for n, line in enumerate(text.splitlines(), start=1) if "\ufffd" in line]
    shown = ", ".join(lines[:5]) + (f" and {len(lines) - 5} more" if len(lines) > 5 else "")
    warnings.warn(
        BriefingWarning(
            f"source is UTF-8 with {bad} invalid {'byte' if bad == 1 else 'bytes'} on "
            f"{'line' if len(lines) == 1 else 'lines'} {shown}, shown as \ufffd ({path})"
        ),
        stacklevel=3,
    )
    return text


MAX_STRAY_BYTES = 3
MAX_ACCENTED = 0.3  # of the letters of Western text read as Windows-1252


def _western(data: bytes) -> str | None:
    """`data` as Windows-1252 when it is valid Windows-1252 and its accented letters are a
    sprinkling among plain ones, as in English, French, German or Spanish: the detector may
    otherwise call "café" Baltic; Cyrillic or Greek bytes read as Windows-1252 would be
    nearly all accented letters."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    accented = sum(ch.isalpha() for ch in text if ord(ch) > 127)
    letters = sum(ch.isalpha() for ch in text)
    return text if accented <= MAX_ACCENTED * letters else None


def _likeliest(matches: CharsetMatches) -> CharsetMatch | None:
    """The detector's best guess; of guesses it rates the same, the most widespread
    encoding (Windows-1252 before its Central European and Baltic cousins)."""
    best = matches.best()
    if best is None:
        return None
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return min(
        tied,
        key=lambda m: WIDESPREAD.index(m.encoding) if m.encoding in WIDESPREAD else len(WIDESPREAD),
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1_000:.0f} kB"
