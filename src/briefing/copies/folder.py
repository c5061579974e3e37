"""A report's folder, OUT/NAME/: the personal copies stamped onto its outputs, in
copies/, and the manifest that lists them all, written after every build."""

from __future__ import annotations

import warnings
from dataclasses import replace
from pathlib import Path

from briefing.copies.manifest import (
    COPIES,
    MANIFEST,
    Delivery,
    Entry,
    Manifest,
    Masthead,
    current_copies,
    file_entry,
    manifest_json,
    read_manifest,
    report_folder,
)
from briefing.copies.recipients import Recipient
from briefing.copies.signing import Signer, signature_path
from briefing.errors import BriefingError, BriefingWarning
from briefing.layouts import Layout
from briefing.options import OUTPUT_SUFFIXES
from briefing.writing import Commit, make_folder

# A report's outputs by suffix (".pdf", ".epub", ".json"), as built.
Outputs = dict[str, bytes]


def make_copies(
    commit: Commit,
    outputs: Outputs,
    out_dir: Path,
    stem: str,
    layout: Layout,
    recipients: list[Recipient],
    masthead: Masthead,
    signer: Signer | None = None,
) -> None:
    """A PDF and an EPUB for each recipient in OUT/NAME/copies/, stamped onto the `outputs`
    as built; then the manifest; all written by `commit`, with the outputs. Copies of an
    earlier list that this one lacks are removed."""
    # Imported here: build.py imports this module, and `briefing figures` or a build
    # without recipients must not pay for the renderers the stamp needs.
    from briefing.copies.stamp import stamp_epub, stamp_pdf

    folder = report_folder(out_dir, stem)
    plain = _plain_entries(outputs, out_dir, stem, folder)
    made_from = {entry.path.rsplit(".", 1)[-1]: entry.sha256 for entry in plain}
    make_folder(folder / COPIES)
    files = []
    for recipient in recipients:
        mark = recipient.mark(masthead.date_text)
        marked_pdf = stamp_pdf(outputs[".pdf"], layout, recipient, mark)
        stamped = {"pdf": marked_pdf, "epub": stamp_epub(outputs[".epub"], mark, marked_pdf)}
        for kind, content in stamped.items():
            path = commit.write(folder / COPIES / f"{recipient.slug}.{kind}", content)
            files.append(file_entry(path, folder, recipient, made_from[kind], content))
    old, _ = current_copies(folder, plain)
    kept = {entry.path for entry in files}
    for entry in old:
        if entry.path not in kept:
            commit.remove(folder / entry.path)
    _write_manifest(commit, folder, Manifest(stem, (*plain, *files), masthead), signer)


def keep_copies(
    commit: Commit,
    outputs: Outputs,
    out_dir: Path,
    stem: str,
    masthead: Masthead | None,
    signer: Signer | None = None,
) -> None:
    """The manifest of the `outputs` just built (with their briefing's `masthead`, when
    known), keeping the copies still made from them (a rebuild of the same inputs gives
    the same bytes); a warning for the others."""
    folder = report_folder(out_dir, stem)
    make_folder(folder)
    plain = _plain_entries(outputs, out_dir, stem, folder)
    kept, stale = current_copies(folder, plain)
    if stale:
        warnings.warn(
            f"{stale} files in {folder / COPIES} are copies of an earlier build of {stem}; "
            "the manifest no longer lists them (build with --recipients to make them again)",
            BriefingWarning,
            stacklevel=2,
        )
    _write_manifest(commit, folder, Manifest(stem, (*plain, *kept), masthead), signer)


def recorded_masthead(out_dir: Path, stem: str) -> Masthead | None:
    """The briefing's masthead as the manifest records it, when the manifest lists the
    outputs as they are and records a title; None for a manifest of another build or of an
    older version, or none."""
    folder = report_folder(out_dir, stem)
    try:
        manifest = read_manifest(folder / MANIFEST)
    except BriefingError:
        return None
    listed = set(manifest.files)
    current = all(e in listed for e in _plain_entries(built(out_dir, stem), out_dir, stem, folder))
    head = manifest.masthead
    return head if current and head is not None and head.title is not None else None


def _write_manifest(
    commit: Commit, folder: Path, manifest: Manifest, signer: Signer | None
) -> None:
    """The manifest, with the deliveries the one it replaces recorded (a rebuild gives the
    same copies, which must not be sent again), signed when the project names a key; an
    older signature goes with the manifest it signed."""
    data = manifest_json(replace(manifest, deliveries=_recorded_deliveries(folder)))
    commit.write(folder / MANIFEST, data)
    if signer is not None:
        commit.write(signature_path(folder / MANIFEST), signer(data))
    elif signature_path(folder / MANIFEST).exists():
        commit.remove(signature_path(folder / MANIFEST))


def _recorded_deliveries(folder: Path) -> tuple[Delivery, ...]:
    """The deliveries the manifest in `folder` records; none for a manifest we cannot read."""
    try:
        return read_manifest(folder / MANIFEST).deliveries
    except BriefingError:
        return ()


def built(out_dir: Path, stem: str) -> Outputs:
    """The outputs of `stem` as they are in `out_dir`."""
    return {suffix: (out_dir / f"{stem}{suffix}").read_bytes() for suffix in OUTPUT_SUFFIXES}


def _plain_entries(outputs: Outputs, out_dir: Path, stem: str, folder: Path) -> list[Entry]:
    return [
        file_entry(out_dir / f"{stem}{suffix}", folder, data=outputs[suffix])
        for suffix in OUTPUT_SUFFIXES
    ]
