"""One source to all outputs (PDF, EPUB, JSON), each written atomically: the pipeline,
wired once (read, extract, assemble, render, write)."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError, BriefingWarning
from briefing.fingerprint import inputs_hash, is_current, record_path
from briefing.layouts import Layout
from briefing.manifest import (
    COPIES,
    MANIFEST,
    current_copies,
    file_entry,
    manifest_json,
    report_folder,
)
from briefing.model import Briefing
from briefing.options import OUTPUT_SUFFIXES, BuildOptions
from briefing.project import Project
from briefing.readers import DEFAULT_MAX_MB
from briefing.readers import SUFFIXES as SOURCE_SUFFIXES
from briefing.recipients import Recipient
from briefing.timing import Timer, untimed


@dataclass(frozen=True)
class BuildResult:
    source: Path
    outputs: tuple[Path, ...]
    page_count: int | None  # None when the build was skipped
    skipped: bool = False  # the outputs were current: nothing was rebuilt
    copies: int = 0  # personal copies made, a PDF and an EPUB each


def find_sources(folder: Path) -> list[Path]:
    """Every report in `folder` that a reader knows, in name order."""
    if not folder.is_dir():
        raise BriefingError(
            "no sources folder",
            hint="name the reports to build, or run in a project with sources/",
            path=folder,
        )
    sources = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file()
    )
    if not sources:
        raise BriefingError(
            "no reports in this folder",
            hint=f"add a file ending in {', '.join(SOURCE_SUFFIXES)}",
            path=folder,
        )
    return sources


def build(
    source: Path,
    out_dir: Path,
    options: BuildOptions,
    *,
    force: bool = False,
    recipients: list[Recipient] | None = None,
    digest: str | None = None,
    timed: Timer = untimed,
) -> BuildResult:
    """Build the outputs of `source`, unless they are current (`force` rebuilds them), and
    a personal copy of them for each of the `recipients`. `digest` is the hash of its
    inputs when the caller has it already."""
    digest = digest or inputs_hash(source, options)
    stem, layout = source.stem, options.layout
    if not force and is_current(out_dir, stem, digest):
        outputs = tuple(out_dir / f"{stem}{suffix}" for suffix in OUTPUT_SUFFIXES)
        with _locked(out_dir / f".{stem}.lock"):
            if recipients:
                date_text = brief(source, options.max_mb, options.syntax, options.project).date_text
                _make_copies(out_dir, stem, layout, recipients, date_text)
            elif not (report_folder(out_dir, stem) / MANIFEST).is_file():
                _keep_copies(out_dir, stem)  # outputs of a version that wrote no manifest
        return BuildResult(source, outputs, None, skipped=True, copies=len(recipients or ()))
    # Imported here: `briefing figures` reads and assembles without paying for WeasyPrint,
    # and a skipped build returns before paying for it.
    from briefing.render.outputs import render_outputs

    briefing = brief(source, options.max_mb, options.syntax, options.project, timed)
    rendered = render_outputs(briefing, options, timed)
    _make_folder(out_dir)
    # Two builds of one report into one folder take turns, so their files never mix.
    with _locked(out_dir / f".{stem}.lock"):
        paths = tuple(
            write_atomic(out_dir / f"{stem}{suffix}", content)
            for suffix, content in rendered.by_suffix().items()
        )
        write_atomic(record_path(out_dir, stem), digest.encode("ascii"))
        if recipients:
            _make_copies(out_dir, stem, layout, recipients, briefing.date_text)
        else:
            _keep_copies(out_dir, stem)
    return BuildResult(source, paths, rendered.page_count, copies=len(recipients or ()))


def _make_copies(
    out_dir: Path, stem: str, layout: Layout, recipients: list[Recipient], date_text: str
) -> None:
    """A PDF and an EPUB for each recipient in OUT/NAME/copies/, stamped onto the outputs
    as built; then the manifest. Copies of an earlier list that this one lacks are removed."""
    from briefing.render.copies import stamp_epub, stamp_pdf

    folder = report_folder(out_dir, stem)
    copies = folder / COPIES
    plain = _plain_entries(out_dir, stem, folder)
    made_from = {entry["path"].rsplit(".", 1)[-1]: entry["sha256"] for entry in plain}
    pdf, epub = (out_dir / f"{stem}.pdf").read_bytes(), (out_dir / f"{stem}.epub").read_bytes()
    _make_folder(copies)
    files = []
    for recipient in recipients:
        mark = recipient.mark(date_text)
        marked_pdf = stamp_pdf(pdf, layout, recipient, mark)
        stamped = {"pdf": marked_pdf, "epub": stamp_epub(epub, mark, marked_pdf)}
        for kind, content in stamped.items():
            path = write_atomic(copies / f"{recipient.slug}.{kind}", content)
            files.append(file_entry(path, folder, recipient, made_from[kind]))
    old, _ = current_copies(folder, plain)
    kept = {entry["path"] for entry in files}
    for entry in old:
        if entry["path"] not in kept:
            (folder / str(entry["path"])).unlink(missing_ok=True)
    write_atomic(folder / MANIFEST, manifest_json(stem, [*plain, *files]))


def _keep_copies(out_dir: Path, stem: str) -> None:
    """The manifest of the outputs just built, keeping the copies still made from them
    (a rebuild of the same inputs gives the same bytes); a warning for the others."""
    folder = report_folder(out_dir, stem)
    _make_folder(folder)
    plain = _plain_entries(out_dir, stem, folder)
    kept, stale = current_copies(folder, plain)
    if stale:
        warnings.warn(
            f"{stale} files in {folder / COPIES} are copies of an earlier build of {stem}; "
            "the manifest no longer lists them (build with --recipients to make them again)",
            BriefingWarning,
            stacklevel=2,
        )
    write_atomic(folder / MANIFEST, manifest_json(stem, [*plain, *kept]))


def _plain_entries(out_dir: Path, stem: str, folder: Path) -> list[dict[str, object]]:
    return [file_entry(out_dir / f"{stem}{suffix}", folder) for suffix in OUTPUT_SUFFIXES]


def brief(
    source: Path,
    max_mb: float = DEFAULT_MAX_MB,
    syntax: str | None = None,
    project: Project | None = None,
    timed: Timer = untimed,
) -> Briefing:
    """Read, extract and assemble: the briefing of one source, before any rendering."""
    # Imported here, so that a build found unchanged returns without paying for them.
    from briefing.assemble import assemble
    from briefing.config import load_curation
    from briefing.extract import extract
    from briefing.readers import read

    report = timed("read", read, source, max_mb, syntax)
    curation = load_curation(source, report.front_matter)
    findings = timed("extract", extract, report)
    return timed("assemble", assemble, report, findings, curation, project)


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
        raise BriefingError(f"cannot write output: {exc.strerror}", hint, path=path) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    try:
        handle = path.open("a")
    except OSError as exc:
        raise BriefingError(f"cannot write output: {exc.strerror}", path=path.parent) from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise BriefingError("output path is a file, not a folder", path=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(f"cannot create output folder: {exc.strerror}", path=folder) from None
