"""What a build's outputs depend on, as one hash, so that an unchanged build is skipped.

The hash covers the source and its sidecar, every file of the layout, the options,
the project defaults, the versions of briefing and its renderers, and what sets the
briefing's date (SOURCE_DATE_EPOCH, else the day the source last changed). It is
kept beside the outputs in `OUT/.NAME.inputs`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import os
from pathlib import Path

from briefing import __version__
from briefing.config import sidecar_path
from briefing.errors import BriefingError
from briefing.layouts import MAIL_TEMPLATES
from briefing.options import OUTPUT_SUFFIXES, BuildOptions
from briefing.reading import read_bytes
from briefing.sending.settings import MailSettings
from briefing.source_date import source_date

RENDERERS = ("weasyprint", "ebooklib", "jinja2")


def inputs_hash(source: Path, options: BuildOptions) -> str:
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("source", _read(source))
    add("sidecar", _read(sidecar_path(source)))
    folder = options.layout.folder
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name not in MAIL_TEMPLATES:  # the messages of `briefing send` only
            add(f"layout/{path.relative_to(folder)}", _read(path))
    # The layout counts by its files, not where it lies: a copy of it changes nothing; nor
    # do the [mail] settings, which no output depends on.
    project = options.project and dataclasses.replace(options.project, mail=MailSettings())
    settings = {f.name: getattr(options, f.name) for f in dataclasses.fields(options)}
    del settings["layout"]
    add("options", repr({**settings, "project": project}).encode())
    add("versions", repr([__version__, *map(_version, RENDERERS)]).encode())
    add("date", _date_input(source).encode())
    if options.project and options.project.signing_key:  # a new key signs the manifest anew
        add("signing key", hashlib.sha256(_read(Path(options.project.signing_key))).digest())
    return digest.hexdigest()


def is_current(out_dir: Path, stem: str, digest: str) -> bool:
    """True when every output exists and was built from inputs with this hash."""
    record = record_path(out_dir, stem)
    try:
        if record.read_text(encoding="ascii").strip() != digest:
            return False
    except (OSError, UnicodeDecodeError):
        return False
    return all((out_dir / f"{stem}{suffix}").is_file() for suffix in OUTPUT_SUFFIXES)


def record_path(out_dir: Path, stem: str) -> Path:
    return out_dir / f".{stem}.inputs"


def _read(path: Path) -> bytes:
    """A file's bytes; none for a missing file (its absence is an input too) or one that is
    not a regular file within the size a build reads, which the build itself refuses."""
    try:
        return read_bytes(path, HASHED_LIMIT, "input")
    except BriefingError:
        return b""


HASHED_LIMIT = 200_000_000  # bytes: past any source, sidecar or layout file a build reads


def _version(package: str) -> str:
    """Where the package is installed and when its files last changed: an upgrade changes
    both, and finding them costs a millisecond where reading its metadata costs 30."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return "none"
    return f"{spec.origin} {os.stat(spec.origin).st_mtime_ns}"


def _date_input(source: Path) -> str:
    try:
        return source_date(source).isoformat()
    except (OSError, BriefingError):
        return ""  # the build itself says what is wrong
