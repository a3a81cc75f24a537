"""What the spiders yield: ``RawPage`` (one fetched article page) and ``FailedPage`` (one failure).

The item pipelines in ``pipelines.scrapy_pipelines`` turn a ``RawPage`` into an article record
and store it, and store a ``FailedPage`` as a failure record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from pipelines.failures import FailureInfo


@dataclass(frozen=True, slots=True)
class RawPage:
    """One fetched article page, bytes as received."""

    url: str  # the URL requested (from the feed, sitemap or listing)
    final_url: str  # after redirects
    status: int
    body: bytes
    fetched_at: datetime  # UTC, timezone-aware
    source: str | None = None
    outlet: str | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    lastmod: str | None = None  # the entry's updated / pubDate / <lastmod>, as written
    encoding: str | None = None  # the HTTP charset, when the server declared one

    @property
    def etag(self) -> str | None:
        """The response's ``ETag`` validator."""
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        """The response's ``Last-Modified`` validator."""
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str | None:
        """The response's ``Content-Type``."""
        return self.headers.get("content-type")


@dataclass(frozen=True, slots=True)
class FailedPage:
    """A page that failed before extraction (fetch or decode stage)."""

    info: FailureInfo
    source: str | None = None
