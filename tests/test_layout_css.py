"""The print stylesheet's promises about tables, checked on a real WeasyPrint render."""

from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf

from briefing.layouts import find_layout
from briefing.render.pdf import render_pdf

from .conftest import ROOT


def test_long_table_repeats_its_header_row_and_keeps_rows_whole(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>Row {n}</td><td>{'several words of text ' * (1 + n % 4)}</td></tr>"
        for n in range(160)
    )
    html = (
        '<html lang="en"><head></head><body>'
        "<main><table><thead><tr><th>Name</th><th>Description</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></main></body></html>"
    )
    rendered = render_pdf(html, find_layout("briefing", project=ROOT), "a4")
    assert rendered.page_count > 2
    path = tmp_path / "table.pdf"
    path.write_bytes(rendered.data)
    seen_rows = []
    for page in pymupdf.open(path):
        words = page.get_text("words")
        first_line = min(words, key=lambda w: (round(w[1]), w[0]))
        assert first_line[4] == "Name", f"page {page.number + 1} does not start with the header"
        seen_rows += [
            int(w[4])
            for i, w in enumerate(words[:-1])
            if words[i - 1][4] == "Row" and w[4].isdigit()
        ]
    assert seen_rows == list(range(160)), "a row is missing, repeated or split"


def _left_edge(pdf: bytes, tmp_path: Path) -> float:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    return min(w[0] for w in pymupdf.open(path)[0].get_text("words"))


def test_the_layout_stylesheet_is_applied_and_read_again_when_it_changes(tmp_path: Path) -> None:
    # A process keeps the parsed stylesheet; an edit to it (as under `briefing watch`) counts.
    folder = tmp_path / "layout"
    shutil.copytree(find_layout("briefing", project=ROOT).folder, folder)
    html = '<html lang="en"><head></head><body><p class="para">Hello there.</p></body></html>'
    first = _left_edge(render_pdf(html, find_layout(str(folder)), "a4").data, tmp_path)
    assert abs(first - 22 * 72 / 25.4) < 2  # the left margin print.css sets: 22 mm
    css = folder / "print.css"
    css.write_text(
        css.read_text().replace("margin: 24mm 20mm 24mm 22mm", "margin: 24mm 20mm 24mm 60mm")
    )
    second = _left_edge(render_pdf(html, find_layout(str(folder)), "a4").data, tmp_path)
    assert abs(second - 60 * 72 / 25.4) < 2
