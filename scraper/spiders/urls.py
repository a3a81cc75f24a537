"""The urls spider: fetch given article URLs again (``showbeat failures retry --refetch``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from scrapy import Request

from scraper.runstate import RunState
from scraper.spiders.base import ArticleSpider


class UrlsSpider(ArticleSpider):
    """Requests each URL once, unconditionally: no article filters, no incremental skips."""

    name = "urls"

    def __init__(self, *, run: RunState, urls: Sequence[str], **kwargs: Any) -> None:
        super().__init__(run=run, source=None, **kwargs)
        self.urls = tuple(urls)
        if not self.urls:
            raise ValueError("UrlsSpider needs at least one URL")

    @property
    def max_pages(self) -> int:
        return len(self.urls)

    async def start(self) -> AsyncIterator[Request]:
        """One request per URL."""
        for url in self.urls:
            if request := self.article_request(url, force=True):
                yield request
