"""Embedded application state: ``__NEXT_DATA__``, Arc ``Fusion.globalContent`` and
``window.X = {...}`` blobs (``__INITIAL_STATE__``, ``__PRELOADED_STATE__``, page-data objects).

These blobs follow no schema, so the reader looks for the object that describes the article:
a JSON object with a publication date key, preferring one whose title or URL matches the
page. Walks are bounded so a megabyte of app state stays cheap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_DECODER = json.JSONDecoder(strict=False)
_FUSION = re.compile(r"Fusion\.globalContent\s*=\s*")
_ASSIGN = re.compile(r"(?:window\.|var\s+|let\s+|const\s+)[\w$.]+\s*=\s*(?=\{)|\b__[A-Z_]+__\s*=\s*(?=\{)")
_MAX_NODES = 20000
_MAX_BLOB = 3_000_000

PUBLISHED_KEYS = ("first_publish_date", "datePublished", "firstPublished", "first_published_at", "firstPublishDate",
                  "firstPublishedDate", "publishedAt", "published_at", "publishedDate", "published_date",
                  "publicationDate", "publication_date", "pubDate", "pub_date", "publishDate", "publish_date",
                  "display_date", "displayDate", "dateCreated", "created_date", "createdAt")
_PUBLISHED_SET = frozenset(PUBLISHED_KEYS)
MODIFIED_KEYS = ("last_updated_date", "dateModified", "updatedAt", "updated_at", "modifiedAt", "modified_at",
                 "lastModified", "last_modified", "dateUpdated", "updatedDate", "modifiedDate", "modified_date")
_TITLE_KEYS = ("headline", "headlines", "title", "name")
_AUTHOR_KEYS = ("credits", "authors", "author", "byline", "bylines", "writers", "creators")
_NAME_KEYS = ("name", "display_name", "displayName", "fullName", "full_name", "title", "byline")


@dataclass(frozen=True, slots=True)
class AppArticle:
    """What the app state says about the article: raw date values, author names, headline."""

    published: Any = None
    modified: Any = None
    authors: tuple[str, ...] = ()
    headline: str | None = None
    matched: bool = False


def blobs(next_data: str | None, scripts: list[str]) -> list[Any]:
    """Decoded app-state objects of the page, ``__NEXT_DATA__`` and Fusion content first.
    Blobs that name no publication-date key are not decoded: no article object can be in them."""
    out: list[Any] = []
    if next_data and _has_date_key(next_data):
        out.extend(_decode_at(next_data, 0))
    for text in scripts:
        if len(text) > _MAX_BLOB or not _has_date_key(text):
            continue
        m = _FUSION.search(text)
        if m:
            out[:0] = _decode_at(text, m.end())
            continue
        stripped = text.lstrip()
        if stripped.startswith(("{", "[")):
            out.extend(_decode_at(stripped, 0))
            continue
        for m in _ASSIGN.finditer(text[:20000]):
            out.extend(_decode_at(text, m.end()))
    return out


def _has_date_key(text: str) -> bool:
    return any(part in text for part in _KEY_PARTS) and any(key in text for key in PUBLISHED_KEYS)


# Each publication-date key holds one of these parts: a script with none of them (most bundles)
# is passed over after six substring scans instead of twenty-one.
_KEY_PARTS = ("ublish", "ublicat", "pubDate", "pub_date", "isplay", "reated")
assert all(any(part in key for part in _KEY_PARTS) for key in PUBLISHED_KEYS)


def _decode_at(text: str, pos: int) -> list[Any]:
    try:
        value, _ = _DECODER.raw_decode(text, pos)
    except (ValueError, RecursionError):
        return []
    return [value] if isinstance(value, dict | list) else []


def find_article(values: list[Any], title: str | None, urls: tuple[str, ...]) -> AppArticle | None:
    """The article object among the app-state ``values`` (``None`` when none has a date)."""
    best: tuple[int, dict[str, Any]] | None = None
    budget = [_MAX_NODES]
    for value in values:
        for node in _dated_nodes(value, budget):
            score = _match_score(node, title, urls)
            if best is None or score > best[0]:
                best = (score, node)
            if score >= 2:
                return _article(node, True)
    return _article(best[1], False) if best else None


def _dated_nodes(value: Any, budget: list[int]) -> Any:
    stack = [value]
    while stack and budget[0] > 0:
        node = stack.pop()
        budget[0] -= 1
        if isinstance(node, dict):
            keys = node.keys() & _PUBLISHED_SET  # a set operation: this loop sees every object of the blob
            if keys and any(isinstance(node[k], str | int | float) and node[k] for k in keys):
                yield node
            stack.extend(reversed([v for v in node.values() if isinstance(v, dict | list)]))
        elif isinstance(node, list):
            stack.extend(reversed([v for v in node[:200] if isinstance(v, dict | list)]))


def _headline(node: dict[str, Any]) -> str | None:
    for key in _TITLE_KEYS:
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("basic") or value.get("main") or value.get("headline")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _match_score(node: dict[str, Any], title: str | None, urls: tuple[str, ...]) -> int:
    score = 0
    headline = _headline(node)
    if headline and title and (headline.casefold() in title.casefold() or title.casefold() in headline.casefold()):
        score += 2
    for key in ("canonical_url", "url", "link", "canonicalUrl", "website_url"):
        value = node.get(key)
        if isinstance(value, str) and len(value) > 8 and any(u.endswith(value.rstrip("/")) or
                                                            value.rstrip("/").endswith(_path(u)) for u in urls):
            score += 2
            break
    return score + bool(headline)


def _path(url: str) -> str:
    return "/" + url.split("://", 1)[-1].split("/", 1)[-1].rstrip("/") if "/" in url.split("://", 1)[-1] else url


def _article(node: dict[str, Any], matched: bool) -> AppArticle:
    published = next((node[k] for k in PUBLISHED_KEYS if node.get(k)), None)
    modified = next((node[k] for k in MODIFIED_KEYS if node.get(k)), None)
    return AppArticle(published, modified, tuple(author_names(node)), _headline(node), matched)


def author_names(node: dict[str, Any]) -> list[str]:
    """Author names from the usual app-state shapes (``credits.by``, ``authors: [{name}]``, strings)."""
    for key in _AUTHOR_KEYS:
        value = node.get(key)
        if key == "credits" and isinstance(value, dict):
            value = value.get("by")
        names = _names(value, 0)
        if names:
            return names
    return []


def _names(value: Any, depth: int) -> list[str]:
    if depth > 3 or value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [n for item in value[:20] for n in _names(item, depth + 1)]
    if isinstance(value, dict):
        for key in _NAME_KEYS:
            if isinstance(value.get(key), str) and value[key].strip():
                return [value[key]]
        if "firstName" in value or "lastName" in value:
            full = f"{value.get('firstName') or ''} {value.get('lastName') or ''}".strip()
            return [full] if full else []
        for key in ("node", "data", "attributes"):
            if isinstance(value.get(key), dict):
                return _names(value[key], depth + 1)
    return []
