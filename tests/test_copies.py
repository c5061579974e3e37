"""Personal copies, the manifest and `briefing verify`, read back from real builds."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pymupdf
import pytest
from pypdf import PdfReader

from briefing.build import brief, build
from briefing.copies.recipients import file_slug, load_recipients
from briefing.errors import BriefingError
from briefing.layouts import find_layout
from briefing.options import BuildOptions
from tests.conftest import FIRST_REPORT, ROOT, epubcheck_problems, run
from tests.test_render_epub import _picture, pdf_page_picture

STEM = FIRST_REPORT.stem
RECIPIENTS = "".join(
    line + "\n"
    for line in (
        "name,organisation,email",
        "Ana Pereira,Ministry of Justice,ana.pereira@example.org",
        '"O\'Brien, ""Kit""",,',  # a comma and quotes in a name
        "José Álvarez-Ñúñez,Cour des comptes,",
        "../../etc/passwd,,",  # a name that looks like a path
    )
)


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first report built with four recipients, through the command; its out folder."""
    folder = tmp_path_factory.mktemp("copies")
    (folder / "recipients.csv").write_text(RECIPIENTS, encoding="utf-8")
    result = run("build", str(FIRST_REPORT), "--recipients", "recipients.csv", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "4 personal copies" in result.stdout
    return folder / "out"


def pdf_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def opf(epub: Path) -> ElementTree.Element:
    with zipfile.ZipFile(epub) as archive:
        return ElementTree.fromstring(archive.read("EPUB/content.opf"))


# The recipients file


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding=encoding)
    return path


def test_recipients_are_read_with_their_copy_numbers(tmp_path: Path) -> None:
    people = load_recipients(write(tmp_path, RECIPIENTS))
    assert [(p.name, p.organisation, p.copy, p.of) for p in people] == [
        ("Ana Pereira", "Ministry of Justice", 1, 4),
        ('O\'Brien, "Kit"', None, 2, 4),
        ("José Álvarez-Ñúñez", "Cour des comptes", 3, 4),
        ("../../etc/passwd", None, 4, 4),
    ]
    assert people[0].email == "ana.pereira@example.org"
    assert people[0].mark("29 November 2026") == (
        "Prepared for Ana Pereira, Ministry of Justice — copy 1 of 4 — 29 November 2026"
    )
    assert people[1].mark("1 May 2026") == 'Prepared for O\'Brien, "Kit" — copy 2 of 4 — 1 May 2026'


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Ana Pereira", "ana-pereira"),
        ("José Álvarez-Ñúñez", "jose-alvarez-nunez"),
        ('O\'Brien, "Kit"', "o-brien-kit"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Users\\x", "c-users-x"),
        ("Дмитрий Иванов", "дмитрий-иванов"),
        ("李雷", "李雷"),
    ],
)
def test_file_names_are_safe_slugs_of_the_name(name: str, slug: str) -> None:
    assert file_slug(name) == slug


def test_a_long_or_symbol_only_name_still_gets_a_short_safe_file_name(tmp_path: Path) -> None:
    long_name = "Maria " + "Abcdefghij" * 30  # over 300 characters
    people = load_recipients(write(tmp_path, f"name\n{long_name}\n!!!\n"))
    assert people[0].name == long_name
    assert len(people[0].slug) <= 80 and people[0].slug.startswith("maria-abcdefghij")
    assert people[1].slug == "recipient-2"


def test_names_that_slug_alike_get_numbered_file_names(tmp_path: Path) -> None:
    people = load_recipients(write(tmp_path, "name,organisation\nJose Alvarez,A\nJosé Álvarez,B\n"))
    assert [p.slug for p in people] == ["jose-alvarez", "jose-alvarez-2"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "name,organisation\nAna,Justice\n,Finance\n",
            "people.csv, line 3: name: expected a name, found nothing",
        ),
        (
            "name\nAna Pereira\nana  pereira\n",
            "line 3: ana pereira is listed twice (first on line 2)",
        ),
        ("nom,email\nAna,a@b.org\n", "unknown column 'nom'"),
        ("organisation\nJustice\n", "no name column"),
        (
            "name,email\nAna,not-an-address\n",
            "line 2: email: expected an email address, found the text 'not-an-address'",
        ),
        ("name\nAna, Pereira\n", "line 2: 2 cells under 1 columns"),
        ("name\n", "people.csv: no recipients"),
        ("name\nAna\x07\n", "line 2: name: expected text without control characters"),
    ],
)
def test_a_bad_recipients_file_gets_an_error_with_its_line(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(BriefingError) as caught:
        load_recipients(write(tmp_path, text))
    assert message in str(caught.value)


def test_every_bad_row_of_a_recipients_file_is_reported_at_once(tmp_path: Path) -> None:
    text = "name,email\nAna,a@b\n,x@y.org\nana,\nBo,b@c.org,extra\n"
    with pytest.raises(BriefingError) as caught:
        load_recipients(write(tmp_path, text))
    assert [(p.line, p.key) for p in caught.value.problems] == [
        (2, "email"),
        (3, "name"),
        (4, None),  # Ana, twice
        (5, None),  # a cell past the columns
    ]


def test_a_spreadsheets_semicolons_and_byte_order_mark_are_understood(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffName;Organisation\nAna Pereira;Justice, Ministry of\n")
    assert [(p.name, p.organisation) for p in load_recipients(path)] == [
        ("Ana Pereira", "Justice, Ministry of")
    ]


def test_a_recipients_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="not UTF-8"):
        load_recipients(write(tmp_path, "name\nJosé\n", encoding="latin-1"))


# The copies


def test_a_pdf_and_an_epub_per_recipient_and_nothing_outside_the_folder(copies: Path) -> None:
    folder = copies / STEM / "copies"
    names = ["ana-pereira", "o-brien-kit", "jose-alvarez-nunez", "etc-passwd"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{n}.{kind}" for n in names for kind in ("pdf", "epub")
    )
    assert {p.relative_to(copies).parts[0] for p in copies.rglob("*")} == {
        f"{STEM}.pdf",
        f"{STEM}.epub",
        f"{STEM}.json",
        f".{STEM}.inputs",
        f".{STEM}.lock",
        STEM,
    }


def test_every_page_of_a_pdf_copy_carries_the_mark(copies: Path) -> None:
    plain = pdf_text(copies / f"{STEM}.pdf")
    pages = pdf_text(copies / STEM / "copies" / "jose-alvarez-nunez.pdf")
    assert len(pages) == len(plain)
    mark = "Prepared for José Álvarez-Ñúñez, Cour des comptes — copy 3 of 4 —"
    for number, (text, before) in enumerate(zip(pages, plain, strict=True), 1):
        assert mark in text, f"page {number}"
        assert before in text  # the page itself is untouched


def test_a_pdf_copy_keeps_its_tags_and_metadata_and_marks_the_stamp_an_artifact(
    copies: Path,
) -> None:
    with (
        pikepdf.open(copies / f"{STEM}.pdf") as plain,
        pikepdf.open(copies / STEM / "copies" / "ana-pereira.pdf") as copy,
    ):
        assert copy.check_pdf_syntax() == []  # qpdf finds no syntax problem
        assert copy.Root.MarkInfo.Marked
        assert str(copy.Root.Lang) == str(plain.Root.Lang)
        assert len(copy.Root.StructTreeRoot.K) == len(plain.Root.StructTreeRoot.K)
        metadata = copy.open_metadata()
        assert metadata["pdfuaid:part"] == "1"
        assert metadata["dc:title"] == plain.open_metadata()["dc:title"]
        assert metadata["dc:rights"].startswith("Prepared for Ana Pereira, Ministry of Justice")
        for page in copy.pages:
            marked: list[str] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) in {"BDC", "BMC"}:
                    marked.append(str(operands[0]))
                elif str(operator) == "EMC":
                    marked.pop()
                elif str(operator) == "Do" and str(operands[0]).startswith("/BriefingCopy"):
                    assert marked == ["/Artifact"]
                    break
            else:
                pytest.fail("a page without the copy's mark")


def test_an_epub_copy_is_marked_on_its_first_page_and_in_its_metadata(copies: Path) -> None:
    epub = copies / STEM / "copies" / "o-brien-kit.epub"
    mark = 'Prepared for O\'Brien, "Kit" — copy 2 of 4 —'
    rights = opf(epub).find(".//{http://purl.org/dc/elements/1.1/}rights")
    assert rights is not None and rights.text.startswith(mark)
    with zipfile.ZipFile(epub) as archive, zipfile.ZipFile(copies / f"{STEM}.epub") as plain:
        cover = archive.read("EPUB/cover.xhtml").decode("utf-8")
        assert cover.startswith("<?xml") and "<!DOCTYPE html>" in cover
        first = ElementTree.fromstring(cover).find("{http://www.w3.org/1999/xhtml}body")[0]
        assert first.get("class") == "copy-mark" and first.text.startswith(mark)
        assert archive.namelist() == plain.namelist()
        assert archive.infolist()[0].compress_type == zipfile.ZIP_STORED
        changed = [n for n in plain.namelist() if archive.read(n) != plain.read(n)]
        assert changed == ["EPUB/content.opf", "EPUB/images/cover.png", "EPUB/cover.xhtml"]


@pytest.mark.slow
def test_an_epub_copy_passes_epubcheck(copies: Path) -> None:
    assert epubcheck_problems(copies / STEM / "copies" / "jose-alvarez-nunez.epub") == []


# The manifest and verify


def test_the_manifest_lists_every_output_with_its_size_and_hash(copies: Path) -> None:
    folder = copies / STEM
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["path"]: entry for entry in manifest["files"]}
    on_disk = [copies / f"{STEM}{s}" for s in (".pdf", ".epub", ".json")]
    on_disk += sorted((folder / "copies").iterdir())
    assert len(listed) == len(on_disk) == 11
    for path in on_disk:
        entry = listed[Path(os.path.relpath(path, folder)).as_posix()]
        data = path.read_bytes()
        assert entry["bytes"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    ana = listed["copies/ana-pereira.pdf"]["recipient"]
    assert ana == {
        "name": "Ana Pereira",
        "organisation": "Ministry of Justice",
        "email": "ana.pereira@example.org",
        "copy": 1,
        "of": 4,
    }
    assert listed[f"../{STEM}.pdf"]["recipient"] is None


def test_verify_names_whose_copy_a_file_is(copies: Path) -> None:
    result = run("verify", str(copies / STEM / "copies" / "ana-pereira.epub"))
    assert result.returncode == 0, result.stderr
    assert "copy 1 of 4, prepared for Ana Pereira, Ministry of Justice" in result.stdout
    plain = run("verify", str(copies / f"{STEM}.pdf"))
    assert plain.returncode == 0 and "not a personal copy" in plain.stdout


def test_verify_refuses_a_changed_file_and_says_whose_it_claims_to_be(
    copies: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "ana-pereira.pdf"
    changed.write_bytes((copies / STEM / "copies" / "ana-pereira.pdf").read_bytes() + b"\n%")
    manifest = copies / STEM / "manifest.json"
    result = run("verify", str(changed), "--manifest", str(manifest))
    assert result.returncode == 1
    assert "does not match copies/ana-pereira.pdf" in result.stderr
    assert "marked “Prepared for Ana Pereira" in result.stderr
    stranger = tmp_path / "other.json"
    stranger.write_text("{}", encoding="utf-8")
    result = run("verify", str(stranger), "--manifest", str(manifest))
    assert result.returncode == 1 and "is not listed" in result.stderr
    assert run("verify", str(stranger)).returncode == 1  # no manifest beside it: an error


def test_copies_stay_listed_while_they_are_copies_of_the_outputs(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    shutil.copy(FIRST_REPORT, source)
    (tmp_path / "people.csv").write_text("name\nAna Pereira\n", encoding="utf-8")
    layout = find_layout("briefing", project=ROOT)
    people = load_recipients(tmp_path / "people.csv")
    out = tmp_path / "out"
    build(source, out, BuildOptions(layout, "a4"), recipients=people)

    def listed() -> list[str]:
        manifest = json.loads((out / "report" / "manifest.json").read_text(encoding="utf-8"))
        return [entry["path"] for entry in manifest["files"]]

    build(
        source, out, BuildOptions(layout, "a4"), force=True
    )  # the same inputs give the same bytes
    assert "copies/ana-pereira.pdf" in listed()
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="copies of an earlier build"):
        build(source, out, BuildOptions(layout, "a4"))
    assert listed() == ["../report.pdf", "../report.epub", "../report.json"]
    assert (out / "report" / "copies" / "ana-pereira.pdf").is_file()  # kept, not listed


def test_copies_of_unchanged_outputs_take_the_date_from_the_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "report.txt"
    shutil.copy(FIRST_REPORT, source)
    options, out = BuildOptions(find_layout("briefing", project=ROOT), "a4"), tmp_path / "out"
    build(source, out, options)
    date_text = brief(source).date_text
    manifest = json.loads((out / "report" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["date_text"] == date_text

    def no_reading(*_: object, **__: object) -> None:
        raise AssertionError("the report was read again")

    monkeypatch.setattr("briefing.build.brief", no_reading)
    people = load_recipients(write(tmp_path, "name\nAna Pereira\n"))
    result = build(source, out, options, recipients=people)
    assert result.skipped and result.copies == 1
    assert result.outputs == (out / "report.pdf", out / "report.epub", out / "report.json")
    mark = f"Prepared for Ana Pereira — copy 1 of 1 — {date_text}"
    assert mark in pdf_text(out / "report" / "copies" / "ana-pereira.pdf")[0]


def test_the_layout_can_ask_for_a_watermark_and_pdf_a_copies_stay_pdf_a(tmp_path: Path) -> None:
    layout = tmp_path / "marked"
    shutil.copytree(ROOT / "layouts" / "briefing", layout)
    with (layout / "layout.toml").open("a", encoding="utf-8") as settings:
        settings.write("watermark = true\n")
    settings_text = (layout / "layout.toml").read_text(encoding="utf-8")
    (layout / "layout.toml").write_text(
        settings_text.replace("watermark = false\n", "", 1), encoding="utf-8"
    )
    people = load_recipients(write(tmp_path, "name\nAna Pereira\n"))
    out = tmp_path / "out"
    build(
        FIRST_REPORT,
        out,
        BuildOptions(find_layout(str(layout)), "a4", pdf_variant="a-3b"),
        recipients=people,
    )
    copy = out / STEM / "copies" / "ana-pereira.pdf"
    for text in pdf_text(copy):
        assert text.count("Ana Pereira") >= 2  # the watermark and the line at the foot
    with pikepdf.open(copy) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "3"


def test_an_epub_copys_cover_image_is_its_pdf_copys_cover_page(copies: Path) -> None:
    with zipfile.ZipFile(copies / STEM / "copies" / "ana-pereira.epub") as archive:
        image = archive.read("EPUB/images/cover.png")
    with zipfile.ZipFile(copies / f"{STEM}.epub") as archive:
        plain = archive.read("EPUB/images/cover.png")
    ours, theirs = _picture(image), pdf_page_picture(copies / STEM / "copies" / "ana-pereira.pdf")
    assert sum(abs(a - b) for a, b in zip(ours, theirs, strict=True)) / len(ours) < 3
    # The mark sits in the page's bottom band, which is blank on the plain cover.
    assert _darkest_at_the_foot(plain) > 240
    assert _darkest_at_the_foot(image) < 160


def _darkest_at_the_foot(png: bytes) -> int:
    picture = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.Pixmap(png))
    foot = picture.samples[int(picture.height * 0.93) * picture.stride :]
    return min(foot)


def test_verify_does_not_expand_a_zip_bomb(tmp_path: Path) -> None:
    """An EPUB whose package expands to 300 MB is not read for its mark (which a package of
    a reasonable size would give)."""
    from briefing.copies.verify import read_mark

    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
        'full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
        "</container>"
    )
    package = (
        '<package xmlns="http://www.idpf.org/2007/opf"><metadata '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights>Copy 1</dc:rights></metadata>'
    )

    def epub(padding: int) -> bytes:
        path = tmp_path / f"{padding}.epub"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("mimetype", "application/epub+zip")
            archive.writestr("META-INF/container.xml", container)
            archive.writestr("content.opf", package + " " * padding + "</package>")
        return path.read_bytes()

    assert read_mark(epub(10)) == "Copy 1"
    bomb = epub(300_000_000)
    assert len(bomb) < 1_000_000
    assert read_mark(bomb) is None


def test_a_signed_manifest_vouches_for_its_files_and_an_edited_one_does_not(
    tmp_path: Path,
) -> None:
    """The 'edited manifest' attack: change a file and its line in the manifest alike."""
    (tmp_path / "sources").mkdir()
    shutil.copy(FIRST_REPORT, tmp_path / "sources" / "r.txt")
    made = run("keys", "new", "keys/office", cwd=tmp_path)
    assert made.returncode != 0  # no folder keys/: an error line, no traceback
    assert "Traceback" not in made.stderr
    (tmp_path / "keys").mkdir()
    assert run("keys", "new", "keys/office", cwd=tmp_path).returncode == 0
    assert (tmp_path / "keys" / "office.key").stat().st_mode & 0o777 == 0o600
    assert run("keys", "new", "keys/office", cwd=tmp_path).returncode == 1  # never overwrites
    assert run("keys", "new", "keys/other", cwd=tmp_path).returncode == 0
    (tmp_path / "briefing.toml").write_text('signing_key = "keys/office.key"\n')
    assert run("build", cwd=tmp_path).returncode == 0
    pdf = tmp_path / "out" / "r.pdf"

    good = run("verify", "--key", "keys/office.pub", str(pdf), cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    assert "manifest signed by office.pub" in good.stdout
    other = run("verify", "--key", "keys/other.pub", str(pdf), cwd=tmp_path)
    assert other.returncode == 1
    assert "signature does not match other.pub" in other.stderr

    # Tamper with the PDF, and make the manifest say so.
    pdf.write_bytes(pdf.read_bytes() + b"%tampered\n")
    manifest = tmp_path / "out" / "r" / "manifest.json"
    data = json.loads(manifest.read_text())
    data["files"][0]["sha256"] = hashlib.sha256(pdf.read_bytes()).hexdigest()
    data["files"][0]["bytes"] = pdf.stat().st_size
    manifest.write_text(json.dumps(data, indent=2) + "\n")
    assert run("verify", str(pdf), cwd=tmp_path).returncode == 0  # unsigned check is fooled
    tampered = run("verify", "--key", "keys/office.pub", str(pdf), cwd=tmp_path)
    assert tampered.returncode == 1
    assert "it has been changed" in tampered.stderr

    (tmp_path / "out" / "r" / "manifest.json.sig").unlink()
    unsigned = run("verify", "--key", "keys/office.pub", str(pdf), cwd=tmp_path)
    assert unsigned.returncode == 1
    assert "the manifest is not signed" in unsigned.stderr
