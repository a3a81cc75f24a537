"""The sitemap spider: a sitemap index, urlsets and Google News sitemaps, plain or gzipped, newest first."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from scrapy import Request
from scrapy.http import Response

from scraper.items import FailedPage
from scraper.spiders.base import ArticleSpider
from scraper.spiders.entries import maybe_gunzip, sitemap_entries
from scraper.spiders.feed import not_a_document

MAX_SITEMAP_DEPTH = 3  # an index of indexes of sitemaps is as deep as real sites go


class SitemapSpider(ArticleSpider):
    """Reads ``source.url`` as a sitemap or sitemap index."""

    name = "sitemap"

    async def start(self) -> AsyncIterator[Request]:
        """The sitemap (or index) itself."""
        assert self.source is not None
        yield self.discovery_request(self.source.url, self.parse_sitemap, depth=0)

    def parse_sitemap(self, response: Response) -> Iterator[Request | FailedPage]:
        """Child sitemaps of an index, or article requests of a urlset (newest first)."""
        problem = self.discovery_problem(response)
        if problem is not None:
            yield problem
            return
        body = maybe_gunzip(response.body, max_size=self.run.config.crawl.max_page_bytes * 10)
        kind, entries = sitemap_entries(body)
        if not kind:
            yield self.failed(not_a_document(response, self.outlet_for(response.url), "a sitemap or sitemap index"))
            return
        depth = response.meta.get("depth", 0)
        for entry in entries:
            url = response.urljoin(entry.url)
            if kind == "sitemapindex" and depth < MAX_SITEMAP_DEPTH:
                yield self.discovery_request(url, self.parse_sitemap, depth=depth + 1)
            elif kind == "urlset" and (request := self.article_request(url, lastmod=entry.lastmod)):
                yield request
