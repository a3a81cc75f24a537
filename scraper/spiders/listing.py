"""The listing spider: a section page whose article-looking links are followed, with bounded pagination."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator

from scrapy import Request
from scrapy.http import Response, TextResponse

from pipelines.urls import absolutize
from scraper.items import FailedPage
from scraper.spiders.base import ArticleSpider
from scraper.spiders.links import looks_like_article, same_site

_NEXT_TEXT = re.compile(r"^\s*(next|next page|older|older posts|more stories|load more|›|»|→)\s*[›»→]?\s*$",
                        re.IGNORECASE)


class ListingSpider(ArticleSpider):
    """Reads ``source.url`` and up to ``max_listing_pages`` pages after it."""

    name = "listing"

    async def start(self) -> AsyncIterator[Request]:
        """The first listing page."""
        assert self.source is not None
        yield self.discovery_request(self.source.url, self.parse_listing, page=1)

    def parse_listing(self, response: Response) -> Iterator[Request | FailedPage]:
        """Article requests for the page's article links, then the next page while within bounds."""
        problem = self.discovery_problem(response)
        if problem is not None:
            yield problem
            return
        if not isinstance(response, TextResponse):
            return
        for url in article_links(response):
            if request := self.article_request(url):
                yield request
        page = response.meta.get("page", 1)
        following = next_page(response)
        if following and page < self.run.config.crawl.max_listing_pages:
            yield self.discovery_request(following, self.parse_listing, page=page + 1)


def article_links(response: TextResponse) -> list[str]:
    """Same-site links of the page that look like articles, in page order, without duplicates."""
    seen: dict[str, None] = {}
    for href in response.css("a::attr(href)").getall():
        url = absolutize(href, response.url)
        if url and same_site(url, response.url) and looks_like_article(url):
            seen.setdefault(url.split("#")[0], None)
    return list(seen)


def next_page(response: TextResponse) -> str | None:
    """The next listing page: ``rel="next"`` links first, then links named "next"/"older"."""
    for href in response.css('link[rel~="next"]::attr(href), a[rel~="next"]::attr(href)').getall():
        if url := absolutize(href, response.url):
            return url
    for anchor in response.css("a[href]"):
        text = " ".join(anchor.css("::text").getall())
        if _NEXT_TEXT.match(text) and (url := absolutize(anchor.attrib["href"], response.url)):
            return url
    return None
