"""The typefaces the layouts are set in, installed as Python packages (SIL OFL).

The PDF embeds the faces it uses; when a package is missing, the stylesheets'
fallback stacks (Noto, DejaVu, Georgia/Arial, serif/sans-serif) take over.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

# (CSS family, package, {(style, weight): file stem})
FAMILIES = (
    ("Source Serif Pro", "font_source_serif_pro", {
        ("normal", 400): "SourceSerifPro-Regular",
        ("italic", 400): "SourceSerifPro-It",
        ("normal", 600): "SourceSerifPro-Semibold",
        ("normal", 700): "SourceSerifPro-Bold",
        ("italic", 700): "SourceSerifPro-BoldIt",
    }),
    ("Source Sans Pro", "font_source_sans_pro", {
        ("normal", 400): "SourceSansPro-Regular",
        ("italic", 400): "SourceSansPro-It",
        ("normal", 600): "SourceSansPro-Semibold",
        ("normal", 700): "SourceSansPro-Bold",
    }),
)  # fmt: skip


@dataclass(frozen=True)
class FontFace:
    family: str
    style: str
    weight: int
    path: Path


def installed_faces() -> list[FontFace]:
    """The faces whose package is installed, with the path of each file."""
    faces = []
    for family, package, files in FAMILIES:
        folder = _package_folder(package)
        if folder is None:
            continue
        for (style, weight), stem in files.items():
            path = folder / "files" / f"{stem}.ttf"
            if path.is_file():
                faces.append(FontFace(family, style, weight, path))
    return faces


def font_folders() -> list[Path]:
    return sorted({face.path.parent.resolve() for face in installed_faces()})


def font_face_css() -> str:
    """@font-face rules for the installed faces, pointing at their files."""
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; font-style: {face.style}; '
        f'font-weight: {face.weight}; src: url("{face.path.resolve().as_uri()}"); }}'
        for face in installed_faces()
    )


def _package_folder(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))
