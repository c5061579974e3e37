"""One source to all outputs (PDF, EPUB, JSON), each written atomically: the pipeline,
wired once (read, extract, assemble, render, write)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.budget import check_budget
from briefing.copies.folder import built, keep_copies, make_copies, recorded_masthead
from briefing.copies.manifest import COPIES, MANIFEST, masthead, report_folder
from briefing.copies.recipients import Recipient
from briefing.copies.signing import Signer, load_signer
from briefing.errors import BriefingError
from briefing.fingerprint import inputs_hash, is_current, record_path
from briefing.model import Briefing
from briefing.options import OUTPUT_SUFFIXES, BuildOptions
from briefing.project import Project
from briefing.readers import DEFAULT_MAX_MB
from briefing.readers import SUFFIXES as SOURCE_SUFFIXES
from briefing.timing import Timer, untimed
from briefing.writing import committed, finish, locked, make_folder, sweep


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
    if _journal(out_dir, stem).exists():
        with report_lock(out_dir, stem):
            pass  # an interrupted commit is finished before the outputs are judged current
    if not force and is_current(out_dir, stem, digest):
        return _skipped(source, out_dir, options, recipients)
    # Imported here: `briefing figures` reads and assembles without paying for WeasyPrint,
    # and a skipped build returns before paying for it.
    from briefing.render.outputs import render_outputs

    briefing = brief(source, options.max_mb, options.syntax, options.project, timed)
    rendered = render_outputs(briefing, options, timed)
    make_folder(out_dir)
    outputs = rendered.by_suffix()
    check_budget()  # the alarm may have been caught inside a library; nothing is written yet
    # Two builds of one report into one folder take turns, so their files never mix; the
    # outputs, the record of their inputs, the copies and the manifest change as one set.
    with report_lock(out_dir, stem), committed(_journal(out_dir, stem)) as commit:
        paths = tuple(commit.write(out_dir / f"{stem}{s}", data) for s, data in outputs.items())
        commit.write(record_path(out_dir, stem), digest.encode("ascii"))
        signer = _signer(options)
        head = masthead(briefing)
        if recipients:
            make_copies(commit, outputs, out_dir, stem, layout, recipients, head, signer)
        else:
            keep_copies(commit, outputs, out_dir, stem, head, signer)
    return BuildResult(source, paths, rendered.page_count, copies=len(recipients or ()))


@contextmanager
def report_lock(out_dir: Path, stem: str) -> Iterator[None]:
    """The report's lock, held once what an interrupted build left is put right: a commit
    it had begun is finished, its temporary files removed."""
    with locked(out_dir / f".{stem}.lock"):
        finish(_journal(out_dir, stem))
        written = [f"{stem}{suffix}" for suffix in OUTPUT_SUFFIXES]
        sweep(out_dir, [*written, record_path(out_dir, stem).name, _journal(out_dir, stem).name])
        sweep(report_folder(out_dir, stem))
        sweep(report_folder(out_dir, stem) / COPIES)
        yield


def _signer(options: BuildOptions) -> Signer | None:
    """What signs the manifest, when the project names a private key."""
    key = options.project.signing_key if options.project else None
    return load_signer(Path(key)) if key else None


def _journal(out_dir: Path, stem: str) -> Path:
    return out_dir / f".{stem}.commit"


def _skipped(
    source: Path, out_dir: Path, options: BuildOptions, recipients: list[Recipient] | None
) -> BuildResult:
    """A build whose outputs are current: only the copies are made (and the manifest of
    outputs from a version that wrote none)."""
    stem = source.stem
    with report_lock(out_dir, stem), committed(_journal(out_dir, stem)) as commit:
        if recipients:
            # The date the copies print: the manifest's, else the report's, read again.
            head = recorded_masthead(out_dir, stem) or masthead(
                brief(source, options.max_mb, options.syntax, options.project)
            )
            outputs, signer = built(out_dir, stem), _signer(options)
            make_copies(commit, outputs, out_dir, stem, options.layout, recipients, head, signer)
        elif not (report_folder(out_dir, stem) / MANIFEST).is_file():
            # Outputs of a version that wrote no manifest.
            keep_copies(commit, built(out_dir, stem), out_dir, stem, None, _signer(options))
    paths = tuple(out_dir / f"{stem}{suffix}" for suffix in OUTPUT_SUFFIXES)
    return BuildResult(source, paths, None, skipped=True, copies=len(recipients or ()))


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
