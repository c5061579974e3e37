"""Figures in tables: a number in a value cell is labelled by its row and column headers.

A header that is a date ("2019", "March 2020") becomes the figure's period instead of part
of its label, and so does a column of periods ("Year", "Quarter", or cells that are all
dates): it dates its row and gives no figures. A unit in the caption or a column header
("(%)", "(x 1,000)", "(€ million)") applies to its numbers. The figure cites the cell, read
with its headers ("North, 2019: 12").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from briefing.extract import money
from briefing.extract.dates import MONTHS, DateSpan, find_dates
from briefing.extract.figures import make_figure, time_counted
from briefing.extract.header_dates import ROMAN_NUMERALS, header_period
from briefing.extract.money import Currencies
from briefing.extract.numbers import MEASURES, NO_COUNTRY, SCALES, find_quantities
from briefing.extract.wording import GENERIC_HEADING, as_label
from briefing.model import Cell, Change, KeyFigure, Period, Section, Statement, Table, tables
from briefing.segment.cells import cell_text

# A table cell holding nothing but a number: "1995", "1,350", "12.5 %".
PLAIN_NUMBER = re.compile(r"[-+\u2010\u2011\u2212]?(?:\d|\.\d)[\d,.\s\u00a0\u202f]*%?")
# A number flagged as statistical offices do: "2.1e" (estimate), "3.4p" (provisional),
# "1.2b" (break in series).
_FLAGGED = re.compile(r"^\s*([-+\u2010\u2011\u2212]?\d[\d,.]*)\s?[bcdefnprsuz]\s*$")
# A column of page numbers, references or ranks gives no figures either.
REFERENCE_HEADER = re.compile(
    r"^(?:pages?|p\.|no\.?|numbers?|#|rank|ref(?:erence)?|code|id)$", re.I
)
PERIOD_HEADER = re.compile(
    r"^(?:(?:fiscal|financial|calendar|school|academic|reference|survey)\s+)?"
    r"(?:year|period|quarter|month|date|week|fy)s?(?:\s+(?:ending|ended|to)\s+[a-z]+\.?)?$",
    re.IGNORECASE,
)


def table_figures(
    table: Table, section: Section, heading: Period | None, currencies: Currencies
) -> list[KeyFigure]:
    """The figures of `table`'s value cells; `heading` dates those nothing else dates."""
    caption = table.caption.text if table.caption else ""
    if (
        not caption
        and _TABLE_HEADING.match(section.title)
        and len(list(tables(section.blocks))) == 1
    ):
        caption = section.title  # "## Table 1 Retail sales by province": a caption as heading
    _, caption_unit = caption_parts(caption)
    if caption_unit is None and _MULTIPLIER.match(caption.strip()):
        # a unit line alone above the table ("Million litres"): what it holds, the heading says
        caption_unit, caption = caption.strip(), _heading(section)
    # "thousands % change" over "| December 2012 | November to December 2012 |": the levels
    # in thousands, the column that spans two months their change in per cent
    two_units = _SCALE_AND_CHANGE.fullmatch(caption_unit or "")
    caption_unit = two_units["scale"] if two_units else caption_unit
    if _INDEX_BASE.search(caption):
        caption_unit = caption_unit or "index point"  # "index (2015 = 100)"
    caption_dates = _caption_dates(_INDEX_BASE.sub("", caption))
    dated = Period(caption_dates[0].start, caption_dates[0].until) if caption_dates else heading
    year = dated.start[:4] if dated else None
    years = _row_years(table, year)
    cells = [
        c
        for r, row in enumerate(table.rows)
        for c in row
        if c.id and c.position and not (r in years and years[r] is None)  # a year's own row
    ]
    if two_units:
        cells = [_as_change_column(c, year) for c in cells]
    roman = _roman_months(cells)
    dating = _period_columns(cells, year, roman)
    references = _reference_columns(cells)
    row_periods = {
        _row(c): header_period(cell_text(c), years.get(_row(c)) or year, roman)
        for c in cells
        if _column(c) in dating
    }
    # "Year ended 30 June" over the rows' names: what year each year column's is
    ending = next((c.column_header for c in cells if _column(c) in dating), "") or _corner_text(
        table
    )
    changed = _changed_measures(cells, dating | references)
    changed |= _shares_of_counts(cells, dating | references, changed)
    row_units = _units_row(table)
    for column, said in row_units.items():  # "| | millions of dollars | % change |"
        changed[column] = f"{changed.get(column) or _header_of(cells, column)}, {said}"
    # "| Influenza Vaccination Coverage | Army Guard |": with no caption, the corner names it
    subject = caption if caption_parts(caption)[0] else _corner(table) or caption

    def labelled(cell: Cell, keep_all: bool = False) -> tuple[str, Period | None]:
        named = replace(cell, column_header=changed.get(_column(cell), cell.column_header))
        return label_and_period(named, subject, years.get(_row(cell)) or year, roman, keep_all)

    read = []
    for cell in cells:
        if _column(cell) in dating | references:
            continue  # a period or a reference, not a figure
        label, period = labelled(cell)
        read.append((cell, label, _year_ending(ending, period or row_periods.get(_row(cell)))))
    read = _told_apart(read, lambda cell: labelled(cell, keep_all=True)[0])
    # A table of whole years, nothing finer: the years it compares
    found = [p for _, _, p in read if p]
    yearly = all(len(p.start) == 4 and p.end is None for p in found)
    held = {p.start for p in found} if yearly else set()
    # "| 2022 | 2023 | Change (%) |": a change column is of the latest period the table shows
    shown = [p for c, _, p in read if p and header_period(c.column_header, year)]
    latest = max(shown, key=lambda p: (p.end or p.start, p.start), default=None)
    figures = []
    for cell, label, period in read:
        if latest and not period and CHANGE_HEADER.search(cell.column_header):
            period = latest
        # "| 1st quarter | 4,100 |" under "Births": a heading names what nothing else does (a
        # heading over headers that name a measure may be wider than it: not added to them)
        label = label or _heading(section)
        period = _on_each_year(_in_part_of_year(period, dated, held) or dated, caption)
        unit = (
            _bracketed_unit(f"x, {row_units.get(_column(cell), '')}")
            or _share_row(cell.row_header)  # "Receipts: Per cent of GDP" under "Budget $b"
            or _header_unit(cell.column_header)
            or _rate_unit(cell.column_header)
            or _percent_unit(cell.column_header)
            or _index_unit(cell.column_header)
            or _header_unit(cell.row_header)
            or _percent_unit(cell.row_header)  # "| Percentage change compared with … | -8.0 |"
            or _header_unit(_corner_text(table))  # "| Year ended 30 June ($million) | …"
            or caption_unit
            or _percent_unit(subject)  # "| Percent change from preceding month | …"
        )
        changes = bool(CHANGE_HEADER.search(cell.column_header) or _CHANGE_TABLE.search(subject))
        label = _as_change(label) if changes else label
        figures += _cell_figures(cell, section.id, label, period, unit, currencies, changes)
    return figures


