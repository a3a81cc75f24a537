"""The offline demo: the bundled ``demo_site/`` served on 127.0.0.1 and a config that crawls it.

The site holds four invented outlets with different markup (JSON-LD, OpenGraph with a byline,
a Next.js page, embedded posts with microdata), stories about the tracked show and invented
ones, and broken pages (404, 500, a PDF, a JavaScript-only shell, a gallery without text, a
page robots.txt disallows) that end up as failures. ``showbeat crawl --demo`` uses it.

Each outlet has its own host name under the reserved ``.test`` domain, because outlets are
told apart by domain; ``demo_proxy`` points the crawler's HTTP proxy at the local site, so
requests for those hosts never leave the machine (nothing resolves ``.test`` names).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from pipelines.context import Show
from scraper.config import Config, Source

# Shows the demo's invented stories are about, tracked in addition to the configured ones.
DEMO_SHOWS = (
    Show(slug="moonlit-pharmacy", title="Moonlit Pharmacy"),
    Show(slug="harbor-lights-detective", title="Harbor Lights Detective"),
)
TRAUMA_CODE = Show(slug="the-trauma-code", title="The Trauma Code: Heroes on Call",
                   aliases=("The Trauma Code", "Trauma Code", "Heroes on Call"))


def demo_root() -> Path:
    """The directory of the bundled demo site (package data)."""
    return Path(str(resources.files("scraper").joinpath("demo_site")))


# The demo outlets' hosts (see the module docstring) and names.
HOSTS = {
    "Drama Wire Daily": "www.dramawiredaily.test",
    "K-Screen Insider": "kscreeninsider.test",
    "Streamline Weekly": "www.streamlineweekly.test",
    "Seoul Spotlight": "seoulspotlight.test",
}
_PROXY_VARS = ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY")


def demo_sources() -> tuple[Source, ...]:
    """The demo's sources: two RSS feeds, a news sitemap and a paginated listing page."""
    def url(outlet: str, path: str) -> str:
        return f"http://{HOSTS[outlet]}{path}"

    return (
        Source(name="demo-dramawire", kind="feed", url=url("Drama Wire Daily", "/rss.xml"), outlet="Drama Wire Daily"),
        Source(name="demo-kscreen", kind="feed", url=url("K-Screen Insider", "/news/feed.xml"),
               outlet="K-Screen Insider"),
        Source(name="demo-streamline", kind="sitemap", url=url("Streamline Weekly", "/sitemap.xml"),
               outlet="Streamline Weekly"),
        Source(name="demo-seoulspotlight", kind="listing", url=url("Seoul Spotlight", "/k-drama/"),
               outlet="Seoul Spotlight", allow=(r"/k-drama/\d{4}/\d{2}/",)),
    )


@contextmanager
def demo_proxy(base_url: str) -> Iterator[None]:
    """Send this process's plain-HTTP requests through the local site at ``base_url``.

    Scrapy's ``HttpProxyMiddleware`` reads the standard proxy variables when a crawl starts;
    the site answers proxied requests (absolute request URIs) from the same files. The
    variables are restored afterwards.
    """
    saved = {name: os.environ.get(name) for name in _PROXY_VARS}
    os.environ.update({"http_proxy": base_url, "HTTP_PROXY": base_url, "no_proxy": "", "NO_PROXY": ""})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def demo_config(config: Config) -> Config:
    """``config`` pointed at the demo site: its sources replaced, the demo shows added, no delay.

    The database, user agent and the rest of the crawl settings stay the user's; robots.txt
    is still obeyed (the site disallows one page to show it).
    """
    shows = _merge_shows(config.shows, (TRAUMA_CODE, *DEMO_SHOWS))
    crawl = dataclasses.replace(config.crawl, delay=0.0, autothrottle=False, obey_robots=True, retries=0,
                                timeout=min(config.crawl.timeout, 10.0), redis_url=None)
    return dataclasses.replace(config, shows=shows, sources=demo_sources(), crawl=crawl)


def _merge_shows(configured: tuple[Show, ...], extra: tuple[Show, ...]) -> tuple[Show, ...]:
    """The configured shows plus those of ``extra`` whose slug is not configured yet."""
    slugs = {show.slug for show in configured}
    return configured + tuple(show for show in extra if show.slug not in slugs)
