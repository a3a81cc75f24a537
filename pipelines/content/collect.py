"""Turn content roots into paragraphs: skip furniture subtrees, split at block elements, drop
link lists and "read more" lines, keep subheadings and list items as their own paragraphs."""

from __future__ import annotations

import re

import lxml.html

from pipelines.content.signals import (
    BLOCK_TAGS,
    HAS_ALNUM,
    INLINE_TAGS,
    LISTS,
    SKIP_TAGS,
    STRING,
    attrs_of,
    is_boiler_attrs,
    is_embed_attrs,
    is_inline_boiler_attrs,
    is_pointer_text,
    is_pull_quote_attrs,
    link_density,
    norm,
    rescuable_attrs,
    text_len,
    titled_only,
)

_LONG_PROSE = 200
# Subheadings, whose own class may name them a title.
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


class _Collector:
    """Accumulates inline text into paragraphs while walking one content root."""

    def __init__(self, root: lxml.html.HtmlElement, protected: set[lxml.html.HtmlElement], mass: dict) -> None:
        self.root = root
        self._root_len: int | None = None
        self.protected = protected
        self.mass = mass
        self.paragraphs: list[str] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.mark: str | None = None  # what the subtree being walked is: a titled subheading, a pull quote
        self.marked: dict[int, str] = {}  # paragraph index -> mark

    @property
    def root_len(self) -> int:
        """Length of the root's text, measured on first use (only furniture-named blocks need it)."""
        if self._root_len is None:
            self._root_len = len(STRING(self.root))
        return self._root_len

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.buf.append(text)
            if in_link:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.buf:
            return
        text = norm("".join(self.buf))
        links, self.buf, self.link_chars = self.link_chars, [], 0
        if not HAS_ALNUM.search(text):
            return
        if links / len(text) > 0.6 or is_pointer_text(text, links > 0):
            return
        if self.mark is not None:
            self.marked[len(self.paragraphs)] = self.mark
        self.paragraphs.append(text)

    def skip(self, el: lxml.html.HtmlElement) -> bool:
        """Whether ``el``'s subtree is furniture (a big wrapper with furniture words is kept)."""
        tag = el.tag
        if el in self.protected:
            return False
        if tag in SKIP_TAGS:
            return True
        if tag == "a" and el.get("href", "").startswith("#") and not el.get("name"):
            return False
        attrs = attrs_of(el)
        if not attrs:  # no class, id or role: only a list of links is furniture
            return tag in LISTS and _link_list(el)
        if tag in INLINE_TAGS:
            return is_inline_boiler_attrs(attrs)
        if is_embed_attrs(attrs):
            return True
        if is_boiler_attrs(attrs):
            if tag in _SUBHEADINGS and titled_only(attrs):
                return False  # "<h2 class=pick__title>": a subheading, if prose follows it (see ``kept``)
            size = len(STRING(el))
            if tag == "p" and size >= _LONG_PROSE:
                return False  # a long paragraph is prose whatever its class says ("paywall", "lead")
            prose = self.mass.get(el, 0)
            if prose >= _LONG_PROSE and prose >= 0.5 * size and rescuable_attrs(attrs):
                return False  # mostly scored prose: a "widget" or "sidebar-grid" that holds the article
            return size < 0.5 * self.root_len
        return tag in LISTS and _link_list(el)

    def walk(self, el: lxml.html.HtmlElement, in_link: bool) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                self.add(child.tail, in_link)
                continue
            if self.skip(child):
                self.add(child.tail, in_link)
                continue
            block = tag in BLOCK_TAGS or tag == "br"
            if block:
                self.flush()
            outer = self.mark
            if outer is None and block and (mark := _mark(child)) is not None:
                self.mark = mark
            self.add(child.text, in_link or tag == "a")
            if len(child):  # a leaf has nothing more to walk
                self.walk(child, in_link or tag == "a")
            if block:
                self.flush()
            self.mark = outer
            self.add(child.tail, in_link)

    def kept(self) -> list[str]:
        """The paragraphs without a titled subheading that no prose follows (a related box's
        "Popular" over its links) and without a pull quote that repeats the article's words."""
        marked, paragraphs = self.marked, self.paragraphs
        if not marked:
            return paragraphs
        plain = " ".join(p for i, p in enumerate(paragraphs) if i not in marked)
        out = []
        for i, text in enumerate(paragraphs):
            mark = marked.get(i)
            if mark == "title" and (i + 1 == len(paragraphs) or marked.get(i + 1) == "title"):
                continue
            if mark == "quote" and _QUOTE_MARKS.sub("", text).strip() in plain:
                continue
            out.append(text)
        return out


_QUOTE_MARKS = re.compile(r"^[“”\"‘’'«»\s]+|[“”\"‘’'«»\s]+$")


def _mark(el: lxml.html.HtmlElement) -> str | None:
    """``title`` for a subheading whose class names it a title, ``quote`` for a pull quote."""
    attrs = attrs_of(el)
    if not attrs:
        return None
    if el.tag in _SUBHEADINGS and titled_only(attrs):
        return "title"
    return "quote" if is_pull_quote_attrs(attrs) else None


def _link_list(el: lxml.html.HtmlElement) -> bool:
    """Whether a list or table is mostly links (a menu, a list of related stories)."""
    size = text_len(el)
    return size > 0 and link_density(el, size) > 0.5


def collect_paragraphs(roots: list[lxml.html.HtmlElement], protected: set[lxml.html.HtmlElement],
                       mass: dict | None = None) -> list[str]:
    """Paragraphs and subheadings of ``roots`` in page order; ``protected`` elements are never
    skipped, and ``mass`` (prose characters per element, from the scoring) rescues furniture-named
    blocks that are mostly prose."""
    paragraphs: list[str] = []
    for root in roots:
        if root.tag in SKIP_TAGS and root not in protected:
            continue
        collector = _Collector(root, protected, mass or {})
        collector.add(root.text, False)
        collector.walk(root, False)
        collector.flush()
        paragraphs.extend(collector.kept())
    return paragraphs
