"""Where bylines and datelines live: ``<time>`` elements, date and author zones found by class
and id, and the page text, each outside sidebars, comments, lists of other articles and the
site's masthead.

``PageZones`` reads one page: a single walk over its elements finds the date and author
zones, and what a class or id string says (a date zone? boilerplate?) is decided once per
distinct string. Results are plain strings and ``When`` values, never tree edits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from pipelines.meta.dates import When, parse_machine, parse_text_date

_DATE_ZONE = re.compile(r"date|time|publish|posted|byline|dateline|meta|info|datum|fecha|data|stamp|created|updated")
_AUTHOR_ZONE = re.compile(r"byline|author|writer|reporter|journalist|by-line|autor|contributor")
_CAPTION = re.compile(r"caption|credit|figure|photo|image|img|avatar|bio|description|about")
_NOT_ZONES = frozenset({"script", "style", "body", "html", "meta", "link", "head", "title", "noscript", "svg"})
_SKIP_TAGS = frozenset({"aside", "nav", "footer", "script", "style", "noscript", "template", "form"})
_SKIP_CLASS = re.compile(r"(?:^|[\s_-])(?:related|comments?|sidebar|popular|recommend\w*|teaser|footer|trending|"
                         r"most|more|newsletter|promo|share|social|nav|navbar|menu|rail|reply|replies|"
                         r"breadcrumbs?|copyright|disqus|outbrain|taboola|"
                         r"embed|embedded|tweet|instagram|tiktok)(?:$|[\s_-])", re.I)
_UPDATED = re.compile(r"updat|modif|aktualisiert|actualiz|mis\s+à\s+jour|aggiornat|atualiz|bijgewerkt|"
                      r"zaktualizowano|upraveno|güncellen|изменен|обновлен|оновлен|수정|更新", re.I)
_TAXONOMY = re.compile(r"(?:category|tag|post|format|status|type|section|topic|categories|tags|node|page)[-_]", re.I)
# Plain strings (``smart_strings=False``): a text result that knows its parent costs an element proxy per node.
_BODY_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]",
                         smart_strings=False)
_BODIES = etree.XPath("//body")
# The attribute axis and then the parent: libxml2 finds these faster than an ``[@itemprop]`` test on every element.
_ITEMPROP = etree.XPath("descendant-or-self::*/@itemprop/..")
_COUNT = etree.XPath("count(descendant::*)")
MAX_ZONE_CHARS = 300
MAX_ZONES = 100
_DEPTH = 12

DATE, AUTHOR = 1, 2


@lru_cache(maxsize=8192)
def zone_kind(cls: str | None, ident: str | None) -> int:
    """What a class and id name: ``DATE``, ``AUTHOR`` (bit flags) or 0. Pages repeat a few
    class strings on thousands of elements, so each distinct pair is read once."""
    key = f"{cls or ''} {ident or ''}".lower()
    kind = DATE if _DATE_ZONE.search(key) else 0
    if _AUTHOR_ZONE.search(key) and not _CAPTION.search((cls or "").lower()):
        kind |= AUTHOR
    return kind


@lru_cache(maxsize=8192)
def is_boilerplate(cls: str | None, ident: str | None) -> bool:
    """Whether a container's class or id names a sidebar, comment thread, menu or related list
    (CMS taxonomy classes such as ``category-newsletter`` or ``tag-social`` do not count)."""
    kept = [c for c in (cls or "").split() if not _TAXONOMY.match(c)]
    return bool(_SKIP_CLASS.search(f"{' '.join(kept)} {ident or ''}"))


class PageZones:
    """Date and author zones, ``<time>`` elements and the headline's block of one page."""

    def __init__(self, tree: HtmlElement, html: str | None = None) -> None:
        self.tree = tree
        self.html = html  # the page source, when known: a substring test there spares a walk over the tree
        h1 = self._h1 = tree.find(".//h1")
        # The ancestor proxies are held: lxml keeps one proxy per node while it is referenced,
        # so the identities in ``_block`` stay those of the nodes.
        self._chain = tuple(h1.iterancestors()) if h1 is not None else ()
        self._block = frozenset(id(a) for a in self._chain)
        self._wrapper_ids: frozenset[int] | None = None
        self._wrappers: tuple[HtmlElement, ...] = ()
        # The walk over the page for date and author zones runs only as far as callers read.
        self._walker: Iterator[HtmlElement] | None = None
        self._walked = False
        self._past_h1 = h1 is None
        self._dates: list[HtmlElement] = []
        self._dates_before: list[HtmlElement] = []  # date zones above the headline: often the masthead's "today"
        self._authors: list[HtmlElement] = []
        self._date_texts: LazyTexts | None = None
        self._headline_texts: dict[int, LazyTexts] = {}
        self._itemprops: list[HtmlElement] | None = None

    def _advance(self, target: list[HtmlElement]) -> bool:
        """Walk on until ``target`` (one of the zone lists) grows; ``False`` once the page is walked."""
        if self._walked:
            return False
        if self._walker is None:
            self._walker = self.tree.iter(etree.Element)
        size, h1 = len(target), self._h1
        for el in self._walker:
            if el is h1:
                self._past_h1 = True
            cls, ident = el.get("class"), el.get("id")
            if (cls or ident) and el.tag not in _NOT_ZONES:
                kind = zone_kind(cls, ident)
                if kind & DATE:
                    (self._dates if self._past_h1 else self._dates_before).append(el)
                if kind & AUTHOR:
                    self._authors.append(el)
                if len(target) > size:
                    return True
        self._walked = True
        return False

    def _read(self, target: list[HtmlElement]) -> Iterator[HtmlElement]:
        """The elements of a zone list in page order, walking the page only as far as the caller reads."""
        i = 0
        while i < len(target) or self._advance(target):
            yield target[i]
            i += 1

    def _date_zones(self) -> Iterator[HtmlElement]:
        """Date zones from the headline on, then those above it."""
        yield from self._read(self._dates)
        yield from self._dates_before

    def outside(self, el: HtmlElement, *, masthead: bool = False) -> bool:
        """True unless ``el`` sits in a sidebar, comment thread, navigation or related-stories
        list (or, with ``masthead``, in the site's page header: today's date is no dateline)."""
        in_header = in_article = False
        ancestors = el.iterancestors()
        parent = next(ancestors, None)
        for _ in range(_DEPTH):
            anc, parent = parent, next(ancestors, None)
            if anc is None:
                break
            tag = anc.tag
            if not isinstance(tag, str) or tag in ("body", "html"):
                break
            # Only a child of <body> can be a page wrapper: the others spare counting the page.
            if parent is not None and parent.tag == "body" and id(anc) in self._page_wrappers():
                break  # named for the layout ("mainwrap has-sidebar"), not for what it holds
            if tag in _SKIP_TAGS or is_boilerplate(anc.get("class"), anc.get("id")):
                return False
            if id(anc) in self._block:
                return True  # the headline's own block: containers further up are page layout
            in_article = in_article or tag in ("article", "main")
            if masthead and not in_article and (tag == "header" or anc.get("role") == "banner"):
                in_header = True
        return in_article or not in_header

    def _page_wrappers(self) -> frozenset[int]:
        """Identities of the body's children that hold most of the page (held, like the chain)."""
        if self._wrapper_ids is None:
            body = self.tree.find("body")
            children = [c for c in body if isinstance(c.tag, str)] if body is not None else []
            sizes = [_COUNT(c) for c in children]
            self._wrappers = tuple(c for c, n in zip(children, sizes, strict=True) if 2 * n > sum(sizes))
            self._wrapper_ids = frozenset(id(c) for c in self._wrappers)
        return self._wrapper_ids

    def date_texts(self) -> LazyTexts:
        """Short texts of elements whose class or id names a date, byline or meta line."""
        if self._date_texts is None:
            self._date_texts = LazyTexts(_iter_short_texts(el for el in self._date_zones()
                                                            if self.outside(el, masthead=True)))
        return self._date_texts

    def article_root(self) -> HtmlElement:
        """The ``<article>`` or ``<main>`` around the headline, else the body (else the page)."""
        found = next((a for a in self._chain if a.tag in ("article", "main")), None)
        if found is None:
            found = self.tree.find("body")
        return found if found is not None else self.tree

    def headline_date_texts(self, levels: int = 3) -> LazyTexts | None:
        """Date-zone texts in the block around the headline (``levels`` up from the ``<h1>``),
        or ``None`` when the page has no ``<h1>``: a small walk, for pages that need a dateline
        but not every date zone. The block is read only as far as callers iterate."""
        if not self._chain:
            return None
        if levels not in self._headline_texts:
            block = self._chain[min(levels, len(self._chain)) - 1]
            self._headline_texts[levels] = LazyTexts(_iter_short_texts(self._datelines(block)))
        return self._headline_texts[levels]

    def _datelines(self, block: HtmlElement) -> Iterator[HtmlElement]:
        """Date zones under ``block`` (itself included) outside boilerplate and the masthead."""
        for el in block.iter(etree.Element):
            cls, ident = el.get("class"), el.get("id")
            if ((cls or ident) and el.tag not in _NOT_ZONES and zone_kind(cls, ident) & DATE
                    and self.outside(el, masthead=True)):
                yield el

    def author_elements(self) -> Iterator[HtmlElement]:
        """Elements whose class or id names a byline or an author, outside boilerplate and figures
        (the page is walked only as far as the caller reads)."""
        return (el for el in self._read(self._authors) if self.outside(el) and not _in_figure(el))

    def with_itemprop(self, *names: str) -> list[HtmlElement]:
        """Elements (not ``<meta>`` or ``<link>``: the signals read those) whose ``itemprop`` is one of ``names``."""
        if self.html is not None and not any(name in self.html for name in names):
            return []
        if self._itemprops is None:
            self._itemprops = [el for el in _ITEMPROP(self.tree) if el.tag not in ("meta", "link")]
        wanted = set(names)
        return [el for el in self._itemprops if wanted.intersection((el.get("itemprop") or "").split())]

    def time_elements(self, *, everywhere: bool = False) -> list[tuple[str, When]]:
        """Dates of ``<time>`` elements as ``("published"|"modified", When)``, in page order."""
        out: list[tuple[str, When]] = []
        for el in self.tree.iter("time"):
            if not everywhere and not self.outside(el, masthead=True):
                continue
            when, text = _time_value(el)
            if when is not None:
                out.append(("modified" if _UPDATED.search(_time_label(el, text)) else "published", when))
        return out


