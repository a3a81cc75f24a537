"""Where bylines and datelines live: ``<time>`` elements, date and author zones found by class
and id, and the page text, each outside sidebars, comments and lists of other articles.

XPaths are compiled once; results are plain strings and ``When`` values, never tree edits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from pipelines.meta.dates import When, parse_machine, parse_text_date

_DATE_ZONE = re.compile(r"date|time|publish|posted|byline|dateline|meta|info|datum|fecha|data|stamp|created|updated")
_AUTHOR_ZONE = re.compile(r"byline|author|writer|reporter|journalist|by-line|autor|contributor")
_CAPTION = re.compile(r"caption|credit|figure|photo|image|img|avatar|bio|description|about")
_NOT_ZONES = frozenset({"script", "style", "body", "html", "meta", "link", "head", "title", "noscript", "svg"})


def _matching(tree: HtmlElement, pattern: re.Pattern[str]) -> Iterator[HtmlElement]:
    """Elements whose lower-cased class or id matches ``pattern`` (a Python loop beats XPath's
    ``translate()`` here by an order of magnitude)."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_ZONES:
            continue
        cls, ident = el.get("class"), el.get("id")
        if (cls or ident) and pattern.search(f"{cls or ''} {ident or ''}".lower()):
            yield el


_SKIP_TAGS = frozenset({"aside", "nav", "footer", "script", "style", "noscript", "template", "form"})
_SKIP_CLASS = re.compile(r"(?:^|[\s_-])(?:related|comments?|sidebar|popular|recommend\w*|teaser|footer|trending|"
                         r"most|more|newsletter|promo|share|social|nav|navbar|menu|rail|reply|replies|"
                         r"breadcrumbs?|copyright|disqus|outbrain|taboola)(?:$|[\s_-])", re.I)
_UPDATED = re.compile(r"updat|modif|aktualisiert|actualiz|mis\s+à\s+jour|aggiornat|atualiz|bijgewerkt|"
                      r"zaktualizowano|upraveno|güncellen|изменен|обновлен|оновлен|수정|更新", re.I)
_TAXONOMY = re.compile(r"(?:category|tag|post|format|status|type|section|topic|categories|tags|node|page)[-_]", re.I)
_BODY_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
MAX_ZONE_CHARS = 300


def outside_boilerplate(el: HtmlElement, depth: int = 12) -> bool:
    """True unless ``el`` sits in a sidebar, comment thread, navigation or related-stories list."""
    headline_block = _headline_ancestors(el)
    for i, anc in enumerate(el.iterancestors()):
        if i >= depth:
            break
        if not isinstance(anc.tag, str) or anc.tag in ("body", "html"):
            break
        if anc.tag in _SKIP_TAGS or _SKIP_CLASS.search(_structural(anc)):
            return False
        if id(anc) in headline_block:
            break  # the headline's own block: containers further up are page layout, named at random
    return True


_LAST_HEADLINE: list[tuple[HtmlElement, tuple[HtmlElement, ...], frozenset[int]]] = []


def _headline_ancestors(el: HtmlElement) -> frozenset[int]:
    """Identities of the first ``<h1>``'s ancestors, remembered for the page last asked about.
    The ancestor proxies are held too: lxml keeps one proxy per node while it is referenced,
    so the identities stay those of the nodes."""
    root = el.getroottree().getroot()
    if _LAST_HEADLINE and _LAST_HEADLINE[0][0] is root:
        return _LAST_HEADLINE[0][2]
    h1 = root.find(".//h1") if root is not None else None
    chain = tuple(h1.iterancestors()) if h1 is not None else ()
    found = frozenset(id(a) for a in chain)
    _LAST_HEADLINE[:] = [(root, chain, found)]
    return found


def _structural(el: HtmlElement) -> str:
    """Class and id of ``el`` without CMS taxonomy classes (``category-newsletter``, ``tag-social``)."""
    classes = (el.get("class") or "").split()
    kept = [c for c in classes if not _TAXONOMY.match(c)]
    return f"{' '.join(kept)} {el.get('id') or ''}"


def _own_attrs(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"


def time_elements(tree: HtmlElement, *, everywhere: bool = False) -> list[tuple[str, When]]:
    """Dates of ``<time>`` elements as ``("published"|"modified", When)``, in page order."""
    out: list[tuple[str, When]] = []
    for el in tree.iter("time"):
        if not everywhere and not outside_boilerplate(el):
            continue
        raw = el.get("datetime") or el.get("content")
        text = el.text_content() if isinstance(el.tag, str) else ""
        when = parse_machine(raw) if raw else None
        if when is None and text:
            when = parse_text_date(text[:200])
        if when is None:
            continue
        label = f"{_own_attrs(el)} {text[:80]} {_own_attrs(el.getparent()) if el.getparent() is not None else ''}"
        before = (el.getprevious().text_content()[-30:] if el.getprevious() is not None
                  and isinstance(el.getprevious().tag, str) else "")
        out.append(("modified" if _UPDATED.search(label + " " + before) else "published", when))
    return out


def date_zone_texts(tree: HtmlElement) -> Iterator[str]:
    """Short texts of elements whose class or id names a date, byline or meta line."""
    yield from _zone_texts(_matching(tree, _DATE_ZONE))


def author_zone_elements(tree: HtmlElement) -> Iterator[HtmlElement]:
    """Elements whose class or id names a byline or an author, outside boilerplate."""
    for el in _matching(tree, _AUTHOR_ZONE):
        if not _CAPTION.search(el.get("class") or "") and outside_boilerplate(el) and not _in_figure(el):
            yield el


def _in_figure(el: HtmlElement) -> bool:
    return any(anc.tag in ("figure", "figcaption") for anc in el.iterancestors())


def _zone_texts(elements: Iterator[HtmlElement]) -> Iterator[str]:
    count = 0
    for el in elements:
        text = " ".join(el.text_content().split())
        if not text or len(text) > MAX_ZONE_CHARS or not outside_boilerplate(el):
            continue
        yield text
        count += 1
        if count >= 100:
            return


def page_text(tree: HtmlElement, limit: int = 200_000) -> str:
    """Visible text of the body (scripts and styles left out), cut at ``limit`` characters."""
    parts: list[str] = []
    size = 0
    for piece in _BODY_TEXT(tree):
        parts.append(piece)
        size += len(piece)
        if size > limit:
            break
    return " ".join(" ".join(parts).split())


_AFTER = etree.XPath("following::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")


def text_after_headline(tree: HtmlElement, limit: int = 1500) -> str:
    """About ``limit`` characters of visible text right after the first ``<h1>`` ("" without one)."""
    h1 = tree.find(".//h1")
    if h1 is None:
        return ""
    parts: list[str] = []
    size = 0
    for piece in _AFTER(h1):
        parts.append(piece)
        size += len(piece)
        if size > limit:
            break
    return " ".join(" ".join(parts).split())
