"""The EPUB as a package: what ebooklib cannot write, put in after it writes the book.

Here are the package's namespaces, the one way to find its package document (through
META-INF/container.xml, as reading systems do), each fix-up as one function over one
file, and `rewrite_archive`, which writes the archive again with every entry in its
place and date. `finish_epub` (a build) and `mark_epub` (a personal copy) are the
recipes; `package_rights` reads a copy's mark back.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

XHTML = "http://www.w3.org/1999/xhtml"
SVG = "http://www.w3.org/2000/svg"
EPUB = "http://www.idpf.org/2007/ops"
OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
NCX = "http://www.daisy.org/z3986/2005/ncx/"
XML = "http://www.w3.org/XML/1998/namespace"
CONTAINER_FILE = "META-INF/container.xml"


@dataclass(frozen=True)
class PageBreak:
    """A print page's marker in the EPUB: the page list links to it."""

    file_name: str
    id: str
    label: str


def finish_epub(
    epub: bytes, language: str, breaks: Sequence[PageBreak], when: dt.datetime
) -> bytes:
    """ebooklib's `epub` with the package's language on its root and, with `breaks`, a page
    list in the navigation document; every entry dated `when`."""
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        package = package_path(archive)
        changes = {package: _with_language(archive.read(package), language)}
        nav = _item_path(archive, package, "nav")
        if nav is not None:
            changes[nav] = _with_landmark_terms(archive.read(nav))
        if breaks and nav is not None:
            changes[nav] = _with_page_list(changes[nav], breaks)
        ncx = _ncx_path(archive, package)
        if breaks and ncx is not None:
            changes[ncx] = _with_ncx_page_list(archive.read(ncx), breaks)
        return rewrite_archive(archive, changes, when)


def mark_epub(epub: bytes, mark: str, cover: bytes) -> bytes:
    """`epub` with `mark` atop its title page and as its dc:rights, and `cover` (a PNG)
    for its cover image when it has one; every entry in its place and date, so that
    copies stay reproducible."""
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        package = package_path(archive)
        title_page = _title_page(archive, package)
        changes = {
            package: _with_rights(archive.read(package), mark),
            title_page: _with_mark(archive.read(title_page), mark),
        }
        image = _item_path(archive, package, "cover-image")
        if image is not None:
            changes[image] = cover
        return rewrite_archive(archive, changes)


def package_rights(archive: zipfile.ZipFile) -> str | None:
    """The package's dc:rights: whose copy it says it is."""
    rights = _package(archive, package_path(archive)).find(f".//{{{DC}}}rights")
    return rights.text if rights is not None else None


def package_path(archive: zipfile.ZipFile) -> str:
    """The archive path of the package document, which the container names."""
    container = etree.fromstring(archive.read(CONTAINER_FILE))
    rootfile = container.find(f".//{{{CONTAINER}}}rootfile")
    path = rootfile.get("full-path") if rootfile is not None else None
    if not path:
        raise ValueError("the EPUB's container names no package document")
    return path


def rewrite_archive(
    archive: zipfile.ZipFile, changes: dict[str, bytes], when: dt.datetime | None = None
) -> bytes:
    """The archive's entries in order, `changes` replacing the content of those they name,
    each dated `when` (else as it was), so that two builds of the same inputs are byte for
    byte the same (ebooklib stamps the clock). The mimetype stays first and stored."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for entry in archive.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=entry.date_time)
            if when is not None:
                fixed.date_time = (
                    max(when.year, 1980),
                    when.month,
                    when.day,
                    when.hour,
                    when.minute,
                    when.second,
                )
            fixed.compress_type = entry.compress_type
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, changes.get(entry.filename) or archive.read(entry))
    return out.getvalue()


def _package(archive: zipfile.ZipFile, package: str) -> etree._Element:
    return etree.fromstring(archive.read(package))


def find_required(parent: etree._Element | etree._ElementTree, path: str) -> etree._Element:
    """The first element at `path` in `parent`; ValueError when there is none."""
    element = parent.find(path)
    if element is None:
        raise ValueError(f"the EPUB has no {path}")
    return element


def _href_path(package: str, item: etree._Element) -> str:
    """The archive path of a manifest item or guide reference, whose href is relative to the
    package document."""
    return posixpath.join(posixpath.dirname(package), item.get("href", ""))


def _item_path(archive: zipfile.ZipFile, package: str, properties: str) -> str | None:
    """The archive path of the manifest item with these `properties` ("nav", "cover-image")."""
    manifest = find_required(_package(archive, package), f"{{{OPF}}}manifest")
    item = manifest.find(f"{{{OPF}}}item[@properties='{properties}']")
    return None if item is None else _href_path(package, item)


def _title_page(archive: zipfile.ZipFile, package: str) -> str:
    """The archive path of the title page, as the guide names it: the first page of text,
    after the cover image's page."""
    opf = _package(archive, package)
    reference = find_required(opf, f"{{{OPF}}}guide/{{{OPF}}}reference[@type='{TITLE_PAGE}']")
    return _href_path(package, reference)


