"""The briefing's own parts, around the report's sections: each one's id, title and EPUB
document, defined once for the code (`ids`, the renderers) and the layouts' templates,
which see them as `part` (`part.timeline.title`, `links[part.timeline.id]`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Part:
    id: str  # its element's id, and its key in the templates' `links`
    title: str

    @property
    def file(self) -> str:
        """Its document in the EPUB: "timeline.xhtml"."""
        return f"{self.id}.xhtml"


class Parts(NamedTuple):
    cover_image: Part  # the EPUB's cover: the printed first page as an image
    cover: Part  # the first page, as text: the EPUB's title page
    contents: Part
    overview: Part  # the report's lead, as a section of its own
    key_figures: Part
    timeline: Part
    notes: Part
    all_figures: Part  # the appendix: every figure Key figures does not show


PARTS = Parts(
    cover_image=Part("cover-image", "Cover"),
    cover=Part("cover", "At a glance"),
    contents=Part("contents", "Contents"),
    overview=Part("overview", "Overview"),
    key_figures=Part("key-figures", "Key figures"),
    timeline=Part("timeline", "Timeline"),
    notes=Part("notes", "Notes"),
    all_figures=Part("all-figures", "All figures"),
)
