"""One source to all outputs (PDF, EPUB, JSON), each written atomically."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.fingerprint import SUFFIXES, inputs_hash, is_current, record_path
from briefing.layouts import Layout
from briefing.model import Briefing
from briefing.project import Project
from briefing.readers import DEFAULT_MAX_MB
from briefing.readers import SUFFIXES as SOURCE_SUFFIXES


@dataclass(frozen=True)
class BuildResult:
    source: Path
    outputs: tuple[Path, ...]
    page_count: int | None  # None when the build was skipped
    skipped: bool = False  # the outputs were current: nothing was rebuilt


def find_sources(folder: Path) -> list[Path]:
    """Every report in `folder` that a reader knows, in name order."""
    if not folder.is_dir():
        raise BriefingError(
            f"no sources folder ({folder})",
            hint="name the reports to build, or run in a project with sources/",
        )
    sources = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file()
    )
    if not sources:
        raise BriefingError(
            f"no reports in {folder}", hint=f"add a file ending in {', '.join(SOURCE_SUFFIXES)}"
        )
    return sources


def build(
    source: Path,
    out_dir: Path,
    layout: Layout,
    paper: str,
    max_mb: float = DEFAULT_MAX_MB,
    syntax: str | None = None,
    project: Project | None = None,
    force: bool = False,
    pdf_variant: str = "ua-1",
) -> BuildResult:
    """Build the outputs of `source`, unless they are current (`force` rebuilds them)."""
    digest = inputs_hash(source, layout, paper, (max_mb, syntax, pdf_variant), project)
    if not force and is_current(out_dir, source.stem, digest):
        outputs = tuple(out_dir / f"{source.stem}{suffix}" for suffix in SUFFIXES)
        return BuildResult(source=source, outputs=outputs, page_count=None, skipped=True)
    # Imported here: `briefing figures` reads and assembles without paying for WeasyPrint,
    # and a skipped build returns before paying for it.
    from briefing.render.data import render_json
    from briefing.render.epub import render_epub
    from briefing.render.html import render_pdf_html
    from briefing.render.pdf import render_pdf

    briefing = brief(source, max_mb, syntax, project)
    pdf = render_pdf(render_pdf_html(briefing, layout), layout, paper, pdf_variant)
    epub = render_epub(briefing, layout)
    data = render_json(briefing)
    outputs = {".pdf": pdf.data, ".epub": epub, ".json": data}
    _prepare(out_dir)
    # Two builds of one report into one folder take turns, so their files never mix.
    with _locked(out_dir / f".{source.stem}.lock"):
        paths = tuple(
            write_atomic(out_dir / f"{source.stem}{suffix}", content)
            for suffix, content in outputs.items()
        )
        write_atomic(record_path(out_dir, source.stem), digest.encode("ascii"))
    return BuildResult(source=source, outputs=paths, page_count=pdf.page_count)


def is_unchanged(
    source: Path,
    out_dir: Path,
    layout: Layout,
    paper: str,
    max_mb: float = DEFAULT_MAX_MB,
    syntax: str | None = None,
    project: Project | None = None,
    pdf_variant: str = "ua-1",
) -> bool:
    """True when `build` would skip `source`: its outputs are current."""
    digest = inputs_hash(source, layout, paper, (max_mb, syntax, pdf_variant), project)
    return is_current(out_dir, source.stem, digest)


def brief(
    source: Path,
    max_mb: float = DEFAULT_MAX_MB,
    syntax: str | None = None,
    project: Project | None = None,
) -> Briefing:
    """Read, extract and assemble: the briefing of one source, before any rendering."""
    # Imported here, so that a build found unchanged returns without paying for them.
    from briefing.assemble import assemble
    from briefing.config import load_curation
    from briefing.extract import extract
    from briefing.readers import read

    report = read(source, max_mb, syntax)
    curation = load_curation(source, report.front_matter, report.front_matter_line)
    return assemble(report, extract(report), curation, project)


def write_atomic(path: Path, content: bytes) -> Path:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        hint = "free some space on the disk" if exc.errno == errno.ENOSPC else None
        raise BriefingError(f"cannot write output: {exc.strerror} ({path})", hint=hint) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    try:
        handle = path.open("a")
    except OSError as exc:
        raise BriefingError(f"cannot write output: {exc.strerror} ({path.parent})") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefingError(f"output path is a file, not a folder ({out_dir})")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(f"cannot create output folder: {exc.strerror} ({out_dir})") from None
