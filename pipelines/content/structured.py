"""The article text that JSON-LD carries (``articleBody``), for pages whose markup has none.

The page's own text is preferred: JavaScript-rendered pages often ship an empty container but
a complete ``articleBody`` in their structured data, and only then is it used.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html

from pipelines.content.signals import norm

_LD_SCRIPTS = lxml.etree.XPath("//script[@type='application/ld+json']/text()")
_MAX_DEPTH = 6


def jsonld_article_body(tree: lxml.html.HtmlElement) -> list[str]:
    """Paragraphs of the longest ``articleBody`` in the page's JSON-LD (empty when none)."""
    best = ""
    for raw in _LD_SCRIPTS(tree):
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for body in _bodies(data, 0):
            if len(body) > len(best):
                best = body
    return _paragraphs(best)


def _bodies(data: Any, depth: int) -> Iterator[str]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _bodies(item, depth + 1)
    elif isinstance(data, dict):
        body = data.get("articleBody") or data.get("text")
        if isinstance(body, str) and data.get("@type") != "Comment":
            yield body
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
            if key in data:
                yield from _bodies(data[key], depth + 1)


def _paragraphs(body: str) -> list[str]:
    if "<" in body and ">" in body:  # some sites put markup in articleBody
        with contextlib.suppress(lxml.etree.ParserError, ValueError):
            body = "\n".join(p.text_content() for p in lxml.html.fragments_fromstring(body)
                             if isinstance(p, lxml.html.HtmlElement)) or body
    return [p for p in (norm(line) for line in body.splitlines()) if p]
