"""The manifest of a report's outputs, OUT/NAME/manifest.json: every file with its size,
SHA-256 and, for a personal copy, its recipient and the output it was stamped from; the
briefing's title, date (as the copies' mark prints it), audience and classification, so
that copies of outputs found unchanged, and the messages that carry them, are made without
reading the report again; and the record of every message `briefing send` sent.

Paths in the manifest are relative to its folder ("../NAME.pdf", "copies/ana-pereira.pdf"),
as in a checksum file, so the folder can be moved or sent whole.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from briefing.copies.recipients import Recipient
from briefing.errors import BriefingError
from briefing.model import Briefing
from briefing.reading import read_bytes

MANIFEST = "manifest.json"
COPIES = "copies"


@dataclass(frozen=True)
class Entry:
    """A file as the manifest lists it."""

    path: str  # relative to the manifest's folder, "/"-separated
    bytes: int
    sha256: str
    recipient: Recipient | None = None  # whose personal copy it is; None for an output
    made_from: str | None = None  # a copy's: the SHA-256 of the output it was stamped from


@dataclass(frozen=True)
class Masthead:
    """The briefing as its first page names it: what a copy's mark and message print."""

    date_text: str  # the briefing's date, as a copy's mark prints it
    title: str | None = None  # None in a manifest of a version that did not record it
    audience: str | None = None
    classification: str | None = None


@dataclass(frozen=True)
class Attached:
    """A file a message carried, as it was when sent."""

    path: str  # relative to the manifest's folder, as its entry lists it
    sha256: str


@dataclass(frozen=True)
class Delivery:
    """One message that carried a recipient's copy, and how the server answered it."""

    name: str  # the recipient's name
    to: str  # the address it went to
    time: str  # when the server answered, ISO 8601 in UTC: "2026-12-01T10:02:03+00:00"
    message_id: str  # "<…@example.org>"
    reply: str  # the server's answer: "250 2.0.0 Ok: queued as 4XyZ"
    attached: tuple[Attached, ...]
    outcome: Literal["sent", "refused"]  # refused: a permanent (5xx) answer


@dataclass(frozen=True)
class Manifest:
    report: str  # the report's name, NAME
    files: tuple[Entry, ...]
    masthead: Masthead | None = None  # None in a manifest of outputs of an unknown briefing
    deliveries: tuple[Delivery, ...] = ()  # every message sent, oldest first


def masthead(briefing: Briefing) -> Masthead:
    return Masthead(briefing.date_text, briefing.title, briefing.audience, briefing.classification)


def report_folder(out_dir: Path, stem: str) -> Path:
    """Where a report's manifest and copies live: OUT/NAME/."""
    return out_dir / stem


def file_entry(
    path: Path,
    folder: Path,
    recipient: Recipient | None = None,
    made_from: str | None = None,
    data: bytes | None = None,
) -> Entry:
    """`path` as the manifest in `folder` lists it; `data` is its content, when the caller
    has it (a file staged and not yet in its place)."""
    data = path.read_bytes() if data is None else data
    relative = Path(os.path.relpath(path, folder)).as_posix()
    return Entry(relative, len(data), hashlib.sha256(data).hexdigest(), recipient, made_from)


# A manifest lists a report's outputs and a copy pair per recipient: 10 MB is thousands.
MANIFEST_LIMIT = 10_000_000


def read_manifest(path: Path) -> Manifest:
    """The manifest at `path`; an `error:` for anything else (too large, not JSON, nested
    past reason, entries of the wrong shape)."""
    if not path.exists():
        raise BriefingError("no such manifest", path=path)
    raw = read_bytes(path, MANIFEST_LIMIT, "manifest")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BriefingError(f"cannot read the manifest: {exc}", path=path) from None
    except RecursionError:
        raise BriefingError("not a briefing manifest: nested past reason", path=path) from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        raise BriefingError("not a briefing manifest: it lists no files", path=path)
    files = tuple(_entry(item, path, f"files[{i}]") for i, item in enumerate(data["files"]))
    deliveries = data.get("deliveries", [])
    if not isinstance(deliveries, list):
        raise BriefingError("not a list of deliveries", path=path, key="deliveries")
    sent = tuple(_delivery(item, path, f"deliveries[{i}]") for i, item in enumerate(deliveries))
    return Manifest(str(data.get("report")), files, _masthead(data), sent)


