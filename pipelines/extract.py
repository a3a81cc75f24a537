"""One page in, one article record out: the path shared by the crawl and ``showbeat extract``.

Stages run in a fixed order on one parsed tree that none of them changes: metadata, embeds,
body, relevance, then facts. By default facts are read only from pages about a tracked show
(the crawl stores no other page, so their facts would be thrown away); ``facts=True`` reads
them from any page and ``facts=False`` from none. ``extract`` never raises: a stage that
fails on a hostile page leaves its fields empty (the crawl's quality check then turns an empty body into a failure
record), and ``extract_page(..., strict=True)`` lets tests see the real error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from pipelines.body import extract_body
from pipelines.context import resolve_config
from pipelines.embeds import extract_embeds
from pipelines.facts import extract_facts
from pipelines.metadata import Metadata, extract_metadata
from pipelines.parse import Page, parse_page
from pipelines.record import ArticleRecord, Outlet, SocialPost
from pipelines.relevance import match_shows
from pipelines.urls import domain_of

log = logging.getLogger(__name__)
T = TypeVar("T")

FactsMode = bool | Literal["auto"]
"""``True``: always read facts; ``False``: never; ``"auto"``: when the page is about a tracked show."""


def extract(html: str | bytes, url: str, *, config: Any = None, facts: FactsMode = "auto",
            encoding: str | None = None) -> ArticleRecord:
    """Extract the article record of one page.

    ``html`` is the page as text or raw bytes (decoded with ``encoding``, the HTTP charset,
    when given); ``url`` is the URL it was fetched from; ``config`` an ``ExtractConfig`` or a
    ``scraper.config.Config`` (default: the bundled tracked show). ``facts`` says when the fact
    stages run: ``"auto"`` (default) when the article is about a tracked show, ``True`` always,
    ``False`` never. Never raises on malformed input: an unusable page gives an empty body.
    """
    page = parse_page(html, url, declared_encoding=encoding)
    return extract_page(page, config=config, facts=facts)


def extract_page(page: Page, *, config: Any = None, facts: FactsMode = "auto",
                 strict: bool = False) -> ArticleRecord:
    """``extract`` for an already parsed page; ``strict=True`` lets stage errors propagate."""
    cfg = resolve_config(config)
    meta = _guard(strict, lambda: extract_metadata(page, cfg), lambda: _bare_metadata(page))
    posts: tuple[SocialPost, ...] = _guard(strict, lambda: extract_embeds(page), tuple)
    body = _guard(strict, lambda: extract_body(page, meta), str)
    shows: tuple[str, ...] = _guard(strict, lambda: match_shows(meta.title, body, cfg.shows), tuple)
    record_facts: tuple = ()
    if facts is True or (facts == "auto" and shows):
        record_facts = _guard(strict, lambda: tuple(extract_facts(
            body, published=meta.published, outlet=meta.outlet.name, shows=cfg.shows, about=shows)), tuple)
    return ArticleRecord(
        url=page.url, canonical_url=meta.canonical_url, outlet=meta.outlet, title=meta.title,
        authors=meta.authors, published=meta.published, modified=meta.modified, language=meta.language,
        body=body, shows=shows, social_posts=posts, facts=record_facts,
    )


def _guard(strict: bool, stage: Callable[[], T], fallback: Callable[[], T]) -> T:
    """Run one stage; outside strict mode a failure is logged and gives the empty value."""
    if strict:
        return stage()
    try:
        return stage()
    except Exception:  # a broken page must never stop a crawl (DESIGN: principles)
        log.exception("an extraction stage failed; its fields stay empty")
        return fallback()


def _bare_metadata(page: Page) -> Metadata:
    domain = domain_of(page.url) if isinstance(page.url, str) else None
    return Metadata(None, Outlet(None, domain), None, (), None, None, None)
