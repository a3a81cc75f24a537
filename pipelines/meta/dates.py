"""Date strings in, ``When`` values out: ISO 8601, RFC 2822, epoch numbers, numeric and
written dates in many languages, relative phrases ("3 hours ago") and dates in URLs.

A ``When`` keeps the date as the page states it: its ``iso`` text carries the page's own
offset (``Z``, ``+09:00``) or none at all, and a date without a time stays a plain date.
Relative phrases are resolved against a date the page gives, never the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

from pipelines.meta.months import month_number

MIN_YEAR = 1995
MAX_YEAR = 2100


@dataclass(frozen=True, slots=True)
class When:
    """A point in time as the page states it.

    ``iso`` is the output form; ``local`` the wall-clock datetime as written (midnight for a
    plain date); ``offset`` the stated UTC offset or ``None``; ``has_time`` whether a time was given.
    """

    iso: str
    local: datetime
    offset: timedelta | None = None
    has_time: bool = False

    @property
    def day(self) -> date:
        return self.local.date()

    @property
    def instant(self) -> datetime:
        """Comparable aware datetime (a missing offset is read as UTC)."""
        return (self.local - (self.offset or timedelta(0))).replace(tzinfo=UTC)


def _plausible(year: int, month: int, day: int) -> bool:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def make_day(year: int, month: int, day: int) -> When | None:
    """A plain date, or ``None`` when it is not a real, plausible date."""
    if not _plausible(year, month, day):
        return None
    return When(f"{year:04d}-{month:02d}-{day:02d}", datetime(year, month, day))


# ---------------------------------------------------------------- machine formats
_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ]+(\d{1,2}):?(\d{2})(?::?(\d{1,2})([.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?(?![\d:]))?",
    re.ASCII,
)
_ISO_SEP = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_EPOCH = re.compile(r"^\d{10}(\d{3})?$")


def _offset(text: str | None) -> tuple[timedelta | None, str]:
    if not text:
        return None, ""
    if text == "Z":
        return timedelta(0), "Z"
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None, ""
    return sign * timedelta(hours=hours, minutes=minutes), f"{text[0]}{hours:02d}:{minutes:02d}"


def parse_iso(text: str) -> When | None:
    """An ISO 8601 date or datetime at the start of ``text`` (``2025-09-23T14:32:00+09:00``)."""
    m = _ISO.match(text.strip())
    if m is None:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    return _iso_when(m, year, month, day) if _plausible(year, month, day) else None


def _iso_when(m: re.Match[str], year: int, month: int, day: int) -> When | None:
    ymd = f"{year:04d}-{month:02d}-{day:02d}"
    if m[4] is None:
        return When(ymd, datetime(year, month, day))
    hour, minute, second = int(m[4]), int(m[5]), int(m[6] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return When(ymd, datetime(year, month, day))
    offset, off_text = _offset(m[8])
    clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if m[6] else ":00")
    frac = (m[7] or "").replace(",", ".")
    return When(f"{ymd}T{clock}{frac}{off_text}", datetime(year, month, day, hour, minute, second), offset, True)


def parse_machine(value: object) -> When | None:
    """A date from structured data: ISO text, RFC 2822, ``2025/09/23``, or epoch seconds/ms."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return from_epoch(float(value))
    if not isinstance(value, str):
        return None
    if len(value) > _CACHED_CHARS:
        return _parse_machine_text(value)
    return _parse_short(str(value))  # a plain str as the key: a string from lxml may hold its element


def _parse_machine_text(value: str) -> When | None:
    """``parse_machine`` of a string."""
    text = value.strip()[:80]
    if not text:
        return None
    if _EPOCH.match(text):
        return from_epoch(float(text))
    return parse_iso(text) or _parse_rfc(text) or _parse_sep(text) or parse_text_date(text)


# A page hands the same date strings to several strategies and ``When`` is immutable, so each
# distinct short string is parsed once (long ones, element texts, are not kept).
_CACHED_CHARS = 200
_parse_short = lru_cache(maxsize=4096)(_parse_machine_text)


