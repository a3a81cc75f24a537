"""Acceptance (issue 2 politeness, issue 4 failure review): robots.txt applies to every request.

Scrapy 2.19's robots.txt middleware gave the parsed robots.txt only to the first request that
waited for it; requests queued for the same host meanwhile got "no robots.txt" and were fetched.
That happened whenever a crawl's first requests to a host came together: `showbeat failures
retry --refetch` (all the failed URLs at once) and feeds or sitemaps whose articles live on
another host. Real crawls in child processes against local sites on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scraper.localsite import LocalSite, serve
from tests.acceptance_helpers import config_toml, write_article, write_feed
from tests.crawl_helpers import REPO, child_env, run_crawl_process

pytestmark = pytest.mark.slow  # real crawls in child processes

PRIVATE = ("/private/paper-lighthouse-draft-one.html", "/private/paper-lighthouse-draft-two.html",
           "/private/paper-lighthouse-draft-three.html")
MISSING = "/news/2026/03/paper-lighthouse-premiere-date.html"


def _showbeat(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scraper.cli", *args, "--config", str(config)],
                          capture_output=True, text=True, timeout=120, cwd=REPO, env=child_env())


def _open_failures(config: Path) -> list[dict[str, Any]]:
    listed = _showbeat(config, "failures", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def _private_requests(site: LocalSite) -> list[str]:
    return [r.path for r in site.requests if r.path.startswith("/private/")]


def _private_site(root: Path) -> None:
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    for path in PRIVATE:
        write_article(root, path, "A draft about The Paper Lighthouse", published="2026-03-01T08:00:00Z",
                      detail="This draft must never be fetched by a crawler that obeys robots.txt.")


def test_retry_refetch_resolves_a_fixed_page_and_still_obeys_robots_txt(tmp_path: Path) -> None:
    """Issue 4: after the broken page is fixed, `failures retry --all --refetch` resolves it; disallowed stay so."""
    root = tmp_path / "site"
    root.mkdir()
    _private_site(root)
    with serve(root) as site:
        write_feed(root, [(site.url(p), None) for p in (*PRIVATE, MISSING)])
        config = tmp_path / "showbeat.toml"
        config.write_text(config_toml(f"sqlite:///{tmp_path / 'showbeat.db'}", [("lf", "feed", site.url("/feed.xml"))]))
        run_crawl_process(config)
        found = {(f["url"].removeprefix(site.base_url), f["stage"], f["reason"]) for f in _open_failures(config)}
        assert found == {*((p, "fetch", "robots_disallowed") for p in PRIVATE), (MISSING, "fetch", "http_error")}

        write_article(root, MISSING, "The Paper Lighthouse sets its premiere", published="2026-03-02T08:00:00Z",
                      detail="The second season premieres on Driftwave in October, the service announced.")
        retried = _showbeat(config, "failures", "retry", "--all", "--refetch")
        assert retried.returncode == 1, retried.stderr  # the disallowed pages still fail
        assert _private_requests(site) == []
    still = {(f["url"].removeprefix(site.base_url), f["reason"]) for f in _open_failures(config)}
    assert still == {(p, "robots_disallowed") for p in PRIVATE}
    assert f"{site.url(MISSING)}: stored" in retried.stdout


def test_a_feed_of_another_hosts_articles_obeys_that_hosts_robots_txt(tmp_path: Path) -> None:
    """Issue 2: articles on a second host, requested together, each wait for and obey its robots.txt."""
    feed_root, article_root = tmp_path / "feeds", tmp_path / "articles"
    feed_root.mkdir()
    article_root.mkdir()
    _private_site(article_root)
    public = write_article(article_root, "/news/2026/03/paper-lighthouse-trailer.html",
                           "The Paper Lighthouse trailer arrives", published="2026-03-03T08:00:00Z",
                           detail="The trailer shows the keeper rowing out into a storm of paper boats.")
    with serve(article_root) as articles, serve(feed_root) as feeds:
        write_feed(feed_root, [(articles.url(p), None) for p in (*PRIVATE, public)])
        config = tmp_path / "showbeat.toml"
        db_url = f"sqlite:///{tmp_path / 'showbeat.db'}"
        config.write_text(config_toml(db_url, [("agg", "feed", feeds.url("/feed.xml"))]))
        counts = run_crawl_process(config)["counts"]
        assert _private_requests(articles) == []
    assert (counts["new"], counts["failures"]) == (1, len(PRIVATE))
    assert {f["reason"] for f in _open_failures(config)} == {"robots_disallowed"}
