"""Whole crawls of the local test site in a child process (``python -m scraper.crawl``), checked in the database."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.localsite import LocalSite
from storage import reads
from storage.db import open_database
from tests.crawl_helpers import (
    GOOD_SOURCES,
    SHOW_ARTICLES,
    child_env,
    copy_site,
    crawl_command,
    run_crawl_process,
    site,
    start_site,
    write_config,
)

__all__ = ["site"]  # the session-scoped test site fixture
pytestmark = pytest.mark.slow


def _paths(urls: list[str], base: str) -> set[str]:
    return {u.removeprefix(base).split("?")[0] for u in urls}


def _articles(db_url: str) -> list[reads.ArticleSummary]:
    database = open_database(db_url)
    try:
        with database.session() as session:
            return reads.list_articles(session)
    finally:
        database.dispose()


@pytest.fixture
def own_site(tmp_path: Path) -> Iterator[LocalSite]:
    """A private copy of the test site that the test may change."""
    with start_site(copy_site(tmp_path / "site")) as running:
        yield running


def test_full_crawl_stores_show_articles_and_skips_the_rest(site: LocalSite, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    summary = run_crawl_process(write_config(tmp_path / "c.toml", site.base_url, db_url, only=GOOD_SOURCES))
    assert summary["status"] == "finished"
    counts = summary["counts"]
    assert (counts["new"], counts["updated"], counts["seen"], counts["failures"]) == (len(SHOW_ARTICLES), 0, 1, 0)
    articles = _articles(db_url)
    assert _paths([a.url for a in articles], site.base_url) == set(SHOW_ARTICLES)
    assert all(a.versions == 1 and a.shows == ("the-trauma-code",) for a in articles)
    assert {a.outlet_name for a in articles} == {"Stagelight Daily"}
    requested = {r.path.split("?")[0] for r in site.requests}
    never = {"/tag/trauma-code/", "/author/mina-calloway/", "/tag/medical-drama/", "/about/", "/category/drama/",
             "/section/drama/page/4/", "/news/2025/04/should-not-be-reached-trauma-code.html",
             "/photos/2025/03/red-carpet-gallery-12345.html", "/video/trauma-code-trailer-123456/"}
    assert not requested & never
    assert "/sitemaps/posts.xml.gz" in requested and "/section/drama/page/3/" in requested


def test_run_row_records_the_counts(site: LocalSite, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    summary = run_crawl_process(write_config(tmp_path / "c.toml", site.base_url, db_url, only=["atom"]))
    database = open_database(db_url)
    with database.session() as session:
        (run,) = reads.list_runs(session)
    database.dispose()
    assert (run.id, run.status, run.sources) == (summary["run_id"], "finished", ("atom",))
    assert run.counts == summary["counts"] and run.counts["new"] == 1
    assert run.counts["requests"] >= 3  # robots.txt, the feed, the article
    assert run.finished_at is not None


def test_second_crawl_sends_conditional_requests_and_a_change_makes_a_version(
        own_site: LocalSite, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    config = write_config(tmp_path / "c.toml", own_site.base_url, db_url, only=GOOD_SOURCES)
    first = run_crawl_process(config)["counts"]
    assert first["new"] == len(SHOW_ARTICLES)
    own_site.clear_requests()
    second = run_crawl_process(config)["counts"]
    assert (second["new"], second["updated"], second["failures"]) == (0, 0, 0)
    assert second["not_modified"] >= 3  # the listing's articles have no lastmod: conditional requests, 304
    assert second["skipped"] >= 5  # feed and sitemap entries with an unchanged lastmod, the "seen" page
    conditional = [r for r in own_site.requests if "If-None-Match" in r.headers]
    assert {r.path for r in conditional} >= {"/news/2025/04/trauma-code-awards-nomination.html",
                                             "/news/2025/04/trauma-code-filming-locations.html"}
    assert not own_site.requests_for("/news/2025/01/winter-box-office-roundup.html")  # seen: not fetched again
    assert {a.versions for a in _articles(db_url)} == {1}

    page = Path(own_site.root or "") / "news/2025/04/trauma-code-filming-locations.html"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "</article>", "<p>Update: a second filming location in Busan has been confirmed by the studio.</p></article>"),
        encoding="utf-8")
    third = run_crawl_process(config)["counts"]
    assert (third["new"], third["updated"]) == (0, 1)
    versions = {a.url.rsplit("/", 1)[-1]: a.versions for a in _articles(db_url)}
    assert versions["trauma-code-filming-locations.html"] == 2
    assert sum(versions.values()) == len(SHOW_ARTICLES) + 1


def test_refetch_given_urls_resolves_a_fixed_failure(own_site: LocalSite, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    config = write_config(tmp_path / "c.toml", own_site.base_url, db_url, only=["atom"])
    url = own_site.url("/news/2025/05/missing-trauma-code-story.html")
    assert run_crawl_process(config, "--url", url)["counts"]["failures"] == 1
    source = Path(own_site.root or "") / "news/2025/02/trauma-code-cast-interview.html"
    (Path(own_site.root or "") / "news/2025/05/missing-trauma-code-story.html").write_bytes(
        source.read_bytes().replace(b"trauma-code-cast-interview", b"missing-trauma-code-story"))
    summary = run_crawl_process(config, "--url", url)
    assert summary["counts"]["new"] == 1
    database = open_database(db_url)
    with database.session() as session:
        assert reads.list_failures(session) == []
        (resolved,) = reads.list_failures(session, include_resolved=True)
        (run,) = [r for r in reads.list_runs(session) if r.id == summary["run_id"]]
    database.dispose()
    assert resolved.resolved and run.sources == ("urls",)


def test_unknown_source_is_a_config_error(site: LocalSite, tmp_path: Path) -> None:
    config = write_config(tmp_path / "c.toml", site.base_url, f"sqlite:///{tmp_path / 'x.db'}", only=["atom"])
    done = subprocess.run(crawl_command(config, "--source", "nope"), capture_output=True, text=True, timeout=60,
                          env=child_env())
    assert done.returncode == 2
    assert "no source named 'nope'" in done.stderr


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The local Redis server (database 9); skipped without one unless ``CI=true``."""
    import os

    import redis

    url = "redis://127.0.0.1:6379/9"
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Redis not reachable at {url}: {error}")
        pytest.skip(f"Redis not reachable at {url}: {error}")
    yield url
    client.close()


