"""Helpers for the crawl tests: the local test site, a config writer and a crawl runner.

The test site (``tests/site`` served by ``scraper.localsite.serve`` on an ephemeral 127.0.0.1 port):

- ``/robots.txt`` disallows ``/private/``;
- ``/feed.xml`` (RSS 2.0): a show article (with a tracking parameter), an article about another
  subject, a tag page and an author page (the last two are never requested);
- ``/atom.xml`` (Atom, with an enclosure link that is not the article) and ``/rdf.xml`` (RSS 1.0):
  one show article each;
- ``/sitemap_index.xml`` -> ``/sitemaps/posts.xml.gz`` (gzipped on the fly, lastmod dates) and
  ``/sitemaps/news.xml`` (Google News, ``news:publication_date``; also a photo gallery to skip);
- ``/section/drama/`` -> ``page/2/`` (a "Next" link) -> ``page/3/`` (``rel=next``) -> ``page/4/``:
  one new show article per page, plus tag/author/about/search/video/media/off-site links to skip;
- ``/broken.xml`` (RSS 2.0) lists the trouble pages, one per failure reason:
  ``/private/trauma-code-leak.html`` (robots.txt), ``.../missing-trauma-code-story.html`` (404),
  ``.../trauma-code-server-error.html`` (500), ``.../trauma-code-moved.html`` (301 to
  ``.../trauma-code-moved-here.html``, which is fine), ``.../trauma-code-loop-a.html`` (a redirect loop),
  ``.../trauma-code-slow.html`` (3 s: a timeout), ``.../trauma-code-press-kit.html`` (a PDF),
  ``.../trauma-code-binary.html`` (PNG bytes as text/html), ``.../trauma-code-empty.html`` (empty),
  ``.../trauma-code-huge.html`` (over the size cap), ``.../trauma-code-js-app.html`` (a JavaScript
  shell), ``.../trauma-code-bad-charset.html`` (Latin-1 bytes declared UTF-8) and a URL on a closed
  port (connection refused). All ``.../`` above are ``/news/2025/05/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from scraper.localsite import LocalSite, Route, serve

SITE_ROOT = Path(__file__).parent / "site"
REPO = Path(__file__).parent.parent
MAX_PAGE_BYTES = 60_000
TIMEOUT_S = 1.0
SHOW_ARTICLES = (  # stored as articles by a full crawl of the good sources
    "/news/2025/01/trauma-code-season-two-confirmed.html",
    "/news/2025/02/trauma-code-cast-interview.html",
    "/news/2025/02/hospital-drama-ratings-trauma-code.html",
    "/news/2025/03/trauma-code-director-talks-finale.html",
    "/stories/98765-trauma-code-soundtrack-release.html",
    "/news/2025/04/trauma-code-viewers-react.html",
    "/news/2025/04/trauma-code-awards-nomination.html",
    "/news/2025/04/trauma-code-filming-locations.html",
)
GOOD_SOURCES = ("rss", "atom", "rdf", "sitemap", "listing")


def extra_routes() -> dict[str, Route]:
    """Routes whose bodies are bytes that ``_routes.json`` cannot hold."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    huge = b"<html><body>" + b"<p>Trauma Code filler paragraph.</p>" * (MAX_PAGE_BYTES // 30) + b"</body></html>"
    latin = ("<html><body>" + "<p>Caf\xe9 na\xefve r\xe9sum\xe9 \xe0 la carte \xfc\xf6\xe4.</p>" * 200
             + "</body></html>").encode("latin-1")
    return {
        "/news/2025/05/trauma-code-binary.html": Route(body=png, content_type="text/html; charset=utf-8"),
        "/news/2025/05/trauma-code-huge.html": Route(body=huge),
        "/news/2025/05/trauma-code-bad-charset.html": Route(body=latin, content_type="text/html; charset=utf-8"),
    }


def start_site(root: Path = SITE_ROOT, **kwargs: Any) -> LocalSite:
    """Serve the test site (or a copy of it at ``root``)."""
    return serve(root, extra_routes(), **kwargs)


def copy_site(target: Path) -> Path:
    """A private copy of the test site that a test may change."""
    shutil.copytree(SITE_ROOT, target)
    return target


@pytest.fixture(scope="session")
def site() -> Iterator[LocalSite]:
    """The shared, read-only test site."""
    with start_site() as running:
        yield running


def sources_toml(base: str, only: Sequence[str] | None = None) -> str:
    """``[[sources]]`` tables for the test site."""
    table = {
        "rss": ("feed", "/feed.xml"), "atom": ("feed", "/atom.xml"), "rdf": ("feed", "/rdf.xml"),
        "sitemap": ("sitemap", "/sitemap_index.xml"), "listing": ("listing", "/section/drama/"),
        "broken": ("feed", "/broken.xml"),
    }
    names = only or list(table)
    return "".join(f'\n[[sources]]\nname = "{n}"\nkind = "{table[n][0]}"\nurl = "{base}{table[n][1]}"\n'
                   for n in names)


def write_config(path: Path, base: str, db_url: str, *, only: Sequence[str] | None = None,
                 extra: str = "") -> Path:
    """A test config: the test site's sources, fast crawl settings; ``extra`` TOML tables (e.g. ``[schedule]``)."""
    path.write_text(f"""
[database]
url = "{db_url}"

[crawl]
obey_robots = true
delay = 0
autothrottle = false
timeout = {TIMEOUT_S}
retries = 0
max_page_bytes = {MAX_PAGE_BYTES}
max_listing_pages = 3
concurrency_per_domain = 8
{extra}

[[shows]]
slug = "the-trauma-code"
title = "The Trauma Code: Heroes on Call"
aliases = ["The Trauma Code", "Trauma Code"]

[outlets]
"127.0.0.1" = "Stagelight Daily"
{sources_toml(base, only)}""", encoding="utf-8")
    return path


def crawl_command(config: Path, *args: str) -> list[str]:
    """The ``python -m scraper.crawl`` command line for ``config``."""
    return [sys.executable, "-m", "scraper.crawl", "--config", str(config), *args]


def run_crawl_process(config: Path, *args: str, timeout: float = 60) -> dict[str, Any]:
    """Run one crawl in a child process (a reactor cannot restart in pytest); its JSON summary."""
    done = subprocess.run(crawl_command(config, *args), capture_output=True, text=True, timeout=timeout,
                          cwd=REPO, env=child_env())
    assert done.returncode == 0, f"crawl exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_env() -> dict[str, str]:
    """The environment of crawl child processes (the repository importable, no proxy)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and k != "SHOWBEAT_DB"}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env
