"""Who `briefing send` writes to: each recipient the manifest lists, with the copies to
attach, but those already sent the same copies at the same address (unless named to be
sent again); and who cannot be written to: no address, or a copy changed since the build."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from briefing.copies.manifest import MANIFEST, Delivery, Entry, Manifest, read_manifest
from briefing.copies.recipients import Recipient
from briefing.copies.verify import VERIFIED_LIMIT
from briefing.errors import BriefingError, Problem
from briefing.reading import read_bytes
from briefing.sending.message import Attachment


@dataclass(frozen=True)
class Parcel:
    """One message to send: a recipient's copies."""

    recipient: Recipient
    files: tuple[Entry, ...]  # the copies to attach, in the order --attach names them


@dataclass(frozen=True)
class Plan:
    folder: Path  # OUT/NAME, which holds the manifest
    manifest: Manifest
    parcels: tuple[Parcel, ...]  # the messages to send
    done: tuple[Recipient, ...]  # sent these copies at this address already: skipped
    no_address: tuple[Recipient, ...]  # skipped, with a warning
    problems: tuple[Problem, ...]  # copies that will not be sent: changed since the build


def plan(folder: Path, kinds: Sequence[str], resend: Sequence[str] = ()) -> Plan:
    """The messages that carry the copies of `kinds` ("pdf", "epub") listed in the manifest
    in `folder` to those not yet sent them, and to those named in `resend` again."""
    manifest = read_manifest(folder / MANIFEST)
    copies = _copies(manifest, folder)
    again = _named(resend, list(copies))
    parcels, done, no_address, problems = [], [], [], []
    for recipient, entries in copies.items():
        files = tuple(_entry(entries, kind, recipient, folder) for kind in kinds)
        if not recipient.email:
            no_address.append(recipient)
        elif recipient not in again and _sent(manifest.deliveries, recipient, files):
            done.append(recipient)
        elif changed := [problem for file in files if (problem := _changed(folder, file))]:
            problems += changed
        else:
            parcels.append(Parcel(recipient, files))
    return Plan(folder, manifest, (*parcels,), (*done,), (*no_address,), (*problems,))


def attachments(folder: Path, parcel: Parcel) -> list[Attachment]:
    """The parcel's copies as they are now, each checked against the manifest again: the
    bytes attached are the bytes checked."""
    found = []
    for entry in parcel.files:
        data = read_bytes(folder / entry.path, VERIFIED_LIMIT, "copy")
        if (problem := _mismatch(folder, entry, data)) is not None:
            raise BriefingError.of([problem])
        found.append(Attachment(entry.path, data))
    return found


def _copies(manifest: Manifest, folder: Path) -> dict[Recipient, dict[str, Entry]]:
    """Each recipient's copies in the manifest, by kind ("pdf"), in copy order."""
    copies: dict[Recipient, dict[str, Entry]] = {}
    for entry in manifest.files:
        if entry.recipient is not None:
            kind = PurePosixPath(entry.path).suffix.lstrip(".")
            copies.setdefault(entry.recipient, {})[kind] = entry
    if not copies:
        raise BriefingError(
            "the manifest lists no personal copies",
            hint="build the report with --recipients FILE.csv first",
            path=folder / MANIFEST,
        )
    return dict(sorted(copies.items(), key=lambda item: item[0].copy))


def _entry(entries: dict[str, Entry], kind: str, recipient: Recipient, folder: Path) -> Entry:
    if kind not in entries:
        raise BriefingError(
            f"the manifest lists no {kind.upper()} copy for {recipient.name}",
            path=folder / MANIFEST,
        )
    return entries[kind]


def _named(names: Sequence[str], recipients: list[Recipient]) -> set[Recipient]:
    """The recipients `names` names, each by name (in any case) or by its copy's file name."""
    chosen = set()
    for name in names:
        found = [
            r
            for r in recipients
            if name in (r.slug, r.name) or name.casefold() == r.name.casefold()
        ]
        if len(found) != 1:
            problem = "no such recipient in the manifest" if not found else "names two recipients"
            raise BriefingError(
                f"--resend {name!r}: {problem}",
                hint="name a recipient as the recipients file does, or by the copy's file name "
                "(ana-pereira for copies/ana-pereira.pdf)",
            )
        chosen.add(found[0])
    return chosen


def _sent(deliveries: Sequence[Delivery], recipient: Recipient, files: Sequence[Entry]) -> bool:
    """Whether a message the server took carried every one of `files` to the address."""
    wanted = {file.sha256 for file in files}
    return any(
        delivery.outcome == "sent"
        and delivery.to == recipient.email
        and wanted <= {attached.sha256 for attached in delivery.attached}
        for delivery in deliveries
    )


def _changed(folder: Path, entry: Entry) -> Problem | None:
    try:
        data = read_bytes(folder / entry.path, VERIFIED_LIMIT, "copy")
    except BriefingError as error:
        return error.problems[0]
    return _mismatch(folder, entry, data)


def _mismatch(folder: Path, entry: Entry, data: bytes) -> Problem | None:
    if hashlib.sha256(data).hexdigest() == entry.sha256:
        return None
    who = entry.recipient.name if entry.recipient else "anyone"
    return Problem(
        f"not sent to {who}: the copy no longer matches the manifest's SHA-256 "
        "(changed since the build)",
        folder / entry.path,
        hint="build the report again with --recipients to make the copies anew",
    )
