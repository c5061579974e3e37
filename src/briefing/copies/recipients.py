"""The recipients file: who gets a personal copy of a briefing, and the copy's file name."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError, Problem
from briefing.ids import numbered
from briefing.settings import describe

COLUMNS = {"name": "name", "organisation": "organisation", "organization": "organisation"}
COLUMNS |= {"email": "email", "e-mail": "email"}
FIELDS = ("name", "organisation", "email")
MAX_SLUG = 80  # characters of a copy's file name before its suffix
MAX_SLUG_BYTES = 200  # and bytes, with room for ".epub" and a temporary file's name
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Hints for the problems of a row.
NAME = "every row needs a name"
ONE_COPY_EACH = "remove one of the rows: each recipient gets one copy"
QUOTE_SEPARATORS = 'put a value that holds the separator in quotes: "Smith, Jane"'


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
    organisation and email. Every problem of its rows is reported at once, with its line."""
    columns, rows = _table(path)
    people: list[tuple[str, str | None, str | None]] = []
    problems: list[Problem] = []
    seen: dict[tuple[str, str], int] = {}
    for line, cells in rows:
        if not any(cells):
            continue  # a blank line
        row = dict(zip(columns, cells, strict=False))
        problems += _row_problems(row, cells, path, line)
        name, organisation, email = (_clean(row.get(column)) for column in FIELDS)
        key = ((name or "").casefold(), (organisation or "").casefold())
        if name and key in seen:
            twice = f"{name} is listed twice (first on line {seen[key]})"
            problems.append(Problem(twice, path, line, hint=ONE_COPY_EACH))
        seen.setdefault(key, line)
        people.append((name or "", organisation, email))
    if problems:
        raise BriefingError.of(problems)
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


def _table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The columns the header names, and (line number, cells) for each row after it."""
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
        columns = _columns(next(reader, []), path)
        return columns, [(reader.line_num, cells) for cells in reader]
    except csv.Error as exc:
        raise BriefingError(str(exc), path=path, line=reader.line_num) from None


def _columns(header: list[str], path: Path) -> list[str]:
    columns = []
    for cell in header:
        if cell.strip().casefold() not in COLUMNS:
            raise BriefingError(
                f"unknown column {cell.strip()!r}",
                hint="the columns are name, organisation and email",
                path=path,
                line=1,
            )
        columns.append(COLUMNS[cell.strip().casefold()])
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
    return columns


def _row_problems(row: dict[str, str], cells: list[str], path: Path, line: int) -> list[Problem]:
    """What is wrong with a row (its `cells` by column): cells past the columns, a control
    character (it would print as nothing, or break the line the copy is marked with), no
    name, or an email address that is not one."""
    problems = []
    if any(cell.strip() for cell in cells[len(row) :]):
        cut = f"{len(cells)} cells under {len(row)} columns"
        problems.append(Problem(cut, path, line, hint=QUOTE_SEPARATORS))
    for column, value in row.items():
        if any(unicodedata.category(c) == "Cc" and c not in "\t\r\n" for c in value):
            expected = f"expected text without control characters, found {describe(value)}"
            problems.append(Problem(expected, path, line, column))
    if not _clean(row.get("name")):
        problems.append(Problem("expected a name, found nothing", path, line, "name", NAME))
    email = _clean(row.get("email"))
    if email and not EMAIL.fullmatch(email):
        found = f"expected an email address, found {describe(email)}"
        problems.append(Problem(found, path, line, "email"))
    return problems


def _clean(value: str | None) -> str | None:
    """The cell with its spaces collapsed; None when empty."""
    if value is None:
        return None
    return " ".join(value.split()) or None


def file_slug(name: str) -> str:
    """A file name from a person's name: "José Álvarez" -> "jose-alvarez". Accents come off
    Latin letters; letters of other scripts are kept whole ("й" stays "й"); everything that
    could mean something to a file system goes."""
    letters = "".join(_plain_latin(c) for c in unicodedata.normalize("NFC", name.casefold()))
    slug = re.sub(r"[\W_]+", "-", letters).strip("-")[:MAX_SLUG]
    # A file name is at most 255 bytes: "дмитрий" takes two a letter, "李" three.
    while len(slug.encode("utf-8")) > MAX_SLUG_BYTES:
        slug = slug[:-1]
    return slug.rstrip("-")


def _plain_latin(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base.isascii() and base.isalpha() else char
