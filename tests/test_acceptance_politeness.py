"""Acceptance (issue 2, politeness): `[crawl] concurrency_per_domain` holds even with `delay = 0`.

With no download delay, Scrapy 2.19's downloader started every queued request of a host at once
(a download counts against the per-domain limit only once its task runs), so a crawl with
`delay = 0` -- the natural setting for one's own site -- sent 16 requests at a time to one host.
A real crawl in a child process against a local site that records how many requests it is
answering at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from scraper.localsite import LocalSite, serve
from tests.acceptance_helpers import config_toml, write_article, write_feed
from tests.crawl_helpers import run_crawl_process

pytestmark = pytest.mark.slow  # real crawls in child processes

ANSWER_S = 0.25


def _count_concurrency(site: LocalSite) -> Callable[[], int]:
    """Make ``site`` take ``ANSWER_S`` per answer and track the most answers in progress at once."""
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}
    answer = site.answer

    def slow_answer(path: str, headers: Mapping[str, str]) -> Any:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        try:
            time.sleep(ANSWER_S)
            return answer(path, headers)
        finally:
            with lock:
                state["now"] -= 1

    site.answer = slow_answer  # type: ignore[method-assign]
    return lambda: state["peak"]


def test_concurrency_per_domain_holds_with_no_delay(tmp_path: Path) -> None:
    """Issue 2: at most `concurrency_per_domain` requests to one host at a time, also with `delay = 0`."""
    root = tmp_path / "site"
    root.mkdir()
    paths = [write_article(root, f"/news/2026/04/paper-lighthouse-story-{i}.html", f"Paper Lighthouse story {i}",
                           published=f"2026-04-{i + 1:02d}T08:00:00Z",
                           detail=f"Story {i} of the week covers the crew's work on the set.") for i in range(8)]
    with serve(root) as site:
        peak = _count_concurrency(site)
        write_feed(root, [(site.url(p), None) for p in paths])
        config = tmp_path / "showbeat.toml"
        config.write_text(config_toml(f"sqlite:///{tmp_path / 'showbeat.db'}", [("lf", "feed", site.url("/feed.xml"))],
                                      crawl={"concurrency_per_domain": 2}))
        counts = run_crawl_process(config)["counts"]
    assert (counts["new"], counts["failures"]) == (8, 0)
    assert peak() == 2
