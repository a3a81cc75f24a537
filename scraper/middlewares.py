"""Downloader middlewares: incremental fetching, request counting and a size cap after decompression.

``IncrementalMiddleware`` looks up each article URL's stored state: pages remembered as "seen"
(about no tracked show) and stored articles whose feed/sitemap ``lastmod`` is unchanged are not
fetched again (``SkipPage``, counted ``skipped``); other known articles get conditional headers
(``If-None-Match`` / ``If-Modified-Since``), so an unchanged page costs a 304. Failures of every
kind reach the spider's errback (``scraper.spiders.base.ArticleSpider.on_error``), which turns
them into failure records.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from scraper.runstate import RunState
from scraper.spiders.base import ARTICLE
from scraper.spiders.errors import SkipPage


def _run_of(crawler: Crawler) -> RunState | None:
    spider: Spider | None = crawler.spider
    run = getattr(spider, "run", None)
    return run if isinstance(run, RunState) else None


class IncrementalMiddleware:
    """Skip known pages, make conditional requests, count requests sent."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        """Raise ``SkipPage`` for known pages, add validators to the rest, count the request."""
        run = _run_of(self.crawler)
        if run is None:
            return
        first_try = not request.meta.get("showbeat_checked")
        if request.meta.get("showbeat") == ARTICLE and not request.meta.get("force") and first_try:
            request.meta["showbeat_checked"] = True  # retries and redirects were already checked
            self._check(run, request)
        run.count("requests")

    def _check(self, run: RunState, request: Request) -> None:
        state = _state_of(run, request.url)
        if state is None:
            return
        if state.kind == "seen":
            raise SkipPage("skipped", "seen before: about no tracked show")
        if state.kind != "article":
            return  # a failed page is fetched again in full
        lastmod = request.meta.get("lastmod")
        if lastmod and state.lastmod == lastmod:
            raise SkipPage("skipped", f"stored and unchanged since {lastmod}")
        if state.etag:
            request.headers["If-None-Match"] = state.etag
        if state.last_modified:
            request.headers["If-Modified-Since"] = state.last_modified


def _state_of(run: RunState, url: str) -> Any:
    if run.database is None:
        return None
    from storage.writes import page_states

    with run.database.session() as session:
        return page_states(session, [url]).get(url)


class SizeCapMiddleware:
    """``too_large`` for bodies over ``DOWNLOAD_MAXSIZE`` that slipped past the download handler's cap
    (decompressed content, or servers that send no ``Content-Length``)."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SizeCapMiddleware:
        return cls(crawler.settings.getint("DOWNLOAD_MAXSIZE"))

    def process_response(self, request: Request, response: Response) -> Response:
        """Pass the response on, unless it is bigger than the cap."""
        if self.maxsize and len(response.body) > self.maxsize:
            raise IgnoreRequest(f"received {len(response.body)} bytes, over the download max size ({self.maxsize})")
        return response
