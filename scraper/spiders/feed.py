"""The feed spider: one RSS 2.0, Atom or RSS 1.0 (RDF) feed; each entry's link is an article request."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from scrapy import Request
from scrapy.http import Response

from scraper.items import FailedPage
from scraper.spiders.base import ArticleSpider
from scraper.spiders.entries import feed_entries


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
        for entry in feed_entries(response.body):
            request = self.article_request(response.urljoin(entry.url), lastmod=entry.lastmod)
            if request is not None:
                yield request
