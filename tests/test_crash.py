"""A crawl killed midway leaves a consistent database: SIGKILL, then a rerun; SIGTERM stops cleanly.

Runs on SQLite and PostgreSQL (the ``db_url`` fixture). The site answers slowly so the kill lands mid-crawl.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scraper.localsite import LocalSite
from storage import reads
from storage.db import open_database
from tests.cli_helpers import run_cli
from tests.crawl_helpers import GOOD_SOURCES, REPO, SHOW_ARTICLES, child_env, crawl_command, start_site, write_config

pytestmark = pytest.mark.slow
SLOW = ("-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1")


@pytest.fixture
def slow_site() -> Iterator[LocalSite]:
    with start_site(delay=0.3) as running:
        yield running


def _snapshot(db_url: str) -> tuple[list[reads.ArticleSummary], list[reads.RunRow]]:
    database = open_database(db_url)
    try:
        with database.session() as session:
            return reads.list_articles(session), reads.list_runs(session)
    finally:
        database.dispose()


def _start(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(crawl_command(config, *SLOW), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO, env=child_env())


def _wait_for_articles(db_url: str, process: subprocess.Popen[str], at_least: int, timeout: float = 60,
                       *, flushed: bool = False) -> None:
    """Wait until ``at_least`` articles are stored (and, with ``flushed``, the run row counts one as new:
    counts are written at most once a second, so they can trail the articles themselves)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the crawl ended too early: {process.communicate()}"
        articles, runs = _snapshot(db_url)
        if len(articles) >= at_least and (not flushed or (runs and runs[0].counts["new"] >= 1)):
            return
        time.sleep(0.2)
    process.kill()
    pytest.fail("no articles stored in time")


def test_sigkill_midway_then_rerun(slow_site: LocalSite, tmp_path: Path, db_url: str) -> None:
    config = write_config(tmp_path / "c.toml", slow_site.base_url, db_url, only=GOOD_SOURCES)
    process = _start(config)
    try:
        _wait_for_articles(db_url, process, 2, flushed=True)
    finally:
        process.kill()
        process.communicate(timeout=30)
    articles, (killed,) = _snapshot(db_url)
    assert killed.status == "running" and 2 <= len(articles) < len(SHOW_ARTICLES)
    assert killed.counts["new"] >= 1  # counts were flushed while it ran
    listed = run_cli("runs", "--config", str(config), "--json")
    assert listed.returncode == 0, listed.stderr
    assert [(r["id"], r["status"]) for r in json.loads(listed.stdout)] == [(killed.id, "interrupted")]
    killed = _snapshot(db_url)[1][0]
    assert killed.status == "interrupted" and killed.finished_at is not None

    slow_site.delay = 0.0
    done = subprocess.run(crawl_command(config), capture_output=True, text=True, timeout=120, cwd=REPO,
                          env=child_env())
    assert done.returncode == 0, done.stderr
    articles, runs = _snapshot(db_url)
    assert {r.id: r.status for r in runs} == {killed.id: "interrupted", killed.id + 1: "finished"}
    urls = [a.url.split("?")[0].removeprefix(slow_site.base_url) for a in articles]
    assert sorted(urls) == sorted(SHOW_ARTICLES)  # every page stored exactly once
    assert {a.versions for a in articles} == {1}


def test_sigterm_marks_the_run_interrupted(slow_site: LocalSite, tmp_path: Path, db_url: str) -> None:
    config = write_config(tmp_path / "c.toml", slow_site.base_url, db_url, only=GOOD_SOURCES)
    process = _start(config)
    try:
        _wait_for_articles(db_url, process, 1)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    summary = json.loads(stdout.strip().splitlines()[-1])
    articles, (run,) = _snapshot(db_url)
    assert (summary["status"], run.status) == ("interrupted", "interrupted")
    assert run.finished_at is not None and run.counts == summary["counts"]
    assert run.counts["new"] == len(articles) >= 1
