"""The recipients file: who gets a personal copy of a briefing, and the copy's file name."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.ids import numbered

COLUMNS = {"name": "name", "organisation": "organisation", "organization": "organisation"}
COLUMNS |= {"email": "email", "e-mail": "email"}
FIELDS = ("name", "organisation", "email")
MAX_SLUG = 80  # characters of a copy's file name before its suffix
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Recipient:
    name: str
    organisation: str | None
    email: str | None
    copy: int  # this copy's number, from 1
    of: int  # how many copies there are
    slug: str  # the copy's file name without suffix, unique among the copies

    @property
    def who(self) -> str:
        """ "NAME, ORG", or the name alone."""
        return f"{self.name}, {self.organisation}" if self.organisation else self.name

    def mark(self, date_text: str) -> str:
        """The line printed on the copy: "Prepared for NAME, ORG — copy N of M — DATE"."""
        return f"Prepared for {self.who} — copy {self.copy} of {self.of} — {date_text}"


def load_recipients(path: Path) -> list[Recipient]:
    """The recipients in `path`, a CSV file with a header row: name, and optionally
    organisation and email. Every problem is an error naming the file and line."""
    rows = _rows(path)
    people: list[tuple[str, str | None, str | None]] = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in rows:
        if not any(row.values()):
            continue  # a blank line
        name, organisation, email = (_clean(row.get(c), path, line) for c in FIELDS)
        if not name:
            raise BriefingError("no name", hint="every row needs a name", path=path, line=line)
        if email and not EMAIL.fullmatch(email):
            raise BriefingError(f"not an email address: {email!r}", path=path, line=line)
        key = (name.casefold(), (organisation or "").casefold())
        if key in seen:
            raise BriefingError(
                f"{name} is listed twice (first on line {seen[key]})",
                hint="remove one of the rows: each recipient gets one copy",
                path=path,
                line=line,
            )
        seen[key] = line
        people.append((name, organisation, email))
    if not people:
        raise BriefingError("no recipients", hint="add a row per person, under a header", path=path)
    # Two names that give one file name get "-2", "-3"; a name with no letters, its number.
    slugs = numbered(
        file_slug(name) or f"recipient-{n}" for n, (name, _, _) in enumerate(people, 1)
    )
    return [
        Recipient(name, organisation, email, copy=n, of=len(people), slug=slug)
        for n, ((name, organisation, email), slug) in enumerate(zip(people, slugs, strict=True), 1)
    ]


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, {column: value}) for each row after the header."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BriefingError("no such recipients file", path=path) from None
    except UnicodeDecodeError:
        raise BriefingError(
            "recipients file is not UTF-8 text",
            hint="save it as CSV UTF-8 (spreadsheet programs offer it under Save As)",
            path=path,
        ) from None
    except OSError as exc:
        raise BriefingError(f"cannot read recipients file: {exc.strerror}", path=path) from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)  # spreadsheets in some locales write ";"
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter, strict=True)
    try:
        header = [cell.strip().casefold() for cell in next(reader, [])]
        columns = [_column(cell, path) for cell in header]
        for column in set(columns):
            if columns.count(column) > 1:
                raise BriefingError(f"two {column} columns", path=path, line=1)
        if "name" not in columns:
            raise BriefingError(
                "no name column",
                hint="its first line names the columns: name, organisation, email",
                path=path,
                line=1,
            )
        return [
            (reader.line_num, _cells(columns, cells, path, reader.line_num)) for cells in reader
        ]
    except csv.Error as exc:
        raise BriefingError(str(exc), path=path, line=reader.line_num) from None


def _cells(columns: list[str], cells: list[str], path: Path, line: int) -> dict[str, str]:
    if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns) :]):
        raise BriefingError(
            f"{len(cells)} cells under {len(columns)} columns",
            hint='put a value that holds the separator in quotes: "Smith, Jane"',
            path=path,
            line=line,
        )
    return dict(zip(columns, cells, strict=False))


def _column(header: str, path: Path) -> str:
    if header not in COLUMNS:
        raise BriefingError(
            f"unknown column {header!r}",
            hint="the columns are name, organisation and email",
            path=path,
            line=1,
        )
    return COLUMNS[header]


def _clean(value: str | None, path: Path, line: int) -> str | None:
    """The cell with its spaces collapsed; None when empty. Control characters are refused:
    they would print as nothing, or break the line the copy is marked with."""
    if value is None:
        return None
    if any(unicodedata.category(c) == "Cc" and c not in "\t\r\n" for c in value):
        raise BriefingError(f"a control character in {value!r}", path=path, line=line)
    return " ".join(value.split()) or None


def file_slug(name: str) -> str:
    """A file name from a person's name: "José Álvarez" -> "jose-alvarez". Accents come off
    Latin letters; letters of other scripts are kept whole ("й" stays "й"); everything that
    could mean something to a file system goes."""
    letters = "".join(_plain_latin(c) for c in unicodedata.normalize("NFC", name.casefold()))
    slug = re.sub(r"[\W_]+", "-", letters).strip("-")
    return slug[:MAX_SLUG].rstrip("-")


def _plain_latin(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base.isascii() and base.isalpha() else char
