"""Acceptance (issue 2): a bad config is one line naming the file, the key and the problem.

A source URL whose host had a space (or whose port was not a number) passed validation; the
crawl then started and Scrapy printed a long traceback for the robots.txt request. A `timeout`
of 0 was accepted too. Each case runs the real `showbeat crawl` command in a child process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.crawl_helpers import REPO, child_env

SHOW = '[[shows]]\nslug = "paper-lighthouse"\ntitle = "The Paper Lighthouse"\n'


def _source(url: str) -> str:
    return f'{SHOW}\n[[sources]]\nname = "lf"\nkind = "feed"\nurl = "{url}"\n'


@pytest.mark.parametrize(("text", "key", "problem"), [
    (_source("http://lantern fish.example/feed.xml"), "sources[0].url", "must be an http(s) URL"),
    (_source("http://lanternfish.example:80a/feed.xml"), "sources[0].url", "must be an http(s) URL"),
    (_source("http://lanternfish..example/feed.xml"), "sources[0].url", "must be an http(s) URL"),
    (f"{SHOW}\n[crawl]\ntimeout = 0\n", "crawl.timeout", "must be more than 0"),
])
def test_a_bad_value_is_one_line_naming_file_key_and_problem(tmp_path: Path, text: str, key: str,
                                                              problem: str) -> None:
    """Issue 2: exit status 2 and one line on stderr, before any crawling starts."""
    config = tmp_path / "showbeat.toml"
    config.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "scraper.cli", "crawl", "--config", str(config),
                           "--db", f"sqlite:///{tmp_path / 'showbeat.db'}"],
                          capture_output=True, text=True, timeout=60, cwd=REPO, env=child_env())
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith(f"showbeat: config error: {config}: {key}: {problem}")
    assert not (tmp_path / "showbeat.db").exists()  # nothing was started
