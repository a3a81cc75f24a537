"""Downloader middlewares against a real database: skips, conditional requests, request counts, the size cap."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from pipelines.extract import extract
from pipelines.failures import FailureInfo, Reason, Stage
from scraper.config import parse_config
from scraper.middlewares import IncrementalMiddleware, SizeCapMiddleware
from scraper.runstate import RunState
from scraper.spiders.base import ARTICLE, DISCOVERY
from scraper.spiders.errors import SkipPage
from storage.db import Database
from storage.writes import FetchInfo, record_failure, remember_seen, store_article

SITE = Path(__file__).parent / "site"
BASE = "http://outlet.test"
STORED = BASE + "/news/2025/02/trauma-code-cast-interview.html"
SEEN = BASE + "/news/2025/01/winter-box-office-roundup.html"
FAILED = BASE + "/news/2025/05/trauma-code-server-error.html"
LASTMOD = "2025-02-03T10:30:00Z"


def _fetch(url: str, **extra: Any) -> FetchInfo:
    return FetchInfo(url=url, final_url=url, status=200, fetched_at=datetime.now(UTC), **extra)


@pytest.fixture
def middleware(db: Database) -> tuple[IncrementalMiddleware, RunState]:
    body = (SITE / "news/2025/02/trauma-code-cast-interview.html").read_bytes().replace(b"{base}", BASE.encode())
    with db.session() as session:
        store_article(session, extract(body, STORED), raw=body,
                      fetch=_fetch(STORED, etag='"v1"', last_modified="Mon, 03 Feb 2025 10:30:00 GMT", lastmod=LASTMOD))
        remember_seen(session, fetch=_fetch(SEEN), title="Winter box office roundup", outlet="Stagelight Daily")
        record_failure(session, FailureInfo(FAILED, Stage.FETCH, Reason.HTTP_ERROR, "HTTP 500", http_status=500))
    config = parse_config({"shows": [{"slug": "the-trauma-code", "title": "The Trauma Code: Heroes on Call"}]}, "t")
    run = RunState(config, db)
    crawler = SimpleNamespace(spider=SimpleNamespace(run=run))
    return IncrementalMiddleware(crawler), run  # type: ignore[arg-type]


def _article(url: str, **meta: Any) -> Request:
    return Request(url, meta={"showbeat": ARTICLE, **meta})


def test_unknown_pages_are_fetched_plainly_and_counted(middleware: tuple[IncrementalMiddleware, RunState]) -> None:
    mw, run = middleware
    request = _article(BASE + "/news/2025/06/brand-new-story.html")
    assert mw.process_request(request) is None
    assert b"If-None-Match" not in request.headers and run.counts["requests"] == 1


def test_stored_article_with_unchanged_lastmod_is_skipped(middleware: tuple[IncrementalMiddleware, RunState]) -> None:
    mw, run = middleware
    with pytest.raises(SkipPage) as skip:
        mw.process_request(_article(STORED + "?utm_source=rss", lastmod=LASTMOD))
    assert skip.value.count == "skipped" and run.counts["requests"] == 0


@pytest.mark.parametrize("lastmod", [None, "2025-02-04T08:00:00Z"])
def test_stored_article_gets_a_conditional_request(middleware: tuple[IncrementalMiddleware, RunState],
                                                   lastmod: str | None) -> None:
    mw, run = middleware
    request = _article(STORED, lastmod=lastmod)
    mw.process_request(request)
    assert request.headers[b"If-None-Match"] == b'"v1"'
    assert request.headers[b"If-Modified-Since"] == b"Mon, 03 Feb 2025 10:30:00 GMT"
    assert run.counts["requests"] == 1


def test_seen_pages_are_not_fetched_again(middleware: tuple[IncrementalMiddleware, RunState]) -> None:
    mw, _ = middleware
    with pytest.raises(SkipPage, match="seen before"):
        mw.process_request(_article(SEEN))


def test_failed_pages_are_fetched_again_in_full(middleware: tuple[IncrementalMiddleware, RunState]) -> None:
    mw, _ = middleware
    request = _article(FAILED)
    mw.process_request(request)
    assert not request.headers


def test_forced_discovery_and_retried_requests_are_not_checked(
        middleware: tuple[IncrementalMiddleware, RunState]) -> None:
    mw, run = middleware
    mw.process_request(_article(SEEN, force=True))  # refetch of given URLs
    mw.process_request(Request(STORED, meta={"showbeat": DISCOVERY}))
    mw.process_request(_article(SEEN, showbeat_checked=True))  # a retry of a request already checked
    assert run.counts["requests"] == 3


def test_spiders_without_a_run_are_left_alone() -> None:
    mw = IncrementalMiddleware(SimpleNamespace(spider=SimpleNamespace()))  # type: ignore[arg-type]
    assert mw.process_request(_article(SEEN)) is None


def test_size_cap() -> None:
    cap = SizeCapMiddleware(10)
    small = Response(url=BASE, body=b"0123456789")
    assert cap.process_response(Request(BASE), small) is small
    with pytest.raises(IgnoreRequest, match="over the download max size"):
        cap.process_response(Request(BASE), Response(url=BASE, body=b"0123456789!"))
    assert SizeCapMiddleware(0).process_response(Request(BASE), small) is small
