"""Entries of feeds (RSS 2.0, Atom, RSS 1.0/RDF) and sitemaps (urlset, sitemapindex, Google News), newest first.

Pure functions over bytes, so spider tests can feed them saved documents.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from datetime import UTC, datetime

import lxml.etree
from scrapy.utils.gz import gunzip

_PARSER_OPTIONS = {"recover": True, "resolve_entities": False, "no_network": True, "remove_comments": True,
                   "huge_tree": False}
# Which child holds an entry's date, best first: an update beats a first publication.
_DATE_TAGS = ("updated", "modified", "lastmod", "publication_date", "pubDate", "published", "date", "issued")


@dataclass(frozen=True, slots=True)
class Entry:
    """One link found in a feed or sitemap, with its date as written (``lastmod``) and title."""

    url: str
    lastmod: str | None = None
    title: str | None = None


def _local(tag: object) -> str:
    return lxml.etree.QName(tag).localname if isinstance(tag, str) else ""


def _root(body: bytes) -> lxml.etree._Element | None:
    parser = lxml.etree.XMLParser(**_PARSER_OPTIONS)
    try:
        return lxml.etree.fromstring(body.strip(), parser=parser)
    except lxml.etree.XMLSyntaxError:
        return None


def maybe_gunzip(body: bytes, max_size: int = 0) -> bytes:
    """The body, decompressed when it is gzip data (``.xml.gz`` sitemaps)."""
    return gunzip(body, max_size=max_size) if body[:2] == b"\x1f\x8b" else body


def is_feed(body: bytes) -> bool:
    """Whether ``body`` is an RSS, RSS 1.0 (RDF) or Atom document (possibly without entries)."""
    root = _root(body)
    return root is not None and _local(root.tag) in ("rss", "feed", "RDF")


def feed_entries(body: bytes) -> list[Entry]:
    """Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, newest first; ``[]`` when it is none of them."""
    root = _root(body)
    if root is None:
        return []
    entries = [_feed_entry(el) for el in root.iter() if _local(el.tag) in ("item", "entry")]
    return newest_first([e for e in entries if e is not None])


def _feed_entry(element: lxml.etree._Element) -> Entry | None:
    link, title, dates = None, None, dict[str, str]()
    for child in element:
        name = _local(child.tag)
        if name == "link" and link is None:
            link = _link_of(child)
        elif name == "title" and child.text:
            title = " ".join(child.text.split())
        elif name in _DATE_TAGS and child.text and child.text.strip():
            dates.setdefault(name, child.text.strip())
    if link is None and element.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"):
        link = element.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return Entry(link, _best_date(dates), title) if link else None


def _link_of(element: lxml.etree._Element) -> str | None:
    """RSS ``<link>text</link>`` or Atom ``<link rel="alternate" href=...>`` (other rels are not the article)."""
    href = element.get("href")
    if href is not None:
        return href.strip() if element.get("rel", "alternate") == "alternate" else None
    return element.text.strip() if element.text and element.text.strip() else None


def _best_date(dates: dict[str, str]) -> str | None:
    return next((dates[tag] for tag in _DATE_TAGS if tag in dates), None)


def sitemap_entries(body: bytes) -> tuple[str, list[Entry]]:
    """``("urlset" | "sitemapindex" | "", entries)`` of a sitemap, newest first."""
    root = _root(body)
    if root is None:
        return "", []
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        return "", []
    entries = [_sitemap_entry(el) for el in root if _local(el.tag) in ("url", "sitemap")]
    return kind, newest_first([e for e in entries if e is not None])


def _sitemap_entry(element: lxml.etree._Element) -> Entry | None:
    loc, title, dates = None, None, dict[str, str]()
    for child in element.iter():
        name = _local(child.tag)
        text = (child.text or "").strip()
        if name == "loc" and loc is None and text:
            loc = text
        elif name == "title" and text:
            title = " ".join(text.split())
        elif name in _DATE_TAGS and text:
            dates.setdefault(name, text)
    return Entry(loc, _best_date(dates), title) if loc else None


def is_newer(lastmod: str | None, than: str | None) -> bool:
    """Whether entry date ``lastmod`` is later than ``than`` (both readable; otherwise ``False``)."""
    return _timestamp(lastmod) > _timestamp(than) > float("-inf")


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Entries sorted by date, newest first; undated ones keep their order at the end."""
    return sorted(entries, key=lambda e: _timestamp(e.lastmod), reverse=True)


def _timestamp(value: str | None) -> float:
    """Seconds since the epoch of an ISO 8601 or RFC 822 date; ``-inf`` when missing or unreadable."""
    if not value:
        return float("-inf")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return float("-inf")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
