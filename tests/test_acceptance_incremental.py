"""Acceptance (issue 4, incremental crawling; issue 2, "a page whose content changed gets a new version").

A page listed by both a feed (with its publication date) and a sitemap (with its lastmod) must
be fetched again when the sitemap's lastmod says it changed, whichever source the crawl reads
first. Before the fix, the feed's unchanged date let the incremental check skip the page and the
run's one-request-per-article rule dropped the sitemap's entry, so the change was never stored.
The page is also recorded under one URL, without the feed's analytics parameters (before, the
stored URL depended on which source happened to be read first).
Real crawls in child processes against a local site on 127.0.0.1, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scraper.localsite import Route, serve
from storage.db import open_database
from storage.reads import article_versions, iter_records, list_articles
from tests.acceptance_helpers import config_toml, write_article, write_feed, write_sitemap
from tests.crawl_helpers import REPO, child_env, run_crawl_process

pytestmark = pytest.mark.slow  # real crawls in child processes

PAGE = "/news/2026/02/paper-lighthouse-second-season.html"
OTHER = "/news/2026/02/paper-lighthouse-new-keeper.html"
FEED_DATE = "Mon, 02 Feb 2026 09:00:00 GMT"


def _site(root: Path, *, sitemap_lastmod: str, detail: str) -> None:
    write_article(root, PAGE, "The Paper Lighthouse returns for a second season", published="2026-02-02T09:00:00Z",
                  detail=detail)
    write_article(root, OTHER, "A new keeper for The Paper Lighthouse", published="2026-02-03T09:00:00Z",
                  detail="A newcomer will play the lighthouse's new keeper, the cast list released on Tuesday shows.")
    write_feed(root, [("{base}" + PAGE + "?utm_source=rss", FEED_DATE), ("{base}" + OTHER, None)])
    write_sitemap(root, [("{base}" + PAGE, sitemap_lastmod)])


def _versions(db_url: str) -> dict[str, int]:
    database = open_database(db_url)
    try:
        with database.session(readonly=True) as session:
            return {a.url: len(article_versions(session, a.id)) for a in list_articles(session)}
    finally:
        database.dispose()


def _body(db_url: str, path: str) -> str:
    database = open_database(db_url)
    try:
        with database.session(readonly=True) as session:
            records = list(iter_records(session))  # read them all: a server-side cursor must not outlive us
        return next(r.body for r in records if (r.canonical_url or r.url).endswith(path))
    finally:
        database.dispose()


def test_a_newer_sitemap_lastmod_refetches_a_page_the_feed_lists_unchanged(tmp_path: Path, db_url: str) -> None:
    """Issue 4: feed first (the sitemap answers slowly), then the sitemap's newer lastmod: a new version."""
    root = tmp_path / "site"
    root.mkdir()
    # The sitemap dates the page a little after its publication, as sitemaps do.
    _site(root, sitemap_lastmod="2026-02-02T11:30:00+00:00", detail="Filming starts in the spring, Driftwave said.")
    # The sitemap answers late, so the feed's entry is always requested (and judged) first.
    with serve(root, {"/sitemap.xml": Route(file="sitemap.xml", delay=0.5)}) as site:
        config = tmp_path / "showbeat.toml"
        config.write_text(config_toml(db_url, [("lf-feed", "feed", site.url("/feed.xml")),
                                               ("lf-sitemap", "sitemap", site.url("/sitemap.xml"))]))
        first = run_crawl_process(config)["counts"]
        # Fetched once, though the sitemap's later date asks for the page again in the same run.
        assert (first["new"], first["unchanged"], first["not_modified"], first["failures"]) == (2, 0, 0, 0)
        # The feed's ?utm_source=rss is not part of the page's address: the same URL on every backend and run.
        assert set(_versions(db_url)) == {site.url(PAGE), site.url(OTHER)}

        unchanged = run_crawl_process(config)["counts"]
        assert (unchanged["new"], unchanged["updated"], unchanged["failures"]) == (0, 0, 0)
        # Nothing fetched in full: the feed's date is the stored one (skipped), the rest are 304s.
        assert (unchanged["skipped"], unchanged["not_modified"]) == (1, 2)
        assert set(_versions(db_url).values()) == {1}
        assert _runs_table_skipped(config) == "1"

        # The page changes; only the sitemap says so (the feed keeps its publication date).
        _site(root, sitemap_lastmod="2026-03-01T10:00:00+00:00",
              detail="Filming has moved to the autumn because of storms, Driftwave said.")
        changed = run_crawl_process(config)["counts"]
        assert (changed["new"], changed["updated"], changed["failures"]) == (0, 1, 0)
        assert sorted(_versions(db_url).values()) == [1, 2]
        assert "moved to the autumn" in _body(db_url, PAGE)


def _runs_table_skipped(config: Path) -> str:
    """The latest run's cell under "skipped" in `showbeat runs` (issue 4: the runs show what was not fetched)."""
    shown = subprocess.run([sys.executable, "-m", "scraper.cli", "runs", "--config", str(config)],
                           capture_output=True, text=True, timeout=60, cwd=REPO, env=child_env(), check=True)
    header, _, latest = shown.stdout.splitlines()[:3]
    assert "skipped" in header.split()
    return latest[header.index("skipped"):].split()[0]  # columns are aligned
