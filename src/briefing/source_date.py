"""The briefing's date when the sidecar sets none: SOURCE_DATE_EPOCH when it is set (for
reproducible builds), else the day the source last changed. Read here only, for the
briefing and for the hash of a build's inputs alike."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from briefing.errors import BriefingError


def source_date(source: Path) -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        try:
            seconds = int(epoch)
        except ValueError:
            raise BriefingError(
                f"expected a whole number of seconds, found {epoch!r}", key="SOURCE_DATE_EPOCH"
            ) from None
        if not FIRST_EPOCH <= seconds <= LAST_EPOCH:
            raise BriefingError(
                f"expected a time from 1980 to 2107, which a zip file can hold, found {epoch}",
                key="SOURCE_DATE_EPOCH",
            )
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    return dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC).date()


# What the EPUB's zip entries can be dated, in seconds since 1970.
FIRST_EPOCH = int(dt.datetime(1980, 1, 1, tzinfo=dt.UTC).timestamp())
LAST_EPOCH = int(dt.datetime(2107, 12, 31, tzinfo=dt.UTC).timestamp())