def _time_value(el: HtmlElement) -> tuple[When | None, str]:
    raw = el.get("datetime") or el.get("content")
    text = el.text_content()
    when = parse_machine(raw) if raw else None
    if when is None and text:
        when = parse_text_date(text[:200])
    return when, text


def _time_label(el: HtmlElement, text: str) -> str:
    """The words that say whether a ``<time>`` is a publication or an update stamp."""
    parent, before = el.getparent(), el.getprevious()
    label = f"{_own_attrs(el)} {text[:80]} {_own_attrs(parent) if parent is not None else ''}"
    if before is not None and isinstance(before.tag, str):
        label += " " + before.text_content()[-30:]
    return label


def _own_attrs(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"


def _in_figure(el: HtmlElement) -> bool:
    return any(anc.tag in ("figure", "figcaption") for anc in el.iterancestors())


def _iter_short_texts(elements: Iterable[HtmlElement]) -> Iterator[str]:
    """The whitespace-normalised texts of ``elements`` that are short enough for a byline, at most ``MAX_ZONES``."""
    count = 0
    for el in elements:
        text = " ".join(el.text_content().split())
        if text and len(text) <= MAX_ZONE_CHARS:
            yield text
            count += 1
            if count >= MAX_ZONES:
                return


class LazyTexts:
    """Texts read from the page only as far as a caller iterates, and kept for the next caller:
    most callers stop at the first byline whose date settles their question."""

    __slots__ = ("_kept", "_source")

    def __init__(self, source: Iterator[str]) -> None:
        self._source: Iterator[str] | None = source
        self._kept: list[str] = []

    def __iter__(self) -> Iterator[str]:
        i = 0
        while i < len(self._kept) or self._pull():
            yield self._kept[i]
            i += 1

    def __bool__(self) -> bool:
        return bool(self._kept) or self._pull()

    def _pull(self) -> bool:
        """Read one more text from the page; ``False`` once there are no more."""
        if self._source is not None:
            for text in self._source:
                self._kept.append(text)
                return True
            self._source = None
        return False


def page_text(tree: HtmlElement, limit: int = 200_000) -> str:
    """Visible text of the body (scripts and styles left out), cut at ``limit`` characters."""
    bodies = _BODIES(tree)
    if len(bodies) != 1:  # markup broken into several bodies: the XPath keeps their union in page order
        return _joined(_BODY_TEXT(tree), limit)
    return _joined(_texts_under(bodies[0], _HIDDEN), limit)


def own_text(root: HtmlElement, limit: int = 200_000) -> str:
    """Visible text under ``root`` without quotations: embedded posts (tweets, Instagram) are
    blockquotes, and their dates are the posts', not the page's."""
    return _joined(_texts_under(root, _HIDDEN_OWN), limit)


def text_after_headline(tree: HtmlElement, limit: int = 1500) -> str:
    """About ``limit`` characters of visible text from the first ``<h1>`` on ("" without one): the
    headline itself may carry the date (``<h1>Title<small>02.02.2022</small></h1>``)."""
    h1 = tree.find(".//h1")
    return "" if h1 is None else _joined(_texts_from(h1, _HIDDEN), limit)


def _joined(pieces: Iterable[str], limit: int) -> str:
    parts: list[str] = []
    size = 0
    for piece in pieces:
        parts.append(piece)
        size += len(piece)
        if size > limit:
            break
    return " ".join(" ".join(parts).split())


# The texts are read by walking the tree, in the order and with the exclusions of
# ``.//text()[not(ancestor::script or ...)]``, and only until the caller has enough: the XPath
# would test the ancestors of every text node of the page first.
_HIDDEN = frozenset({"script", "style", "noscript"})
_HIDDEN_OWN = _HIDDEN | {"blockquote"}


def _texts_under(root: HtmlElement, hidden: frozenset[str]) -> Iterator[str]:
    """The text nodes under ``root`` in page order, without those inside an element (``root`` and
    its ancestors included) whose tag is in ``hidden``."""
    if root.tag in hidden or any(anc.tag in hidden for anc in root.iterancestors()):
        return
    yield from _visible_texts(root, hidden)


def _visible_texts(root: HtmlElement, hidden: frozenset[str]) -> Iterator[str]:
    """``_texts_under`` for a ``root`` known to be outside hidden elements (its own tail left out)."""
    if root.text:
        yield root.text
    stack = [(root, iter(root))]
    while stack:
        el, children = stack[-1]
        for child in children:
            tag = child.tag
            if isinstance(tag, str) and tag not in hidden:
                if child.text:
                    yield child.text
                stack.append((child, iter(child)))
                break  # down into the child; its tail comes once its subtree is read
            if child.tail:  # a hidden element, comment or processing instruction: only its tail is text
                yield child.tail
        else:
            stack.pop()
            if stack and el.tail:
                yield el.tail


def _texts_from(el: HtmlElement, hidden: frozenset[str]) -> Iterator[str]:
    """The text nodes from ``el`` on in page order (its subtree, then everything after it: what
    ``(.//text() | following::text())`` selects), without those inside a ``hidden`` element."""
    yield from _texts_under(el, hidden)
    node = el
    while True:
        parent = node.getparent()
        if parent is not None and (parent.tag in hidden or any(a.tag in hidden for a in parent.iterancestors())):
            node = parent  # the rest of this hidden element is hidden too
            continue
        if parent is None:
            siblings = node.itersiblings()  # further top-level elements: broken markup
        else:
            if node.tail:
                yield node.tail
            siblings = node.itersiblings()
        for sib in siblings:
            tag = sib.tag
            if isinstance(tag, str) and tag not in hidden:
                yield from _visible_texts(sib, hidden)
            if sib.tail:
                yield sib.tail
        if parent is None:
            return
        node = parent