def manifest_json(manifest: Manifest) -> bytes:
    head = manifest.masthead
    data = {
        "report": manifest.report,
        "date_text": head and head.date_text,
        "title": head and head.title,
        "audience": head and head.audience,
        "classification": head and head.classification,
        "files": [_entry_json(entry) for entry in manifest.files],
        "deliveries": [_delivery_json(delivery) for delivery in manifest.deliveries],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def current_copies(folder: Path, plain: list[Entry]) -> tuple[list[Entry], int]:
    """The copy entries of the manifest in `folder` that are still copies of the `plain`
    outputs, each file still as listed; and how many others it listed."""
    try:
        previous = read_manifest(folder / MANIFEST).files
    except BriefingError:
        return [], 0
    hashes = {entry.sha256 for entry in plain}
    copies = [e for e in previous if e.recipient is not None]
    kept = [e for e in copies if e.made_from in hashes and _unchanged(folder, e)]
    return kept, len(copies) - len(kept)


def _unchanged(folder: Path, entry: Entry) -> bool:
    try:
        data = (folder / entry.path).read_bytes()
    except OSError:
        return False
    return hashlib.sha256(data).hexdigest() == entry.sha256


def _entry_json(entry: Entry) -> dict[str, object]:
    data: dict[str, object] = {"path": entry.path, "bytes": entry.bytes, "sha256": entry.sha256}
    if entry.recipient is None:
        return data | {"recipient": None}
    person = _fields(entry.recipient)
    del person["slug"]  # the copy's file name says it
    return data | {"recipient": person, "made_from": entry.made_from}


def _delivery_json(delivery: Delivery) -> dict[str, object]:
    return _fields(delivery) | {"attached": [_fields(a) for a in delivery.attached]}


def _fields(item: Any) -> dict[str, Any]:
    """A dataclass's fields by name, without the deep copies of `asdict`, which made writing
    the manifest after each message of `briefing send` slow (15 of 20 s for 200)."""
    return {field.name: getattr(item, field.name) for field in fields(item)}


def _entry(data: Any, path: Path, key: str) -> Entry:
    """The entry `data` (JSON) at `key` of the manifest `path`."""
    try:
        person = data["recipient"]
        if not (
            isinstance(data["path"], str)
            and isinstance(data["bytes"], int)
            and isinstance(data["sha256"], str)
            and isinstance(data.get("made_from"), str | None)
        ):
            raise TypeError("a field of the wrong type")
        # A copy's file is named by its recipient's slug.
        slug = PurePosixPath(data["path"]).stem
        recipient = None if person is None else Recipient(**person, slug=slug)
        return Entry(data["path"], data["bytes"], data["sha256"], recipient, data.get("made_from"))
    except (KeyError, TypeError):
        raise BriefingError("not a manifest entry", path=path, key=key) from None


def _masthead(data: dict[str, Any]) -> Masthead | None:
    """The masthead the manifest's JSON `data` records; its texts of the wrong type are None."""
    date_text, title, audience, classification = (
        value if isinstance(value := data.get(key), str) else None
        for key in ("date_text", "title", "audience", "classification")
    )
    if date_text is None:
        return None
    return Masthead(date_text, title, audience, classification)


def _delivery(data: Any, path: Path, key: str) -> Delivery:
    """The delivery `data` (JSON) at `key` of the manifest `path`."""
    try:
        attached = tuple(Attached(a["path"], a["sha256"]) for a in data["attached"])
        texts = {k: data[k] for k in ("name", "to", "time", "message_id", "reply")}
        fields = [*texts.values(), *(a.path for a in attached), *(a.sha256 for a in attached)]
        if not all(isinstance(text, str) for text in fields):
            raise TypeError("a field of the wrong type")
        if data["outcome"] not in ("sent", "refused"):
            raise ValueError(data["outcome"])
        return Delivery(**texts, attached=attached, outcome=data["outcome"])
    except (KeyError, TypeError, ValueError):
        raise BriefingError("not a delivery record", path=path, key=key) from None
