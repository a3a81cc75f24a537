"""Acceptance (issue 4): SIGTERM stops a crawl, and `showbeat schedule`, cleanly and promptly.

Scrapy's first SIGTERM waits for every request in flight; against a slow server (or a timeout
being retried) that took longer than the scheduler's grace, so the crawl was SIGKILLed and its
run stayed `running`. A stopping crawl now gives pages in flight a few seconds, then stops,
marks its run `interrupted` and exits 130. Real crawls in child processes against a local site
on 127.0.0.1 whose article pages answer only after a long wait.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from scraper.localsite import LocalSite, Route, serve
from storage.db import open_database
from storage.reads import list_articles, list_runs
from tests.acceptance_helpers import config_toml, write_article, write_feed
from tests.crawl_helpers import REPO, child_env, crawl_command

pytestmark = pytest.mark.slow  # real crawls in child processes

FAST = "/news/2026/05/paper-lighthouse-first-look.html"
SLOW = ("/news/2026/05/paper-lighthouse-long-read.html", "/news/2026/05/paper-lighthouse-deep-dive.html")
SLOW_ANSWER_S = 60.0  # far longer than any grace: only a forced stop ends the crawl in time


def _slow_site(root: Path) -> dict[str, Route]:
    for i, path in enumerate((FAST, *SLOW)):
        write_article(root, path, f"The Paper Lighthouse, part {i + 1}", published=f"2026-05-0{i + 1}T08:00:00Z",
                      detail=f"Part {i + 1} follows the crew through a week of night shoots on the pier.")
    return {path: Route(file=path.lstrip("/"), delay=SLOW_ANSWER_S) for path in SLOW}


def _write_config(tmp_path: Path, site: LocalSite, db_url: str) -> Path:
    """The site's feed as the one source; every article requested at once, long timeouts."""
    config = tmp_path / "showbeat.toml"
    config.write_text(config_toml(db_url, [("lf", "feed", site.url("/feed.xml"))],
                                  crawl={"timeout": 120, "concurrency_per_domain": 3}))
    return config


def _wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _midway(site: LocalSite, db_url: str) -> Callable[[], bool]:
    """Whether the crawl is midway: slow pages requested and waiting (the database exists), the fast one stored."""
    return lambda: all(site.requests_for(path) for path in SLOW) and bool(_stored_state(db_url)[1])


def _sigterm_midway(process: subprocess.Popen[str], site: LocalSite, db_url: str,
                    timeout: float) -> tuple[str, str, float]:
    """Send SIGTERM once the crawl is midway; returns its stdout, stderr and seconds to stop."""
    try:
        _wait_for(_midway(site, db_url), 60, "the crawl to be midway")
        stopped_at = time.monotonic()
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=timeout)
    finally:
        process.kill()
        process.wait()
    return out, err, time.monotonic() - stopped_at


def _stored_state(db_url: str) -> tuple[list[str], list[tuple[str, int]]]:
    """Statuses of the runs, and (url, versions) of the stored articles."""
    database = open_database(db_url)
    try:
        with database.session(readonly=True) as session:
            return ([run.status for run in list_runs(session)],
                    [(a.url, a.versions) for a in list_articles(session)])
    finally:
        database.dispose()


def test_sigterm_stops_a_crawl_within_the_grace_and_marks_it_interrupted(tmp_path: Path) -> None:
    """Issue 4: one SIGTERM; pages in flight get the grace (1 s here), then the run is `interrupted`."""
    root = tmp_path / "site"
    root.mkdir()
    routes = _slow_site(root)
    db_url = f"sqlite:///{tmp_path / 'showbeat.db'}"
    with serve(root, routes) as site:
        write_feed(root, [(site.url(p), None) for p in (FAST, *SLOW)])
        config = _write_config(tmp_path, site, db_url)
        crawl = subprocess.Popen([*crawl_command(config), "--set", "SHOWBEAT_STOP_GRACE=1"], cwd=REPO,
                                 env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err, took = _sigterm_midway(crawl, site, db_url, timeout=30)
    assert crawl.returncode == 130, err
    assert took < 10, f"the crawl took {took:.1f}s to stop"
    assert json.loads(out.strip().splitlines()[-1])["status"] == "interrupted"
    statuses, articles = _stored_state(db_url)
    assert statuses == ["interrupted"]
    assert articles == [(site.url(FAST), 1)]  # the page stored before the stop stays, once


def _closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_schedule_stops_on_sigterm_and_its_running_crawl_ends_interrupted(tmp_path: Path) -> None:
    """Issue 4: `showbeat schedule` stops cleanly on SIGTERM while its crawl waits on a slow site.

    Its log file also gets the crawl's own error lines, one line each (a source whose host refuses
    connections: its robots.txt cannot be fetched).
    """
    root = tmp_path / "site"
    root.mkdir()
    routes = _slow_site(root)
    db_url = f"sqlite:///{tmp_path / 'showbeat.db'}"
    with serve(root, routes) as site:
        write_feed(root, [(site.url(p), None) for p in (FAST, *SLOW)])
        config = tmp_path / "showbeat.toml"
        config.write_text(config_toml(db_url, [("lf", "feed", site.url("/feed.xml")),
                                               ("gone", "feed", f"http://127.0.0.1:{_closed_port()}/feed.xml")],
                                      crawl={"timeout": 120, "concurrency_per_domain": 3}))
        log = tmp_path / "schedule.log"
        scheduler = subprocess.Popen(
            [sys.executable, "-m", "scraper.cli", "schedule", "--run-now", "--log-file", str(log),
             "--config", str(config)], cwd=REPO, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        _, err, took = _sigterm_midway(scheduler, site, db_url, timeout=40)
    assert scheduler.returncode == 0, err
    text = log.read_text(encoding="utf-8")
    assert "finished with exit code 130" in text and "killing" not in text, text
    assert "Connection refused" in text and "Traceback" not in text, text  # the child's error, in one line
    assert took < 15, f"the scheduler took {took:.1f}s to stop"
    statuses, articles = _stored_state(db_url)
    assert statuses == ["interrupted"]
    assert articles == [(site.url(FAST), 1)]