_YEAR_MONTH_END = re.compile(r"\s(?P<when>(?:1[89]|20)\d\d\s+[A-Z][a-z]{2,8}\.?)$")
_TABLE_HEADING = re.compile(r"^\s*table\s+[\dA-Z]+(?:\.\d+)*\b", re.IGNORECASE)
# "index (period to September 2006 = 100)": the base of an index, which dates no value.
_INDEX_BASE = re.compile(r"\(?[^()=]{0,40}=\s*100\s*\)?")
# "| Year ending March |": each row's year is the twelve months that end in that month.
_YEAR_ENDING = re.compile(
    r"^(?:year|12\s+months|twelve\s+months)\s+(?:ending|ended|to)\s+(?:[0-3]?\d\s+)?"
    # "Year ended 30 June ($million)": the day and the unit may be said too
    r"(?P<month>[a-z]+)\.?(?:\s*\([^()]*\))?$",
    re.IGNORECASE,
)


def _told_apart(
    read: list[tuple[Cell, str, Period | None]], fully: Callable[[Cell], str]
) -> list[tuple[Cell, str, Period | None]]:
    """Cells that would share a label and a period keep every header: in a table of "Deaths
    registered in England and Wales", the columns "England" and "Wales" say whose deaths
    (but "Number" and "Per 1,000 population" are told apart by their units). `fully` labels
    a cell by every header it has."""
    seen: dict[tuple[str, Period | None, str | None], int] = defaultdict(int)
    for cell, label, period in read:
        seen[label, period, _column_unit(cell)] += 1
    return [
        (cell, fully(cell) if seen[label, period, _column_unit(cell)] > 1 else label, period)
        for cell, label, period in read
    ]


_SCALE_AND_CHANGE = re.compile(
    r"(?P<scale>(?:thousands?|millions?|billions?|'000s?)(?:\s+of\s+\w+)?)\s*,?\s*%\s*change", re.I
)


def _as_change_column(cell: Cell, year: str | None) -> Cell:
    """A column headed by a span of two periods ("November to December 2012") under a unit
    line that gives a change in per cent: its header says so."""
    span = _dated_span(cell.column_header, year)
    if span is None or span[0] is None:
        return cell
    return replace(cell, column_header=f"{cell.column_header}, % change")


def _column_unit(cell: Cell) -> str | None:
    header = cell.column_header
    return _header_unit(header) or _rate_unit(header) or _percent_unit(header)


def _year_ending(header: str, period: Period | None) -> Period | None:
    """A bare year under "Year ending March" is April of the year before to March."""
    ending = _YEAR_ENDING.match(header.strip())
    month = MONTHS.get(ending["month"].lower()) if ending else None
    if not (month and period and len(period.start) == 4 and period.end is None):
        return period
    year = int(period.start)
    if month == 12:
        return Period(f"{year}-01", f"{year}-12")
    return Period(f"{year - 1}-{month + 1:02d}", f"{year}-{month:02d}")


# "…, at 1 April each year": the day of its year each column's count is taken on.
_EACH_YEAR = re.compile(
    r"\b(?:at|as\s+at|as\s+of|on)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\s+"
    r"(?:of\s+)?each\s+year\b",
    re.IGNORECASE,
)


def _on_each_year(period: Period | None, caption: str) -> Period | None:
    """A year in a table "at 1 April each year" is that day of the year ("2011-04-01")."""
    each = _EACH_YEAR.search(caption)
    month = MONTHS.get(each["month"].lower()) if each else None
    if not (each and month and period and len(period.start) == 4 and period.end is None):
        return period
    return Period(f"{period.start}-{month:02d}-{int(each['day']):02d}")


def _as_change(label: str) -> str:
    """ "Outlays, Estimated Change" reads "change in Outlays"; "Births, Changes from same period
    previous year" "annual change in Births"."""
    pieces = re.split(r"(,\s+|:\s+)", label)  # parts, each after its separator
    parts = list(zip(["", *pieces[1::2]], pieces[::2], strict=True))
    told = [p for _, p in parts if _only_change(p)]
    kept = [(s, p) for s, p in parts if not _only_change(p)]
    if not told or not kept:
        return label
    what = kept[0][1] + "".join(s + p for s, p in kept[1:])
    how = " ".join(told).lower()
    every = next((word for key, word in _EVERY if re.search(key, how)), "")
    since = re.search(r"\b(?:from|since)\s+((?:1[89]|20)\d\d)\b", how)
    return f"{every}change in {what}" + (f" since {since[1]}" if since else "")


def _only_change(header: str) -> bool:
    """Whether `header` says only that its cells are changes ("Percent Change From Previous
    Year"), not what changed."""
    words = {w for w in _words(header) if w.isalpha()}
    return bool(CHANGE_HEADER.search(header)) and not words - _CHANGE_WORDS