def _with_language(package: bytes, language: str) -> bytes:
    """The package document with its language on the root too, where assistive technology
    looks for the language of the metadata (ebooklib writes only dc:language)."""
    tree = etree.fromstring(package).getroottree()
    tree.getroot().set(f"{{{XML}}}lang", language)
    return _serialised(tree)


# The title page's type in the package's guide (EPUB 2) and in the landmarks (EPUB 3), which
# spell it apart; ebooklib writes the guide's word in both.
TITLE_PAGE = "title-page"
_LANDMARK_TERMS = {TITLE_PAGE: "titlepage"}


def _with_landmark_terms(nav: bytes) -> bytes:
    """The landmarks with EPUB 3's words for the guide's types ("titlepage")."""
    tree = etree.fromstring(nav).getroottree()
    for link in tree.iter(f"{{{XHTML}}}a"):
        term = _LANDMARK_TERMS.get(link.get(f"{{{EPUB}}}type", ""))
        if term:
            link.set(f"{{{EPUB}}}type", term)
    return _serialised(tree)


def _with_page_list(nav: bytes, breaks: Sequence[PageBreak]) -> bytes:
    """The navigation document with a page list: each printed page, linked to its marker."""
    tree = etree.fromstring(nav).getroottree()
    page_list = etree.SubElement(
        find_required(tree, f"{{{XHTML}}}body"),
        f"{{{XHTML}}}nav",
        {
            f"{{{EPUB}}}type": "page-list",
            "role": "doc-pagelist",
            "id": "page-list",
            "hidden": "hidden",
            "aria-label": "Pages",
        },
    )
    etree.SubElement(page_list, f"{{{XHTML}}}h2").text = "Pages"
    items = etree.SubElement(page_list, f"{{{XHTML}}}ol")
    for mark in breaks:
        item = etree.SubElement(items, f"{{{XHTML}}}li")
        link = etree.SubElement(item, f"{{{XHTML}}}a", {"href": f"{mark.file_name}#{mark.id}"})
        link.text = mark.label
    return _serialised(tree)


def _with_ncx_page_list(ncx: bytes, breaks: Sequence[PageBreak]) -> bytes:
    """The NCX with the same page list and its page count, for reading systems that read
    only the NCX (ebooklib writes `dtb:totalPageCount` 0 and no pageList)."""
    tree = etree.fromstring(ncx).getroottree()
    root = tree.getroot()
    pages = str(len(breaks))
    for meta in root.iterfind(f"{{{NCX}}}head/{{{NCX}}}meta"):
        if meta.get("name") in ("dtb:totalPageCount", "dtb:maxPageNumber"):
            meta.set("content", pages)
    page_list = etree.SubElement(root, f"{{{NCX}}}pageList")
    _ncx_label(page_list, "Pages")
    for mark in breaks:
        attributes = {"id": f"{mark.id}-target", "type": "normal"}
        if mark.label.isdigit():
            attributes["value"] = mark.label  # a number, where the page's label is one
        target = etree.SubElement(page_list, f"{{{NCX}}}pageTarget", attributes)
        _ncx_label(target, mark.label)
        etree.SubElement(target, f"{{{NCX}}}content", {"src": f"{mark.file_name}#{mark.id}"})
    return _serialised(tree)


def _ncx_label(parent: etree._Element, text: str) -> None:
    label = etree.SubElement(parent, f"{{{NCX}}}navLabel")
    etree.SubElement(label, f"{{{NCX}}}text").text = text


def _ncx_path(archive: zipfile.ZipFile, package: str) -> str | None:
    """The archive path of the NCX, the EPUB 2 table of contents ebooklib writes too."""
    manifest = find_required(_package(archive, package), f"{{{OPF}}}manifest")
    item = manifest.find(f"{{{OPF}}}item[@media-type='application/x-dtbncx+xml']")
    return None if item is None else _href_path(package, item)


def _with_rights(package: bytes, mark: str) -> bytes:
    """The package document with `mark` as its dc:rights."""
    tree = etree.fromstring(package).getroottree()
    rights = etree.SubElement(find_required(tree, f"{{{OPF}}}metadata"), f"{{{DC}}}rights")
    rights.text = mark
    return _serialised(tree)


def _with_mark(page: bytes, mark: str) -> bytes:
    """The XHTML `page` with `mark` as its first line."""
    tree = etree.fromstring(page).getroottree()  # the tree keeps the doctype
    line = etree.Element(f"{{{XHTML}}}p", {"class": "copy-mark"})
    line.text = mark
    body = find_required(tree, f"{{{XHTML}}}body")
    line.tail = body.text
    body.insert(0, line)
    return _serialised(tree)


def _serialised(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="utf-8")
