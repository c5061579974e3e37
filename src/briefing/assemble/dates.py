"""The briefing's date, and dates, periods and numbers as the document's language writes
them (Babel)."""

from __future__ import annotations

import datetime as dt

from babel import UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_compact_currency, format_compact_decimal, format_decimal

from briefing.model import KeyFigure, Period, Report
from briefing.source_date import source_date

# Units a number in words is written with in digits too ("three years" gives "3 years").
WORD_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "percentage points"})


def briefing_date(report: Report) -> dt.date:
    """The briefing's date when the sidecar sets none (see `source_date`)."""
    return source_date(report.source)


def writing_locale(language: str, locale: str | None) -> str:
    """How the briefing writes dates and numbers: the project's `locale` when it is a
    way of writing the report's language ("en-GB" for a report in "en": "1 December 2026"),
    else the report's language."""
    if locale and _primary(locale) == _primary(language):
        return locale
    return language


def _primary(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def in_digits(figure: KeyFigure, language: str) -> str:
    """The figure as the summary prints it, in digits: "six" gives "6" and "one to three
    years" gives "1–3 years"; a figure with digits prints as the report writes it, and one
    in words with another unit ("two thirds", "a million euros") too."""
    if any(c.isdigit() for c in figure.display):
        return figure.display
    number = format_value(figure.value, figure.value_max, language)
    if figure.unit is None:
        return number
    if figure.unit == "%":
        return f"{number}%"
    if figure.unit in WORD_UNITS:
        return f"{number} {figure.unit}"
    return figure.display


# A bar's value longer than this is written short: "€2.4B", not "€2 387 672 thousand".
SHORT_ENOUGH = 9


def in_short(figure: KeyFigure, language: str) -> str:
    """The figure as a chart's bar writes it: as printed when that is short, else in the
    compact form of the language ("€2.4B", "1.9M")."""
    shown = in_digits(figure, language)
    if len(shown) <= SHORT_ENOUGH or abs(figure.value) < 10_000:
        return shown
    try:
        if figure.unit and len(figure.unit) == 3 and figure.unit.isupper():
            return format_compact_currency(
                figure.value, figure.unit, locale=_locale(language), fraction_digits=1
            )
        compact = format_compact_decimal(figure.value, locale=_locale(language), fraction_digits=1)
    except (UnknownLocaleError, ValueError):
        return shown
    if figure.unit is None:
        return compact
    return f"{compact}%" if figure.unit == "%" else f"{compact} {figure.unit}"


def format_day(day: dt.date, language: str) -> str:
    """The date as the document's language writes it in full ("29 November 2026")."""
    try:
        return format_date(day, format="long", locale=_locale(language))
    except (UnknownLocaleError, ValueError):
        return day.isoformat()


def format_value(value: float, value_max: float | None, language: str) -> str:
    """A number, or a range, with the separators of the document's language."""
    try:
        numbers = [
            format_decimal(v, locale=_locale(language)) for v in (value, value_max) if v is not None
        ]
    except (UnknownLocaleError, ValueError):
        numbers = [str(v) for v in (value, value_max) if v is not None]
    return "–".join(numbers)


def format_period(period: Period, language: str) -> str:
    """ "2018–2021", "April 2009", "20 April 2009": each end at the precision it has."""
    ends = [format_iso(d, language) for d in (period.start, period.end) if d]
    return "–".join(ends)


def format_tick(period: Period, language: str, with_year: bool) -> str:
    """A period as short as a chart's axis needs: "Mar", "Q1", "Mar 17" (`with_year`, for a
    series over several years), "2017"; a span that is no quarter, as `format_period` has it."""
    start = [int(p) for p in period.start.split("-")]
    if len(start) == 1 and period.end is None:
        return period.start
    end = [int(p) for p in period.end.split("-")] if period.end else start
    quarter = (
        len(start) == len(end) == 2
        and start[0] == end[0]
        and start[1] % 3 == 1
        and end[1] == start[1] + 2
    )
    if _financial_year(start, end):
        return f"{start[0]}–{end[0] % 100:02d}"  # July 2011 to June 2012: "2011–12"
    if len(start) != 2 or (period.end and not quarter):
        return format_period(period, language)
    pattern = ("QQQ" if quarter else "LLL") + (" yy" if with_year else "")
    try:
        return format_date(dt.date(start[0], start[1], 1), pattern, locale=_locale(language))
    except (UnknownLocaleError, ValueError):
        return period.start


def _financial_year(start: list[int], end: list[int]) -> bool:
    """Twelve months, by months, across two calendar years: a financial year."""
    if len(start) != 2 or len(end) != 2 or end[0] != start[0] + 1:
        return False
    return (end[0] * 12 + end[1]) - (start[0] * 12 + start[1]) == 11


def format_iso(iso: str, language: str) -> str:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return iso
    day = dt.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)
    try:
        return format_date(
            day, format="long" if len(parts) == 3 else "MMMM y", locale=_locale(language)
        )
    except (UnknownLocaleError, ValueError):
        return iso


def _locale(language: str) -> str:
    """Babel's name for a language tag: "en-GB" is "en_GB"."""
    return language.replace("-", "_")
