"""The layout engine, WeasyPrint, imported with its native libraries found quickly.

WeasyPrint tries several spellings of each library it loads (Windows', macOS' and Linux'
names); cffi hands every spelling it cannot open directly to `ctypes.util.find_library`,
which on Linux runs `ldconfig -p`, then gcc, then ld: about 230 processes and a quarter of a
second on every start of the program. While WeasyPrint is first imported, names are looked
up in the linker cache, read once; the Linux spelling ("libpango-1.0.so.0") then opens as it
always did. Elsewhere nothing changes. The renderers take WeasyPrint's names from here.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator

# "	libpango-1.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libpango-1.0.so.0"
_ENTRY = re.compile(r"^\s+lib(?P<name>\S+?)\.so(?:\.\S*)?\s+\((?P<abi>[^)]*)\)", re.MULTILINE)


@contextlib.contextmanager
def _linker_cache_lookup() -> Iterator[None]:
    cache = _linker_cache() if sys.platform.startswith("linux") else None
    if not cache:
        yield
        return
    real = ctypes.util.find_library
    ctypes.util.find_library = lambda name: cache.get(name)
    try:
        yield
    finally:
        ctypes.util.find_library = real


def _linker_cache() -> dict[str, str]:
    """Library names ("pango-1.0") and the sonames the linker knows them by, for this
    machine's word size; empty when `ldconfig` cannot be read."""
    try:
        listing = subprocess.run(
            ["/sbin/ldconfig", "-p"],
            capture_output=True,
            text=True,
            check=True,
            env={"LC_ALL": "C", "LANG": "C"},
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    wide = sys.maxsize > 2**32
    found: dict[str, str] = {}
    for entry in _ENTRY.finditer(listing):
        if ("64" in entry["abi"]) != wide and os.uname().machine.endswith("64"):
            continue  # a 32-bit library on a 64-bit machine, or the other way round
        soname = entry[0].split()[0]
        found.setdefault(entry["name"], soname)
    return found


if "weasyprint" not in sys.modules:
    with _linker_cache_lookup():
        import weasyprint  # noqa: F401

from weasyprint import CSS, HTML, Document  # noqa: E402
from weasyprint.formatting_structure import boxes  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402

__all__ = [
    "CSS",
    "HTML",
    "Document",
    "FontConfiguration",
    "URLFetcher",
    "URLFetcherResponse",
    "boxes",
]
