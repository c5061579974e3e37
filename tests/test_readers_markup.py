"""The wikitext and Markdown readers, construct by construct, against structures
written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BriefingError, BriefingWarning
from briefing.model import (
    Curation,
    DefinitionList,
    ListBlock,
    Mark,
    Paragraph,
    Preformatted,
    Quote,
    Table,
    paragraphs,
)
from briefing.readers import read, sniff
from briefing.readers.markdown import read as read_markdown
from briefing.readers.wikitext import read as read_wiki


def wiki(text: str):
    return read_wiki(text, Path("r.wiki"))


def md(text: str):
    return read_markdown(text, Path("r.md"))


def only(blocks):
    assert len(blocks) == 1, blocks
    return blocks[0]


def cell_texts(table: Table) -> list[list[str]]:
    return [[" ".join(p.text for p in paragraphs(c.blocks)) for c in row] for row in table.rows]


# Wikitext


def test_wiki_bold_italic_and_links_become_marks() -> None:
    report = wiki(
        "'''Bold''' and ''it'' and '''''both''''', [[Page|shown]] [[Plain]] "
        "[https://example.org/r Annual report] https://example.org/d."
    )
    p = only(report.lead)
    assert p.text == "Bold and it and both, shown Plain Annual report https://example.org/d."
    assert Mark("strong", 0, 4) in p.marks and Mark("em", 9, 11) in p.marks
    assert {(m.kind, p.text[m.start : m.end]) for m in p.marks} >= {
        ("strong", "both"),
        ("em", "both"),
        ("link", "Annual report"),
        ("link", "https://example.org/d"),
    }
    assert ("https://example.org/r") in {m.target for m in p.marks}


def test_wiki_drops_categories_files_comments_and_textless_templates() -> None:
    report = wiki(
        "{{Infobox country|population=4,200,000}}{{Use dmy dates|date=May 2020}}"
        "Veldonia<!-- 999 hidden --> is small.{{citation needed|date=June 2021}}"
        "[[File:Map.png|thumb|A map]][[Category:Countries]] __NOTOC__\n"
    )
    assert only(report.lead).text == "Veldonia is small."


def test_wiki_unsafe_links_keep_only_their_text() -> None:
    p = only(wiki("[javascript:alert(1) click] and [file:///etc/passwd local]").lead)
    assert not [m for m in p.marks if m.kind == "link"]


def test_wiki_references_become_numbered_notes_with_readable_citations() -> None:
    report = wiki(
        'A claim.<ref name="a">{{cite web |title=2,400 wells surveyed |publisher=Water Office'
        " |date=2019-03-01 |url=https://example.org/wells}}</ref> Another.<ref>Plain note.</ref>"
        ' Again.<ref name="a" />\n\n== References ==\n{{reflist}}\n'
    )
    p = only(report.lead)
    assert p.text == "A claim. Another. Again."
    assert [(m.start, m.target) for m in p.marks if m.kind == "note"] == [
        (8, "1"),
        (17, "2"),
        (24, "1"),
    ]
    first, second = report.notes
    assert first.content.text == (
        "“2,400 wells surveyed”. Water Office. 2019-03-01. https://example.org/wells"
    )
    assert second.content.text == "Plain note."
    assert report.sections == ()  # a heading over nothing but the reference list goes


def test_wiki_nested_and_definition_lists() -> None:
    report = wiki(
        "* one\n** one.a\n*** one.a.i\n* two\n# first\n#* bullet in numbered\n"
        "; Term : its definition\n; Other\n: second definition\n"
    )
    bullets, numbered, definitions = report.lead
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert [i.content.text for i in bullets.items] == ["one", "two"]
    inner = only(bullets.items[0].blocks)
    assert inner.items[0].content.text == "one.a"
    assert only(inner.items[0].blocks).items[0].content.text == "one.a.i"
    assert numbered.ordered and only(numbered.items[0].blocks).items[0].content.text == (
        "bullet in numbered"
    )
    assert isinstance(definitions, DefinitionList)
    assert [(d.term.text, [x.text for x in d.details]) for d in definitions.items] == [
        ("Term", ["its definition"]),
        ("Other", ["second definition"]),
    ]


def test_wiki_quotes_preformatted_nowiki_entities_and_breaks() -> None:
    report = wiki(
        "<blockquote>Quoted words.</blockquote>\n: Indented words.\n"
        " preformatted  line\n<pre>kept   as\n  is</pre>\n"
        "<nowiki>'''not bold'''</nowiki> A &amp; B &mdash; &euro;5&nbsp;m<br/>next\n"
    )
    quote, indented, pre, kept, text = report.lead
    assert quote == Quote((Paragraph("Quoted words."),))
    assert indented == Quote((Paragraph("Indented words."),))
    assert pre == Preformatted("preformatted  line")
    assert kept == Preformatted("kept   as\n  is")
    assert text.text == "'''not bold''' A & B — €5\u00a0m next"
    assert not text.marks


def test_wiki_quote_templates_are_read_as_text_even_after_a_space() -> None:
    # "text= …" as editors write it: the space once made the quote a preformatted block.
    report = wiki("{{quote|text= Quoted words.}}\n{{blockquote| Other words.}}\n")
    assert report.lead == (
        Quote((Paragraph("Quoted words."),)),
        Quote((Paragraph("Other words."),)),
    )


def test_wiki_tables_with_headers_caption_spans_and_a_table_inside_a_cell() -> None:
    report = wiki(
        '{| class="wikitable"\n|+ Households connected\n! Region !! 2019 !! 2020\n|-\n'
        '! scope="row" | North\n| 12 || style="color:red" | 15\n|-\n'
        '! South\n| colspan="2" | n/a\n|-\n| Inner\n|\n{|\n| a || b\n|}\n|}\n'
    )
    table = only(report.lead)
    assert isinstance(table, Table)
    assert table.caption == Paragraph("Households connected")
    assert table.head == 1
    assert cell_texts(table)[:3] == [
        ["Region", "2019", "2020"],
        ["North", "12", "15"],
        ["South", "n/a"],
    ]
    assert [c.header for c in table.rows[1]] == [True, False, False]
    assert table.rows[2][1].colspan == 2
    inner = only(table.rows[3][1].blocks)
    assert isinstance(inner, Table) and cell_texts(inner) == [["a", "b"]]


def test_wiki_html_that_mediawiki_refuses_stays_text() -> None:
    p = only(wiki('See <script>alert(1)</script> and <iframe src="x"></iframe>.').lead)
    assert "<script>alert(1)</script>" in p.text and "<iframe" in p.text


def test_wiki_headings_with_markup_and_a_title_line() -> None:
    report = wiki(
        "= Water in Veldonia =\nLead.\n== '''Bold''' heading ==\nText.\n=== Sub ===\nMore.\n"
    )
    assert report.title == "Water in Veldonia"
    assert [(s.title, s.level) for s in report.sections] == [("Bold heading", 2), ("Sub", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "'''unclosed bold\n\nNext.",
        "[[unclosed link\n\nNext.",
        "{{unclosed template\n\nNext.",
        "<ref>unclosed ref\n\nNext.",
        "{|\n| unclosed table\n\nNext.",
        "{|\n|}\nNext.",
    ],
)
def test_wiki_unclosed_markup_still_reads(text: str) -> None:
    report = wiki(text)
    assert "Next." in " ".join(p.text for p in paragraphs(report.lead))


# Markdown


FRONT = "---\ntitle: Rail freight\nauthor: Kestrel Office\nlang: en-GB\n---\n"


def test_markdown_front_matter_gives_title_author_language() -> None:
    report = md(FRONT + "Lead.\n\n## Part\n\nText.\n")
    assert (report.title, report.author, report.language) == (
        "Rail freight",
        "Kestrel Office",
        "en-GB",
    )
    assert report.front_matter == Curation(title="Rail freight", author="Kestrel Office")
    assert report.front_matter.origins["lang"] == (Path("r.md"), 4)
    assert [(s.title, s.level) for s in report.sections] == [("Part", 2)]


def test_markdown_level_one_headings_as_sections_move_down_one() -> None:
    report = md(FRONT + "# One\n\ntext\n\n## Two\n\ntext\n")
    assert [(s.title, s.level) for s in report.sections] == [("One", 2), ("Two", 3)]
    report = md("# The title\n\nLead.\n\n## Part\n\ntext\n")
    assert report.title == "The title"
    assert [(s.title, s.level) for s in report.sections] == [("Part", 2)]


def test_markdown_inline_markup_and_raw_html_as_text() -> None:
    p = only(
        md(
            "*em* **strong** `code` [link](https://example.org) <https://e.org/x> "
            "![a map](map.png) <script>alert(1)</script> &amp; \\*not em\\*\n"
        ).lead
    )
    assert p.text == (
        "em strong code link https://e.org/x a map <script>alert(1)</script> & *not em*"
    )
    assert {(m.kind, p.text[m.start : m.end]) for m in p.marks} == {
        ("em", "em"),
        ("strong", "strong"),
        ("code", "code"),
        ("link", "link"),
        ("link", "https://e.org/x"),
    }


def test_markdown_lists_quotes_code_tables_and_footnotes() -> None:
    report = md(
        "- a\n  - b\n    1. c\n\n> one\n>\n> two\n\n```\ncode  block\n```\n\n"
        "| Line | 2022 | 2023 |\n|---|--:|--:|\n| North | 1,200 | 1,350 |\n\n"
        "Claim.[^src] Again.[^src]\n\n[^src]: Rail Office, *Annual report*.\n"
    )
    bullets, quote, code, table, claim = report.lead
    assert bullets.items[0].content.text == "a"
    inner = only(bullets.items[0].blocks)
    assert inner.items[0].content.text == "b" and only(inner.items[0].blocks).ordered
    assert quote == Quote((Paragraph("one"), Paragraph("two")))
    assert code == Preformatted("code  block")
    assert cell_texts(table) == [["Line", "2022", "2023"], ["North", "1,200", "1,350"]]
    assert table.head == 1 and all(c.header for c in table.rows[0])
    assert [m.target for m in claim.marks if m.kind == "note"] == ["1", "1"]
    assert only(report.notes).content.text == "Rail Office, Annual report."


def test_markdown_bad_front_matter_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match=r"r\.md, line 3: not valid YAML"):
        md("---\ntitle: a\n  bad: [\n---\ntext\n")


# Choosing a reader


@pytest.mark.parametrize(
    ("text", "syntax"),
    [
        ("= T =\n\n==Part==\nPlain text with {{ braces }} and 2019.\n", "text"),
        ("'''Veldonia''' is a [[country]].<ref>x</ref>\n", "wikitext"),
        ("---\ntitle: x\n---\n## Part\n\n**Bold** text.\n", "markdown"),
    ],
)
def test_a_txt_source_is_read_as_the_markup_it_holds(text: str, syntax: str) -> None:
    assert sniff(Path("r.txt"), text) == syntax
    assert sniff(Path("r.wiki"), "plain") == "wikitext"


def test_text_in_another_encoding_is_decoded_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_bytes(
        "= Café =\n\nLes résultats français de 2019 montrent une hausse.".encode("latin-1")
    )
    with pytest.warns(BriefingWarning, match="not UTF-8; read it as"):
        report = read(source)
    assert report.title == "Café"
    assert "résultats français" in only(report.lead).text


def test_utf8_with_a_stray_byte_stays_utf8_and_names_the_line(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_bytes(
        "= Fund =\n\nThe fund gave €1.2 million.\n\nA caf".encode() + b"\xe9 closed.\n"
    )
    with pytest.warns(BriefingWarning, match="UTF-8 with 1 invalid byte on line 5"):
        report = read(source)
    assert "€1.2 million" in report.lead[0].text
    assert "caf\ufffd closed" in report.lead[1].text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("= Fonds =\n\nLe fonds a versé €1,2 million au café en 2020.\n", "cp1252"),
        ("= Отчёт =\n\nВ 2020 году правительство выявило 91 жертву.\n", "cp1251"),  # noqa: RUF001
    ],
)
def test_a_single_byte_encoding_is_read_as_the_one_its_letters_fit(
    tmp_path: Path, text: str, encoding: str
) -> None:
    source = tmp_path / "r.txt"
    source.write_bytes(text.encode(encoding))
    with pytest.warns(BriefingWarning, match=f"read it as {encoding}"):
        report = read(source)
    assert report.lead[0].text == text.split("\n\n")[1].strip()


def test_from_overrides_the_suffix(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("## Part\n\n**Bold** words.\n")
    report = read(source, syntax="markdown")
    assert report.sections[0].title == "Part"
    assert isinstance(only(report.sections[0].blocks), Paragraph)
