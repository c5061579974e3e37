"""The print stylesheet's promises about tables, checked on a real WeasyPrint render."""

from __future__ import annotations

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
        '<html lang="en"><head><link rel="stylesheet" href="print.css"/></head><body>'
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
