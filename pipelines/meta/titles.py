"""The headline: JSON-LD ``headline``, ``og:title``, ``twitter:title``, ``<title>`` and ``<h1>``
weighed against each other, with the outlet's name cut from ``<title>``-style suffixes and
prefixes (``Headline - Outlet``, ``Outlet | Headline``, ``Headline < Section < Outlet``). A
candidate that is only the site's name (a Next.js ``<title>``, a logo in an ``<h1>``) is never
the headline.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

# Guillemets separate only between spaces ("Title « Blog"); next to a word they quote it.
_SEPARATOR = re.compile(r"\s*[|·•]+\s*|\s+[-–—/<>~:*«»]+\s+|\s*::\s*|:\s+")
_DATE_SEGMENT = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})$")
_CREDIT = re.compile(r"^(?:by|von|par|por|door)\s+\S", re.I)
_H1 = etree.XPath("//h1")
_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)$")


def norm(text: str | None) -> str:
    """Comparison form: case-folded word characters only."""
    return " ".join(_WORD.findall((text or "").casefold()))


def tidy(text: object) -> str | None:
    """Whitespace-collapsed, entity-decoded text, or ``None`` when empty."""
    if not isinstance(text, str):
        return None
    text = " ".join(html.unescape(text).split())
    return text or None


def strip_site(title: str, site_names: Iterable[str]) -> str:
    """``title`` without leading or trailing segments that name the site (or, at the end, a
    byline or the date). Quotation marks that end or open the title are no separators."""
    names = {norm(n) for n in site_names if n and norm(n)}
    parts = _split(title)
    if len(parts) < 2:
        return title
    start, end = 0, len(title)
    while len(parts) > 1 and _is_trailer(parts[-1][0], names):
        parts.pop()
        end = parts[-1][2]  # the kept text ends where the separator before the trailer begins
    while len(parts) > 1 and _is_site(parts[0][0], names):
        parts.pop(0)
        start = parts[0][1]
    return title[start:end].strip()


_CLOSING = frozenset(".…!?»\"”’')")  # a segment of these ends the headline: «Title»… is not «Title» + site


def _is_trailer(segment: str, names: set[str]) -> bool:
    text = segment.strip()
    if text and set(text) <= _CLOSING:
        return False
    return _is_site(segment, names) or bool(_CREDIT.match(text) or _DATE_SEGMENT.match(text))


def _split(title: str) -> list[tuple[str, int, int]]:
    parts, start = [], 0
    for m in _SEPARATOR.finditer(title):
        parts.append((title[start:m.start()], start, m.start()))
        start = m.end()
    parts.append((title[start:], start, len(title)))
    return [p for p in parts if p[0].strip()]



def _is_site(segment: str, names: set[str]) -> bool:
    key = norm(segment)
    if not key:
        return True
    squashed = key.replace(" ", "")
    for name in names:
        flat = name.replace(" ", "")
        if key == name or squashed == flat or (flat and flat in squashed and len(squashed) <= len(flat) + 12):
            return True
        if squashed and squashed in flat and len(squashed) >= 4:
            return True
    return False


def h1_texts(tree: HtmlElement, limit: int = 5) -> list[str]:
    """Texts of the page's first ``<h1>`` elements."""
    out = []
    for el in _H1(tree)[:limit]:
        text = tidy(el.text_content())
        if text and len(text) < 400:
            out.append(text)
    return out


def choose_title(headline: str | None, og: str | None, twitter: str | None, title_tag: str | None,
                 h1s: list[str], site_names: list[str]) -> str | None:
    """The headline of the page.

    The meta titles (JSON-LD headline, ``og:title``, ``twitter:title``) are weighed against
    the ``<h1>``: the one the h1 repeats wins; an h1 that completes a cut-short meta title
    wins over it; otherwise the first meta title (the longer one when one is a prefix of the
    other), then ``<title>``, then the h1. When ``<title>`` has the same words, its quotation
    marks are kept: curly quotes in JSON-LD and the ``<h1>`` are often the CMS's typographic
    rendering of the straight ones typed into the document's title.
    """
    chosen = _choose(headline, og, twitter, title_tag, h1s, site_names)
    if chosen is None:
        return None
    plain = strip_site(title_tag, site_names) if title_tag else None
    return plain if plain is not None and _unquoted(plain) == _unquoted(chosen) else chosen


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})


def _unquoted(text: str) -> str:
    """``text`` with typographic quotation marks and apostrophes written straight."""
    return text.translate(_QUOTES)


def _choose(headline: str | None, og: str | None, twitter: str | None, title_tag: str | None,
            h1s: list[str], site_names: list[str]) -> str | None:
    brands = _brand_keys(site_names)
    metas = [t for t in (strip_site(t, site_names) for t in (headline, og, twitter) if t) if not _is_brand(t, brands)]
    tag = strip_site(title_tag, site_names) if title_tag else None
    tag = None if tag is None or _is_brand(tag, brands) else tag
    h1s = [h for h in h1s if not _is_brand(h, brands)]  # a logo in an <h1> is no headline
    h1_keys = {norm(h) for h in h1s if norm(h)}
    for candidate in [*metas, *([tag] if tag else [])]:
        if norm(candidate) in h1_keys:
            return candidate
    for h1 in h1s:
        if any(_completes(h1, m) for m in metas):
            return h1
    if metas:
        return max(metas[:2], key=len) if len(metas) > 1 and _completes(metas[1], metas[0]) else metas[0]
    if tag:
        longer = next((h for h in h1s if _completes(h, tag)), None)
        if longer:
            return longer
        match = next((h for h in h1s if norm(h) and norm(h) in norm(tag)), None)
        return match if match and len(norm(match)) >= 0.5 * len(norm(tag)) else tag
    return h1s[0] if h1s else None


def _brand_keys(site_names: Iterable[str]) -> set[str]:
    """Comparison keys of the site's names, with and without spaces (``Reel Side`` = ``reelside.com``)."""
    keys: set[str] = set()
    for name in site_names:
        key = norm(name)
        if key:
            keys.update((key, key.replace(" ", ""), norm(name.rsplit(".", 1)[0]).replace(" ", "")))
    return keys


def is_brand(text: str | None, site_names: Iterable[str]) -> bool:
    """Whether ``text`` is only the site's name: such a title candidate is never the headline."""
    return bool(text) and _is_brand(text or "", _brand_keys(site_names))


def _is_brand(text: str, brands: set[str]) -> bool:
    key = norm(text)
    return not key or key in brands or key.replace(" ", "") in brands


def _completes(longer: str, short: str) -> bool:
    """``longer`` completes ``short``: ``short`` is a cut-short prefix of it (with or without "...")."""
    h, m = norm(longer), norm(_ELLIPSIS.sub("", short))
    return len(m) >= 10 and len(h) > len(m) and h.startswith(m + " ") and len(m) >= 0.4 * len(h)


def name_in_title(title_tag: str | None, label: str | None) -> str | None:
    """The outlet's spelled-out name when a ``<title>`` segment is the domain label written
    with spaces (``Cobalt Screen`` for ``cobaltscreen.com``)."""
    if not title_tag or not label or len(label) < 4:
        return None
    flat = label.casefold().replace("-", "")
    for segment, _, _ in _split(title_tag):
        squashed = norm(segment).replace(" ", "")
        if squashed == flat or squashed == "the" + flat:
            return segment.strip()
    return None
