"""Helpers for the acceptance tests: a small invented news site written to disk, and its config.

The site is an invented outlet ("Lanternfish Ledger") covering an invented show ("The Paper
Lighthouse"); tests write the pages they need with ``write_article``, a feed with ``write_feed``
and a sitemap with ``write_sitemap``, then serve the directory with ``scraper.localsite.serve``
on 127.0.0.1 and crawl it in a child process (``tests.crawl_helpers.run_crawl_process``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

SHOW_SLUG = "paper-lighthouse"
OUTLET = "Lanternfish Ledger"


def article_html(title: str, *, published: str, paragraphs: Sequence[str]) -> str:
    """An article page with JSON-LD metadata, a byline and ``paragraphs`` as its body."""
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {OUTLET}</title>
<meta property="og:site_name" content="{OUTLET}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "{published}",
"author": {{"@type": "Person", "name": "Ysolde Marrick"}}}}</script></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>{title}</h1>
{body}
</article><footer>{OUTLET}</footer></body></html>
"""


def show_paragraphs(detail: str) -> list[str]:
    """Three paragraphs about the show, the second one carrying ``detail``."""
    return [
        "The Paper Lighthouse, the coastal mystery drama, is preparing its next chapter, the streaming "
        "service Driftwave said in a short statement to viewers this week.",
        detail,
        "The first season followed a keeper who finds letters folded into paper boats along the shore, "
        "and it became one of the service's most watched series of the spring.",
    ]


def write_article(root: Path, path: str, title: str, *, published: str, detail: str) -> str:
    """Write a show article at URL ``path`` under ``root``; returns ``path``."""
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(article_html(title, published=published, paragraphs=show_paragraphs(detail)),
                      encoding="utf-8")
    return path


def write_feed(root: Path, entries: Sequence[tuple[str, str | None]], name: str = "feed.xml") -> None:
    """An RSS 2.0 feed of ``(url, pubDate)`` entries (absolute URLs, or ``{base}`` placeholders)."""
    items = "".join(
        f"<item><title>Story</title><link>{url}</link>" + (f"<pubDate>{date}</pubDate>" if date else "") + "</item>"
        for url, date in entries)
    (root / name).write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                             f"<title>{OUTLET}</title>{items}</channel></rss>\n", encoding="utf-8")


def write_sitemap(root: Path, entries: Sequence[tuple[str, str | None]], name: str = "sitemap.xml") -> None:
    """A sitemap urlset of ``(url, lastmod)`` entries."""
    urls = "".join(f"<url><loc>{url}</loc>" + (f"<lastmod>{date}</lastmod>" if date else "") + "</url>"
                   for url, date in entries)
    (root / name).write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                             f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n',
                             encoding="utf-8")


CRAWL_DEFAULTS = {"delay": 0, "autothrottle": False, "timeout": 5, "retries": 0}


def config_toml(db_url: str, sources: Sequence[tuple[str, str, str]], *,
                crawl: Mapping[str, object] | None = None) -> str:
    """A config in the issue's format: ``[database]``, ``[[shows]]`` and ``[[sources]]`` (name, kind, url).

    ``crawl`` overrides keys of the fast ``[crawl]`` defaults (no delay, no retries, 5 s timeouts).
    """
    settings = {**CRAWL_DEFAULTS, **(crawl or {})}
    crawl_lines = "".join(f"{key} = {_toml(value)}\n" for key, value in settings.items())
    tables = "".join(f'\n[[sources]]\nname = "{name}"\nkind = "{kind}"\nurl = "{url}"\n'
                     for name, kind, url in sources)
    return f"""[database]
url = "{db_url}"

[crawl]
{crawl_lines}
[[shows]]
slug = "{SHOW_SLUG}"
title = "The Paper Lighthouse"
aliases = ["Paper Lighthouse"]
{tables}"""


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else str(value)
