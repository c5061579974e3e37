"""`briefing verify`: whether a file is, byte for byte, one that a manifest lists, and
whose copy it is or says it is; for a copy, whether and when `briefing send` sent it, and
to whom.

It needs neither the renderers nor the stamp: a verdict in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from briefing.copies.manifest import MANIFEST, Delivery, Entry, read_manifest
from briefing.errors import BriefingError
from briefing.reading import read_bytes


@dataclass(frozen=True)
class Verdict:
    matches: bool
    message: str


def find_manifest(file: Path) -> Path:
    """The manifest that lists `file`, where a build puts it: beside the file, above its
    copies folder, or in the report's folder beside a plain output."""
    candidates = [
        file.parent / MANIFEST,
        file.parent.parent / MANIFEST,
        file.parent / file.stem / MANIFEST,
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise BriefingError(
        "no manifest found for this file",
        hint="name it with --manifest OUT/NAME/manifest.json",
        path=file,
    )


# The largest file `verify` reads: far above any briefing, far below what fills memory.
VERIFIED_LIMIT = 2_000_000_000
# The largest EPUB member `read_mark` expands: a zip bomb's package is not read.
MEMBER_LIMIT = 10_000_000


def verify(file: Path, manifest: Path) -> Verdict:
    """Whether `file` is, byte for byte, one of the files `manifest` lists, and whose copy."""
    data = read_bytes(file, VERIFIED_LIMIT, "file")
    digest = hashlib.sha256(data).hexdigest()
    listed = read_manifest(manifest)
    files = listed.files
    match = next((e for e in files if e.sha256 == digest), None)
    if match is not None:
        sent = _sending(match, listed.deliveries)
        return Verdict(True, f"{file} matches {match.path} in {manifest}: {_whose(match)}{sent}")
    mark = read_mark(data)
    says = f"; it is marked “{mark}”" if mark else ""
    same_name = next((e for e in files if Path(e.path).name == file.name), None)
    if same_name is not None:
        return Verdict(
            False,
            f"{file} does not match {same_name.path} in {manifest}: it has been changed, "
            f"or comes from another build ({len(data)} bytes, SHA-256 {digest[:12]}…; "
            f"listed: {same_name.bytes} bytes, {same_name.sha256[:12]}…){says}",
        )
    return Verdict(False, f"{file} is not listed in {manifest} (SHA-256 {digest[:12]}…){says}")


def read_mark(data: bytes) -> str | None:
    """The mark a copy carries in its metadata (PDF XMP or EPUB package dc:rights), if any:
    whose copy a file says it is, even once changed."""
    # Imported here: `briefing verify` of a matching file needs neither.
    import pikepdf
    from lxml import etree

    from briefing.render.package import package_rights

    try:
        if data.startswith(b"%PDF"):
            with pikepdf.open(io.BytesIO(data)) as document:
                return str(document.open_metadata().get("dc:rights") or "") or None
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if any(info.file_size > MEMBER_LIMIT for info in archive.infolist()):
                return None  # a member larger than any package: not read
            return package_rights(archive)
    except (pikepdf.PdfError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return None  # not a PDF or an EPUB we can read: it says nothing


def _whose(entry: Entry) -> str:
    person = entry.recipient
    if person is None:
        return "the briefing as built, not a personal copy"
    email = f" <{person.email}>" if person.email else ""
    return f"copy {person.copy} of {person.of}, prepared for {person.who}{email}"


def _sending(entry: Entry, deliveries: tuple[Delivery, ...]) -> str:
    """What `briefing send` did with a copy: "; sent 2026-12-01T10:02:03+00:00 to
    ana@example.org (Message-ID <…>)", each message that carried it; "; not sent"."""
    if entry.recipient is None:
        return ""
    carried = [d for d in deliveries if any(a.sha256 == entry.sha256 for a in d.attached)]
    if not carried:
        return "; not sent by email"
    said = {"sent": "sent", "refused": "refused by the mail server"}
    return "".join(
        f"; {said[d.outcome]} {d.time} to {d.name} <{d.to}> ({d.reply}; Message-ID {d.message_id})"
        for d in carried
    )