# How often a change is told: "from previous year" is annual, "preceding month" monthly.
_EVERY = (
    (
        r"\b(?:previous|prior|preceding)\s+year|year\s+(?:ago|earlier)|same\s+(?:period|quarter|month)|annual"
        # "Year percent change (%)", "year-on-year"
        r"|^year\b|\byear[\s-]on[\s-]year",
        "annual ",
    ),
    (r"\b(?:previous|prior|preceding)\s+quarter|quarterly|^quarter\b", "quarterly "),
    (
        r"\b(?:previous|prior|preceding)\s+month|monthly|^month\b|\bmonth[\s-]on[\s-]month",
        "monthly ",
    ),
)


def _cell_figures(
    cell: Cell,
    section: str,
    label: str,
    period: Period | None,
    unit: str | None,
    currencies: Currencies,
    changes: bool,
) -> list[KeyFigure]:
    text, statement = cell_text(cell), Statement(cell.with_headers, cell.id, section)
    text = _FLAGGED.sub(r"\1", text)  # "2.1e": an estimate, of 2.1
    text = _SPACED_MINUS.sub("-", text)  # "- 740": a negative number, set with a space
    text = _NOTE_MARK.sub("", text)  # "78.9¹", "45.6†": a footnote's mark, not a digit
    text = _DOTTED_THOUSANDS.sub(lambda m: f"{m[1].replace('.', ' ')},{m[2]}", text)
    # A cell that is only a number is a value, even one that looks like a year.
    only_number = bool(PLAIN_NUMBER.fullmatch(text))
    found = find_quantities(text, [] if only_number else None, only_number, currencies)
    figures = []
    for quantity in found:
        figure = make_figure(quantity, statement, period, text=text)
        figure = replace(figure, label=label or figure.label, table_label=label or figure.label)
        if changes and figure.change is None:
            figure = replace(figure, change=Change(None, None, figure.value))
        figure = _with_unit(figure, unit, cell.column_header)
        figures.append(figure if figure.unit else replace(figure, unit=time_counted(figure.label)))
    return figures


def _columns(cells: list[Cell]) -> dict[int, list[Cell]]:
    columns: dict[int, list[Cell]] = defaultdict(list)
    for cell in cells:
        columns[_column(cell)].append(cell)
    return columns


def _heading(section: Section) -> str:
    """A section's heading as what its table holds, unless it only says where it is."""
    title = _HEADING_NUMBER.sub("", section.title).strip()
    return "" if GENERIC_HEADING.match(title) else as_label(title)


_HEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")


def _corner_text(table: Table) -> str:
    """What the header over the row headers says, whatever it says."""
    if not table.head or not table.rows or not table.rows[0]:
        return ""
    return cell_text(table.rows[0][0]).strip()


def _corner(table: Table) -> str:
    """The header over the row headers, when it names what the table holds rather than
    what its rows are ("Year", "Region")."""
    if not table.head or not table.rows or not table.rows[0]:
        return ""
    text = cell_text(table.rows[0][0]).strip()
    named = set(_words(text)) - _DIMENSIONS
    if len(named) < 2 or text.endswith(":") or PERIOD_HEADER.match(text) or find_dates(text):
        return ""  # "Production" is too little to say; "QUESTIONED COSTS:" heads a section
    return as_label(text)


# Headers over the row headers that say what the rows are, not what the table holds.
_DIMENSIONS = frozenset(
    "year years period region regions country countries state states area areas group groups "
    "category categories item items sector sectors industry industries age sex gender type "
    "types name county counties city cities province provinces district districts month "
    "quarter date indicator indicators variable variables measure measures characteristic "
    "characteristics nationality nationalities rank and or by of the".split()
)


def _changed_measures(cells: list[Cell], skipped: set[int]) -> dict[int, str]:
    """Headers for change columns that do not say what changed: "Average Fare ($) | Percent
    Change From Previous Year (%)" is the change of the average fare, the column before it
    under the same group ("Current dollars: …")."""
    headers = {_column(c): c.column_header for c in cells if _column(c) not in skipped}
    result = {}
    for column, header in headers.items():
        group, _, own = header.rpartition(": ")
        if not CHANGE_HEADER.search(own) or {w for w in _words(own) if w.isalpha()} - _CHANGE_WORDS:
            continue
        before = [
            h
            for c, h in sorted(headers.items())
            if c < column
            and h.rpartition(": ")[0] == group
            and not CHANGE_HEADER.search(h)
            # "Jan-May 2014", "May-2022 ($b)" are when, not what
            and not header_period(_CAPTION_UNIT.sub("", h.rpartition(": ")[2]).strip())
        ]
        if before:
            measure = _CAPTION_UNIT.sub("", before[-1].rpartition(": ")[2]).strip()
            result[column] = f"{group}: {measure}, {own}" if group else f"{measure}, {own}"
    return result


# The words of a change column's header that do not say what changed.
_CHANGE_WORDS = frozenset(
    "percent percentage per cent pct change changes difference growth from since on over "
    "against to the a previous prior preceding last same period year years quarter month week "
    "annual yearly quarterly monthly cumulative in of rate y yoy".split()
)


def _units_row(table: Table) -> dict[int, str]:
    """ "| | millions of dollars | % change |" under the header row: a row that gives each
    column its unit, which a Markdown table can only write as its first row of cells."""
    for row in table.rows[:3]:
        texts = [cell_text(c) for c in row]
        if len(texts) < 2 or texts[0] or not all(texts[1:]) or any(c.header for c in row[1:]):
            continue
        units = {k: t for k, t in enumerate(texts) if k and _bracketed_unit(f"x, {t}") in {t, "%"}}
        if len(units) == len(texts) - 1 and not any(re.search(r"\d", t) for t in texts):
            return units
    return {}


def _header_of(cells: list[Cell], column: int) -> str:
    return next((c.column_header for c in cells if _column(c) == column), "")


