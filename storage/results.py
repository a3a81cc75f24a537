"""The plain frozen dataclasses that go in and out of storage (callers never see ORM rows).

``storage.writes`` and ``storage.reads`` re-export the ones their functions take or return.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal

StoreStatus = Literal["new", "updated", "unchanged"]
PageKind = Literal["article", "seen", "failed"]
RunStatus = Literal["running", "finished", "failed", "interrupted"]
RUN_COUNTS = ("requests", "not_modified", "new", "updated", "unchanged", "seen", "skipped", "failures")


@dataclass(frozen=True)
class FetchInfo:
    """How a page was fetched. ``fetched_at`` is timezone-aware UTC.

    ``lastmod``: the feed/sitemap entry's updated/lastmod, when it had one;
    ``source``: the config source name.
    """

    url: str
    final_url: str
    status: int
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    lastmod: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class StoreResult:
    """What ``store_article`` did: a new article, a new version of one, or nothing new."""

    status: StoreStatus
    article_id: int
    version_id: int


@dataclass(frozen=True)
class PageState:
    """What the last fetch of a URL found (for conditional requests and skipping)."""

    url: str
    kind: PageKind
    etag: str | None
    last_modified: str | None
    lastmod: str | None
    content_hash: str | None
    fetched_at: datetime | None
    title: str | None = None
    article_id: int | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """One article for listings: its latest version's fields and how often it changed."""

    id: int
    url: str
    canonical_url: str | None
    title: str | None
    outlet_name: str | None
    outlet_domain: str | None
    published: str | None
    shows: tuple[str, ...]
    versions: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class VersionSummary:
    """One stored version of an article."""

    id: int
    number: int
    content_hash: str
    title: str | None
    published: str | None
    modified: str | None
    fetched_at: datetime
    last_seen: datetime
    final_url: str
    http_status: int | None
    raw_size: int
    parser_version: str | None
    run_id: int | None
    source: str | None = None


@dataclass(frozen=True)
class FactRow:
    """A fact (spec dict) with the article it was read from."""

    fact: dict[str, Any]
    article_id: int
    article_url: str
    article_title: str | None
    published: str | None
    outlet: str | None
    version_id: int = 0
    version: int = 0


@dataclass(frozen=True)
class FailureRow:
    """A failed page as listed for review."""

    id: int
    url: str
    outlet: str | None
    stage: str
    reason: str
    message: str
    http_status: int | None
    parser_version: str | None
    content_type: str | None
    first_seen: datetime
    last_seen: datetime
    attempts: int
    resolved: bool
    resolution_note: str | None
    resolved_at: datetime | None
    run_id: int | None
    has_raw: bool = False


@dataclass(frozen=True)
class FailureDetail(FailureRow):
    """A failure with its kept raw page, decompressed."""

    raw: bytes | None = None


@dataclass(frozen=True)
class FailureGroup:
    """Failures grouped by reason or outlet: ``key`` is the reason code or outlet (or ``None``)."""

    key: str | None
    count: int
    attempts: int
    last_seen: datetime


@dataclass(frozen=True)
class IncompleteArticle:
    """A stored article missing a publication date, a title or a real body (soft failure)."""

    id: int
    url: str
    title: str | None
    outlet: str | None
    published: str | None
    body_length: int
    missing: tuple[str, ...]


@dataclass(frozen=True)
class RunRow:
    """A crawl run with its counters; ``duration`` is ``None`` while it runs."""

    id: int
    sources: tuple[str, ...]
    pid: int | None
    host: str | None
    status: RunStatus
    started_at: datetime
    finished_at: datetime | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def duration(self) -> timedelta | None:
        return None if self.finished_at is None else self.finished_at - self.started_at


@dataclass(frozen=True)
class RawVersion:
    """A stored version's raw page, for reprocessing without the network."""

    version_id: int
    article_id: int
    number: int
    url: str
    raw: bytes
    fetched_at: datetime
    outlet: str | None = None
    published_date: date | None = None
    record: dict[str, Any] | None = None  # the version's stored record (spec JSON), to skip unchanged rewrites
