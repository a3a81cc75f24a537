"""Column types shared by the models: UTC timestamps, JSON, compressed blobs, and the type map.

SQLite keeps no time zone with a timestamp and PostgreSQL hands back the session's zone, so
``UTCDateTime`` stores UTC and always returns an aware ``datetime`` in UTC on both backends.
"""

from __future__ import annotations

import zlib
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Dialect, Integer, LargeBinary, Text
from sqlalchemy.types import TypeDecorator

# Raw pages compress about 5-8x with zlib; level 6 is the usual speed/size balance.
_ZLIB_LEVEL = 6


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC that comes back timezone-aware (UTC) on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: storage needs timezone-aware UTC timestamps")
        value = value.astimezone(UTC)
        # SQLite's DATETIME has no zone: keep the UTC wall time and re-attach UTC on the way out.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class CleanText(TypeDecorator[str]):
    """Text that PostgreSQL can store: NUL characters become U+FFFD on both backends.

    PostgreSQL text cannot hold NUL, and a broken page can put one in a title. Replacing it
    one character for one keeps fact spans valid, and doing it everywhere keeps the backends
    alike. (The record JSON keeps the original: JSON escapes NUL.)
    """

    impl = Text()
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return value.replace("\x00", "\ufffd") if value is not None and "\x00" in value else value

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return value


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (bookkeeping only; never used to resolve dates)."""
    return datetime.now(UTC)


def compress(data: bytes | None) -> bytes | None:
    """``data`` zlib-compressed, or ``None``."""
    return None if data is None else zlib.compress(data, _ZLIB_LEVEL)


def decompress(data: bytes | None) -> bytes | None:
    """The inverse of ``compress``."""
    return None if data is None else zlib.decompress(data)


# The declarative base maps Python annotations to these column types.
TYPE_MAP: dict[Any, Any] = {
    str: CleanText(),
    int: Integer(),
    datetime: UTCDateTime(),
    date: Date(),
    bytes: LargeBinary(),
    dict[str, Any]: JSON(),
    list[Any]: JSON(),
}
