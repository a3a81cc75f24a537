"""Calendar periods: a TIMEX3 value with its granularity and interval of ISO dates, built from
year/month/day/week/season/quarter/half/decade numbers, plus the calendar arithmetic that
relative expressions need (shifting months, seasons, weeks)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from pipelines.facts.timex.lexicon import SEASON_START

_SEASON_ORDER = ("SP", "SU", "FA", "WI")


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved calendar time: TIMEX3 ``value``, ``granularity`` and the inclusive interval."""

    value: str
    granularity: str
    start: dt.date
    end: dt.date
    mod: str | None = None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day(date: dt.date) -> Period:
    """One calendar day."""
    return Period(date.isoformat(), "day", date, date)


def month(year: int, mon: int) -> Period:
    """One calendar month."""
    return Period(f"{year:04d}-{mon:02d}", "month", dt.date(year, mon, 1), _month_end(year, mon))


def year(value: int) -> Period:
    """One calendar year."""
    return Period(f"{value:04d}", "year", dt.date(value, 1, 1), dt.date(value, 12, 31))


def decade(first_year: int) -> Period:
    """A decade named by its first year (2010 -> ``201X``)."""
    return Period(f"{first_year // 10:03d}X", "decade", dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31))


def quarter(value: int, q: int) -> Period:
    """A quarter of ``value``'s calendar year."""
    first = 3 * (q - 1) + 1
    return Period(f"{value:04d}-Q{q}", "quarter", dt.date(value, first, 1), _month_end(value, first + 2))


def half(value: int, h: int) -> Period:
    """A half of ``value``'s calendar year."""
    first = 1 if h == 1 else 7
    return Period(f"{value:04d}-H{h}", "half", dt.date(value, first, 1), _month_end(value, first + 5))


def season(value: int, code: str) -> Period:
    """A season of ``value`` (northern, by months); winter ``YYYY-WI`` runs December to February."""
    first = dt.date(value, SEASON_START[code], 1)
    last_month = (SEASON_START[code] + 2 - 1) % 12 + 1
    last_year = value + 1 if code == "WI" else value
    return Period(f"{value:04d}-{code}", "season", first, _month_end(last_year, last_month))


def week(date: dt.date, weekend: bool = False) -> Period:
    """The ISO week holding ``date``, or its weekend."""
    iso_year, iso_week, weekday = date.isocalendar()
    monday = date - dt.timedelta(days=weekday - 1)
    if weekend:
        return Period(
            f"{iso_year:04d}-W{iso_week:02d}-WE", "week", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        )
    return Period(f"{iso_year:04d}-W{iso_week:02d}", "week", monday, monday + dt.timedelta(days=6))


def season_of(date: dt.date) -> tuple[int, str]:
    """The (year, code) of the season holding ``date``; January and February close last year's winter."""
    if date.month <= 2:
        return date.year - 1, "WI"
    return date.year, _SEASON_ORDER[(date.month - 3) // 3]


def shift_month(date: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``date``'s month."""
    index = date.year * 12 + date.month - 1 + months
    return index // 12, index % 12 + 1


def with_mod(period: Period, mod: str | None) -> Period:
    """``period`` carrying ``mod``; START/MID/END narrow the interval to its first/middle/last third."""
    if mod not in ("START", "MID", "END"):
        return replace(period, mod=mod)
    months = _whole_months(period)
    if months and months % 3 == 0:
        # Whole months split on month boundaries: "early 2027" is January to April, not to May 1.
        step = months // 3
        first = {"START": 0, "MID": step, "END": 2 * step}[mod]
        year, month = shift_month(period.start, first)
        start = dt.date(year, month, 1)
        year, month = shift_month(period.start, first + step)
        return replace(period, mod=mod, start=start, end=dt.date(year, month, 1) - dt.timedelta(days=1))
    days = (period.end - period.start).days + 1
    third = max(days // 3, 1)
    offset = {"START": 0, "MID": third, "END": days - third}[mod]
    start = period.start + dt.timedelta(days=offset)
    return replace(period, mod=mod, start=start, end=min(period.end, start + dt.timedelta(days=third - 1)))


def _whole_months(period: Period) -> int:
    """How many calendar months ``period`` covers exactly (0 when it does not start and end on month edges)."""
    if period.start.day != 1 or (period.end + dt.timedelta(days=1)).day != 1:
        return 0
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def safe_date(value: int, mon: int, dom: int) -> dt.date | None:
    """The date, or None when it does not exist (February 30)."""
    try:
        return dt.date(value, mon, dom)
    except ValueError:
        return None
