"""The manifest of a report's outputs, OUT/NAME/manifest.json: every file with its size,
SHA-256 and, for a personal copy, its recipient; and `verify`, which checks a file against it.

Paths in the manifest are relative to its folder ("../NAME.pdf", "copies/ana-pereira.pdf"),
as in a checksum file, so the folder can be moved or sent whole.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.recipients import Recipient

MANIFEST = "manifest.json"
COPIES = "copies"


@dataclass(frozen=True)
class Verdict:
    matches: bool
    message: str


def report_folder(out_dir: Path, stem: str) -> Path:
    """Where a report's manifest and copies live: OUT/NAME/."""
    return out_dir / stem


def file_entry(
    path: Path, folder: Path, recipient: Recipient | None = None, made_from: str | None = None
) -> dict[str, object]:
    """`path` as the manifest lists it; `made_from` is the SHA-256 of the file a copy was
    stamped from."""
    data = path.read_bytes()
    entry: dict[str, object] = {
        "path": Path(os.path.relpath(path, folder)).as_posix(),
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "recipient": None,
    }
    if recipient is not None:
        person = asdict(recipient)
        del person["slug"]
        entry["recipient"] = person
        entry["made_from"] = made_from
    return entry


def read_manifest(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BriefingError("no such manifest", path=path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BriefingError(f"cannot read the manifest: {exc}", path=path) from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        raise BriefingError("not a briefing manifest: it lists no files", path=path)
    return data


def current_copies(folder: Path, plain: list[dict[str, object]]) -> tuple[list[dict], int]:
    """The copy entries of the manifest in `folder` that are still copies of the `plain`
    outputs, each file still as listed; and how many others it listed."""
    try:
        previous = read_manifest(folder / MANIFEST)["files"]
    except BriefingError:
        return [], 0
    hashes = {entry["sha256"] for entry in plain}
    copies = [e for e in previous if isinstance(e, dict) and e.get("recipient")]
    kept = [e for e in copies if e.get("made_from") in hashes and _unchanged(folder, e)]
    return kept, len(copies) - len(kept)


def _unchanged(folder: Path, entry: dict) -> bool:
    try:
        data = (folder / str(entry["path"])).read_bytes()
    except OSError:
        return False
    return hashlib.sha256(data).hexdigest() == entry.get("sha256")


def manifest_json(stem: str, files: list[dict[str, object]]) -> bytes:
    text = json.dumps({"report": stem, "files": files}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


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


def verify(file: Path, manifest: Path) -> Verdict:
    """Whether `file` is, byte for byte, one of the files `manifest` lists, and whose copy."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise BriefingError(f"cannot read: {exc.strerror}", path=file) from None
    digest = hashlib.sha256(data).hexdigest()
    files = [e for e in read_manifest(manifest)["files"] if isinstance(e, dict)]
    match = next((e for e in files if e.get("sha256") == digest), None)
    if match is not None:
        return Verdict(True, f"{file} matches {match['path']} in {manifest}: {_whose(match)}")
    mark = read_mark(data)
    says = f"; it is marked “{mark}”" if mark else ""
    same_name = next((e for e in files if Path(str(e.get("path"))).name == file.name), None)
    if same_name is not None:
        return Verdict(
            False,
            f"{file} does not match {same_name['path']} in {manifest}: it has been changed, "
            f"or comes from another build ({len(data)} bytes, SHA-256 {digest[:12]}…; "
            f"listed: {same_name.get('bytes')} bytes, {str(same_name.get('sha256'))[:12]}…){says}",
        )
    return Verdict(False, f"{file} is not listed in {manifest} (SHA-256 {digest[:12]}…){says}")


def read_mark(data: bytes) -> str | None:
    """The mark a copy carries in its metadata (PDF XMP or EPUB package dc:rights), if any:
    whose copy a file says it is, even once changed."""
    # Imported here: `briefing verify` of a matching file needs neither, and nothing here
    # needs the renderers (a verdict in a quarter of a second, not two).
    import pikepdf
    from lxml import etree

    try:
        if data.startswith(b"%PDF"):
            with pikepdf.open(io.BytesIO(data)) as document:
                return str(document.open_metadata().get("dc:rights") or "") or None
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            package = next(n for n in archive.namelist() if n.endswith(".opf"))
            rights = etree.fromstring(archive.read(package)).find(f".//{{{DC}}}rights")
            return rights.text if rights is not None else None
    except (pikepdf.PdfError, zipfile.BadZipFile, StopIteration, etree.XMLSyntaxError):
        return None


DC = "http://purl.org/dc/elements/1.1/"


def _whose(entry: dict) -> str:
    recipient = entry.get("recipient")
    if not isinstance(recipient, dict):
        return "the briefing as built, not a personal copy"
    who = str(recipient.get("name"))
    if recipient.get("organisation"):
        who += f", {recipient['organisation']}"
    if recipient.get("email"):
        who += f" <{recipient['email']}>"
    return f"copy {recipient.get('copy')} of {recipient.get('of')}, prepared for {who}"