def _shares_of_counts(
    cells: list[Cell], skipped: set[int], named: dict[int, str]
) -> dict[int, str]:
    """ "| Gender | Inmates | Percent |": the per cent column is the share of the one column
    of counts beside it, "share of inmates"."""
    headers = {
        _column(c): named.get(_column(c), c.column_header)
        for c in cells
        if _column(c) not in skipped
    }
    percents = [k for k, h in headers.items() if h.strip().lower() in _PERCENT_HEADS]
    counts = [h for h in headers.values() if h.strip().lower() not in _EMPTY_HEADS]
    if not percents or len(counts) != 1 or header_period(counts[0]):
        return {}
    return {k: f"share of {counts[0][0].lower()}{counts[0][1:]}" for k in percents}


def _in_part_of_year(period: Period | None, dated: Period | None, years: set[str]) -> Period | None:
    """A year of a table dated to part of a year, when the table has that year too: its same
    part ("2022" in "the first three quarters of 2024", beside "2024", is 2022-01 to 2022-09;
    "FY2007" under "Estimates for January" 2008, beside "FY2008", is January 2007)."""
    if not (period and dated and len(period.start) == 4 and period.end is None):
        return period
    first, last = dated.start, dated.end or dated.start
    if len(first) != 7 or first[:4] != last[:4] or (first[5:], last[5:]) == ("01", "12"):
        return period
    if first[:4] not in years:
        return period
    if first == last:
        return Period(period.start + first[4:])
    return Period(period.start + first[4:], period.start + last[4:])


def _row(cell: Cell) -> int:
    return _position(cell)[0]


def _column(cell: Cell) -> int:
    return _position(cell)[1]


def _position(cell: Cell) -> tuple[int, int]:
    """A value cell's (row, column): `segment` places every cell it gives an id."""
    if cell.position is None:
        raise ValueError(f"value cell {cell.id!r} has no position in its table")
    return cell.position


def _period_columns(cells: list[Cell], year: str | None, roman: bool) -> set[int]:
    """Columns whose header names a period, or whose cells are all dates."""
    return {
        column
        for column, held in _columns(cells).items()
        if PERIOD_HEADER.match(held[0].column_header.strip())
        or (len(held) > 1 and all(header_period(cell_text(c), year, roman) for c in held))
    }


_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")


def _row_years(table: Table, year: str | None) -> dict[int, str | None]:
    """The rows below a row that holds only a year ("| 2024 | | |"), each with that year,
    as statistical tables group their months under the year; the year rows themselves
    are keys with no year."""
    years: dict[int, str | None] = {}
    current = None
    for r, row in enumerate(table.rows):
        texts = [cell_text(c).strip() for c in row]
        if len(texts) > 1 and _YEAR_ONLY.fullmatch(texts[0]) and not any(texts[1:]):
            current = texts[0]
            years[r] = None
        elif current:
            years[r] = current
    return years


def _roman_months(cells: list[Cell]) -> bool:
    """Whether the rows are months in Roman numerals ("I" to "XII"), as central European
    tables number them: so when one of them is past "IV", which a quarter cannot be."""
    heads = {c.row_header.strip().rstrip(".") for c in cells} - {""}
    if not heads or not heads <= ROMAN_NUMERALS.keys():
        return False
    return max(ROMAN_NUMERALS[h] for h in heads) > 4


def _reference_columns(cells: list[Cell]) -> set[int]:
    """Columns of pages, ranks or codes; a "No." or "Number" column only when it numbers
    its rows 1, 2, 3 …: otherwise it holds counts."""
    found = set()
    for column, held in _columns(cells).items():
        header = held[0].column_header.strip()
        if not REFERENCE_HEADER.match(header):
            continue
        if COUNT_HEADER.match(header):
            numbers = [cell_text(c).strip().rstrip(".") for c in held]
            if numbers != [str(n) for n in range(1, len(numbers) + 1)]:
                continue
        found.add(column)
    return found


# Units a caption or header gives its numbers: "(%)", "(x 1,000)", "(thousands)", "(€ million)".
_MULTIPLIER = re.compile(
    r"^(?:(?P<sign>[$€£¥])\s*|(?P<code>(?-i:[A-Z]{3}))\s+|(?P<name>[A-Za-z]+)\s+in\s+)?(?:x\s*|×\s*|in\s+)?"
    r"(?P<scale>1[,.\s]?000(?:[,.\s]?000)*|thousands?|millions?|billions?|'?000s?|mil\.?|mn|bn)"
    # "Thousand euro", "thousand US $", "million EUR": the scale, then the currency
    # "million vehicle kilometres": a measure of up to three words
    r"(?:\s+(?:(?:US\s?)?(?P<sign2>[$€£¥])|(?P<code2>(?-i:[A-Z]{3}))|"
    r"(?P<name2>(?!of\b)[A-Za-z]+(?:\s+(?!of\b)[A-Za-z]+){0,2})))?"
    # "Billions of dollars", "Thousands of tonnes"
    r"(?:\s+of\s+(?P<name3>[A-Za-z]+))?$",
    re.IGNORECASE,
)


def _header_unit(header: str) -> str | None:
    """The unit a header gives in brackets ("Amount ($ million)"), not a date ("Vol (2022)");
    in a header over a header, the part's ("Total payments (thousands of dollars): Total")."""
    parts = header.split(": ")
    return next(filter(None, (_bracketed_unit(p) for p in reversed(parts))), None)


def _bracketed_unit(header: str) -> str | None:
    dates = find_dates(header)
    if dates and not header[dates[-1].end :].strip():
        header = header[: dates[-1].begin]  # "Weight (‰) 2018"
    match = _CAPTION_UNIT.search(header)
    unit = _unit_of(match) if match else None
    if unit and match and _names_something(unit, header[: match.start()]):
        return None  # "Development Food Aid (Title II)", "Community Development Funds (CDF)"
    return unit if unit and not find_dates(unit) else None


