"""The feed spider: one RSS 2.0, Atom or RSS 1.0 (RDF) feed; each entry's link is an article request."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from scrapy import Request
from scrapy.http import Response

from pipelines.failures import FailureInfo, Reason, Stage
from scraper.items import FailedPage
from scraper.spiders.base import ArticleSpider
from scraper.spiders.entries import feed_entries, is_feed


def not_a_document(response: Response, outlet: str | None, expected: str) -> FailureInfo:
    """The failure of a source URL that does not hold what its kind promises."""
    ctype = response.headers.get("Content-Type")
    return FailureInfo(url=response.meta.get("entry_url", response.url), stage=Stage.EXTRACT,
                       reason=Reason.EXTRACT_ERROR, message=f"not {expected}: {response.url}", outlet=outlet,
                       http_status=response.status, raw=response.body,
                       content_type=ctype.decode("latin-1") if ctype else None)


class FeedSpider(ArticleSpider):
    """Reads ``source.url`` as a feed (fetched on every run; entries already stored are skipped later)."""

    name = "feed"

    async def start(self) -> AsyncIterator[Request]:
        """The feed itself."""
        assert self.source is not None
        yield self.discovery_request(self.source.url, self.parse_feed)

    def parse_feed(self, response: Response) -> Iterator[Request | FailedPage]:
        """Article requests for the feed's entries, newest first."""
        problem = self.discovery_problem(response)
        if problem is not None:
            yield problem
            return
        entries = feed_entries(response.body)
        if not entries and not is_feed(response.body):
            yield self.failed(not_a_document(response, self.outlet_for(response.url), "an RSS, Atom or RDF feed"))
            return
        for entry in entries:
            request = self.article_request(response.urljoin(entry.url), lastmod=entry.lastmod)
            if request is not None:
                yield request
