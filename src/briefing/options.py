"""What a build's outputs depend on besides the source: the same options, the same bytes."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.layouts import Layout
from briefing.project import Project
from briefing.readers import DEFAULT_MAX_MB


@dataclass(frozen=True)
class BuildOptions:
    layout: Layout
    paper: str
    max_mb: float = DEFAULT_MAX_MB
    syntax: str | None = None  # read every source as this syntax, not by its suffix
    project: Project | None = None  # the project's defaults (organisation, language…)
    pdf_variant: str = "ua-1"


# The files a build writes for a report NAME: OUT/NAME.pdf, .epub and .json.
OUTPUT_SUFFIXES = (".pdf", ".epub", ".json")
