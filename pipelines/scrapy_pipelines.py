"""The one thin module of Scrapy item pipelines: extract each fetched page and hand it to storage.

``StorePipeline`` receives the spiders' ``RawPage`` and ``FailedPage`` items. A page is parsed
once, extracted (``pipelines.extract``), checked (``pipelines.quality.assess``: no body, a
JavaScript shell) and stored in its own short transaction, so a killed crawl loses at most the
page in flight. Pages about no tracked show are remembered as "seen"; anything that goes wrong
becomes a failure record and the crawl goes on.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler

from pipelines.extract import extract_page
from pipelines.failures import FailureInfo, PageFailure, Reason, Stage
from pipelines.parse import Page, parse_page
from pipelines.record import ArticleRecord
from scraper.items import FailedPage, RawPage
from scraper.runstate import RunState

logger = logging.getLogger(__name__)
_SCRIPT_ONLY_TEXT = 200  # characters of visible text below which a script-heavy page is a JS shell


class StorePipeline:
    """Extract, assess and store pages; store failures; keep the run's counts."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    @property
    def run(self) -> RunState:
        run = getattr(self.crawler.spider, "run", None)
        if not isinstance(run, RunState):
            raise TypeError("StorePipeline needs a spider with a RunState (see scraper.crawl.run_crawl)")
        return run

    def process_item(self, item: Any) -> Any:
        """Store one item; always hand it on (other pipelines or feed exports may want it)."""
        if isinstance(item, FailedPage):
            store_failure(self.run, item.info)
        elif isinstance(item, RawPage):
            store_page(self.run, item)
        return item

    def close_spider(self) -> None:
        """Flush the counts so the run row is current when the spider ends."""
        self.run.maybe_flush(force=True)


def store_page(run: RunState, page: RawPage) -> None:
    """Extract and store one page, or record why that failed."""
    try:
        parsed, record = extract_raw(run, page)
        problem = assess(page, parsed, record)
    except Exception as exc:  # any bug in extraction must not stop the crawl
        logger.exception("extraction failed for %s", page.url)
        store_failure(run, _page_failure(page, Stage.EXTRACT, Reason.EXTRACT_ERROR, f"{type(exc).__name__}: {exc}"))
        return
    if problem is not None:
        store_failure(run, problem)
        return
    try:
        _store(run, page, record)
    except Exception as exc:  # a database error for one page: record it, go on
        logger.exception("storing failed for %s", page.url)
        store_failure(run, _page_failure(page, Stage.STORE, Reason.STORE_ERROR, f"{type(exc).__name__}: {exc}"))


def extract_raw(run: RunState, page: RawPage) -> tuple[Page, ArticleRecord]:
    """Parse once and extract the record (the same path as ``showbeat extract``)."""
    parsed = parse_page(page.body, page.final_url, declared_encoding=page.encoding)
    return parsed, extract_page(parsed, config=run.config)


def _store(run: RunState, page: RawPage, record: ArticleRecord) -> None:
    from storage.writes import remember_seen, store_article

    fetch = fetch_info(page)
    with run.database.session() as session:
        if not record.shows:
            remember_seen(session, fetch=fetch, title=record.title, outlet=record.outlet.name, run_id=run.run_id)
            status = "seen"
        else:
            status = store_article(session, record, raw=page.body, fetch=fetch, run_id=run.run_id).status
    run.count(status)


def fetch_info(page: RawPage) -> Any:
    """The storage ``FetchInfo`` of a fetched page."""
    from storage.writes import FetchInfo

    return FetchInfo(url=page.url, final_url=page.final_url, status=page.status, fetched_at=page.fetched_at,
                     etag=page.etag, last_modified=page.last_modified, lastmod=page.lastmod, source=page.source)


def store_failure(run: RunState, info: FailureInfo) -> None:
    """Record a failure in its own transaction and count it."""
    from storage.writes import record_failure

    run.count("failures")
    try:
        with run.database.session() as session:
            record_failure(session, info, run_id=run.run_id)
    except Exception:  # the database itself is failing; the log is all that is left
        logger.exception("could not record the failure of %s (%s)", info.url, info.reason)


def assess(page: RawPage, parsed: Page, record: ArticleRecord) -> FailureInfo | None:
    """A failure for a page without a usable article (``no_body``, ``js_shell``, binary or undecodable text)."""
    try:
        from pipelines.quality import assess as quality_assess
    except ImportError:  # the quality module may not exist yet; fall back to an empty-body check
        return _fallback_assess(page, parsed, record)
    try:
        verdict = quality_assess(parsed, record)
    except PageFailure as failure:
        return _page_failure(page, failure.stage, failure.reason, failure.message)
    if verdict is None:
        return None
    reason, message = verdict
    return _page_failure(page, _STAGE_OF.get(reason, Stage.EXTRACT), reason, message)


_STAGE_OF = {Reason.BINARY_CONTENT: Stage.DECODE, Reason.UNDECODABLE: Stage.DECODE}


def _fallback_assess(page: RawPage, parsed: Page, record: ArticleRecord) -> FailureInfo | None:
    if record.body.strip():
        return None
    visible = parsed.tree.xpath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
    text = " ".join(" ".join(str(t) for t in visible).split())
    if b"<script" in page.body.lower() and len(text) < _SCRIPT_ONLY_TEXT:
        return _page_failure(page, Stage.EXTRACT, Reason.JS_SHELL, "the page is a JavaScript shell without text")
    return _page_failure(page, Stage.EXTRACT, Reason.NO_BODY, "no article body found")


def _page_failure(page: RawPage, stage: Stage, reason: Reason, message: str) -> FailureInfo:
    return FailureInfo(url=page.url, stage=stage, reason=reason, message=message, outlet=page.outlet,
                       http_status=page.status, raw=page.body, content_type=page.content_type)
