"""Every kind of broken page ends as a failure record with the right stage and reason; the crawl goes on.

Runs on SQLite and PostgreSQL (the ``db_url`` fixture).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import pipelines.scrapy_pipelines as store_module
from pipelines.failures import Reason, Stage
from scraper.config import load_config
from scraper.items import RawPage
from scraper.localsite import LocalSite
from scraper.runstate import RunState
from storage import reads
from storage.db import open_database
from tests.crawl_helpers import SITE_ROOT, run_crawl_process, site, write_config

__all__ = ["site"]

EXPECTED = {  # path under /news/2025/05/ (or the full path) -> (stage, reason, HTTP status)
    "/private/trauma-code-leak.html": ("fetch", "robots_disallowed", None),
    "missing-trauma-code-story.html": ("fetch", "http_error", 404),
    "trauma-code-server-error.html": ("fetch", "http_error", 500),
    "trauma-code-loop-a.html": ("fetch", "redirect_loop", None),
    "trauma-code-slow.html": ("fetch", "timeout", None),
    "trauma-code-press-kit.html": ("fetch", "not_html", 200),
    "trauma-code-binary.html": ("decode", "binary_content", 200),
    "trauma-code-empty.html": ("fetch", "empty_response", 200),
    "trauma-code-huge.html": ("fetch", "too_large", None),
    "trauma-code-js-app.html": ("extract", "js_shell", 200),
    "trauma-code-bad-charset.html": ("decode", "undecodable", 200),
    "trauma-code-refused.html": ("fetch", "connection_error", None),
}


def _key(url: str) -> str:
    return "/private/trauma-code-leak.html" if "/private/" in url else url.rsplit("/", 1)[-1]


@pytest.mark.slow
def test_broken_pages_become_failures_and_the_crawl_goes_on(site: LocalSite, tmp_path: Path, db_url: str) -> None:
    summary = run_crawl_process(write_config(tmp_path / "c.toml", site.base_url, db_url, only=["broken"]))
    assert summary["status"] == "finished"
    assert summary["counts"]["new"] == 1
    database = open_database(db_url)
    with database.session() as session:
        failures = reads.list_failures(session)
        articles = reads.list_articles(session)
        (run,) = reads.list_runs(session)
    database.dispose()
    got = {_key(f.url): (f.stage, f.reason, f.http_status) for f in failures}
    assert got == EXPECTED
    assert all(f.outlet == "Stagelight Daily" for f in failures)
    assert [a.url.rsplit("/", 1)[-1] for a in articles] == ["trauma-code-moved-here.html"]  # after its redirect
    assert run.status == "finished" and run.counts["failures"] == len(EXPECTED)


def _run(db_url: str, tmp_path: Path) -> RunState:
    config = load_config(write_config(tmp_path / "c.toml", "http://127.0.0.1:9", db_url, only=["atom"]))
    return RunState(config, open_database(db_url))


def _page() -> RawPage:
    path = "news/2025/02/trauma-code-cast-interview.html"
    body = (SITE_ROOT / path).read_bytes().replace(b"{base}", b"http://outlet.test")
    return RawPage(url="http://outlet.test/" + path, final_url="http://outlet.test/" + path, status=200, body=body,
                   fetched_at=datetime.now(UTC), outlet="Stagelight Daily",
                   headers={"content-type": "text/html; charset=utf-8"}, encoding="utf-8")


def _only_failure(run: RunState) -> reads.FailureRow:
    with run.database.session() as session:
        (failure,) = reads.list_failures(session)
        assert reads.list_articles(session) == []
    return failure


def test_an_exception_in_extraction_is_an_extract_error(db_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("parser exploded")

    monkeypatch.setattr(store_module, "extract_page", broken)
    run = _run(db_url, tmp_path)
    store_module.store_page(run, _page())
    failure = _only_failure(run)
    assert (failure.stage, failure.reason) == (Stage.EXTRACT, Reason.EXTRACT_ERROR)
    assert "ValueError: parser exploded" in (failure.message or "")
    assert run.counts["failures"] == 1
    run.database.dispose()


def test_a_database_error_while_storing_is_a_store_error(db_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.writes

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(storage.writes, "store_article", broken)
    run = _run(db_url, tmp_path)
    store_module.store_page(run, _page())
    failure = _only_failure(run)
    assert (failure.stage, failure.reason) == (Stage.STORE, Reason.STORE_ERROR)
    assert "disk on fire" in (failure.message or "")
    run.database.dispose()


def test_a_good_page_is_stored_and_counted(db_url: str, tmp_path: Path) -> None:
    run = _run(db_url, tmp_path)
    store_module.store_page(run, _page())
    store_module.store_page(run, _page())
    with run.database.session() as session:
        (article,) = reads.list_articles(session)
    assert article.versions == 1 and (run.counts["new"], run.counts["unchanged"]) == (1, 1)
    run.database.dispose()


def test_an_exception_in_a_spider_callback_is_recorded(db_url: str, tmp_path: Path) -> None:
    from scrapy import Request
    from scrapy.http import HtmlResponse
    from twisted.python.failure import Failure

    from scraper.spiders import FeedSpider

    run = _run(db_url, tmp_path)
    spider = FeedSpider(run=run, source=run.config.sources[0])
    url = "http://outlet.test/atom.xml"
    page = HtmlResponse(url=url, body=b"<feed/>", request=Request(url, meta={"entry_url": url}))
    try:
        raise KeyError("surprise")
    except KeyError:
        spider.on_spider_error(Failure(), page, spider)
    failure = _only_failure(run)
    assert (failure.url, failure.stage, failure.reason) == (url, Stage.EXTRACT, Reason.EXTRACT_ERROR)
    assert "KeyError" in (failure.message or "")
    run.database.dispose()
