"""The tagged PDF finished where WeasyPrint leaves it short of PDF/UA.

- Each link says where it leads (/Contents, PDF/UA-1 §7.18.5): WeasyPrint writes the
  anchor ("s-7eeaf7c3eb"), which a screen reader would read aloud.
- Margin boxes (running heads, page numbers) are artifacts (PDF/UA-1 §7.1, §7.8):
  WeasyPrint marks their text as content whose structure elements the structure tree does
  not reach. Such marked content becomes /Artifact of type /Pagination, and the elements
  go with the parent tree's references to them.
- Each table header cell says what it heads (PDF/UA-1 §7.5): WeasyPrint drops the HTML's
  `scope`, so a /TH in a row of headers gets /Scope /Column, one that opens a row of data
  /Scope /Row, as HTML's own rule assigns them.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping

import pikepdf

ARTIFACT = pikepdf.Name("/Artifact")


def finished(data: bytes, descriptions: Mapping[str, str]) -> bytes:
    """The PDF with its links described (by anchor) and its margin boxes as artifacts."""
    with pikepdf.open(io.BytesIO(data)) as document:
        _describe_links(document, descriptions)
        _margin_boxes_as_artifacts(document)
        _header_scopes(document)
        out = io.BytesIO()
        document.save(out, deterministic_id=True)
    return out.getvalue()


def _describe_links(document: pikepdf.Pdf, descriptions: Mapping[str, str]) -> None:
    for page in document.pages:
        for annotation in page.get("/Annots", []):
            if annotation.get("/Subtype") == "/Link":
                annotation.Contents = pikepdf.String(_description(annotation, descriptions))


def _description(annotation: pikepdf.Object, descriptions: Mapping[str, str]) -> str:
    target = annotation.get("/Dest")
    if target is not None:
        name = str(target)
        if name.startswith("note-"):
            return f"Go to note {name.removeprefix('note-')}"
        return descriptions.get(name, f"Go to: {name}")
    action = annotation.get("/A")
    uri = action.get("/URI") if isinstance(action, pikepdf.Dictionary) else None
    return f"Open {uri}" if uri is not None else "Link"


def _margin_boxes_as_artifacts(document: pikepdf.Pdf) -> None:
    tree = document.Root.get("/StructTreeRoot")
    if tree is None:
        return  # an untagged PDF has nothing to mend
    reached = _reached_content(tree)
    for page in document.pages:
        kept = reached.get(page.obj.objgen, set())
        orphans = _mark_artifacts(document, page, kept)
        if orphans and "/StructParents" in page.obj:
            _forget(tree.get("/ParentTree"), int(page.obj.StructParents), orphans)


def _header_scopes(document: pikepdf.Pdf) -> None:
    tree = document.Root.get("/StructTreeRoot")
    for row in _elements(tree, "/TR") if tree is not None else []:
        cells = [c for c in _as_list(row.get("/K")) if isinstance(c, pikepdf.Dictionary)]
        headers = [c for c in cells if c.get("/S") == "/TH"]
        scope = pikepdf.Name("/Column" if len(headers) == len(cells) else "/Row")
        for cell in headers:
            cell.A = pikepdf.Dictionary(O=pikepdf.Name("/Table"), Scope=scope)


def _elements(tree: pikepdf.Object, kind: str) -> Iterator[pikepdf.Dictionary]:
    """The structure elements of type `kind` below `tree`, walked with a stack."""
    stack = list(_as_list(tree.get("/K")))
    while stack:
        item = stack.pop()
        if isinstance(item, pikepdf.Dictionary) and item.get("/Type") not in ("/MCR", "/OBJR"):
            if item.get("/S") == kind:
                yield item
            stack.extend(_as_list(item.get("/K")))


def _as_list(kids: object) -> list[object]:
    return list(kids) if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]


def _reached_content(tree: pikepdf.Object) -> dict[tuple[int, int], set[int]]:
    """The marked-content ids, page by page, that the structure tree's elements reach."""
    reached: dict[tuple[int, int], set[int]] = {}
    for kid, page in _kids(tree.get("/K"), None):
        if page is not None:
            reached.setdefault(page.objgen, set()).add(kid)
    return reached


def _kids(node: object, page: pikepdf.Object | None) -> Iterator[tuple[int, pikepdf.Object | None]]:
    """Each marked-content id below `node`, with the page it is on (an element's /Pg, else
    its parent's); walked with a stack, since a tree may nest deeper than Python recurses."""
    stack: list[tuple[object, pikepdf.Object | None]] = [(node, page)]
    while stack:
        item, on = stack.pop()
        if isinstance(item, pikepdf.Array):
            stack.extend((child, on) for child in item)
        elif isinstance(item, pikepdf.Dictionary):
            on = item.get("/Pg", on)
            if item.get("/Type") == "/MCR":
                yield int(item.MCID), on
            elif "/K" in item and item.get("/Type") != "/OBJR":
                stack.append((item.K, on))
        elif isinstance(item, int):
            yield item, on


def _mark_artifacts(document: pikepdf.Pdf, page: pikepdf.Page, kept: set[int]) -> set[int]:
    """Marked content on `page` that no structure element reaches, made an artifact; its
    ids are returned."""
    commands = pikepdf.parse_content_stream(page)
    orphans: set[int] = set()
    for n, command in enumerate(commands):
        operands, operator = command.operands, command.operator
        if str(operator) != "BDC" or len(operands) < 2:
            continue
        properties = operands[1]
        if not isinstance(properties, pikepdf.Dictionary) or "/MCID" not in properties:
            continue
        mcid = int(properties.MCID)
        if mcid in kept:
            continue
        orphans.add(mcid)
        pagination = pikepdf.Dictionary(Type=pikepdf.Name("/Pagination"))
        commands[n] = pikepdf.ContentStreamInstruction([ARTIFACT, pagination], operator)
    if orphans:
        page.obj.Contents = document.make_stream(pikepdf.unparse_content_stream(commands))
    return orphans


def _forget(parent_tree: pikepdf.Object | None, key: int, mcids: set[int]) -> None:
    """The parent tree's entries for `mcids` of the page numbered `key`, made null."""
    for numbers in _number_arrays(parent_tree):
        for i in range(0, len(numbers) - 1, 2):
            if int(numbers[i]) != key or not isinstance(numbers[i + 1], pikepdf.Array):
                continue
            parents = numbers[i + 1]
            for mcid in mcids:
                if mcid < len(parents):
                    parents[mcid] = None


def _number_arrays(node: pikepdf.Object | None) -> Iterator[pikepdf.Object]:
    """The /Nums arrays of a number tree, its kids' too."""
    stack = [node] if node is not None else []
    while stack:
        item = stack.pop()
        if "/Nums" in item:
            yield item.Nums
        stack.extend(item.get("/Kids", []))