_SAYS_A_UNIT = re.compile(
    r"thousand|million|billion|'000|\bnumber|per\s?cent|percent|index|\brate|ratio|\bper\b", re.I
)


def _names_something(bracketed: str, before: str) -> bool:
    """Whether a bracket after a header names what it heads rather than its unit: the
    initials of the words before it ("(CDF)"), or a name ("(Title II)", "(IDA)")."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", before) if w[0].isupper())
    if bracketed.isupper() and initials.endswith(bracketed):
        return True
    words = bracketed.split()
    measured = money.sign_code(bracketed) or re.search(rf"{MEASURES}|[$€£¥%‰]|\d", bracketed)
    measured = measured or _SAYS_A_UNIT.search(bracketed) or NO_COUNTRY.code(bracketed)
    return bool(words) and words[0][0].isupper() and not measured and len(words[0]) > 1


# "$b", "£m", "€bn": a sign and its scale, abbreviated.
_SIGN_SCALE = re.compile(r"^(?P<sign>[$€£¥])\s?(?P<abbr>bn|b|mn|m|k)$", re.IGNORECASE)
_SCALE_NAMES = {"b": "billion", "bn": "billion", "m": "million", "mn": "million", "k": "thousand"}


def _with_unit(figure: KeyFigure, unit: str | None, header: str = "") -> KeyFigure:
    """A number in a table whose caption or header gives the unit takes that unit: "(%)"
    makes a bare number a percentage, "(x 1,000)" thousands, "(€ million)" millions of euros
    (for its amounts, not for a column of counts: "No. of grants"). What is shown says so:
    "2 261 090" under "Export, Thousand euro" is shown "€2 261 090 thousand"."""
    if unit is None:
        return figure
    if unit == "%":
        bare = figure.unit is None
        return replace(figure, unit="%", display=f"{figure.display}%") if bare else figure
    unit = _SIGN_SCALE.sub(lambda m: f"{m['sign']} {_SCALE_NAMES[m['abbr'].lower()]}", unit)
    scaled = _MULTIPLIER.match(unit)
    if scaled is None:
        code = money.sign_code(unit) or NO_COUNTRY.code(unit)  # "Average fare ($)", "(dollars)"
        if figure.unit is not None:
            return figure
        return replace(figure, unit=code or unit, display=_shown(figure.display, 1, code))
    currency = _currency(scaled["sign"] or scaled["sign2"], scaled["code"] or scaled["code2"])
    name = scaled["name"] or scaled["name2"] or scaled["name3"]
    currency = currency or (NO_COUNTRY.code(name) if name else None)
    factor = _factor(scaled["scale"])
    if name and currency is None and (scaled["name2"] or scaled["name3"]):
        if figure.unit is not None:
            return figure
        shown = f"{_shown(figure.display, factor, None)} {name.lower()}"  # "thousand tonnes"
        return replace(_scaled(figure, factor), unit=name.lower(), display=shown)
    if figure.unit not in (None, currency) or (currency and COUNT_HEADER.match(header)):
        return figure
    shown = _shown(figure.display, factor, currency if figure.unit is None else None)
    return replace(_scaled(figure, factor), unit=currency or figure.unit, display=shown)


def _scaled(figure: KeyFigure, factor: float) -> KeyFigure:
    """`figure` in the units a header scales it by, with the change it tells: "18" under
    "Estimated Change (billions of dollars)" rose by $18 billion."""

    def times(value: float | None) -> float | None:
        return None if value is None else value * factor

    told = figure.change
    change = told and Change(times(told.before), times(told.after), times(told.by))
    return replace(
        figure, value=figure.value * factor, value_max=times(figure.value_max), change=change
    )


# The signs a scaled amount is shown with: money's, the one-character ones ("€", not "us$").
_SIGNS = {code: sign for sign, code in money.SIGNS.items() if len(sign) == 1}
_SCALE_WORDS = {1_000: "thousand", 1_000_000: "million", 1_000_000_000: "billion"}


def _shown(display: str, factor: float, currency: str | None) -> str:
    """`display` with the currency and scale its header gave: "€2 261 090 thousand",
    "-€1 296 001 thousand", "4 510 CHF"."""
    scale = _SCALE_WORDS.get(int(factor))
    number = f"{display} {scale}" if scale else display
    if currency is None:
        return number
    minus, digits = (number[0], number[1:]) if number[:1] in "-\u2212" else ("", number)
    sign = _SIGNS.get(currency)
    return f"{minus}{sign}{digits}" if sign else f"{number} {currency}"


def _currency(sign: str | None, code: str | None) -> str | None:
    """The currency of a header's sign ("$") or code ("EUR"), as money reads them."""
    return money.sign_code(sign or code or "") if sign or code else None


# "Percent Change From Previous Year", "Change, %": a column of changes.
CHANGE_HEADER = re.compile(r"\b(?:change|difference|growth)\b", re.IGNORECASE)
# A table all of whose cells are changes: "Percent change from preceding month".
_CHANGE_TABLE = re.compile(
    r"\b(?:percent(?:age)?\s+)?change\s+(?:from|on|over|since)\b|\bpercent(?:age)?\s+change\b", re.I
)
COUNT_HEADER = re.compile(r"^\s*(?:no\.|number|count|#)", re.IGNORECASE)


def _factor(scale: str) -> float:
    word = scale.lower().rstrip("s.").lstrip("'")
    word = "million" if word == "mil" else word
    if word in SCALES:
        return SCALES[word]
    return float(10 ** (3 * word.count("000")))


