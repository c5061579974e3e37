"""Find a layout folder: the project's own `layouts/` first, then the shipped ones."""

from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from briefing.errors import BriefingError
from briefing.settings import Checker, load_toml

DEFAULT_LAYOUT = "briefing"
PAPER_SIZES = {"a4": "A4", "letter": "letter"}


@dataclass(frozen=True)
class Layout:
    name: str
    folder: Path
    paper: str
    watermark: bool = False  # personal copies carry the recipient's name across each page

    @property
    def epub_css(self) -> Path:
        return self.folder / "epub.css"


def shipped_layouts() -> Path:
    """The layouts installed with the package, or the checkout's when run from source."""
    installed = Path(str(resources.files("briefing"))) / "layouts"
    if installed.is_dir():
        return installed
    # An editable install imports from src/; its layouts stay at the project root.
    return Path(__file__).resolve().parents[2] / "layouts"


def find_layout(name_or_path: str = DEFAULT_LAYOUT, project: Path | None = None) -> Layout:
    """A layout by name (project `layouts/NAME`, then shipped) or by folder path."""
    project = project or Path.cwd()
    if "/" in name_or_path or name_or_path.startswith("."):
        candidates = [Path(name_or_path)]
    else:
        candidates = [project / "layouts" / name_or_path, shipped_layouts() / name_or_path]
    for folder in candidates:
        if (folder / "layout.toml").is_file():
            return _load(folder)
    known = sorted(
        {
            p.parent.name
            for root in (project / "layouts", shipped_layouts())
            for p in root.glob("*/layout.toml")
        }
    )
    raise BriefingError(
        f"unknown layout {name_or_path!r}: none in {', '.join(map(str, candidates))}",
        hint=f"known layouts: {', '.join(known) or 'none'}",
    )


def _load(folder: Path) -> Layout:
    settings = folder / "layout.toml"
    config = load_toml(settings)
    check = Checker(settings)
    layout = Layout(
        name=check.text("name", config.get("name")) or folder.name,
        folder=folder.resolve(),
        paper=check.choice("paper", config.get("paper"), PAPER_SIZES) or "a4",
        watermark=check.boolean("watermark", config.get("watermark")) or False,
    )
    check.done()
    for needed in ("print.css", "epub.css"):
        if not (folder / needed).is_file():
            raise BriefingError(f"layout is missing {needed}", path=folder)
    return layout


def stamp_layout(layout: Layout) -> Layout:
    """The layout whose stamp.html marks personal copies: `layout`'s own, else the shipped
    one's (a layout written before copies existed still makes them)."""
    if (layout.folder / "stamp.html").is_file():
        return layout
    return replace(_load(shipped_layouts() / DEFAULT_LAYOUT), watermark=layout.watermark)


# The templates of the message that carries a personal copy (`briefing send`); email.html,
# the message's HTML part, is optional.
MAIL_TEMPLATES = ("email.txt", "email.html")


def mail_layout(layout: Layout) -> Layout:
    """The layout whose email.txt (and email.html) writes the messages of `briefing send`:
    `layout`'s own, else the shipped one's."""
    return _own_or_shipped(layout, MAIL_TEMPLATES[0])


COVER_TEMPLATE = "epub-cover-image.html"  # the EPUB's cover page, which shows its image


def cover_layout(layout: Layout) -> Layout:
    """The layout whose epub-cover-image.html writes the EPUB's cover page: `layout`'s own,
    else the shipped one's (a layout written before the cover page existed still has one)."""
    return _own_or_shipped(layout, COVER_TEMPLATE)


def _own_or_shipped(layout: Layout, template: str) -> Layout:
    if (layout.folder / template).is_file():
        return layout
    return _load(shipped_layouts() / DEFAULT_LAYOUT)
