"""JSON-LD: lenient parsing of ``<script type="application/ld+json">`` blocks and the choice
of the node that describes the article.

Real pages break JSON in many ways: trailing commas, raw newlines inside strings, HTML
comments or CDATA around the data, several objects in one block, ``@graph`` containers,
arrays, references by ``@id``. ``parse_blocks`` mends what it can and, when a block stays
unreadable, falls back to picking the few keys the metadata stage needs by pattern.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report", "review",
    "satiricalarticle", "advertisertcontentarticle", "medicalscholarlyarticle", "discussionforumposting",
})
PAGE_TYPES = frozenset({"webpage", "itempage", "medicalwebpage", "videoobject", "creativework"})
ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website", "onlinebusiness"})

_LEAD = re.compile(r"^(?:<!--|//\s*<!\[CDATA\[|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)")
_TAIL = re.compile(r"(?:-->|//\s*\]\]>|/\*\s*\]\]>\s*\*/|\]\]>)$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_LINE_COMMENT = re.compile(r"^\s*//[^\n]*$", re.M)
_KEY_VALUE = re.compile(
    r'"(@type|headline|name|datePublished|dateModified|dateCreated|inLanguage|url)"\s*:\s*"((?:[^"\\]|\\.){0,500})"')
_DECODER = json.JSONDecoder(strict=False)


def loads_lenient(text: str) -> list[Any]:
    """Every JSON value in ``text``, mending common breakage; ``[]`` when nothing is readable."""
    text = text.strip()
    if text[:1] not in ("{", "["):
        text = _LEAD.sub("", text).strip()
    if text[-1:] not in ("}", "]"):
        text = (text[:-40] + _TAIL.sub("", text[-40:])).strip()
    if not text:
        return []
    try:
        return [_DECODER.decode(text)]
    except (ValueError, RecursionError):
        pass
    text = _TRAILING_COMMA.sub(r"\1", _LINE_COMMENT.sub("", text))
    return _decode_many(text)


def _decode_many(text: str) -> list[Any]:
    out: list[Any] = []
    pos, end = 0, len(text)
    while pos < end:
        while pos < end and text[pos] in " \t\r\n,;":
            pos += 1
        if pos >= end:
            break
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        out.append(value)
    return out


def _salvage(text: str) -> dict[str, Any] | None:
    """Keys picked by pattern from a block no JSON reader accepts."""
    found: dict[str, Any] = {}
    for key, value in _KEY_VALUE.findall(text):
        found.setdefault(key, value.replace('\\"', '"').replace("\\/", "/"))
    names = re.findall(r'"author"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"([^"\\]{2,100})"', text)
    if names:
        found["author"] = [{"@type": "Person", "name": n} for n in names]
    return found or None


def parse_blocks(texts: list[str]) -> list[dict[str, Any]]:
    """All JSON-LD nodes of the page, flattened out of arrays and ``@graph`` containers."""
    nodes: list[dict[str, Any]] = []
    for text in texts:
        values = loads_lenient(text)
        if not values:
            salvaged = _salvage(text)
            values = [salvaged] if salvaged else []
        for value in values:
            _flatten(value, nodes, 0)
    return nodes


def _flatten(value: Any, out: list[dict[str, Any]], depth: int) -> None:
    if depth > 4 or len(out) > 500:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, out, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if isinstance(graph, list | dict):
            _flatten(graph, out, depth + 1)
        if any(k != "@context" and k != "@graph" for k in value):
            out.append(value)


def types_of(node: Any) -> set[str]:
    """Lower-cased schema.org type names of ``node`` (``http://schema.org/NewsArticle`` -> newsarticle)."""
    if not isinstance(node, dict):
        return set()
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return {t.rsplit("/", 1)[-1].lower() for t in items if isinstance(t, str)}


@dataclass(slots=True)
class LinkedData:
    """The article node (or ``None``), a page-level node, and an ``@id`` index to resolve references."""

    article: dict[str, Any] | None = None
    page: dict[str, Any] | None = None
    nodes: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resolve(self, value: Any) -> Any:
        """``value`` with an ``{"@id": ...}`` reference replaced by the node it points to."""
        if isinstance(value, dict) and "@id" in value and len(value) <= 2:
            ref = value.get("@id")
            if isinstance(ref, str) and ref in self.by_id:
                return self.by_id[ref]
        return value

    def get(self, key: str) -> Any:
        """``key`` of the article node, falling back to the page node."""
        for node in (self.article, self.page):
            if node is not None and node.get(key) not in (None, "", []):
                return self.resolve(node.get(key))
        return None


def read(texts: list[str], urls: tuple[str, ...]) -> LinkedData:
    """Parse the page's JSON-LD blocks and pick the node that describes the article at ``urls``."""
    nodes = parse_blocks(texts)
    data = LinkedData(nodes=nodes)
    for node in nodes:
        ref = node.get("@id")
        if isinstance(ref, str):
            data.by_id.setdefault(ref, node)
    articles = [n for n in _with_nested(nodes, data) if types_of(n) & ARTICLE_TYPES]
    pages = [n for n in nodes if types_of(n) & PAGE_TYPES]
    data.article = _best(articles, urls)
    data.page = _best(pages, urls)
    return data


def _with_nested(nodes: list[dict[str, Any]], data: LinkedData) -> list[dict[str, Any]]:
    out = list(nodes)
    for node in nodes:
        for key in ("mainEntity", "mainEntityOfPage"):
            inner = data.resolve(node.get(key))
            if isinstance(inner, dict) and all(inner is not seen for seen in out):
                out.append(inner)
    return out


def _urls_of(node: dict[str, Any]) -> set[str]:
    found = set()
    for key in ("url", "@id", "mainEntityOfPage"):
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str):
            found.add(_bare(value))
    return found


def _bare(url: str) -> str:
    return url.split("#", 1)[0].split("?", 1)[0].rstrip("/").split("://", 1)[-1].removeprefix("www.")


def _best(candidates: list[dict[str, Any]], urls: tuple[str, ...]) -> dict[str, Any] | None:
    if not candidates:
        return None
    wanted = {_bare(u) for u in urls if u}

    def score(node: dict[str, Any]) -> tuple[int, int]:
        return (bool(_urls_of(node) & wanted), bool(node.get("datePublished")) + bool(node.get("headline")))

    return max(candidates, key=score)  # max keeps the first of equals: page order breaks ties
