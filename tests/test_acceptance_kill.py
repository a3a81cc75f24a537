"""Acceptance (issue 4): a crawl killed with SIGKILL midway, then rerun: nothing lost or duplicated.

The killed run's row must also count the articles it stored: counts were flushed at most once a
second, so a crawl killed soon after storing articles could leave `new = 0` beside them. Real
crawls in child processes against a slow local site on 127.0.0.1, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from scraper.localsite import serve
from storage.db import open_database
from storage.reads import list_articles, list_runs
from tests.acceptance_helpers import config_toml, write_article, write_feed
from tests.crawl_helpers import REPO, child_env, crawl_command, run_crawl_process

pytestmark = pytest.mark.slow  # real crawls in child processes

STORIES = 6


def _snapshot(db_url: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(url, versions) of the stored articles; (status, new) of the runs, oldest first."""
    database = open_database(db_url)
    try:
        with database.session(readonly=True) as session:
            articles = [(a.url, a.versions) for a in list_articles(session)]
            runs = [(r.status, r.counts["new"]) for r in reversed(list_runs(session))]
    finally:
        database.dispose()
    return articles, runs


def test_sigkill_midway_then_rerun_stores_every_page_once(tmp_path: Path, db_url: str) -> None:
    """Issue 4: the killed run is `interrupted` after the rerun and its row counts what it stored."""
    root = tmp_path / "site"
    root.mkdir()
    paths = [write_article(root, f"/news/2026/06/paper-lighthouse-diary-{i}.html", f"Paper Lighthouse diary {i}",
                           published=f"2026-06-{i + 1:02d}T08:00:00Z",
                           detail=f"Day {i} of the shoot moved the crew to the harbour wall.") for i in range(STORIES)]
    with serve(root, delay=0.4) as site:
        write_feed(root, [(site.url(p), None) for p in paths])
        config = tmp_path / "showbeat.toml"
        config.write_text(config_toml(db_url, [("lf", "feed", site.url("/feed.xml"))],
                                      crawl={"concurrency_per_domain": 1}))
        crawl = subprocess.Popen(crawl_command(config), cwd=REPO, env=child_env(), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while len(site.requests) < 5 or len(_snapshot(db_url)[0]) < 2:  # robots, feed, pages: the db exists
                assert crawl.poll() is None and time.monotonic() < deadline, "the crawl ended or stalled"
                time.sleep(0.1)
            time.sleep(0.1)  # the kill lands between pages (each takes 0.4 s), not between a page and its count
        finally:
            crawl.kill()
            crawl.wait()
        stored, ((status, new),) = _snapshot(db_url)
        assert status == "running" and 2 <= len(stored) < STORIES
        assert new == len(stored)  # the killed run's row counts every article it stored

        site.delay = 0.0
        rerun = run_crawl_process(config)["counts"]
    articles, runs = _snapshot(db_url)
    assert [status for status, _ in runs] == ["interrupted", "finished"]
    assert sorted(url for url, _ in articles) == sorted(site.url(p) for p in paths)  # each once
    assert {versions for _, versions in articles} == {1}
    assert rerun["new"] == STORIES - len(stored)
