"""Downloader middlewares: incremental fetching, request counting and a size cap after decompression.

``IncrementalMiddleware`` looks up each article URL's stored state: pages remembered as "seen"
(about no tracked show) and stored articles whose feed/sitemap ``lastmod`` is unchanged are not
fetched again (``SkipPage``, counted ``skipped``); other known articles get conditional headers
(``If-None-Match`` / ``If-Modified-Since``), so an unchanged page costs a 304. Failures of every
kind reach the spider's errback (``scraper.spiders.base.ArticleSpider.on_error``), which turns
them into failure records.

``RobotsTxtMiddleware`` replaces Scrapy's: with the asyncio reactor, Scrapy 2.19 hands the parsed
robots.txt only to the first request that waited for it, and every other request queued for the
same host meanwhile was let through unchecked.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from pipelines.urls import normalize_url
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
        key = normalize_url(request.url)
        if key in run.fetching:  # a second source dated it later, but this run fetches it already
            raise SkipPage("skipped", "already fetched in this run")
        self._check_state(run, request)
        run.fetching.add(key)

    def _check_state(self, run: RunState, request: Request) -> None:
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


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, where every request waiting for a host's robots.txt gets its parser.

    Scrapy awaits the host's pending ``Deferred`` once per waiting request; the first await consumes
    the result and later ones receive ``None`` ("no robots.txt"), so concurrent first requests to a
    host (``failures retry --refetch``, a feed linking to several outlets) ignored robots.txt. Here
    each waiter gets a ``Deferred`` of its own, fed from the shared one.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        """The host's parser (``None`` when its robots.txt could not be fetched)."""
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        waiter: Deferred[RobotParser | None] = Deferred()

        def relay(result: Any) -> Any:
            waiter.callback(result)
            return result  # keep the result for the next waiter

        pending.addBoth(relay)
        return await maybe_deferred_to_future(waiter)