def label_and_period(
    cell: Cell, caption: str, year: str | None, roman: bool = False, keep_all: bool = False
) -> tuple[str, Period | None]:
    """The headers of a value cell that are not dates make its label, with what the
    caption says the table holds ("Marrow: households with piped water"); the more precise
    of its header dates, its period ("2023" and "Q3" give 2023's third quarter). A header the
    caption already says is left out, unless `keep_all`."""
    headers = (cell.row_header, cell.column_header)
    years = [p.start for h in headers if (p := header_period(h)) and len(p.start) == 4]
    year = years[0] if years else year
    label: list[str] = []
    period = None
    for header in headers:
        if dated := header_period(header, year, roman and header is cell.row_header):
            if period is None or len(dated.start) > len(period.start):
                period = dated
            continue
        if (unit := _DATE_THEN_UNIT.search(header)) and (
            dated_span := _dated_span(header[: unit.start()], year)
        ):
            # "Mar '07, '000" is March 2007's level; "Feb '07 to Mar '07, % change" March's
            # change on the month before, "Mar Qtr 19 to Jun Qtr 19 % change" June quarter's
            earlier, period = dated_span
            if earlier and CHANGE_HEADER.search(unit[0]):
                label.append(f"{_span_between(earlier.start, period.start)} change".strip())
            continue
        if period is None and (part := _period_part(header, year)):
            period, header = part  # "Estimates: 2016-17: Budget" is of 2016-17
        dates = find_dates(header)
        if (
            period is None
            and len(dates) >= 2
            and _ON_EARLIER.fullmatch(header, dates[0].end, dates[1].begin)
        ):
            period = Period(dates[0].start, dates[0].until)  # "% change – 2013 Q4 on 2013 Q3"
            span = _span_between(dates[1].start, dates[0].start)
            header = f"{header[: dates[0].begin].rstrip(' –—-:,')} {span}".strip()
        elif dates and period is None and _BRACKETED_DATE.search(header):
            period = Period(dates[0].start, dates[0].until)  # "Vol (2023)"
            header = _BRACKETED_DATE.sub("", header)
        elif dates and (dates[-1].kind == "since" or _SINCE_END.search(header, 0, dates[-1].begin)):
            pass  # "% Change since November 2019": what the change is measured from
        elif dates and period is None and not header[dates[-1].end :].strip():
            period = Period(dates[-1].start, dates[-1].until)  # "Weight (‰) 2018"
            header = _DATE_LEAD.sub("", header[: dates[-1].begin])  # "As of 25 January 2018"
        elif period is None and (leading := _LEADING_YEAR.match(header)):
            period = header_period(leading[1])  # "2019-20 Opening Balance"
            header = header[leading.end() :]
        elif period is None and (ending := _YEAR_MONTH_END.search(header)):
            period = header_period(ending["when"], year)  # "Monthly rate 2009 Nov."
            header = header[: ending.start()] if period else header
        header = _CAPTION_UNIT.sub("", header).strip().rstrip(",;:").rstrip()
        header = _PART_OPENING.sub("", header)  # "of which: Compulsory" is a part, named
        if rate := RATE_HEADER.match(header):
            header = rate["what"] or ""
        label.append(header)
    return _joined_label(label, caption_parts(caption)[0], keep_all), period


def _dated_span(text: str, year: str | None) -> tuple[Period | None, Period] | None:
    """The period a header names and, for a span ("Feb '07 to Mar '07", "Mar Qtr 19 to Jun Qtr
    19"), the earlier period it starts from."""
    dates = find_dates(text, year)
    if len(dates) == 2 and _TO.fullmatch(text, dates[0].end, dates[1].begin):
        return Period(dates[0].start, dates[0].until), Period(dates[1].start, dates[1].until)
    dated = header_period(text, year)
    if dated is None:
        return None
    if dated.end and len(dated.start) == len(dated.end) == 7:  # a run of months: the last
        return Period(dated.start), Period(dated.end)
    return None, dated


_TO = re.compile(r"\s*(?:to|-|–|—)\s*", re.IGNORECASE)
# A header that is a date, then the unit of its cells (after a comma).
_DATE_THEN_UNIT = re.compile(
    r"(?:,\s*|\s+)(?:'000s?|(?:%|per\s*cent|percent(?:age)?)(?:\s+change)?|thousands?|millions?)\s*$",
    re.I,
)
_SINCE_END = re.compile(r"\b(?:since|from|on|over|compared\s+(?:with|to))\s+$", re.IGNORECASE)
# "2013 Q4 on 2013 Q3", "2023 vs 2022": a period compared with an earlier one.
_ON_EARLIER = re.compile(r"\s+(?:on|over|vs\.?|versus|compared\s+(?:with|to)|against)\s+", re.I)


def _span_between(earlier: str, later: str) -> str:
    """What a change from `earlier` to `later` is measured over: "annual" from 2012-10 to
    2013-10, "quarterly" from 2013-07 to 2013-10, "monthly" from one month to the next."""
    if len(earlier) < 7 or len(later) < 7 or len(earlier) != len(later):
        return "annual" if len(earlier) == len(later) == 4 else ""
    months = 12 * (int(later[:4]) - int(earlier[:4])) + int(later[5:7]) - int(earlier[5:7])
    return {12: "annual", 3: "quarterly", 1: "monthly"}.get(months, "")


_PART_OPENING = re.compile(r"^(?:of\s+(?:which|whom)|including|incl\.)\s*:?\s*", re.IGNORECASE)


def _period_part(header: str, year: str | None) -> tuple[Period, str] | None:
    """The period a header over a header gives ("2016-17" of "Estimates: 2016-17: Budget"),
    and the header without it."""
    parts = header.split(": ")
    for i, part in enumerate(parts):
        if len(parts) > 1 and (dated := header_period(part, year)):
            return dated, ": ".join(parts[:i] + parts[i + 1 :])
    return None


# Headers that say only that a cell holds a number.
_EMPTY_HEADS = {"", "number", "no.", "count", "value", "values", "amount", "level", "total number"}
# Headers that give only the unit, which the figure's unit shows: "Male, Percent" is "Male", in %.
_PERCENT_HEADS = {"percent", "per cent", "%", "percentage", "(%)", "pct"}
_EMPTY_HEADS |= _PERCENT_HEADS