@pytest.mark.redis
def test_crawl_through_the_scrapy_redis_scheduler(site: LocalSite, tmp_path: Path, redis_url: str) -> None:
    import json
    import uuid

    import redis

    prefix = f"showbeat-test-{uuid.uuid4().hex[:8]}"
    db_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    config = write_config(tmp_path / "c.toml", site.base_url, db_url, only=["atom", "listing"],
                          extra=f'redis_url = "{redis_url}"')
    client = redis.Redis.from_url(redis_url)
    try:
        done = subprocess.run(crawl_command(config, "-s", "LOG_LEVEL=INFO",
                                            "-s", f"SCHEDULER_QUEUE_KEY={prefix}:%(spider)s:requests",
                                            "-s", f"SCHEDULER_DUPEFILTER_KEY={prefix}:%(spider)s:dupefilter"),
                              capture_output=True, text=True, timeout=60, env=child_env())
        assert client.keys(f"{prefix}:*") == []  # the queue is flushed when the crawl ends
    finally:
        for key in client.keys(f"{prefix}:*"):
            client.delete(key)
        client.close()
    assert done.returncode == 0, done.stderr
    assert "'scheduler/enqueued/redis': " in done.stderr and "'scheduler/dequeued/redis': " in done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["counts"]["new"] == 5 and summary["status"] == "finished"


def test_run_crawl_in_process_reports_progress(site: LocalSite, tmp_path: Path) -> None:
    """``run_crawl`` itself (as the CLI calls it), in a fresh interpreter: progress calls and the summary."""
    import json
    import sys

    config = write_config(tmp_path / "c.toml", site.base_url, f"sqlite:///{tmp_path / 'x.db'}", only=["atom", "rdf"])
    script = (
        "import json, sys\n"
        "from scraper.config import load_config\n"
        "from scraper.crawl import run_crawl\n"
        "calls = []\n"
        "summary = run_crawl(load_config(sys.argv[1]), sources=['rdf'], progress=lambda c: calls.append(dict(c)))\n"
        "print(json.dumps({'calls': calls, 'status': summary.status, 'counts': summary.counts,\n"
        "                  'duration': summary.duration_s}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(config)], capture_output=True, text=True, timeout=60,
                          env=child_env())
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == "finished" and result["counts"]["new"] == 1 and result["duration"] > 0
    assert result["calls"][-1] == result["counts"]
    assert [c["requests"] for c in result["calls"]] == sorted(c["requests"] for c in result["calls"])


def test_unreachable_database_is_a_user_error(site: LocalSite, tmp_path: Path) -> None:
    config = write_config(tmp_path / "c.toml", site.base_url, "postgresql+psycopg://nobody@127.0.0.1:1/none",
                          only=["atom"])
    done = subprocess.run(crawl_command(config), capture_output=True, text=True, timeout=60, env=child_env())
    assert done.returncode == 2 and done.stderr.startswith("showbeat crawl: ")


def test_settings_follow_the_config(tmp_path: Path) -> None:
    from scraper.config import load_config
    from scraper.settings import MIN_DELAY_S, settings_for

    config = load_config(write_config(tmp_path / "c.toml", "http://127.0.0.1:9", "sqlite:///x.db", only=["atom"]))
    settings = settings_for(config)
    assert settings["ROBOTSTXT_OBEY"] is True and settings["AUTOTHROTTLE_ENABLED"] is False
    assert settings["DOWNLOAD_DELAY"] == MIN_DELAY_S  # delay = 0: the smallest delay that keeps per-domain limits
    assert (settings["DOWNLOAD_TIMEOUT"], settings["RETRY_TIMES"]) == (1.0, 0)
    assert settings["DOWNLOAD_MAXSIZE"] == 60_000 and settings["DOWNLOAD_WARNSIZE"] == 30_000
    assert settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 8
    assert settings["TELNETCONSOLE_ENABLED"] is False and settings["HTTPCACHE_ENABLED"] is False
    assert settings["USER_AGENT"].startswith("showbeat/")
    assert "SCHEDULER" not in settings
    redis_config = load_config(write_config(tmp_path / "r.toml", "http://127.0.0.1:9", "sqlite:///x.db",
                                            only=["atom"], extra='redis_url = "redis://127.0.0.1:6379/9"'))
    redis_settings = settings_for(redis_config)
    assert redis_settings["SCHEDULER"] == "scrapy_redis.scheduler.Scheduler"
    assert redis_settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert redis_settings["REDIS_URL"] == "redis://127.0.0.1:6379/9"
