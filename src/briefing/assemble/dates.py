"""The briefing's date, and dates, periods and numbers as the document's language writes
them (Babel)."""

from __future__ import annotations

import datetime as dt

from babel import UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from briefing.model import Period, Report
from briefing.source_date import source_date


def briefing_date(report: Report) -> dt.date:
    """The briefing's date when the sidecar sets none (see `source_date`)."""
    return source_date(report.source)


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
