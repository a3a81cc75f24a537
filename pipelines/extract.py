"""One page in, one article record out: the path shared by the crawl and ``showbeat extract``."""

from __future__ import annotations

from typing import Any

from pipelines.body import extract_body
from pipelines.context import resolve_config
from pipelines.embeds import extract_embeds
from pipelines.facts import extract_facts
from pipelines.metadata import extract_metadata
from pipelines.parse import Page, parse_page
from pipelines.record import ArticleRecord
from pipelines.relevance import match_shows


def extract(html: str | bytes, url: str, *, config: Any = None, facts: bool = True,
            encoding: str | None = None) -> ArticleRecord:
    """Extract the article record of one page.

    ``html`` is the page as text or raw bytes (decoded with ``encoding``, the HTTP charset,
    when given); ``url`` is the URL it was fetched from; ``config`` an ``ExtractConfig`` or a
    ``scraper.config.Config`` (default: the bundled tracked show); ``facts=False`` skips the
    fact stages. Never raises on malformed input: an unusable page gives an empty body.
    """
    page = parse_page(html, url, declared_encoding=encoding)
    return extract_page(page, config=config, facts=facts)


def extract_page(page: Page, *, config: Any = None, facts: bool = True) -> ArticleRecord:
    """``extract`` for an already parsed page."""
    cfg = resolve_config(config)
    meta = extract_metadata(page, cfg)
    posts = extract_embeds(page)
    body = extract_body(page, meta)
    shows = match_shows(meta.title, body, cfg.shows)
    record_facts = ()
    if facts:
        tracked = tuple(s for s in cfg.shows)
        record_facts = extract_facts(body, published=meta.published, outlet=meta.outlet.name,
                                     shows=tracked, about=shows)
    return ArticleRecord(
        url=page.url,
        canonical_url=meta.canonical_url,
        outlet=meta.outlet,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        language=meta.language,
        body=body,
        shows=shows,
        social_posts=posts,
        facts=record_facts,
    )
