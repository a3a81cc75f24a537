"""TIMEX3 values to calendar intervals, so date facts and dated events can be filtered by date.

``interval("2026-SU") == (date(2026, 6, 1), date(2026, 8, 31))``. Values this module cannot
place (``PRESENT_REF``, malformed text) give ``None``; the fact is then filtered by its
article's publication date instead.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Interval = tuple[date, date]

# Northern-hemisphere meteorological seasons; winter runs into the next year.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])|W(?P<week>\d{2})))?$"
)
_DECADE = re.compile(r"^(?P<decade>\d{3})X$")


def interval(value: str | None) -> Interval | None:
    """The first and last day a TIMEX3 date value covers, or ``None`` when it names no calendar time."""
    if not value:
        return None
    decade = _DECADE.match(value)
    if decade:
        start = int(decade["decade"]) * 10
        return date(start, 1, 1), date(start + 9, 12, 31)
    match = _PATTERN.match(value)
    if not match:
        return None
    try:
        return _from_parts(int(match["year"]), match.groupdict())
    except ValueError:  # e.g. 2025-02-30 or week 54
        return None


def _from_parts(year: int, parts: dict[str, str | None]) -> Interval:
    if parts["day"]:
        day = date(year, int(parts["month"] or 0), int(parts["day"]))
        return day, day
    if parts["month"]:
        return _months(year, int(parts["month"]), int(parts["month"]))
    if parts["season"]:
        first, last = _SEASONS[parts["season"]]
        return _months(year, first, last)
    if parts["quarter"]:
        quarter = int(parts["quarter"])
        return _months(year, 3 * quarter - 2, 3 * quarter)
    if parts["half"]:
        half = int(parts["half"])
        return _months(year, 6 * half - 5, 6 * half)
    if parts["week"]:
        monday = date.fromisocalendar(year, int(parts["week"]), 1)
        return monday, monday + timedelta(days=6)
    return date(year, 1, 1), date(year, 12, 31)


def _months(year: int, first: int, last: int) -> Interval:
    """Months ``first``..``last`` of ``year``; months past 12 roll into the next year."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def parse_day(text: str | None) -> date | None:
    """The calendar day at the start of an ISO date or datetime string (as the page states it)."""
    if not text or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
