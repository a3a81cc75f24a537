"""The base of the config-driven spiders: article requests, limits, responses to items, errbacks.

A subclass reads one ``Source`` (feed, sitemap, listing) or a list of URLs and calls
``article_request`` for each entry; everything after that is shared here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Self

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from pipelines.failures import FailureInfo, Reason, Stage
from pipelines.urls import normalize_url
from scraper.config import Source
from scraper.items import FailedPage, RawPage
from scraper.runstate import RunState
from scraper.spiders.entries import is_newer
from scraper.spiders.errors import Counted, check_response, failure_from_error, http_charset
from scraper.spiders.links import allowed, non_article_reason, without_tracking

ARTICLE = "article"
DISCOVERY = "discovery"


class ArticleSpider(Spider):
    """Shared behaviour; subclasses implement ``start`` (discovery) for their source kind."""

    name = "showbeat"

    def __init__(self, *, run: RunState, source: Source | None = None, **kwargs: Any) -> None:
        label = source.name if source else "urls"
        super().__init__(name=f"{self.name}:{label}", **kwargs)
        self.run = run
        self.source = source
        self._article_count = 0
        self._validate()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        """The spider, listening for exceptions in its own callbacks (they become failure records)."""
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_spider_error, signal=signals.spider_error)
        return spider

    def on_spider_error(self, failure: Failure, response: Response | Failure, spider: Spider) -> None:
        """A bug in a callback must not lose the page silently: record an ``extract_error``."""
        if spider is not self or not isinstance(response, Response):
            return
        from pipelines.scrapy_pipelines import store_failure

        url = response.meta.get("entry_url", response.url)
        exc = failure.value
        store_failure(self.run, FailureInfo(url=url, stage=Stage.EXTRACT, reason=Reason.EXTRACT_ERROR,
                                            message=f"{type(exc).__name__}: {exc}", outlet=self.outlet_for(url),
                                            http_status=response.status, raw=response.body or None))

    def _validate(self) -> None:
        """Spider arguments are checked at start-up, not when the first response arrives."""
        if not isinstance(self.run, RunState):
            raise TypeError(f"{type(self).__name__} needs run=RunState, got {type(self.run).__name__}")

    @property
    def max_pages(self) -> int:
        """Article pages this spider may request: the source's ``max_pages``, else the crawl-wide limit."""
        own = self.source.max_pages if self.source else None
        return own or self.run.config.crawl.max_pages_per_source

    @property
    def source_name(self) -> str | None:
        return self.source.name if self.source else None

    def outlet_for(self, url: str) -> str | None:
        """The outlet a page of this spider belongs to."""
        return self.run.outlet_for(url, self.source.outlet if self.source else None)

    def wants(self, url: str) -> bool:
        """Whether ``url`` may be an article this source should fetch (kind filters, allow/deny)."""
        if non_article_reason(url) is not None:
            return False
        return self.source is None or allowed(url, self.source.allow, self.source.deny)

    def article_request(self, url: str, *, lastmod: str | None = None, force: bool = False) -> Request | None:
        """The request of one article page, or ``None`` if it is filtered, a duplicate or over the limit.

        Analytics parameters are dropped first: every source then fetches (and records) the page
        under the same address, so which source comes first does not change the stored URL.
        """
        url = without_tracking(url)
        if not force and not self.wants(url):
            return None
        key = normalize_url(url)
        # One request per article and run, even when several sources list it -- unless this entry dates
        # the page later than the one already requested: a feed's publication date may have let the
        # incremental check skip a page that a sitemap's newer lastmod says has changed.
        if key in self.run.requested:
            if not is_newer(lastmod, self.run.requested[key]):
                return None
        elif self._article_count >= self.max_pages:
            return None
        else:
            self._article_count += 1
        self.run.requested[key] = lastmod
        # dont_filter: we dedupe above; the dupefilter would silently drop redirects that revisit a URL,
        # and a dropped request never reaches its errback.
        return Request(url, callback=self.parse_article, errback=self.on_error, dont_filter=True,
                       meta={"showbeat": ARTICLE, "lastmod": lastmod, "force": force, "entry_url": url})

    def discovery_request(self, url: str, callback: Callable[..., Any], **meta: Any) -> Request:
        """The request of a feed, sitemap or listing page."""
        return Request(url, callback=callback, errback=self.on_error, dont_filter=True,
                       meta={"showbeat": DISCOVERY, "entry_url": url, **meta})

    def parse_article(self, response: Response) -> Iterator[RawPage | FailedPage]:
        """An article response becomes a ``RawPage``, or a ``FailedPage`` when it is unusable."""
        url = response.meta.get("entry_url", response.url)
        problem = check_response(response, url, self.outlet_for(url))
        if problem is not None:
            yield self.failed(problem)
            return
        yield RawPage(url=url, final_url=response.url, status=response.status, body=response.body,
                      fetched_at=datetime.now(UTC), source=self.source_name, outlet=self.outlet_for(url),
                      headers=_headers(response), lastmod=response.meta.get("lastmod"),
                      encoding=http_charset(response))

    def discovery_problem(self, response: Response) -> FailedPage | None:
        """A failure when a feed/sitemap/listing response is empty (a spider cannot read nothing)."""
        if response.body.strip():
            return None
        url = response.meta.get("entry_url", response.url)
        problem = check_response(response, url, self.outlet_for(url))
        return self.failed(problem) if problem else None

    def on_error(self, failure: Failure) -> Iterator[FailedPage]:
        """Errback of every request: skips and 304s are counted, the rest become failure records."""
        request = failure.request  # type: ignore[attr-defined]
        url = request.meta.get("entry_url", request.url)
        result = failure_from_error(failure, url, self.outlet_for(url))
        if isinstance(result, Counted):
            self.run.count(result.count)
            return
        yield self.failed(result)

    def failed(self, info: FailureInfo) -> FailedPage:
        """Wrap a failure for the item pipeline."""
        return FailedPage(info=info, source=self.source_name)

    async def start(self) -> AsyncIterator[Request]:
        """Subclasses yield their discovery requests."""
        raise NotImplementedError
        yield  # pragma: no cover - makes this an async generator


def _headers(response: Response) -> MappingProxyType[str, str]:
    """Response headers as lower-case ``str`` names and values (last value wins)."""
    return MappingProxyType({
        key.decode("latin-1").lower(): values[-1].decode("latin-1")
        for key, values in response.headers.items() if values
    })
