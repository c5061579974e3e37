"""The delivery record: each message's outcome added to the manifest as it comes, the
manifest written whole each time (a temporary file renamed over it) and signed again when
it was signed; a run stopped at any point has recorded every answer it had."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing.copies.manifest import MANIFEST, Delivery, Manifest, manifest_json
from briefing.copies.signing import Signer, signature_path
from briefing.writing import write_atomic


class Record:
    """The manifest in `folder` (as `manifest` holds it) with every delivery added so far.
    The report's lock is held meanwhile: no build writes it under us."""

    def __init__(self, folder: Path, manifest: Manifest, signer: Signer | None) -> None:
        self.path, self.manifest, self.signer = folder / MANIFEST, manifest, signer

    def add(self, delivery: Delivery) -> None:
        self.manifest = replace(self.manifest, deliveries=(*self.manifest.deliveries, delivery))
        data = manifest_json(self.manifest)
        write_atomic(self.path, data)
        if self.signer is not None:
            write_atomic(signature_path(self.path), self.signer(data))