_DATE_LEAD = re.compile(
    r"(?:^|\s)(?:as\s+(?:of|at)|in|on|at|by|for|during|until|to|from|(?:at\s+)?(?:the\s+)?end\s+of|"
    # "Year ending March 2023": the span the date ends
    r"(?:year|12\s+months|quarter|week|period)\s+(?:ending|ended|to))"
    r"\s*$",
    re.IGNORECASE,
)


def _joined_label(heads: list[str], subject: str, keep_all: bool = False) -> str:
    """The cell's headers, then what the caption says the table holds, unless one repeats
    the other ("Live births" in a table of "live births and deaths")."""
    kept = [h for h in heads if h.lower() not in _EMPTY_HEADS]
    named = ", ".join(kept)
    subject = re.sub(r"\s*\([^()]*$", "", subject)  # "Reserve Forecast (post 2020-21 …": cut
    if not named or not subject:
        return named or subject
    if keep_all:
        # "Total deaths, England" in a table of deaths in England and Wales: the column is
        # one of what the caption names, which says no more
        said = set(_words(subject))
        return named if any(set(_words(h)) <= said for h in kept) else f"{named}: {subject}"
    # "Number of recipients, total payments, …, and number of awards": a caption that lists
    # what the table holds says no more than the header that names one of them
    listed = [set(_words(item)) for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", subject)]
    if subject.count(", ") >= 2 and any(item and item <= set(_words(named)) for item in listed):
        return named
    said = set(_words(subject))
    if all(set(_words(h)) <= said for h in kept) and not _LIST.search(subject):
        # "Primary" in a table of the "average class size of primary school pupils": the
        # caption names the row's measure whole
        return subject if len(said) > len(set(_words(named))) else named
    if all(set(_words(h)) <= said for h in kept) or said <= set(_words(named)):
        return named
    # "North, Rate" in a table of "unemployment rate by region": the rate is the caption's
    heads = [h for h in kept if not set(_words(h)) <= said]
    if qualifying := [h for h in heads if _QUALIFIES.match(h)]:
        # "To the United States" in a table of travel: "travel … to the United States"
        head, dash, note = subject.partition(" – ")
        subject = f"{head} {' '.join(h[0].lower() + h[1:] for h in qualifying)}{dash}{note}"
        heads = [h for h in heads if h not in qualifying]
    return f"{', '.join(heads)}: {subject}" if heads else subject


_LIST = re.compile(r",\s|\s(?:and|or)\s")
# A header that says where to or from ("To the United States") qualifies what the caption
# names (travel, trade, migration); it names nothing of its own.
_QUALIFIES = re.compile(r"^(?:to|from)\s", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


# "Per 1,000 population", "Rate per 100,000": a rate, whose denominator is the unit.
RATE_HEADER = re.compile(
    r"^(?:(?P<what>[\w\s-]*?\brate)\s+)?(?P<rate>per\s+(?:1|10|100)(?:[,\s]?000)*\b.*)$",
    re.IGNORECASE,
)


_PERCENT_HEADER = re.compile(
    r"\b(?:percent(?:age)?|per\s?cent)\b(?!\s+points?)|^\s*%\s*(?:change|of)\b", re.IGNORECASE
)


def _share_row(header: str) -> str | None:
    """ "Receipts: Per cent of GDP": a row of percentages, whatever its columns hold."""
    return "%" if _SHARE_OF.search(header) else None


_SHARE_OF = re.compile(r"(?:\b(?:per\s?cent|percent(?:age)?|share)|%)\s+of\b", re.IGNORECASE)
# A cell that marks its value for a note: "78.9¹", "45.6†".
_NOTE_MARK = re.compile(r"(?<=\d)[\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021\u00a7]+\s*$")
# "1.234,5": thousands set with points and a decimal comma, as continental tables write them.
_DOTTED_THOUSANDS = re.compile(r"^\s*([-\u2212]?\d{1,3}(?:\.\d{3})+),(\d+)\s*$")
_SPACED_MINUS = re.compile(r"^\s*[-\u2212\u2013]\s+(?=\d)")


def _percent_unit(header: str) -> str | None:
    """ "Percentage change", "Percent of total": a column of percentages."""
    return "%" if _PERCENT_HEADER.search(header) else None


def _index_unit(header: str) -> str | None:
    """ "Index", "Price index (2015=100)": a column of index points."""
    own = header.rpartition(": ")[2]
    return "index point" if _INDEX_HEADER.search(own) and not CHANGE_HEADER.search(own) else None


_INDEX_HEADER = re.compile(r"\bindex\b", re.IGNORECASE)


def _rate_unit(header: str) -> str | None:
    """ "Rate per 100,000", or a rate told inside a longer header: "Herd incidence: New herd
    incidents per 100 herd years at risk, 12 months to end June 17"."""
    rate = RATE_HEADER.match(header.strip()) or _RATE_INSIDE.search(header)
    return rate["rate"].lower() if rate else None


_RATE_INSIDE = re.compile(
    r"\b(?P<rate>per\s+(?:1|10|100)(?:[,\s]?000)*\s+[a-z][^,;:()]*?)\s*(?:[,;:()]|$)", re.I
)


# "Households with piped water, by region (%)": what the table holds, how it is cut, its unit
# (in brackets, or after a comma: "Annual inflation and its components, %").
_CAPTION_UNIT = re.compile(
    # "(thousand tonnes unless specified otherwise)": the unit of the cells whose headers name
    # none
    r"\s*\(([^()]{1,25}?)(?:\s+unless\s+(?:otherwise\s+)?(?:specified|stated|noted|shown)"
    r"(?:\s+otherwise)?)?\)\s*$"
    # "Estimates: 2015-16: Budget $b": a sign and its scale ending the header
    r"|(?<=\s)([$€£¥]\s?(?i:bn|b|mn|m|k))\s*$"
    r"|,\s*((?:in\s+)?(?:%|‰|per\s*cent|[$€£¥]\s*\w*|[A-Z]{3}(?:\s+\w+)?"
    r"|(?i:thousands?|millions?|billions?)(?:\s+(?:US\s?)?[$€£¥]|\s+of\s+[A-Za-z]+|\s+[A-Za-z]{3,9})?"
    r"|'000s?"  # "Mar '07, '000": thousands
    r"|%\s+change"  # "Feb '07 to Mar '07, % change"
    # "Catch of Icelandic vessels, tonnes": a measure
    rf"|{MEASURES}))\s*$"
)


# "Average private rents (£ monthly): Scotland, 2010 to 2020": money's sign, told mid-caption
_MONEY_BRACKET = re.compile(r"\s*\(([$€£¥])\s*(?:monthly|weekly|annual|per\s+[a-z]+)?\)")
# "(years to end Sept)", "(year ending March)": when the numbers are, said at the end
_TIME_NOTE = re.compile(
    r"\s*\((?:years?|months?|quarters?|weeks?|periods?)\s+(?:to|ending|ended)\b[^()]*\)\s*$",
    re.IGNORECASE,
)


def _unit_of(match: re.Match[str]) -> str | None:
    unit = next(g for g in match.groups() if g).strip().removeprefix("in ").strip()
    if _QUALIFIER.match(unit):
        return None  # "(seasonally adjusted)" says how the numbers were made, not in what
    percent = unit.lower().replace(" ", "") in {"percent", "%change"}
    return "%" if percent else unit


_QUALIFIER = re.compile(
    r"^(?:(?:not\s+)?seasonally\s+adjusted|(?:not\s+)?adjusted|unadjusted|provisional|revised|"
    r"estimated?s?|preliminary|final|forecasts?|projected|actual|nominal|real(?:\s+terms)?|"
    r"current\s+prices|constant\s+prices|excluding\b.*|including\b.*|[pre]"
    r"|all\s+\w+(?:\s+\w+)?|total)$",  # "Total deaths (all causes)": what is counted, in full
    re.IGNORECASE,
)


# ", by region", "…, by type of payment, eligibility category, and age": how it is cut
_SUMMARY_OF = re.compile(
    r"^\s*(?:a\s+|an\s+)?(?:summary|overview|breakdown|comparison)\s+of\s+(?:the\s+)?", re.I
)
_CAPTION_CUT = re.compile(r",?\s+by\s+[\w\s,-]+$", re.IGNORECASE)
_CAPTION_QUALIFIER = re.compile(
    r"\s*[–—,:-]\s*(?:(?:not\s+)?seasonally\s+adjusted|unadjusted|trend(?:\s+estimates?)?|"
    r"provisional|revised|(?:at\s+)?(?:current|constant)\s+prices)$",
    re.IGNORECASE,
)
# "Table 2.1:", "Figure 3 –": the caption's number, not what the table holds.
_CAPTION_NUMBER = re.compile(
    # "Table 7.1a" alone names the table, and says nothing of what it holds
    r"^(?:table|figure|chart|exhibit)\s+[\dA-Z]+(?:\.\d+[a-z]?)*(?:\s*[.:–—-]?\s+|\s*$)",
    re.IGNORECASE,
)


def caption_parts(caption: str) -> tuple[str, str | None]:
    """(what the table holds, its unit): "Households with piped water, by region (%)"
    gives ("households with piped water", "%")."""
    caption = _TIME_NOTE.sub("", caption)  # "(years to end Sept)": when, not in what
    match = _CAPTION_UNIT.search(caption) or _MONEY_BRACKET.search(caption)
    unit = _unit_of(match) if match else None
    unit = unit if unit and not find_dates(unit) else None
    subject = caption[: match.start()] if unit and match else caption
    subject = _CAPTION_NUMBER.sub("", subject)
    subject = _SUMMARY_OF.sub("", subject)  # "Summary of average rents": average rents
    dates = [d for d in _caption_dates(subject) if d.kind == "date"]
    # "POC Budget Position for 2019-20 Compared with Forecasts": what it holds ends at its date
    head = (
        re.sub(
            # "…, week ending (10 January)": the words that lead to the date go with it
            r"(?:,|\b(?:in|for|of|on|at|as\s+of|as\s+at)|\()?\s*(?:(?:the\s+)?(?:week|month|"
            r"quarter|year|period)s?\s+(?:ending|ended|to))?\s*$",
            "",
            subject[: dates[0].begin].rstrip(),
        )
        if dates
        else ""
    )
    if len(head.split()) >= 2 or (dates and not subject[dates[-1].end :].strip(" .)")):
        subject = head
    # "Retail sales by province and territory – Seasonally adjusted": the "by …" cut, the
    # adjustment kept
    qualifier = _CAPTION_QUALIFIER.search(subject.strip(" ,.:;"))
    subject = subject.strip(" ,.:;")[: qualifier.start()] if qualifier else subject
    subject = _CAPTION_CUT.sub("", subject).strip(" ,.:;") + (qualifier[0] if qualifier else "")
    subject = subject.split("; ")[0]  # "Total cereals; production, value, supply and use"
    return as_label(subject), unit


def _caption_dates(caption: str) -> list[DateSpan]:
    """The dates of a caption, those without a year in the year it names: "week ending 10
    January (Week 2 2025)" is the week to 10 January 2025."""
    dates = find_dates(caption)
    year = next((d.start[:4] for d in dates if d.kind == "date"), None)
    return find_dates(caption, year) if year else dates


_LEADING_YEAR = re.compile(r"((?:1[89]|20)\d\d(?:[-/–](?:\d\d){1,2})?)\s+(?=\D)")
_BRACKETED_DATE = re.compile(r"\s*\(\s*(?:1[89]|20)\d\d(?:[/–-]\d{2,4})?\s*\)")