def from_epoch(number: float) -> When | None:
    """Epoch seconds (or milliseconds) as a UTC datetime."""
    if number > 1e11:
        number /= 1000
    try:
        moment = datetime.fromtimestamp(number, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    local = moment.replace(tzinfo=None)
    return When(local.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00", local, timedelta(0), True)


def _parse_rfc(text: str) -> When | None:
    if not re.match(r"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None or not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    offset = moment.utcoffset()
    local = moment.replace(tzinfo=None)
    off_text = "" if offset is None else moment.strftime("%z")
    off_text = off_text and f"{off_text[:3]}:{off_text[3:]}"
    return When(local.strftime("%Y-%m-%dT%H:%M:%S") + off_text, local, offset, True)


def _parse_sep(text: str) -> When | None:
    m = _ISO_SEP.match(text)
    if m is None:
        return None
    return make_day(int(m[1]), int(m[3]), int(m[4]))


def with_zone(when: When, tz: timezone) -> When:
    """``when`` read in ``tz`` when it has a time but no offset."""
    if not when.has_time or when.offset is not None:
        return when
    offset = tz.utcoffset(None)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return When(f"{when.iso}{sign}{minutes // 60:02d}:{minutes % 60:02d}", when.local, offset, True)


def at_offset(when: When, offset: timedelta) -> When:
    """The same instant as ``when`` written at UTC ``offset`` (``when`` must carry an offset)."""
    local = when.instant.replace(tzinfo=None) + offset
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    stamp = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return When(local.strftime("%Y-%m-%dT%H:%M:%S") + stamp, local, offset, True)


# ---------------------------------------------------------------- written dates
_W = r"([^\W\d_]{3,14})\.?"
# The patterns led by a number test "no digit before it" after its first digit (``\d(?<!\d\d)``
# is ``(?<!\d)\d``): a pattern that starts with a digit class lets the engine skip to the digits
# of the text instead of trying every position.
_TEXT_DMY = re.compile(rf"(\d(?<!\d\d)\d?)(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+|of\s+)?{_W},?\s*"
                       rf"(?:de\s+|del\s+)?'?(\d{{4}})(?!\d)")
# The month word starts where a run of letters starts: a word inside a longer run can only be its
# last fourteen letters, never a month name, so the lookbehind gives the same dates while sparing
# the engine a retry at every letter.
_TEXT_MDY = re.compile(rf"(?<![^\W\d_]){_W}\s+(\d{{1,2}})(?:st|nd|rd|th)?\.?,?\s+(\d{{4}})(?!\d)")
_TEXT_YMD = re.compile(rf"(\d(?<!\d\d)\d{{3}})\.?\s+{_W}\s+(\d{{1,2}})\.?(?!\d)")
_CJK = re.compile(r"(\d(?<!\d\d)\d{3})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_NUM_DMY = re.compile(r"(\d(?<![\d./-]\d)\d?)(\.\s?|[/-])(\d{1,2})\2(\d{4})(?![\d./-]\d)")
_NUM_YMD = re.compile(r"(\d(?<![\d./-]\d)\d{3})([./-])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)")


def parse_text_date(text: str, *, month_first: bool = False) -> When | None:
    """The first written date in ``text``: ``March 3, 2025``, ``3. März 2025``, ``03.03.2025``,
    ``2025년 3월 3일``. ``month_first`` reads ``03/04/2025`` as March 4 (US pages)."""
    found = find_text_dates(text, month_first=month_first, limit=1)
    return found[0][0] if found else None


def find_text_dates(text: str, *, month_first: bool = False, limit: int = 50,
                    short_years: bool = False) -> list[tuple[When, int]]:
    """Written dates in ``text`` with their offsets, in text order. ``short_years`` also reads
    ``8.5.12`` (bylines only: elsewhere such triples are version numbers or scores)."""
    out: list[tuple[When, int]] = []
    for pattern, reader in (*_READERS, *((_SHORT_DMY, _short_dmy),) * short_years):
        for m in pattern.finditer(text):
            when = reader(m, month_first)
            if when is not None:
                out.append((when, m.start()))
    out.sort(key=lambda item: item[1])
    return _dedupe(out)[:limit]


def _dedupe(found: list[tuple[When, int]]) -> list[tuple[When, int]]:
    kept: list[tuple[When, int]] = []
    for when, pos in found:
        if kept and abs(kept[-1][1] - pos) < 3:
            continue
        kept.append((when, pos))
    return kept


def _dmy(m: re.Match[str], _mf: bool) -> When | None:
    month = month_number(m[2])
    return make_day(int(m[3]), month, int(m[1])) if month else None


def _mdy(m: re.Match[str], _mf: bool) -> When | None:
    month = month_number(m[1])
    return make_day(int(m[3]), month, int(m[2])) if month else None


def _ymd_text(m: re.Match[str], _mf: bool) -> When | None:
    month = month_number(m[2])
    return make_day(int(m[1]), month, int(m[3])) if month else None


def _cjk(m: re.Match[str], _mf: bool) -> When | None:
    return make_day(int(m[1]), int(m[2]), int(m[3]))


def _num_dmy(m: re.Match[str], month_first: bool) -> When | None:
    first, second, year = int(m[1]), int(m[3]), int(m[4])
    if m[2][0] == "." or first > 12:
        month_first = False
    elif second > 12:
        month_first = True
    return make_day(year, first, second) if month_first else make_day(year, second, first)


def _num_ymd(m: re.Match[str], _mf: bool) -> When | None:
    return make_day(int(m[1]), int(m[3]), int(m[4]))


_SHORT_DMY = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{2})(?![\d.]|\.\d)")


def _short_dmy(m: re.Match[str], _mf: bool) -> When | None:
    year = int(m[3])
    return make_day(2000 + year if year < 70 else 1900 + year, int(m[2]), int(m[1]))


_READERS = ((_TEXT_DMY, _dmy), (_TEXT_MDY, _mdy), (_TEXT_YMD, _ymd_text), (_CJK, _cjk),
            (_NUM_DMY, _num_dmy), (_NUM_YMD, _num_ymd))


# ---------------------------------------------------------------- relative phrases
_UNITS = {
    "second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400,
    "week": 7 * 86400, "sekunde": 1, "stunde": 3600, "tag": 86400, "woche": 7 * 86400,
}
_REL_EN = re.compile(r"\b(\d{1,3}|an?|one)\s+(sec|second|min|minute|hr|hour|day|week)s?\.?\s+ago\b", re.I)
_REL_DE = re.compile(r"\bvor\s+(\d{1,3}|einer?|einem)\s+(Sekunde|Minute|Stunde|Tag|Woche)(?:n|en)?\b", re.I)
_WORD_DAYS = {"today": 0, "heute": 0, "yesterday": 1, "gestern": 1}
_REL_WORD = re.compile(r"\b(today|yesterday|heute|gestern)\b", re.I)


def relative_seconds(text: str) -> int | None:
    """Seconds before "now" that a phrase like ``Updated 3 hours ago`` / ``vor 2 Tagen`` names."""
    for pattern in (_REL_EN, _REL_DE):
        m = pattern.search(text)
        if m:
            count = int(m[1]) if m[1].isdigit() else 1
            return count * _UNITS[m[2].lower()]
    m = _REL_WORD.search(text)
    return _WORD_DAYS[m[1].lower()] * 86400 if m else None


def shift_back(base: When, seconds: int) -> When:
    """``base`` moved ``seconds`` earlier; a plain date stays a plain date."""
    if not base.has_time:  # a day minus hours is still that day: only whole days move it
        day = (base.local - timedelta(days=seconds // 86400)).date()
        return When(day.isoformat(), datetime(day.year, day.month, day.day))
    local = base.local - timedelta(seconds=seconds)
    off = "" if base.offset is None else ("Z" if base.iso.endswith("Z") else base.iso[-6:])
    return When(local.strftime("%Y-%m-%dT%H:%M:%S") + off, local, base.offset, True)


# ---------------------------------------------------------------- URLs
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/"
    r"|/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?=[/_.-]|$)"
)
_WAYBACK = re.compile(r"^(?:https?://)?web\.archive\.org/web/\d+[a-z_]*/", re.I)


_STAMP = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*[^/]*$")


def image_url_date(url: str) -> When | None:
    """The upload day in an image URL: a dated folder (``/2020/10/07/``) or a file named by a
    ``YYYYMMDDhhmmss`` timestamp. Month-only upload folders give nothing."""
    found = url_date(url)
    if found is not None:
        return found
    m = _STAMP.search(url.split("?", 1)[0])
    return make_day(int(m[1]), int(m[2]), int(m[3])) if m else None


def url_date(url: str) -> When | None:
    """A full date in the URL path: ``/2025/10/02/``, ``/20251002/``, ``/2025-10-02-slug``."""
    path = _WAYBACK.sub("", url.strip()).split("?", 1)[0].split("#", 1)[0]
    path = path.split("//", 1)[-1]
    for m in _URL_DATE.finditer(path):
        parts = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6]) if m[4] else (m[9], m[8], m[7])
        when = make_day(int(parts[0]), int(parts[1]), int(parts[2]))
        if when:
            return when
    return None


__all__ = [
    "When",
    "at_offset",
    "find_text_dates",
    "from_epoch",
    "image_url_date",
    "make_day",
    "parse_iso",
    "parse_machine",
    "parse_text_date",
    "relative_seconds",
    "shift_back",
    "url_date",
    "with_zone",
]
