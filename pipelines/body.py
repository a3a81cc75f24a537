"""The article's own text: find the content container, drop boilerplate, embeds and captions,
and join paragraphs and subheadings with blank lines.

The tree is read, never mutated (metadata and embeds share it), and never copied. Page text is
preferred; JSON-LD ``articleBody`` stands in only when the markup holds (almost) none.
"""

from __future__ import annotations

import re

from pipelines.content.collect import collect_paragraphs
from pipelines.content.container import content_roots
from pipelines.content.structured import jsonld_article_body
from pipelines.metadata import Metadata
from pipelines.parse import Page

# Zero-width spaces, word joiners, soft hyphens and BOMs: invisible in the page, noise in the text.
_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# Below this many characters of page text, a longer JSON-LD articleBody is used instead.
_FALLBACK_BELOW = 500


def extract_body(page: Page, meta: Metadata) -> str:
    """Body text of ``page``: paragraphs and subheadings joined by ``\\n\\n``; "" when none."""
    body = page.tree.find("body")
    if body is None:
        body = page.tree
    roots, protected, mass = content_roots(body)
    paragraphs = collect_paragraphs(roots, protected, mass)
    if sum(map(len, paragraphs)) < _FALLBACK_BELOW:
        structured = jsonld_article_body(page.tree)
        if sum(map(len, structured)) > 2 * sum(map(len, paragraphs)):
            paragraphs = structured
    return _drop_invisible("\n\n".join(_drop_title(paragraphs, meta.title)))


def _drop_invisible(text: str) -> str:
    """``text`` without invisible characters; most texts have none, which a substring test per
    character finds faster than a regex scan."""
    if any(char in text for char in _INVISIBLE_CHARS):
        return _INVISIBLE.sub("", text)
    return text


def _drop_title(paragraphs: list[str], title: str | None) -> list[str]:
    """Leave out a leading repeat of the headline (pages that put it in a ``<p>`` or ``<h2>``)."""
    if paragraphs and title and paragraphs[0].casefold() == title.strip().casefold():
        return paragraphs[1:]
    return paragraphs
